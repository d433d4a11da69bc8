import { chmodSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeTree } from '../helpers/file-tree.js';
import { ALWAYS_SKIPPED_DIRS, classifyFile, discover, MAX_FILE_BYTES, readDiscoveredFile } from '../../src/discover/index.js';
import { nodeConfigDirsOf } from '../../src/discover/classify.js';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures/discover');

function workspace(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'arch-lint-discover-'));
  writeTree(root, files);
  return root;
}

describe('discover', () => {
  it('honours .gitignore and config exclude patterns', async () => {
    const root = path.join(fixtures, 'gitignored');
    const all = await discover({ root });
    expect(all.files.map((file) => file.path)).toEqual(['src/client.test.ts', 'src/client.ts']);
    const excluded = await discover({ root, exclude: ['**/*.test.ts'] });
    expect(excluded.files.map((file) => file.path)).toEqual(['src/client.ts']);
  });

  it('honours include patterns', async () => {
    const root = workspace({ 'services/a/index.ts': '', 'scripts/b.ts': '' });
    const { files } = await discover({ root, include: ['services/**'] });
    expect(files.map((file) => file.path)).toEqual(['services/a/index.ts']);
  });

  it('always skips dependency, build and vendored folders and minified files', async () => {
    const files: Record<string, string> = { 'src/app.ts': '', 'public/lib.min.js': '', 'web/flow-typed/npm/axios_v0.x.x.js': "declare module 'axios' {}" };
    for (const dir of ALWAYS_SKIPPED_DIRS) files[`pkg/${dir}/x.js`] = '';
    const root = workspace(files);
    const found = await discover({ root });
    expect(found.files.map((file) => file.path)).toEqual(['src/app.ts']);
  });

  /** What discovery's stat records (times and inode vary; the size must match). */
  const statOf = (size: number): unknown => ({ size, mtimeMs: expect.any(Number), ctimeMs: expect.any(Number), ino: expect.any(Number) });

  it('gives each file its kind, size and absolute path', async () => {
    const root = workspace({ 'src/app.ts': 'export {};\n', '.env.example': 'A=1\n', 'deploy/app.yaml': 'kind: Deployment\n', 'README.md': '#\n' });
    const { files } = await discover({ root });
    expect(files).toEqual([
      { absPath: path.join(root, '.env.example'), path: '.env.example', kind: { type: 'manifest', manifest: 'dotenv' }, size: 4, stat: statOf(4) },
      { absPath: path.join(root, 'deploy/app.yaml'), path: 'deploy/app.yaml', kind: { type: 'manifest', manifest: 'kubernetes' }, size: 17, stat: statOf(17) },
      { absPath: path.join(root, 'src/app.ts'), path: 'src/app.ts', kind: { type: 'source', language: 'typescript' }, size: 11, stat: statOf(11) },
    ]);
  });

  it('include patterns stay root-relative when a sub-directory is scanned', async () => {
    const root = workspace({ 'services/a/src/index.ts': '', 'services/a/scripts/seed.ts': '', 'services/b/src/index.ts': '' });
    const { files } = await discover({ root, paths: [path.join(root, 'services/a')], include: ['services/*/src/**'] });
    expect(files.map((file) => file.path)).toEqual(['services/a/src/index.ts']);
  });

  it('accepts files and directories as paths', async () => {
    const root = workspace({ 'a/one.ts': '', 'b/two.ts': '', 'c/three.ts': '' });
    const { files } = await discover({ root, paths: [path.join(root, 'a'), path.join(root, 'c/three.ts')] });
    expect(files.map((file) => file.path)).toEqual(['a/one.ts', 'c/three.ts']);
  });

  it('a missing path is a usage error', async () => {
    await expect(discover({ root: tmpdir(), paths: ['/no/such/dir'] })).rejects.toThrow(/no such file or directory/);
  });

  it('skips files over 2 MB with a problem', async () => {
    const root = workspace({ 'src/bundle.js': Buffer.alloc(MAX_FILE_BYTES + 1, 0x61), 'src/app.ts': '' });
    const { files, problems } = await discover({ root });
    expect(files.map((file) => file.path)).toEqual(['src/app.ts']);
    expect(problems).toEqual([{ file: 'src/bundle.js', severity: 'warning', code: 'too-large', message: expect.stringContaining('skipped') }]);
  });

  it('reports a symlink loop and a broken symlink, and still scans the rest', async () => {
    const root = workspace({ 'src/app.ts': '', 'shared/util.ts': '' });
    symlinkSync('..', path.join(root, 'src/parent')); // directory loop
    symlinkSync('self.ts', path.join(root, 'self.ts')); // link to itself (ELOOP)
    symlinkSync('missing.ts', path.join(root, 'src/broken.ts'));
    symlinkSync('../shared/util.ts', path.join(root, 'src/util.ts')); // a good file link is followed
    const { files, problems } = await discover({ root });
    expect(files.map((file) => file.path)).toEqual(['shared/util.ts', 'src/app.ts', 'src/util.ts']);
    expect(problems.map((problem) => [problem.file, problem.code])).toEqual([
      ['self.ts', 'symlink-loop'],
      ['src/broken.ts', 'broken-symlink'],
      ['src/parent', 'symlink-loop'],
    ]);
    for (const problem of problems) expect(problem.message).toMatch(/skipped|not followed/);
  });

  it('reports a symlinked directory outside the root instead of following it', async () => {
    const outside = workspace({ 'lib.ts': '' });
    const root = workspace({ 'src/app.ts': '' });
    symlinkSync(outside, path.join(root, 'linked'));
    const { files, problems } = await discover({ root });
    expect(files.map((file) => file.path)).toEqual(['src/app.ts']);
    expect(problems.map((problem) => problem.code)).toEqual(['symlink-outside-root']);
  });
});

