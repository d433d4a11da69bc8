/** Issue 12: Kotlin declarative clients by service name (the table shared with Java). Fixture: fixtures/extract/kotlin/discovery-clients. */
import path from 'node:path';
import { expect, it } from 'vitest';
import { lint } from '../../../src/index.js';

it('Kotlin @FeignClient(name, path) and Micronaut @Client("id") target http://<name>', async () => {
  const repo = path.resolve(import.meta.dirname, '../../..');
  const result = await lint({ cwd: repo, paths: ['fixtures/extract/kotlin/discovery-clients'], now: new Date('2026-11-24T00:00:00Z') });
  expect(result.calls.map((call) => [call.line, call.kind, call.client, call.targets.map((target) => target.url)])).toEqual([
    [10, 'client-config', 'Feign', ['http://accounts-service/api']],
    [12, 'call', 'Feign', ['http://accounts-service/api/accounts/{id}']],
    [16, 'client-config', 'Micronaut', ['http://inventory-service']],
    [18, 'call', 'Micronaut', ['http://inventory-service/items/{id}']],
  ]);
});
