/**
 * Java wrappers: a method that puts its parameter into a request's URL is a call (`wrapper:<name>`) where it is called
 * with a URL or a path — in its own class (`fetchJson("/orders/" + id, …)`) and on a field of its type in another class
 * (`ordersClient.fetchJson(…)`). Fixture: fixtures/extract/java/wrappers.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/index.js';

const repo = path.resolve(import.meta.dirname, '../../..');

describe('Java wrappers', () => {
  it('reports each call of a wrapper with the path it passes', async () => {
    const result = await lint({ cwd: repo, paths: ['fixtures/extract/java/wrappers'], now: new Date('2026-12-01T00:00:00Z') });
    const wrappers = result.calls.filter((call) => call.client.startsWith('wrapper:'));
    expect(wrappers.map((call) => `${call.file.split('/').pop()}:${call.line} ${call.client} ${call.targets[0]?.url ?? '?'}`)).toEqual([
      'InvoiceService.java:18 wrapper:ordersClient.fetchJson http://orders-service:8080/invoices/{parameter invoiceId}/lines?size={config:invoices.page-size}',
      'OrdersClient.java:18 wrapper:fetchJson http://orders-service:8080/orders/{parameter id}',
    ]);
  });
});
