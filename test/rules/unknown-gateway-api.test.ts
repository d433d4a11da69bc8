import { describe, expect, it } from 'vitest';
import { unknownGatewayApi } from '../../src/judge/rules/unknown-gateway-api.js';
import { call, context, target } from './gateway-helpers.js';

describe('unknown-gateway-api', () => {
  it('reports a gateway call whose path no catalogue API publishes', () => {
    const findings = unknownGatewayApi.check(context({ calls: [call([target('https://gw.api.helsinki.fi/organisaatio/units?x=1')])] }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file: 'src/client.ts', line: 3, callIndex: 0, identity: ['loadUnits', 'gw.api.helsinki.fi/organisaatio/units'] });
    expect(findings[0]?.message).toContain('goes to the gateway at https://gw.api.helsinki.fi/organisaatio/units?x=1');
    expect(findings[0]?.message).toContain('catalog pull');
  });

  it('reports a path published only on another virtual host', () => {
    expect(unknownGatewayApi.check(context({ calls: [call([target('https://gw.api.helsinki.fi/secure/rapo/report/1')])] }))).toHaveLength(1);
  });

  it.each([
    ['a published path', 'https://gw.api.helsinki.fi/organisation/units'],
    ['a published path on its virtual host, another port', 'https://gw-api-test.it.helsinki.fi:1443/secure/rapo/report/1'],
    ['a host that is not the gateway', 'https://orgreg.apps.ocp-prod-0.k8s.it.helsinki.fi/nowhere'],
  ])('is silent for %s', (_label, url) => {
    expect(unknownGatewayApi.check(context({ calls: [call([target(url)])] }))).toEqual([]);
  });

  it('is silent without a catalogue and for unresolved targets', () => {
    expect(unknownGatewayApi.check(context({ catalog: [], calls: [call([target('https://gw.api.helsinki.fi/x')])] }))).toEqual([]);
    expect(unknownGatewayApi.check(context({ calls: [call([target(null)])] }))).toEqual([]);
  });

  it('lists several unknown URLs of one call in one finding', () => {
    const findings = unknownGatewayApi.check(context({ calls: [call([target('https://gw.api.helsinki.fi/b'), target('https://gw.api.helsinki.fi/a')])] }));
    expect(findings).toHaveLength(1);
    expect(findings[0]?.identity).toEqual(['loadUnits', 'gw.api.helsinki.fi/a', 'gw.api.helsinki.fi/b']);
  });
});
