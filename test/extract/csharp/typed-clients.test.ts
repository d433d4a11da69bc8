/**
 * Issue 12: .NET typed clients wherever they are registered — `AddHttpClient<T>` in an extension method, target-typed
 * `new("…")`, Aspire `https+http://` URIs, relative requests and `HttpRequestMessage`s joined with the typed client's
 * base address, and Refit interfaces configured with `ConfigureHttpClient`. Fixture: fixtures/extract/csharp/typed-clients.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/index.js';
import type { LintResult } from '../../../src/model.js';

const repo = path.resolve(import.meta.dirname, '../../..');
let result: LintResult | undefined;
async function call(file: string, line: number): Promise<{ method: string | null; urls: (string | null)[] }> {
  result ??= await lint({ cwd: repo, paths: ['fixtures/extract/csharp/typed-clients'], now: new Date('2026-11-24T00:00:00Z') });
  const found = result.calls.find((resolved) => resolved.file === `Shop.Web/${file}` && resolved.line === line);
  if (!found) throw new Error(`no call at ${file}:${line}`);
  return { method: found.method, urls: found.targets.map((target) => target.url) };
}

describe('.NET typed clients registered anywhere', () => {
  it('AddHttpClient<T>(o => o.BaseAddress = new("https+http://…")) in an extension method is the typed client’s base', async () => {
    expect(await call('Extensions/ServiceExtensions.cs', 10)).toEqual({ method: null, urls: ['https://catalog-api'] });
    expect(await call('Services/CatalogService.cs', 11)).toEqual({ method: 'GET', urls: ['https://catalog-api/api/catalog/items/{parameter id}'] });
  });

  it('HttpRequestMessage with a relative URI (constructor or RequestUri initializer) is joined with the class’s typed client', async () => {
    expect(await call('Services/OrderingService.cs', 15)).toEqual({ method: 'POST', urls: ['http://ordering-api/api/orders'] });
    expect(await call('Services/OrderingService.cs', 21)).toEqual({ method: 'DELETE', urls: ['http://ordering-api/api/orders/{parameter id}'] });
  });

  it('Refit interface methods are calls on the client AddRefitClient<T>().ConfigureHttpClient(…) configures', async () => {
    expect(await call('Services/IBasketApi.cs', 6)).toEqual({ method: 'GET', urls: ['http://basket-api/api/basket/{buyerId}'] });
    expect(await call('Services/IBasketApi.cs', 9)).toEqual({ method: 'POST', urls: ['http://basket-api/api/basket'] });
  });
});
