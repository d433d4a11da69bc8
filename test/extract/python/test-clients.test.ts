/**
 * Python test clients that serve the application under test in memory — FastAPI/Starlette's `TestClient(app)`,
 * Django's `Client()` and `self.client` in its and DRF's test cases (also through a base class of the file, or a
 * project's own `…TestCase` imported into a file that imports Django), Flask's
 * `app.test_client()`, Django's and DRF's request factories (which send nothing), an httpx client given `ASGITransport(app=…)` — send requests that leave no process: like
 * ASP.NET Core's TestServer, they are dropped. A test's client with a real base URL stays what it is, and so does
 * `self.client` in a class that is no test case. Fixture: fixtures/extract/python/test-clients (each test file passes
 * the Python pre-filter, so without this the requests would be reported).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/index.js';

const repo = path.resolve(import.meta.dirname, '../../..');

describe('Python in-memory test clients', () => {
  it('send no request out of the process: dropped, while a live server stays a finding', async () => {
    const result = await lint({ cwd: repo, paths: ['fixtures/extract/python/test-clients'], now: new Date('2026-12-01T00:00:00Z') });
    const calls = result.calls.map((call) => `${call.file.split('/').pop()}:${call.line} ${call.kind} ${call.client} ${call.targets.map((target) => `${target.url ?? '?'} ${target.zone}`).join(' ')}`);
    expect(calls).toEqual([
      'main.py:10 call requests https://rooms.example.org/api/rooms/{parameter room_id} unknown',
      'test_django_views.py:27 call instance ? unresolved',
      'test_project_base.py:20 call instance ? unresolved',
      'test_rooms_async.py:20 client-config httpx http://rooms-api:8000 internal',
      'test_rooms_async.py:21 call httpx http://rooms-api:8000/health internal',
    ]);
    expect(result.findings.map((finding) => `${finding.ruleId} ${finding.file.split('/').pop()}:${finding.line}`)).toEqual([
      'no-direct-integration test_rooms_async.py:20',
    ]);
  });
});
