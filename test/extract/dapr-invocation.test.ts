/**
 * Dapr service invocation: a request is sent to the app it names, not to the sidecar it goes through — the sidecar's
 * HTTP API (`…/v1.0/invoke/<app>/method/<path>`, from any language), the SDKs' invoke calls (C# `InvokeMethodAsync`,
 * Go `InvokeMethod`, Python `invoke_method`) and C#'s `DaprClient.CreateInvokeHttpClient("<app>")`, also handed to a
 * typed client's constructor by hand. Fixture: fixtures/extract/dapr-invocation.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';
import { daprInvocation } from '../../src/resolve/urls.js';

const repo = path.resolve(import.meta.dirname, '../..');

describe('Dapr service invocation', () => {
  it('each invocation goes to the app it names, with the method the SDK sends', async () => {
    const result = await lint({ cwd: repo, paths: ['fixtures/extract/dapr-invocation'], now: new Date('2026-12-07T00:00:00Z') });
    expect(result.calls.map((call) => `${call.file}:${call.line} ${call.client} ${call.method} ${[...new Set(call.targets.map((target) => `${target.zone} ${target.url}`))].join(' | ')}`)).toEqual([
      // The typed client is constructed by hand with Dapr's invocation HttpClient: its relative paths go to the app, not to self.
      'Storefront.Bff/CartService.cs:7 HttpClient GET internal http://cart-api/api/cart/items',
      'Storefront.Bff/PriceService.cs:7 Dapr GET internal http://pricing-api/api/prices/{parameter id}',
      'Storefront.Bff/PriceService.cs:9 Dapr POST internal http://audit-api/api/changes',
      'billing/main.go:10 Dapr POST internal http://ledger/entries',
      'checkout/orders.py:6 Dapr PUT internal http://inventory/reserve',
      'web/catalog.ts:4 fetch GET internal http://catalog-api/api/items',
    ]);
    const sidecar = result.calls.find((call) => call.file === 'web/catalog.ts')?.targets[0]?.via ?? [];
    expect(sidecar).toContain("Dapr service invocation through the sidecar: app 'catalog-api'");
  });

  it('reads the app out of the sidecar URL wherever the sidecar is, with or without a namespace; other URLs are left alone', () => {
    expect(daprInvocation([{ hole: 'env:DAPR_URL' }, '/v1.0/invoke/orders.shop/method/api/v1/orders'])?.parts).toEqual(['http://orders/api/v1/orders']);
    expect(daprInvocation(['http://localhost:3500/v1.0/invoke/cart/method/items/', { hole: 'parameter id' }])?.parts).toEqual(['http://cart/items/', { hole: 'parameter id' }]);
    expect(daprInvocation(['http://localhost:3500/v1.0/state/store'])).toBeNull();
  });
});
