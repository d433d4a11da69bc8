/**
 * Issue 12: service-to-service calls in Spring Cloud, Micronaut, Quarkus and JAX-RS code — discovery names as hosts,
 * declarative clients (by service name, inherited mappings, `@RequestLine`), discovery lookups, `lb://`, JAX-RS/Jersey
 * clients and variables set in branches. Fixture: fixtures/extract/java/service-discovery.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/index.js';
import type { LintResult } from '../../../src/model.js';

const repo = path.resolve(import.meta.dirname, '../../..');
const dir = 'src/main/java/fi/example/shop';
let result: LintResult | undefined;
async function scan(): Promise<LintResult> {
  result ??= await lint({ cwd: repo, paths: ['fixtures/extract/java/service-discovery'], now: new Date('2026-11-24T00:00:00Z') });
  return result;
}
async function targets(file: string, line: number): Promise<(string | null)[]> {
  const call = (await scan()).calls.find((found) => found.file === `${dir}/${file}` && found.line === line);
  if (!call) throw new Error(`no call at ${file}:${line}`);
  return call.targets.map((target) => target.url);
}

describe('Java service-to-service clients', () => {
  it('a Feign client with a service name and no url targets http://<name>, configured at the name', async () => {
    expect(await targets('AccountClient.java', 10)).toEqual(['http://accounts-service/accounts/{id}']);
    const config = (await scan()).calls.find((call) => call.file === `${dir}/AccountClient.java` && call.kind === 'client-config');
    expect(config).toMatchObject({ line: 8, client: 'Feign' });
  });

  it('a Feign client inherits the mappings of the interface it extends (reported at the mapping), with its path prefix', async () => {
    expect(await targets('CardService.java', 8)).toEqual(['http://cards-service/api/cards/{id}']);
    const post = (await scan()).calls.find((call) => call.file === `${dir}/CardService.java` && call.line === 11);
    expect(post).toMatchObject({ client: 'Feign', method: 'POST' });
    expect(post?.targets.map((target) => target.url)).toEqual(['http://cards-service/api/cards']);
  });

  it('a Micronaut client inherits the operations of the interface it extends, written with Micronaut\'s own @Get/@Post', async () => {
    // The operations file holds no token of a client (only `@Get(`): the pre-filter skipped it before.
    const calls = (await scan()).calls.filter((call) => call.file === `${dir}/LoyaltyOperations.java`);
    expect(calls.map((call) => `${call.line} ${call.client} ${call.method} ${call.targets.map((target) => target.url).join(' ')}`)).toEqual([
      '9 Micronaut GET http://loyalty-service/loyalty/points/{customerId}',
      '12 Micronaut POST http://loyalty-service/loyalty/points',
    ]);
  });

  it('OpenFeign @RequestLine gives the method and the path', async () => {
    const calls = (await scan()).calls.filter((call) => call.file === `${dir}/RepoApi.java`);
    expect(calls.map((call) => [call.line, call.client, call.method])).toEqual([
      [8, 'Feign', 'GET'],
      [11, 'Feign', 'POST'],
    ]);
  });

  it('DiscoveryClient.getInstances and LoadBalancerClient.choose are the named service; lb:// is http://', async () => {
    expect(await targets('Lookups.java', 23)).toEqual(['http://customers-service/owners']);
    expect(await targets('Lookups.java', 28)).toEqual(['http://stock-service/stock/{parameter sku}']);
    expect(await targets('Lookups.java', 32)).toEqual(['http://ledger-service/entries']);
  });

  it('Micronaut @Client("name") and Quarkus configKey with quarkus.rest-client.<key>.url', async () => {
    expect(await targets('InventoryClient.java', 9)).toEqual(['http://inventory-service/items/{id}']);
    expect(await targets('PricingClient.java', 11)).toEqual(['http://pricing-service:8080/prices/{sku}']);
  });

  it('JAX-RS and Jersey 1 clients; a URL set in branches gives every branch', async () => {
    const scanned = await scan();
    const jaxRs = scanned.calls.find((call) => call.file === `${dir}/Reports.java` && call.line === 18);
    expect(jaxRs).toMatchObject({ client: 'JAX-RS', method: 'POST' });
    expect(jaxRs?.targets.map((target) => target.url)).toEqual(['http://reports-service:8080/reports']);
    expect(await targets('Reports.java', 22)).toEqual(['http://archive-service/reports']);
    expect(await targets('Reports.java', 36)).toEqual(['http://eu.orders-service/orders', 'http://us.orders-service/orders']);
  });

  it('a Retrofit interface created from a client with a base URL from configuration (retrofit.create(Api.class) in another file)', async () => {
    const call = (await scan()).calls.find((found) => found.file === `${dir}/LedgerApi.java` && found.line === 8);
    expect(call).toMatchObject({ client: 'Retrofit', method: 'GET' });
    expect(call?.targets.map((target) => target.url)).toEqual(['http://ledger-service/api/entries/{id}']);
  });
});
