/**
 * Configuration bound to classes (issue "Real code, part 2", points 2 and 4): Spring `@ConfigurationProperties` (with
 * relaxed binding of `base-url` to `baseUrl`, read through a method of the injected bean), a Dropwizard
 * configuration class bound by Jackson from `config/<env>/…-config.yml` (each environment its own target), and Jersey 1
 * requests on a `WebResource` held in a field that the constructor sets from what a factory passes (`new UnitsClient(…)`). Fixture: fixtures/extract/java-bound-config.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint.js';

describe('configuration bound to classes', () => {
  it('resolves the bound keys in every environment, and finds Jersey requests on a WebResource field', async () => {
    const root = fileURLToPath(new URL('../../../fixtures/extract/java-bound-config', import.meta.url));
    const result = await lint({ cwd: root, paths: [root] });
    expect(result.calls.map((call) => `${call.file.split('/').pop()}:${call.line} ${call.client} ${call.targets.map((target) => `${target.url ?? '?'}[${target.environment ?? ''}]`).join(' ')}`)).toEqual([
      'CourseService.java:14 RestTemplate https://sisu.it.helsinki.fi/kori/api/courses[default]',
      'UnitsClient.java:13 Jersey https://units.it.helsinki.fi/api//{parameter id}[prod] https://units-mock.example.org/api//{parameter id}[test]',
      'UnitsClientFactory.java:21 Jersey https://units.it.helsinki.fi/api/[prod] https://units-mock.example.org/api/[test]',
    ]);
    // The field the constructor sets holds what the factory passes to `new UnitsClient(…)`.
    expect(result.calls[1]!.targets[0]!.via).toContain('passed to new UnitsClient(…) in registry/src/main/java/fi/example/registry/UnitsClientFactory.java');
    const sisu = result.calls[0]!.targets[0]!;
    expect(sisu.via[0]).toBe('property sisu.baseUrl bound to field SisuProperties.baseUrl (portal/src/main/java/fi/example/portal/SisuProperties.java:7)');
  });
});
