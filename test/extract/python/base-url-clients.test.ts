/**
 * A client class whose base URL is handed to the parent's constructor (`super().__init__(base_url=…)`,
 * `Parent.__init__(self, url)`, `super().__init__(*args, **kwargs)`), the parent (same module or imported) keeping it in `self.base_url` for its own
 * methods and the subclass's; and a module-level dispatch table of URLs read with a run-time key (`ENDPOINTS[kind]`,
 * `ENDPOINTS.get(kind)`): each entry is a possible target. Fixture: fixtures/extract/python/base-url-clients.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/index.js';

const repo = path.resolve(import.meta.dirname, '../../..');

describe('Python base URLs passed to a parent class, and URL dispatch tables', () => {
  it('resolves what the parent keeps and each entry of a table', async () => {
    const result = await lint({ cwd: repo, paths: ['fixtures/extract/python/base-url-clients'], now: new Date('2026-12-01T00:00:00Z') });
    const calls = result.calls
      .filter((call) => call.kind === 'call')
      .map((call) => `${call.file.split('/').pop()}:${call.line} ${call.client} ${call.targets.map((target) => target.url ?? target.zone).join(' ')}`);
    // `unresolved` beside the default: LIBRARY_URL is bound nowhere in the fixture.
    expect(calls).toEqual([
      'base.py:11 requests unresolved https://library.example.org/api/books',
      'base.py:14 requests unresolved https://library.example.org/api/ping',
      'endpoints.py:11 requests https://users.example.org/v2/users',
      'endpoints.py:15 requests https://users.example.org/v2/users https://groups.example.org/v1/groups',
      'feeds.py:11 requests https://news.example.org/feed/latest',
      'library.py:15 wrapper:ApiClient.get_json unresolved https://library.example.org/api/books',
      'library.py:18 requests unresolved https://library.example.org/api/loans/{parameter user_id}',
      'rooms.py:11 requests https://rooms.example.org/v1/rooms/free',
      'rooms.py:19 wrapper:_Service.fetch https://rooms.example.org/v1/rooms/free',
      'sync.py:8 requests https://users.example.org/v2/users https://groups.example.org/v1/groups',
    ]);
  });
});
