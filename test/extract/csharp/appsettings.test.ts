import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blankJsonComments, readAppsettings } from '../../../src/extract/manifests/appsettings.js';
import { lint } from '../../../src/lint.js';

const root = join(import.meta.dirname, '../../../fixtures/extract/csharp/thesis-archive');

describe('appsettings reader', () => {
  it('flattens values into IConfiguration keys, with lines and the environment from the file name', () => {
    const file = 'appsettings.Production.json';
    const facts = readAppsettings(file, readFileSync(join(root, file), 'utf8'));
    expect(facts.problems).toEqual([]);
    expect(facts.bindings.map((b) => [b.name, b.value, b.loc.line, b.environment, b.source])).toEqual([
      ['Sisu:BaseUrl', 'https://sis-helsinki.funidata.fi/kori/api/', 4, 'prod', 'appsettings'],
      ['Sisu:TimeoutSeconds', '30', 5, 'prod', 'appsettings'],
      ['Repository:Url', 'https://gw.api.helsinki.fi/repository/v1', 7, 'prod', 'appsettings'],
      ['AllowedHosts:0', 'thesis.helsinki.fi', 8, 'prod', 'appsettings'],
      ['AllowedHosts:1', '*', 8, 'prod', 'appsettings'],
    ]);
  });

  it('blanks comments and trailing commas but not // inside strings', () => {
    const text = '{ "a": "https://x", // note\n "b": [1,], }';
    const blanked = blankJsonComments(text);
    expect(blanked).toHaveLength(text.length);
    expect(JSON.parse(blanked)).toEqual({ a: 'https://x', b: [1] });
  });

  it('reports invalid JSON as one problem', () => {
    const facts = readAppsettings('appsettings.json', '{ "a": ');
    expect(facts.problems).toMatchObject([{ code: 'parse-error', file: 'appsettings.json' }]);
  });
});

describe('c# named client resolved through appsettings', () => {
  it('the sisu named client reaches Sisu, an internal system, and is reported', async () => {
    const result = await lint({ cwd: root, now: new Date('2026-06-01') });
    const call = result.calls.find((c) => c.file === 'ThesisService.cs' && c.line === 24);
    expect(call?.targets.map((t) => t.host)).toContain('sis-helsinki.funidata.fi');
    expect(call?.targets.find((t) => t.host === 'sis-helsinki.funidata.fi')?.via.join(' ')).toContain('appsettings.Production.json');
    // Reported at the call or, one finding per integration point, at its client's configuration with the call related.
    const covers = (f: { file: string; line: number; related?: { file: string; line: number }[] }): boolean =>
      [f, ...(f.related ?? [])].some((where) => where.file === 'ThesisService.cs' && where.line === 24);
    expect(result.findings.some((f) => f.ruleId === 'no-direct-integration' && covers(f))).toBe(true);
  });
});
