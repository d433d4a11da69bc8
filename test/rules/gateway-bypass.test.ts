import { describe, expect, it } from 'vitest';
import { bypassedApiFor } from '../../src/catalog/match.js';
import { credentialOf, gatewayBypass } from '../../src/judge/rules/gateway-bypass.js';
import { call, context, ENTRYPOINTS, loadTestCatalog, target, testConfig } from './gateway-helpers.js';

describe('gateway-bypass', () => {
  it('reports a call to a published backend with the API, the gateway URL and the API-key header', () => {
    const findings = gatewayBypass.check(context({ calls: [call([target('https://orgreg.apps.ocp-prod-0.k8s.it.helsinki.fi/api/units', { via: ['env:ORGREG_URL'] })])] }));
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding).toMatchObject({ file: 'src/client.ts', line: 3, column: 7, callIndex: 0 });
    expect(finding?.message).toContain("gateway API 'Organisation Registry API' (orgreg)");
    expect(finding?.message).toContain('Call https://gw.api.helsinki.fi/organisation/units instead');
    expect(finding?.message).toContain("an API key in the X-Api-Key header (plan 'Application key')");
    expect(finding?.message).toContain('via env:ORGREG_URL');
    expect(finding?.fix).toBeUndefined();
  });

  it('names OAuth2/JWT bearer credentials, keyless plans and mTLS', () => {
    const catalog = loadTestCatalog();
    const byId = (id: string) => catalog.find((api) => api.id === id)?.plans ?? [];
    expect(credentialOf(byId('contacts'))).toBe(", with a JWT (Authorization: Bearer) (plan 'Portal JWT') or an OAuth2 access token (Authorization: Bearer) (plan 'Staff apps')");
    expect(credentialOf(byId('buildings'))).toBe(' (a keyless plan needs no credential)');
    expect(credentialOf(byId('rapo'))).toBe(", with a TLS client certificate (plan 'Client certificate')");
    expect(credentialOf([])).toContain('subscribing to one of its plans');
  });

  it('uses the apiKeyHeader option', () => {
    const findings = gatewayBypass.check(context({ options: { apiKeyHeader: 'X-Gravitee-Api-Key' }, calls: [call([target('https://orgreg.apps.ocp-prod-0.k8s.it.helsinki.fi/api')])] }));
    expect(findings[0]?.message).toContain('in the X-Gravitee-Api-Key header');
  });

  it('says when the match is host-only and weaker', () => {
    const findings = gatewayBypass.check(context({ calls: [call([target('https://orgreg.apps.ocp-prod-0.k8s.it.helsinki.fi/metrics')])] }));
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain('weaker, host-only match');
    expect(findings[0]?.message).toContain('call https://gw.api.helsinki.fi/organisation instead');
    expect(findings[0]?.identity).toContain('host');
  });

  it('uses the virtual host of an API published only there', () => {
    const findings = gatewayBypass.check(context({ calls: [call([target('https://rapo-backend.it.helsinki.fi/report/2026')])] }));
    expect(findings[0]?.message).toContain('Call https://gw-api-test.it.helsinki.fi/secure/rapo/report/2026 instead');
  });

  it('says so when no entrypoint is configured', () => {
    const findings = gatewayBypass.check(context({ config: testConfig([]), calls: [call([target('https://orgreg.apps.ocp-prod-0.k8s.it.helsinki.fi/api/units')])] }));
    expect(findings[0]?.message).toContain('the gateway path /organisation (no gateway entrypoint is configured');
  });

  it.each([
    ['through the gateway', target('https://gw.api.helsinki.fi/organisation/units')],
    ['to an unrelated host', target('https://api.worldbank.org/v2/country')],
    ['unresolved', target(null)],
    ['to an ignored host', target('https://orgreg.apps.ocp-prod-0.k8s.it.helsinki.fi/api', { ignored: true })],
  ])('is silent for a call %s', (_label, t) => {
    expect(gatewayBypass.check(context({ calls: [call([t])] }))).toEqual([]);
  });

  it('is silent for a service calling its own backend, and within one system when allowWithinSystem is on', () => {
    const own = call([target('https://orgreg.apps.ocp-prod-0.k8s.it.helsinki.fi/api/units', { service: 'orgreg' })], { service: 'orgreg' });
    expect(gatewayBypass.check(context({ calls: [own] }))).toEqual([]);
    const sibling = call([target('https://orgreg.apps.ocp-prod-0.k8s.it.helsinki.fi/api/units', { service: 'orgreg' })], { service: 'orgreg-ui' });
    const service = (name: string) => ({ name, system: 'organisation', owner: null, root: name, loc: { file: `${name}/architecture.yaml`, line: 1, column: 1 }, hosts: [], provides: [], consumes: [], dependsOn: [], source: 'arch-lint' as const });
    const services = [service('orgreg'), service('orgreg-ui')];
    expect(gatewayBypass.check(context({ calls: [sibling], services }))).toHaveLength(1);
    expect(gatewayBypass.check(context({ calls: [sibling], services, config: { ...testConfig(), allowWithinSystem: true } }))).toEqual([]);
  });

  it('is silent without a catalogue', () => {
    expect(gatewayBypass.check(context({ catalog: [], calls: [call([target('https://orgreg.apps.ocp-prod-0.k8s.it.helsinki.fi/api')])] }))).toEqual([]);
  });

  it('reports one finding per API for a call with several targets on it, and one per API when they differ', () => {
    const same = call([target('https://orgreg.apps.ocp-prod-0.k8s.it.helsinki.fi/api/a'), target('https://orgreg.apps.ocp-prod-0.k8s.it.helsinki.fi/api/a')]);
    expect(gatewayBypass.check(context({ calls: [same] }))).toHaveLength(1);
    const two = call([target('https://orgreg.apps.ocp-prod-0.k8s.it.helsinki.fi/api/a'), target('https://contact-search.apps.ocp-prod-0.k8s.it.helsinki.fi/api/contacts')]);
    expect(gatewayBypass.check(context({ calls: [two] })).map((finding) => finding.identity[2])).toEqual(['orgreg', 'contacts']);
  });

  it('reports a client configuration and the calls through it alike (the judge makes them one finding per integration point)', () => {
    const config = call([target('https://orgreg.apps.ocp-prod-0.k8s.it.helsinki.fi/api')], { kind: 'client-config', line: 5, file: 'src/api.ts', expression: "baseURL: 'https://orgreg…'" });
    const used = call([target('https://orgreg.apps.ocp-prod-0.k8s.it.helsinki.fi/api/units', { via: ["axios instance 'orgreg' (src/api.ts:5)"] })]);
    const findings = gatewayBypass.check(context({ calls: [config, used] }));
    expect(findings.map((finding) => finding.callIndex)).toEqual([0, 1]);
  });

  describe('fix', () => {
    const literalText = 'https://orgreg.apps.ocp-prod-0.k8s.it.helsinki.fi/api';
    const literal = { file: 'deploy/deployment.yaml', line: 24, column: 22, offset: 611, text: literalText };

    it('carries a fix rewriting the one literal to the gateway URL, with the text it expects there', () => {
      const findings = gatewayBypass.check(context({ calls: [call([target('https://orgreg.apps.ocp-prod-0.k8s.it.helsinki.fi/api/units', { literal })])] }));
      expect(findings[0]?.fix).toEqual({
        file: 'deploy/deployment.yaml',
        range: [611, 611 + literalText.length],
        text: 'https://gw.api.helsinki.fi/organisation',
        expected: literalText,
        description: `Replace ${literalText} with the gateway URL https://gw.api.helsinki.fi/organisation (Organisation Registry API) in deploy/deployment.yaml:24`,
      });
    });

    it('keeps the path and query that are part of the literal', () => {
      const full = { ...literal, text: 'https://orgreg.apps.ocp-prod-0.k8s.it.helsinki.fi/api/units?lang=fi' };
      const findings = gatewayBypass.check(context({ calls: [call([target(full.text, { literal: full })])] }));
      expect(findings[0]?.fix?.text).toBe('https://gw.api.helsinki.fi/organisation/units?lang=fi');
    });

    it.each([
      ['a host-only match', 'https://orgreg.apps.ocp-prod-0.k8s.it.helsinki.fi/metrics', 'https://orgreg.apps.ocp-prod-0.k8s.it.helsinki.fi/metrics'],
      ['a literal that is only the host', 'https://orgreg.apps.ocp-prod-0.k8s.it.helsinki.fi/api/units', 'orgreg.apps.ocp-prod-0.k8s.it.helsinki.fi'],
      ['a literal with a placeholder', 'https://orgreg.apps.ocp-prod-0.k8s.it.helsinki.fi/api/units', '${ORGREG_BASE}/api'],
    ])('has no fix for %s', (_label, url, text) => {
      const findings = gatewayBypass.check(context({ calls: [call([target(url, { literal: { ...literal, text } })])] }));
      expect(findings).toHaveLength(1);
      expect(findings[0]?.fix).toBeUndefined();
    });

    it('has no fix without entrypoints', () => {
      const findings = gatewayBypass.check(context({ config: testConfig([]), calls: [call([target(literalText, { literal })])] }));
      expect(findings[0]?.fix).toBeUndefined();
    });
  });
});

