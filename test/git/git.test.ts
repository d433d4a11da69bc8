import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changedLines, GitError, isOnChangedLines, isShallow, mergeBase, parseChangedLines, stagedFiles } from '../../src/discover/git.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 't@example.invalid', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 't@example.invalid', GIT_CONFIG_NOSYSTEM: '1', HOME: cwd },
  });
}

function write(root: string, file: string, content: string): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), content);
}

function newRepo(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'arch-lint-git-'));
  dirs.push(root);
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'config', 'commit.gpgsign', 'false');
  return root;
}

const client = (url: string) => `// enrolment service's course client\nimport axios from 'axios';\n\nexport async function fetchCourses() {\n  return axios.get('${url}');\n}\n`;

describe('stagedFiles', () => {
  let root: string;
  beforeAll(() => {
    root = newRepo();
    write(root, 'src/sisuClient.ts', client('https://gw.api.helsinki.fi/sisu-kori/courses'));
    write(root, 'src/old.ts', 'export const old = 1;\n');
    write(root, 'README.md', 'portal\n');
    git(root, 'add', '.');
    git(root, 'commit', '-q', '-m', 'initial');
    // Staged: a direct call; the work tree then goes back to the gateway URL (not staged).
    write(root, 'src/sisuClient.ts', client('https://sisu-backend.apps.ocp-prod-0.k8s.it.helsinki.fi/kori/courses'));
    git(root, 'add', 'src/sisuClient.ts');
    write(root, 'src/sisuClient.ts', client('https://gw.api.helsinki.fi/sisu-kori/courses'));
    write(root, 'src/new file.ts', "fetch('http://oodi-ws.it.helsinki.fi/students');\n");
    git(root, 'add', 'src/new file.ts');
    git(root, 'rm', '-q', 'src/old.ts');
    git(root, 'mv', 'README.md', 'docs.md');
    write(root, 'src/untracked.ts', 'fetch("http://x.example")\n');
  });

  it('lists added, modified and renamed files with their staged content, not the work tree', async () => {
    const staged = await stagedFiles(root);
    expect(staged.map((file) => file.path)).toEqual(['docs.md', 'src/new file.ts', 'src/sisuClient.ts']);
    const sisu = staged.find((file) => file.path === 'src/sisuClient.ts')!;
    expect(sisu.content).toContain('sisu-backend.apps.ocp-prod-0.k8s.it.helsinki.fi');
    expect(sisu.content).not.toContain('gw.api.helsinki.fi');
  });

  it('gives paths relative to a root below the repository top level, and drops files outside it', async () => {
    const staged = await stagedFiles(path.join(root, 'src'));
    expect(staged.map((file) => file.path)).toEqual(['new file.ts', 'sisuClient.ts']);
  });

  it('fails clearly outside a repository', async () => {
    const plain = mkdtempSync(path.join(tmpdir(), 'arch-lint-nogit-'));
    dirs.push(plain);
    await expect(stagedFiles(plain)).rejects.toThrow(GitError);
    await expect(stagedFiles(plain)).rejects.toThrow(/not inside a git repository/);
  });
});

