import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCatalogFile } from '../../src/catalog/load.js';
import { matchBackend, matchGatewayApi } from '../../src/catalog/match.js';

/** Values shaped loosely like Gravitee definitions, so the fuzzer reaches the format-specific code. */
const key = fc.constantFrom('gravitee', 'definitionVersion', 'proxy', 'virtual_hosts', 'virtualHosts', 'context_path', 'groups', 'endpoints', 'target', 'listeners', 'paths', 'path', 'host', 'type', 'endpointGroups', 'configuration', 'plans', 'security', 'api', 'export', 'data', 'kind', 'apiVersion', 'spec', 'metadata', 'name', 'id', 'properties', 'key', 'value', 'status');
const leaf = fc.oneof(fc.string(), fc.constantFrom('2.0.0', '4.0.0', 'V4', 'http', 'HTTP', 'http-proxy', 'ApiDefinition', 'ApiV4Definition', '{#x}', 'https://a.example/x', '/p'), fc.integer(), fc.boolean(), fc.constant(null));
const value = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(key, tie('node'), { maxKeys: 6 })),
})).node;

describe('catalogue fuzzing', () => {
  it('the loader never throws, for JSON and YAML text of any shape', () => {
    fc.assert(
      fc.property(value, (document) => {
        const json = JSON.stringify(document) ?? 'null';
        const result = parseCatalogFile('fuzz.json', json);
        expect(Array.isArray(result.apis)).toBe(true);
        for (const api of result.apis) expect(api.paths.length).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
    fc.assert(fc.property(fc.string(), (text) => void parseCatalogFile('fuzz.yaml', text)), { numRuns: 300 });
  });

  it('matching never throws on arbitrary strings', () => {
    const catalog = parseCatalogFile('c.json', JSON.stringify({ id: 'a', name: 'A', gravitee: '2.0.0', proxy: { context_path: '/a', endpoints: [{ target: 'https://a.example/x' }] } })).apis;
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl()), (url) => {
        matchBackend(url, catalog, ['https://gw.example']);
        matchGatewayApi(url, catalog, ['https://gw.example']);
      }),
      { numRuns: 300 },
    );
  });
});
