/**
 * A URL parameter's default (`target = process.env.RESULTS_HOOK_URL`) is what a caller that leaves the argument out
 * sends to, and a possible target when no caller is known; a caller that passes one sends there.
 * Options a wrapper destructures with a rest element and spreads into the request keep the caller's method.
 * Fixtures: fixtures/extract/typescript/default-parameters, fixtures/extract/typescript/rest-options.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/index.js';

const repo = path.resolve(import.meta.dirname, '../../..');

describe('TS wrapper parameters', () => {
  it('the default is the URL when the argument is left out', async () => {
    const result = await lint({ cwd: repo, paths: ['fixtures/extract/typescript/default-parameters'], now: new Date('2026-12-07T00:00:00Z') });
    expect(result.calls.map((call) => `${call.file.split('/').pop()}:${call.line} ${call.client} ${call.targets.map((target) => target.url ?? target.zone).join(' ')}`)).toEqual([
      // One caller leaves the target out (the env var's value), one passes its own.
      'notify.ts:4 fetch https://ledger.example.org/hooks https://audit.example.org/hooks',
      // Called nowhere: whatever a caller would pass, or the default.
      'notify.ts:8 fetch unresolved https://status.example.org/ping',
      'solve.ts:6 wrapper:notify https://audit.example.org/hooks',
      'solve.ts:7 fetch /api/solved',
    ]);
    expect(result.calls[0]?.targets[0]?.via).toContain('default of parameter target');
  });

  it('options destructured with a rest element (`const { timeout, ...rest } = init || {}`) pass the caller’s method on', async () => {
    const result = await lint({ cwd: repo, paths: ['fixtures/extract/typescript/rest-options'], now: new Date('2026-12-07T00:00:00Z') });
    expect(result.calls.map((call) => `${call.file.split('/').pop()}:${call.line} ${call.client} ${call.method}`)).toEqual([
      'billing.ts:4 wrapper:send POST',
      'billing.ts:5 wrapper:send GET',
      // The request inside the wrapper is listed once, with a method one of its callers gives.
      'http.ts:6 node-fetch POST',
    ]);
  });
});

