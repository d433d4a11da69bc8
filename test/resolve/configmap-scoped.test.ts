/** Two services with a ConfigMap of the same name: each Deployment's references (by key and envFrom) read its own service's map. */
import { beforeAll, describe, expect, it } from 'vitest';
import { scanWorkspace, targetsOf, type WorkspaceScan } from './workspace-scan.js';

describe('ConfigMaps of one name in two services', () => {
  let scan: WorkspaceScan;
  beforeAll(async () => {
    scan = await scanWorkspace('resolve/configmap-scoped');
  });

  it('envFrom and configMapKeyRef read the ConfigMap of their own service', () => {
    expect(targetsOf(scan.callAt('grades/src/upstreams.ts', 3))).toEqual(['http://grades-api.grading.svc.cluster.local:8080/grades (cluster)']);
    expect(targetsOf(scan.callAt('enrolments/src/upstreams.ts', 3))).toEqual(['https://sis-helsinki.funidata.fi/ilmo/api/enrolments (cluster)']);
  });

  it("a key only the other service's map has is unbound here", () => {
    expect(targetsOf(scan.callAt('grades/src/upstreams.ts', 7))).toEqual(['http://audit.grading.svc.cluster.local/events (cluster)']);
    expect(scan.callAt('enrolments/src/upstreams.ts', 7).targets).toMatchObject([{ url: null, env: 'AUDIT_URL', zone: 'unresolved' }]);
    expect(scan.unboundEnv).toEqual(['AUDIT_URL']);
  });
});