describe('readDiscoveredFile', () => {
  it('skips binary files (NUL byte in the first 8 KB)', async () => {
    const root = workspace({ 'logo.ts': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]) });
    const outcome = await readDiscoveredFile({ absPath: path.join(root, 'logo.ts'), path: 'logo.ts' });
    expect(outcome).toEqual({ problem: { file: 'logo.ts', severity: 'warning', code: 'binary', message: expect.stringContaining('skipped') } });
  });

  it('reads text, without a BOM', async () => {
    const root = workspace({ 'a.ts': '\ufefffetch("/x");\n' });
    expect(await readDiscoveredFile({ absPath: path.join(root, 'a.ts'), path: 'a.ts' })).toEqual({ content: 'fetch("/x");\n' });
  });

  it('reports a file that cannot be read', async () => {
    const root = workspace({});
    const outcome = await readDiscoveredFile({ absPath: path.join(root, 'gone.ts'), path: 'gone.ts' });
    expect(outcome).toEqual({ problem: expect.objectContaining({ file: 'gone.ts', code: 'unreadable', message: expect.stringContaining('skipped') }) });
  });

  // Root ignores file permissions, so this guard can only be shown as another user.
  it.skipIf(process.getuid?.() === 0)('reports permission denied (EACCES)', async () => {
    const root = workspace({ 'secret.ts': 'x' });
    chmodSync(path.join(root, 'secret.ts'), 0o000);
    const outcome = await readDiscoveredFile({ absPath: path.join(root, 'secret.ts'), path: 'secret.ts' });
    expect(outcome).toEqual({ problem: expect.objectContaining({ code: 'unreadable', message: expect.stringContaining('permission denied') }) });
  });
});

