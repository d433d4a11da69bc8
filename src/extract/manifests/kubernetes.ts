/**
 * Kubernetes / OpenShift / Knative YAML (multi-document): container env of workloads → env bindings,
 * `valueFrom` / `envFrom` → bindings with a `ref` the resolver joins, ConfigMap `data` → bindings tagged with the map's name,
 * Route / Ingress / Service → hosts. Secrets are never read: a secret ref only names the secret.
 * Documents without `apiVersion` and `kind` are offered to the gateway formats (Envoy, Kong, Traefik, KrakenD: routes);
 * any other (CI files, tool configs…) is ignored silently.
 */
import type { Binding, FileFacts, ManifestKind, Problem, RouteFact, WorkloadFact } from '../../model.js';
import { emptyFacts } from '../facts.js';
import type { ManifestReader } from '../index.js';
import { environmentFromFolders, environmentFromNamespace } from './environment-label.js';
import { field, items, parseYaml, path, text, unexpectedShape } from './yaml-tree.js';
import type { YamlValue } from './yaml-tree.js';
import { HELM_TEMPLATE_MARKER, isHelmTemplate, untemplate } from './helm-template.js';
import { applicationConfigBindings, isApplicationConfigPath } from './spring.js';
import { gatewayFormatOf, parseGatewayConfig } from './gateway-config.js';
import { readNginx } from './nginx.js';

/** An ERB tag (`<%= … %>`, `<% … %>`, `<%- … -%>`). */
const ERB_TAG = /<%[=-]?[\s\S]*?%>/;
const ERB_TAGS = new RegExp(ERB_TAG.source, 'g');

/** Workload kind → where its pod spec lives. */
const podSpecPaths: Record<string, string[]> = {
  Deployment: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  ReplicationController: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
  DeploymentConfig: ['spec', 'template', 'spec'], // OpenShift
  Rollout: ['spec', 'template', 'spec'], // Argo Rollouts
  Pod: ['spec'],
};

interface DocumentContext {
  file: string;
  kind: ManifestKind;
  /** From the path; a document's namespace suffix is used when the path says nothing. */
  pathEnvironment: string | null;
  facts: FileFacts;
  workloads: WorkloadFact[];
}

export function readKubernetes(file: string, content: string, kind: ManifestKind = 'kubernetes'): FileFacts {
  const facts = emptyFacts(file, kind);
  // A Helm chart template: its template syntax is taken out first (no parse warnings for it, no `{{ … }}` targets).
  const template = isHelmTemplate(file, content);
  // ERB in YAML (Rails fixtures and configs, `<%= ENV['X'] %>`): the tags are blanked, and what they leave is not the author's YAML to report.
  const erb = !template && ERB_TAG.test(content);
  const parsed = parseYaml(file, template ? untemplate(content) : erb ? content.replace(ERB_TAGS, (tag) => tag.replace(/[^\n]/g, ' ')) : content);
  if (!erb) facts.problems.push(...(template ? templateProblems(parsed.problems) : parsed.problems));
  const context: DocumentContext = { file, kind, pathEnvironment: environmentFromFolders(file), facts, workloads: [] };
  const applicationConfig = !template && isApplicationConfigPath(file);
  // A document that is no Kubernetes object may be a gateway's configuration (Envoy, Kong, Traefik, KrakenD in YAML).
  const routes: RouteFact[] = [];
  for (const document of parsed.documents) {
    // An application's configuration YAML (Dropwizard, plain config files) binds configuration keys; a gateway's gives routes.
    const kubernetesObject = text(field(document, 'apiVersion')) !== undefined || text(field(document, 'kind')) !== undefined;
    const gateway = kubernetesObject || template ? undefined : gatewayFormatOf(document);
    if (gateway) routes.push(...gateway.routes(document, file));
    else if (applicationConfig && !kubernetesObject) facts.bindings.push(...applicationConfigBindings(file, document, kind));
    else if (kubernetesObject) readObject(document, context, 0);
  }
  if (routes.length > 0) (facts.routes ??= []).push(...routes);
  if (context.workloads.length > 0) facts.workloads = context.workloads;
  if (template) {
    dropTemplated(facts);
    // A message naming a templated value shows the template, not the marker it was read as.
    for (const problem of facts.problems) problem.message = problem.message.replaceAll(HELM_TEMPLATE_MARKER, '{{…}}');
  }
  return facts;
}

