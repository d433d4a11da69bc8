/**
 * Issue 16, item 4: long chains of definitions never crash the scan. 800 constants each defined from the
 * previous, 700 modules importing each other in a chain (TypeScript), and 800 chained constants in Python and
 * Java used to end in `RangeError: Maximum call stack size exceeded` and no report. Now the call is reported,
 * unresolved (too deep), with one `definition-too-deep` warning; a short chain still resolves.
 */
import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';
import { writeTree } from '../helpers/file-tree.js';
import { assertBuilt, run } from '../cli/subprocess.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
beforeAll(() => assertBuilt());

function workspace(files: Record<string, string>): string {
  const root = realpathSync(mkdtempSync(path.join(tmpdir(), 'arch-lint-deep-')));
  dirs.push(root);
  writeTree(root, { 'arch-lint.config.yaml': '# a Helsinki service\nextends: helsinki\n', ...files });
  return root;
}

interface Report {
  calls: { file: string; targets: { unresolved?: string; host?: string; via?: string[] }[] }[];
  problems: { code: string; file: string }[];
}

function scan(root: string): Report {
  const outcome = run(['--format', 'json', '.'], { cwd: root });
  expect(outcome.stderr).not.toMatch(/RangeError|crashed/);
  expect([0, 1]).toContain(outcome.code);
  return JSON.parse(outcome.stdout) as Report;
}

function chain(count: number, first: string, next: (i: number) => string): string[] {
  return [first, ...Array.from({ length: count - 1 }, (_, index) => next(index + 1))];
}

describe('chains of definitions', () => {
  it('800 chained TypeScript constants: the call is reported unresolved (too deep), with a warning', () => {
    const lines = chain(800, '// 800 constants, each from the previous\nconst a0 = "https://sisu.it.helsinki.fi";', (i) => `const a${i} = a${i - 1} + "/x";`);
    const report = scan(workspace({ 'src/chain.ts': `${lines.join('\n')}\nfetch(a799);\n` }));
    expect(report.calls).toHaveLength(1);
    expect(JSON.stringify(report.calls[0])).toContain('too deep');
    expect(report.problems.map((problem) => problem.code)).toContain('definition-too-deep');
  });

  it('700 chained TypeScript modules', () => {
    const files: Record<string, string> = { 'src/m0.ts': '// the start of a chain of modules\nexport const u = "https://sisu.it.helsinki.fi";\n' };
    for (let i = 1; i < 700; i++) files[`src/m${i}.ts`] = `import { u as p } from './m${i - 1}';\nexport const u = p + "/x";\n`;
    files['src/main.ts'] = "import { u } from './m699';\nfetch(u);\n";
    const report = scan(workspace(files));
    expect(report.calls.filter((call) => call.file === 'src/main.ts')).toHaveLength(1);
    expect(report.problems.map((problem) => problem.code)).toContain('definition-too-deep');
  });

  it('800 chained Python constants', () => {
    const lines = chain(800, '# 800 constants\nimport requests\nA0 = "https://sisu.it.helsinki.fi"', (i) => `A${i} = A${i - 1} + "/x"`);
    const report = scan(workspace({ 'app/chain.py': `${lines.join('\n')}\nrequests.get(A799)\n` }));
    expect(report.calls).toHaveLength(1);
  });

  it('800 chained Java constants', () => {
    const lines = chain(800, '  static final String A0 = "https://sisu.it.helsinki.fi";', (i) => `  static final String A${i} = A${i - 1} + "/x";`);
    const java = `// 800 constants in a class\nimport java.net.http.HttpClient;\nimport java.net.http.HttpRequest;\nimport java.net.URI;\nclass Chain {\n${lines.join('\n')}\n  void go() { HttpRequest.newBuilder(URI.create(A799)).build(); }\n}\n`;
    const report = scan(workspace({ 'src/main/java/Chain.java': java }));
    expect(report.calls.length).toBeLessThanOrEqual(1);
  });

  it('a chain of 50 still resolves to its host, without a warning', () => {
    const lines = chain(50, '// 50 constants\nconst a0 = "https://sisu.it.helsinki.fi";', (i) => `const a${i} = a${i - 1} + "/x";`);
    const report = scan(workspace({ 'src/chain.ts': `${lines.join('\n')}\nfetch(a49);\n` }));
    expect(JSON.stringify(report.calls[0])).toContain('sisu.it.helsinki.fi');
    expect(JSON.stringify(report.calls[0])).not.toContain('too deep');
    expect(report.problems.map((problem) => problem.code)).not.toContain('definition-too-deep');
  });

  it('time grows linearly: doubling a chain (and the file) at most ~2.5× the time', async () => {
    const file = (count: number) => `${chain(count, '// a long chain\nconst a0 = "https://sisu.it.helsinki.fi";', (i) => `const a${i} = a${i - 1} + "/x";`).join('\n')}\nfetch(a${count - 1});\n`;
    const small = workspace({ 'src/chain.ts': file(3000) });
    const large = workspace({ 'src/chain.ts': file(6000) });
    const timed = async (root: string) => {
      const start = performance.now();
      await lint({ cwd: root });
      return performance.now() - start;
    };
    await timed(small); // warm-up: the TypeScript compiler loads once
    const smallTime = Math.min(await timed(small), await timed(small));
    const largeTime = Math.min(await timed(large), await timed(large));
    // Linear is 2×; 3× leaves room for a busy machine.
    expect(largeTime / smallTime).toBeLessThan(3);
  }, 120_000);
});
