/**
 * `--staged` and `--changed-since` on real git repositories made in temp dirs (fixtures/cli/git-workspace).
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/model.js';
import { assertBuilt, copyFixture, git, initRepo, run } from './subprocess.js';

beforeAll(assertBuilt);

function report(stdout: string): LintResult {
  return JSON.parse(stdout) as LintResult;
}

function unsuppressed(result: LintResult): string[] {
  return result.findings.filter((finding) => !finding.suppressed).map((finding) => `${finding.file}:${finding.line} ${finding.ruleId}`);
}

describe('--staged', () => {
  it('scans the staged content, not the work tree, and reports on staged files only', () => {
    const dir = copyFixture('git-workspace');
    initRepo(dir);
    // Staged: a direct call. Then the work tree is changed to go through the gateway, unstaged.
    writeFileSync(path.join(dir, 'src/rooms.ts'), "// staged version\nexport const loadRooms = () => fetch('https://rooms.it.helsinki.fi/api/rooms');\n");
    git(dir, 'add', 'src/rooms.ts');
    writeFileSync(path.join(dir, 'src/rooms.ts'), "// work-tree version\nexport const loadRooms = () => fetch('https://gw.api.helsinki.fi/rooms/rooms');\n");
    // Unstaged direct call elsewhere: not part of the commit, not reported.
    writeFileSync(path.join(dir, 'src/unstaged.ts'), "export const x = () => fetch('https://sisu.it.helsinki.fi/kori');\n");

    const { code, stdout } = run(['--staged', '--format', 'json'], { cwd: dir });
    expect(code).toBe(1);
    const result = report(stdout);
    expect(unsuppressed(result)).toEqual(['src/rooms.ts:2 no-direct-integration']);
    expect(result.findings[0]!.message).toContain('rooms.it.helsinki.fi');
    expect(result.calls.map((call) => call.file)).toEqual(['src/rooms.ts']);
    expect(result.scope).toEqual({ kind: 'staged', files: ['src/rooms.ts'] });
    // The old violation in src/legacy.ts is not staged: not reported.
    expect(stdout).not.toContain('grades.it.helsinki.fi');
  });

  it('the staged version wins the other way round too: a fix staged, a violation left in the work tree', () => {
    const dir = copyFixture('git-workspace');
    initRepo(dir);
    writeFileSync(path.join(dir, 'src/legacy.ts'), "export const fetchLegacyGrades = () => fetch('https://gw.api.helsinki.fi/grades/grades');\n");
    git(dir, 'add', 'src/legacy.ts');
    writeFileSync(path.join(dir, 'src/legacy.ts'), "export const fetchLegacyGrades = () => fetch('https://grades.it.helsinki.fi/api/grades');\n");
    const { code, stdout } = run(['--staged'], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toContain('✔');
  });

  it('follows imports of staged code into the work tree to resolve its URLs', () => {
    const dir = copyFixture('git-workspace');
    initRepo(dir);
    writeFileSync(path.join(dir, 'src/bookings.ts'), "import { ROOMS_API } from './endpoints';\nexport const book = () => fetch(`${ROOMS_API}/bookings`, { method: 'POST' });\n");
    git(dir, 'add', 'src/bookings.ts');
    const { code, stdout } = run(['--staged', '--format', 'json'], { cwd: dir });
    expect(code).toBe(1);
    const result = report(stdout);
    expect(result.calls[0]!.targets.map((target) => target.url)).toEqual(['https://rooms.it.helsinki.fi/api/bookings']);
    expect(unsuppressed(result)).toEqual(['src/bookings.ts:2 no-direct-integration']);
  });

  it('resolves staged code against the repository\'s env files, and a staged .env against unstaged code', () => {
    const dir = copyFixture('git-workspace');
    initRepo(dir);
    writeFileSync(path.join(dir, '.env'), 'UNITS_URL=https://orgreg.it.helsinki.fi/api\n');
    git(dir, 'add', '.env');
    // The call in src/units.ts is not staged, so it is not reported, but the .env itself is scanned without error.
    const envOnly = run(['--staged', '--format', 'json'], { cwd: dir });
    expect(envOnly.code).toBe(0);
    expect(report(envOnly.stdout).scope?.files).toEqual(['.env']);

    appendFileSync(path.join(dir, 'src/units.ts'), '// touched\n');
    git(dir, 'add', 'src/units.ts');
    const both = run(['--staged', '--format', 'json'], { cwd: dir });
    expect(both.code).toBe(1);
    expect(report(both.stdout).findings[0]!.message).toContain('orgreg.it.helsinki.fi');
  });

  it('nothing staged: exit 0 with a short message', () => {
    const dir = copyFixture('git-workspace');
    initRepo(dir);
    const { code, stdout } = run(['--staged'], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toBe('arch-lint: nothing staged to check.\n');
  });

  it('outside a git repository: exit 2 with a clear message', () => {
    const dir = copyFixture('git-workspace');
    const { code, stderr } = run(['--staged'], { cwd: dir, env: { GIT_CEILING_DIRECTORIES: path.dirname(dir) } });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^arch-lint: .*not inside a git repository/);
  });
});

describe('--changed-since', () => {
  function branchWithChanges(): string {
    const dir = copyFixture('git-workspace');
    initRepo(dir);
    git(dir, 'checkout', '-q', '-b', 'feature');
    // A new direct call in a new file, and the .env rebinding an existing, unchanged call to a backend.
    writeFileSync(path.join(dir, 'src/rooms.ts'), "export const loadRooms = () => fetch('https://rooms.it.helsinki.fi/api/rooms');\n");
    writeFileSync(path.join(dir, '.env'), '# Shows: rebound on the branch.\nUNITS_URL=https://orgreg.it.helsinki.fi/api\n');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'feature work');
    return dir;
  }

  it('ignores old violations, reports a new one and one introduced only by a changed .env', () => {
    const dir = branchWithChanges();
    const { code, stdout } = run(['--changed-since', 'main', '--format', 'json'], { cwd: dir });
    expect(code).toBe(1);
    const result = report(stdout);
    expect(unsuppressed(result)).toEqual(['src/rooms.ts:1 no-direct-integration', 'src/units.ts:3 no-direct-integration']);
    expect(result.findings.find((finding) => finding.file === 'src/units.ts')!.message).toContain('orgreg.it.helsinki.fi');
    expect(result.scope).toMatchObject({ kind: 'changed-since', ref: 'main' });
    // The whole repository is still the inventory.
    expect(result.calls.map((call) => call.file)).toContain('src/legacy.ts');
    expect(result.summary.errors).toBe(2);
  });

  it('counts uncommitted work-tree edits as changed', () => {
    const dir = copyFixture('git-workspace');
    initRepo(dir);
    appendFileSync(path.join(dir, 'src/endpoints.ts'), "export const probe = () => fetch('https://probe.it.helsinki.fi/health');\n");
    const { code, stdout } = run(['--changed-since', 'HEAD', '--format', 'json'], { cwd: dir });
    expect(code).toBe(1);
    expect(unsuppressed(report(stdout))).toEqual(['src/endpoints.ts:4 no-direct-integration']);
  });

  it('a missing ref is exit 2 with a message saying what to fetch', () => {
    const dir = copyFixture('git-workspace');
    initRepo(dir);
    const { code, stderr, stdout } = run(['--changed-since', 'origin/no-such-branch'], { cwd: dir });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^arch-lint: git ref 'origin\/no-such-branch' was not found.*fetch/);
    expect(stderr).not.toContain('    at ');
  });

  it('cannot be combined with --staged', () => {
    expect(run(['--staged', '--changed-since', 'main']).code).toBe(2);
  });
});
