import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rustExtractor } from '../../../src/extract/rust/index.js';
import { lint } from '../../../src/lint.js';
import type { FileFacts } from '../../../src/model.js';

const root = join(import.meta.dirname, '../../../fixtures/extract/rust/edge-forms');
const extract = async (path: string): Promise<FileFacts> => rustExtractor.extract(path, readFileSync(join(root, path), 'utf8'), 'rust');

describe('rust extractor: what is not a request', () => {
  it('.get on a HashMap local, a HashMap struct field and a BTreeMap parameter, and a Vec join, are not calls', async () => {
    const facts = await extract('src/lib.rs');
    expect(facts.calls.map((call) => [call.loc.line, call.client, call.method])).toEqual([
      [31, 'reqwest', 'POST'],
      [41, 'reqwest', 'GET'],
      [42, 'reqwest', 'GET'],
    ]);
  });

  it('a file that mentions no client, URL or env var is not parsed', async () => {
    const facts = await extract('src/plain.rs');
    expect(facts).toMatchObject({ language: 'rust', calls: [], invocations: [], problems: [] });
    expect(facts.symbols).toEqual({});
    // The same code in a file that names a client is parsed: its function is known.
    const parsed = await rustExtractor.extract('src/plain.rs', `use reqwest::Client;\n${readFileSync(join(root, 'src/plain.rs'), 'utf8')}`, 'rust');
    expect(parsed.symbols.add).toMatchObject({ kind: 'fn', name: 'add', params: ['a', 'b'] });
  });
});

describe('rust extractor: value forms', () => {
  it('a multi-line format! over env::var(…).unwrap_or_else(|_| ….to_string()).parse::<String>().expect(…), on a client of an aliased crate', async () => {
    const call = (await extract('src/lib.rs')).calls[0];
    expect(call).toMatchObject({ client: 'reqwest', method: 'POST', enclosing: 'price', expression: 'address' });
    expect(call?.url).toMatchObject({ kind: 'step', label: 'let address', value: { kind: 'concat', parts: [{ kind: 'alt', options: [{ kind: 'env', name: 'PRICING_ADDR' }, { kind: 'lit', value: 'http://pricing.it.helsinki.fi:8080' }] }, { kind: 'lit', value: '/quote' }] } });
  });

  it('concat! returned from a function, option_env!(…).map(String::from).unwrap_or_default()', async () => {
    const facts = await extract('src/lib.rs');
    expect(facts.symbols.build_tag).toEqual({ kind: 'fn', name: 'build_tag', params: [], returns: { kind: 'lit', value: 'http://status.it.helsinki.fi/ping' } });
    expect(facts.calls[1]?.url).toEqual({ kind: 'call', callee: { kind: 'ref', module: null, name: 'build_tag', member: [] }, args: [] });
    expect(facts.calls[2]?.url).toMatchObject({ kind: 'step', label: 'let url', value: { kind: 'env', name: 'STATUS_URL' } });
  });
});

describe('rust: a file that fails to parse', () => {
  it('is named with the syntax error, and the call above it is still reported', async () => {
    const facts = await extract('src/broken.rs');
    expect(facts.problems).toEqual([{ file: 'src/broken.rs', line: 6, column: 1, severity: 'warning', code: 'parse-error', message: 'rust syntax error; calls in the parts that parsed are still reported' }]);
    expect(facts.calls.map((call) => [call.loc.line, call.client, call.method, call.url])).toEqual([[2, 'reqwest', 'GET', { kind: 'lit', value: 'http://audit.it.helsinki.fi/log' }]]);
  });

  it('end to end, the scan goes on: every call of the crate resolves', async () => {
    const result = await lint({ cwd: root, now: new Date('2026-06-01') });
    expect(result.problems.map((problem) => [problem.file, problem.code])).toEqual([['src/broken.rs', 'parse-error']]);
    expect(result.calls.map((call) => [call.file, call.line, call.targets.map((target) => target.url)])).toEqual([
      ['src/broken.rs', 2, ['http://audit.it.helsinki.fi/log']],
      ['src/lib.rs', 31, [null, 'http://pricing.it.helsinki.fi:8080/quote']],
      ['src/lib.rs', 41, ['http://status.it.helsinki.fi/ping']],
      ['src/lib.rs', 42, [null]],
    ]);
  });
});
