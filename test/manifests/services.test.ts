import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readBackstageCatalog } from '../../src/extract/manifests/backstage.js';
import { readServiceManifest } from '../../src/extract/manifests/service-manifest.js';
import { emptyFacts } from '../../src/extract/facts.js';
import type { FileFacts, HostFact, ResolvedCall, ServiceDeclaration, Target } from '../../src/model.js';
import {
  attributeServices,
  checkOpenApiFiles,
  findConsumesEntry,
  isOpenApiDocument,
  mergeServices,
  pathFromRoot,
  serviceForFile,
  urlCovers,
} from '../../src/resolve/services.js';

const workspace = new URL('../../fixtures/manifests/services/workspace/', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, workspace), 'utf8');

function hostFacts(file: string, hosts: Omit<HostFact, 'loc'>[]): FileFacts {
  const facts = emptyFacts(file, 'kubernetes');
  facts.hosts = hosts.map((host, index) => ({ ...host, loc: { file, line: index + 1, column: 1 } }));
  return facts;
}

function call(file: string, targets: Partial<Target>[]): ResolvedCall {
  return {
    file,
    line: 3,
    column: 1,
    language: 'typescript',
    client: 'axios',
    method: 'GET',
    expression: 'url',
    kind: 'call',
    enclosing: '<module>',
    targets: targets.map((target) => ({ url: null, host: null, zone: 'internal', via: [], ...target })),
  };
}

const facts: FileFacts[] = [
  readServiceManifest('services/course-feedback/architecture.yaml', read('services/course-feedback/architecture.yaml')),
  readBackstageCatalog('services/transcripts/catalog-info.yaml', read('services/transcripts/catalog-info.yaml')),
  readServiceManifest('services/importer/architecture.yaml', read('services/importer/architecture.yaml')),
  hostFacts('deploy/openshift/importer.yaml', [{ host: 'importer.it.helsinki.fi', workload: 'importer', source: 'route' }]),
  hostFacts('deploy/k8s/services.yaml', [
    { host: 'transcript-service', workload: 'transcript-service', source: 'k8s-service' },
    { host: 'transcript-service.studies.svc.cluster.local', workload: 'transcript-service', source: 'k8s-service' },
  ]),
  hostFacts('services/course-feedback/docker-compose.yml', [
    { host: 'db', workload: 'db', source: 'compose-service' },
    { host: 'course-feedback', workload: 'course-feedback', source: 'compose-service' },
  ]),
];

describe('service attribution', () => {
  it('attributes each file to the nearest manifest root above it; files outside every root to none', () => {
    const services = mergeServices(facts.flatMap((fileFacts) => fileFacts.services));
    expect(serviceForFile('services/course-feedback/src/api/client.ts', services)?.name).toBe('course-feedback');
    expect(serviceForFile('services/transcripts/index.js', services)?.name).toBe('transcript-service');
    expect(serviceForFile('services/course-feedbackish/x.ts', services)).toBeUndefined();
    expect(serviceForFile('scripts/seed.ts', services)).toBeUndefined();
    const nested = [...services, { ...services[0]!, name: 'feedback-ui', root: 'services/course-feedback/ui' } as ServiceDeclaration];
    expect(serviceForFile('services/course-feedback/ui/src/App.tsx', nested)?.name).toBe('feedback-ui');
    const atRoot = [{ ...services[0]!, name: 'monolith', root: '' } as ServiceDeclaration];
    expect(serviceForFile('anything/at/all.ts', atRoot)?.name).toBe('monolith');
  });

  it('learns service hosts from spec.hosts and from deployment files matched by workload, directory or location', () => {
    const { services } = attributeServices([], facts);
    const hosts = Object.fromEntries(services.map((service) => [service.name, service.hosts]));
    expect(hosts).toEqual({
      'course-feedback': ['course-feedback', 'feedback.it.helsinki.fi'],
      'importer-api': ['importer.it.helsinki.fi'],
      'transcript-service': ['transcript-service', 'transcript-service.studies.svc.cluster.local'],
    });
  });

  it('matches a workload by package.json name when given', () => {
    const withPackage = [...facts, hostFacts('deploy/x.yaml', [{ host: 'feedback-backend', workload: 'feedback-backend', source: 'route' }])];
    const { services } = attributeServices([], withPackage, { packageNames: { 'services/course-feedback': '@hy/feedback-backend' } });
    expect(services.find((service) => service.name === 'course-feedback')?.hosts).toContain('feedback-backend');
  });

  it('sets call.service from the file and target.service from the host, without mutating the input', () => {
    const calls = [
      call('services/course-feedback/src/importer.ts', [
        { url: 'https://importer.it.helsinki.fi/api/students', host: 'importer.it.helsinki.fi' },
        { url: 'http://transcript-service.studies.svc.cluster.local:8080/x', host: 'transcript-service.studies.svc.cluster.local:8080' },
        { url: null, host: null, zone: 'unresolved' },
      ]),
      call('tools/smoke.ts', [{ url: 'https://FEEDBACK.it.helsinki.fi/', host: 'FEEDBACK.it.helsinki.fi' }]),
    ];
    const before = JSON.stringify(calls);
    const result = attributeServices(calls, facts);
    expect(JSON.stringify(calls)).toBe(before);
    expect(result.calls[0]!.service).toBe('course-feedback');
    expect(result.calls[0]!.targets.map((target) => target.service)).toEqual(['importer-api', 'transcript-service', undefined]);
    expect(result.calls[1]!.service).toBeUndefined();
    expect(result.calls[1]!.targets[0]!.service).toBe('course-feedback');
  });

  it('merges an architecture.yaml and a Backstage Component of the same name, the manifest winning', () => {
    const manifest = readServiceManifest('svc/architecture.yaml', 'apiVersion: arch-lint/v1\nkind: Service\nmetadata: { name: svc }\n').services;
    const backstage = readBackstageCatalog('svc/catalog-info.yaml', 'kind: Component\nmetadata: { name: svc }\nspec: { system: sys, owner: team, dependsOn: [resource:db] }\n').services;
    const [merged] = mergeServices([...backstage, ...manifest]);
    expect(merged).toMatchObject({ name: 'svc', source: 'arch-lint', system: 'sys', owner: 'team', dependsOn: ['resource:db'] });
  });

  it('keeps two architecture.yaml files that use the same name as two services, each with its root', () => {
    const text = 'apiVersion: arch-lint/v1\nkind: Service\nmetadata: { name: api }\n';
    const twins = [...readServiceManifest('a/architecture.yaml', text).services, ...readServiceManifest('b/architecture.yaml', text).services];
    const merged = mergeServices(twins);
    expect(merged.map((service) => service.root)).toEqual(['a', 'b']);
    expect(serviceForFile('b/src/x.ts', merged)?.root).toBe('b');
  });
});

