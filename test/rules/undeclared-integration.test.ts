import { describe, expect, it } from 'vitest';
import { readBackstageCatalog } from '../../src/extract/manifests/backstage.js';
import { readServiceManifest } from '../../src/extract/manifests/service-manifest.js';
import { undeclaredIntegration } from '../../src/judge/rules/undeclared-integration.js';
import { call, config, context, manifest, target } from './manifest-context.js';

const feedback = manifest('declarations').services;
const transcripts = readServiceManifest('services/transcripts/architecture.yaml', 'apiVersion: arch-lint/v1\nkind: Service\nmetadata: { name: transcripts, system: teaching }\n').services;
const legacy = readBackstageCatalog('services/legacy/catalog-info.yaml', 'kind: Component\nmetadata: { name: legacy }\n').services;
const services = [...feedback, ...transcripts, ...legacy];
const src = 'services/declarations/src/clients.ts';

describe('undeclared-integration', () => {
  it('reports gateway, ESB and internal calls no consumes entry covers, with a suggested entry', () => {
    const calls = [
      call(src, 10, 'course-feedback', [target('https://gw.api.helsinki.fi/organisation/units', 'gateway', { via: ["const ORG_URL (services/declarations/src/config.ts:2)"] })]),
      call(src, 20, 'course-feedback', [target('https://gw.api.helsinki.fi/studyrights/v2/rights', 'gateway')]),
      call(src, 30, 'course-feedback', [target('https://importer.it.helsinki.fi/api/students', 'internal', { via: ['env:IMPORTER_URL', 'binding IMPORTER_URL (deploy/app.yaml:12, prod)'] })]),
      call(src, 40, 'course-feedback', [target('https://esbmt2.it.helsinki.fi/grades/push', 'esb')]),
    ];
    const findings = undeclaredIntegration.check(context({ services, calls }));
    expect(findings.map((finding) => [finding.line, finding.callIndex])).toEqual([
      [20, 1],
      [30, 2],
      [40, 3],
    ]);
    expect(findings[0]!.message).toContain('services/declarations/architecture.yaml (service \'course-feedback\') declares no consumes entry covering it');
    expect(findings[0]!.message).toContain('{ name: studyrights, url: https://gw.api.helsinki.fi/studyrights, via: gateway }');
    // The headline names host and zone; the evidence line under it, the chain.
    expect(findings[1]!.message).toContain("reaches 'importer.it.helsinki.fi' [internal]");
    expect(findings[1]!.message).toContain('\n↳ https://importer.it.helsinki.fi/api/students via env:IMPORTER_URL → binding IMPORTER_URL (deploy/app.yaml:12, prod)');
    expect(findings[1]!.message).toContain('{ name: importer-api, url: https://importer.it.helsinki.fi/api, via: direct }');
    expect(findings[2]!.message).toContain('via: esb }');
    expect(findings[1]!.identity).toEqual(['fn30', 'call', 'importer.it.helsinki.fi']);
  });

  it('ignores external, local and unresolved targets, ignored hosts, calls to the service itself, and calls outside any manifest', () => {
    const calls = [
      call(src, 1, 'course-feedback', [target('https://api.openai.com/v1/chat', 'external')]),
      call(src, 2, 'course-feedback', [target('http://localhost:3000/x', 'local')]),
      call(src, 3, 'course-feedback', [{ url: null, host: null, zone: 'unresolved', via: ['env:X'] }]),
      call(src, 4, 'course-feedback', [target('https://sso.it.helsinki.fi/x', 'internal', { ignored: true })]),
      call(src, 5, 'course-feedback', [target('https://feedback.it.helsinki.fi/api', 'internal', { service: 'course-feedback' })]),
      call('scripts/seed.ts', 6, undefined, [target('https://importer.it.helsinki.fi/api', 'internal')]),
    ];
    expect(undeclaredIntegration.check(context({ services, calls }))).toEqual([]);
  });

  it('skips calls within one system unless allowWithinSystem is off', () => {
    const calls = [call(src, 7, 'course-feedback', [target('https://transcripts.it.helsinki.fi/api', 'internal', { service: 'transcripts' })])];
    expect(undeclaredIntegration.check(context({ services, calls }))).toEqual([]);
    const across = undeclaredIntegration.check(context({ services, calls, config: { ...config, allowWithinSystem: false } }));
    expect(across).toHaveLength(1);
    // The suggested entry is named after the service the host belongs to.
    expect(across[0]!.message).toContain('{ name: transcripts, url: https://transcripts.it.helsinki.fi/api, via: direct }');
  });

  it('only judges services with an architecture.yaml (Backstage names no URLs)', () => {
    const calls = [call('services/legacy/index.js', 8, 'legacy', [target('https://importer.it.helsinki.fi/api', 'internal')])];
    expect(undeclaredIntegration.check(context({ services, calls }))).toEqual([]);
  });

  it('uses the host when the URL is not known', () => {
    const calls = [call(src, 9, 'course-feedback', [{ url: null, host: 'persons.it.helsinki.fi', zone: 'internal', via: [] }])];
    // persons-api declares only /api, so the bare host is not covered.
    expect(undeclaredIntegration.check(context({ services, calls }))).toHaveLength(1);
  });
});
