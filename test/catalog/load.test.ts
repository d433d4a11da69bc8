import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog, loadCatalogFromGlobs, normalisePath, parseCatalogFile } from '../../src/catalog/load.js';
import type { GatewayApi } from '../../src/model.js';

const dir = path.resolve(import.meta.dirname, '../../fixtures/catalog/load');
const read = (name: string) => parseCatalogFile(name, readFileSync(path.join(dir, name), 'utf8'));
const byId = (apis: GatewayApi[], id: string) => apis.find((api) => api.id === id);
/** The model without where it was read from: what must be equal across serialisations. */
const core = (api: GatewayApi | undefined) => (api ? { ...api, loc: undefined } : undefined);

const ORG = '5f1e0c2a-7d3b-4c11-9a0e-00000000a001';
const CONTACT = 'c0ffee00-1234-4abc-8def-00000000b002';

describe('loadCatalog: the four serialisations', () => {
  it('reads a v2 "gravitee 2.0.0" export: virtual host path, group endpoints, array plans, closed plan left out', () => {
    const { apis, problems } = read('v2-export.json');
    expect(problems).toEqual([]);
    expect(apis).toEqual([
      {
        id: ORG,
        name: 'Organisation Registry API',
        loc: { file: 'v2-export.json', line: 1, column: 1 },
        paths: [{ path: '/organisation', host: null }],
        backends: [{ url: 'https://orgreg.apps.ocp-prod-0.k8s.it.helsinki.fi/api', raw: 'https://orgreg.apps.ocp-prod-0.k8s.it.helsinki.fi/api' }],
        plans: [
          { name: 'Application key', security: 'API_KEY' },
          { name: 'Staff OAuth2', security: 'OAUTH2' },
        ],
        definitionVersion: 'V2',
      },
    ]);
  });

  it('the same v2 API loads to the same model from the v2 export, the Management API list and the operator CRD', () => {
    const fromExport = byId(read('v2-export.json').apis, ORG);
    const fromList = byId(read('mapi-list.json').apis, ORG);
    const fromCrd = byId(read('gko.yaml').apis, ORG);
    expect(core(fromCrd)).toEqual(core(fromExport));
    // The list response carries no plans; everything else is the same.
    expect(core(fromList)).toEqual({ ...core(fromExport), plans: [] });
  });

  it('the same v4 API loads to the same model from the Management API export, the deployed definition and the operator CRD', () => {
    const fromExport = byId(read('v4-export.json').apis, CONTACT);
    const fromDeployed = byId(read('v4-deployed.json').apis, CONTACT);
    const fromCrd = byId(read('gko.yaml').apis, CONTACT);
    const fromList = byId(read('mapi-list.json').apis, CONTACT);
    expect(fromExport).toBeDefined();
    expect(core(fromDeployed)).toEqual(core(fromExport));
    expect(core(fromCrd)).toEqual(core(fromExport));
    expect(core(fromList)).toEqual({ ...core(fromExport), plans: [] });
    expect(fromExport?.paths).toEqual([{ path: '/contact-search', host: null }]);
    expect(fromExport?.plans).toEqual([{ name: 'API key', security: 'API_KEY' }]);
  });

  it('keeps EL targets: resolved from the API properties when it can, url null when it cannot', () => {
    const api = byId(read('v4-export.json').apis, CONTACT);
    expect(api?.backends).toEqual([
      { url: 'https://contact-search.apps.ocp-prod-0.k8s.it.helsinki.fi/api', raw: 'https://contact-search.apps.ocp-prod-0.k8s.it.helsinki.fi/api' },
      { url: 'https://contact-search-standby.apps.ocp-prod-0.k8s.it.helsinki.fi/v2', raw: "{#api.properties['standby']}/v2" },
      { url: null, raw: "{#request.headers['x-backend'][0]}" },
    ]);
  });

  it('resolves the short EL form {#properties[…]} and embedded EL too', () => {
    const content = JSON.stringify({ id: 'e', name: 'E', gravitee: '4.0.0', listeners: [{ type: 'http', paths: [{ path: '/e' }] }], endpointGroups: [{ type: 'http-proxy', endpoints: [{ name: 'a', configuration: { target: "https://{#properties['host']}/x" } }] }], properties: [{ key: 'host', value: 'e.example.org' }] });
    expect(parseCatalogFile('e.json', content).apis[0]?.backends).toEqual([{ url: 'https://e.example.org/x', raw: "https://{#properties['host']}/x" }]);
  });

  it('reads legacy context_path and proxy.endpoints, skips mock endpoints, keeps virtual hosts (lower-cased) and lower-case enums', () => {
    const { apis, problems } = read('v2-legacy.json');
    expect(problems).toEqual([]);
    expect(byId(apis, 'empinfo-legacy')).toMatchObject({
      paths: [{ path: '/employeeinformation', host: null }],
      backends: [{ url: 'http://empinfo.it.helsinki.fi:8080/', raw: 'http://empinfo.it.helsinki.fi:8080/' }],
      plans: [{ name: 'Key', security: 'API_KEY' }],
      loc: { file: 'v2-legacy.json', line: 2 },
    });
    expect(byId(apis, 'netdata-vhost')).toMatchObject({
      paths: [
        { path: '/netdata', host: null },
        { path: '/netdata', host: 'gw-api-test.it.helsinki.fi' },
      ],
      plans: [{ name: 'JWT for staff apps', security: 'JWT' }],
      loc: { line: 18 },
    });
  });

  it('skips federated APIs and non-Gravitee Kubernetes resources without complaint', () => {
    expect(read('mapi-list.json').apis.map((api) => api.id)).toEqual([ORG, CONTACT]);
    const gko = read('gko.yaml');
    expect(gko.problems).toEqual([]);
    expect(gko.apis.map((api) => [api.id, api.loc.line])).toEqual([
      [ORG, 3],
      [CONTACT, 37],
    ]);
  });
});