/**
 * A template whose logic shapes the YAML itself (`define` blocks, `toYaml` into a nested key) is not YAML once the
 * template syntax is out: its errors are that, not the author's, so one warning says so, at the first of them.
 */
function templateProblems(problems: readonly Problem[]): Problem[] {
  const errors = problems.filter((problem) => problem.code === 'parse-error');
  const first = errors[0];
  if (!first) return [...problems];
  const where = first.line !== undefined ? ` (first at line ${first.line}: ${first.message.replace(/^malformed YAML: |; read what could be parsed$/g, '')})` : '';
  const summary: Problem = { ...first, message: `Helm template not read as YAML once its template syntax is taken out${where}; read what could be parsed` };
  return [summary, ...problems.filter((problem) => problem.code !== 'parse-error')];
}

/** Bindings, hosts and workloads that hold a template expression other than `.Values.…`: unresolved, left out. */
function dropTemplated(facts: FileFacts): void {
  const templated = (value: string | null | undefined): boolean => value?.includes(HELM_TEMPLATE_MARKER) ?? false;
  facts.bindings = facts.bindings
    .filter((binding) => !templated(binding.name) && !templated(binding.value) && !templated(binding.ref?.name))
    .map((binding) => (templated(binding.workload) ? (({ workload: _workload, ...rest }) => rest)(binding) : binding));
  facts.hosts = facts.hosts.filter((host) => !templated(host.host)).map((host) => (templated(host.workload) ? { ...host, workload: null } : host));
  if (facts.workloads) {
    facts.workloads = facts.workloads.filter((workload) => !templated(workload.name));
    if (facts.workloads.length === 0) delete facts.workloads;
  }
}

function readObject(object: YamlValue, context: DocumentContext, depth: number): void {
  const apiVersion = text(field(object, 'apiVersion'));
  const objectKind = text(field(object, 'kind'));
  if (apiVersion === undefined || objectKind === undefined) return;
  const metadata = field(object, 'metadata');
  const name = text(field(metadata, 'name')) ?? '';
  const namespace = text(field(metadata, 'namespace')) ?? null;
  const environment = context.pathEnvironment ?? (namespace ? environmentFromNamespace(namespace) : null);
  // Lists and OpenShift Templates wrap other objects.
  if ((objectKind === 'List' || objectKind.endsWith('List')) && depth < 4) {
    for (const item of items(field(object, 'items'))) readObject(item, context, depth + 1);
    return;
  }
  if (objectKind === 'Template' && depth < 4) {
    readTemplateParameters(object, environment, context);
    for (const item of items(field(object, 'objects'))) readObject(item, context, depth + 1);
    return;
  }
  if (objectKind === 'Kustomization') {
    readConfigMapGenerators(object, environment, context);
    return;
  }
  if (objectKind === 'Service' && apiVersion.startsWith('serving.knative.dev')) {
    readWorkload(object, name, ['spec', 'template', 'spec'], environment, context);
    // Inside the cluster a Knative Service answers at the same names as a plain Service.
    readService(object, name, namespace, context);
    return;
  }
  const podSpecPath = podSpecPaths[objectKind];
  if (podSpecPath) {
    readWorkload(object, name, podSpecPath, environment, context);
    return;
  }
  switch (objectKind) {
    case 'ConfigMap':
      readConfigMap(object, name, environment, context);
      return;
    case 'Service':
      readService(object, name, namespace, context);
      return;
    case 'Route':
      readRoute(object, name, context);
      return;
    case 'Ingress':
      readIngress(object, context);
      return;
    default:
      // Secrets (never read), RBAC, PVCs and the rest say nothing about hosts or URLs.
      return;
  }
}

