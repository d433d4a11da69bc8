import { describe, expect, it } from 'vitest';
import { apiNotPublished } from '../../src/judge/rules/api-not-published.js';
import type { ServiceDeclaration } from '../../src/model.js';
import { context } from './gateway-helpers.js';

function service(name: string, hosts: string[], provides: ServiceDeclaration['provides']): ServiceDeclaration {
  return { name, system: null, owner: null, root: name, loc: { file: `${name}/architecture.yaml`, line: 1, column: 1 }, hosts, provides, consumes: [], dependsOn: [], source: 'arch-lint' };
}
const provided = (name: string, exposure: 'gateway' | 'esb' | 'internal-only', line = 8) => ({ name, openapi: 'openapi.yaml', exposure, loc: { file: 'x/architecture.yaml', line, column: 5 } });

describe('api-not-published', () => {
  it('reports a gateway-exposed API whose service hosts are no catalogue backend', () => {
    const findings = apiNotPublished.check(context({ services: [service('rooms', ['rooms.apps.ocp-prod-0.k8s.it.helsinki.fi'], [provided('rooms-api', 'gateway')])] }));
    expect(findings).toEqual([
      expect.objectContaining({ file: 'x/architecture.yaml', line: 8, column: 5, identity: ['rooms', 'rooms-api'] }),
    ]);
    expect(findings[0]?.message).toContain("API 'rooms-api' of service 'rooms' is declared 'exposure: gateway'");
    expect(findings[0]?.message).toContain('(rooms.apps.ocp-prod-0.k8s.it.helsinki.fi)');
  });

  it('is silent when a catalogue backend is on one of the service hosts (any case, any port)', () => {
    const services = [service('orgreg', ['ORGREG.apps.ocp-prod-0.k8s.it.helsinki.fi:443', 'orgreg.apps.ocp-test-0.k8s.it.helsinki.fi'], [provided('units', 'gateway')])];
    expect(apiNotPublished.check(context({ services }))).toEqual([]);
    const byUrl = [service('buildings', ['https://building.apps.ocp-prod-0.k8s.it.helsinki.fi/'], [provided('b', 'gateway')])];
    expect(apiNotPublished.check(context({ services: byUrl }))).toEqual([]);
  });

  it('only looks at gateway exposure', () => {
    const services = [service('rooms', ['rooms.example.org'], [provided('esb-feed', 'esb'), provided('internal', 'internal-only')])];
    expect(apiNotPublished.check(context({ services }))).toEqual([]);
  });

  it('says when the service has no known host', () => {
    const findings = apiNotPublished.check(context({ services: [service('rooms', [], [provided('rooms-api', 'gateway')])] }));
    expect(findings[0]?.message).toContain("arch-lint knows no host of service 'rooms'");
  });

  it('is silent without a catalogue', () => {
    expect(apiNotPublished.check(context({ catalog: [], services: [service('rooms', ['rooms.example.org'], [provided('a', 'gateway')])] }))).toEqual([]);
  });
});