describe('loadCatalog: bad input', () => {
  it('a malformed definition is one problem naming the file and the API; the others load', () => {
    const { apis, problems } = read('mixed-broken.yaml');
    expect(apis.map((api) => api.id)).toEqual(['building-1', 'efecte-3']);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatchObject({ file: 'mixed-broken.yaml', line: 9, severity: 'error', code: 'catalog-invalid-api' });
    expect(problems[0]?.message).toContain('"Person Group API" (broken-2)');
    expect(problems[0]?.message).toContain('neither `virtual_hosts` nor `context_path`');
    expect(problems[1]).toMatchObject({ file: 'mixed-broken.yaml', severity: 'warning' });
    expect(problems[1]?.message).toContain('half-configured');
    expect(byId(apis, 'efecte-3')?.backends).toHaveLength(1);
  });

  it('an unparseable file is one problem and no APIs', () => {
    const { apis, problems } = read('not-yaml.json');
    expect(apis).toEqual([]);
    expect(problems).toEqual([expect.objectContaining({ file: 'not-yaml.json', code: 'parse-error', severity: 'error' })]);
  });

  it('never throws on odd documents', () => {
    const odd = ['', '42', 'null', '[1, "x", null]', '{"gravitee": "2.0.0"}', '{"definitionVersion": "V4", "listeners": "no"}', 'kind: ApiDefinition\napiVersion: gravitee.io/v1alpha1\nspec: 3', '{"api": 1, "export": {}}', 'a: &a [*a]'];
    for (const content of odd) {
      expect(() => parseCatalogFile('odd.yaml', content)).not.toThrow();
    }
    expect(parseCatalogFile('odd.json', '{"gravitee": "2.0.0", "id": "x"}').problems[0]?.message).toContain('API "x" it has no `proxy` section');
  });

  it('reads JSON that YAML rejects (tab indentation)', () => {
    const content = '{\n\t"id": "t",\n\t"name": "Tabbed",\n\t"gravitee": "2.0.0",\n\t"proxy": {"context_path": "/tab", "endpoints": [{"name": "a", "target": "https://tab.example.org"}]}\n}';
    expect(parseCatalogFile('tab.json', content).apis.map((api) => api.paths)).toEqual([[{ path: '/tab', host: null }]]);
  });
});

describe('loadCatalogFromGlobs', () => {
  it('loads every matching file, sorted by API id, and reports a configured file that is missing', async () => {
    const { apis, problems } = await loadCatalogFromGlobs(['v2-*.json', 'missing-catalogue.json'], dir);
    expect(apis.map((api) => `${api.id} ${api.loc.file}`)).toEqual([`${ORG} v2-export.json`, 'empinfo-legacy v2-legacy.json', 'netdata-vhost v2-legacy.json']);
    expect(problems).toEqual([expect.objectContaining({ file: 'missing-catalogue.json', code: 'catalog-missing' })]);
  });

  it('loadCatalog sorts across files', () => {
    const { apis } = loadCatalog([
      { path: 'b.yaml', content: 'id: z\nname: Z\ngravitee: "2.0.0"\nproxy: {context_path: /z}' },
      { path: 'a.yaml', content: 'id: a\nname: A\ngravitee: "2.0.0"\nproxy: {context_path: /a}' },
    ]);
    expect(apis.map((api) => api.id)).toEqual(['a', 'z']);
  });
});

describe('normalisePath', () => {
  it.each([
    ['/organisation/', '/organisation'],
    ['organisation', '/organisation'],
    ['', '/'],
    ['/', '/'],
    ['//a//b/', '/a/b'],
  ])('%s → %s', (input, expected) => expect(normalisePath(input)).toBe(expected));
});