describe('classifyFile', () => {
  const packageDirs = new Set(['', 'services/api']);
  it.each([
    ['src/a.ts', 'typescript'],
    ['src/a.tsx', 'typescript'],
    ['src/a.mts', 'typescript'],
    ['src/a.cts', 'typescript'],
    ['src/a.js', 'javascript'],
    ['src/a.jsx', 'javascript'],
    ['src/a.mjs', 'javascript'],
    ['src/a.cjs', 'javascript'],
    ['app/main.py', 'python'],
    ['src/Main.java', 'java'],
    ['src/Main.kt', 'kotlin'],
    ['scripts/release.main.kts', 'kotlin'],
    ['cmd/main.go', 'go'],
    ['Api/Client.cs', 'csharp'],
    ['src/Client.php', 'php'],
    ['lib/client.rb', 'ruby'],
    ['src/client.rs', 'rust'],
    ['src/App.vue', 'vue'],
    ['src/App.svelte', 'svelte'],
  ])('%s is %s source', (file, language) => {
    expect(classifyFile(file, { packageDirs })).toEqual({ type: 'source', language });
  });

  it.each([
    ['architecture.yaml', 'service-manifest'],
    ['services/x/architecture.yml', 'service-manifest'],
    ['catalog-info.yaml', 'backstage'],
    ['.env', 'dotenv'],
    ['.env.production', 'dotenv'],
    ['.env.example', 'dotenv'],
    ['deploy/docker.env', 'dotenv'],
    ['.env.template', 'dotenv'],
    ['docker-compose.yml', 'compose'],
    ['docker-compose.prod.yaml', 'compose'],
    ['compose.yaml', 'compose'],
    ['compose.override.yml', 'compose'],
    ['chart/values.yaml', 'helm-values'],
    ['chart/values-prod.yml', 'helm-values'],
    ['src/main/resources/application.yml', 'spring'],
    ['src/main/resources/application-prod.properties', 'spring'],
    ['src/main/resources/bootstrap.yml', 'spring'],
    ['config/src/main/resources/shared/gateway.yml', 'spring'],
    ['config-repo/orders-service.properties', 'spring'],
    ['pom.xml', 'build-module'],
    ['billing/build.gradle', 'build-module'],
    ['billing/build.gradle.kts', 'build-module'],
    ['src/Catalog.API/Catalog.API.csproj', 'build-module'],
    ['notifier/go.mod', 'build-module'],
    ['config/default.json', 'node-config'],
    ['config/production.yaml', 'node-config'],
    ['services/api/config/default.ts', 'node-config'],
    ['config/custom-environment-variables.json', 'node-config'],
    // Names with a source extension that are not source (the fast path for source extensions must leave them).
    ['services/api/config/production.js', 'node-config'],
    ['lib/custom-environment-variables.ts', 'node-config'],
    ['.env.js', 'dotenv'],
    ['docker/Dockerfile.py', 'dockerfile'],
    ['Dockerfile', 'dockerfile'],
    ['docker/api.Dockerfile', 'dockerfile'],
    ['Containerfile', 'dockerfile'],
    ['openapi.yaml', 'openapi'],
    ['api/openapi-v2.json', 'openapi'],
    ['swagger.yml', 'openapi'],
    ['deploy/deployment.yaml', 'kubernetes'],
    ['openshift/route.yml', 'kubernetes'],
  ])('%s is a %s manifest', (file, manifest) => {
    expect(classifyFile(file, { packageDirs })).toEqual({ type: 'manifest', manifest });
  });

  it('a node-config file of a custom environment (config/hy.js beside config/default.js) is node-config; without a default.* beside it, it is source', () => {
    const nodeConfigDirs = nodeConfigDirsOf(['config/default.js', 'config/hy.js', 'services/api/src/config/index.ts']);
    expect(classifyFile('config/hy.js', { packageDirs, nodeConfigDirs })).toEqual({ type: 'manifest', manifest: 'node-config' });
    expect(classifyFile('config/ci-helsinki.json', { packageDirs, nodeConfigDirs })).toEqual({ type: 'manifest', manifest: 'node-config' });
    expect(classifyFile('services/api/config/hy.js', { packageDirs, nodeConfigDirs })).toEqual({ type: 'source', language: 'javascript' });
    expect(classifyFile('config/hy.js', { packageDirs })).toEqual({ type: 'source', language: 'javascript' });
  });

  it('a config/*.ts not next to a package.json is source code', () => {
    expect(classifyFile('src/config/default.ts', { packageDirs })).toEqual({ type: 'source', language: 'typescript' });
  });

  it.each(['README.md', 'public/jquery.min.js', 'types/index.d.ts', 'types/env.d.mts', 'logo.png', 'arch-lint.config.yaml', '.arch-lint.yaml', 'pnpm-lock.yaml', 'patches/.env.patch', '.env.production.diff'])('%s is not read', (file) => {
    expect(classifyFile(file, { packageDirs })).toBeNull();
  });
});
