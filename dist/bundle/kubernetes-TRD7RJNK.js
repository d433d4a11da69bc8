import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  gatewayFormatOf,
  parseGatewayConfig
} from "./chunk-HZAO4TZR.js";
import "./chunk-LSQYQN3F.js";
import {
  readNginx
} from "./chunk-OOIWYIYT.js";
import "./chunk-AEJG3IZL.js";
import {
  applicationConfigBindings,
  isApplicationConfigPath
} from "./chunk-R3RKA2CP.js";
import {
  field,
  items,
  parseYaml,
  path,
  text,
  unexpectedShape
} from "./chunk-QIUQF3M2.js";
import "./chunk-PE3PWTXU.js";
import "./chunk-X7FXNNIW.js";
import {
  HELM_TEMPLATE_MARKER,
  isHelmTemplate,
  untemplate
} from "./chunk-T25NCNFI.js";
import {
  environmentFromFolders,
  environmentFromNamespace
} from "./chunk-OUQS2ATI.js";
import {
  emptyFacts
} from "./chunk-CVAD7S7L.js";
import "./chunk-B3SFOPOV.js";

// dist/extract/manifests/kubernetes.js
var ERB_TAG = /<%[=-]?[\s\S]*?%>/;
var ERB_TAGS = new RegExp(ERB_TAG.source, "g");
var podSpecPaths = {
  Deployment: ["spec", "template", "spec"],
  StatefulSet: ["spec", "template", "spec"],
  DaemonSet: ["spec", "template", "spec"],
  ReplicaSet: ["spec", "template", "spec"],
  ReplicationController: ["spec", "template", "spec"],
  Job: ["spec", "template", "spec"],
  CronJob: ["spec", "jobTemplate", "spec", "template", "spec"],
  DeploymentConfig: ["spec", "template", "spec"],
  // OpenShift
  Rollout: ["spec", "template", "spec"],
  // Argo Rollouts
  Pod: ["spec"]
};
function readKubernetes(file, content, kind = "kubernetes") {
  const facts = emptyFacts(file, kind);
  const template = isHelmTemplate(file, content);
  const erb = !template && ERB_TAG.test(content);
  const parsed = parseYaml(file, template ? untemplate(content) : erb ? content.replace(ERB_TAGS, (tag) => tag.replace(/[^\n]/g, " ")) : content);
  if (!erb)
    facts.problems.push(...template ? templateProblems(parsed.problems) : parsed.problems);
  const context = { file, kind, pathEnvironment: environmentFromFolders(file), facts, workloads: [] };
  const applicationConfig = !template && isApplicationConfigPath(file);
  const routes = [];
  for (const document of parsed.documents) {
    const kubernetesObject = text(field(document, "apiVersion")) !== void 0 || text(field(document, "kind")) !== void 0;
    const gateway = kubernetesObject || template ? void 0 : gatewayFormatOf(document);
    if (gateway)
      routes.push(...gateway.routes(document, file));
    else if (applicationConfig && !kubernetesObject)
      facts.bindings.push(...applicationConfigBindings(file, document, kind));
    else if (kubernetesObject)
      readObject(document, context, 0);
  }
  if (routes.length > 0)
    (facts.routes ??= []).push(...routes);
  if (context.workloads.length > 0)
    facts.workloads = context.workloads;
  if (template) {
    dropTemplated(facts);
    for (const problem of facts.problems)
      problem.message = problem.message.replaceAll(HELM_TEMPLATE_MARKER, "{{\u2026}}");
  }
  return facts;
}
function templateProblems(problems) {
  const errors = problems.filter((problem) => problem.code === "parse-error");
  const first = errors[0];
  if (!first)
    return [...problems];
  const where = first.line !== void 0 ? ` (first at line ${first.line}: ${first.message.replace(/^malformed YAML: |; read what could be parsed$/g, "")})` : "";
  const summary = { ...first, message: `Helm template not read as YAML once its template syntax is taken out${where}; read what could be parsed` };
  return [summary, ...problems.filter((problem) => problem.code !== "parse-error")];
}
function dropTemplated(facts) {
  const templated = (value) => value?.includes(HELM_TEMPLATE_MARKER) ?? false;
  facts.bindings = facts.bindings.filter((binding) => !templated(binding.name) && !templated(binding.value) && !templated(binding.ref?.name)).map((binding) => templated(binding.workload) ? (({ workload: _workload, ...rest }) => rest)(binding) : binding);
  facts.hosts = facts.hosts.filter((host) => !templated(host.host)).map((host) => templated(host.workload) ? { ...host, workload: null } : host);
  if (facts.workloads) {
    facts.workloads = facts.workloads.filter((workload) => !templated(workload.name));
    if (facts.workloads.length === 0)
      delete facts.workloads;
  }
}
function readObject(object, context, depth) {
  const apiVersion = text(field(object, "apiVersion"));
  const objectKind = text(field(object, "kind"));
  if (apiVersion === void 0 || objectKind === void 0)
    return;
  const metadata = field(object, "metadata");
  const name = text(field(metadata, "name")) ?? "";
  const namespace = text(field(metadata, "namespace")) ?? null;
  const environment = context.pathEnvironment ?? (namespace ? environmentFromNamespace(namespace) : null);
  if ((objectKind === "List" || objectKind.endsWith("List")) && depth < 4) {
    for (const item of items(field(object, "items")))
      readObject(item, context, depth + 1);
    return;
  }
  if (objectKind === "Template" && depth < 4) {
    readTemplateParameters(object, environment, context);
    for (const item of items(field(object, "objects")))
      readObject(item, context, depth + 1);
    return;
  }
  if (objectKind === "Kustomization") {
    readConfigMapGenerators(object, environment, context);
    return;
  }
  if (objectKind === "Service" && apiVersion.startsWith("serving.knative.dev")) {
    readWorkload(object, name, ["spec", "template", "spec"], environment, context);
    readService(object, name, namespace, context);
    return;
  }
  const podSpecPath = podSpecPaths[objectKind];
  if (podSpecPath) {
    readWorkload(object, name, podSpecPath, environment, context);
    return;
  }
  switch (objectKind) {
    case "ConfigMap":
      readConfigMap(object, name, environment, context);
      return;
    case "Service":
      readService(object, name, namespace, context);
      return;
    case "Route":
      readRoute(object, name, context);
      return;
    case "Ingress":
      readIngress(object, context);
      return;
    default:
      return;
  }
}
function readWorkload(object, name, podSpecPath, environment, context) {
  const podSpec = path(object, ...podSpecPath);
  const metadataName = field(field(object, "metadata"), "name");
  const workload = { name, loc: { file: context.file, line: metadataName?.line ?? object.line, column: metadataName?.column ?? object.column }, source: context.kind, environment };
  const images = [];
  const containers = [];
  for (const containerList of [field(podSpec, "initContainers"), field(podSpec, "containers")]) {
    if (containerList !== void 0 && containerList.kind !== "seq")
      context.facts.problems.push(unexpectedShape(context.file, containerList, `containers of ${objectLabel(object, name)} should be a list`));
    for (const container of items(containerList)) {
      const image = text(field(container, "image"));
      if (image)
        images.push(image);
      const containerName = text(field(container, "name"));
      if (containerName && containerName !== name && !containers.includes(containerName))
        containers.push(containerName);
      readContainerEnv(container, name, environment, context);
    }
  }
  if (images.length > 0)
    workload.images = images;
  if (containers.length > 0)
    workload.containers = containers;
  const configMaps = /* @__PURE__ */ new Set();
  for (const volume of items(field(podSpec, "volumes"))) {
    const direct = text(path(volume, "configMap", "name"));
    if (direct)
      configMaps.add(direct);
    for (const source of items(path(volume, "projected", "sources"))) {
      const projected = text(path(source, "configMap", "name"));
      if (projected)
        configMaps.add(projected);
    }
  }
  if (configMaps.size > 0)
    workload.configMaps = [...configMaps];
  if (name !== "")
    context.workloads.push(workload);
}
function readContainerEnv(container, workload, environment, context) {
  const { file, kind, facts } = context;
  const binding = (name, value, at) => ({
    type: "env",
    name,
    value,
    loc: { file, line: at.line, column: at.column },
    source: kind,
    environment,
    service: null,
    ...workload !== "" ? { workload } : {}
  });
  const env = field(container, "env");
  if (env !== void 0 && env.kind !== "seq")
    facts.problems.push(unexpectedShape(file, env, `\`env\` of a container in ${workload || "a workload"} should be a list of \`{ name, value }\``));
  for (const variable of items(env)) {
    const name = text(field(variable, "name"));
    if (name === void 0)
      continue;
    const valueNode = field(variable, "value");
    const value = text(valueNode);
    if (valueNode && value !== void 0) {
      facts.bindings.push(binding(name, dependentReferences(value), valueNode));
      continue;
    }
    const valueFrom = field(variable, "valueFrom");
    if (!valueFrom)
      continue;
    const configMapKey = field(valueFrom, "configMapKeyRef");
    const secretKey = field(valueFrom, "secretKeyRef");
    const fieldRef = field(valueFrom, "fieldRef") ?? field(valueFrom, "resourceFieldRef");
    if (configMapKey) {
      const mapName = text(field(configMapKey, "name")) ?? "";
      const key = text(field(configMapKey, "key")) ?? name;
      facts.bindings.push({ ...binding(name, `\${configmap:${mapName}:${key}}`, configMapKey), ref: { kind: "configmap", name: mapName, key, optional: text(field(configMapKey, "optional")) === "true" } });
    } else if (secretKey) {
      const secretName = text(field(secretKey, "name")) ?? "";
      const key = text(field(secretKey, "key")) ?? name;
      facts.bindings.push({ ...binding(name, `\${secret:${secretName}:${key}}`, secretKey), ref: { kind: "secret", name: secretName, key, optional: text(field(secretKey, "optional")) === "true" } });
    } else if (fieldRef) {
      const fieldPath = text(field(fieldRef, "fieldPath")) ?? text(field(fieldRef, "resource")) ?? "";
      facts.bindings.push({ ...binding(name, `\${field:${fieldPath}}`, fieldRef), ref: { kind: "field", name: fieldPath, key: null, optional: false } });
    }
  }
  for (const source of items(field(container, "envFrom"))) {
    const prefix = text(field(source, "prefix")) ?? "";
    const configMap = field(source, "configMapRef");
    const secret = field(source, "secretRef");
    const reference = configMap ?? secret;
    if (!reference)
      continue;
    const refKind = configMap ? "configmap" : "secret";
    const refName = text(field(reference, "name")) ?? "";
    facts.bindings.push({ ...binding(prefix, `\${${refKind}:${refName}:*}`, reference), ref: { kind: refKind, name: refName, key: null, optional: text(field(reference, "optional")) === "true" } });
  }
}
function dependentReferences(value) {
  return value.replace(/(\$\$)|\$\(([A-Za-z_][A-Za-z0-9_.-]*)\)/g, (match, escaped, name) => escaped ? match : `\${${name ?? ""}}`);
}
function readConfigMap(object, name, environment, context) {
  const data = field(object, "data");
  if (data === void 0)
    return;
  if (data.kind !== "map") {
    if (!(data.kind === "scalar" && (data.value === null || String(data.value).includes(HELM_TEMPLATE_MARKER))))
      context.facts.problems.push(unexpectedShape(context.file, data, `\`data\` of ConfigMap ${name} should be a map`));
    return;
  }
  for (const entry of data.entries) {
    const value = text(entry.value);
    if (value === void 0)
      continue;
    const embedded = embeddedRoutes(entry.key, value, entry.value, context.file);
    if (embedded) {
      (context.facts.routes ??= []).push(...embedded.map((route) => ({ ...route, configMap: name })));
      continue;
    }
    context.facts.bindings.push({
      type: "env",
      name: entry.key,
      value,
      loc: { file: context.file, line: entry.value.line, column: entry.value.column },
      source: context.kind,
      environment,
      service: null,
      configMap: name
    });
  }
}
function embeddedRoutes(key, value, node, file) {
  const lower = key.toLowerCase();
  const nginx = lower.endsWith(".conf") || lower.endsWith(".conf.template");
  if (!nginx && !/\.(ya?ml|json)$/.test(lower))
    return null;
  const firstLine = value.includes("\n") && !/^["']/.test(value) ? node.line + 1 : node.line;
  let routes;
  if (nginx)
    routes = readNginx(file, value).routes ?? [];
  else {
    const document = parseGatewayConfig(file, value, lower.endsWith(".json")).documents[0];
    const format = document ? gatewayFormatOf(document) : void 0;
    if (!document || !format)
      return null;
    routes = format.routes(document, file);
  }
  return routes.map((route) => ({ ...route, loc: { file, line: route.loc.line + firstLine - 1, column: route.loc.column } }));
}
function readTemplateParameters(object, environment, context) {
  for (const parameter of items(field(object, "parameters"))) {
    const name = text(field(parameter, "name"));
    const valueNode = field(parameter, "value");
    const value = text(valueNode);
    if (name === void 0 || !valueNode || value === void 0)
      continue;
    context.facts.bindings.push({ type: "env", name, value, loc: { file: context.file, line: valueNode.line, column: valueNode.column }, source: context.kind, environment, service: null });
  }
}
function readConfigMapGenerators(object, environment, context) {
  for (const generator of items(field(object, "configMapGenerator"))) {
    const mapName = text(field(generator, "name"));
    if (mapName === void 0)
      continue;
    for (const literal of items(field(generator, "literals"))) {
      const written = text(literal);
      const equals = written?.indexOf("=") ?? -1;
      if (written === void 0 || equals <= 0)
        continue;
      context.facts.bindings.push({
        type: "env",
        name: written.slice(0, equals),
        value: written.slice(equals + 1),
        loc: { file: context.file, line: literal.line, column: literal.column },
        source: context.kind,
        environment,
        service: null,
        configMap: mapName
      });
    }
  }
}
function readService(object, name, namespace, context) {
  if (name === "")
    return;
  const nameNode = path(object, "metadata", "name");
  const loc = { file: context.file, line: nameNode?.line ?? object.line, column: nameNode?.column ?? object.column };
  const hosts = namespace ? [name, `${name}.${namespace}`, `${name}.${namespace}.svc`, `${name}.${namespace}.svc.cluster.local`] : [name];
  for (const host of hosts)
    context.facts.hosts.push({ host, loc, workload: name, source: "k8s-service" });
}
function readRoute(object, name, context) {
  const hostNode = path(object, "spec", "host");
  const host = text(hostNode);
  if (!hostNode || !host)
    return;
  const workload = text(path(object, "spec", "to", "name")) ?? (name || null);
  context.facts.hosts.push({ host, loc: { file: context.file, line: hostNode.line, column: hostNode.column }, workload, source: "route" });
}
function readIngress(object, context) {
  const defaultBackend = backendService(path(object, "spec", "defaultBackend") ?? path(object, "spec", "backend"));
  for (const rule of items(path(object, "spec", "rules"))) {
    const hostNode = field(rule, "host");
    const host = text(hostNode);
    if (!hostNode || !host)
      continue;
    const services = /* @__PURE__ */ new Set();
    for (const ingressPath of items(path(rule, "http", "paths"))) {
      const service = backendService(field(ingressPath, "backend"));
      if (service)
        services.add(service);
    }
    if (services.size === 0 && defaultBackend)
      services.add(defaultBackend);
    const loc = { file: context.file, line: hostNode.line, column: hostNode.column };
    if (services.size === 0)
      context.facts.hosts.push({ host, loc, workload: null, source: "ingress" });
    for (const service of services)
      context.facts.hosts.push({ host, loc, workload: service, source: "ingress" });
  }
}
function backendService(backend) {
  return text(path(backend, "service", "name")) ?? text(field(backend, "serviceName"));
}
function objectLabel(object, name) {
  return `${text(field(object, "kind")) ?? "object"} ${name}`.trim();
}
var kubernetesReader = {
  kinds: ["kubernetes"],
  read: readKubernetes
};
export {
  kubernetesReader,
  readKubernetes
};
//# sourceMappingURL=kubernetes-TRD7RJNK.js.map
