/**
 * Flurl: a request method on a URL string or `Url` (`"https://…".GetJsonAsync<T>()`, `base.AppendPathSegments("api",
 * id).WithHeader(…).PostJsonAsync(x)`, `SendAsync(HttpMethod.Delete)`) in a file using Flurl, sent to the chain's first
 * value with its path segments; and `WebRequest.Create(url)`. Before, neither was a request.
 * Fixture: fixtures/extract/csharp/flurl-requests.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/index.js';

const repo = path.resolve(import.meta.dirname, '../../..');

describe('Flurl and WebRequest', () => {
  it('reports requests made on URL strings', async () => {
    const result = await lint({ cwd: repo, paths: ['fixtures/extract/csharp/flurl-requests'], now: new Date('2026-12-01T00:00:00Z') });
    expect(result.calls.map((call) => `${call.line} ${call.client} ${call.method} ${call.targets.map((target) => target.url).join(' | ')}`)).toEqual([
      '15 Flurl GET http://catalog.shop.svc.cluster.local:8080/api/products',
      '17 Flurl GET http://catalog.shop.svc.cluster.local:8080/api/items/{parameter id}',
      '19 Flurl POST http://catalog.shop.svc.cluster.local:8080/api/items',
      '21 Flurl DELETE http://catalog.shop.svc.cluster.local:8080/api/items/{parameter id}',
      '23 WebRequest null http://catalog.shop.svc.cluster.local:8080/health',
    ]);
  });
});
