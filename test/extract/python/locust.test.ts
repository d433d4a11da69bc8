/**
 * Locust load tests: `self.client` in a user class (`HttpUser`, `FastHttpUser`, the older `HttpLocust`) or a task set
 * (`TaskSet`, `SequentialTaskSet`, also one written inside the user class) is an HTTP session to the class's `host`, else to the host of the run (`--host`, the
 * `LOCUST_HOST` variable, here set in docker-compose). A load test's target is listed, never judged: the fixture's
 * internal host `web` is no finding. Fixture: fixtures/extract/python/locust.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/index.js';

const repo = path.resolve(import.meta.dirname, '../../..');

describe('Python Locust users', () => {
  it("send to the class's host or the run's, and are never judged", async () => {
    const result = await lint({ cwd: repo, paths: ['fixtures/extract/python/locust'], now: new Date('2026-12-01T00:00:00Z') });
    const calls = result.calls.map((call) => `${call.file.split('/').pop()}:${call.line} ${call.client} ${call.method} ${call.targets.map((target) => `${target.url ?? '?'} ${target.zone}`).join(' ')}`);
    expect(calls).toEqual([
      'legacy_tasks.py:6 locust POST http://web:8080/api/login internal',
      'legacy_tasks.py:10 locust PUT http://web:8080/api/orders/current internal',
      'locustfile.py:11 locust GET https://shop.example.org/api/catalogue/products unknown',
      'locustfile.py:15 locust POST https://shop.example.org/api/cart/add unknown',
      'locustfile.py:22 locust GET http://web:8080/health internal',
      'locustfile.py:30 locust GET http://web:8080/api/catalogue/search?q=tea internal',
    ]);
    expect(result.calls.find((call) => call.line === 22)?.targets[0]?.via).toEqual(expect.arrayContaining([expect.stringMatching(/^env:LOCUST_HOST/)]));
    expect(result.findings).toEqual([]);
  });
});
