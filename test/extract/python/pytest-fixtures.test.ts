/**
 * pytest passes a test the fixture of each parameter's name, defined in its module or in the nearest `conftest.py`
 * above it that defines it (`@pytest.fixture`, also `name=`, returned or yielded). Before, such a parameter was
 * unresolved (`f"{jaeger_url}/api/traces"` in a nested check function: `unresolved: jaeger_url`), and a test file
 * calling `client.get("/orders")` on a fixture with no HTTP library named in it was not read at all.
 * A `client` or `admin_client` fixture the project does not define is pytest-django's (or pytest-flask's) in-memory
 * test client. Fixtures: fixtures/extract/python/pytest-fixtures, fixtures/extract/python/pytest-plugin-clients.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/index.js';

const repo = path.resolve(import.meta.dirname, '../../..');

describe('pytest fixtures', () => {
  it('resolves parameters through the nearest fixture of their name', async () => {
    const result = await lint({ cwd: repo, paths: ['fixtures/extract/python/pytest-fixtures'], now: new Date('2026-12-01T00:00:00Z') });
    const calls = result.calls.filter((call) => call.kind === 'call');
    expect(calls.map((call) => `${call.file}:${call.line} ${call.client} ${call.method} ${call.targets.map((target) => target.url ?? `env:${target.env ?? '?'}`).join(' ')}`)).toEqual([
      // A file naming no HTTP library, calling a path on a fixture's client; the TestClient's request stays in the process.
      'tests/api/test_api.py:4 httpx GET http://orders.internal.example.org/orders',
      // The nearer conftest.py's search_url wins over the one above it.
      'tests/api/test_remote.py:6 requests GET http://search-staging.internal.example.org:9200/_cluster/health',
      // Read in a function nested in the test.
      'tests/test_search.py:7 requests GET env:SEARCH_URL http://search.internal.example.org:9200/documents/_count',
      // @pytest.fixture(name="ledger")
      'tests/test_search.py:17 requests POST http://ledger.internal.example.org/entries',
      // A parameter with a default is no fixture.
      'tests/test_search.py:21 requests GET env:?',
    ]);
    const viaFixture = calls.find((call) => call.file === 'tests/test_search.py' && call.line === 17)!.targets[0]!.via;
    expect(viaFixture).toContain('pytest fixture ledger (tests/conftest.py)');
  });
});

describe('pytest plugins’ client fixtures', () => {
  it('`client` and `admin_client` that the project does not define are pytest-django’s in-memory clients: no requests', async () => {
    const result = await lint({ cwd: repo, paths: ['fixtures/extract/python/pytest-plugin-clients'], now: new Date('2026-12-07T00:00:00Z') });
    expect(result.calls.map((call) => `${call.line} ${call.client} ${call.targets.map((target) => target.url ?? target.zone).join(' ')}`)).toEqual([
      '15 requests https://status.example.org/api/v2/status.json',
    ]);
  });
});