function readWorkload(object: YamlValue, name: string, podSpecPath: string[], environment: string | null, context: DocumentContext): void {
  const podSpec = path(object, ...podSpecPath);
  const metadataName = field(field(object, 'metadata'), 'name');
  const workload: WorkloadFact = { name, loc: { file: context.file, line: metadataName?.line ?? object.line, column: metadataName?.column ?? object.column }, source: context.kind, environment };
  const images: string[] = [];
  const containers: string[] = [];
  for (const containerList of [field(podSpec, 'initContainers'), field(podSpec, 'containers')]) {
    if (containerList !== undefined && containerList.kind !== 'seq') context.facts.problems.push(unexpectedShape(context.file, containerList, `containers of ${objectLabel(object, name)} should be a list`));
    for (const container of items(containerList)) {
      const image = text(field(container, 'image'));
      if (image) images.push(image);
      const containerName = text(field(container, 'name'));
      if (containerName && containerName !== name && !containers.includes(containerName)) containers.push(containerName);
      readContainerEnv(container, name, environment, context);
    }
  }
  if (images.length > 0) workload.images = images;
  if (containers.length > 0) workload.containers = containers;
  const configMaps = new Set<string>();
  for (const volume of items(field(podSpec, 'volumes'))) {
    const direct = text(path(volume, 'configMap', 'name'));
    if (direct) configMaps.add(direct);
    for (const source of items(path(volume, 'projected', 'sources'))) {
      const projected = text(path(source, 'configMap', 'name'));
      if (projected) configMaps.add(projected);
    }
  }
  if (configMaps.size > 0) workload.configMaps = [...configMaps];
  if (name !== '') context.workloads.push(workload);
}

function readContainerEnv(container: YamlValue, workload: string, environment: string | null, context: DocumentContext): void {
  const { file, kind, facts } = context;
  const binding = (name: string, value: string, at: YamlValue): Binding => ({
    type: 'env',
    name,
    value,
    loc: { file, line: at.line, column: at.column },
    source: kind,
    environment,
    service: null,
    ...(workload !== '' ? { workload } : {}),
  });
  const env = field(container, 'env');
  if (env !== undefined && env.kind !== 'seq') facts.problems.push(unexpectedShape(file, env, `\`env\` of a container in ${workload || 'a workload'} should be a list of \`{ name, value }\``));
  for (const variable of items(env)) {
    const name = text(field(variable, 'name'));
    if (name === undefined) continue;
    const valueNode = field(variable, 'value');
    const value = text(valueNode);
    if (valueNode && value !== undefined) {
      facts.bindings.push(binding(name, dependentReferences(value), valueNode));
      continue;
    }
    const valueFrom = field(variable, 'valueFrom');
    if (!valueFrom) continue;
    const configMapKey = field(valueFrom, 'configMapKeyRef');
    const secretKey = field(valueFrom, 'secretKeyRef');
    const fieldRef = field(valueFrom, 'fieldRef') ?? field(valueFrom, 'resourceFieldRef');
    if (configMapKey) {
      const mapName = text(field(configMapKey, 'name')) ?? '';
      const key = text(field(configMapKey, 'key')) ?? name;
      facts.bindings.push({ ...binding(name, `\${configmap:${mapName}:${key}}`, configMapKey), ref: { kind: 'configmap', name: mapName, key, optional: text(field(configMapKey, 'optional')) === 'true' } });
    } else if (secretKey) {
      const secretName = text(field(secretKey, 'name')) ?? '';
      const key = text(field(secretKey, 'key')) ?? name;
      facts.bindings.push({ ...binding(name, `\${secret:${secretName}:${key}}`, secretKey), ref: { kind: 'secret', name: secretName, key, optional: text(field(secretKey, 'optional')) === 'true' } });
    } else if (fieldRef) {
      const fieldPath = text(field(fieldRef, 'fieldPath')) ?? text(field(fieldRef, 'resource')) ?? '';
      facts.bindings.push({ ...binding(name, `\${field:${fieldPath}}`, fieldRef), ref: { kind: 'field', name: fieldPath, key: null, optional: false } });
    }
  }
  for (const source of items(field(container, 'envFrom'))) {
    const prefix = text(field(source, 'prefix')) ?? '';
    const configMap = field(source, 'configMapRef');
    const secret = field(source, 'secretRef');
    const reference = configMap ?? secret;
    if (!reference) continue;
    const refKind = configMap ? 'configmap' : 'secret';
    const refName = text(field(reference, 'name')) ?? '';
    facts.bindings.push({ ...binding(prefix, `\${${refKind}:${refName}:*}`, reference), ref: { kind: refKind, name: refName, key: null, optional: text(field(reference, 'optional')) === 'true' } });
  }
}

