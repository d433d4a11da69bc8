/**
 * .NET options classes bound to a section: `Configure<UrlsConfig>(configuration.GetSection("Urls"))` and
 * `AddOptions<T>().BindConfiguration("Reports")` put the class's properties under that section, read through
 * `IOptions<T>.Value` kept in a field (`_urls = urls.Value`), `IOptionsMonitor<T>.CurrentValue`, and
 * `provider.GetRequiredService<IOptions<T>>().Value` in a gRPC client's registration; env vars override them whatever
 * their case (`urls__ordering`). Fixture: fixtures/extract/csharp/options-sections.
 */
import path from 'node:path';
import { expect, it } from 'vitest';
import { lint } from '../../../src/index.js';

it('options properties are configuration keys under the section their class is bound to', async () => {
  const repo = path.resolve(import.meta.dirname, '../../..');
  const result = await lint({ cwd: repo, paths: ['fixtures/extract/csharp/options-sections'], now: new Date('2026-12-07T00:00:00Z') });
  expect(result.calls.map((call) => `${call.file}:${call.line} ${call.client} ${call.targets.map((target) => target.url ?? target.zone).join(' ')}`)).toEqual([
    'Shop.Aggregator/Services/OrderingClient.cs:18 HttpClient http://localhost:5102/api/v1/orders/draft http://ordering-api/api/v1/orders/draft',
    'Shop.Aggregator/Services/OrderingClient.cs:20 HttpClient http://reports-api:8080/summary',
    'Shop.Aggregator/Startup.cs:15 gRPC http://basket-api:81',
  ]);
  const ordering = result.calls[0]?.targets[1]?.via ?? [];
  expect(ordering).toContain('env:urls__ordering (overrides config Urls:Ordering by .NET configuration)');
});
