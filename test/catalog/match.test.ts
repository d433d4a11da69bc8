import { describe, expect, it } from 'vitest';
import { isGatewayUrl, matchBackend, matchGatewayApi } from '../../src/catalog/match.js';
import type { GatewayApi } from '../../src/model.js';

const ENTRYPOINTS = ['https://gw.api.helsinki.fi', 'https://gw-api-test.it.helsinki.fi'];

function api(id: string, paths: GatewayApi['paths'], backends: string[], plans: GatewayApi['plans'] = []): GatewayApi {
  return { id, name: `${id} API`, loc: { file: 'catalog.json', line: 1, column: 1 }, paths, backends: backends.map((url) => ({ url, raw: url })), plans, definitionVersion: 'V2' };
}

const organisation = api('organisation', [{ path: '/organisation', host: null }], ['https://orgreg.apps.ocp-prod-0.k8s.it.helsinki.fi/api']);
const organisationV2 = api('organisation-v2', [{ path: '/organisation/v2', host: null }], ['https://orgreg.apps.ocp-prod-0.k8s.it.helsinki.fi/api/v2']);
const legacy = api('empinfo', [{ path: '/employeeinformation', host: null }], ['http://empinfo.it.helsinki.fi:8080/']);
const testOnly = api('rapo', [{ path: '/secure/rapo/report', host: 'gw-api-test.it.helsinki.fi' }], ['https://rapo-backend.it.helsinki.fi/report']);
const elOnly: GatewayApi = { ...api('dyn', [{ path: '/dyn', host: null }], []), backends: [{ url: null, raw: '{#request.headers}' }] };
const catalog = [organisation, organisationV2, legacy, testOnly, elOnly];

describe('matchBackend', () => {
  it('maps the backend URL to entrypoint + context path + the rest of the path', () => {
    expect(matchBackend('https://orgreg.apps.ocp-prod-0.k8s.it.helsinki.fi/api/units', catalog, ENTRYPOINTS)).toMatchObject({
      api: { id: 'organisation' },
      strength: 'prefix',
      gatewayUrl: 'https://gw.api.helsinki.fi/organisation/units',
      gatewayPath: '/organisation',
    });
  });

  it('prefers the longest backend prefix when several APIs share a host', () => {
    expect(matchBackend('https://orgreg.apps.ocp-prod-0.k8s.it.helsinki.fi/api/v2/educationUnits?x=1', catalog, ENTRYPOINTS)).toMatchObject({
      api: { id: 'organisation-v2' },
      gatewayUrl: 'https://gw.api.helsinki.fi/organisation/v2/educationUnits?x=1',
    });
  });

  it.each([
    ['trailing slash', 'https://orgreg.apps.ocp-prod-0.k8s.it.helsinki.fi/api/', 'https://gw.api.helsinki.fi/organisation/'],
    ['exact backend', 'https://orgreg.apps.ocp-prod-0.k8s.it.helsinki.fi/api', 'https://gw.api.helsinki.fi/organisation'],
    ['host case and default port', 'https://OrgReg.apps.ocp-prod-0.k8s.it.helsinki.fi:443/api/units', 'https://gw.api.helsinki.fi/organisation/units'],
    ['backend with explicit port and root path', 'http://empinfo.it.helsinki.fi:8080/v1/?search=x', 'https://gw.api.helsinki.fi/employeeinformation/v1/?search=x'],
    ['root of a root-path backend', 'http://empinfo.it.helsinki.fi:8080', 'https://gw.api.helsinki.fi/employeeinformation'],
  ])('normalises: %s', (_label, url, gatewayUrl) => {
    expect(matchBackend(url, catalog, ENTRYPOINTS)).toMatchObject({ strength: 'prefix', gatewayUrl });
  });

  it('falls back to a weaker host-only match when the path is not under the backend', () => {
    const match = matchBackend('https://orgreg.apps.ocp-prod-0.k8s.it.helsinki.fi/health', catalog, ENTRYPOINTS);
    expect(match).toMatchObject({ api: { id: 'organisation' }, strength: 'host', gatewayUrl: 'https://gw.api.helsinki.fi/organisation' });
    // A path segment that only starts like the backend path is not under it.
    expect(matchBackend('https://orgreg.apps.ocp-prod-0.k8s.it.helsinki.fi/apis', catalog, ENTRYPOINTS)?.strength).toBe('host');
    // Another port or scheme on the same host: host-only.
    expect(matchBackend('http://empinfo.it.helsinki.fi/v1', catalog, ENTRYPOINTS)?.strength).toBe('host');
  });

  it('uses the virtual host when the API is only published on one', () => {
    expect(matchBackend('https://rapo-backend.it.helsinki.fi/report/2026', catalog, ENTRYPOINTS)?.gatewayUrl).toBe('https://gw-api-test.it.helsinki.fi/secure/rapo/report/2026');
  });

  it('has no gateway URL without entrypoints, and no match for unrelated hosts, EL backends or non-URLs', () => {
    expect(matchBackend('https://orgreg.apps.ocp-prod-0.k8s.it.helsinki.fi/api/units', catalog, [])).toMatchObject({ gatewayUrl: null, gatewayPath: '/organisation' });
    expect(matchBackend('https://api.worldbank.org/v2/country', catalog, ENTRYPOINTS)).toBeNull();
    expect(matchBackend('/api/units', catalog, ENTRYPOINTS)).toBeNull();
    expect(matchBackend('ftp://orgreg.apps.ocp-prod-0.k8s.it.helsinki.fi/api', catalog, ENTRYPOINTS)).toBeNull();
  });
});

