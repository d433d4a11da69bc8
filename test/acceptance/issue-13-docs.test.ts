/**
 * Issue 13: every install route in the docs is one that CI exercises (scripts/ci/install-routes.sh, run by .ci/run),
 * and no doc names a package, tag or URL that does not exist: arch-lint is not on the npm registry, no tag has been
 * made, and there is no public repository at a fixed URL, so the docs use placeholders (`<repository>`, `<commit>`,
 * `<owner>`) and `$schema` paths into the installed package.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repo } from '../cli/subprocess.js';

function filesUnder(dir: string, extensions: readonly string[]): string[] {
  return readdirSync(path.join(repo, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => extensions.some((extension) => name.endsWith(extension)))
    .map((name) => path.join(dir, name));
}

const docs = [
  'README.md',
  'CHANGELOG.md',
  'action.yml',
  '.pre-commit-hooks.yaml',
  ...filesUnder('docs', ['.md', '.yml', '.yaml']),
  ...filesUnder('.github', ['.yml']),
  'src/cli/init.ts',
].map((file) => ({ file, text: readFileSync(path.join(repo, file), 'utf8') }));

const routes = readFileSync(path.join(repo, 'scripts/ci/install-routes.sh'), 'utf8');

describe('no doc names a package, tag or URL that does not exist', () => {
  it.each([
    ['a version of a registry package (arch-lint@…)', /arch-lint@(?!<)[\w$.{-]/],
    ['npx downloading arch-lint from the registry', /npx\s+(--yes|-y)\s+["']?arch-lint/],
    ['an install of the registry package', /npm[^\S\n]+(install|i|add)\b[^\n`]*?[^\S\n]["']?arch-lint(@[\w.]+)?["']?([^\S\n]|`|$)/m],
    ['a repository at github.com/arch-lint', /(github\.com|githubusercontent\.com)\/arch-lint\//],
    ['a release tag for pre-commit (none exists)', /rev:\s*v\d/],
  ])('%s', (_name, pattern) => {
    const hits = docs.filter(({ text }) => pattern.test(text)).map(({ file, text }) => `${file}: ${pattern.exec(text)![0]}`);
    expect(hits).toEqual([]);
  });

  it('every $schema path into the installed package names a schema file the package ships', () => {
    const shipped = (JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')) as { files: string[] }).files;
    expect(shipped).toContain('schemas');
    let seen = 0;
    for (const { file, text } of docs) {
      for (const match of text.matchAll(/\$schema["']?\s*[:=]\s*["']?([^\s"'`,]+)/g)) {
        const value = match[1]!;
        if (/^https?:\/\/json-schema\.org\//.test(value) || value.includes('${') || value.startsWith('…')) continue;
        expect(value, `${file}: ${value}`).toMatch(/^(\.\.?\/)+node_modules\/arch-lint\/schemas\/[a-z-]+\.schema\.json$/);
        expect(existsSync(path.join(repo, value.replace(/^(\.\.?\/)+node_modules\/arch-lint\//, ''))), `${file}: ${value}`).toBe(true);
        seen++;
      }
    }
    expect(seen).toBeGreaterThanOrEqual(4);
  });
});

describe('every install route in the docs is exercised by scripts/ci/install-routes.sh', () => {
  const install = readFileSync(path.join(repo, 'docs/install.md'), 'utf8');

  it.each([
    ['a dev dependency from git', 'npm install --save-dev "git+<repository>#<commit>"', /npm install --save-dev --silent "git\+file:/],
    ['a global install from git', 'npm install --global --install-links "git+<repository>#<commit>"', /npm install --global --install-links --prefix "\$work\/global" --silent "git\+file:/],
    ['a tarball', 'npm ci && npm run build && npm pack', /npm run --silent build && npm pack/],
    ['a tarball installed', 'npm install --save-dev ./arch-lint-0.1.0.tgz', /npm install --save-dev --ignore-scripts --silent "\$tarball"/],
    ['the pre-commit framework', 'repo: <repository>', /pre-commit run/],
    ['the GitHub Action', 'uses: <owner>/arch-lint@<commit>', /name === 'Install arch-lint'/],
  ])('%s', (_name, documented, tested) => {
    expect(install).toContain(documented);
    expect(routes).toMatch(tested);
  });

  it('the GitLab template installs with the tested global command', () => {
    const gitlab = readFileSync(path.join(repo, 'docs/ci/gitlab-ci.yml'), 'utf8');
    expect(gitlab).toContain('npm install --global --install-links --no-audit --no-fund "git+${ARCH_LINT_GIT}#${ARCH_LINT_REF}"');
  });

  it('.ci/run runs the install routes and checks the committed bundle', () => {
    const ci = readFileSync(path.join(repo, '.ci/run'), 'utf8');
    expect(ci).toContain('bash scripts/ci/install-routes.sh');
    expect(ci).toContain('git status --porcelain --untracked-files=all -- dist/bundle');
    expect(ci).toMatch(/apt-get install[^\n]*"\$\{missing\[@\]\}"/);
  });

  it('the tarball version in the docs is package.json\'s', () => {
    const version = (JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')) as { version: string }).version;
    expect(install).toContain(`arch-lint-${version}.tgz`);
  });
});
