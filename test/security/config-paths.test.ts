/**
 * Issue 16, item 9: a path or glob from a config file never reads outside the repository root. `..` and absolute
 * paths in `include`, `exclude` and `gateway.catalog` are a config error naming the file, line and key; a symbolic
 * link to a file outside the repository is reported and not read (source files and catalogue files alike); a
 * catalogue parse error quotes at most one line, with secrets redacted. Workspaces are written by the test.
 */
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pathEscapesRoot } from '../../src/config/load.js';
import { quoteOneLine } from '../../src/catalog/load.js';
import { writeTree } from '../helpers/file-tree.js';
import { assertBuilt, run } from '../cli/subprocess.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

let base: string;
let outside: string;

function workspace(files: Record<string, string>): string {
  const root = path.join(base, `ws-${dirs.length}-${Math.random().toString(36).slice(2, 8)}`);
  mkdirSync(root);
  mkdirSync(path.join(root, '.git')); // the repository boundary (discovery only looks for the folder)
  writeTree(root, files);
  return root;
}

beforeAll(() => {
  assertBuilt();
  base = realpathSync(mkdtempSync(path.join(tmpdir(), 'arch-lint-confine-')));
  dirs.push(base);
  outside = path.join(base, 'outside');
  writeTree(outside, {
    '.env': '# a file of another project, next to the repository\nOUTSIDE_URL=http://outside-secret-host.it.helsinki.fi/x\n',
    'client.ts': "// another project's client\nfetch('http://outside-source-host.it.helsinki.fi/y');\n",
    'api.json': `{"name": "outside api", "proxy": {"virtual_hosts": [{"path": "/x"}], "groups": [{"endpoints": [{"target": "https://outside-catalog-host.example"}]}]}, "SECRET_LINE": "${'z'.repeat(900)}"`,
  });
});

describe('pathEscapesRoot', () => {
  it('accepts relative globs, rejects .., absolute and home paths', () => {
    for (const ok of ['**/*', 'src/**', '!dist/**', 'gateway/apis/*.json', './a/b', 'a..b/*']) expect(pathEscapesRoot(ok)).toBeNull();
    for (const bad of ['../x/*', '../../outside/**', 'a/../../b', '!../x', '/etc/**', '~/x', 'C:/x']) expect(pathEscapesRoot(bad)).not.toBeNull();
  });
});

describe('config paths stay inside the repository', () => {
  for (const [key, yaml] of [
    ['include.0', 'include: ["../outside/**"]'],
    ['include.1', 'include: ["src/**", "../../../../etc/**"]'],
    ['gateway.catalog.0', 'gateway:\n  catalog: ["../outside/*"]'],
    ['include.0', 'include: ["/etc/**"]'],
  ] as const) {
    it(`${yaml.replace(/\n\s*/g, ' ')}: a config error naming the key, nothing read`, () => {
      const root = workspace({ 'arch-lint.config.yaml': `# a config whose paths leave the repository\nextends: helsinki\n${yaml}\n`, 'src/a.ts': "// nothing\nexport const a = 1;\n" });
      const outcome = run(['--format', 'json', '.'], { cwd: root });
      expect(outcome.code).toBe(2);
      expect(outcome.stderr).toMatch(/arch-lint\.config\.yaml:[34]: /);
      expect(outcome.stderr).toContain(`invalid config at '${key}'`);
      expect(outcome.stderr).toMatch(/stay inside the repository/);
      expect(outcome.stdout).not.toContain('outside-');
    });
  }

  it('a symbolic link to a file outside the repository is reported and not read', () => {
    const root = workspace({ 'arch-lint.config.yaml': '# a Helsinki service\nextends: helsinki\n', 'src/a.ts': "// reads a URL from the environment\nfetch(process.env.OUTSIDE_URL);\n" });
    symlinkSync(path.join(outside, '.env'), path.join(root, '.env'));
    symlinkSync(path.join(outside, 'client.ts'), path.join(root, 'src/linked.ts'));
    const outcome = run(['--format', 'json', '.'], { cwd: root });
    const report = JSON.parse(outcome.stdout) as { problems: { file: string; code: string }[] };
    expect(outcome.stdout).not.toContain('outside-secret-host');
    expect(outcome.stdout).not.toContain('outside-source-host');
    expect(report.problems.filter((problem) => problem.code === 'symlink-outside-root').map((problem) => problem.file).sort()).toEqual(['.env', 'src/linked.ts']);
  });

  it('a symbolic link inside the repository is still followed', () => {
    const root = workspace({ 'arch-lint.config.yaml': '# a Helsinki service\nextends: helsinki\n', 'lib/client.ts': "// the shared client\nfetch('http://inside-host.it.helsinki.fi/y');\n" });
    mkdirSync(path.join(root, 'src'));
    symlinkSync(path.join(root, 'lib/client.ts'), path.join(root, 'src/client.ts'));
    const outcome = run(['--format', 'json', 'src'], { cwd: root });
    expect(outcome.stdout).toContain('inside-host.it.helsinki.fi');
  });

  it('a catalogue file that links outside is not read; a parse error quotes one short line, redacted', () => {
    const root = workspace({
      'arch-lint.config.yaml': '# a service with a gateway catalogue\nextends: helsinki\ngateway:\n  catalog: ["gateway/*.json"]\n',
      'gateway/broken.json': `{"name": "x", "proxy": ${'['.repeat(3)} "https://admin:hunter2-pw@backend.example/${'q'.repeat(800)}"\n"second line": 1\n`,
      'src/a.ts': "// nothing\nexport const a = 1;\n",
    });
    symlinkSync(path.join(outside, 'api.json'), path.join(root, 'gateway/linked.json'));
    const outcome = run(['--format', 'json', '.'], { cwd: root });
    const report = JSON.parse(outcome.stdout) as { problems: { file: string; code: string; message: string }[] };
    expect(report.problems.filter((problem) => problem.file.endsWith('linked.json')).map((problem) => problem.code)).toContain('outside-root');
    expect(outcome.stdout).not.toContain('zzzzzzzzzz');
    const parse = report.problems.find((problem) => problem.file.endsWith('broken.json'));
    expect(parse?.code).toBe('parse-error');
    expect(parse!.message.length).toBeLessThan(320);
    expect(parse!.message).not.toContain('hunter2-pw');
    expect(parse!.message).not.toContain('\n');
  });

  it('quoteOneLine: first non-empty line, cut, redacted, escaped', () => {
    expect(quoteOneLine('\n bad token at https://u:p4ss@h.example/x \nmore')).toBe('bad token at https://***@h.example/x');
    expect(quoteOneLine('a'.repeat(500)).length).toBe(161);
  });
});
