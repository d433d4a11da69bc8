/**
 * Issue 12 acceptance, end to end: two microservice systems written for these tests — a Spring Cloud one (Eureka names,
 * Feign by name and by inherited interface, DiscoveryClient, a gateway with routes, a config-server-style shared yml)
 * and a .NET Aspire one (typed clients registered in extension methods, Aspire service URIs, Refit, a YARP gateway).
 * Asserts the exact service-to-service edges, the findings and the gateway routes, through `lint()` and the built CLI.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';
import type { LintResult } from '../../src/model.js';

const repo = path.resolve(import.meta.dirname, '../..');
const now = new Date('2026-11-24T00:00:00Z');

/** `caller → service (zone) at file:line` for every call with a target, sorted as the report is. */
function edges(result: LintResult): string[] {
  return result.calls.flatMap((call) => call.targets.map((target) => `${call.service ?? '?'} → ${target.service ?? target.host ?? target.url ?? '?'} (${target.zone}) ${call.kind === 'client-config' ? 'config' : call.method} ${call.file}:${call.line}`));
}
function findings(result: LintResult): string[] {
  return result.findings.map((finding) => `${finding.ruleId} ${finding.file}:${finding.line} related ${(finding.related ?? []).map((location) => `${location.file}:${location.line}`).join(', ') || '-'}`);
}
function landscape(result: LintResult): string[] {
  return (result.landscape?.edges ?? []).map((edge) => `${edge.from} -> ${edge.to} ${edge.kind}${edge.route ? ' route' : ''} calls=${edge.calls}`);
}
function routes(result: LintResult): string[] {
  return (result.gatewayRoutes ?? []).map((route) => `${route.gateway ?? '?'} ${route.path ?? '*'} → ${route.service ?? '?'} (${route.target}) ${route.loc.file}:${route.loc.line}`);
}

const spring = {
  workspace: 'fixtures/e2e/spring-cloud-shop',
  edges: [
    'accounts-service → payments-service (internal) GET accounts/src/main/java/fi/example/shop/accounts/PaymentsLookup.java:17',
    'orders-service → accounts-service (internal) config orders/src/main/java/fi/example/shop/orders/AccountClient.java:7',
    'orders-service → accounts-service (internal) GET orders/src/main/java/fi/example/shop/orders/AccountClient.java:9',
    'orders-service → payments-service (internal) GET orders/src/main/java/fi/example/shop/orders/CardApi.java:8',
    'orders-service → payments-service (internal) POST orders/src/main/java/fi/example/shop/orders/CardApi.java:11',
    'orders-service → payments-service (internal) config orders/src/main/java/fi/example/shop/orders/CardClient.java:6',
    'orders-service → gateway (gateway) config orders/src/main/java/fi/example/shop/orders/OrderLookups.java:11',
    'orders-service → gateway (gateway) GET orders/src/main/java/fi/example/shop/orders/OrderLookups.java:18',
    'orders-service → inventory-service (internal) GET orders/src/main/java/fi/example/shop/orders/OrderLookups.java:22',
  ],
  findings: [
    'no-direct-integration accounts/src/main/java/fi/example/shop/accounts/PaymentsLookup.java:17 related -',
    'no-direct-integration orders/src/main/java/fi/example/shop/orders/AccountClient.java:7 related orders/src/main/java/fi/example/shop/orders/AccountClient.java:9',
    'no-direct-integration orders/src/main/java/fi/example/shop/orders/CardClient.java:6 related orders/src/main/java/fi/example/shop/orders/CardApi.java:8, orders/src/main/java/fi/example/shop/orders/CardApi.java:11',
    'no-direct-integration orders/src/main/java/fi/example/shop/orders/OrderLookups.java:22 related -',
  ],
  routes: [
    'gateway /api/orders/** → orders-service (lb://orders-service) gateway/src/main/resources/application.yml:10',
    'gateway /api/accounts/** → accounts-service (lb://accounts-service) gateway/src/main/resources/application.yml:14',
  ],
  landscape: [
    'gateway -> service:accounts-service gateway route calls=0',
    'gateway -> service:orders-service gateway route calls=0',
    'service:accounts-service -> service:payments-service direct calls=1',
    'service:orders-service -> gateway gateway calls=1',
    'service:orders-service -> service:accounts-service direct calls=1',
    'service:orders-service -> service:inventory-service direct calls=1',
    'service:orders-service -> service:payments-service direct calls=2',
  ],
};

