/** Which service a binding belongs to and its environment label, on hand-made facts (rules that the fixtures do not show). */
import { describe, expect, it } from 'vitest';
import { emptyFacts } from '../../src/extract/facts.js';
import type { Binding, FileFacts, ManifestKind, ServiceDeclaration, WorkloadFact } from '../../src/model.js';
import { scopeBindings } from '../../src/resolve/binding-scope.js';

function service(name: string, root: string): FileFacts {
  const facts = emptyFacts(`${root}/architecture.yaml`, 'service-manifest');
  const declaration: ServiceDeclaration = {
    name,
    system: null,
    owner: null,
    root,
    loc: { file: facts.file, line: 1, column: 1 },
    hosts: [],
    provides: [],
    consumes: [],
    dependsOn: [],
    source: 'arch-lint',
  };
  facts.services.push(declaration);
  return facts;
}

function binding(file: string, source: ManifestKind, extra: Partial<Binding> = {}): Binding {
  return { type: 'env', name: 'API_URL', value: 'http://x', loc: { file, line: 1, column: 1 }, source, environment: null, service: null, ...extra };
}

function withBindings(file: string, kind: ManifestKind, bindings: Binding[], workloads: WorkloadFact[] = []): FileFacts {
  const facts = emptyFacts(file, kind);
  facts.bindings.push(...bindings);
  if (workloads.length > 0) facts.workloads = workloads;
  return facts;
}

describe('scopeBindings', () => {
  const services = [service('grades', 'services/grades'), service('enrolments', 'services/enrolments')];

  it("a service named by the reader wins; one it does not know is ignored", () => {
    const named = binding('deploy/a.yaml', 'kubernetes', { service: 'grades' });
    const unknown = binding('deploy/b.yaml', 'kubernetes', { service: 'payroll' });
    const scope = scopeBindings([...services, withBindings('deploy/a.yaml', 'kubernetes', [named, unknown])]);
    expect(scope.ownersOf(named)).toEqual(['grades']);
    expect(scope.ownersOf(unknown)).toEqual([]);
  });

  it('a Helm release named like a service (no workload fact) is that service; a workload two services claim by image is nobody', () => {
    const helm = binding('charts/x/values-prod.yaml', 'helm-values', { workload: 'grades', environment: 'prod' });
    const claimed = binding('deploy/shared.yaml', 'kubernetes', { workload: 'worker' });
    const workloads: WorkloadFact[] = [
      { name: 'worker', loc: { file: 'deploy/shared.yaml', line: 1, column: 1 }, source: 'kubernetes', environment: null, images: ['quay.io/hy/grades:1'] },
      { name: 'worker', loc: { file: 'deploy/other.yaml', line: 1, column: 1 }, source: 'kubernetes', environment: null, images: ['quay.io/hy/enrolments:1'] },
    ];
    const scope = scopeBindings([...services, withBindings('charts/x/values-prod.yaml', 'helm-values', [helm]), withBindings('deploy/shared.yaml', 'kubernetes', [claimed], workloads.slice(0, 1)), withBindings('deploy/other.yaml', 'kubernetes', [], workloads.slice(1))]);
    expect(scope.ownersOf(helm)).toEqual(['grades']);
    // Its own file's workload fact says grades (by image), whatever another file says of the name.
    expect(scope.ownersOf(claimed)).toEqual(['grades']);
    const elsewhere = binding('deploy/third.yaml', 'kubernetes', { workload: 'worker' });
    expect(scopeBindings([...services, withBindings('deploy/third.yaml', 'kubernetes', [elsewhere]), withBindings('deploy/shared.yaml', 'kubernetes', [], workloads.slice(0, 1)), withBindings('deploy/other.yaml', 'kubernetes', [], workloads.slice(1))]).ownersOf(elsewhere)).toEqual([]);
  });

  it('an env file loaded by two services belongs to both; its environment is the loading workload one', () => {
    const shared = binding('shared.env.local', 'dotenv');
    const compose: WorkloadFact[] = [
      { name: 'grades', loc: { file: 'docker-compose.yml', line: 2, column: 1 }, source: 'compose', environment: 'dev', envFiles: ['shared.env.local'] },
      { name: 'enrolments-web', loc: { file: 'docker-compose.yml', line: 8, column: 1 }, source: 'compose', environment: 'dev', buildContext: 'services/enrolments', envFiles: ['shared.env.local'] },
    ];
    const scope = scopeBindings([...services, withBindings('shared.env.local', 'dotenv', [shared]), withBindings('docker-compose.yml', 'compose', [], compose)]);
    expect(scope.ownersOf(shared)).toEqual(['enrolments', 'grades']);
    expect(scope.environmentOf(shared)).toBe('dev');
  });

  it('environment labels: as read, else cluster for Kubernetes and Helm, else default', () => {
    const scope = scopeBindings(services);
    expect(scope.environmentOf(binding('deploy/a.yaml', 'kubernetes', { environment: 'staging' }))).toBe('staging');
    expect(scope.environmentOf(binding('deploy/a.yaml', 'kubernetes'))).toBe('cluster');
    expect(scope.environmentOf(binding('charts/grades/values.yaml', 'helm-values'))).toBe('cluster');
    expect(scope.environmentOf(binding('.env', 'dotenv'))).toBe('default');
    expect(scope.environmentOf(binding('src/main/resources/application.yml', 'spring'))).toBe('default');
  });

  it('a file under a service root is that service; elsewhere it is a repo-wide fallback', () => {
    const scope = scopeBindings(services);
    expect(scope.ownersOf(binding('services/grades/.env', 'dotenv'))).toEqual(['grades']);
    expect(scope.ownersOf(binding('.env', 'dotenv'))).toEqual([]);
    expect(scope.hasServices).toBe(true);
    expect(scopeBindings([]).hasServices).toBe(false);
  });
});
