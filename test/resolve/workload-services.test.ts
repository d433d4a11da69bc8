/** Workloads tied to services by image and build context, and the hosts that follow (a k8s Service named like the workload). */
import { describe, expect, it } from 'vitest';
import type { HostFact, ServiceDeclaration, WorkloadFact } from '../../src/model.js';
import { imageName, serviceForHostFact, serviceForWorkload, workloadServices } from '../../src/resolve/services.js';
import { emptyFacts } from '../../src/extract/facts.js';

const declared = (name: string, root: string): ServiceDeclaration => ({
  name,
  system: null,
  owner: null,
  root,
  loc: { file: `${root}/architecture.yaml`, line: 1, column: 1 },
  hosts: [],
  provides: [],
  consumes: [],
  dependsOn: [],
  source: 'arch-lint',
});
const services = [declared('study-importer', 'study-importer'), declared('course-feedback', 'apps/feedback')];
const workload = (name: string, extra: Partial<WorkloadFact> = {}): WorkloadFact => ({ name, loc: { file: 'deploy/app.yaml', line: 1, column: 1 }, source: 'kubernetes', environment: null, ...extra });

describe('workloads and services', () => {
  it('image names without registry, path, tag or digest', () => {
    expect(imageName('quay.io/toska/study-importer:production')).toBe('study-importer');
    expect(imageName('registry.local:5000/hy/course-feedback@sha256:0123abcd')).toBe('course-feedback');
    expect(imageName('postgres:16')).toBe('postgres');
  });

  it('by name, build context, image; a dependency is nobody', () => {
    expect(serviceForWorkload(workload('feedback'), services)?.name).toBe('course-feedback'); // directory name
    expect(serviceForWorkload(workload('web', { source: 'compose', buildContext: 'apps/feedback/server' }), services)?.name).toBe('course-feedback');
    expect(serviceForWorkload(workload('importer-api', { images: ['quay.io/toska/study-importer:production'] }), services)?.name).toBe('study-importer');
    expect(serviceForWorkload(workload('db', { images: ['postgres:16'] }), services)).toBeUndefined();
  });

  it("a Kubernetes Service named like a workload that runs a service is that service's host", () => {
    const facts = emptyFacts('study-importer/openshift/deployment.yaml', 'kubernetes');
    facts.workloads = [workload('importer-api', { images: ['quay.io/toska/study-importer:production'] })];
    const known = workloadServices([facts], services);
    const host: HostFact = { host: 'importer-api.study-importer.svc.cluster.local', loc: { file: 'study-importer/openshift/service.yaml', line: 5, column: 3 }, workload: 'importer-api', source: 'k8s-service' };
    expect(serviceForHostFact(host, services, {}, known)?.name).toBe('study-importer');
    expect(serviceForHostFact({ ...host, workload: 'redis' }, services, {}, known)).toBeUndefined();
  });
});
