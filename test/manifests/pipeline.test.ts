import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readServiceManifest } from '../../src/extract/manifests/service-manifest.js';
import { emptyFacts } from '../../src/extract/facts.js';
import { judge } from '../../src/judge/index.js';
import { noDirectIntegration } from '../../src/judge/rules/no-direct-integration.js';
import { apiWithoutOpenapi } from '../../src/judge/rules/api-without-openapi.js';
import { undeclaredIntegration } from '../../src/judge/rules/undeclared-integration.js';
import { unusedDeclaration } from '../../src/judge/rules/unused-declaration.js';
import { suppressWaivedFindings, waiverExpired } from '../../src/judge/rules/waiver-expired.js';
import { waiverExpiring } from '../../src/judge/rules/waiver-expiring.js';
import { waiverInvalid } from '../../src/judge/rules/waiver-invalid.js';
import { wrongRoute } from '../../src/judge/rules/wrong-route.js';
import type { FileFacts, ResolvedCall } from '../../src/model.js';
import { attributeServices, checkOpenApiFiles } from '../../src/resolve/services.js';
import { config } from '../rules/manifest-context.js';

// The worked example of docs/manifests.md, through attribution and the judge.
const root = new URL('../../fixtures/manifests/pipeline/', import.meta.url);
const readText = (path: string): string | null => {
  try {
    return readFileSync(new URL(path, root), 'utf8');
  } catch {
    return null;
  }
};
const manifestFacts = (path: string): FileFacts => readServiceManifest(path, readText(path) ?? '');

const route = emptyFacts('deploy/openshift/importer-route.yaml', 'kubernetes');
route.hosts.push({ host: 'importer.it.helsinki.fi', workload: 'importer', source: 'route', loc: { file: 'deploy/openshift/importer-route.yaml', line: 8, column: 9 } });
const facts = [manifestFacts('services/course-feedback/architecture.yaml'), manifestFacts('services/importer/architecture.yaml'), route];

const src = 'services/course-feedback/src/clients.ts';
const resolved = (line: number, url: string, via: string[] = []): ResolvedCall => ({
  file: src,
  line,
  column: 7,
  language: 'typescript',
  client: line === 1 ? 'fetch' : 'axios',
  method: 'GET',
  expression: `'${url}'`,
  kind: 'call',
  enclosing: '<module>',
  targets: [{ url, host: new URL(url).host, zone: 'unknown', via }],
});
const calls = [
  resolved(1, 'https://gw.api.helsinki.fi/organisation/units'),
  resolved(2, 'https://sisu.it.helsinki.fi/kori/api/students'),
  resolved(3, 'https://importer.it.helsinki.fi/api/students', ['env:IMPORTER_URL', 'binding IMPORTER_URL (deploy/openshift/deployment.yaml:31, prod)']),
];

const rules = Object.fromEntries(
  [noDirectIntegration, waiverExpired, waiverExpiring, waiverInvalid, undeclaredIntegration, unusedDeclaration, wrongRoute, apiWithoutOpenapi].map((rule) => [rule.id, rule]),
);

function run(now: string) {
  const attributed = attributeServices(calls, facts);
  const services = checkOpenApiFiles(attributed.services, readText);
  return judge({ calls: attributed.calls, facts, services, config, now: new Date(now), rules, suppressionPasses: [suppressWaivedFindings] });
}

const summary = (output: ReturnType<typeof run>) => output.findings.map((finding) => [finding.ruleId, finding.file, finding.line, finding.suppressed?.kind ?? null]);

describe('manifests through the judge (docs/manifests.md worked example)', () => {
  it('with an active waiver: the Sisu call is suppressed, the importer call is direct and undeclared', () => {
    const output = run('2026-11-24');
    expect(summary(output)).toEqual([
      ['no-direct-integration', src, 2, 'waiver'],
      ['no-direct-integration', src, 3, null],
      ['undeclared-integration', src, 3, null],
    ]);
    expect(output.calls[1]!.suppressedBy).toContain("waiver for 'sisu-kori'");
    expect(output.calls[2]!.targets[0]!.service).toBe('importer-api');
    expect(output.findings[1]!.message).toContain('binding IMPORTER_URL (deploy/openshift/deployment.yaml:31, prod)');
  });

  it('three weeks before expiry: waiver-expiring warns at the waiver line', () => {
    const output = run('2027-06-10T10:00:00Z');
    expect(summary(output)).toContainEqual(['waiver-expiring', 'services/course-feedback/architecture.yaml', 21, null]);
    expect(output.findings.find((finding) => finding.ruleId === 'waiver-expiring')!.message).toContain('in 20 days');
  });

  it('after expiry: waiver-expired at the waiver line, and the Sisu call is reported again', () => {
    const output = run('2027-07-01');
    expect(summary(output)).toEqual([
      ['waiver-expired', 'services/course-feedback/architecture.yaml', 21, null],
      ['no-direct-integration', src, 2, null],
      ['no-direct-integration', src, 3, null],
      ['undeclared-integration', src, 3, null],
    ].sort((a, b) => String(a[1]).localeCompare(String(b[1])) || Number(a[2]) - Number(b[2]) || String(a[0]).localeCompare(String(b[0]))));
    expect(output.calls[1]!.suppressedBy).toBeUndefined();
  });
});
