/**
 * A base path of `/` (CRA's PUBLIC_URL, a BASE_PATH at the root) put before a path (`${PUBLIC_URL}/mocking`) is the
 * path `/mocking` on the app's own origin: never the protocol-relative `//mocking`, a host named `mocking`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { scanWorkspace, type WorkspaceScan } from './workspace-scan.js';

describe('a root base path before a path', () => {
  let scan: WorkspaceScan;
  beforeAll(async () => {
    scan = await scanWorkspace('resolve/root-base-path');
  });

  it('the Dockerfile value `/` joined with `/reset` is the path /reset, next to the development origin', () => {
    const targets = scan.callAt('src/admin.js', 6).targets.map((target) => [target.url, target.host, target.zone]);
    expect(targets).toEqual([
      ['http://localhost:3001/reset', 'localhost', 'unknown'],
      ['/reset', null, 'self'],
    ]);
  });

  it('the env var read in the template itself', () => {
    expect(scan.callAt('src/admin.js', 8).targets.map((target) => [target.url, target.host, target.zone])).toEqual([['/mocking', null, 'self']]);
  });

  it('a protocol-relative URL written whole keeps its host', () => {
    expect(scan.callAt('src/admin.js', 11).targets.map((target) => target.host)).toEqual(['cdn.example.org']);
  });
});
