/**
 * Issue 12: a typed client registered without a base address is still an HttpClient; `IOptions<T>.Value.X` is the
 * configuration key `X`; a URL helper of a nested class in another file (`API.Catalog.GetAllBrands`). Fixture:
 * fixtures/extract/csharp/options-clients.
 */
import path from 'node:path';
import { expect, it } from 'vitest';
import { lint } from '../../../src/index.js';

it('typed client without a base address, URL from IOptions<AppSettings>.Value and a nested helper class', async () => {
  const repo = path.resolve(import.meta.dirname, '../../..');
  const result = await lint({ cwd: repo, paths: ['fixtures/extract/csharp/options-clients'], now: new Date('2026-11-24T00:00:00Z') });
  expect(result.calls.map((call) => [call.file, call.line, call.client, call.method, call.targets.map((target) => [target.url, target.binding?.file])])).toEqual([
    ['Shop.Mvc/Services/CatalogService.cs', 20, 'HttpClient', 'GET', [
      ['http://shop-gateway/c/api/v1/catalog/catalogBrands', 'Shop.Mvc/appsettings.json'],
      // The env var of a root key's own name overrides it (.NET configuration).
      ['http://shop-gateway-prod/c/api/v1/catalog/catalogBrands', 'docker-compose.yml'],
    ]],
  ]);
});
