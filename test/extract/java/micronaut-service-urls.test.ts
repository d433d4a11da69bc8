/**
 * Micronaut's `@Client(id = "stock")` goes where `micronaut.http.services.stock.url` (or `urls`) says — a gateway,
 * here — and to the service found by discovery, `http://loyalty`, only when no URL is configured.
 * Fixture: fixtures/extract/java/micronaut-service-urls.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/index.js';

const repo = path.resolve(import.meta.dirname, '../../..');

describe('Micronaut service URLs', () => {
  it('a configured service URL wins over discovery', async () => {
    const result = await lint({ cwd: repo, paths: ['fixtures/extract/java/micronaut-service-urls'], now: new Date('2026-12-07T00:00:00Z') });
    expect(result.calls.filter((call) => call.kind === 'call').map((call) => `${call.file.split('/').pop()}:${call.line} ${call.targets.map((target) => target.url ?? target.zone).join(' ')}`)).toEqual([
      'LoyaltyApi.java:9 http://loyalty/items',
      'RatesApi.java:9 https://gateway.example.org/rates-api/items',
      'StockApi.java:9 https://gateway.example.org/stock-api/items',
    ]);
  });
});
