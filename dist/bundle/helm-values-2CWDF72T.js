import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  field,
  parseYaml,
  text
} from "./chunk-QIUQF3M2.js";
import "./chunk-PE3PWTXU.js";
import {
  baseName,
  dirName
} from "./chunk-X7FXNNIW.js";
import {
  environmentFromFileName,
  environmentFromFolders
} from "./chunk-OUQS2ATI.js";
import {
  emptyFacts
} from "./chunk-CVAD7S7L.js";
import "./chunk-B3SFOPOV.js";

// dist/extract/manifests/helm-values.js
var envKeys = /* @__PURE__ */ new Set(["env", "envs", "extraenv", "extraenvs", "extraenvvars", "envvars", "environment", "environmentvariables", "additionalenv", "extraenvironmentvars"]);
var upperSnake = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$|^[A-Z]{2,}[0-9]*$/;
var genericFolders = /* @__PURE__ */ new Set(["", ".", "chart", "charts", "helm", "deploy", "deployment", "k8s", "values"]);
function readHelmValues(file, content, kind = "helm-values") {
  const facts = emptyFacts(file, kind);
  const parsed = parseYaml(file, content);
  facts.problems.push(...parsed.problems);
  const environment = environmentFromFileName(baseName(file), ["values", "yaml", "yml"]) ?? environmentFromFolders(file);
  for (const document of parsed.documents) {
    const folder = baseName(dirName(file));
    const workload = text(field(document, "fullnameOverride")) ?? text(field(document, "nameOverride")) ?? (genericFolders.has(folder) ? void 0 : folder);
    const bindings = /* @__PURE__ */ new Map();
    const add = (name, value, at) => {
      const binding = { type: "env", name, value, loc: { file, line: at.line, column: at.column }, source: kind, environment, service: null, ...workload ? { workload } : {} };
      bindings.set(`${name}@${at.line}:${at.column}`, binding);
    };
    walk(document, add, 0);
    facts.bindings.push(...bindings.values());
    const addChartValue = (name, at) => {
      facts.bindings.push({ type: "chart-value", name, value: text(at) ?? "", loc: { file, line: at.line, column: at.column }, source: kind, environment, service: null, ...workload ? { workload } : {} });
    };
    chartValues(document, "", addChartValue, 0);
  }
  return facts;
}
function chartValues(node, prefix, add, depth) {
  if (node.kind !== "map" || depth > 32)
    return;
  for (const entry of node.entries) {
    const name = `${prefix}${entry.key}`;
    if (entry.value.kind === "scalar")
      add(name, entry.value);
    else
      chartValues(entry.value, `${name}.`, add, depth + 1);
  }
}
function walk(node, add, depth) {
  if (depth > 32)
    return;
  if (node.kind === "seq") {
    for (const item of node.items)
      walk(item, add, depth + 1);
    return;
  }
  if (node.kind !== "map")
    return;
  for (const entry of node.entries) {
    const value = entry.value;
    if (envKeys.has(entry.key.toLowerCase()))
      readEnvBlock(value, add);
    if (value.kind === "scalar") {
      const written = text(value);
      if (written !== void 0 && upperSnake.test(entry.key))
        add(entry.key, written, value);
      continue;
    }
    walk(value, add, depth + 1);
  }
}
function readEnvBlock(node, add) {
  if (node.kind === "map") {
    for (const entry of node.entries) {
      const value = text(entry.value);
      if (value !== void 0)
        add(entry.key, value, entry.value);
    }
    return;
  }
  for (const item of node.kind === "seq" ? node.items : []) {
    const name = text(field(item, "name"));
    const valueNode = field(item, "value");
    const value = text(valueNode);
    if (name !== void 0 && valueNode && value !== void 0)
      add(name, value, valueNode);
  }
}
var helmValuesReader = {
  kinds: ["helm-values"],
  read: readHelmValues
};
export {
  helmValuesReader,
  readHelmValues
};
//# sourceMappingURL=helm-values-2CWDF72T.js.map
