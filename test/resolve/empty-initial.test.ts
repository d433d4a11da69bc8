/**
 * An empty string the code starts a variable with and replaces (`String requestUrl = ""`, then set in both branches)
 * is never requested while another value is possible: no `unresolved: the value is empty` target beside the real
 * ones. An empty value from the deployment stays (`REPORTS_URL: ""` in compose), and so does an empty string that is
 * all there is; but not where `||` (Python's `or`, PHP's `?:`) makes the next option apply to an empty value
 * (`process.env.BASE_PATH || ''`), which `??` does not. A null in another branch (`inProduction ? DSN : null`, Python's `target = None` then set) is no target
 * either. Fixture: fixtures/resolve/empty-initial.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';

const repo = path.resolve(import.meta.dirname, '../..');

describe('an empty initial value', () => {
  it('is no target beside the values that replace it', async () => {
    const result = await lint({ cwd: repo, paths: ['fixtures/resolve/empty-initial'], now: new Date('2026-12-01T00:00:00Z') });
    const calls = result.calls.map((call) => `${call.file.split('/').pop()}:${call.line} ${call.targets.map((target) => `${target.url ?? target.via.at(-1)}`).join(' | ')}`);
    expect(calls).toEqual([
      'TripClient.java:16 http://fast-trips:12346/api/v1/trips | http://slow-trips:16346/api/v1/trips',
      'sync.py:10 unresolved: REPORTS_URL is empty | https://reports.example.org/api/reports',
      'sync.py:16 unresolved: the value is empty',
      'sync.py:24 https://archive.example.org/api/nightly',
      'sync.py:32 https://audit.example.org/api/entries',
      'monitoring.js:7 https://public@sentry.example.org/12',
      // `BASE_PATH || ''` with BASE_PATH empty in compose: '' applies there, a path on the app's own origin.
      'rooms.js:3 /api/rooms',
      'rooms.js:7 unresolved: EVENTS_URL is empty | https://events.example.org/api/events',
    ]);
  });
});
