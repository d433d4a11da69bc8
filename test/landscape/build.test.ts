/**
 * The landscape model (src/landscape/build.ts): exact nodes and edges of the example workspace through the API, and
 * the rules that decide them on small hand-made results (sources, zones, call counting, worst finding, gateway routes).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint.js';
import { buildLandscape } from '../../src/landscape/build.js';
import type { Finding, ResolvedCall, Target } from '../../src/model.js';

const repo = path.resolve(import.meta.dirname, '../..');

describe('landscape of the example workspace', () => {
  it('has exactly these nodes and edges', async () => {
    const result = await lint({ cwd: repo, paths: ['fixtures/example-workspace'], now: new Date('2026-11-24T00:00:00Z') });
    const landscape = result.landscape!;
    expect(landscape.version).toBe(1);
    expect(landscape.repository).toBe('example-workspace');
    expect(landscape.nodes.map((node) => `${node.kind} ${node.id}`)).toEqual([
      'esb esb',
      'external external:api.openai.com',
      'gateway gateway',
      'local local',
      'service service:course-feedback',
      'service service:room-booking',
      'service service:study-importer',
      'service service:thesis-archive',
      'system system:api-toska.apps.ocp-prod-0.k8s.it.helsinki.fi',
      'system system:orgreg.apps.ocp-prod-0.k8s.it.helsinki.fi',
      'system system:sis-helsinki.funidata.fi',
      'unresolved unresolved',
    ]);
    expect(landscape.nodes.find((node) => node.id === 'service:study-importer')).toMatchObject({ system: 'study-data', repository: 'example-workspace', hosts: expect.arrayContaining(['importer-api.study-importer.svc.cluster.local']) });
    const worst = (edge: (typeof landscape.edges)[number]): string => (edge.worst ? ` ${edge.worst.ruleId}/${edge.worst.severity}${edge.worst.suppressed ? '/suppressed' : ''}` : '');
    expect(landscape.edges.map((edge) => `${edge.id} ${edge.calls}${worst(edge)}${edge.route ? ' route' : ''}`)).toEqual([
      'gateway->system:orgreg.apps.ocp-prod-0.k8s.it.helsinki.fi#gateway@HY Organisation API 0 route',
      'service:course-feedback->external:api.openai.com#external 1',
      'service:course-feedback->gateway#gateway@HY Organisation API 1',
      'service:course-feedback->local#local 4',
      'service:course-feedback->service:study-importer#direct 3 no-direct-integration/error',
      'service:course-feedback->system:sis-helsinki.funidata.fi#direct 1 no-direct-integration/error/suppressed',
      'service:course-feedback->unresolved#unverified 1 unverified-target/warning',
      'service:room-booking->gateway#gateway@HY Organisation API 1',
      'service:room-booking->local#local 1',
      'service:room-booking->system:orgreg.apps.ocp-prod-0.k8s.it.helsinki.fi#direct 1 gateway-bypass/error',
      'service:study-importer->gateway#gateway@HY Organisation API 4',
      'service:study-importer->local#local 1',
      'service:study-importer->system:sis-helsinki.funidata.fi#direct 1 no-direct-integration/error',
      'service:thesis-archive->esb#esb 1',
      'service:thesis-archive->local#local 1',
      'service:thesis-archive->system:api-toska.apps.ocp-prod-0.k8s.it.helsinki.fi#direct 1 no-direct-integration/error',
    ]);
  });
});

function call(line: number, targets: Target[], extra: Partial<ResolvedCall> = {}): ResolvedCall {
  return { file: 'src/a.ts', line, column: 1, language: 'typescript', client: 'fetch', method: 'GET', expression: 'x', kind: 'call', enclosing: '<module>', targets, ...extra };
}
const target = (zone: Target['zone'], host: string | null, extra: Partial<Target> = {}): Target => ({ url: host ? `https://${host}/` : null, host, zone, via: [], ...extra });
const finding = (ruleId: string, callIndex: number, extra: Partial<Finding> = {}): Finding => ({ ruleId, severity: 'error', message: '', file: 'src/a.ts', line: callIndex + 1, column: 1, fingerprint: `${ruleId}-${callIndex}`, callIndex, ...extra });

describe('buildLandscape', () => {
  it('attributes code outside every service to the repository, and skips self calls', () => {
    const landscape = buildLandscape({ result: { root: '/x/my-repo', calls: [call(1, [target('self', null), target('external', 'api.example.com')])], findings: [] } });
    expect(landscape.nodes.map((node) => node.id)).toEqual(['external:api.example.com', 'repository:my-repo']);
    expect(landscape.edges.map((edge) => edge.id)).toEqual(['repository:my-repo->external:api.example.com#external']);
  });

  it('joins an internal host to the service that declares it, and an unknown host to unverified', () => {
    const services = [{ name: 'a', system: null, hosts: [] }, { name: 'b', system: 'sys', hosts: ['b.svc:8080'] }];
    const landscape = buildLandscape({ result: { root: '/r', calls: [call(1, [target('internal', 'B.svc:8080'), target('unknown', 'odd.example')], { service: 'a' })], findings: [] }, services });
    expect(landscape.edges.map((edge) => edge.id)).toEqual(['service:a->service:b#direct', 'service:a->unknown:odd.example#unverified']);
    expect(landscape.nodes.find((node) => node.id === 'service:b')).toEqual({ id: 'service:b', kind: 'service', label: 'b', hosts: ['b.svc'], system: 'sys', repository: 'r' });
  });

  it('counts call sites, and a client configuration only when no call site reaches it', () => {
    const internal = target('internal', 'x.internal');
    const calls = [
      call(1, [internal], { kind: 'client-config' }),
      call(2, [internal], { point: { file: 'src/a.ts', line: 1, column: 1 } }),
      call(3, [internal], { point: { file: 'src/a.ts', line: 1, column: 1 } }),
      call(4, [target('internal', 'y.internal')], { kind: 'client-config' }),
    ];
    const landscape = buildLandscape({ result: { root: '/r', calls, findings: [] } });
    expect(landscape.edges.map((edge) => `${edge.to} ${edge.calls}`)).toEqual(['system:x.internal 2', 'system:y.internal 1']);
  });

  it('keeps the worst finding: a live error over a warning over a suppressed one; rules only mark their kind of edge', () => {
    const calls = [call(1, [target('internal', 'x.internal'), target('local', 'localhost')]), call(2, [target('internal', 'x.internal')]), call(3, [target('unresolved', null)])];
    const findings = [
      finding('no-direct-integration', 0, { suppressed: { kind: 'waiver', justification: 'ok' } }),
      finding('undeclared-integration', 1, { severity: 'warning' }),
      finding('no-direct-integration', 2),
    ];
    const landscape = buildLandscape({ result: { root: '/r', calls, findings } });
    const byTo = Object.fromEntries(landscape.edges.map((edge) => [edge.to, edge.worst]));
    expect(byTo['system:x.internal']).toEqual({ ruleId: 'undeclared-integration', severity: 'warning', fingerprint: 'undeclared-integration-1' });
    expect(byTo.local).toBeNull();
    expect(byTo.unresolved).toBeNull();
  });

  it('draws the gateway route to the backend of each catalogue API the code uses, only those', () => {
    const api = (name: string, url: string) => ({ id: name, name, loc: { file: 'g.json', line: 1, column: 1 }, paths: [], backends: [{ url, raw: url }], plans: [], definitionVersion: '2' });
    const landscape = buildLandscape({
      result: { root: '/r', calls: [call(1, [target('gateway', 'gw.example', { api: 'Orgs' })], { service: 'a' })], findings: [] },
      services: [{ name: 'orgs', system: null, hosts: ['orgs.internal'] }],
      catalog: [api('Orgs', 'https://orgs.internal/api'), api('Unused', 'https://other.internal')],
    });
    expect(landscape.edges.map((edge) => edge.id)).toEqual(['gateway->service:orgs#gateway@Orgs', 'service:a->gateway#gateway@Orgs']);
    expect(landscape.edges[0]).toMatchObject({ route: true, calls: 0, api: 'Orgs' });
  });
});
