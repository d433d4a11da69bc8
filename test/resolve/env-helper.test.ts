/**
 * A TypeScript settings helper that reads the env var its caller names (`readEnv('STORE_URL', 'placeholder')` with
 * `process.env[name]` inside), in a file whose only sign is the setting's `_URL` name: the deployment's binding of that
 * env var is the value. Fixture: fixtures/resolve/env-helper.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';

const repo = path.resolve(import.meta.dirname, '../..');

describe('TS env helpers given the name', () => {
  it('the env var a caller names is read through the helper', async () => {
    const result = await lint({ cwd: repo, paths: ['fixtures/resolve/env-helper'], now: new Date('2026-12-07T00:00:00Z') });
    const call = result.calls[0];
    expect(call?.targets.map((target) => target.url ?? target.zone)).toEqual(['unresolved', 'http://store.shop.svc.cluster.local:8080/items/{parameter id}']);
    expect(call?.targets[1]?.via).toContain('env:STORE_URL');
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(['no-direct-integration']);
  });
});
