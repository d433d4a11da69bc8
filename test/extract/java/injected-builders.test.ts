/**
 * Spring's injected client builders (`WebClient.Builder`, `RestClient.Builder`), whatever the parameter or field is
 * called: `builder.build().get().uri(…)` is a WebClient request, and `builder.baseUrl(…).build()` a client with that base.
 * Fixture: fixtures/extract/java/injected-builders.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/index.js';

const repo = path.resolve(import.meta.dirname, '../../..');

describe('Java injected client builders', () => {
  it('reads requests and base URLs made with an injected builder of any name', async () => {
    const result = await lint({ cwd: repo, paths: ['fixtures/extract/java/injected-builders'], now: new Date('2026-12-07T00:00:00Z') });
    expect(result.calls.map((call) => `${call.file.split('/').pop()}:${call.line} ${call.kind} ${call.client} ${call.targets.map((target) => target.url ?? target.zone).join(' ')}`)).toEqual([
      'InvoiceClient.java:12 client-config RestClient http://invoices-service/api',
      'InvoiceClient.java:16 call RestClient http://invoices-service/api/invoices/{id}',
      'OrdersGateway.java:14 client-config WebClient http://stock-service',
      'OrdersGateway.java:18 call WebClient http://orders-service/orders/{id}',
      'OrdersGateway.java:22 call WebClient http://stock-service/levels/{sku}',
    ]);
  });
});
