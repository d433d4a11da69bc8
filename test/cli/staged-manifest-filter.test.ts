/**
 * `--staged` parses only the manifests that can matter to the staged code (docs/performance.md): those that
 * mention an env var or config key it reads, the ConfigMaps the Deployments binding them refer to, and anything
 * that may load values from elsewhere. Recall first: a binding the full scan would use must still be found.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestMayMatter, manifestNeedles, normalizedName } from '../../src/discover/staged.js';
import { emptyFacts } from '../../src/extract/facts.js';
import { lint } from '../../src/lint.js';
import type { DiscoveredFile, FileFacts } from '../../src/model.js';
import { copyFixture, git, initRepo } from './subprocess.js';

const plannerChange = [
  '// The staged change: two calls whose backends are bound only in ops/prod.',
  'export const courses = () => fetch(`${process.env.COURSES_API_URL}/courses`);',
  'export const rooms = () => fetch(`${process.env.ROOMS_API_URL}/rooms`);',
  '',
].join('\n');

function stagedPlannerRepo(): string {
  const dir = copyFixture('staged-manifest-filter');
  initRepo(dir);
  writeFileSync(path.join(dir, 'src/planner.ts'), plannerChange);
  git(dir, 'add', 'src/planner.ts');
  return dir;
}

function manifest(relPath: string, manifestKind: 'kubernetes' | 'compose' | 'dotenv' | 'spring'): DiscoveredFile {
  return { absPath: `/repo/${relPath}`, path: relPath, kind: { type: 'manifest', manifest: manifestKind }, size: 0 };
}

function codeReading(env: string[], config: string[] = []): FileFacts {
  const facts = emptyFacts('src/app.ts', 'typescript');
  facts.symbols = Object.fromEntries([...env.map((name) => [name, { kind: 'env', name }]), ...config.map((key) => [key, { kind: 'config', key }])]);
  return facts;
}

describe('--staged manifest filter, end to end', () => {
  it('finds a binding written in a manifest that names the env var, and one reached only through a ConfigMap', async () => {
    const dir = stagedPlannerRepo();
    let parsed = 0;
    const result = await lint({ cwd: dir, staged: true, onProgress: (_done, total) => (parsed = total) });
    const hostsByCall = Object.fromEntries(result.calls.map((call) => [call.enclosing, call.targets.map((target) => target.host)]));
    expect(result.scope?.files).toEqual(['src/planner.ts']);
    expect(hostsByCall).toEqual({ courses: ['courses.example-university.fi'], rooms: ['rooms.example-university.fi'] });
    const rooms = result.calls.find((call) => call.enclosing === 'rooms')!;
    expect(rooms.targets[0]!.binding?.file).toBe('ops/prod/planner-endpoints.yaml');
    expect(result.unboundEnv).toEqual([]);
    // The planner file, its Deployment and ConfigMap; not the library team's Deployment.
    expect(parsed).toBe(3);
  });

  it('reports what a staged run without the filter reported: the unrelated Deployment changes nothing', async () => {
    const dir = stagedPlannerRepo();
    const filtered = await lint({ cwd: dir, staged: true });
    // The same repository with the library Deployment binding one of the planner's env vars: now it is parsed.
    const library = path.join(dir, 'ops/library/library-deployment.yaml');
    writeFileSync(library, readFileSync(library, 'utf8').replace('LIBRARY_SEARCH_URL', 'COURSES_API_URL'));
    const widened = await lint({ cwd: dir, staged: true });
    expect(filtered.calls.find((call) => call.enclosing === 'courses')!.targets.map((target) => target.host)).toEqual(['courses.example-university.fi']);
    expect(widened.calls.find((call) => call.enclosing === 'courses')!.targets.map((target) => target.host).sort()).toEqual(['courses.example-university.fi', 'finna.example.fi']);
  });
});

describe('manifestMayMatter', () => {
  const deployment = (env: string) => `apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          env:\n            - name: ${env}\n              value: https://x.example.fi\n`;

  it('parses a manifest naming an env var the code reads, not one naming only others', () => {
    const needles = manifestNeedles([codeReading(['SISU_URL'])]);
    expect(manifestMayMatter(manifest('deploy/a.yaml', 'kubernetes'), deployment('SISU_URL'), needles)).toBe(true);
    expect(manifestMayMatter(manifest('deploy/b.yaml', 'kubernetes'), deployment('ORGREG_URL'), needles)).toBe(false);
  });

  it("matches a config key's Spring relaxed and .NET forms, and nested YAML, by its last segment", () => {
    const needles = manifestNeedles([codeReading([], ['sisu.base-url'])]);
    expect(manifestMayMatter(manifest('deploy/app.env', 'dotenv'), 'SISU_BASEURL=https://sisu.example.fi\n', needles)).toBe(true);
    expect(manifestMayMatter(manifest('deploy/application.yml', 'spring'), 'sisu:\n  timeout: 5\n  baseUrl: https://sisu.example.fi\n', needles)).toBe(true);
    expect(manifestMayMatter(manifest('deploy/other.env', 'dotenv'), 'ORGREG_URL=https://orgreg.example.fi\n', needles)).toBe(false);
  });

  it('parses anything that loads values from elsewhere, and manifests beside or above the code', () => {
    const needles = manifestNeedles([codeReading(['SISU_URL'])]);
    expect(manifestMayMatter(manifest('ops/compose.yaml', 'compose'), 'services:\n  app:\n    env_file: app.env\n', needles)).toBe(true);
    expect(manifestMayMatter(manifest('ops/deploy.yaml', 'kubernetes'), 'kind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n        - envFrom:\n            - configMapRef:\n                name: common\n', needles)).toBe(true);
    expect(manifestMayMatter(manifest('src/.env', 'dotenv'), 'ORGREG_URL=https://orgreg.example.fi\n', needles)).toBe(true);
    expect(manifestMayMatter(manifest('docker-compose.yml', 'compose'), 'services:\n  db:\n    image: postgres\n', needles)).toBe(true);
  });

  it("follows what a relevant binding refers to: another env var, a ConfigMap, a host's declaration", () => {
    const deploymentFacts = emptyFacts('ops/deploy.yaml', 'kubernetes');
    const at = { file: 'ops/deploy.yaml', line: 1, column: 1 };
    deploymentFacts.bindings = [
      { type: 'env', name: 'SISU_URL', value: '${SISU_HOST}/api', loc: at, source: 'kubernetes', environment: null, service: null },
      { type: 'env', name: 'SISU_TOKEN', value: '${configmap:sisu-settings:token}', loc: at, source: 'kubernetes', environment: null, service: null, ref: { kind: 'configmap', name: 'sisu-settings', key: 'token', optional: false } },
      { type: 'env', name: 'ORGREG_URL', value: 'https://orgreg.example.fi', loc: at, source: 'kubernetes', environment: null, service: null },
    ];
    const needles = manifestNeedles([codeReading(['SISU_URL', 'SISU_TOKEN']), deploymentFacts]);
    expect(needles.names.has(normalizedName('SISU_HOST'))).toBe(true);
    expect(needles.names.has(normalizedName('sisu-settings'))).toBe(true);
    // ORGREG_URL is bound there but never read: its value's host does not widen the filter.
    expect(needles.names.has('orgreg')).toBe(false);
  });
});

describe('manifestNeedles and hosts', () => {
  it('names the workload behind a host the code calls, so the file saying which service runs it is parsed', () => {
    const routeFacts = emptyFacts('ops/route.yaml', 'kubernetes');
    routeFacts.hosts = [{ host: 'timetable.apps.example.fi', loc: { file: 'ops/route.yaml', line: 5, column: 3 }, workload: 'rooms-backend', source: 'route' }];
    const code = emptyFacts('src/app.ts', 'typescript');
    code.symbols = { ROOMS: { kind: 'lit', value: 'https://timetable.apps.example.fi/api' } };
    const needles = manifestNeedles([code, routeFacts]);
    expect(manifestMayMatter(manifest('ops/rooms-compose.yaml', 'compose'), 'services:\n  rooms-backend:\n    build: ../rooms\n', needles)).toBe(true);
    expect(manifestMayMatter(manifest('ops/other-compose.yaml', 'compose'), 'services:\n  library:\n    build: ../library\n', needles)).toBe(false);
  });
});
