/**
 * Laravel's pending requests: one built on in steps and kept in a variable (`$request = $request->retry(2)`, also in a
 * branch) is still the client, and `send('PROPFIND', $url)` sends with the method it names (also on what a method of the
 * class returns, `$this->http()->send(…)`). Fixture: fixtures/extract/php/laravel-pending-requests.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/index.js';

const repo = path.resolve(import.meta.dirname, '../../..');

describe('Laravel pending requests', () => {
  it('requests on a pending request built in steps, and send with a method', async () => {
    const result = await lint({ cwd: repo, paths: ['fixtures/extract/php/laravel-pending-requests'], now: new Date('2026-12-07T00:00:00Z') });
    expect(result.calls.map((call) => `${call.line} ${call.client} ${call.method} ${call.targets.map((target) => target.url ?? target.zone).join(' ')}`)).toEqual([
      '18 LaravelHttp PROPFIND https://dav.example.org/.well-known/carddav',
      '28 LaravelHttp GET https://dav.example.org/addressbooks/',
      '33 LaravelHttp PATCH https://dav.example.org/cards/{parameter id}',
    ]);
  });
});
