/**
 * C# 12 as current .NET templates write it parses with the older bundled grammar: collection expressions and a
 * primary constructor's base-class arguments are rewritten (same length, same lines) before parsing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csharpExtractor } from '../../../src/extract/csharp/index.js';

const root = join(import.meta.dirname, '../../../fixtures/extract/csharp/modern-syntax');
const extract = (file: string) => csharpExtractor.extract(file, readFileSync(join(root, file), 'utf8'), 'csharp');

describe('C# 12 syntax the bundled grammar predates', () => {
  it('collection expressions (empty, spread, trailing comma, in a ternary, as an argument) and base-class arguments: no syntax error, calls intact', async () => {
    const facts = await extract('CatalogClient.cs');
    expect(facts.problems).toEqual([]);
    expect(facts.calls.map((call) => [call.loc.line, call.method])).toEqual([
      [19, 'GET'],
      [24, 'PUT'],
    ]);
    // Parameter attributes (`[FromBody] RenameRequest request`) are not collections: the parameter is still known.
    expect(facts.calls[1]!.url).toMatchObject({ kind: 'concat', parts: [{ kind: 'lit', value: 'https://catalog.example.org/api/rooms/' }, { kind: 'param', name: 'request', member: ['Id'] }] });
  });

  it('positional records with a generic base list, and an empty collection before a line break: no syntax error', async () => {
    const facts = await extract('StockQueries.cs');
    expect(facts.problems).toEqual([]);
    expect(facts.calls.map((call) => [call.loc.line, call.method])).toEqual([[13, 'GET']]);
  });

  it('syntax still unknown (a lambda with an explicit return type) is a parse-error at its line, and the call after it is found', async () => {
    const facts = await extract('Unsupported.cs');
    expect(facts.problems).toMatchObject([{ code: 'parse-error', line: 7 }]);
    expect(facts.calls.map((call) => call.loc.line)).toEqual([8]);
  });
});
