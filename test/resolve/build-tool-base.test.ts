/**
 * The base path a front end's build tool puts into the bundle: Create React App's `process.env.PUBLIC_URL` (the path
 * of package.json's `homepage`) and Vite's `import.meta.env.BASE_URL` (the config's `base`). Both are paths on the
 * page's own origin, not variables for the deployment to bind.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { scanWorkspace, type WorkspaceScan } from './workspace-scan.js';

describe('build tools` base paths', () => {
  let scan: WorkspaceScan;
  beforeAll(async () => {
    scan = await scanWorkspace('resolve/build-tool-base');
  });

  it('CRA: PUBLIC_URL is the path of the homepage', () => {
    const targets = scan.callAt('cra/src/api.js', 6).targets.map((target) => [target.url, target.zone]);
    expect(targets).toEqual([['/registry/api/students', 'self']]);
    expect(scan.unboundEnv).not.toContain('PUBLIC_URL');
  });

  it('Vite: BASE_URL is each base of the config, never an environment variable of that name', () => {
    const targets = scan.callAt('spa/src/api.js', 6).targets.map((target) => [target.url, target.zone]);
    expect(targets).toEqual([
      ['/api/topics', 'self'],
      ['/projects/api/topics', 'self'],
    ]);
  });
});
