/**
 * Create React App's development server proxy written in package.json (`"proxy": "http://backend:3100"`, and CRA 1's
 * object form with a `target` per path): a client configuration of `cra-dev-proxy`, as `src/setupProxy.js` is, listed
 * and never judged (a development tool). Before, only setupProxy.js was read. Fixture:
 * fixtures/extract/typescript/cra-package-proxy.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/index.js';

const repo = path.resolve(import.meta.dirname, '../../..');

describe("Create React App's proxy in package.json", () => {
  it('is a development server\'s client configuration, at its line', async () => {
    const result = await lint({ cwd: repo, paths: ['fixtures/extract/typescript/cra-package-proxy'], now: new Date('2026-12-01T00:00:00Z') });
    const proxies = result.calls.filter((call) => call.client === 'cra-dev-proxy');
    expect(proxies.map((call) => `${call.file}:${call.line}:${call.column} ${call.kind} ${call.targets.map((target) => target.url).join(' ')}`)).toEqual([
      'legacy/package.json:6:25 client-config http://legacy-backend:8080',
      'legacy/package.json:7:26 client-config http://login.example.org',
      'web/package.json:8:12 client-config http://theses-backend:3100',
    ]);
    // A development tool: never judged.
    expect(result.findings.filter((finding) => finding.file.endsWith('package.json'))).toEqual([]);
  });
});
