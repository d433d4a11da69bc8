/**
 * Build modules scope bindings as manifests' services do: with no architecture.yaml, each Maven module's code reads its
 * own application.properties and the env vars of the compose service that runs it (by build context, or by name), never
 * another module's. Fixture: fixtures/resolve/module-scoped.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { scanWorkspace, targetsOf, type WorkspaceScan } from './workspace-scan.js';

describe('bindings are scoped to the build module whose code reads them', () => {
  let scan: WorkspaceScan;
  beforeAll(async () => {
    scan = await scanWorkspace('resolve/module-scoped');
  });

  it("each module's call has its own default and its own compose override, not the other module's", () => {
    expect(targetsOf(scan.callAt('orders-service/src/main/java/fi/example/orders/OrderCatalog.java', 14))).toEqual([
      'http://localhost:8081/items/{parameter id} (default)',
      'http://catalog:8080/items/{parameter id} (dev)',
    ]);
    expect(targetsOf(scan.callAt('billing-service/src/main/java/fi/example/billing/BillingCatalog.java', 14))).toEqual([
      'http://catalog-cache:8082/items/{parameter id} (default)',
      'http://catalog-replica:8080/items/{parameter id} (dev)',
    ]);
  });
});
