/**
 * JAX-RS 2 client requests whose `WebTarget` is built elsewhere than the request chain — a field set in the
 * constructor, a local, a getter — and a request builder kept in a variable and sent later. Each is one call, with the
 * target's URL and `path(…)` steps, and a `put(entity)` at the end of a JAX-RS chain is not also a RestTemplate `put`.
 * Fixture: fixtures/extract/java/jaxrs-targets.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/index.js';

const repo = path.resolve(import.meta.dirname, '../../..');

describe('JAX-RS requests on targets built elsewhere', () => {
  it('reports each request once, with its method and the URL of its target', async () => {
    const result = await lint({ cwd: repo, paths: ['fixtures/extract/java/jaxrs-targets'], now: new Date('2026-12-01T00:00:00Z') });
    expect(result.calls.map((call) => `${call.line} ${call.client} ${call.method} ${call.targets.map((target) => target.url ?? '?').join(' ')}`)).toEqual([
      // AuditGateway.java: through a helper that prepares the request from the target it is given (`Requests.json(target)`).
      '13 JAX-RS POST http://audit-service:8080/api/events',
      // A target given by the caller, which nothing in the fixture calls.
      '17 JAX-RS GET ?',
      '29 JAX-RS GET http://warehouse:8080/shelves/{parameter id} ?',
      '36 JAX-RS POST http://warehouse:8080/reservations/{parameter sku} ?',
      '40 JAX-RS DELETE http://pricing-service/api/prices/{parameter sku}',
      '44 JAX-RS PUT http://warehouse:8080/touch ?',
    ]);
  });
});