describe('matchGatewayApi', () => {
  it('finds the API by the longest context path on an entrypoint', () => {
    expect(matchGatewayApi('https://gw.api.helsinki.fi/organisation/v2/x', catalog, ENTRYPOINTS)?.api.id).toBe('organisation-v2');
    expect(matchGatewayApi('https://gw.api.helsinki.fi/organisation/units', catalog, ENTRYPOINTS)).toMatchObject({ api: { id: 'organisation' }, path: '/organisation' });
    expect(matchGatewayApi('https://GW.API.HELSINKI.FI/organisation', catalog, ENTRYPOINTS)?.api.id).toBe('organisation');
  });

  it('matches a virtual-host path only on that host, ignoring the port', () => {
    expect(matchGatewayApi('https://gw-api-test.it.helsinki.fi:1443/secure/rapo/report/', catalog, ENTRYPOINTS)?.api.id).toBe('rapo');
    expect(matchGatewayApi('https://gw.api.helsinki.fi/secure/rapo/report/', catalog, ENTRYPOINTS)).toBeNull();
  });

  it('strips a path that is part of the entrypoint', () => {
    expect(matchGatewayApi('https://apps.example.org/gateway/organisation/units', catalog, ['https://apps.example.org/gateway'])?.api.id).toBe('organisation');
    expect(matchGatewayApi('https://apps.example.org/other/organisation', catalog, ['https://apps.example.org/gateway'])).toBeNull();
  });

  it('is null for unknown paths and non-gateway URLs', () => {
    expect(matchGatewayApi('https://gw.api.helsinki.fi/nowhere', catalog, ENTRYPOINTS)).toBeNull();
    expect(matchGatewayApi('https://orgreg.apps.ocp-prod-0.k8s.it.helsinki.fi/organisation', catalog, ENTRYPOINTS)).toBeNull();
    expect(isGatewayUrl('https://gw.api.helsinki.fi/nowhere', ENTRYPOINTS)).toBe(true);
    expect(isGatewayUrl('https://gw-api-test.it.helsinki.fi/x', [], catalog)).toBe(true);
    expect(isGatewayUrl('https://example.org/x', ENTRYPOINTS, catalog)).toBe(false);
  });
});