describe('bypassedApiFor (for no-direct-integration)', () => {
  const catalog = loadTestCatalog();
  it('is the match for a bypassing target and null otherwise', () => {
    expect(bypassedApiFor(target('https://orgreg.apps.ocp-prod-0.k8s.it.helsinki.fi/api/x'), catalog)?.api.id).toBe('orgreg');
    expect(bypassedApiFor(target('https://gw.api.helsinki.fi/organisation/x'), catalog, ENTRYPOINTS)).toBeNull();
    expect(bypassedApiFor(target('https://other.it.helsinki.fi/x'), catalog)).toBeNull();
    expect(bypassedApiFor(target('https://orgreg.apps.ocp-prod-0.k8s.it.helsinki.fi/api/x'), [])).toBeNull();
    expect(bypassedApiFor({ ...target('https://orgreg.apps.ocp-prod-0.k8s.it.helsinki.fi/api/x'), zone: 'local' }, catalog)).toBeNull();
  });

  it('treats a target with only a host as a host-only match', () => {
    const hostOnly = { url: null, host: 'orgreg.apps.ocp-prod-0.k8s.it.helsinki.fi', zone: 'internal' as const, via: [] };
    expect(bypassedApiFor(hostOnly, catalog, ENTRYPOINTS)).toMatchObject({ strength: 'host', gatewayUrl: 'https://gw.api.helsinki.fi/organisation' });
  });
});
