/**
 * Issue 16, items 5 and 6: a folder that cannot be listed is never skipped without a word. A path too long to
 * list (ENAMETOOLONG, which works even for root) and, when not running as root, a folder without read permission
 * (EACCES) are each an error-level problem naming the folder, and the run exits 1 (an incomplete scan never passes):
 * in the plain walk, with custom include globs, and under a `gateway.catalog` glob (which used to crash the scan).
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeTree } from '../helpers/file-tree.js';
import { assertBuilt, run } from '../cli/subprocess.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) {
    try {
      chmodSync(path.join(dir, 'src/locked'), 0o755);
    } catch {
      // not made in this workspace
    }
    execFileSync('rm', ['-rf', dir]); // deep trees: rm walks them relative to each folder
  }
});

const segment = 'd'.repeat(200);

/** A workspace with `under/` holding folders nested past PATH_MAX (mkdir with a relative path still works where cd no longer can). */
function workspace(config: string, under: string): string {
  assertBuilt();
  const root = realpathSync(mkdtempSync(path.join(tmpdir(), 'arch-lint-unreadable-')));
  dirs.push(root);
  writeTree(root, { 'arch-lint.config.yaml': `# a workspace with a folder that cannot be listed\n${config}`, 'src/ok.ts': "// a call that is found\nfetch('http://sisu.it.helsinki.fi/a');\n", [`${under}/placeholder.txt`]: 'the deep folders start here\n' });
  execFileSync('sh', ['-c', `cd '${path.join(root, under)}' && for i in $(seq 1 30); do mkdir ${segment} && cd ${segment} 2>/dev/null || break; done; true`]);
  return root;
}

interface Report {
  problems: { file: string; code: string; severity: string }[];
  calls: { file: string }[];
}

describe('folders that cannot be listed', () => {
  it('plain walk: an over-long path is an error naming the folder, exit 1', () => {
    const root = workspace('extends: helsinki\nrules:\n  no-direct-integration: off\n', 'src/deep');
    const outcome = run(['--format', 'json', '.'], { cwd: root });
    const report = JSON.parse(outcome.stdout) as Report;
    const unreadable = report.problems.filter((problem) => problem.code === 'unreadable-folder');
    expect(unreadable.length).toBeGreaterThan(0);
    expect(unreadable[0]!.file.startsWith(`src/deep/${segment}`)).toBe(true);
    expect(unreadable[0]!.severity).toBe('error');
    expect(report.calls.map((call) => call.file)).toContain('src/ok.ts');
    expect(outcome.code).toBe(1);
  });

  it('custom include globs (globby): the same', () => {
    const root = workspace('extends: helsinki\ninclude: ["src/**"]\nrules:\n  no-direct-integration: off\n', 'src/deep');
    const outcome = run(['--format', 'json', '.'], { cwd: root });
    const report = JSON.parse(outcome.stdout) as Report;
    expect(report.problems.some((problem) => problem.code === 'unreadable-folder' && problem.file.startsWith('src/deep/'))).toBe(true);
    expect(outcome.code).toBe(1);
  });

  it('under a gateway.catalog glob: reported, not a crash', () => {
    const root = workspace('extends: helsinki\ngateway:\n  catalog: ["gateway/**/*.json"]\nrules:\n  no-direct-integration: off\n', 'gateway');
    const outcome = run(['--format', 'json', '.'], { cwd: root });
    expect(outcome.stderr).not.toMatch(/crashed|scandir/);
    const report = JSON.parse(outcome.stdout) as Report;
    expect(report.problems.some((problem) => problem.code === 'unreadable-folder' && problem.file.startsWith('gateway/'))).toBe(true);
    expect(outcome.code).toBe(1);
  });

  it.skipIf(process.getuid?.() === 0)('a folder without read permission (EACCES)', () => {
    const root = workspace('extends: helsinki\nrules:\n  no-direct-integration: off\n', 'src/deep');
    writeTree(root, { 'src/locked/a.ts': "fetch('http://hidden.it.helsinki.fi/');\n" });
    chmodSync(path.join(root, 'src/locked'), 0o000);
    const outcome = run(['--format', 'json', '.'], { cwd: root });
    const report = JSON.parse(outcome.stdout) as Report;
    expect(report.problems.some((problem) => problem.code === 'unreadable-folder' && problem.file === 'src/locked')).toBe(true);
    expect(outcome.code).toBe(1);
  });
});
