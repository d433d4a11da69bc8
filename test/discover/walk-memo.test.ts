/**
 * The walk memo (`--cache`): a walk whose folders and .gitignore files all have their recorded stat gives the
 * recorded files without listing a folder; any change that could change what the walk finds must make it walk again.
 * Every test compares the walk with a memo against a fresh walk without one, after one change. File times are set
 * an hour back first, so a change made in the same clock tick as the fixture still shows in mtime.
 */
import { mkdirSync, mkdtempSync, readdirSync, realpathSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeTree } from '../helpers/file-tree.js';
import { walkWithGitignore, type WalkMemo, type WalkOptions } from '../../src/discover/walk.js';

const options: WalkOptions = { skipNames: new Set(['node_modules', '.git']), skipSuffixes: ['.min.js'] };
/** Everything older than this counts as settled (the racy rule has its own test). */
const settledBefore = Date.now() + 60_000;

/** `outer/` (no .git) holds the scan root `outer/repo/`. */
function tree(): { outer: string; root: string } {
  const outer = realpathSync(mkdtempSync(path.join(tmpdir(), 'arch-lint-walk-memo-')));
  const files: Record<string, string> = {
    '.gitignore': 'repo/services/billing/src/ignored-by-outer.ts\n',
    'repo/.gitignore': '*.log\n',
    'repo/services/billing/src/client.ts': '',
    'repo/services/billing/src/ignored-by-outer.ts': '',
    'repo/services/billing/src/trace.log': '',
    'repo/services/billing/.gitignore': 'generated/\n',
    'repo/services/billing/generated/api.ts': '',
    'repo/services/grades/deploy/deployment.yaml': 'kind: Deployment\n',
    'repo/services/grades/src/index.ts': '',
  };
  writeTree(outer, files);
  backdate(outer);
  return { outer, root: path.join(outer, 'repo') };
}

function backdate(dir: string): void {
  const hourAgo = new Date(Date.now() - 3_600_000);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) backdate(full);
    utimesSync(full, hourAgo, hourAgo);
  }
  utimesSync(dir, hourAgo, hourAgo);
}

function recorded(root: string, start = root): WalkMemo {
  const walked = walkWithGitignore(root, start, { ...options, memo: { previous: null, settledBefore } });
  expect(walked.memo).toBeTruthy();
  return walked.memo!;
}

/** The walk with the memo, and a fresh one: same files; `replayed` says whether the memo was used as it was. */
function walkBoth(root: string, memo: WalkMemo, start = root): { files: string[]; fresh: string[]; replayed: boolean } {
  const withMemo = walkWithGitignore(root, start, { ...options, memo: { previous: memo, settledBefore } });
  const fresh = walkWithGitignore(root, start, options);
  const relative = (files: string[]): string[] => files.map((file) => path.relative(root, file)).sort();
  return { files: relative(withMemo.files), fresh: relative(fresh.files), replayed: withMemo.memo === memo };
}

describe('walk memo', () => {
  it('nothing changed: the memo is used as it is, and gives what a fresh walk gives', () => {
    const { root } = tree();
    const memo = recorded(root);
    const { files, fresh, replayed } = walkBoth(root, memo);
    expect(replayed).toBe(true);
    expect(files).toEqual(fresh);
    expect(files).toEqual(['.gitignore', 'services/billing/.gitignore', 'services/billing/src/client.ts', 'services/billing/src/ignored-by-outer.ts', 'services/grades/deploy/deployment.yaml', 'services/grades/src/index.ts']);
  });

  it.each([
    ['a file added deep down', (root: string) => writeFileSync(path.join(root, 'services/grades/src/new.ts'), ''), 'services/grades/src/new.ts', true],
    ['a file removed', (root: string) => rmSync(path.join(root, 'services/grades/src/index.ts')), 'services/grades/src/index.ts', false],
    ['a file renamed', (root: string) => renameSync(path.join(root, 'services/grades/src/index.ts'), path.join(root, 'services/grades/src/main.ts')), 'services/grades/src/main.ts', true],
    ['a folder added with a file', (root: string) => { mkdirSync(path.join(root, 'services/grades/jobs')); writeFileSync(path.join(root, 'services/grades/jobs/sync.ts'), ''); }, 'services/grades/jobs/sync.ts', true],
    ['a .gitignore edited (same size) to let a folder in', (root: string) => writeFileSync(path.join(root, 'services/billing/.gitignore'), 'generatex/\n'), 'services/billing/generated/api.ts', true],
    ['a .gitignore edited to ignore a file', (root: string) => writeFileSync(path.join(root, '.gitignore'), '*.log\nclient.ts\n'), 'services/billing/src/client.ts', false],
    ['a .gitignore added in a folder', (root: string) => writeFileSync(path.join(root, 'services/grades/.gitignore'), 'deploy/\n'), 'services/grades/deploy/deployment.yaml', false],
  ])('%s is seen', (_label, change, file, present) => {
    const { root } = tree();
    const memo = recorded(root);
    change(root);
    const { files, fresh, replayed } = walkBoth(root, memo);
    expect(replayed).toBe(false);
    expect(files).toEqual(fresh);
    expect(files.includes(file)).toBe(present);
  });

  it('a .git appearing above the root brings that folder\'s .gitignore into force', () => {
    const { outer, root } = tree();
    const memo = recorded(root);
    expect(walkBoth(root, memo).files).toContain('services/billing/src/ignored-by-outer.ts');
    mkdirSync(path.join(outer, '.git'));
    const { files, fresh, replayed } = walkBoth(root, memo);
    expect(replayed).toBe(false);
    expect(files).toEqual(fresh);
    expect(files).not.toContain('services/billing/src/ignored-by-outer.ts');
  });

  it('a walk from a folder below the root sees a .gitignore added between the root and it', () => {
    const { root } = tree();
    const start = path.join(root, 'services/grades');
    const memo = recorded(root, start);
    writeFileSync(path.join(root, 'services/.gitignore'), 'deployment.yaml\n');
    const { files, fresh, replayed } = walkBoth(root, memo, start);
    expect(replayed).toBe(false);
    expect(files).toEqual(fresh);
    expect(files).toEqual(['services/grades/src/index.ts']);
  });

  it('records nothing when a folder or .gitignore changed too recently to trust its stat (racy rule)', () => {
    const { root } = tree();
    const justNow = walkWithGitignore(root, root, { ...options, memo: { previous: null, settledBefore: statSync(root).mtimeMs } });
    expect(justNow.memo).toBeNull();
  });
});
