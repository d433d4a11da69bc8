/**
 * java.net.http's `HttpRequest.newBuilder().uri(URI.create(…))`, in Java and Kotlin, with the method written before
 * `.uri(…)` (`.POST(body).uri(…)`) or after it, and the fully qualified `java.net.http.HttpRequest.newBuilder()`. Before,
 * only `newBuilder(URI.create(…))` was a request: the `.uri(…)` form (the one the JDK's own examples use) was not
 * reported at all. Fixture: fixtures/extract/jvm/http-request-builder.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/index.js';

const repo = path.resolve(import.meta.dirname, '../../..');

describe('java.net.http request builders', () => {
  it('reports requests whose URL is given with .uri(…)', async () => {
    const result = await lint({ cwd: repo, paths: ['fixtures/extract/jvm/http-request-builder'], now: new Date('2026-12-01T00:00:00Z') });
    expect(result.calls.map((call) => `${call.file}:${call.line} ${call.client} ${call.method} ${call.targets.map((target) => target.url).join(' | ')}`)).toEqual([
      'AuditClient.kt:10 java.net.http POST http://audit.finance.svc.cluster.local/events',
      'LedgerClient.java:14 java.net.http POST http://ledger.finance.svc.cluster.local:8080/entries',
      'LedgerClient.java:23 java.net.http DELETE http://ledger.finance.svc.cluster.local:8080/entries/{parameter id}',
    ]);
  });
});
