import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readNodeConfig } from '../../../src/extract/manifests/node-config.js';

const fixtureRoot = new URL('../../../fixtures/extract/manifests/node-config/', import.meta.url);
const read = (path: string) => readNodeConfig(path, readFileSync(new URL(path, fixtureRoot), 'utf8'));
const rows = (facts: ReturnType<typeof readNodeConfig>) => facts.bindings.map((binding) => [binding.name, binding.value, binding.loc.line]);

describe('node-config reader', () => {
  it('flattens default.json (with comments) to dotted config bindings that apply everywhere', () => {
    const facts = read('config/default.json');
    expect(facts.problems).toEqual([]);
    expect(rows(facts)).toEqual([
      ['sisu.url', 'https://sis-helsinki.funidata.fi/kori', 4],
      ['sisu.timeoutMs', '5000', 5],
      ['importer.url', 'http://importer-api:3000', 7],
      ['gateway.apis.0', 'https://gw.api.helsinki.fi/organisation', 9],
    ]);
    expect(facts.bindings[0]).toMatchObject({ type: 'config', source: 'node-config', environment: null, service: null, loc: { file: 'config/default.json', column: 12 } });
  });

  it('reads YAML config files, labelled by file name', () => {
    const facts = read('config/production.yaml');
    expect(facts.bindings.map((binding) => [binding.name, binding.value, binding.environment])).toEqual([['importer.url', 'http://importer-api.toska-prod.svc:3000', 'prod']]);
  });

  it('turns custom-environment-variables into config bindings whose value is the env var reference', () => {
    const facts = read('config/custom-environment-variables.json');
    expect(rows(facts)).toEqual([
      ['sisu.url', '${SISU_URL}', 4],
      ['sisu.token', '${SISU_TOKEN}', 5],
    ]);
    expect(facts.bindings[0]?.environment).toBeNull();
  });

  it('reads a CommonJS config statically: env fallbacks as alternatives, templates, constants; skips calls', () => {
    const facts = read('config/development.js');
    expect(facts.problems).toEqual([]);
    expect(facts.bindings.map((binding) => [binding.name, binding.value, binding.loc.line, binding.environment])).toEqual([
      ['sisu.url', '${SISU_URL}', 6, 'dev'],
      ['sisu.url', 'http://localhost:8080/kori', 6, 'dev'],
      ['importer.url', 'http://localhost:3000', 9, 'dev'],
      ['organisation', '${ORGANISATION_API_URL}', 12, 'dev'],
      ['organisation', 'https://gw.api.helsinki.fi/organisation', 12, 'dev'],
    ]);
  });

  it('reads a TypeScript export default through satisfies, wrapper calls, shorthand properties and as const', () => {
    const facts = read('config/test.ts');
    expect(facts.bindings.map((binding) => [binding.name, binding.value, binding.environment])).toEqual([
      ['sisu.url', 'http://sisu-mock:8080/kori', 'test'],
      ['importer.url', 'http://importer-mock:3000', 'test'],
    ]);
  });

  it('reports a syntax error with its line and keeps what was parsed before it', () => {
    const facts = read('broken/config/default.json');
    expect(facts.problems).toHaveLength(1);
    expect(facts.problems[0]).toMatchObject({ file: 'broken/config/default.json', code: 'parse-error', line: 4 });
    expect(facts.bindings.find((binding) => binding.name === 'sisu.url')?.value).toBe('https://sis-helsinki.funidata.fi/kori');
  });

  it('never executes the scanned file', () => {
    const facts = readNodeConfig('config/default.js', "require('child_process').execSync('touch /tmp/arch-lint-pwned');\nmodule.exports = { a: 'b' };\n");
    expect(facts.bindings.map((binding) => [binding.name, binding.value])).toEqual([['a', 'b']]);
  });
});