describe('changedLines', () => {
  let root: string;
  beforeAll(() => {
    root = newRepo();
    write(root, 'src/sisuClient.ts', client('https://gw.api.helsinki.fi/sisu-kori/courses'));
    write(root, 'src/oodi.ts', "// legacy\nexport const load = () => fetch('http://oodi-ws.it.helsinki.fi/students');\n");
    write(root, 'deploy/.env', 'SISU_URL=https://gw.api.helsinki.fi/sisu-kori\n');
    git(root, 'add', '.');
    git(root, 'commit', '-q', '-m', 'initial');
    git(root, 'checkout', '-q', '-b', 'feature');
    // Line 5 changes to a direct call; two lines are added after line 1; .env points at the backend; oodi.ts untouched.
    write(root, 'src/sisuClient.ts', client('https://sisu-backend.apps.ocp-prod-0.k8s.it.helsinki.fi/kori/courses').replace('\n', '\n// new\n// lines\n'));
    write(root, 'deploy/.env', 'SISU_URL=https://sisu-backend.apps.ocp-prod-0.k8s.it.helsinki.fi\n');
    git(root, 'commit', '-q', '-am', 'feature work');
    // main moves on after the branch point: its changes must not count.
    git(root, 'checkout', '-q', 'main');
    write(root, 'src/oodi.ts', "// legacy, still\nexport const load = () => fetch('http://oodi-ws.it.helsinki.fi/students');\n");
    git(root, 'commit', '-q', '-am', 'main moves on');
    git(root, 'checkout', '-q', 'feature');
    // An uncommitted edit counts too.
    write(root, 'src/extra.ts', "export const x = 1;\nfetch('http://a.example');\n");
    git(root, 'add', 'src/extra.ts');
    // A new file not yet added, and an ignored one.
    write(root, '.gitignore', 'dist/\n');
    write(root, 'dist/bundle.js', "fetch('http://b.example');\n");
    write(root, 'src/draft.ts', "// draft\nfetch('http://c.example');\nexport {};");
  });

  it('reports lines changed since the merge base with the ref, uncommitted ones included', async () => {
    const changed = await changedLines(root, 'main');
    expect([...changed.keys()].sort()).toEqual(['.gitignore', 'deploy/.env', 'src/draft.ts', 'src/extra.ts', 'src/sisuClient.ts']);
    expect([...changed.get('src/draft.ts')!]).toEqual([1, 2, 3]);
    expect([...changed.get('src/sisuClient.ts')!].sort((a, b) => a - b)).toEqual([2, 3, 7]);
    expect([...changed.get('deploy/.env')!]).toEqual([1]);
    expect([...changed.get('src/extra.ts')!].sort((a, b) => a - b)).toEqual([1, 2]);
  });

  it('uses the merge base, not the tip of the ref', async () => {
    const base = await mergeBase(root, 'main');
    expect(base).toBe(git(root, 'rev-parse', 'feature~1').trim());
  });

  it('explains a missing ref and how to fetch it', async () => {
    await expect(changedLines(root, 'origin/does-not-exist')).rejects.toThrow(GitError);
    await expect(changedLines(root, 'origin/does-not-exist')).rejects.toThrow(/git ref 'origin\/does-not-exist' was not found.*git fetch --depth=1000 origin does-not-exist.*fetch-depth: 0/);
  });

  it('knows a full clone is not shallow, and a --depth 1 clone is', async () => {
    expect(await isShallow(root)).toBe(false);
    const shallow = mkdtempSync(path.join(tmpdir(), 'arch-lint-shallow-'));
    dirs.push(shallow);
    git(shallow, 'clone', '-q', '--depth', '1', '--branch', 'feature', `file://${root}`, 'clone');
    const clone = path.join(shallow, 'clone');
    expect(await isShallow(clone)).toBe(true);
    await expect(changedLines(clone, 'origin/main')).rejects.toThrow(/shallow clone/);
  });
});

describe('parseChangedLines', () => {
  it('reads -U0 hunks: additions, replacements, pure deletions and deleted files', () => {
    const diff = [
      'diff --git a/src/a.ts b/src/a.ts',
      'index 1111111..2222222 100644',
      '--- a/src/a.ts',
      '+++ b/src/a.ts',
      '@@ -3 +3 @@ x',
      '-old',
      '+new',
      '@@ -10,0 +11,2 @@',
      '+one',
      '+two',
      '@@ -20,2 +22,0 @@',
      '-gone',
      '-gone',
      'diff --git a/src/gone.ts b/src/gone.ts',
      'deleted file mode 100644',
      '--- a/src/gone.ts',
      '+++ /dev/null',
      '@@ -1 +0,0 @@',
      '-x',
      'diff --git a/with space.ts b/with space.ts',
      '--- a/with space.ts\t',
      '+++ b/with space.ts\t',
      '@@ -0,0 +1 @@',
      '+y',
    ].join('\n');
    const changed = parseChangedLines(diff);
    expect([...changed.keys()]).toEqual(['src/a.ts', 'with space.ts']);
    expect([...changed.get('src/a.ts')!]).toEqual([3, 11, 12]);
    expect([...changed.get('with space.ts')!]).toEqual([1]);
  });
});

describe('isOnChangedLines', () => {
  const changed = new Map([
    ['src/sisuClient.ts', new Set([7])],
    ['deploy/.env', new Set([1])],
  ]);

  it('keeps a finding on a changed line, and drops an old one', () => {
    expect(isOnChangedLines({ file: 'src/sisuClient.ts', line: 7 }, undefined, changed)).toBe(true);
    expect(isOnChangedLines({ file: 'src/oodi.ts', line: 2 }, { targets: [] }, changed)).toBe(false);
  });

  it('keeps an unchanged call whose binding or URL literal changed', () => {
    const viaEnv = { targets: [{ binding: { file: 'deploy/.env', line: 1 } }] };
    expect(isOnChangedLines({ file: 'src/oodi.ts', line: 2 }, viaEnv, changed)).toBe(true);
    const viaConstant = { targets: [{ literal: { file: 'src/sisuClient.ts', line: 7 } }] };
    expect(isOnChangedLines({ file: 'src/other.ts', line: 30 }, viaConstant, changed)).toBe(true);
    const untouched = { targets: [{ binding: { file: 'deploy/.env', line: 2 } }] };
    expect(isOnChangedLines({ file: 'src/oodi.ts', line: 2 }, untouched, changed)).toBe(false);
  });
});
