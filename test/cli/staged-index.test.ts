/**
 * How `--staged` reads git's index (`git ls-files` for the tracked paths, `git diff --cached --raw` for the staged
 * blobs): renames, deletions, intent-to-add entries, odd file names, and manifests gone from the work tree.
 */
import { mkdirSync, mkdtempSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeTree } from '../helpers/file-tree.js';
import { lint } from '../../src/lint.js';
import { git, initRepo } from './subprocess.js';

/** A small service repository, committed: a client module, an env file and a Deployment binding its URL. */
function repository(): string {
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'arch-lint-staged-index-')));
  const files: Record<string, string> = {
    // The university's preset: *.helsinki.fi hosts are internal, so calling one directly is a finding.
    'arch-lint.config.yaml': 'extends: helsinki\n',
    'src/rooms.ts': "export const rooms = () => fetch('https://gw.api.helsinki.fi/rooms/v1/rooms');\n",
    'src/legacy.ts': "export const legacy = () => fetch('https://oodikone.it.helsinki.fi/api/legacy');\n",
    '.env': 'ROOMS_URL=https://gw.api.helsinki.fi/rooms\n',
    'deploy/deployment.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: rooms\nspec:\n  template:\n    spec:\n      containers:\n        - name: rooms\n          env:\n            - name: SISU_URL\n              value: https://sis-helsinki.funidata.fi\n',
  };
  writeTree(dir, files);
  initRepo(dir);
  return dir;
}

const direct = (result: Awaited<ReturnType<typeof lint>>): string[] => result.findings.filter((finding) => finding.ruleId === 'no-direct-integration').map((finding) => finding.file);

describe('--staged reads the index', () => {
  it('a staged rename is scanned under its new name (and only once)', async () => {
    const dir = repository();
    git(dir, 'mv', 'src/legacy.ts', 'src/oodikone-client.ts');
    const result = await lint({ cwd: dir, staged: true });
    expect(result.scope?.files).toEqual(['src/oodikone-client.ts']);
    expect(direct(result)).toEqual(['src/oodikone-client.ts']);
  });

  it('a staged deletion is not scanned, and nothing else is reported', async () => {
    const dir = repository();
    git(dir, 'rm', '-q', 'src/legacy.ts');
    const result = await lint({ cwd: dir, staged: true });
    expect(result.scope?.files).toEqual([]);
    expect(result.findings).toEqual([]);
  });

  it('an intent-to-add file (git add -N) has no staged content: skipped, not a crash', async () => {
    const dir = repository();
    writeFileSync(path.join(dir, 'src/new.ts'), "export const n = () => fetch('https://oodikone.it.helsinki.fi/api/new');\n");
    git(dir, 'add', '-N', 'src/new.ts');
    const result = await lint({ cwd: dir, staged: true });
    expect(result.scope?.files ?? []).not.toContain('src/new.ts');
  });

  it('file names with spaces and non-ASCII letters come through as written', async () => {
    const dir = repository();
    mkdirSync(path.join(dir, 'src/tilat ja varaukset'));
    writeFileSync(path.join(dir, 'src/tilat ja varaukset/hyväksyntä.ts'), "export const ok = () => fetch('https://oodikone.it.helsinki.fi/api/approvals');\n");
    git(dir, 'add', 'src/tilat ja varaukset/hyväksyntä.ts');
    const result = await lint({ cwd: dir, staged: true });
    expect(direct(result)).toEqual(['src/tilat ja varaukset/hyväksyntä.ts']);
  });

  it('a tracked manifest deleted or replaced in the work tree (not staged) is left out quietly', async () => {
    const dir = repository();
    rmSync(path.join(dir, 'deploy/deployment.yaml'));
    renameSync(path.join(dir, '.env'), path.join(dir, 'env.bak'));
    mkdirSync(path.join(dir, '.env'));
    writeFileSync(path.join(dir, 'src/rooms.ts'), "export const rooms = () => fetch('https://oodikone.it.helsinki.fi/api/rooms');\n");
    git(dir, 'add', 'src/rooms.ts');
    const result = await lint({ cwd: dir, staged: true });
    expect(result.problems).toEqual([]);
    expect(direct(result)).toEqual(['src/rooms.ts']);
  });

  it('a tracked manifest that became binary in the work tree does not stop a staged run (a full scan names it)', async () => {
    const dir = repository();
    writeFileSync(path.join(dir, '.env'), Buffer.from([0x52, 0x4f, 0x00, 0x4d, 0x53]));
    writeFileSync(path.join(dir, 'src/rooms.ts'), "export const rooms = () => fetch(process.env.ROOMS_URL + '/v1/rooms');\n");
    git(dir, 'add', 'src/rooms.ts');
    const staged = await lint({ cwd: dir, staged: true });
    // A staged run reports on the staged files only; the full scan lists the binary .env among its problems.
    const full = await lint({ cwd: dir });
    expect(full.problems.map((problem) => `${problem.file} ${problem.code}`)).toContain('.env binary');
    expect(staged.scope?.files).toEqual(['src/rooms.ts']);
  });
});
