import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readKubernetes } from '../../../src/extract/manifests/kubernetes.js';

const fixtureRoot = new URL('../../../fixtures/extract/manifests/kubernetes/', import.meta.url);
const read = (path: string) => readKubernetes(path, readFileSync(new URL(path, fixtureRoot), 'utf8'));

describe('kubernetes reader: OpenShift production file', () => {
  const facts = read('openshift/production/course-feedback.yaml');
  const binding = (name: string) => facts.bindings.find((candidate) => candidate.name === name);

  it('reads literal env values of containers and init containers, with workload, line and the environment from the folder', () => {
    expect(facts.problems).toEqual([]);
    expect(binding('SISU_URL')).toEqual({
      type: 'env',
      name: 'SISU_URL',
      value: 'https://sis-helsinki.funidata.fi/kori',
      loc: { file: 'openshift/production/course-feedback.yaml', line: 23, column: 22 },
      source: 'kubernetes',
      environment: 'prod',
      service: null,
      workload: 'course-feedback',
    });
    expect(binding('DB_URL')).toMatchObject({ value: 'postgres://feedback-db:5432/feedback', workload: 'course-feedback', loc: { line: 17 } });
    expect(binding('REPLICAS')?.value).toBe('2');
  });

  it('writes dependent $(VAR) references as ${VAR} for the resolver', () => {
    expect(binding('IMPORTER_URL')?.value).toBe('http://${IMPORTER_HOST}:3000');
  });

  it('records configMapKeyRef, secretKeyRef and fieldRef as refs, never reading the secret', () => {
    expect(binding('ORGANISATION_API_URL')).toMatchObject({
      value: '${configmap:course-feedback-config:organisation-api-url}',
      ref: { kind: 'configmap', name: 'course-feedback-config', key: 'organisation-api-url', optional: false },
      workload: 'course-feedback',
      loc: { line: 31 },
    });
    expect(binding('SISU_TOKEN')).toMatchObject({ value: '${secret:sisu-credentials:token}', ref: { kind: 'secret', name: 'sisu-credentials', key: 'token' } });
    expect(binding('POD_IP')?.ref).toEqual({ kind: 'field', name: 'status.podIP', key: null, optional: false });
    expect(facts.bindings.some((candidate) => candidate.value.includes('do-not-read-me'))).toBe(false);
  });

  it('records envFrom as whole-map refs named by their prefix', () => {
    const envFrom = facts.bindings.filter((candidate) => candidate.ref?.key === null && candidate.ref.kind !== 'field');
    expect(envFrom.map((candidate) => [candidate.name, candidate.value, candidate.ref?.kind, candidate.ref?.name])).toEqual([
      ['', '${configmap:course-feedback-config:*}', 'configmap', 'course-feedback-config'],
      ['SHARED_', '${secret:shared-secrets:*}', 'secret', 'shared-secrets'],
    ]);
  });

  it('reads ConfigMap data as bindings tagged with the ConfigMap name', () => {
    const data = facts.bindings.filter((candidate) => candidate.configMap === 'course-feedback-config');
    expect(data.map((candidate) => [candidate.name, candidate.value, candidate.loc.line, candidate.workload])).toEqual([
      ['organisation-api-url', 'https://gw.api.helsinki.fi/organisation', 57, undefined],
      ['LOG_LEVEL', 'info', 58, undefined],
    ]);
  });

  it('learns hosts from the Service (with namespace forms) and the Route', () => {
    expect(facts.hosts.map((host) => [host.host, host.source, host.workload])).toEqual([
      ['course-feedback', 'k8s-service', 'course-feedback'],
      ['course-feedback.toska-prod', 'k8s-service', 'course-feedback'],
      ['course-feedback.toska-prod.svc', 'k8s-service', 'course-feedback'],
      ['course-feedback.toska-prod.svc.cluster.local', 'k8s-service', 'course-feedback'],
      ['course-feedback.apps.ocp.helsinki.fi', 'route', 'course-feedback'],
    ]);
    expect(facts.hosts[4]?.loc.line).toBe(75);
  });

  it('lists the workload with its images and container names', () => {
    expect(facts.workloads).toEqual([
      {
        name: 'course-feedback',
        loc: { file: 'openshift/production/course-feedback.yaml', line: 6, column: 9 },
        source: 'kubernetes',
        environment: 'prod',
        images: ['toska/course-feedback:latest', 'toska/course-feedback:latest'],
        containers: ['migrate', 'app'],
      },
    ]);
  });
});

describe('kubernetes reader: other workload kinds and wrappers', () => {
  const facts = read('k8s/overlays/staging/importer.yaml');

  it('reads CronJob jobTemplates, Knative Services and objects inside a List, labelled staging from the folder', () => {
    expect(facts.problems).toEqual([]);
    expect(facts.bindings.map((binding) => [binding.workload, binding.name, binding.value, binding.environment])).toEqual([
      ['importer-nightly', 'SISU_URL', 'https://sis-helsinki.funidata.fi/kori', 'staging'],
      ['feedback-notifier', 'FEEDBACK_API_URL', 'http://course-feedback.toska-staging.svc.cluster.local', 'staging'],
      ['importer-api', 'DB_URL', 'postgres://importer-db:5432/importer', 'staging'],
    ]);
    expect(facts.workloads?.map((workload) => workload.name)).toEqual(['importer-nightly', 'feedback-notifier', 'importer-api']);
  });

  it('learns Ingress hosts with the backend service of v1 and legacy rules', () => {
    expect(facts.hosts.filter((host) => host.source === 'ingress').map((host) => [host.host, host.source, host.workload, host.loc.line])).toEqual([
      ['importer.staging.toska.cs.helsinki.fi', 'ingress', 'importer-api', 26],
      ['importer-legacy.staging.toska.cs.helsinki.fi', 'ingress', 'importer-legacy', 36],
    ]);
  });
});

