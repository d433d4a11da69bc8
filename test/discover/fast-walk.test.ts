import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeTree } from '../helpers/file-tree.js';
import { ALWAYS_SKIPPED_DIRS, discover, type DiscoverResult } from '../../src/discover/index.js';
import { walkWithGitignore } from '../../src/discover/walk.js';

/**
 * discover() walks folders itself (with .gitignore) when include/exclude are the defaults, and uses globby
 * otherwise. A config exclude that matches nothing forces the globby path: both must find the same files and
 * report the same problems, on a tree with the .gitignore forms people write.
 */
const FORCE_GLOBBY = ['**/__no-such-folder__/**'];

function repository(): string {
  const top = mkdtempSync(path.join(tmpdir(), 'arch-lint-fast-walk-'));
  const files: Record<string, string> = {
    '.gitignore': '# repository-wide\n*.log\n/generated/\nbuild-output/\n!keep.log\ntmp*\n',
    'generated/schema.ts': '',
    'app/generated/routes.ts': '', // `/generated/` is anchored at the repository root
    'app/.gitignore': 'secrets.env\n!important.tmp\nlocal/\n',
    'app/.env': 'API_URL=https://gw.api.helsinki.fi\n',
    'app/secrets.env': 'TOKEN=x\n',
    'app/src/client.ts': '',
    'app/src/debug.log': '',
    'app/src/keep.log': '',
    'app/src/tmp-data.ts': '',
    'app/src/important.tmp': '',
    'app/build-output/bundle.ts': '',
    'app/local/scratch.ts': '',
    'app/local/.gitignore': '!scratch.ts\n', // cannot re-include below an ignored folder
    'app/pkg/.gitignore': '*.ts\n!index.ts\n',
    'app/pkg/index.ts': '',
    'app/pkg/other.ts': '',
    'app/pkg/node_modules/dep/index.js': '',
    'app/pkg/bundle.min.js': '',
    'app/pkg/build': 'a file named like a skipped folder\n',
    'app/nested/deep/.gitignore': '!*.log\n',
    'app/nested/deep/trace.log': '',
    'app/nested/deep/deploy.yaml': 'apiVersion: v1\nkind: ConfigMap\n',
    'app/docs/api/openapi.yaml': 'openapi: 3.0.0\n',
  };
  writeTree(top, files);
  mkdirSync(path.join(top, '.git'));
  writeFileSync(path.join(top, '.git', 'HEAD'), 'ref: refs/heads/main\n');
  symlinkSync(path.join(top, 'app/src/client.ts'), path.join(top, 'app/client-link.ts'));
  symlinkSync(path.join(top, 'app/missing.ts'), path.join(top, 'app/broken-link.ts'));
  symlinkSync(path.join(top, 'app/src'), path.join(top, 'app/dist')); // named like a skipped folder
  symlinkSync(tmpdir(), path.join(top, 'app/outside'));
  return top;
}

const summary = (result: DiscoverResult) => ({ files: result.files, problems: result.problems });

describe('discover: fast walk', () => {
  const top = repository();

  it('is available (the gitignore matcher loads), so the comparisons below compare two different walks', () => {
    const walked = walkWithGitignore(top, top, { skipNames: new Set(ALWAYS_SKIPPED_DIRS), skipSuffixes: ['.min.js'] });
    expect(walked?.files.map((file) => path.relative(top, file)).sort()).toContain('app/pkg/index.ts');
    expect(walked?.files.map((file) => path.relative(top, file))).not.toContain('app/pkg/other.ts');
  });

  it('finds what globby finds from the repository root', async () => {
    const fast = await discover({ root: top });
    expect(fast.files.map((file) => file.path)).toEqual([
      'app/.env',
      'app/client-link.ts',
      'app/docs/api/openapi.yaml',
      'app/generated/routes.ts',
      'app/nested/deep/deploy.yaml',
      'app/pkg/index.ts',
      'app/src/client.ts',
    ]);
    expect(summary(fast)).toEqual(summary(await discover({ root: top, exclude: FORCE_GLOBBY })));
  });

  it('applies the .gitignore files above the scan root, as globby does', async () => {
    const root = path.join(top, 'app');
    const fast = await discover({ root });
    expect(fast.files.map((file) => file.path)).not.toContain('src/debug.log');
    expect(summary(fast)).toEqual(summary(await discover({ root, exclude: FORCE_GLOBBY })));
  });

  it('walks a sub-folder given as a path with the .gitignore files above it', async () => {
    const root = path.join(top, 'app');
    const paths = [path.join(root, 'nested')];
    const fast = await discover({ root, paths });
    expect(fast.files.map((file) => file.path)).toEqual(['nested/deep/deploy.yaml']);
    expect(summary(fast)).toEqual(summary(await discover({ root, paths, exclude: FORCE_GLOBBY })));
  });

  it('works outside a git repository (only the root .gitignore and those below it)', async () => {
    const plain = mkdtempSync(path.join(tmpdir(), 'arch-lint-fast-walk-plain-'));
    mkdirSync(path.join(plain, 'src/reports'), { recursive: true });
    writeFileSync(path.join(plain, '.gitignore'), 'reports/\n');
    writeFileSync(path.join(plain, 'src/app.ts'), '');
    writeFileSync(path.join(plain, 'src/reports/weekly.ts'), '');
    const fast = await discover({ root: plain });
    expect(fast.files.map((file) => file.path)).toEqual(['src/app.ts']);
    expect(summary(fast)).toEqual(summary(await discover({ root: plain, exclude: FORCE_GLOBBY })));
  });
});
