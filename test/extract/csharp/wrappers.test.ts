/**
 * Issue 12: C# wrapper methods followed as in TypeScript — `_requestProvider.GetAsync<T>(uri)` through an interface
 * (`IRequestProvider` → `RequestProvider` in a folder of its name): each call of the wrapper that passes a URL is a call,
 * and the finding sits at the wrapper's request with the callers as related locations. Fixture: fixtures/extract/csharp/wrappers.
 */
import path from 'node:path';
import { expect, it } from 'vitest';
import { lint } from '../../../src/index.js';

it('calls of a C# wrapper method are calls with the URL they pass; one finding per request of the wrapper', async () => {
  const repo = path.resolve(import.meta.dirname, '../../..');
  const result = await lint({ cwd: repo, paths: ['fixtures/extract/csharp/wrappers'], now: new Date('2026-11-24T00:00:00Z') });
  expect(result.calls.map((call) => [call.file, call.line, call.client, call.method, call.targets.map((target) => target.url)])).toEqual([
    ['Services/Catalog/CatalogService.cs', 15, 'wrapper:_requestProvider.GetAsync<CatalogItem>', 'GET', ['http://catalog-api/api/catalog/items/{parameter id}']],
    ['Services/Catalog/CatalogService.cs', 20, 'wrapper:_requestProvider.DeleteAsync', 'DELETE', ['http://catalog-api/api/catalog/items/{parameter id}']],
    ['Services/RequestProvider/RequestProvider.cs', 10, 'HttpClient', 'GET', ['http://catalog-api/api/catalog/items/{parameter id}']],
    ['Services/RequestProvider/RequestProvider.cs', 14, 'HttpClient', 'DELETE', ['http://catalog-api/api/catalog/items/{parameter id}']],
  ]);
  expect(result.findings.map((finding) => [finding.ruleId, finding.line, finding.related?.map((location) => `${location.file}:${location.line}`)])).toEqual([
    ['no-direct-integration', 10, ['Services/Catalog/CatalogService.cs:15']],
    ['no-direct-integration', 14, ['Services/Catalog/CatalogService.cs:20']],
  ]);
});