/** Kubernetes expands `$(OTHER)` from the container's earlier env entries; written as `${OTHER}`, the resolver follows it. `$$(` escapes. */
function dependentReferences(value: string): string {
  return value.replace(/(\$\$)|\$\(([A-Za-z_][A-Za-z0-9_.-]*)\)/g, (match, escaped: string | undefined, name: string | undefined) => (escaped ? match : `\${${name ?? ''}}`));
}

function readConfigMap(object: YamlValue, name: string, environment: string | null, context: DocumentContext): void {
  const data = field(object, 'data');
  if (data === undefined) return;
  if (data.kind !== 'map') {
    // An empty `data:`, or one a chart template fills whole (`{{ (.Files.Glob "envoy.yaml").AsConfig | indent 2 }}`): not the author's mistake.
    if (!(data.kind === 'scalar' && (data.value === null || String(data.value).includes(HELM_TEMPLATE_MARKER)))) context.facts.problems.push(unexpectedShape(context.file, data, `\`data\` of ConfigMap ${name} should be a map`));
    return;
  }
  for (const entry of data.entries) {
    const value = text(entry.value);
    if (value === undefined) continue;
    // A proxy's whole configuration file as one entry (`nginx.conf: |`, `envoy.yaml: |`): its routes, not an env var.
    const embedded = embeddedRoutes(entry.key, value, entry.value, context.file);
    if (embedded) {
      (context.facts.routes ??= []).push(...embedded.map((route) => ({ ...route, configMap: name })));
      continue;
    }
    context.facts.bindings.push({
      type: 'env',
      name: entry.key,
      value,
      loc: { file: context.file, line: entry.value.line, column: entry.value.column },
      source: context.kind,
      environment,
      service: null,
      configMap: name,
    });
  }
}

/**
 * Routes of a proxy configuration held whole in a ConfigMap entry, or null when the entry is not one: an nginx or Apache
 * file (`*.conf`, `*.conf.template`) or a gateway's YAML/JSON (`envoy.yaml`, `kong.yml`, `ocelot.json`…). Lines are placed
 * in the manifest, after the block scalar's first line.
 */