describe('kubernetes reader: bad input', () => {
  it('records a reference to a ConfigMap that is nowhere in the repo, for the resolver to report; environment from the namespace', () => {
    const facts = read('k8s/base/missing-configmap.yaml');
    expect(facts.problems).toEqual([]);
    expect(facts.bindings).toEqual([
      {
        type: 'env',
        name: 'EXPORT_TARGET_URL',
        value: '${configmap:export-settings:target-url}',
        loc: { file: 'k8s/base/missing-configmap.yaml', line: 18, column: 19 },
        source: 'kubernetes',
        environment: 'test',
        service: null,
        workload: 'feedback-export',
        ref: { kind: 'configmap', name: 'export-settings', key: 'target-url', optional: true },
      },
    ]);
  });

  it('reports wrong types with their lines and still reads the well-formed objects', () => {
    const facts = read('k8s/base/wrong-types.yaml');
    expect(facts.problems.map((problem) => [problem.code, problem.line])).toEqual([
      ['unexpected-shape', 12],
      ['unexpected-shape', 20],
      ['unexpected-shape', 27],
    ]);
    expect(facts.problems[0]?.message).toContain('broken-one');
    expect(facts.bindings.map((binding) => [binding.workload, binding.name])).toEqual([['course-feedback', 'SISU_URL']]);
  });

  it('an empty ConfigMap data, or one a chart template fills whole, is no wrong type', () => {
    const template = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}-envoy\ndata:\n{{ (.Files.Glob "envoy.yaml").AsConfig | indent 2 }}\n';
    expect(readKubernetes('chart/templates/envoy-cm.yaml', template).problems).toEqual([]);
    expect(readKubernetes('k8s/empty.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: empty\ndata:\n').problems).toEqual([]);
    expect(readKubernetes('k8s/list.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: wrong\ndata: [a, b]\n').problems.map((problem) => problem.code)).toEqual(['unexpected-shape']);
  });

  it('YAML with ERB tags (Rails fixtures) gives no parse problem', () => {
    const fixture = "<% 3.times do |n| %>\nagent_<%= n %>:\n  name: <%= \"agent #{n}\" %>\n  options: <%= { url: 'https://x.example.org' }.to_json.inspect %>\n<% end %>\n";
    expect(readKubernetes('spec/fixtures/agents.yml', fixture).problems).toEqual([]);
  });

  it('reports malformed YAML with a line and reads the other documents', () => {
    const facts = read('k8s/base/malformed.yaml');
    expect(facts.problems.length).toBeGreaterThan(0);
    expect(facts.problems[0]).toMatchObject({ file: 'k8s/base/malformed.yaml', code: 'parse-error' });
    expect(facts.problems[0]?.line).toBe(8);
    expect(facts.bindings.find((binding) => binding.name === 'IMPORTER_URL')).toMatchObject({ value: 'http://importer-api:3000', configMap: 'course-feedback-extra' });
  });

  it('turns a YAML bomb into a problem, fast', () => {
    const started = performance.now();
    const facts = read('k8s/base/yaml-bomb.yaml');
    // Uncapped, this bomb expands to ~10^9 nodes (hours); the bound is loose so a busy machine does not fail it.
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(facts.problems.map((problem) => [problem.code, problem.file])).toEqual([['yaml-too-complex', 'k8s/base/yaml-bomb.yaml']]);
    expect(facts.bindings).toEqual([]);
  });

  it('ignores YAML that is not a Kubernetes object', () => {
    const facts = readKubernetes('ci.yaml', 'stages: [build]\nvariables:\n  SISU_URL: https://example.invalid\n');
    expect(facts.bindings).toEqual([]);
    expect(facts.problems).toEqual([]);
  });
});

describe('kubernetes reader: templates, generators and Knative hosts', () => {
  it('binds OpenShift Template parameters so ${PARAM} in its objects resolves', () => {
    const facts = read('openshift/templates/course-feedback-template.yaml');
    expect(facts.problems).toEqual([]);
    expect(facts.bindings.map((binding) => [binding.name, binding.value, binding.loc.line, binding.workload])).toEqual([
      ['SISU_URL', 'https://sis-helsinki.funidata.fi/kori', 8, undefined],
      ['SISU_URL', '${SISU_URL}', 24, 'course-feedback'],
    ]);
  });

  it('reads Kustomize configMapGenerator literals as ConfigMap bindings', () => {
    const facts = read('k8s/overlays/prod/kustomization.yaml');
    expect(facts.bindings.map((binding) => [binding.configMap, binding.name, binding.value, binding.loc.line, binding.environment])).toEqual([
      ['course-feedback-config', 'IMPORTER_URL', 'http://importer-api.toska-prod.svc:3000', 9, 'prod'],
      ['course-feedback-config', 'ORGANISATION_API_URL', 'https://gw.api.helsinki.fi/organisation', 10, 'prod'],
    ]);
  });

  it('learns the in-cluster names of a Knative Service', () => {
    const facts = read('k8s/overlays/staging/importer.yaml');
    expect(facts.hosts.filter((host) => host.workload === 'feedback-notifier').map((host) => [host.host, host.source])).toEqual([['feedback-notifier', 'k8s-service']]);
  });
});
