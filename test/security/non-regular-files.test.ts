/**
 * Issue 16, items 7 and 8. A FIFO given as the config (or found under the config's name), the baseline (found or
 * given with --baseline), or `format`'s input used to block forever (a FIFO named arch-lint.config.yaml was taken as
 * "no config"): each is refused with a message naming it. UTF-16 files with a byte-order mark used to be skipped as
 * binary: they are decoded. Every run here has a timeout, so a regression fails instead of hanging.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeFileBytes } from '../../src/discover/read.js';
import { writeTree } from '../helpers/file-tree.js';
import { assertBuilt, bin, git } from '../cli/subprocess.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
beforeAll(() => assertBuilt());

function workspace(files: Record<string, string | Buffer>): string {
  const root = realpathSync(mkdtempSync(path.join(tmpdir(), 'arch-lint-fifo-')));
  dirs.push(root);
  writeTree(root, { 'src/a.ts': "// a direct call\nfetch('http://sisu.it.helsinki.fi/a');\n", ...files });
  return root;
}

function fifo(file: string): void {
  execFileSync('mkfifo', [file]);
}

function run(args: string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', timeout: 20_000, env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const SERVICE_CONFIG = '# a Helsinki service\nextends: helsinki\n';

describe('non-regular files are refused, never waited on', () => {
  it('a FIFO named arch-lint.config.yaml', () => {
    const root = workspace({});
    fifo(path.join(root, 'arch-lint.config.yaml'));
    const outcome = run(['.'], root);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain('arch-lint.config.yaml');
    expect(outcome.stderr).toMatch(/not a regular file/);
  });

  it('--config naming a FIFO', () => {
    const root = workspace({});
    fifo(path.join(root, 'pipe.yaml'));
    const outcome = run(['--config', 'pipe.yaml', '.'], root);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toMatch(/pipe\.yaml.*not a regular file \(a named pipe\)/);
  });

  it('the baseline in the root is a FIFO', () => {
    const root = workspace({ 'arch-lint.config.yaml': SERVICE_CONFIG });
    fifo(path.join(root, 'arch-lint-baseline.json'));
    const outcome = run(['.'], root);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toMatch(/arch-lint-baseline\.json.*not a regular file/);
  });

  it('--baseline naming a FIFO', () => {
    const root = workspace({ 'arch-lint.config.yaml': SERVICE_CONFIG });
    fifo(path.join(root, 'b.json'));
    const outcome = run(['--baseline', 'b.json', '.'], root);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toMatch(/b\.json.*not a regular file/);
  });

  it('--changed-since with an untracked FIFO in the work tree', () => {
    const root = workspace({ 'arch-lint.config.yaml': SERVICE_CONFIG });
    git(root, 'init', '-q');
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'initial');
    fifo(path.join(root, 'src/pipe.ts'));
    writeTree(root, { 'src/new.ts': "// a new direct call\nfetch('http://oodi.it.helsinki.fi/b');\n" });
    const outcome = run(['--changed-since', 'HEAD', '--format', 'json', '.'], root);
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toContain('oodi.it.helsinki.fi');
  });

  it("format's input is a FIFO", () => {
    const root = workspace({});
    fifo(path.join(root, 'report.json'));
    const outcome = run(['format', 'report.json'], root);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toMatch(/report\.json.*not a regular file/);
  });
});

describe('UTF-16 with a byte-order mark', () => {
  const text = "// a client saved as UTF-16\nfetch('http://oodi.it.helsinki.fi/students');\n";
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);

  it('decodeFileBytes decodes little and big endian', () => {
    expect(decodeFileBytes({ path: 'a.ts' }, le)).toEqual({ content: text });
    expect(decodeFileBytes({ path: 'a.ts' }, be)).toEqual({ content: text });
  });

  it('a UTF-16 source file and .env are scanned, not skipped as binary', () => {
    const env = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# saved by a Windows editor\nREPORT_URL=http://reports.it.helsinki.fi/x\n', 'utf16le')]);
    const root = workspace({ 'arch-lint.config.yaml': SERVICE_CONFIG, 'src/b.ts': le, 'src/c.ts': '// reads the env\nfetch(process.env.REPORT_URL);\n', '.env': env });
    const outcome = run(['--format', 'json', '.'], root);
    const report = JSON.parse(outcome.stdout) as { problems: { code: string }[] };
    expect(report.problems.map((problem) => problem.code)).not.toContain('binary');
    expect(outcome.stdout).toContain('oodi.it.helsinki.fi');
    expect(outcome.stdout).toContain('reports.it.helsinki.fi');
  });
});
