/**
 * The built CLI as a subprocess (`node bin/arch-lint.js`), as users and CI run it.
 * Needs `npm run build` first (`npm test` does it).
 * Tests marked [resolver] need the real resolver to find calls in the fixtures.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';

const repo = path.resolve(import.meta.dirname, '../..');
const bin = path.join(repo, 'bin/arch-lint.js');
const fixtures = path.join(repo, 'fixtures/cli');

function run(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? repo,
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...options.env },
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  if (!existsSync(path.join(repo, 'dist/cli/main.js'))) throw new Error('dist/ is missing: run `npm run build` before the CLI tests');
});

describe('arch-lint CLI', () => {
  it('--help lists every flag and the exit codes', () => {
    const { code, stdout } = run(['--help']);
    expect(code).toBe(0);
    for (const flag of ['--config', '--format', '--output', '--max-warnings', '--quiet', '--no-color', '--now', '--help', '--version', 'explain']) {
      expect(stdout).toContain(flag);
    }
    expect(stdout).toMatch(/Exit codes: 0 .* 1 .* 2 /s);
  });

  it('--version prints the package version', () => {
    const { version } = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')) as { version: string };
    const { code, stdout } = run(['--version']);
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(version);
  });

  it('an unknown flag is a usage error: exit 2', () => {
    const { code, stderr } = run(['--bogus', fixtures]);
    expect(code).toBe(2);
    expect(stderr).toContain("unknown option '--bogus'");
  });

  it('an unknown format is a usage error: exit 2, one clean line', () => {
    const { code, stderr } = run(['--format', 'xml', path.join(fixtures, 'clean')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^arch-lint: unknown format 'xml' \(available: .*stylish.*json.*\)\n$/);
    expect(stderr).not.toContain('    at ');
  });

  it('a bad --now date is a usage error', () => {
    expect(run(['--now', '2026-02-30', path.join(fixtures, 'clean')]).code).toBe(2);
  });

  it('a bad config exits 2 naming file:line and the key', () => {
    const { code, stderr, stdout } = run([path.join(fixtures, 'bad-config')]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`${path.join(fixtures, 'bad-config/arch-lint.config.yaml')}:4`);
    expect(stderr).toContain('rules.no-direct-integration');
  });

  it('a clean workspace exits 0', () => {
    const { code, stdout } = run([path.join(fixtures, 'clean')]);
    expect(code).toBe(0);
    expect(stdout).toContain('✔');
  });

  it('without a config, the first line says the recommended preset applied', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'arch-lint-cli-noconfig-'));
    writeFileSync(path.join(dir, 'index.ts'), "export const x = 'https://gw.api.helsinki.fi/x';\n");
    const { code, stdout } = run([dir]);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toContain('recommended');
  });

  it('--format json validates against schemas/report.schema.json', () => {
    const { code, stdout } = run(['--format', 'json', path.join(fixtures, 'direct')]);
    expect(code === 0 || code === 1).toBe(true);
    const report: unknown = JSON.parse(stdout);
    const schema = JSON.parse(readFileSync(path.join(repo, 'schemas/report.schema.json'), 'utf8')) as object;
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report).toMatchObject({ version: 1, tool: { name: 'arch-lint' }, root: path.join(fixtures, 'direct'), config: { file: 'arch-lint.config.yaml', extends: ['recommended', 'helsinki'] } });
  });

  it('--output writes the report to a file and nothing to stdout', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'arch-lint-cli-out-')), 'reports/arch-lint.json');
    const { stdout } = run(['--format', 'json', '--output', out, path.join(fixtures, 'clean')]);
    expect(stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ version: 1, summary: { errors: 0 } });
  });

  it('several formats in one run: each --format goes to its --output, one may go to stdout', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'arch-lint-cli-multi-'));
    const json = path.join(dir, 'report.json');
    const { code, stdout } = run(['--format', 'json', '--output', json, '--format', 'stylish', path.join(fixtures, 'clean')]);
    expect(code).toBe(0);
    expect(JSON.parse(readFileSync(json, 'utf8'))).toMatchObject({ version: 1 });
    expect(stdout).toContain('✔');
    expect(run(['--format', 'json', '--format', 'stylish', path.join(fixtures, 'clean')]).code).toBe(2);
  });

  it('explain prints a rule page; an unknown rule exits 2', () => {
    const page = run(['explain', 'no-direct-integration']);
    expect(page.code).toBe(0);
    expect(page.stdout).toContain('# no-direct-integration');
    expect(run(['explain', 'no-such-rule']).code).toBe(2);
  });

  it('--no-color and NO_COLOR keep escape codes out', () => {
    const plain = run(['--no-color', path.join(fixtures, 'clean')], { env: { FORCE_COLOR: '1' } });
    expect(plain.stdout).not.toContain('\u001b[');
  });

  // [resolver] These need the resolver to turn the fixtures' calls into targets.
  describe('[resolver] findings', () => {
    it('a direct integration exits 1 and is shown ESLint-style', () => {
      // A wide terminal: one line a message (wrapping is tested in test/report/stylish-terminal.test.ts).
      const { code, stdout } = run(['--now', '2026-01-15', path.join(fixtures, 'direct')], { env: { COLUMNS: '1000' } });
      expect(code).toBe(1);
      // One finding, on the line a developer changes (the client's base URL), with the call through it as a related location.
      expect(stdout).toContain('src/util/importerClient.ts');
      expect(stdout).toMatch(/5:3\s+error\s+.*importer\.it\.helsinki\.fi.*Reached from 1 call site.*no-direct-integration/);
      expect(stdout).toMatch(/\n\s+related src\/students\.ts:5:26 {2}axios GET '\/students' reaches it\n/);
      expect(stdout).toMatch(/✖ 1 problem \(1 error, 0 warnings\)/);
    });

    it('warnings exit 0, or 1 beyond --max-warnings', () => {
      const dir = path.join(fixtures, 'warnings');
      expect(run([dir]).code).toBe(0);
      expect(run(['--max-warnings', '2', dir]).code).toBe(0);
      const over = run(['--max-warnings', '1', dir]);
      expect(over.code).toBe(1);
      expect(over.stdout).toContain('2 warnings');
      expect(over.stderr).toContain('too many warnings');
    });

    it('--quiet leaves warnings out of the report', () => {
      const { code, stdout } = run(['--quiet', '--format', 'json', path.join(fixtures, 'warnings')]);
      expect(code).toBe(0);
      const report = JSON.parse(stdout) as { findings: unknown[]; calls: unknown[] };
      expect(report.findings).toEqual([]);
      expect(report.calls).toHaveLength(2);
      // As in ESLint, hidden warnings still count against --max-warnings.
      expect(run(['--quiet', '--max-warnings', '1', path.join(fixtures, 'warnings')]).code).toBe(1);
    });
  });
});
