/**
 * A field a JavaScript/TypeScript constructor sets from its parameters (`this.httpClient = httpClient` from
 * `constructor({ httpClient, token })`) holds what each `new Class(…)` of the scan passes, evaluated where it is
 * written: a client made in one module and handed to the classes of others resolves to its base URL.
 */
import { describe, expect, it } from 'vitest';
import { scanFixture } from './fixture-scan.js';

describe('fields set from constructor arguments', () => {
  const scan = scanFixture('resolve/constructor-arguments');

  it('the injected client\'s requests go to the base URL it was made with', () => {
    expect(scan.callAt('importerClient.js', 9).targets.map((target) => target.url)).toEqual(['https://importer.example.org/api/course_units']);
    expect(scan.callAt('importerClient.js', 9).targets[0]?.via).toContain('passed to new ImporterClient(…) in index.js');
  });

  it("what a test passes (a stub in test/importerClient.test.js) is not one of production code's values", () => {
    expect(scan.callAt('importerClient.js', 9).targets).toHaveLength(1);
    expect(JSON.stringify(scan.callAt('importerClient.js', 9).targets)).not.toContain('importerClient.test.js');
  });

  it('a class given the wrapping class by `new` calls through it', () => {
    expect(scan.callAt('courses.js', 8)).toMatchObject({ client: 'wrapper:this.importer.get', targets: [{ url: 'https://importer.example.org/api/course_units' }] });
  });
});
