/**
 * Service-scoped bindings: two services read the same env var name, each bound in its own OpenShift Deployment
 * (matched by workload name, and by image); a root .env is a repo-wide fallback; a variable bound only for another
 * service is unbound here.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { scanWorkspace, targetsOf, type WorkspaceScan } from './workspace-scan.js';

describe('bindings are scoped to the service whose code reads them', () => {
  let scan: WorkspaceScan;
  beforeAll(async () => {
    scan = await scanWorkspace('resolve/service-scoped');
  });

  it("each service's API_URL resolves to its own Deployment's value only, not the other's and not the root .env", () => {
    expect(targetsOf(scan.callAt('grades/src/client.ts', 8))).toEqual(['http://grades-api.grading.svc.cluster.local:8080/grades (cluster)']);
    expect(targetsOf(scan.callAt('enrolments/src/client.ts', 3))).toEqual(['https://sis-helsinki.funidata.fi/ilmo/api/enrolments (prod)']);
  });

  it('a Deployment named differently from the service is tied to it by its image', () => {
    const [target] = scan.callAt('enrolments/src/client.ts', 3).targets;
    expect(target?.binding).toEqual({ file: 'deploy/openshift/enrolments.yaml', line: 16, column: 22 });
    expect(target?.via).toEqual(['env:API_URL', 'binding API_URL = https://sis-helsinki.funidata.fi/ilmo/api (deploy/openshift/enrolments.yaml:16, prod)']);
  });

  it('a variable the service binds nowhere falls back to the repo-wide binding, marked so in via', () => {
    const [target, ...rest] = scan.callAt('grades/src/client.ts', 12).targets;
    expect(rest).toEqual([]);
    expect(target).toMatchObject({ url: 'http://localhost:9000/audit/events', environment: 'default', binding: { file: '.env', line: 4 } });
    expect(target?.via).toContain('binding AUDIT_URL = http://localhost:9000/audit (.env:4, default, repo-wide fallback)');
  });

  it("another service's own binding never applies: the variable stays env:X, is listed as unbound, and via says where it is bound", () => {
    expect(scan.callAt('grades/src/client.ts', 16).targets).toEqual([
      {
        url: null,
        host: null,
        zone: 'unresolved',
        env: 'REPORTS_URL',
        via: ['env:REPORTS_URL', 'env:REPORTS_URL is bound only for service enrolments, not for grades', 'unresolved: env:REPORTS_URL'],
      },
    ]);
    expect(targetsOf(scan.callAt('enrolments/src/client.ts', 7))).toEqual(['https://reports.it.helsinki.fi/enrolments/monthly (prod)']);
    expect(scan.unboundEnv).toEqual(['REPORTS_URL']);
  });

  it('code outside every service root sees every binding, each naming whose it is', () => {
    const call = scan.callAt('scripts/smoke.ts', 4);
    expect(targetsOf(call)).toEqual([
      'http://localhost:8080/health (default)',
      'https://sis-helsinki.funidata.fi/ilmo/api/health (prod)',
      'http://grades-api.grading.svc.cluster.local:8080/health (cluster)',
    ]);
    expect(call.targets.map((target) => target.via[1])).toEqual([
      'binding API_URL = http://localhost:8080 (.env:3, default, repo-wide fallback)',
      'binding API_URL = https://sis-helsinki.funidata.fi/ilmo/api (deploy/openshift/enrolments.yaml:16, prod, service enrolments)',
      'binding API_URL = http://grades-api.grading.svc.cluster.local:8080 (deploy/openshift/grades.yaml:15, cluster, service grades)',
    ]);
  });
});
