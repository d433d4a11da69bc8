import { describe, expect, it } from 'vitest';
import { wrongRoute } from '../../src/judge/rules/wrong-route.js';
import { config, context, manifest } from './manifest-context.js';

const { services, file } = manifest('declarations');

describe('wrong-route', () => {
  it('reports a via: gateway entry on a non-gateway host and a via: esb entry on a non-ESB host', () => {
    const findings = wrongRoute.check(context({ services }));
    expect(findings.map((finding) => [finding.identity[1], finding.file, finding.line])).toEqual([
      ['persons-api', file, 25],
      ['enrolments', file, 28],
    ]);
    expect(findings[0]!.message).toContain("is on host 'persons.it.helsinki.fi' (zone internal), not a gateway host (gw.api.helsinki.fi)");
    expect(findings[1]!.message).toContain("is on host 'gw.api.helsinki.fi' (zone gateway), not an ESB host (esbmt1.it.helsinki.fi, esbmt2.it.helsinki.fi)");
  });

  it('follows the configured zones', () => {
    const zones = { ...config.zones, gateway: [...config.zones.gateway, 'persons.it.helsinki.fi'] };
    expect(wrongRoute.check(context({ services, config: { ...config, zones } })).map((finding) => finding.identity[1])).toEqual(['enrolments']);
  });

  it('says when no hosts of the zone are configured', () => {
    const zones = { ...config.zones, esb: [] };
    const findings = wrongRoute.check(context({ services, config: { ...config, zones } }));
    expect(findings.find((finding) => finding.identity[1] === 'course-sync')!.message).toContain('no esb hosts configured');
  });
});
