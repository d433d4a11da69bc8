/**
 * Issue 16, item 10: git runs no program the scanned repository configures. The repository below sets
 * core.fsmonitor, a filter driver (clean/smudge/process), a diff driver's textconv and command, diff.external,
 * a pager and hooks, each to a script that leaves a marker file. `--staged` and `--changed-since` run git
 * (diff, ls-files, show, cat-file, merge-base); no marker may appear.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, git, run } from '../cli/subprocess.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

let repo: string;
let markers: string;

beforeAll(() => {
  assertBuilt();
  repo = realpathSync(mkdtempSync(path.join(tmpdir(), 'arch-lint-gitprog-')));
  markers = realpathSync(mkdtempSync(path.join(tmpdir(), 'arch-lint-gitprog-markers-')));
  dirs.push(repo, markers);
  mkdirSync(path.join(repo, 'src'));
  writeFileSync(path.join(repo, '.gitattributes'), '*.ts filter=evil diff=evil\n');
  writeFileSync(path.join(repo, 'arch-lint.config.yaml'), '# a Helsinki service\nextends: helsinki\n');
  writeFileSync(path.join(repo, 'src/client.ts'), "// a client whose file the repository's own filter and diff drivers claim\nfetch('https://gw.api.helsinki.fi/a');\n");
  git(repo, 'init', '-q');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'initial');
  const script = (name: string, tail: string) => {
    const file = path.join(markers, `${name}.sh`);
    writeFileSync(file, `#!/bin/sh\ntouch '${path.join(markers, `RAN-${name}`)}'\n${tail}\n`);
    chmodSync(file, 0o755);
    return file;
  };
  const settings: [string, string][] = [
    ['core.fsmonitor', script('fsmonitor', 'exit 0')],
    ['filter.evil.clean', script('clean', 'cat')],
    ['filter.evil.smudge', script('smudge', 'cat')],
    ['filter.evil.process', script('process', 'exit 1')],
    ['diff.evil.textconv', script('textconv', 'cat "$1"')],
    ['diff.evil.command', script('diffcommand', 'exit 0')],
    ['diff.external', script('external', 'exit 0')],
    ['core.pager', script('pager', 'cat')],
    ['pager.diff', script('pagerdiff', 'cat')],
    ['core.hooksPath', path.join(markers, 'hooks')],
  ];
  for (const [key, value] of settings) git(repo, 'config', key, value);
  mkdirSync(path.join(markers, 'hooks'));
  for (const hook of ['post-index-change', 'reference-transaction', 'pre-commit']) {
    writeFileSync(path.join(markers, 'hooks', hook), `#!/bin/sh\ntouch '${path.join(markers, `RAN-hook-${hook}`)}'\n`);
    chmodSync(path.join(markers, 'hooks', hook), 0o755);
  }
  // A changed, staged file and a changed, unstaged one with an old mtime, so git must re-read (and filter) them.
  writeFileSync(path.join(repo, 'src/client.ts'), "// a direct call, staged\nfetch('http://sisu-backend.it.helsinki.fi/a');\n");
  git(repo, '-c', 'core.fsmonitor=false', '-c', 'filter.evil.clean=', '-c', 'filter.evil.process=', 'add', 'src/client.ts');
  writeFileSync(path.join(repo, 'src/client.ts'), "// a direct call, not staged\nfetch('http://oodi.it.helsinki.fi/b');\n");
  utimesSync(path.join(repo, 'src/client.ts'), new Date('2020-01-01'), new Date('2020-01-01'));
  for (const leftover of readdirSync(markers).filter((name) => name.startsWith('RAN-'))) rmSync(path.join(markers, leftover));
});

function ran(): string[] {
  return readdirSync(markers).filter((name) => name.startsWith('RAN-')).sort();
}

describe('git runs nothing the scanned repository configures', () => {
  it('--staged', () => {
    const outcome = run(['--staged', '--format', 'json', '.'], { cwd: repo });
    expect(outcome.code, outcome.stderr).toBe(1);
    expect(outcome.stdout).toContain('sisu-backend.it.helsinki.fi');
    expect(ran()).toEqual([]);
  });

  it('--changed-since', () => {
    const outcome = run(['--changed-since', 'HEAD', '--format', 'json', '.'], { cwd: repo });
    expect(outcome.code, outcome.stderr).toBe(1);
    expect(outcome.stdout).toContain('oodi.it.helsinki.fi');
    expect(ran()).toEqual([]);
    expect(existsSync(path.join(markers, 'RAN-clean'))).toBe(false);
  });
});