describe('findConsumesEntry', () => {
  const service = attributeServices([], facts).services.find((declared) => declared.name === 'course-feedback')!;
  const covered = (url: string | null): string | undefined => findConsumesEntry(service, url)?.name;

  it('matches URL prefixes on whole path segments, ignoring scheme, default port, case of host and trailing slash', () => {
    expect(covered('https://gw.api.helsinki.fi/organisation')).toBe('organisation-api');
    expect(covered('https://gw.api.helsinki.fi/organisation/units?lang=fi')).toBe('organisation-api');
    expect(covered('http://GW.api.helsinki.fi:80/organisation/units')).toBe('organisation-api');
    expect(covered('https://gw.api.helsinki.fi:443/organisation')).toBe('organisation-api');
    expect(covered('https://gw.api.helsinki.fi/organisations')).toBeUndefined();
    expect(covered('https://gw.api.helsinki.fi:8443/organisation')).toBeUndefined();
    expect(covered('https://gw.api.helsinki.fi/')).toBeUndefined();
  });

  it('prefers the longest matching prefix', () => {
    expect(covered('https://sisu.it.helsinki.fi/kori/api/students/123')).toBe('sisu-kori-students');
    expect(covered('https://sisu.it.helsinki.fi/kori/api/courses')).toBe('sisu-kori');
  });

  it('covers nothing for unresolved, relative or non-http URLs', () => {
    expect(covered(null)).toBeUndefined();
    expect(covered('/kori/api')).toBeUndefined();
    expect(covered('env:SISU_URL')).toBeUndefined();
    expect(urlCovers('ftp://sisu.it.helsinki.fi/kori', 'ftp://sisu.it.helsinki.fi/kori')).toBe(false);
  });

  it('an explicit non-default port must match', () => {
    expect(urlCovers('http://importer:3000/', 'http://importer:3000/api')).toBe(true);
    expect(urlCovers('http://importer:3000/', 'http://importer/api')).toBe(false);
  });
});

describe('checkOpenApiFiles', () => {
  const manifest = readServiceManifest(
    'services/feedback/architecture.yaml',
    'apiVersion: arch-lint/v1\nkind: Service\nmetadata: { name: feedback }\nspec:\n  provides:\n    - { name: a, openapi: openapi.yaml, exposure: gateway }\n    - { name: b, openapi: ../shared/b.json, exposure: gateway }\n    - { name: c, openapi: docs/c.yaml, exposure: gateway }\n    - { name: d, exposure: internal-only }\n',
  ).services;
  const files: Record<string, string> = {
    'services/feedback/openapi.yaml': 'openapi: 3.0.3\ninfo: { title: Feedback, version: "1" }\npaths: {}\n',
    'services/shared/b.json': '{ "swagger": "2.0", "info": { "title": "B", "version": "1" }, "paths": {} }',
  };

  it('records whether each named file exists and parses as OpenAPI/Swagger, relative to the manifest', () => {
    const [checked] = checkOpenApiFiles(manifest, (path) => files[path] ?? null);
    expect(checked!.provides.map((api) => [api.name, api.openapiStatus])).toEqual([
      ['a', 'ok'],
      ['b', 'ok'],
      ['c', 'missing'],
      ['d', undefined],
    ]);
    const [broken] = checkOpenApiFiles(manifest, () => 'openapi: [unclosed\n');
    expect(broken!.provides[0]!.openapiStatus).toBe('unparseable');
    const [notOpenApi] = checkOpenApiFiles(manifest, () => 'name: just some yaml\n');
    expect(notOpenApi!.provides[0]!.openapiStatus).toBe('unparseable');
  });

  it('resolves paths relative to the manifest and never above the scan root', () => {
    expect(pathFromRoot('services/feedback', './docs/../openapi.yaml')).toBe('services/feedback/openapi.yaml');
    expect(pathFromRoot('', '../outside.yaml')).toBeNull();
    expect(isOpenApiDocument('openapi: 3.1.0\ninfo: {}\n')).toBe(true);
  });
});
