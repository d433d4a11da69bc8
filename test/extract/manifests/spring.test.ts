import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { profileEnvironment, readSpring } from '../../../src/extract/manifests/spring.js';

const fixtureRoot = new URL('../../../fixtures/extract/manifests/spring/', import.meta.url);
const read = (path: string) => readSpring(path, readFileSync(new URL(path, fixtureRoot), 'utf8'));

describe('spring reader', () => {
  it('flattens application.yml to dotted config bindings, keeping ${VAR:default} as written', () => {
    const facts = read('src/main/resources/application.yml');
    expect(facts.problems).toEqual([]);
    const base = facts.bindings.filter((binding) => binding.environment === null);
    expect(base.map((binding) => [binding.name, binding.value, binding.loc.line])).toEqual([
      ['sisu.base-url', '${SISU_URL:https://sis-helsinki.funidata.fi/kori}', 3],
      ['sisu.timeout', '30s', 4],
      ['importer.url', 'http://importer-api:3000', 6],
      ['gateway.apis[0]', 'https://gw.api.helsinki.fi/organisation', 9],
      ['gateway.apis[1]', 'https://gw.api.helsinki.fi/studies', 10],
    ]);
    expect(base[0]).toMatchObject({ type: 'config', source: 'spring', service: null, loc: { file: 'src/main/resources/application.yml', column: 13 } });
  });

  it('labels the build\'s test resources (src/test/resources) test, not the default environment', () => {
    const facts = read('src/test/resources/application.properties');
    expect(facts.bindings.map((binding) => [binding.name, binding.environment])).toEqual([
      ['importer.url', 'test'],
      ['registry.url', 'test'],
    ]);
  });

  it('labels profile documents by on-profile (normalised) or the older spring.profiles', () => {
    const facts = read('src/main/resources/application.yml');
    const byEnvironment = (environment: string) => facts.bindings.filter((binding) => binding.environment === environment && !binding.name.startsWith('spring.')).map((binding) => [binding.name, binding.value]);
    expect(byEnvironment('prod')).toEqual([['sisu.base-url', 'https://sis-helsinki.funidata.fi/kori']]);
    expect(byEnvironment('docker')).toEqual([['importer.url', 'http://importer:3000']]);
  });

  it('reads .properties with every separator, continuations, escapes and #--- documents; profile from the file name', () => {
    const facts = read('src/main/resources/application-dev.properties');
    expect(facts.problems).toEqual([]);
    expect(facts.bindings.map((binding) => [binding.name, binding.value, binding.loc.line, binding.environment])).toEqual([
      ['sisu.base-url', 'http://localhost:8080/kori', 2, 'dev'],
      ['importer.url', 'http://localhost:3000', 3, 'dev'],
      ['gateway.organisation', 'https://gw.api.helsinki.fi/organisation', 4, 'dev'],
      ['weird key', 'value!', 7, 'dev'],
      ['spring.config.activate.on-profile', 'test', 9, 'test'],
      ['importer.url', 'http://importer-test:3000', 10, 'test'],
    ]);
  });

  it('maps profile names to environment labels', () => {
    expect(profileEnvironment('production')).toBe('prod');
    expect(profileEnvironment('local')).toBe('dev');
    expect(profileEnvironment('kubernetes')).toBe('kubernetes');
    expect(profileEnvironment('prod | staging')).toBe('prod | staging');
    expect(profileEnvironment(undefined)).toBeNull();
  });

  it('reports malformed YAML with a line and keeps the other documents', () => {
    const facts = readSpring('application.yml', 'sisu:\n\tbase-url: x\n---\nimporter:\n  url: http://importer-api:3000\n');
    expect(facts.problems[0]).toMatchObject({ code: 'parse-error', line: 2 });
    expect(facts.bindings.find((binding) => binding.name === 'importer.url')?.value).toBe('http://importer-api:3000');
  });
});
