/** What `--staged` selects: config include/exclude patterns apply to staged files as in a full scan. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { globToRegExp } from '../../src/discover/staged.js';
import { assertBuilt, copyFixture, git, initRepo, run } from './subprocess.js';

beforeAll(assertBuilt);

describe('globToRegExp', () => {
  it.each([
    ['**/*.test.ts', 'src/a.test.ts', true],
    ['**/*.test.ts', 'a.test.ts', true],
    ['**/*.test.ts', 'src/a.ts', false],
    ['e2e/**', 'e2e/specs/login.ts', true],
    ['e2e/**', 'src/e2e.ts', false],
    ['src/*.ts', 'src/a.ts', true],
    ['src/*.ts', 'src/lib/a.ts', false],
    ['./legacy/**', 'legacy/x.py', true],
    ['**/*.{ts,js}', 'a/b.js', true],
    ['**/*.{ts,js}', 'a/b.py', false],
    ['file?.ts', 'file1.ts', true],
    ['[ab].ts', 'b.ts', true],
    ['[!ab].ts', 'b.ts', false],
    ['a+b(c).ts', 'a+b(c).ts', true],
  ])('%s matches %s: %s', (pattern, file, expected) => {
    expect(globToRegExp(pattern).test(file)).toBe(expected);
  });
});

describe('--staged and the config', () => {
  it('a staged file the config excludes is not scanned', () => {
    const dir = copyFixture('git-workspace');
    writeFileSync(path.join(dir, 'arch-lint.config.yaml'), 'extends: helsinki\nexclude: ["scripts/**"]\n');
    initRepo(dir);
    mkdirSync(path.join(dir, 'scripts'));
    writeFileSync(path.join(dir, 'scripts/seed.ts'), "export const seed = () => fetch('https://rooms.it.helsinki.fi/api/seed', { method: 'POST' });\n");
    writeFileSync(path.join(dir, 'src/rooms.ts'), "export const rooms = () => fetch('https://rooms.it.helsinki.fi/api/rooms');\n");
    git(dir, 'add', 'scripts/seed.ts', 'src/rooms.ts');
    const { code, stdout } = run(['--staged', '--format', 'json'], { cwd: dir });
    expect(code).toBe(1);
    expect((JSON.parse(stdout) as { scope: { files: string[] } }).scope.files).toEqual(['src/rooms.ts']);
  });
});
