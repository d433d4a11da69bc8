/**
 * Issue 16, items 13, 14 and the baseline part of item 6: nothing is left half-written.
 * - Each `--output` is written atomically, and every output is tried before the run exits 2: a report that cannot
 *   be written (a full disk, a file where its folder should be) leaves the previous file whole and the next
 *   `--format`/`-o` pair is still written. The full-disk cases mount a small tmpfs and are skipped where that is not
 *   allowed.
 * - A full disk while writing the baseline is a clear message naming the file, not a stack trace.
 * - A run deletes only its own temporary files: another run's fresh one in the cache folder survives (its removal
 *   gave false `cache-unwritable` warnings); stale ones (over an hour old) in the cache folder and beside the
 *   baseline are removed by the next run.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeTree } from '../helpers/file-tree.js';
import { assertBuilt, run } from '../cli/subprocess.js';

const dirs: string[] = [];
const mounts: string[] = [];
afterAll(() => {
  for (const mount of mounts) execFileSync('umount', [mount]);
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
beforeAll(() => assertBuilt());

function workspace(): string {
  const root = realpathSync(mkdtempSync(path.join(tmpdir(), 'arch-lint-halfwritten-')));
  dirs.push(root);
  writeTree(root, { 'arch-lint.config.yaml': '# a Helsinki service\nextends: helsinki\n', 'src/a.ts': "// a direct call\nfetch('http://sisu.it.helsinki.fi/a');\n" });
  return root;
}

/** A 64 KB tmpfs under `dir`, or null where mounting is not allowed (not root, no mount namespace). */
function smallDisk(dir: string): string | null {
  const mount = path.join(dir, 'disk');
  mkdirSync(mount);
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mount], { stdio: 'ignore' });
  } catch {
    return null;
  }
  mounts.push(mount);
  return mount;
}

/** Fill the disk: write until ENOSPC. */
function fill(mount: string): void {
  try {
    writeFileSync(path.join(mount, 'filler'), Buffer.alloc(1024 * 1024));
  } catch {
    // the disk is full now
  }
}

function settle(): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1100);
}

const canMount = (() => {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  return true;
})();

describe('reports (--output)', () => {
  it('a report that cannot be written does not stop the next one; exit 2 naming it', () => {
    const root = workspace();
    writeFileSync(path.join(root, 'blocked'), 'a file where a folder should be\n');
    const outcome = run(['--format', 'json', '-o', 'blocked/report.json', '--format', 'sarif', '-o', 'out/report.sarif', '.'], { cwd: root });
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain(path.join(root, 'blocked/report.json'));
    expect(JSON.parse(readFileSync(path.join(root, 'out/report.sarif'), 'utf8'))).toHaveProperty('runs');
  });

  it.skipIf(!canMount)('a full disk leaves the previous report whole, the next output is written', () => {
    const root = workspace();
    const disk = smallDisk(root);
    if (!disk) return;
    writeFileSync(path.join(disk, 'report.json'), '{"previous": "report"}\n');
    fill(disk);
    const outcome = run(['--format', 'json', '-o', path.join(disk, 'report.json'), '--format', 'junit', '-o', 'out/report.xml', '.'], { cwd: root });
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain('ENOSPC');
    expect(outcome.stderr).toContain(path.join(disk, 'report.json'));
    expect(readFileSync(path.join(disk, 'report.json'), 'utf8')).toBe('{"previous": "report"}\n');
    expect(readFileSync(path.join(root, 'out/report.xml'), 'utf8')).toContain('<testsuites');
    expect(readdirSync(disk).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('-o /dev/null is written to, not replaced', () => {
    const root = workspace();
    const outcome = run(['--format', 'json', '-o', '/dev/null', '.'], { cwd: root });
    expect(outcome.code).toBe(1);
    expect(readdirSync('/dev').filter((name) => name.startsWith('null.'))).toEqual([]);
  });
});

describe('the baseline', () => {
  it.skipIf(!canMount)('a full disk while writing it: a message naming the file, no stack trace, the old file unchanged', () => {
    const root = workspace();
    const disk = smallDisk(root);
    if (!disk) return;
    const baseline = path.join(disk, 'baseline.json');
    fill(disk);
    const outcome = run(['--update-baseline', '--baseline', baseline, '.'], { cwd: root });
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toMatch(/cannot write the baseline .*baseline\.json \(ENOSPC\)/);
    expect(outcome.stderr).not.toMatch(/crashed| {4}at /);
    expect(existsSync(baseline)).toBe(false);
  });

  it('a stale temporary file beside the baseline (a killed run) is removed, a fresh one is kept', () => {
    const root = workspace();
    const stale = path.join(root, 'arch-lint-baseline.json.4242.0badc0de.tmp');
    const fresh = path.join(root, 'arch-lint-baseline.json.4243.feedf00d.tmp');
    writeFileSync(stale, '{"half');
    writeFileSync(fresh, '{"half');
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    utimesSync(stale, twoHoursAgo, twoHoursAgo);
    run(['--format', 'json', '.'], { cwd: root });
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(fresh)).toBe(true);
  });
});

describe('--cache temporaries', () => {
  it("a run never deletes another run's in-progress temporary file; stale ones go", () => {
    const root = workspace();
    const cache = path.join(root, 'cache');
    settle(); // a result is stored only when the files it read are older than a second (see docs/cache.md)
    expect(run(['--cache', '--cache-location', `${cache}/`, '--format', 'json', '.'], { cwd: root }).code).toBe(1);
    const report = readdirSync(cache).find((name) => name.includes('.report-'))!;
    const base = report.replace(/-[0-9a-f]+\.json$/, '');
    // Another run is writing the report of a different key right now; and one was killed two hours ago.
    const inProgress = path.join(cache, `${base}-ffffffffffffffffffffffffffffffff.json.99999.0a0b0c0d.tmp`);
    const killed = path.join(cache, `${base}-eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee.json.99998.01020304.tmp`);
    writeFileSync(inProgress, '{"partial":');
    writeFileSync(killed, '{"partial":');
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    utimesSync(killed, twoHoursAgo, twoHoursAgo);
    // A change, so the next run stores a new result (and cleans up).
    writeFileSync(path.join(root, 'src/b.ts'), "// another call\nfetch('http://oodi.it.helsinki.fi/b');\n");
    settle();
    const outcome = run(['--cache', '--cache-location', `${cache}/`, '--format', 'json', '.'], { cwd: root });
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).not.toContain('cache-unwritable');
    expect(existsSync(inProgress)).toBe(true);
    expect(existsSync(killed)).toBe(false);
  });
});
