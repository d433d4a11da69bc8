/**
 * The programmatic API: `lint(options)` wires discover → extract → resolve → judge.
 * Tests marked [resolver] need the real resolver to find calls in the fixtures.
 */
import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { ConfigError, lint } from '../../src/index.js';
import { formatJson } from '../../src/report/json.js';

const repo = path.resolve(import.meta.dirname, '../..');
const cliFixtures = path.join(repo, 'fixtures/cli');

function copyOf(fixture: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'arch-lint-api-'));
  cpSync(path.join(cliFixtures, fixture), dir, { recursive: true });
  return dir;
}

describe('lint()', () => {
  it('a single directory argument is the root; paths are root-relative and /-separated', async () => {
    const result = await lint({ cwd: repo, paths: ['fixtures/cli/clean'] });
    expect(result.root).toBe(path.join(cliFixtures, 'clean'));
    expect(result.config).toEqual({ file: 'arch-lint.config.yaml', extends: ['recommended', 'helsinki'] });
    expect(result.summary.files).toBe(1);
    expect(result.summary.errors).toBe(0);
    expect(result.tool).toEqual({ name: 'arch-lint', version: (JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')) as { version: string }).version });
  });

  it('with several paths the root is cwd', async () => {
    const result = await lint({ cwd: cliFixtures, paths: ['clean', 'direct/src/students.ts'], configFile: 'clean/arch-lint.config.yaml' });
    expect(result.root).toBe(cliFixtures);
    expect(result.summary.files).toBe(2);
    expect(result.config.file).toBe('clean/arch-lint.config.yaml');
  });

  it('a config error is thrown as ConfigError', async () => {
    await expect(lint({ cwd: repo, paths: ['fixtures/cli/bad-config'] })).rejects.toBeInstanceOf(ConfigError);
  });

  it('unreadable inputs become problems and the rest is scanned', async () => {
    const dir = copyOf('clean');
    writeFileSync(path.join(dir, 'src/logo.ts'), Buffer.from([0x47, 0x49, 0x46, 0x00, 0x01]));
    symlinkSync('..', path.join(dir, 'src/loop'));
    const result = await lint({ cwd: dir });
    expect(result.problems.map((problem) => [problem.file, problem.code])).toEqual([
      ['src/logo.ts', 'binary'],
      ['src/loop', 'symlink-loop'],
    ]);
    expect(result.summary.files).toBe(1);
  });

  it('the result validates against the report schema', async () => {
    const result = await lint({ cwd: repo, paths: ['fixtures/cli/direct'], now: new Date('2026-01-15T00:00:00Z') });
    const schema = JSON.parse(readFileSync(path.join(repo, 'schemas/report.schema.json'), 'utf8')) as object;
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(JSON.parse(JSON.stringify(result))), JSON.stringify(validate.errors)).toBe(true);
  });

  it('is deterministic: same input, same bytes, whatever the concurrency', async () => {
    const options = { cwd: repo, paths: ['fixtures/example-workspace'], now: new Date('2026-01-15T00:00:00Z') };
    const sequential = formatJson(await lint({ ...options, concurrency: 1 }));
    const parallel = formatJson(await lint({ ...options, concurrency: 8 }));
    expect(parallel).toBe(sequential);
  });

  describe('[resolver]', () => {
    it('finds the direct integration and counts it', async () => {
      const result = await lint({ cwd: repo, paths: ['fixtures/cli/direct'] });
      expect(result.findings).toMatchObject([
        {
          ruleId: 'no-direct-integration',
          severity: 'error',
          file: 'src/util/importerClient.ts',
          callIndex: expect.any(Number),
          related: [{ file: 'src/students.ts', line: 5 }],
        },
      ]);
      const call = result.calls[result.findings[0]!.callIndex!]!;
      expect(call.targets[0]).toMatchObject({ host: 'importer.it.helsinki.fi', zone: 'internal' });
      expect(result.summary).toMatchObject({ errors: 1, warnings: 0, suppressed: 0 });
      expect(result.rules.map((rule) => rule.id)).toContain('no-direct-integration');
    });

    it('rules overrides win over the config', async () => {
      const result = await lint({ cwd: repo, paths: ['fixtures/cli/direct'], rules: { 'no-direct-integration': 'warn' } });
      expect(result.summary).toMatchObject({ errors: 0, warnings: 1 });
    });

    it('adding lines above a finding keeps its fingerprint', async () => {
      const dir = copyOf('direct');
      const before = (await lint({ cwd: dir })).findings[0]!;
      const file = path.join(dir, before.file);
      writeFileSync(file, `// A new comment.\n\nexport const unrelated = 1;\n${readFileSync(file, 'utf8')}`);
      const after = (await lint({ cwd: dir })).findings[0]!;
      expect(after.line).toBe(before.line + 3);
      expect(after.fingerprint).toBe(before.fingerprint);
    });
  });
});
