import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  bracedShellReferences
} from "./chunk-3IZQMQSF.js";
import {
  field,
  items,
  parseYaml,
  text,
  unexpectedShape
} from "./chunk-QIUQF3M2.js";
import "./chunk-PE3PWTXU.js";
import {
  baseName,
  dirName,
  joinRelative
} from "./chunk-X7FXNNIW.js";
import {
  environmentFromFileName,
  environmentFromFolders
} from "./chunk-OUQS2ATI.js";
import {
  emptyFacts
} from "./chunk-CVAD7S7L.js";
import "./chunk-B3SFOPOV.js";

// dist/extract/manifests/compose.js
function composeEnvironment(file) {
  return environmentFromFileName(baseName(file), ["docker", "compose", "yml", "yaml", "override"]) ?? environmentFromFolders(file) ?? "dev";
}
function readCompose(file, content, kind = "compose") {
  const facts = emptyFacts(file, kind);
  const parsed = parseYaml(file, content);
  facts.problems.push(...parsed.problems);
  const environment = composeEnvironment(file);
  const directory = dirName(file);
  const workloads = [];
  for (const document of parsed.documents) {
    const services = field(document, "services");
    if (services === void 0)
      continue;
    if (services.kind !== "map") {
      facts.problems.push(unexpectedShape(file, services, "`services` should be a map of compose services"));
      continue;
    }
    traefikLabelRoutes(file, services, facts);
    for (const entry of services.entries) {
      const name = entry.key;
      const service = entry.value;
      facts.hosts.push({ host: name, loc: { file, line: entry.keyLine, column: 1 }, workload: name, source: "compose-service" });
      if (service.kind !== "map")
        continue;
      const workload = { name, loc: { file, line: entry.keyLine, column: 1 }, source: kind, environment };
      for (const alias of [text(field(service, "container_name")), text(field(service, "hostname"))]) {
        if (alias && alias !== name)
          facts.hosts.push({ host: alias, loc: { file, line: entry.keyLine, column: 1 }, workload: name, source: "compose-service" });
      }
      const networks = field(service, "networks");
      if (networks?.kind === "map") {
        for (const network of networks.entries) {
          for (const alias of items(field(network.value, "aliases"))) {
            const host = text(alias);
            if (host)
              facts.hosts.push({ host, loc: { file, line: alias.line, column: alias.column }, workload: name, source: "compose-service" });
          }
        }
      }
      readEnvironment(file, field(service, "environment"), name, environment, kind, facts);
      const envFiles = readEnvFiles(file, directory, field(service, "env_file"), facts);
      if (envFiles.length > 0)
        workload.envFiles = envFiles;
      const build = field(service, "build");
      const context = build?.kind === "map" ? text(field(build, "context")) ?? "." : text(build);
      if (context !== void 0 && !/^[a-z][a-z0-9+.-]*:\/\//i.test(context) && !context.startsWith("git@")) {
        workload.buildContext = joinRelative(directory, context);
        const dockerfile = build?.kind === "map" ? text(field(build, "dockerfile")) : void 0;
        if (dockerfile && !dockerfile.startsWith("/"))
          workload.dockerfile = joinRelative(workload.buildContext, dockerfile);
      }
      if (build?.kind === "map")
        readEnvironment(file, field(build, "args"), name, environment, kind, facts, true);
      const image = text(field(service, "image"));
      if (image)
        workload.images = [image];
      const containerName = text(field(service, "container_name"));
      if (containerName && containerName !== name)
        workload.containers = [containerName];
      const mounts = bindMounts(directory, field(service, "volumes"));
      if (mounts.length > 0)
        workload.mounts = mounts;
      workloads.push(workload);
    }
  }
  if (workloads.length > 0)
    facts.workloads = workloads;
  return facts;
}
var TRAEFIK_IMAGE = /^(?:[^/]+\/)*traefik(?:[:@].*)?$/i;
function labelsOf(service) {
  const labels = /* @__PURE__ */ new Map();
  const node = field(service, "labels");
  if (node?.kind === "map")
    for (const entry of node.entries)
      labels.set(entry.key.toLowerCase(), entry.value);
  for (const item of items(node)) {
    const line = text(item);
    const equals = line?.indexOf("=") ?? -1;
    if (line && equals > 0)
      labels.set(line.slice(0, equals).trim().toLowerCase(), { kind: "scalar", value: line.slice(equals + 1).trim(), line: item.line, column: item.column });
  }
  return labels;
}
function traefikLabelRoutes(file, services, facts) {
  if (services.kind !== "map")
    return;
  const traefik = services.entries.find((entry) => TRAEFIK_IMAGE.test(text(field(entry.value, "image")) ?? ""))?.key;
  if (traefik === void 0)
    return;
  for (const entry of services.entries) {
    if (entry.key === traefik)
      continue;
    const labels = labelsOf(entry.value);
    if (labels.size === 0 || text(labels.get("traefik.enable")) === "false")
      continue;
    const port = [...labels].find(([key]) => /^traefik\.http\.services\.[^.]+\.loadbalancer\.server\.port$/.test(key) || key === "traefik.port")?.[1];
    const target = `http://${entry.key}${text(port) ? `:${text(port)}` : ""}`;
    for (const [key, value] of labels) {
      if (!/^traefik\.http\.routers\.[^.]+\.rule$/.test(key) && key !== "traefik.frontend.rule")
        continue;
      const rule = text(value) ?? "";
      const routePath = /\bPath(?:Prefix)?(?:Strip)?(?:\(\s*[`"']([^`"']+)[`"']|:\s*([^\s;,]+))/.exec(rule);
      (facts.routes ??= []).push({ path: routePath?.[1] ?? routePath?.[2] ?? null, target, loc: { file, line: value.line, column: value.column }, workload: traefik });
    }
  }
}
function bindMounts(directory, volumes) {
  const mounts = [];
  for (const volume of items(volumes)) {
    const source = volume.kind === "map" ? text(field(volume, "type")) === "bind" ? text(field(volume, "source")) : void 0 : text(volume)?.split(":")[0];
    if (!source || !/^\.{1,2}(\/|$)/.test(source))
      continue;
    const mount = joinRelative(directory, source);
    if (mount !== "" && !mount.startsWith(".."))
      mounts.push(mount);
  }
  return mounts;
}
function readEnvironment(file, environmentNode, workload, environment, kind, facts, buildArgument = false) {
  if (environmentNode === void 0)
    return;
  if (environmentNode.kind === "map") {
    for (const entry of environmentNode.entries) {
      const value = text(entry.value);
      if (value === void 0)
        continue;
      facts.bindings.push({
        type: "env",
        name: entry.key,
        value: bracedShellReferences(value),
        loc: { file, line: entry.value.line, column: entry.value.column },
        source: kind,
        environment,
        service: null,
        workload,
        ...buildArgument ? { buildArgument } : {}
      });
    }
    return;
  }
  if (environmentNode.kind === "seq") {
    for (const item of environmentNode.items) {
      const line = text(item);
      if (line === void 0)
        continue;
      const equals = line.indexOf("=");
      if (equals <= 0)
        continue;
      facts.bindings.push({
        type: "env",
        name: line.slice(0, equals).trim(),
        value: bracedShellReferences(line.slice(equals + 1)),
        loc: { file, line: item.line, column: item.column },
        source: kind,
        environment,
        service: null,
        workload,
        ...buildArgument ? { buildArgument } : {}
      });
    }
    return;
  }
  facts.problems.push(unexpectedShape(file, environmentNode, `\`${buildArgument ? "build.args" : "environment"}\` of compose service ${workload} should be a map or a list`));
}
function readEnvFiles(file, directory, node, facts) {
  if (node === void 0)
    return [];
  const entries = node.kind === "seq" ? node.items : [node];
  const paths = [];
  for (const entry of entries) {
    const pathNode = entry.kind === "map" ? field(entry, "path") : entry;
    const written = pathNode?.kind === "scalar" && typeof pathNode.value === "string" ? pathNode.value : void 0;
    if (written === void 0) {
      facts.problems.push(unexpectedShape(file, entry, "`env_file` should be a path, a list of paths or a list of `{ path }`"));
      continue;
    }
    paths.push(joinRelative(directory, written));
  }
  return paths;
}
var composeReader = {
  kinds: ["compose"],
  read: readCompose
};
export {
  composeEnvironment,
  composeReader,
  readCompose
};
//# sourceMappingURL=compose-LMNGSFYT.js.map
