/**
 * java.net's HttpURLConnection (`new URL(u).openConnection()`, also on a `URL` local or `URI.create(u).toURL()`, the
 * method from `setRequestMethod`; Kotlin's `URL(u).openConnection()`), Unirest (`Unirest.get(u)`) and Apache
 * HttpClient's fluent `Request.post(u)` and request builders (`RequestBuilder.post(u)`, `RequestBuilder.create(m).setUri(u)`,
 * 5.x `ClassicRequestBuilder.get(u)`). Before, none of them was a request. Fixture: fixtures/extract/jvm/classic-java-clients.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/index.js';

const repo = path.resolve(import.meta.dirname, '../../..');

describe('classic Java HTTP clients', () => {
  it('reports HttpURLConnection, Unirest, fluent Apache requests and Apache request builders', async () => {
    const result = await lint({ cwd: repo, paths: ['fixtures/extract/jvm/classic-java-clients'], now: new Date('2026-12-01T00:00:00Z') });
    expect(result.calls.map((call) => `${call.file}:${call.line} ${call.client} ${call.method} ${call.targets.map((target) => target.url).join(' | ')}`)).toEqual([
      // Apache's request builders: a URI set on `create(method)` (a method held in a parameter is unknown) or on `put()`; 4.x and 5.x verbs.
      'AuditForwarder.java:19 ApacheHttpClient null http://audit.platform.svc.cluster.local:9000{parameter path}',
      'AuditForwarder.java:24 ApacheHttpClient PUT http://audit.platform.svc.cluster.local:9000/archive',
      'AuditForwarder.java:28 ApacheHttpClient GET http://audit.platform.svc.cluster.local:9000/status',
      'AuditForwarder.java:32 ApacheHttpClient DELETE http://audit.platform.svc.cluster.local:9000/entries',
      'Heartbeat.kt:11 HttpURLConnection GET http://registry.platform.svc.cluster.local:8761/heartbeat',
      'RegistryClient.java:20 HttpURLConnection POST http://registry.platform.svc.cluster.local:8761/services',
      'RegistryClient.java:28 HttpURLConnection GET http://registry.platform.svc.cluster.local:8761/health',
      'RegistryClient.java:33 HttpURLConnection DELETE http://registry.platform.svc.cluster.local:8761/services/{parameter id}',
      'RegistryClient.java:39 Unirest GET http://registry.platform.svc.cluster.local:8761/lookup/{parameter name}',
      'RegistryClient.java:43 ApacheHttpClient POST http://registry.platform.svc.cluster.local:8761/audit',
    ]);
  });
});
