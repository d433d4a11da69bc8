/**
 * A cache location that cannot be written (here: a file stands where its folder should be, which stops root too)
 * costs speed, not the scan: each cache write becomes a `cache-unwritable` warning, the findings and the exit code
 * are those of a run without `--cache`.
 */
import { mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../../src/lint.js';
import { writeTree } from '../helpers/file-tree.js';
import { assertBuilt, run } from '../cli/subprocess.js';

beforeAll(assertBuilt);

function workspace(): { root: string; blockedCache: string } {
  const scratch = realpathSync(mkdtempSync(path.join(tmpdir(), 'arch-lint-unwritable-cache-')));
  const root = path.join(scratch, 'service');
  writeTree(root, {
    'arch-lint.config.yaml': 'extends: helsinki\n',
    'src/grades.ts': "export const grades = () => fetch('https://oodikone.it.helsinki.fi/api/grades');\n",
  });
  writeFileSync(path.join(scratch, 'not-a-folder'), 'a file where the cache folder should be\n');
  return { root, blockedCache: path.join(scratch, 'not-a-folder', 'cache') + path.sep };
}

describe('--cache where the cache cannot be written', () => {
  it('warns (cache-unwritable) and reports what a run without the cache reports', async () => {
    const { root, blockedCache } = workspace();
    const withCache = await lint({ cwd: root, cache: blockedCache });
    const without = await lint({ cwd: root });
    expect(withCache.problems.map((problem) => `${problem.severity} ${problem.code}`)).toContain('warning cache-unwritable');
    expect(withCache.problems.find((problem) => problem.code === 'cache-unwritable')?.message).toMatch(/cannot write the cache .*not-a-folder.*ENOTDIR/);
    expect(withCache.findings).toEqual(without.findings);
  });

  it('through the CLI: exit 1 for the finding (not 2), the warning on the report', () => {
    const { root, blockedCache } = workspace();
    const outcome = run(['--cache', '--cache-location', blockedCache, '--format', 'json'], { cwd: root });
    expect(outcome.stderr).not.toContain('crashed');
    expect(outcome.code).toBe(1);
    const report = JSON.parse(outcome.stdout) as { problems: { code: string }[]; summary: { errors: number } };
    expect(report.problems.map((problem) => problem.code)).toContain('cache-unwritable');
    expect(report.summary.errors).toBe(1);
  });
});