const dotnet = {
  workspace: 'fixtures/e2e/dotnet-aspire-shop',
  edges: [
    'Ordering.API → Catalog.API (internal) config Ordering.API/Extensions/ServiceCollectionExtensions.cs:8',
    'Ordering.API → Catalog.API (internal) GET Ordering.API/Services/CatalogPriceClient.cs:6',
    'Shop.Web → Shop.Gateway (gateway) config Shop.Web/Extensions/WebExtensions.cs:10',
    'Shop.Web → Ordering.API (internal) config Shop.Web/Extensions/WebExtensions.cs:11',
    'Shop.Web → Catalog.API (internal) config Shop.Web/Extensions/WebExtensions.cs:12',
    'Shop.Web → Shop.Gateway (gateway) GET Shop.Web/Services/BasketService.cs:6',
    'Shop.Web → Catalog.API (internal) GET Shop.Web/Services/ICatalogApi.cs:6',
    'Shop.Web → Ordering.API (internal) POST Shop.Web/Services/OrderingService.cs:10',
  ],
  findings: [
    'no-direct-integration Ordering.API/Extensions/ServiceCollectionExtensions.cs:8 related Ordering.API/Services/CatalogPriceClient.cs:6',
    'no-direct-integration Shop.Web/Extensions/WebExtensions.cs:11 related Shop.Web/Services/OrderingService.cs:10',
    'no-direct-integration Shop.Web/Extensions/WebExtensions.cs:12 related Shop.Web/Services/ICatalogApi.cs:6',
  ],
  routes: [
    'Shop.Gateway /api/catalog/{**rest} → Catalog.API (https+http://catalog-api) Shop.Gateway/appsettings.json:9',
    'Shop.Gateway /api/orders/{**rest} → Ordering.API (https+http://ordering-api) Shop.Gateway/appsettings.json:10',
  ],
  landscape: [
    'gateway -> service:Catalog.API gateway route calls=0',
    'gateway -> service:Ordering.API gateway route calls=0',
    'service:Ordering.API -> service:Catalog.API direct calls=1',
    'service:Shop.Web -> gateway gateway calls=1',
    'service:Shop.Web -> service:Catalog.API direct calls=1',
    'service:Shop.Web -> service:Ordering.API direct calls=1',
  ],
};

describe.each([
  ['Spring Cloud', spring],
  ['.NET Aspire', dotnet],
])('%s system end to end', (_name, expected) => {
  it('lint(): exactly the service-to-service edges, one finding per direct integration, the gateway routes and no finding on them', async () => {
    const result = await lint({ cwd: repo, paths: [expected.workspace], now });
    expect(edges(result)).toEqual(expected.edges);
    expect(findings(result)).toEqual(expected.findings);
    expect(routes(result)).toEqual(expected.routes);
    // The landscape has the same edges, services from build modules, and the gateway's routes as gateway → backend edges.
    expect(landscape(result)).toEqual(expected.landscape);
    expect(result.problems).toEqual([]);
  });

  it.runIf(existsSync(path.join(repo, 'dist/cli/main.js')))('the built CLI with --format json reports the same and exits 1', () => {
    const run = spawnSync(process.execPath, [path.join(repo, 'bin/arch-lint.js'), expected.workspace, '--format', 'json', '--now', '2026-11-24'], { cwd: repo, encoding: 'utf8' });
    expect(run.status).toBe(1);
    const result = JSON.parse(run.stdout) as LintResult;
    expect(edges(result)).toEqual(expected.edges);
    expect(findings(result)).toEqual(expected.findings);
    expect(routes(result)).toEqual(expected.routes);
    expect(landscape(result)).toEqual(expected.landscape);
    expect(Object.keys(result).slice(-2)).toEqual(['landscape', 'gatewayRoutes']);
  });
});