function embeddedRoutes(key: string, value: string, node: YamlValue, file: string): RouteFact[] | null {
  const lower = key.toLowerCase();
  const nginx = lower.endsWith('.conf') || lower.endsWith('.conf.template');
  if (!nginx && !/\.(ya?ml|json)$/.test(lower)) return null;
  // A block scalar (`|`) starts on the line after its indicator; a quoted one on its own line.
  const firstLine = value.includes('\n') && !/^["']/.test(value) ? node.line + 1 : node.line;
  let routes: RouteFact[];
  // readNginx hands a file that reads as Apache httpd's to the Apache reader.
  if (nginx) routes = readNginx(file, value).routes ?? [];
  else {
    const document = parseGatewayConfig(file, value, lower.endsWith('.json')).documents[0];
    const format = document ? gatewayFormatOf(document) : undefined;
    if (!document || !format) return null;
    routes = format.routes(document, file);
  }
  return routes.map((route) => ({ ...route, loc: { file, line: route.loc.line + firstLine - 1, column: route.loc.column } }));
}

/**
 * OpenShift Template `parameters` (`{ name, value }`) fill `${NAME}` in the template's objects, which is how the
 * resolver reads `${…}`: bound as env bindings of that name (no workload: they apply to every object of the template).
 */
function readTemplateParameters(object: YamlValue, environment: string | null, context: DocumentContext): void {
  for (const parameter of items(field(object, 'parameters'))) {
    const name = text(field(parameter, 'name'));
    const valueNode = field(parameter, 'value');
    const value = text(valueNode);
    if (name === undefined || !valueNode || value === undefined) continue;
    context.facts.bindings.push({ type: 'env', name, value, loc: { file: context.file, line: valueNode.line, column: valueNode.column }, source: context.kind, environment, service: null });
  }
}

/** Kustomize `configMapGenerator` `literals` (`KEY=value`) make ConfigMaps just like a ConfigMap's `data`. `envs`/`files` are not read yet. */
function readConfigMapGenerators(object: YamlValue, environment: string | null, context: DocumentContext): void {
  for (const generator of items(field(object, 'configMapGenerator'))) {
    const mapName = text(field(generator, 'name'));
    if (mapName === undefined) continue;
    for (const literal of items(field(generator, 'literals'))) {
      const written = text(literal);
      const equals = written?.indexOf('=') ?? -1;
      if (written === undefined || equals <= 0) continue;
      context.facts.bindings.push({
        type: 'env',
        name: written.slice(0, equals),
        value: written.slice(equals + 1),
        loc: { file: context.file, line: literal.line, column: literal.column },
        source: context.kind,
        environment,
        service: null,
        configMap: mapName,
      });
    }
  }
}

function readService(object: YamlValue, name: string, namespace: string | null, context: DocumentContext): void {
  if (name === '') return;
  const nameNode = path(object, 'metadata', 'name');
  const loc = { file: context.file, line: nameNode?.line ?? object.line, column: nameNode?.column ?? object.column };
  const hosts = namespace ? [name, `${name}.${namespace}`, `${name}.${namespace}.svc`, `${name}.${namespace}.svc.cluster.local`] : [name];
  for (const host of hosts) context.facts.hosts.push({ host, loc, workload: name, source: 'k8s-service' });
}

function readRoute(object: YamlValue, name: string, context: DocumentContext): void {
  const hostNode = path(object, 'spec', 'host');
  const host = text(hostNode);
  if (!hostNode || !host) return;
  const workload = text(path(object, 'spec', 'to', 'name')) ?? (name || null);
  context.facts.hosts.push({ host, loc: { file: context.file, line: hostNode.line, column: hostNode.column }, workload, source: 'route' });
}

function readIngress(object: YamlValue, context: DocumentContext): void {
  const defaultBackend = backendService(path(object, 'spec', 'defaultBackend') ?? path(object, 'spec', 'backend'));
  for (const rule of items(path(object, 'spec', 'rules'))) {
    const hostNode = field(rule, 'host');
    const host = text(hostNode);
    if (!hostNode || !host) continue;
    const services = new Set<string>();
    for (const ingressPath of items(path(rule, 'http', 'paths'))) {
      const service = backendService(field(ingressPath, 'backend'));
      if (service) services.add(service);
    }
    if (services.size === 0 && defaultBackend) services.add(defaultBackend);
    const loc = { file: context.file, line: hostNode.line, column: hostNode.column };
    if (services.size === 0) context.facts.hosts.push({ host, loc, workload: null, source: 'ingress' });
    for (const service of services) context.facts.hosts.push({ host, loc, workload: service, source: 'ingress' });
  }
}

/** networking.k8s.io/v1 `backend.service.name`, or the older `backend.serviceName`. */
function backendService(backend: YamlValue | undefined): string | undefined {
  return text(path(backend, 'service', 'name')) ?? text(field(backend, 'serviceName'));
}

function objectLabel(object: YamlValue, name: string): string {
  return `${text(field(object, 'kind')) ?? 'object'} ${name}`.trim();
}

export const kubernetesReader: ManifestReader = {
  kinds: ['kubernetes'],
  read: readKubernetes,
};
