import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-EBBDATER.js";
import {
  escapeControlCharacters,
  redactSecrets
} from "./chunk-VWAHNXS3.js";
import {
  globby
} from "./chunk-JXGQ7MMW.js";
import "./chunk-YPA2DXQC.js";
import {
  __toESM
} from "./chunk-B3SFOPOV.js";

// dist/catalog/load.js
import fs, { readdir } from "node:fs";
import { readFile, realpath } from "node:fs/promises";
import path from "node:path";
var import_yaml = __toESM(require_dist(), 1);
var DEFINITION_KINDS = /* @__PURE__ */ new Set(["apidefinition", "apiv4definition"]);
async function catalogFiles(patterns, baseDir) {
  return (await catalogMatches(patterns, baseDir)).files;
}
async function catalogMatches(patterns, baseDir) {
  if (patterns.length === 0)
    return { files: [], unreadable: [] };
  const unreadable = /* @__PURE__ */ new Map();
  const readdirReporting = ((dir, options, callback) => readdir(dir, options, (error, entries) => {
    if (error && error.code !== "ENOENT" && error.code !== "ENOTDIR")
      unreadable.set(dir, error.code ?? String(error));
    callback(error, entries);
  }));
  const files = (await globby([...patterns], { cwd: baseDir, dot: true, onlyFiles: true, suppressErrors: true, fs: { ...fs, readdir: readdirReporting } })).sort();
  const folders = [...unreadable].map(([dir, code]) => [path.relative(baseDir, path.resolve(baseDir, dir)).split(path.sep).join("/") || ".", code]).sort();
  return { files, unreadable: folders };
}
async function loadCatalogFromGlobs(patterns, baseDir) {
  if (patterns.length === 0)
    return { apis: [], problems: [], read: [] };
  const { files: matches, unreadable } = await catalogMatches(patterns, baseDir);
  const problems = unreadable.map(([folder, code]) => ({
    file: folder,
    severity: "error",
    code: "unreadable-folder",
    message: `cannot list this folder of the gateway catalogue (${code}); catalogue files in it were not read, so gateway rules ran without them`
  }));
  const literalPatterns = patterns.filter((pattern) => !/[*?[\]{}!]/.test(pattern));
  for (const pattern of literalPatterns) {
    if (!matches.includes(pattern.replace(/^\.\//, ""))) {
      problems.push({ file: pattern, severity: "error", code: "catalog-missing", message: `gateway catalogue file ${pattern} does not exist; gateway rules ran without it` });
    }
  }
  const files = [];
  const read = [];
  let realBase = null;
  for (const match of matches) {
    try {
      realBase ??= await realpath(baseDir);
      const real = await realpath(path.join(baseDir, match));
      if (real !== realBase && !real.startsWith(`${realBase}${path.sep}`)) {
        problems.push({ file: match, severity: "error", code: "outside-root", message: "gateway catalogue file is a symbolic link to a file outside the config's folder; not read (a config's paths stay inside the repository)" });
        continue;
      }
      files.push({ path: match, content: await readFile(path.join(baseDir, match), "utf8") });
      read.push(files[files.length - 1]);
    } catch (error) {
      read.push({ path: match, content: null });
      problems.push({ file: match, severity: "error", code: "unreadable", message: `could not read gateway catalogue file (${describe(error)}); skipped it` });
    }
  }
  const loaded = loadCatalog(files);
  return { apis: loaded.apis, problems: [...problems, ...loaded.problems], read };
}
function loadCatalog(files) {
  const apis = [];
  const problems = [];
  for (const file of files) {
    const loaded = parseCatalogFile(file.path, file.content);
    apis.push(...loaded.apis);
    problems.push(...loaded.problems);
  }
  apis.sort((a, b) => compare(a.id, b.id) || compare(a.loc.file, b.loc.file) || a.loc.line - b.loc.line);
  return { apis, problems };
}
function parseCatalogFile(file, content) {
  const apis = [];
  const problems = [];
  const lineStarts = lineStartOffsets(content);
  for (const candidate of candidatesIn(file, content, problems)) {
    const line = lineOf(lineStarts, candidate.offset);
    const result = readApi(candidate.value, file, line);
    if (result === null)
      continue;
    if ("problem" in result)
      problems.push(result.problem);
    if ("api" in result && result.api)
      apis.push(result.api);
  }
  return { apis, problems };
}
function candidatesIn(file, content, problems) {
  const candidates = [];
  let documents;
  try {
    documents = (0, import_yaml.parseAllDocuments)(content, { uniqueKeys: false });
  } catch (error) {
    problems.push(parseProblem(file, describe(error)));
    return candidates;
  }
  const list = Array.isArray(documents) ? documents : [];
  for (const document of list) {
    if (document.errors.length > 0) {
      const json = tryJson(content);
      if (json.ok && list.length === 1) {
        unwrap(json.value, 0, null, candidates);
        return candidates;
      }
      const first = document.errors[0];
      problems.push(parseProblem(file, first ? first.message.split("\n")[0] ?? first.message : "invalid YAML", first?.linePos?.[0]?.line));
      continue;
    }
    let value;
    try {
      value = document.toJS({ maxAliasCount: 100 });
    } catch (error) {
      problems.push(parseProblem(file, describe(error)));
      continue;
    }
    if (value === null || value === void 0)
      continue;
    unwrap(value, document.contents?.range?.[0] ?? 0, document.contents ?? null, candidates);
  }
  return candidates;
}
function unwrap(value, offset, node, into) {
  if (Array.isArray(value)) {
    value.forEach((item, index) => into.push({ value: item, offset: itemOffset(node, null, index) ?? offset }));
    return;
  }
  if (isObject(value)) {
    const holder = Array.isArray(value.data) && !("api" in value) && !("proxy" in value) ? "data" : value.kind === "List" && Array.isArray(value.items) ? "items" : null;
    if (holder) {
      value[holder].forEach((item, index) => into.push({ value: item, offset: itemOffset(node, holder, index) ?? offset }));
      return;
    }
  }
  into.push({ value, offset });
}
function itemOffset(node, key, index) {
  let seq = node;
  if (key !== null)
    seq = (0, import_yaml.isMap)(node) ? node.get(key, true) : void 0;
  if (!(0, import_yaml.isSeq)(seq))
    return void 0;
  const item = seq.items[index];
  return item?.range?.[0];
}
function readApi(value, file, line) {
  const loc = { file, line, column: 1 };
  if (!isObject(value)) {
    return { problem: apiProblem(file, line, null, "is not an object; expected a Gravitee API definition") };
  }
  const shape = shapeOf(value);
  if (shape === "skip")
    return null;
  if (shape === null) {
    return { problem: apiProblem(file, line, labelOf(value), "is not a Gravitee API definition (no `gravitee`, `definitionVersion`, `proxy`, `listeners` or operator `kind`); skipped it") };
  }
  const definition = shape.definition;
  const id = str(definition.id) ?? str(definition.crossId) ?? shape.fallbackName ?? str(definition.name);
  const name = str(definition.name) ?? id;
  const label = name && id && name !== id ? `"${name}" (${id})` : name ? `"${name}"` : null;
  if (id === null || name === null) {
    return { problem: apiProblem(file, line, label, "has neither an id nor a name; skipped it") };
  }
  if (upper(definition.lifecycleState ?? definition.lifecycle_state) === "ARCHIVED")
    return null;
  const issues = [];
  const paths = shape.version === "V2" ? v2Paths(definition, issues) : v4Paths(definition, issues);
  if (paths === null) {
    return { problem: apiProblem(file, line, label, `${issues.join("; ")}; skipped it`) };
  }
  const properties = propertiesOf(definition.properties);
  const backends = shape.version === "V2" ? v2Backends(definition, properties, issues) : v4Backends(definition, properties, issues);
  const plans = plansOf(shape.outerPlans ?? definition.plans, issues);
  const api = { id, name, loc, paths, backends, plans, definitionVersion: shape.version };
  if (issues.length > 0) {
    return { api, problem: apiProblem(file, line, label, `${issues.join("; ")}; loaded the rest of it`, "warning") };
  }
  return { api };
}
function shapeOf(value) {
  if (typeof value.kind === "string" && typeof value.apiVersion === "string") {
    if (!DEFINITION_KINDS.has(value.kind.toLowerCase()))
      return "skip";
    const spec = isObject(value.spec) ? value.spec : {};
    const metadata = isObject(value.metadata) ? value.metadata : {};
    return { version: value.kind.toLowerCase() === "apiv4definition" ? "V4" : "V2", definition: spec, outerPlans: void 0, fallbackName: str(metadata.name) };
  }
  if (isObject(value.api) && ("export" in value || "plans" in value || "members" in value || "pages" in value)) {
    const inner = shapeOf(value.api);
    if (inner === null || inner === "skip")
      return inner;
    return { ...inner, outerPlans: value.plans ?? inner.definition.plans };
  }
  const version = versionOf(value);
  if (version === "skip")
    return "skip";
  if (version === null)
    return null;
  return { version, definition: value, outerPlans: void 0, fallbackName: null };
}
function versionOf(value) {
  const gravitee = str(value.gravitee);
  if (gravitee !== null)
    return gravitee.startsWith("4") ? "V4" : "V2";
  const declared = upper(value.definitionVersion);
  if (declared === "V4")
    return "V4";
  if (declared === "V2" || declared === "V1")
    return "V2";
  if (declared !== null && declared.startsWith("FEDERATED"))
    return "skip";
  if ("listeners" in value || "endpointGroups" in value)
    return "V4";
  if ("proxy" in value)
    return "V2";
  return null;
}
function v2Paths(definition, issues) {
  const proxy = isObject(definition.proxy) ? definition.proxy : null;
  const hosts = proxy ? proxy.virtual_hosts ?? proxy.virtualHosts : void 0;
  const paths = [];
  if (Array.isArray(hosts)) {
    for (const entry of hosts) {
      if (!isObject(entry))
        continue;
      paths.push({ path: normalisePath(str(entry.path) ?? "/"), host: hostOf(entry.host) });
    }
  }
  if (paths.length === 0) {
    const contextPath = str(proxy?.context_path) ?? str(proxy?.contextPath) ?? str(definition.contextPath) ?? str(definition.context_path);
    if (contextPath !== null)
      paths.push({ path: normalisePath(contextPath), host: null });
  }
  if (paths.length === 0) {
    issues.push(proxy ? "its proxy defines neither `virtual_hosts` nor `context_path`" : "it has no `proxy` section (no gateway path)");
    return null;
  }
  return dedupePaths(paths);
}
function v4Paths(definition, issues) {
  if (!Array.isArray(definition.listeners)) {
    issues.push("it has no `listeners` (no gateway path)");
    return null;
  }
  const paths = [];
  let httpListeners = 0;
  for (const listener of definition.listeners) {
    if (!isObject(listener) || lower(listener.type) !== "http")
      continue;
    httpListeners++;
    if (!Array.isArray(listener.paths))
      continue;
    for (const entry of listener.paths) {
      if (isObject(entry))
        paths.push({ path: normalisePath(str(entry.path) ?? "/"), host: hostOf(entry.host) });
    }
  }
  if (paths.length === 0) {
    issues.push(httpListeners === 0 ? "it has no HTTP listener (only TCP, subscription or Kafka ones), so no gateway path" : "its HTTP listener has no `paths`");
    return null;
  }
  return dedupePaths(paths);
}
function dedupePaths(paths) {
  const seen = /* @__PURE__ */ new Set();
  return paths.filter((entry) => {
    const key = `${entry.host ?? ""} ${entry.path}`;
    if (seen.has(key))
      return false;
    seen.add(key);
    return true;
  });
}
function normalisePath(value) {
  const collapsed = `/${value.trim()}`.replace(/\/{2,}/g, "/");
  return collapsed.length > 1 ? collapsed.replace(/\/+$/, "") : "/";
}
function hostOf(value) {
  const host = str(value);
  return host === null || host === "" ? null : host.toLowerCase();
}
function v2Backends(definition, properties, issues) {
  const proxy = isObject(definition.proxy) ? definition.proxy : {};
  const endpoints = [];
  if (Array.isArray(proxy.groups)) {
    for (const group of proxy.groups) {
      if (isObject(group) && Array.isArray(group.endpoints))
        endpoints.push(...group.endpoints);
    }
  }
  if (Array.isArray(proxy.endpoints))
    endpoints.push(...proxy.endpoints);
  const backends = [];
  for (const endpoint of endpoints) {
    if (!isObject(endpoint) || lower(endpoint.type) === "mock")
      continue;
    const target = str(endpoint.target);
    if (target === null) {
      issues.push(`endpoint ${str(endpoint.name) ?? "(unnamed)"} has no \`target\``);
      continue;
    }
    backends.push(backendOf(target, properties));
  }
  return dedupeBackends(backends);
}
function v4Backends(definition, properties, issues) {
  const backends = [];
  const groups = Array.isArray(definition.endpointGroups) ? definition.endpointGroups : [];
  for (const group of groups) {
    if (!isObject(group) || !Array.isArray(group.endpoints))
      continue;
    for (const endpoint of group.endpoints) {
      if (!isObject(endpoint))
        continue;
      const type = lower(endpoint.type) ?? lower(group.type);
      if (type !== "http-proxy")
        continue;
      const configuration = objectOrJsonString(endpoint.configuration);
      const target = configuration ? str(configuration.target) : null;
      if (target === null) {
        issues.push(`endpoint ${str(endpoint.name) ?? "(unnamed)"} has no \`configuration.target\``);
        continue;
      }
      backends.push(backendOf(target, properties));
    }
  }
  return dedupeBackends(backends);
}
function dedupeBackends(backends) {
  const seen = /* @__PURE__ */ new Set();
  return backends.filter((backend) => seen.has(backend.raw) ? false : (seen.add(backend.raw), true));
}
function backendOf(raw, properties) {
  let resolved = raw.trim();
  if (resolved.includes("{#")) {
    resolved = resolved.replace(/\{#\s*(?:api\.)?properties\[\s*['"]([^'"]+)['"]\s*\]\s*\}/g, (whole, key) => properties.get(key) ?? whole);
    if (resolved.includes("{#"))
      resolved = null;
  }
  return { url: resolved !== null && isHttpUrl(resolved) ? resolved : null, raw };
}
function propertiesOf(value) {
  const properties = /* @__PURE__ */ new Map();
  if (Array.isArray(value)) {
    for (const entry of value) {
      if (isObject(entry) && typeof entry.key === "string" && typeof entry.value === "string" && entry.encrypted !== true)
        properties.set(entry.key, entry.value);
    }
  } else if (isObject(value)) {
    if (Array.isArray(value.properties))
      return propertiesOf(value.properties);
  }
  return properties;
}
function isHttpUrl(value) {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}
function plansOf(value, issues) {
  const entries = Array.isArray(value) ? value.map((plan) => [null, plan]) : isObject(value) ? Object.entries(value) : [];
  const plans = [];
  for (const [key, plan] of entries) {
    if (!isObject(plan))
      continue;
    const status = upper(plan.status);
    if (status === "CLOSED")
      continue;
    const name = str(plan.name) ?? key ?? str(plan.id);
    const security = securityOf(plan.security);
    if (name === null || security === null) {
      issues.push(`plan ${name ?? "(unnamed)"} has no security type`);
      continue;
    }
    plans.push({ name, security });
  }
  return plans.sort((a, b) => compare(a.name, b.name) || compare(a.security, b.security));
}
function securityOf(value) {
  const raw = isObject(value) ? str(value.type) : str(value);
  if (raw === null)
    return null;
  const normalised = raw.trim().toUpperCase().replace(/[-\s]/g, "_");
  return normalised === "KEYLESS" ? "KEY_LESS" : normalised === "APIKEY" ? "API_KEY" : normalised;
}
function apiProblem(file, line, label, what, severity = "error") {
  return { file, line, severity, code: "catalog-invalid-api", message: `gateway catalogue: API ${label ?? "definition"} ${what}` };
}
function parseProblem(file, detail, line) {
  return { file, ...line ? { line } : {}, severity: "error", code: "parse-error", message: `gateway catalogue file is neither valid JSON nor YAML (${quoteOneLine(detail)}); skipped it` };
}
function quoteOneLine(text, limit = 160) {
  const line = (text.split(/\r?\n/).find((part) => part.trim() !== "") ?? "").trim();
  const cut = line.length > limit ? `${line.slice(0, limit)}\u2026` : line;
  return escapeControlCharacters(redactSecrets(cut), true);
}
function labelOf(value) {
  const name = str(value.name) ?? (isObject(value.metadata) ? str(value.metadata.name) : null);
  const id = str(value.id);
  return name && id ? `"${name}" (${id})` : name ? `"${name}"` : id;
}
function objectOrJsonString(value) {
  if (isObject(value))
    return value;
  if (typeof value === "string") {
    const parsed = tryJson(value);
    if (parsed.ok && isObject(parsed.value))
      return parsed.value;
  }
  return null;
}
function tryJson(text) {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function str(value) {
  if (typeof value === "string")
    return value;
  if (typeof value === "number")
    return String(value);
  return null;
}
function upper(value) {
  return typeof value === "string" ? value.toUpperCase() : null;
}
function lower(value) {
  return typeof value === "string" ? value.toLowerCase() : null;
}
function describe(error) {
  return error instanceof Error ? error.message : String(error);
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function lineStartOffsets(content) {
  const starts = [0];
  for (let index = content.indexOf("\n"); index !== -1; index = content.indexOf("\n", index + 1))
    starts.push(index + 1);
  return starts;
}
function lineOf(starts, offset) {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = low + high + 1 >> 1;
    if ((starts[middle] ?? 0) <= offset)
      low = middle;
    else
      high = middle - 1;
  }
  return low + 1;
}
export {
  catalogFiles,
  loadCatalog,
  loadCatalogFromGlobs,
  normalisePath,
  parseCatalogFile,
  quoteOneLine
};
//# sourceMappingURL=load-6KAHWWUN.js.map
