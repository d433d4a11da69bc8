/**
 * Configuration bound to classes (issue "Real code, part 2", points 2 and 4): Spring `@ConfigurationProperties` (with
 * relaxed binding of `base-url` to `baseUrl`, read through a method of the injected bean), a Dropwizard
 * configuration class bound by Jackson from `config/<env>/…-config.yml` (each environment its own target), and Jersey 1
 * requests on a `WebResource` held in a field that the constructor sets from what a factory passes (`new UnitsClient(…)`). Fixture: fixtures/extract/java-bound-config.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint.js';
import { moduleResolvers } from '../../../src/resolve/modules.js';

describe('configuration bound to classes', () => {
  it('resolves the bound keys in every environment, and finds Jersey requests on a WebResource field', async () => {
    const root = fileURLToPath(new URL('../../../fixtures/extract/java-bound-config', import.meta.url));
    const result = await lint({ cwd: root, paths: [root] });
    expect(result.calls.map((call) => `${call.file.split('/').pop()}:${call.line} ${call.client} ${call.targets.map((target) => `${target.url ?? '?'}[${target.environment ?? ''}]`).join(' ')}`)).toEqual([
      'CourseService.java:14 RestTemplate https://sisu.it.helsinki.fi/kori/api/courses[default]',
      'UnitsClient.java:13 Jersey https://units.it.helsinki.fi/api//{parameter id}[prod] https://units-mock.example.org/api//{parameter id}[test]',
      // A response DTO's @JsonProperty field is data: no configuration key (`Unit` is not named as configuration).
      'UnitsClient.java:19 Jersey https://units.it.helsinki.fi/api//{Unit.parentId}/parent[prod] https://units-mock.example.org/api//{Unit.parentId}/parent[test]',
      'UnitsClientFactory.java:21 Jersey https://units.it.helsinki.fi/api/[prod] https://units-mock.example.org/api/[test]',
    ]);
    // The field the constructor sets holds what the factory passes to `new UnitsClient(…)`.
    expect(result.calls[1]!.targets[0]!.via).toContain('passed to new UnitsClient(…) in registry/src/main/java/fi/example/registry/UnitsClientFactory.java');
    const sisu = result.calls[0]!.targets[0]!;
    expect(sisu.via[0]).toBe('property sisu.baseUrl bound to field SisuProperties.baseUrl (portal/src/main/java/fi/example/portal/SisuProperties.java:7)');
  });
});

describe('configuration bound to a record of another module', () => {
  it('reads each record component as its key, through its accessor, from the module that imports the record', async () => {
    // Before: record components were never bound (only fields were), and a class of a sibling module of the build was
    // not found from another module's import.
    const root = fileURLToPath(new URL('../../../fixtures/extract/java-record-config', import.meta.url));
    const result = await lint({ cwd: root, paths: [root] });
    expect(result.calls.map((call) => `${call.file.split('/').pop()}:${call.line} ${call.method} ${call.targets.map((target) => target.url ?? '?').join(' ')}`)).toEqual([
      'InvoiceService.java:24 POST http://ledger:8080/ledger/entries/{id}',
      'InvoiceService.java:28 GET http://customers:8080/customers/{parameter id}',
    ]);
    expect(result.calls[1]!.targets[0]!.via[0]).toBe(
      'property fleet.services.customers bound to record component ServiceUrls.customers (shared-config/src/main/java/org/example/common/config/ServiceUrls.java:6)',
    );
  });

  it('finds a class in another module only when one module declares it', () => {
    const paths = ['a/src/main/java/org/x/Config.java', 'b/src/main/java/org/y/Config.java', 'c/src/main/java/org/y/Config.java'];
    const jvm = moduleResolvers.java!;
    const files = { has: (path: string) => paths.includes(path), endingWith: (suffix: string) => paths.filter((path) => path.endsWith(suffix)) };
    expect(jvm.resolve('org.x.Config', 'd/src/main/java/org/d/App.java', files)).toBe('a/src/main/java/org/x/Config.java');
    expect(jvm.resolve('org.y.Config', 'd/src/main/java/org/d/App.java', files)).toBeNull();
    // Its own module's class first.
    expect(jvm.resolve('org.y.Config', 'b/src/main/java/org/y/Other.java', files)).toBe('b/src/main/java/org/y/Config.java');
  });
});
