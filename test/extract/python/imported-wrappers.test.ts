/**
 * A wrapper of another module called from a file the Python pre-filter skips (no client, no URL scheme, no setting in
 * its text): the file is parsed after all once `get_json` is known to pass its parameter into a request (see
 * src/resolve/wrapper-callers.ts). Fixture: fixtures/extract/python/imported-wrappers.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/index.js';

const repo = path.resolve(import.meta.dirname, '../../..');

describe('Python wrappers called from a file the pre-filter skips', () => {
  it('reports the wrapper call and gives the wrapper its caller\'s URL', async () => {
    const result = await lint({ cwd: repo, paths: ['fixtures/extract/python/imported-wrappers'], now: new Date('2026-12-01T00:00:00Z') });
    expect(result.calls.map((call) => `${call.file}:${call.line} ${call.client} ${call.targets.map((target) => target.url ?? '?').join(' ')}`)).toEqual([
      'fleet/transport.py:5 requests http://fleet-api:8080/vehicles',
      'jobs/nightly.py:6 wrapper:get_json http://fleet-api:8080/vehicles',
    ]);
    // The wrapper call shows the argument that is the URL, as in the other languages (it showed the whole call).
    expect(result.calls[1]?.expression).toBe('"fleet-api:8080/vehicles"');
  });
});
