/**
 * MicroProfile REST clients configured the ways Quarkus reads them: without `configKey`, under the interface's name
 * (`quarkus.rest-client."org.example.shop.StockClient".url`, MicroProfile's `org.example.shop.RatesClient/mp-rest/url`),
 * and a `configKey` set in MicroProfile's spelling (`prices/mp-rest/url`). Such a client's requests were read as paths on
 * the service's own origin. Fixture: fixtures/extract/java/quarkus-rest-clients.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/index.js';

const repo = path.resolve(import.meta.dirname, '../../..');

describe('Quarkus REST client configuration keys', () => {
  it('each client’s requests go to the URL its configuration gives', async () => {
    const result = await lint({ cwd: repo, paths: ['fixtures/extract/java/quarkus-rest-clients'], now: new Date('2026-12-07T00:00:00Z') });
    expect(result.calls.filter((call) => call.kind === 'call').map((call) => `${call.file.split('/').pop()}:${call.line} ${call.method} ${call.targets.map((target) => target.url ?? target.zone).join(' ')}`)).toEqual([
      'PriceClient.java:10 GET https://prices.example.org/api/prices',
      'RatesClient.java:10 GET https://rates.example.org/api/rates',
      'StockClient.java:10 GET https://stock.example.org/api/stock',
    ]);
  });
});
