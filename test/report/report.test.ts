import { describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/model.js';
import { formatJson } from '../../src/report/json.js';
import { formatNames, loadFormatter } from '../../src/report/index.js';
import { formatStylish } from '../../src/report/stylish.js';

function result(overrides: Partial<LintResult> = {}): LintResult {
  return {
    version: 1,
    tool: { name: 'arch-lint', version: '0.1.0' },
    root: '/work/ws',
    config: { file: 'arch-lint.config.yaml', extends: ['recommended', 'helsinki'] },
    calls: [
      {
        file: 'src/students.ts',
        line: 5,
        column: 26,
        language: 'typescript',
        client: 'axios',
        method: 'GET',
        expression: "'/students'",
        kind: 'call',
        enclosing: 'fetchStudents',
        targets: [{ url: 'https://importer.it.helsinki.fi/api/students', host: 'importer.it.helsinki.fi', zone: 'internal', via: ["axios instance 'importerClient' (src/util/importerClient.ts:4)"] }],
      },
    ],
    findings: [
      { ruleId: 'no-direct-integration', severity: 'error', message: 'Call axios GET goes directly to importer.', file: 'src/students.ts', line: 5, column: 26, fingerprint: 'a'.repeat(32), callIndex: 0 },
      { ruleId: 'unknown-target', severity: 'warning', message: 'Call fetch reaches partner.example.com.', file: 'src/students.ts', line: 12, column: 3, fingerprint: 'b'.repeat(32), callIndex: 1 },
      { ruleId: 'no-direct-integration', severity: 'error', message: 'Call fetch goes directly to orders.', file: 'src/a.ts', line: 3, column: 9, fingerprint: 'c'.repeat(32) },
      { ruleId: 'no-direct-integration', severity: 'error', message: 'Waived call.', file: 'src/a.ts', line: 8, column: 1, fingerprint: 'd'.repeat(32), suppressed: { kind: 'waiver', justification: 'ARCH-12' } },
    ],
    problems: [{ file: 'assets/logo.ts', severity: 'warning', code: 'binary', message: 'looks like a binary file; skipped it' }],
    rules: [],
    unboundEnv: [],
    summary: { files: 4, calls: 3, errors: 2, warnings: 1, suppressed: 1 },
    ...overrides,
  };
}

describe('stylish', () => {
  const text = formatStylish(result(), { color: false });
  const lines = text.split('\n');

  it('groups by file, ESLint-style rows, sorted files', () => {
    const aFile = lines.indexOf('src/a.ts');
    const studentsFile = lines.indexOf('src/students.ts');
    expect(aFile).toBeGreaterThanOrEqual(0);
    expect(studentsFile).toBeGreaterThan(aFile);
    expect(lines[aFile + 1]).toBe('  3:9  error    Call fetch goes directly to orders.  no-direct-integration');
    expect(lines[studentsFile + 1]).toBe('  5:26  error    Call axios GET goes directly to importer.  no-direct-integration');
    expect(lines[studentsFile + 2]).toBe('  12:3  warning  Call fetch reaches partner.example.com.  unknown-target');
  });

  it('lists problems with their file and code, and leaves suppressed findings out', () => {
    expect(text).toContain('assets/logo.ts');
    expect(text).toMatch(/warning {2}looks like a binary file; skipped it {2}binary/);
    expect(text).not.toContain('Waived call.');
    expect(text).toContain('1 suppressed');
  });

  it('ends with the summary line', () => {
    expect(text).toContain('✖ 3 problems (2 errors, 1 warning)');
  });

  it('has no escape codes without colour, and has them with it', () => {
    expect(text).not.toContain('\u001b[');
    expect(formatStylish(result(), { color: true })).toContain('\u001b[');
  });

  it('says when the built-in recommended preset applied, on the first line', () => {
    const withoutConfig = formatStylish(result({ config: { file: null, extends: ['recommended'] } }), { color: false });
    expect(withoutConfig.split('\n')[0]).toMatch(/No arch-lint config found.*recommended/);
    expect(lines[0]).not.toContain('recommended');
  });

  it('says so when there is nothing to report', () => {
    const clean = formatStylish(result({ findings: [], problems: [], summary: { files: 4, calls: 3, errors: 0, warnings: 0, suppressed: 0 } }), { color: false });
    expect(clean).toBe('✔ No problems found (4 files, 3 calls checked)\n');
  });
});

describe('json', () => {
  it('is the result, two-space indented, keys in the model order', () => {
    const shuffled = result();
    // Keys built in another order must come out in the model's order.
    shuffled.calls[0] = { targets: shuffled.calls[0]!.targets, enclosing: 'fetchStudents', kind: 'call', expression: "'/students'", method: 'GET', client: 'axios', language: 'typescript', column: 26, line: 5, file: 'src/students.ts' };
    const text = formatJson(shuffled);
    expect(JSON.parse(text)).toEqual(result());
    expect(Object.keys((JSON.parse(text) as { calls: object[] }).calls[0]!)).toEqual(['file', 'line', 'column', 'language', 'client', 'method', 'expression', 'kind', 'enclosing', 'targets']);
    expect(text).toBe(formatJson(result()));
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "version": 1,');
  });
});

describe('registry', () => {
  it('loads formatters lazily by name', async () => {
    expect(formatNames()).toEqual(expect.arrayContaining(['stylish', 'json']));
    // Wrapped: every format sees the result with URL credentials redacted (src/redact.ts).
    const json = await loadFormatter('json');
    expect(json!(result(), { color: false })).toBe(formatJson(result()));
    expect(await loadFormatter('nope')).toBeNull();
    expect(await loadFormatter('toString')).toBeNull();
  });
});
