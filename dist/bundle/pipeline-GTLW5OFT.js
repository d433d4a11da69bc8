import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  FactsCache
} from "./chunk-J5EFIQFO.js";
import {
  contentHash
} from "./chunk-FF56TAFF.js";
import "./chunk-LY4HRYB4.js";
import {
  RULE_ADVICE
} from "./chunk-RHSPT4CJ.js";
import {
  extractFile
} from "./chunk-BIYS4HWP.js";
import {
  baselineSuppressionPass
} from "./chunk-V4MTMRXA.js";
import {
  isDevOrTestTarget,
  isDevToolCall
} from "./chunk-UFWB54CG.js";
import {
  buildLandscape
} from "./chunk-7ZQWAGTN.js";
import {
  MAX_YAML_ALIASES
} from "./chunk-XAVAPS7B.js";
import {
  alwaysParsedInStagedRun,
  manifestMayMatter,
  manifestNeedles,
  normalizedName,
  readManifestOfStagedRun,
  selectStagedFiles
} from "./chunk-53PR23DB.js";
import {
  readDiscoveredFile,
  toPosix
} from "./chunk-JVZH6ENW.js";
import {
  CHART_VALUE_PREFIX
} from "./chunk-T25NCNFI.js";
import {
  ANY_MEMBER
} from "./chunk-7UNL4XN4.js";
import {
  PATHLESS_CLIENTS,
  SAME_CLIENT_MEMBERS,
  own
} from "./chunk-5TULVUP7.js";
import {
  CLASS_FILE_PREFIX,
  NAMED_CLIENTS_MODULE,
  OPTIONS_PREFIX
} from "./chunk-OBJV2FEL.js";
import {
  CONSTRUCTED,
  CONSTRUCTOR_ARGUMENT,
  FORWARDED_FROM,
  HTTP_INTERFACE_MAPPINGS,
  inheritingClients,
  interfaceMappings
} from "./chunk-CV25BDJB.js";
import {
  directiveSuppressionPass
} from "./chunk-CWBZCED3.js";
import {
  BUILTIN_MODULE,
  IN_MEMORY_TEST_CLIENT,
  PYTEST_FIXTURE,
  VITE_BASE_URL,
  emptyFacts,
  envObjectMember,
  visitSyms,
  withoutSteps
} from "./chunk-CVAD7S7L.js";
import {
  cacheWriteProblem
} from "./chunk-PRLEQUUI.js";
import {
  yaml
} from "./chunk-ND36G54U.js";
import "./chunk-JHCQOTT6.js";
import "./chunk-JDHQ7UT6.js";
import "./chunk-GUPHNWYI.js";
import "./chunk-FSEKV4I4.js";
import {
  isOnChangedLines
} from "./chunk-VCACU2SD.js";
import "./chunk-LSIP4624.js";
import "./chunk-3VKQMKA4.js";
import "./chunk-B3SFOPOV.js";

// dist/pipeline.js
import { readFileSync, statSync } from "node:fs";
import path from "node:path";

// dist/cache/resident-memo.js
import { createHash } from "node:crypto";
function memoKey(inputs) {
  return createHash("sha256").update(JSON.stringify(inputs)).digest("hex");
}
function sameFacts(previous, current) {
  if (previous.length !== current.length)
    return false;
  for (let index = 0; index < current.length; index++) {
    const before = previous[index];
    const after = current[index];
    if (before !== after && (before.file !== after.file || JSON.stringify(before) !== JSON.stringify(after)))
      return false;
  }
  return true;
}
function readsUnchanged(reads, read) {
  for (const [file, hash] of reads) {
    const text = read(file);
    if ((text === null ? null : contentHash(text)) !== hash)
      return false;
  }
  return true;
}

// dist/judge/index.js
import { createHash as createHash2 } from "node:crypto";

// dist/judge/rule.js
function defineRule(rule) {
  return rule;
}

// dist/judge/describe-call.js
function describeCall(call) {
  const method = call.method ? ` ${call.method}` : "";
  const expression = /^['"`]/.test(call.expression) ? call.expression : `\`${call.expression}\``;
  return `${call.client}${method} ${expression}`;
}
function describeSubject(call) {
  if (call.kind !== "client-config")
    return `Call ${describeCall(call)}`;
  if (call.client === "gRPC")
    return `gRPC channel to ${/^['"`]/.test(call.expression) ? call.expression : `\`${call.expression}\``}`;
  return `HTTP client configured with ${describeCall(call)}`;
}
function describeTarget(target) {
  const where = target.url ?? target.host ?? "an unresolved URL";
  const chain = target.via.length > 0 ? ` via ${target.via.join(" \u2192 ")}` : "";
  const service = target.service ? ` (service '${target.service}')` : "";
  return `${where}${service}${chain}`;
}
function evidenceLines(targets) {
  return targets.map((target) => `\u21B3 ${describeTarget(target)}`).join("\n");
}
var evidenceLocations = /* @__PURE__ */ new WeakMap();
function locationsOnEvidence(calls) {
  let locations = evidenceLocations.get(calls);
  if (!locations) {
    locations = /* @__PURE__ */ new Set();
    for (const call of calls) {
      if (call.kind !== "call")
        continue;
      for (const target of call.targets) {
        for (const step of target.via)
          for (const match of step.matchAll(/\(([^()\s]+?:\d+)[),]/g))
            locations.add(match[1]);
      }
    }
    evidenceLocations.set(calls, locations);
  }
  return locations;
}
function isCoveredByCalls(config, calls) {
  return locationsOnEvidence(calls).has(`${config.file}:${config.line}`);
}

// dist/catalog/match.js
function urlParts(value) {
  let url;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:" || url.hostname === "")
    return null;
  const scheme = url.protocol.slice(0, -1);
  const port = url.port || (scheme === "https" ? "443" : "80");
  const path2 = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, "") || "/" : "/";
  return { scheme, host: url.hostname.toLowerCase(), port, path: path2, suffix: restorePlaceholders(`${url.search}${url.hash}`), rawPath: restorePlaceholders(url.pathname || "/") };
}
function restorePlaceholders(text) {
  return text.replace(/(?:\{|%7B)([^{}/?#%]*(?:%20[^{}/?#%]*)*)(?:\}|%7D)/gi, (_whole, inner) => `{${inner.replace(/%20/g, " ")}}`);
}
function underPath(path2, prefix) {
  return prefix === "/" || path2 === prefix || path2.startsWith(`${prefix}/`);
}
function matchBackend(url, catalog, entrypoints = []) {
  const target = urlParts(url);
  if (target === null)
    return null;
  let best = null;
  let hostOnly = null;
  for (const api of catalog) {
    for (const backend of api.backends) {
      if (backend.url === null)
        continue;
      const parts = urlParts(backend.url);
      if (parts === null || parts.host !== target.host)
        continue;
      const candidate = { api, backend: { url: backend.url, raw: backend.raw }, parts };
      if (parts.scheme === target.scheme && parts.port === target.port && underPath(target.path, parts.path)) {
        if (best === null || parts.path.length > best.parts.path.length)
          best = candidate;
      } else if (hostOnly === null || parts.path.length < hostOnly.parts.path.length) {
        hostOnly = candidate;
      }
    }
  }
  const chosen = best ?? hostOnly;
  if (chosen === null)
    return null;
  const strength = best ? "prefix" : "host";
  const route = gatewayRouteOf(chosen.api, entrypoints);
  const remainder = strength === "prefix" ? remainderOf(target, chosen.parts.path) : "";
  const gatewayUrl = route.base === null ? null : joinUrl(route.base, route.path, strength === "prefix" ? remainder : "", strength === "prefix" ? target.suffix : "");
  return { api: chosen.api, backend: chosen.backend, strength, gatewayUrl, gatewayPath: route.path };
}
function remainderOf(target, backendPath) {
  if (backendPath === "/")
    return target.rawPath === "/" ? "" : target.rawPath;
  return target.rawPath.slice(backendPath.length);
}
function gatewayRouteOf(api, entrypoints) {
  const onEntrypoint = api.paths.find((entry) => entry.host === null);
  if (onEntrypoint)
    return { base: entrypoints[0] ?? null, path: onEntrypoint.path };
  const onHost = api.paths[0];
  if (!onHost)
    return { base: null, path: "/" };
  const scheme = entrypoints[0] ? urlParts(entrypoints[0])?.scheme ?? "https" : "https";
  return { base: `${scheme}://${onHost.host}`, path: onHost.path };
}
function joinUrl(base, contextPath, remainder, suffix) {
  const trimmedBase = base.replace(/\/+$/, "");
  const context = contextPath === "/" ? "" : contextPath;
  let path2 = `${context}${remainder}`;
  if (path2 !== "" && !path2.startsWith("/"))
    path2 = `/${path2}`;
  return `${trimmedBase}${path2}${suffix}`;
}
function isGatewayUrl(url, entrypoints, catalog = []) {
  return gatewayBaseFor(url, entrypoints, catalog) !== null;
}
function gatewayBaseFor(url, entrypoints, catalog) {
  const parts = urlParts(url);
  if (parts === null)
    return null;
  let basePath = null;
  for (const entrypoint of entrypoints) {
    const entry = urlParts(entrypoint);
    if (entry === null || entry.host !== parts.host || !underPath(parts.path, entry.path))
      continue;
    const candidate = entry.path === "/" ? "" : entry.path;
    if (basePath === null || candidate.length > basePath.length)
      basePath = candidate;
  }
  if (basePath === null && catalog.some((api) => api.paths.some((entry) => entry.host === parts.host)))
    basePath = "";
  return basePath === null ? null : { basePath, parts };
}
function matchGatewayApi(url, catalog, entrypoints) {
  const base = gatewayBaseFor(url, entrypoints, catalog);
  if (base === null)
    return null;
  const path2 = base.parts.path.slice(base.basePath.length) || "/";
  let best = null;
  for (const api of catalog) {
    for (const entry of api.paths) {
      if (entry.host !== null && entry.host !== base.parts.host)
        continue;
      if (!underPath(path2, entry.path))
        continue;
      if (best === null || entry.path.length > best.path.length)
        best = { api, path: entry.path };
    }
  }
  return best;
}
function mayReachGatewayApi(url, catalog, entrypoints, options) {
  const base = gatewayBaseFor(url, entrypoints, catalog);
  if (base === null)
    return false;
  const segments2 = (base.parts.path.slice(base.basePath.length) || "/").split("/");
  const unknownAt = segments2.findIndex((segment) => /\{|%7B/i.test(segment));
  if (unknownAt === -1 && !options.base)
    return false;
  const known = (unknownAt === -1 ? segments2 : segments2.slice(0, unknownAt)).join("/") || "/";
  return catalog.some((api) => api.paths.some((entry) => (entry.host === null || entry.host === base.parts.host) && underPath(entry.path, known)));
}
var NOT_A_BYPASS = /* @__PURE__ */ new Set(["gateway", "self", "local", "unresolved"]);
function bypassedApiFor(target, catalog, entrypoints = []) {
  if (catalog.length === 0 || target.ignored || NOT_A_BYPASS.has(target.zone))
    return null;
  const url = target.url !== null && urlParts(target.url) !== null ? target.url : target.host !== null ? `https://${target.host}` : null;
  if (url === null || isGatewayUrl(url, entrypoints, catalog))
    return null;
  const match = matchBackend(url, catalog, entrypoints);
  return match && target.url !== url ? { ...match, strength: "host", gatewayUrl: match.gatewayUrl === null ? null : gatewayRootUrl(match, entrypoints) } : match;
}
function gatewayRootUrl(match, entrypoints) {
  const route = gatewayRouteOf(match.api, entrypoints);
  return route.base === null ? null : joinUrl(route.base, route.path, "", "");
}

// dist/judge/systems.js
function systemOf(service, services) {
  if (!service)
    return null;
  return services.find((declared) => declared.name === service)?.system ?? null;
}
function withinOneSystem(from, to, services) {
  const system = systemOf(from.service, services);
  return system !== null && system === systemOf(to.service, services);
}

// dist/judge/direct-targets.js
function directTargets(call, services, options) {
  if (isDevToolCall(call))
    return [];
  return call.targets.filter((target) => target.zone === "internal" && !target.ignored && !isDevOrTestTarget(target) && !(call.service !== void 0 && call.service === target.service) && !(options.allowWithinSystem && withinOneSystem(call, target, services)) && !(options.bypass && bypassedApiFor(target, options.bypass.catalog, options.bypass.entrypoints)));
}
function bypassOption(config, catalog) {
  if (!catalog || catalog.length === 0 || config.rules?.["gateway-bypass"]?.setting === "off")
    return void 0;
  return { catalog, entrypoints: config.gateway?.entrypoints ?? [] };
}

// dist/judge/rules/no-direct-integration.js
var noDirectIntegration = defineRule({
  id: "no-direct-integration",
  defaultSetting: "error",
  description: "A call reaches an internal system directly instead of through the API gateway or the ESB (a point-to-point integration).",
  check({ calls, services, catalog, config }) {
    const findings = [];
    const options = { allowWithinSystem: config.allowWithinSystem, bypass: bypassOption(config, catalog) };
    calls.forEach((call, callIndex) => {
      const direct = directTargets(call, services, options);
      if (direct.length === 0)
        return;
      const hosts = [...new Set(direct.map((target) => target.host ?? ""))].sort();
      const what = describeSubject(call);
      const owners = [...new Set(direct.flatMap((target) => target.service ? [target.service] : []))].sort();
      const owner = owners.length > 0 ? ` (service ${owners.map((name) => `'${name}'`).join(", ")})` : "";
      findings.push({
        message: `${what} goes directly to internal host ${hosts.map((host) => `'${host}'`).join(", ")}${owner}: a point-to-point integration. ${RULE_ADVICE["no-direct-integration"]}
` + evidenceLines(direct),
        file: call.file,
        line: call.line,
        column: call.column,
        callIndex,
        identity: [call.enclosing, call.kind, ...hosts]
      });
    });
    return findings;
  }
});

// dist/judge/rules/unknown-target.js
var unknownTarget = defineRule({
  id: "unknown-target",
  defaultSetting: "off",
  description: "A call reaches a host that no zone of the configuration covers, so arch-lint cannot tell whether it is an integration.",
  check({ calls }) {
    const findings = [];
    calls.forEach((call, callIndex) => {
      const unknown = call.targets.filter((target) => target.zone === "unknown" && target.host !== null && !target.ignored);
      if (unknown.length === 0)
        return;
      const hosts = [...new Set(unknown.map((target) => target.host ?? ""))].sort();
      findings.push({
        message: `Call ${describeCall(call)} reaches ${hosts.map((host) => `'${host}'`).join(", ")}, which is in no zone. Add the host to \`zones\` in the config (internal if it is one of the organisation's systems, external if it is an outside service).
` + evidenceLines(unknown),
        file: call.file,
        line: call.line,
        column: call.column,
        callIndex,
        identity: [call.enclosing, call.kind, ...hosts]
      });
    });
    return findings;
  }
});

// dist/judge/code-role.js
var TEST_FOLDERS = /* @__PURE__ */ new Set(["test", "tests", "__tests__", "__test__", "spec", "specs", "e2e", "e2e-tests", "cypress", "playwright", "__mocks__", "mocks", "mock", "fixtures", "testdata", "test-utils", "integration-tests", "testing"]);
var TEST_FILE = /(^|[./_-])(test|spec|e2e|cy)\.[cm]?[jt]sx?$|_test\.(go|py)$|^test_.*\.py$|^conftest\.py$|(Tests?|IT|Spec)\.(java|kt|cs|scala|groovy)$|_spec\.rb$/;
var BROWSER_FOLDERS = /* @__PURE__ */ new Set(["client", "frontend", "front-end", "front", "webapp", "web-app", "ui", "public", "static", "www", "browser", "spa"]);
var BROWSER_FILE = /\.(tsx|jsx|vue|svelte|astro)$/;
function segments(path2) {
  const parts = path2.split("/");
  const name = parts.pop() ?? "";
  return { folders: parts.map((part) => part.toLowerCase()), name };
}
function isTestCode(path2) {
  const { folders, name } = segments(path2);
  return folders.some((folder) => TEST_FOLDERS.has(folder)) || TEST_FILE.test(name);
}
function isBrowserCode(path2) {
  const { folders, name } = segments(path2);
  return BROWSER_FILE.test(name) || folders.some((folder) => BROWSER_FOLDERS.has(folder));
}

// dist/judge/integration-points.js
var INTEGRATION_RULES = /* @__PURE__ */ new Set(["no-direct-integration", "gateway-bypass", "undeclared-integration"]);
var CALLER = /^called from (.+):(\d+):(\d+)$/;
function locKey(loc) {
  return `${loc.file}:${loc.line}:${loc.column}`;
}
function byLocation(a, b) {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column;
}
function pointOf(call) {
  return call.point ?? call;
}
function groupByIntegrationPoint(entries, calls) {
  const groups = /* @__PURE__ */ new Map();
  const out = [];
  const ordinals = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    const callIndex = entry.finding.callIndex;
    const call = callIndex === void 0 ? void 0 : calls[callIndex];
    if (!INTEGRATION_RULES.has(entry.ruleId) || !call) {
      out.push(entry);
      continue;
    }
    const base = [entry.ruleId, locKey(pointOf(call)), ...entry.finding.identity.slice(2)].join("\0");
    const here = `${base}\0${locKey(entry.finding)}`;
    const ordinal = ordinals.get(here) ?? 0;
    ordinals.set(here, ordinal + 1);
    const key = `${base}\0${ordinal}`;
    const group = groups.get(key);
    if (group)
      group.push(entry);
    else
      groups.set(key, [entry]);
  }
  for (const group of groups.values()) {
    const first = group[0];
    const point = pointOf(calls[first.finding.callIndex]);
    const primary = group.find((entry) => locKey(entry.finding) === locKey(point)) ?? [...group].sort((a, b) => byLocation(a.finding, b.finding))[0];
    const related = /* @__PURE__ */ new Map();
    for (const entry of group) {
      if (entry === primary || locKey(entry.finding) === locKey(primary.finding))
        continue;
      const call = calls[entry.finding.callIndex];
      related.set(locKey(entry.finding), { file: entry.finding.file, line: entry.finding.line, column: entry.finding.column, message: `${describeCall(call)} reaches it` });
    }
    for (const entry of group) {
      for (const target of calls[entry.finding.callIndex].targets) {
        for (const step of target.via) {
          const caller = CALLER.exec(step);
          if (!caller)
            continue;
          const where = { file: caller[1], line: Number(caller[2]), column: Number(caller[3]) };
          if (locKey(where) !== locKey(primary.finding) && !related.has(locKey(where)))
            related.set(locKey(where), { ...where, message: "calls the wrapper that makes this request" });
        }
      }
    }
    const primaryCall = calls[primary.finding.callIndex];
    if (related.size === 0) {
      if (primaryCall.kind === "client-config" && isCoveredByCalls(primaryCall, calls))
        continue;
      out.push(primary);
      continue;
    }
    const list = [...related.values()].sort(byLocation);
    const sites = `${list.length} call site${list.length === 1 ? "" : "s"}`;
    const [head, ...rest] = primary.finding.message.split("\n");
    const message = [`${head} Reached from ${sites} (related locations).`, ...rest].join("\n");
    out.push({ ...primary, finding: { ...primary.finding, message, related: list } });
  }
  return out;
}

// dist/judge/rules/unverified-target.js
var VERIFIED = /* @__PURE__ */ new Set(["internal", "external", "gateway", "esb", "unknown"]);
var BROWSER_VARIABLE = /^(VITE|REACT_APP|NEXT_PUBLIC|NUXT_PUBLIC|PUBLIC|EXPO_PUBLIC|GATSBY|VUE_APP|STORYBOOK)_/;
function variableOf(steps) {
  for (const step of steps) {
    const match = /^(env|config):([^\s()]+)$/.exec(step);
    if (match)
      return match[2];
  }
  return null;
}
function unverifiedVariables(call) {
  if (isTestCode(call.file) || isBrowserCode(call.file) || isDevToolCall(call))
    return [];
  if (call.targets.some((target) => target.host !== null && VERIFIED.has(target.zone) && !isDevOrTestTarget(target)))
    return [];
  const found = /* @__PURE__ */ new Map();
  for (const target of call.targets) {
    const devOrTest = isDevOrTestTarget(target);
    if (!devOrTest && target.zone !== "unresolved")
      continue;
    const variable = target.env ?? variableOf(target.via);
    if (variable === null || BROWSER_VARIABLE.test(variable))
      continue;
    const entry = found.get(variable) ?? { variable, devOnly: [], placeholders: [] };
    if (devOrTest && target.binding)
      entry.devOnly.push(`${target.binding.file}:${target.binding.line}, ${target.environment}`);
    else if (target.binding && target.via.some((step) => / is a placeholder, not a URL$| is empty$/.test(step)))
      entry.placeholders.push(`${target.binding.file}:${target.binding.line}`);
    found.set(variable, entry);
  }
  return [...found.values()].sort((a, b) => a.variable < b.variable ? -1 : 1);
}
var unverifiedTarget = defineRule({
  id: "unverified-target",
  defaultSetting: "warn",
  description: "Server-side calls reach a host held in a variable that nothing in the scan binds for production, so whether they bypass the gateway cannot be verified.",
  check({ calls }) {
    const groups = /* @__PURE__ */ new Map();
    calls.forEach((call, index) => {
      for (const { variable, devOnly, placeholders } of unverifiedVariables(call)) {
        const key = `${call.service ?? ""}\0${variable}`;
        const group = groups.get(key) ?? { variable, service: call.service, devOnly: /* @__PURE__ */ new Set(), placeholders: /* @__PURE__ */ new Set(), calls: [] };
        group.calls.push({ call, index });
        for (const place of devOnly)
          group.devOnly.add(place);
        for (const place of placeholders)
          group.placeholders.add(place);
        groups.set(key, group);
      }
    });
    const findings = [];
    for (const group of groups.values()) {
      const sorted = [...group.calls].sort((a, b) => byLocation(a.call, b.call));
      const first = sorted[0];
      const related = sorted.slice(1).map(({ call }) => ({ file: call.file, line: call.line, column: call.column, message: `${describeCall(call)} reaches the host in ${group.variable}` }));
      const points = /* @__PURE__ */ new Map();
      for (const { call } of sorted) {
        const point = call.point;
        const key = point ? `${point.file}:${point.line}:${point.column}` : "";
        if (!point || key === `${first.call.file}:${first.call.line}:${first.call.column}` || related.some((entry) => `${entry.file}:${entry.line}:${entry.column}` === key))
          continue;
        points.set(key, { ...point, message: `the integration point these calls go through (a client configuration or a wrapper request)` });
      }
      related.push(...points.values());
      related.sort(byLocation);
      const count = sorted.length === 1 ? "a call" : `${sorted.length} call sites`;
      const service = group.service ? ` of service '${group.service}'` : "";
      findings.push({
        message: `\`${group.variable}\` is bound ${group.devOnly.size > 0 ? `only for development or test (${[...group.devOnly].sort().slice(0, 3).join("; ")})` : group.placeholders.size > 0 ? `only to a placeholder or an empty value (${[...group.placeholders].sort().slice(0, 3).join("; ")})` : "nowhere arch-lint reads"}, so the host ${count}${service} reach${sorted.length === 1 ? "es" : ""} in production cannot be verified (first: ${describeCall(first.call)}). ${RULE_ADVICE["unverified-target"]}`,
        file: first.call.file,
        line: first.call.line,
        column: first.call.column,
        callIndex: first.index,
        ...related.length > 0 ? { related } : {},
        identity: [group.service ?? "", group.variable]
      });
    }
    return findings;
  }
});

// dist/judge/rules/suppression-expired.js
var suppressionExpired = defineRule({
  id: "suppression-expired",
  defaultSetting: "warn",
  description: "An inline arch-lint-disable comment is past its until date, so the finding it covered is reported again.",
  check() {
    return [];
  }
});

// dist/judge/rules/suppression-without-reason.js
var suppressionWithoutReason = defineRule({
  id: "suppression-without-reason",
  defaultSetting: "error",
  description: "An inline arch-lint-disable comment gives no reason (or, under inlineSuppressions: require-ticket, no ticket; under forbid, any inline suppression).",
  check() {
    return [];
  }
});

// dist/judge/rules/unused-suppression.js
var unusedSuppression = defineRule({
  id: "unused-suppression",
  defaultSetting: "warn",
  description: "An inline arch-lint-disable comment suppresses nothing (reported with --report-unused-disable-directives).",
  check() {
    return [];
  }
});

// dist/resolve/modules/ancestors.js
function ancestorDirs(fromFile) {
  const dirs = [];
  let dir = dirname(fromFile);
  for (; ; ) {
    dirs.push(dir);
    if (dir === "")
      return dirs;
    dir = dirname(dir);
  }
}
function joinPath(dir, path2) {
  return dir === "" ? path2 : `${dir}/${path2}`;
}

// dist/resolve/modules/csharp.js
var csharpModules = {
  resolve(specifier, fromFile, files) {
    if (specifier.startsWith(CLASS_FILE_PREFIX)) {
      const file = `${specifier.slice(CLASS_FILE_PREFIX.length)}.cs`;
      for (const dir of ancestorDirs(fromFile)) {
        for (const folder of ["", "Configuration", "Config", "Constants", "Settings", "Options", "Common", "Shared", "Infrastructure", "Helpers", file.slice(0, -".cs".length)]) {
          const candidate = joinPath(joinPath(dir, folder), file).replace(/\/\//g, "/").replace(/^\//, "");
          if (files.has(candidate))
            return candidate;
        }
      }
      return null;
    }
    if (specifier !== NAMED_CLIENTS_MODULE)
      return null;
    for (const dir of ancestorDirs(fromFile)) {
      for (const name of ["Program.cs", "Startup.cs"]) {
        const candidate = joinPath(dir, name);
        if (files.has(candidate))
          return candidate;
      }
    }
    return null;
  }
};

// dist/resolve/modules/go.js
var conventionalNames = ["config.go", "constants.go", "consts.go", "const.go", "env.go", "settings.go", "urls.go", "endpoints.go", "vars.go", "globals.go"];
function inPackage(dir, files, exclude) {
  const packageName2 = dir.slice(dir.lastIndexOf("/") + 1);
  for (const name of [...conventionalNames, `${packageName2}.go`, "main.go"]) {
    const candidate = joinPath(dir, name);
    if (candidate !== exclude && files.has(candidate))
      return candidate;
  }
  return null;
}
function goPackageDirs(specifier, fromFile) {
  const segments2 = specifier.split("/").filter((segment) => !/^v\d+$/.test(segment));
  if (segments2.length < 2)
    return [];
  const dirs = [];
  for (const dir of ancestorDirs(fromFile)) {
    for (let take = Math.min(segments2.length - 1, 4); take >= 1; take--)
      dirs.push(joinPath(dir, segments2.slice(-take).join("/")));
  }
  return dirs;
}
var goModules = {
  resolve(specifier, fromFile, files) {
    if (specifier === ".")
      return inPackage(dirname(fromFile), files, fromFile);
    for (const dir of goPackageDirs(specifier, fromFile)) {
      const found = inPackage(dir, files, fromFile);
      if (found)
        return found;
    }
    return null;
  }
};

// dist/resolve/modules/jvm.js
var topLevelFiles = ["Constants.kt", "Config.kt", "Endpoints.kt", "Urls.kt", "Settings.kt", "Properties.kt"];
var jvmModules = {
  resolve(specifier, fromFile, files) {
    if (!/^[\w.]+$/.test(specifier))
      return null;
    const path2 = specifier.split(".").join("/");
    const isPackage = /^[a-z]/.test(specifier.split(".").at(-1) ?? "");
    const names = isPackage ? topLevelFiles.map((name) => `${path2}/${name}`) : [`${path2}.java`, `${path2}.kt`];
    for (const dir of ancestorDirs(fromFile)) {
      for (const name of names) {
        const candidate = joinPath(dir, name);
        if (files.has(candidate))
          return candidate;
      }
    }
    if (isPackage || !files.endingWith)
      return null;
    const elsewhere = names.flatMap((name) => files.endingWith(`/${name}`));
    return elsewhere.length === 1 ? elsewhere[0] : null;
  }
};

// dist/resolve/modules/php.js
var phpModules = {
  resolve(specifier, fromFile, files) {
    const segments2 = specifier.replace(/^\\/, "").split("\\").filter(Boolean);
    if (segments2.length === 0)
      return null;
    const tails = [];
    for (let drop = 0; drop <= Math.min(2, segments2.length - 1); drop++)
      tails.push(`${segments2.slice(drop).join("/")}.php`);
    for (const dir of ancestorDirs(fromFile)) {
      for (const tail of tails) {
        for (const root of ["src", "app", "lib", ""]) {
          const candidate = joinPath(joinPath(dir, root), tail).replace(/\/\//g, "/");
          if (files.has(candidate))
            return candidate;
        }
      }
    }
    return null;
  }
};

// dist/resolve/modules/python.js
function candidates(base) {
  return [`${base}.py`, `${base}/__init__.py`];
}
var pythonModules = {
  resolve(specifier, fromFile, files) {
    const dots = /^\.*/.exec(specifier)?.[0].length ?? 0;
    const rest = specifier.slice(dots).split(".").filter(Boolean).join("/");
    if (dots > 0) {
      let dir = dirname(fromFile);
      for (let i = 1; i < dots; i++)
        dir = dirname(dir);
      const base = normalisePath(rest ? joinPath(dir, rest) : dir);
      if (base === null)
        return null;
      for (const candidate of rest ? candidates(base) : [joinPath(base, "__init__.py")])
        if (files.has(candidate))
          return candidate;
      return null;
    }
    for (const dir of ancestorDirs(fromFile)) {
      for (const root of [dir, joinPath(dir, "src")]) {
        for (const candidate of candidates(joinPath(root, rest)))
          if (files.has(candidate))
            return candidate;
      }
    }
    return null;
  }
};

// dist/resolve/modules/ruby.js
var autoloadRoots = ["app/models", "app/services", "app/clients", "app/lib", "app/controllers", "app/jobs", "app/models/concerns", "app/controllers/concerns", "app/concerns", "lib", "app", "config/initializers", ""];
var rubyModules = {
  resolve(specifier, fromFile, files) {
    if (!/^[a-z0-9_/]+$/.test(specifier))
      return null;
    for (const dir of ancestorDirs(fromFile)) {
      for (const root of autoloadRoots) {
        const candidate = joinPath(joinPath(dir, root), `${specifier}.rb`).replace(/\/\//g, "/").replace(/^\//, "");
        if (files.has(candidate))
          return candidate;
      }
    }
    return null;
  }
};

// dist/resolve/modules/rust.js
function moduleDir(file) {
  const name = file.slice(file.lastIndexOf("/") + 1);
  return /^(?:main|lib|mod)\.rs$/.test(name) ? dirname(file) : file.slice(0, -".rs".length);
}
function crateRoot(fromFile, files) {
  for (const dir of ancestorDirs(fromFile))
    if (files.has(joinPath(dir, "main.rs")) || files.has(joinPath(dir, "lib.rs")))
      return dir;
  return dirname(fromFile);
}
function moduleFile(dir, segments2, files) {
  if (segments2.length === 0)
    return null;
  const base = normalisePath(joinPath(dir, segments2.join("/")));
  if (base === null)
    return null;
  for (const candidate of [`${base}.rs`, `${base}/mod.rs`])
    if (files.has(candidate))
      return candidate;
  return null;
}
var rustModules = {
  resolve(specifier, fromFile, files) {
    const segments2 = specifier.split("::");
    const head = segments2[0];
    if (head === "crate")
      return moduleFile(crateRoot(fromFile, files), segments2.slice(1), files);
    if (head === "self")
      return moduleFile(moduleDir(fromFile), segments2.slice(1), files);
    if (head === "super") {
      let dir = moduleDir(fromFile);
      let rest = segments2;
      while (rest[0] === "super") {
        dir = dirname(dir);
        rest = rest.slice(1);
      }
      if (rest.length > 0)
        return moduleFile(dir, rest, files);
      const parent = dirname(dir);
      const name = dir.slice(dir.lastIndexOf("/") + 1);
      return moduleFile(parent, [name], files) ?? (files.has(joinPath(dir, "main.rs")) ? joinPath(dir, "main.rs") : files.has(joinPath(dir, "lib.rs")) ? joinPath(dir, "lib.rs") : null);
    }
    return null;
  }
};

// dist/resolve/modules/typescript-aliases.js
var CONFIG_NAMES = ["tsconfig.json", "jsconfig.json"];
var BUNDLER_CONFIGS = ["vite.config.ts", "vite.config.js", "vite.config.mjs", "vite.config.mts", "webpack.config.js", "webpack.config.cjs", "webpack.config.mjs", "webpack.config.ts"];
function parseJsonc(text) {
  try {
    return JSON.parse(text);
  } catch {
  }
  let out = "";
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (inString) {
      out += char;
      if (char === "\\")
        out += text[++index] ?? "";
      else if (char === '"')
        inString = false;
      continue;
    }
    if (char === '"') {
      inString = true;
      out += char;
    } else if (char === "/" && text[index + 1] === "/") {
      while (index < text.length && text[index] !== "\n")
        index++;
      out += "\n";
    } else if (char === "/" && text[index + 1] === "*") {
      const end = text.indexOf("*/", index + 2);
      index = end < 0 ? text.length : end + 1;
    } else
      out += char;
  }
  try {
    return JSON.parse(out.replace(/,(\s*[}\]])/g, "$1"));
  } catch {
    return null;
  }
}
function record(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : null;
}
function fromConfig(dir, written) {
  const path2 = written.startsWith("/") ? written.slice(1) : written;
  return normalisePath(joinPath(dir, path2));
}
function tsconfigRules(dir, name, readText, depth = 0) {
  if (depth > 5)
    return [];
  const file = joinPath(dir, name);
  const config = record(parseJsonc(readText(file) ?? ""));
  if (!config)
    return [];
  const options = record(config.compilerOptions);
  const inherited = [];
  const extendsList = typeof config.extends === "string" ? [config.extends] : Array.isArray(config.extends) ? config.extends.filter((entry) => typeof entry === "string") : [];
  for (const parent of extendsList) {
    if (!parent.startsWith("."))
      continue;
    const parentFile = normalisePath(joinPath(dir, parent.endsWith(".json") ? parent : `${parent}.json`));
    if (parentFile)
      inherited.push(...tsconfigRules(dirname(parentFile), parentFile.slice(parentFile.lastIndexOf("/") + 1), readText, depth + 1));
  }
  const paths = record(options?.paths);
  if (!paths)
    return inherited;
  const baseUrl = typeof options?.baseUrl === "string" ? fromConfig(dir, options.baseUrl) : dir;
  if (baseUrl === null)
    return inherited;
  const own2 = [];
  for (const [pattern, targets] of Object.entries(paths)) {
    if (!Array.isArray(targets))
      continue;
    const resolved = targets.flatMap((target) => typeof target === "string" ? [fromConfig(baseUrl, target)] : []).filter((target) => target !== null);
    if (resolved.length > 0)
      own2.push({ pattern, targets: resolved });
  }
  return [...own2, ...inherited.filter((rule) => !own2.some((mine) => mine.pattern === rule.pattern))];
}
function aliasTarget(dir, value) {
  const literal = /^\s*['"`]([^'"`]+)['"`]\s*$/.exec(value);
  if (literal)
    return fromConfig(dir, literal[1]);
  const resolveCall = /(?:path\.)?(?:resolve|join)\(\s*(?:__dirname|process\.cwd\(\)|['"`]\.['"`])\s*,\s*((?:['"`][^'"`]*['"`]\s*,?\s*)+)\)/.exec(value);
  if (resolveCall) {
    const parts = [...resolveCall[1].matchAll(/['"`]([^'"`]*)['"`]/g)].map((match) => match[1]);
    return fromConfig(dir, parts.join("/"));
  }
  const urlCall = /new URL\(\s*['"`]([^'"`]+)['"`]\s*,\s*import\.meta\.url\s*\)/.exec(value);
  if (urlCall)
    return fromConfig(dir, urlCall[1]);
  return null;
}
function bundlerAliasRules(dir, text) {
  const rules2 = [];
  const start = /\balias\s*:\s*([[{])/.exec(text);
  if (!start)
    return rules2;
  const open = start.index + start[0].length - 1;
  let depth = 0;
  let end = open;
  for (; end < text.length; end++) {
    const char = text[end];
    if (char === "{" || char === "[" || char === "(")
      depth++;
    else if (char === "}" || char === "]" || char === ")")
      depth--;
    if (depth === 0)
      break;
  }
  const block = text.slice(open + 1, end);
  if (start[1] === "[") {
    for (const entry of block.matchAll(/find\s*:\s*['"`]([^'"`]+)['"`]\s*,\s*replacement\s*:\s*([^}]+)\}/g)) {
      const target = aliasTarget(dir, entry[2].replace(/,\s*$/, ""));
      if (target !== null)
        rules2.push({ pattern: entry[1], targets: [target] });
    }
    return rules2;
  }
  for (const entry of block.matchAll(/(?:['"`]([^'"`]+)['"`]|([A-Za-z_$][\w$]*))\s*:\s*((?:[^,()]|\([^()]*(?:\([^()]*\)[^()]*)*\))+)/g)) {
    const key = entry[1] ?? entry[2];
    const target = aliasTarget(dir, entry[3]);
    if (target !== null)
      rules2.push({ pattern: key, targets: [target] });
  }
  return rules2;
}
function conditionalTargets(dir, value) {
  const entries = [];
  const add = (entry) => {
    if (typeof entry === "string") {
      const path2 = fromConfig(dir, entry);
      if (path2 !== null)
        entries.push(path2);
    } else if (record(entry))
      for (const key of ["source", "import", "default", "require", "node", "types"])
        add(record(entry)[key]);
  };
  add(value);
  return entries;
}
function packageEntries(dir, manifest) {
  const exportsField = manifest.exports;
  const main = typeof exportsField === "string" ? exportsField : record(exportsField)?.["."];
  return [main, ...["source", "module", "main", "types"].map((key) => manifest[key])].flatMap((value) => conditionalTargets(dir, value));
}
function packageRules(dir, manifest) {
  const rules2 = [];
  for (const [pattern, value] of Object.entries(record(manifest.imports) ?? {})) {
    const targets = conditionalTargets(dir, value);
    if (targets.length > 0)
      rules2.push({ pattern, targets });
  }
  for (const [pattern, value] of Object.entries(record(manifest._moduleAliases) ?? {})) {
    if (typeof value !== "string")
      continue;
    const target = fromConfig(dir, value);
    if (target !== null)
      rules2.push({ pattern, targets: [target] });
  }
  return rules2;
}
function knownFilesReader(readText, known) {
  if (!known)
    return readText;
  const exists = /* @__PURE__ */ new Set([...known.configs, ...known.packageDirs.map((dir) => joinPath(dir, "package.json"))]);
  return (file) => exists.has(file) ? readText(file) : null;
}
function readProjectModules(sourceFiles, readText, known) {
  const dirs = /* @__PURE__ */ new Set();
  const read = knownFilesReader(readText, known);
  if (known)
    for (const dir of ["", ...known.packageDirs])
      dirs.add(dir);
  else
    for (const file of sourceFiles)
      for (const dir of ancestorDirs(file))
        dirs.add(dir);
  const rulesByDir = /* @__PURE__ */ new Map();
  const packages = /* @__PURE__ */ new Map();
  const replacements = /* @__PURE__ */ new Map();
  for (const dir of [...dirs].sort()) {
    const rules2 = [];
    const packageText = read(joinPath(dir, "package.json"));
    if (packageText !== null || dir === "")
      readFileReplacements(joinPath(dir, "angular.json"), read, replacements);
    if (packageText !== null || dir === "") {
      for (const name of CONFIG_NAMES)
        rules2.push(...tsconfigRules(dir, name, read));
      for (const name of BUNDLER_CONFIGS) {
        const text = read(joinPath(dir, name));
        if (text !== null)
          rules2.push(...bundlerAliasRules(dir, text));
      }
    }
    const manifest = record(parseJsonc(packageText ?? ""));
    if (manifest) {
      rules2.push(...packageRules(dir, manifest));
      if (typeof manifest.name === "string" && dir !== "" && !packages.has(manifest.name))
        packages.set(manifest.name, { dir, entries: packageEntries(dir, manifest) });
    }
    if (rules2.length > 0)
      rulesByDir.set(dir, rules2);
  }
  return { rulesByDir, packages, replacements };
}
function readFileReplacements(config, read, into) {
  const text = read(config);
  const workspace = text === null ? null : record(parseJsonc(text));
  if (!workspace)
    return;
  const base = config.includes("/") ? config.slice(0, config.lastIndexOf("/")) : "";
  for (const project of Object.values(record(workspace.projects) ?? {})) {
    const targets = record(record(project)?.architect) ?? record(record(project)?.targets);
    const configurations = record(record(targets?.build)?.configurations);
    for (const [configuration, settings] of Object.entries(configurations ?? {})) {
      const list = record(settings)?.fileReplacements;
      if (!Array.isArray(list))
        continue;
      for (const entry of list) {
        const replace = record(entry)?.replace;
        const replacement = record(entry)?.with;
        if (typeof replace !== "string" || typeof replacement !== "string")
          continue;
        const from = fromConfig(base, replace);
        const to = fromConfig(base, replacement);
        if (from === null || to === null || from === to)
          continue;
        const found = into.get(from) ?? [];
        if (!found.some((known) => known.configuration === configuration && known.with === to))
          found.push({ with: to, configuration, config });
        into.set(from, found);
      }
    }
  }
}
function applyRule(rule, specifier) {
  const star = rule.pattern.indexOf("*");
  if (star >= 0) {
    const head = rule.pattern.slice(0, star);
    const tail = rule.pattern.slice(star + 1);
    if (!specifier.startsWith(head) || !specifier.endsWith(tail) || specifier.length < head.length + tail.length)
      return [];
    const middle = specifier.slice(head.length, specifier.length - tail.length);
    return rule.targets.map((target) => target.replace("*", middle));
  }
  if (specifier === rule.pattern)
    return rule.targets;
  if (specifier.startsWith(`${rule.pattern}/`))
    return rule.targets.map((target) => joinPath(target, specifier.slice(rule.pattern.length + 1)));
  return [];
}
function aliasCandidates(project, specifier, fromFile) {
  const out = [];
  for (const dir of ancestorDirs(fromFile)) {
    const rules2 = project.rulesByDir.get(dir);
    if (!rules2)
      continue;
    for (const rule of rules2)
      out.push(...applyRule(rule, specifier));
    if (out.length > 0)
      return out;
  }
  const names = [...project.packages.keys()].filter((name) => specifier === name || specifier.startsWith(`${name}/`)).sort((a, b) => b.length - a.length);
  const found = names[0] === void 0 ? void 0 : project.packages.get(names[0]);
  if (found) {
    const rest = specifier.slice(names[0].length + 1);
    if (rest)
      out.push(joinPath(found.dir, rest), joinPath(found.dir, `src/${rest}`));
    else
      out.push(...found.entries.map(stripBuildFolder), ...found.entries, joinPath(found.dir, "src/index"), joinPath(found.dir, "index"));
  }
  return out;
}
function stripBuildFolder(entry) {
  return entry.replace(/(^|\/)(dist|build|lib|out)\//, "$1src/");
}

// dist/resolve/modules.js
function normalisePath(path2) {
  const out = [];
  for (const segment of path2.split("/")) {
    if (segment === "" || segment === ".")
      continue;
    if (segment === "..") {
      if (out.length === 0)
        return null;
      out.pop();
    } else
      out.push(segment);
  }
  return out.join("/");
}
function dirname(path2) {
  const slash = path2.lastIndexOf("/");
  return slash < 0 ? "" : path2.slice(0, slash);
}
var TS_EXTENSIONS = [".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs", ".vue", ".svelte"];
var EMITTED_TO_SOURCE = {
  ".js": [".ts", ".tsx", ".js", ".jsx"],
  ".jsx": [".tsx", ".jsx"],
  ".mjs": [".mts", ".mjs"],
  ".cjs": [".cts", ".cjs"]
};
function resolveTypeScriptPath(base, files) {
  if (files.has(base))
    return base;
  const extension = /\.[^./]+$/.exec(base)?.[0] ?? "";
  const sources = EMITTED_TO_SOURCE[extension];
  if (sources) {
    const stem = base.slice(0, -extension.length);
    for (const source of sources)
      if (files.has(stem + source))
        return stem + source;
  }
  for (const candidate of TS_EXTENSIONS)
    if (files.has(base + candidate))
      return base + candidate;
  for (const candidate of TS_EXTENSIONS)
    if (files.has(`${base}/index${candidate}`))
      return `${base}/index${candidate}`;
  return null;
}
var typescriptModules = {
  resolve(specifier, fromFile, files) {
    if (specifier.startsWith("./") || specifier.startsWith("../") || specifier === "." || specifier === "..") {
      const target = normalisePath(`${dirname(fromFile)}/${specifier}`);
      return target === null ? null : resolveTypeScriptPath(target, files);
    }
    if (files.projectModules) {
      for (const candidate of aliasCandidates(files.projectModules, specifier, fromFile)) {
        const normalised = normalisePath(candidate);
        const found = normalised === null ? null : resolveTypeScriptPath(normalised, files);
        if (found)
          return found;
      }
    }
    const alias = /^[@~]\/(.*)$/.exec(specifier);
    if (alias?.[1] !== void 0) {
      for (const prefix of ["src/", ""]) {
        const found = resolveTypeScriptPath(`${prefix}${alias[1]}`, files);
        if (found)
          return found;
      }
    }
    return null;
  }
};
var moduleResolvers = {
  typescript: typescriptModules,
  javascript: typescriptModules,
  vue: typescriptModules,
  svelte: typescriptModules,
  python: pythonModules,
  java: jvmModules,
  kotlin: jvmModules,
  csharp: csharpModules,
  php: phpModules,
  go: goModules,
  ruby: rubyModules,
  rust: rustModules
};

// dist/resolve/services.js
function serviceNameKey(name) {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}
function moduleServices(facts) {
  const modules = facts.flatMap((fileFacts) => fileFacts.modules ?? []);
  const byRoot = /* @__PURE__ */ new Map();
  const rank = (module) => module.build === "docker" ? 1 : 0;
  for (const module of [...modules].sort((a, b) => a.root.localeCompare(b.root) || rank(a) - rank(b) || a.loc.file.localeCompare(b.loc.file))) {
    if (!byRoot.has(module.root))
      byRoot.set(module.root, { name: module.name, root: module.root, aliases: [module.name] });
  }
  const roots = [...byRoot.values()];
  const named = /* @__PURE__ */ new Map();
  for (const binding of facts.flatMap((fileFacts) => fileFacts.bindings)) {
    if (binding.source !== "spring" || binding.name !== "spring.application.name" || binding.value.includes("${") || binding.value.trim() === "")
      continue;
    const module = moduleForFile(binding.loc.file, roots);
    if (module && (!named.has(module) || binding.environment === null))
      named.set(module, binding.value.trim());
  }
  const buildNames = new Map(roots.map((module) => [serviceNameKey(module.name), module]));
  for (const [module, name] of named) {
    const owner = buildNames.get(serviceNameKey(name));
    if (owner !== void 0 && owner !== module)
      continue;
    module.name = name;
    if (!module.aliases.includes(name))
      module.aliases.push(name);
  }
  return roots;
}
function moduleForFile(file, modules) {
  let best;
  for (const module of modules)
    if (isUnder(file, module.root) && (!best || module.root.length > best.root.length))
      best = module;
  return best;
}
function moduleForHost(host, modules) {
  const name = withoutPort(hostKey(host));
  const label = !name.includes(".") ? name : /^([^.]+)\.[^.]+\.svc(?:\.cluster\.local)?$/.exec(name)?.[1];
  if (!label)
    return void 0;
  const key = serviceNameKey(label);
  const matches = modules.filter((module) => module.aliases.some((alias) => serviceNameKey(alias) === key));
  return matches.length === 1 ? matches[0] : void 0;
}
function moduleForWorkload(workload, modules) {
  for (const name of [workload.name, ...workload.containers ?? []]) {
    const named = moduleForHost(name, modules);
    if (named)
      return named;
  }
  const built = [workload.buildContext, workload.dockerfile === void 0 ? void 0 : dirname(workload.dockerfile)].map((dir) => dir === void 0 ? void 0 : moduleForFile(dir, modules)).reduce((best, module) => module && (!best || module.root.length > best.root.length) ? module : best, void 0);
  if (built)
    return built;
  for (const image of workload.images ?? []) {
    const byImage = moduleForHost(imageName(image), modules);
    if (byImage)
      return byImage;
  }
  return void 0;
}
function workloadModules(facts, modules) {
  const owners = /* @__PURE__ */ new Map();
  for (const workload of facts.flatMap((fileFacts) => fileFacts.workloads ?? [])) {
    const module = moduleForWorkload(workload, modules);
    if (!module)
      continue;
    const key = workload.name.toLowerCase();
    const known = owners.get(key);
    owners.set(key, known === void 0 || known === module ? module : null);
  }
  const unambiguous = /* @__PURE__ */ new Map();
  for (const [name, module] of owners)
    if (module !== null)
      unambiguous.set(name, module);
  return unambiguous;
}
function moduleHosts(facts, modules) {
  const workloads = workloadModules(facts, modules);
  const owners = /* @__PURE__ */ new Map();
  for (const fact of facts.flatMap((fileFacts) => fileFacts.hosts)) {
    const module = fact.workload === null ? void 0 : workloads.get(fact.workload.toLowerCase());
    if (!module)
      continue;
    const key = hostKey(fact.host);
    const known = owners.get(key);
    owners.set(key, known === void 0 || known === module.name ? module.name : null);
  }
  const unambiguous = /* @__PURE__ */ new Map();
  for (const [host, module] of owners)
    if (module !== null)
      unambiguous.set(host, module);
  return unambiguous;
}
function moduleNameForHost(host, modules, hosts) {
  return moduleForHost(host, modules)?.name ?? serviceForHost(host, hosts);
}
function hostKey(host) {
  const value = host.trim().toLowerCase();
  return value.endsWith(".") ? value.slice(0, -1) : value;
}
function withoutPort(host) {
  if (host.startsWith("["))
    return host.slice(1, Math.max(1, host.indexOf("]")));
  return host.split(":").length === 2 ? host.slice(0, host.indexOf(":")) : host;
}
function lastSegment(dir) {
  return dir.slice(dir.lastIndexOf("/") + 1);
}
function isUnder(file, root) {
  return root === "" || file === root || file.startsWith(`${root}/`);
}
function mergeServices(declarations) {
  const byName = /* @__PURE__ */ new Map();
  const separate = [];
  const ordered = [...declarations].sort((a, b) => a.source === b.source ? 0 : a.source === "arch-lint" ? -1 : 1);
  for (const declaration of ordered) {
    const existing = byName.get(declaration.name);
    if (!existing || existing.source === declaration.source) {
      const copy = { ...declaration, hosts: [...declaration.hosts], dependsOn: [...declaration.dependsOn] };
      if (existing)
        separate.push(copy);
      else
        byName.set(declaration.name, copy);
      continue;
    }
    existing.system ??= declaration.system;
    existing.owner ??= declaration.owner;
    existing.hosts = [.../* @__PURE__ */ new Set([...existing.hosts, ...declaration.hosts])];
    existing.dependsOn = [.../* @__PURE__ */ new Set([...existing.dependsOn, ...declaration.dependsOn])];
    if (existing.provides.length === 0)
      existing.provides = declaration.provides;
  }
  return [...byName.values(), ...separate].sort((a, b) => a.root.localeCompare(b.root) || a.name.localeCompare(b.name));
}
function serviceForFile(file, services) {
  let best;
  for (const service of services) {
    if (!isUnder(file, service.root))
      continue;
    if (!best || service.root.length > best.root.length) {
      best = service;
    } else if (service.root === best.root) {
      const directory = lastSegment(service.root);
      const serviceFits = service.name === directory;
      const bestFits = best.name === directory;
      if (serviceFits && !bestFits || serviceFits === bestFits && service.name < best.name)
        best = service;
    }
  }
  return best;
}
function workloadNames(service, options) {
  const names = /* @__PURE__ */ new Set([service.name.toLowerCase()]);
  const packageName2 = options.packageNames?.[service.root];
  if (packageName2) {
    names.add(packageName2.toLowerCase());
    names.add(lastSegment(packageName2).toLowerCase());
  }
  if (service.root !== "")
    names.add(lastSegment(service.root).toLowerCase());
  return names;
}
function serviceForWorkloadName(name, services, options) {
  const wanted = name.toLowerCase();
  const named = services.filter((service) => workloadNames(service, options).has(wanted));
  return named.find((service) => service.name.toLowerCase() === wanted) ?? (named.length === 1 ? named[0] : void 0);
}
function imageName(image) {
  const withoutDigest = image.split("@")[0] ?? image;
  const lastSegment3 = withoutDigest.slice(withoutDigest.lastIndexOf("/") + 1);
  return lastSegment3.split(":")[0]?.toLowerCase() ?? "";
}
function serviceForDirectory(directory, services) {
  let best;
  for (const service of services) {
    if (isUnder(directory, service.root) && (!best || service.root.length > best.root.length))
      best = service;
  }
  return best;
}
function serviceForWorkload(workload, services, options = {}) {
  const named = serviceForWorkloadName(workload.name, services, options);
  if (named)
    return named;
  for (const container of workload.containers ?? []) {
    const byContainer = serviceForWorkloadName(container, services, options);
    if (byContainer)
      return byContainer;
  }
  if (workload.buildContext !== void 0) {
    const built = serviceForDirectory(workload.buildContext, services);
    if (built)
      return built;
  }
  for (const image of workload.images ?? []) {
    const byImage = serviceForWorkloadName(imageName(image), services, options);
    if (byImage)
      return byImage;
  }
  return void 0;
}
function workloadServices(facts, services, options = {}) {
  const owners = /* @__PURE__ */ new Map();
  for (const workload of facts.flatMap((fileFacts) => fileFacts.workloads ?? [])) {
    const service = serviceForWorkload(workload, services, options);
    if (!service)
      continue;
    const key = workload.name.toLowerCase();
    const known = owners.get(key);
    owners.set(key, known === void 0 || known === service.name ? service.name : null);
  }
  const unambiguous = /* @__PURE__ */ new Map();
  for (const [name, service] of owners)
    if (service !== null)
      unambiguous.set(name, service);
  return unambiguous;
}
function serviceForHostFact(fact, services, options = {}, workloads = /* @__PURE__ */ new Map()) {
  if (fact.workload) {
    const named = serviceForWorkloadName(fact.workload, services, options);
    if (named)
      return named;
    const running = workloads.get(fact.workload.toLowerCase());
    const known = running === void 0 ? void 0 : services.find((service) => service.name === running);
    if (known)
      return known;
    if (fact.source === "compose-service" || fact.source === "k8s-service")
      return void 0;
  }
  return serviceForFile(fact.loc.file, services);
}
function serviceHosts(services) {
  const hosts = /* @__PURE__ */ new Map();
  for (const service of [...services].sort((a, b) => a.name.localeCompare(b.name))) {
    for (const host of service.hosts) {
      const key = hostKey(host);
      if (!hosts.has(key))
        hosts.set(key, service.name);
    }
  }
  return hosts;
}
function serviceForHost(host, hosts) {
  const key = hostKey(host);
  return hosts.get(key) ?? hosts.get(withoutPort(key));
}
function attributeServices(calls, facts, options = {}) {
  const services = mergeServices(facts.flatMap((fileFacts) => fileFacts.services));
  const learnt = new Map(services.map((service) => [service, new Set(service.hosts.map(hostKey))]));
  const workloads = workloadServices(facts, services, options);
  for (const fact of facts.flatMap((fileFacts) => fileFacts.hosts)) {
    const owner = serviceForHostFact(fact, services, options, workloads);
    if (owner)
      learnt.get(owner)?.add(hostKey(fact.host));
  }
  const completed = services.map((service) => ({ ...service, hosts: [...learnt.get(service) ?? []].sort() }));
  const hosts = serviceHosts(completed);
  const modules = moduleServices(facts);
  const builtHosts = moduleHosts(facts, modules);
  const byHost = /* @__PURE__ */ new Map();
  const byFile = /* @__PURE__ */ new Map();
  const serviceOfHost = (host) => {
    if (!byHost.has(host))
      byHost.set(host, serviceForHost(host, hosts) ?? moduleNameForHost(host, modules, builtHosts));
    return byHost.get(host);
  };
  const ownerOfFile = (file) => {
    if (!byFile.has(file))
      byFile.set(file, serviceForFile(file, completed)?.name ?? moduleForFile(file, modules)?.name);
    return byFile.get(file);
  };
  const attributed = calls.map((call) => {
    const copy = {
      ...call,
      targets: call.targets.map((target) => {
        const service = target.host ? serviceOfHost(target.host) : void 0;
        return service ? { ...target, service } : { ...target };
      })
    };
    const owner = ownerOfFile(call.file);
    if (owner)
      copy.service = owner;
    return copy;
  });
  return { calls: attributed, services: completed, modules };
}
function urlParts2(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:")
    return null;
  const defaultPort = parsed.port === "" || parsed.protocol === "http:" && parsed.port === "80" || parsed.protocol === "https:" && parsed.port === "443";
  return {
    host: hostKey(parsed.hostname),
    port: defaultPort ? null : parsed.port,
    segments: parsed.pathname.split("/").filter((segment) => segment !== "")
  };
}
function urlCovers(prefix, url) {
  const wanted = urlParts2(prefix);
  const actual = urlParts2(url);
  if (!wanted || !actual)
    return false;
  if (wanted.host !== actual.host)
    return false;
  if (wanted.port !== actual.port && !(wanted.port === null && actual.port === null))
    return false;
  return wanted.segments.every((segment, index) => actual.segments[index] === segment);
}
function findConsumesEntry(service, url) {
  if (url === null)
    return void 0;
  let best;
  for (const entry of service.consumes) {
    if (!urlCovers(entry.url, url))
      continue;
    const length = urlParts2(entry.url)?.segments.length ?? 0;
    if (!best || length > best.length)
      best = { entry, length };
  }
  return best?.entry;
}
function pathFromRoot(root, relative) {
  const parts = root === "" ? [] : root.split("/");
  for (const segment of relative.replace(/\\/g, "/").split("/")) {
    if (segment === "" || segment === ".")
      continue;
    if (segment === "..") {
      if (parts.length === 0)
        return null;
      parts.pop();
    } else {
      parts.push(segment);
    }
  }
  return parts.join("/");
}
function isOpenApiDocument(text) {
  const doc = yaml().parseDocument(text, { prettyErrors: false });
  if (doc.errors.length > 0)
    return false;
  try {
    const value = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
    if (typeof value !== "object" || value === null || Array.isArray(value))
      return false;
    const record2 = value;
    return (typeof record2["openapi"] === "string" || typeof record2["swagger"] === "string" || typeof record2["swagger"] === "number") && typeof record2["info"] === "object";
  } catch {
    return false;
  }
}
function checkOpenApiFiles(services, readText) {
  return services.map((service) => ({
    ...service,
    provides: service.provides.map((api) => {
      if (api.openapi === null)
        return api;
      const path2 = pathFromRoot(service.root, api.openapi);
      const text = path2 === null ? null : readText(path2);
      const openapiStatus = text === null ? "missing" : isOpenApiDocument(text) ? "ok" : "unparseable";
      return { ...api, openapiStatus };
    })
  }));
}

// dist/judge/rules/waiver-expired.js
var DAY_MS = 864e5;
function parseWaiverDate(text) {
  if (text === null)
    return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match)
    return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? time : null;
}
function utcDay(now) {
  return now.toISOString().slice(0, 10);
}
function daysLeft(waiver, now) {
  const expires = parseWaiverDate(waiver.expires);
  if (expires === null)
    return null;
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Math.round((expires - today) / DAY_MS);
}
function declaredWaivers(services) {
  return services.flatMap((service) => service.consumes.flatMap((entry) => entry.waiver ? [{ service, entry, waiver: entry.waiver }] : []));
}
function at(loc) {
  return `${loc.file}:${loc.line}`;
}
function activeWaiverFor(call, target, services, now, maxWaiverDays) {
  if (!call.service)
    return null;
  const service = services.find((declared) => declared.name === call.service && declared.source === "arch-lint");
  if (!service)
    return null;
  const entry = findConsumesEntry(service, target.url);
  if (!entry || entry.via !== "direct" || !entry.waiver || entry.waiver.reason === null)
    return null;
  const left = daysLeft(entry.waiver, now);
  if (left === null || left < 0)
    return null;
  if (maxWaiverDays !== void 0 && left > maxWaiverDays)
    return null;
  const waiver = entry.waiver;
  const details = [waiver.ticket, waiver.approvedBy ? `approved by ${waiver.approvedBy}` : void 0].filter(Boolean).join(", ");
  const justification = `waiver for '${entry.name}' (${at(waiver.loc)}, until ${waiver.expires}): ${waiver.reason}${details ? ` (${details})` : ""}`;
  return { service, entry, waiver, justification };
}
function callsCoveredBy(entry, service, calls) {
  return calls.filter((call) => call.service === service.name && call.targets.some((target) => findConsumesEntry({ ...service, consumes: [entry] }, target.url) !== void 0));
}
function listCalls(calls, limit = 3) {
  const shown = calls.slice(0, limit).map((call) => `${call.file}:${call.line}`);
  return calls.length > limit ? `${shown.join(", ")} and ${calls.length - limit} more` : shown.join(", ");
}
var waiverExpired = defineRule({
  id: "waiver-expired",
  defaultSetting: "error",
  description: "A manifest waiver for a direct integration has passed its expiry date; the calls it covered are reported again.",
  check({ services, calls, now }) {
    const findings = [];
    for (const { service, entry, waiver } of declaredWaivers(services)) {
      const left = daysLeft(waiver, now);
      if (left === null || left >= 0)
        continue;
      const covered = callsCoveredBy(entry, service, calls);
      const reportedAgain = covered.filter((call) => call.targets.some((target) => target.zone === "internal" && !target.ignored));
      const unjudged = covered.filter((call) => !reportedAgain.includes(call));
      const sentences = [];
      if (reportedAgain.length > 0) {
        sentences.push(`The ${reportedAgain.length === 1 ? "call" : `${reportedAgain.length} calls`} it covered (${listCalls(reportedAgain)}) ${reportedAgain.length === 1 ? "is" : "are"} reported again by no-direct-integration.`);
      }
      if (unjudged.length > 0) {
        sentences.push(`The ${unjudged.length === 1 ? "call" : `${unjudged.length} calls`} it covered (${listCalls(unjudged)}) ${unjudged.length === 1 ? "reaches a host" : "reach hosts"} in no 'internal' zone of the config, so no-direct-integration does not judge ` + (unjudged.length === 1 ? "it" : "them") + ": classify the host in `zones`.");
      }
      const evidence = sentences.length > 0 ? sentences.join(" ") : "No call in the service reaches it any more: remove the entry if the integration is gone.";
      findings.push({
        message: `Waiver for the direct integration '${entry.name}' (${entry.url}) of service '${service.name}' expired on ${waiver.expires} (${-left} day${left === -1 ? "" : "s"} ago; today is ${utcDay(now)} UTC). ${evidence} ` + RULE_ADVICE["waiver-expired"],
        file: waiver.loc.file,
        line: waiver.loc.line,
        column: waiver.loc.column,
        identity: [service.name, entry.name, entry.url]
      });
    }
    return findings;
  }
});
function suppressWaivedFindings(findings, context) {
  return findings.map((finding) => {
    if (finding.ruleId !== "no-direct-integration" || finding.callIndex === void 0 || finding.suppressed)
      return finding;
    const call = context.calls[finding.callIndex];
    if (!call)
      return finding;
    const direct = directTargets(call, context.services, { allowWithinSystem: context.config.allowWithinSystem, bypass: bypassOption(context.config, context.catalog) });
    if (direct.length === 0)
      return finding;
    const waivers = direct.map((target) => activeWaiverFor(call, target, context.services, context.now, context.config.maxWaiverDays));
    if (waivers.some((waiver) => waiver === null))
      return finding;
    const justification = [...new Set(waivers.map((waiver) => waiver.justification))].join("; ");
    call.suppressedBy = justification;
    return { ...finding, suppressed: { kind: "waiver", justification } };
  });
}

// dist/judge/rules/waiver-expiring.js
var DEFAULT_EXPIRING_DAYS = 30;
var waiverExpiring = defineRule({
  id: "waiver-expiring",
  defaultSetting: "warn",
  description: "A manifest waiver for a direct integration expires within 30 days.",
  check({ services, calls, now, options }) {
    const window = typeof options["days"] === "number" && options["days"] >= 0 ? options["days"] : DEFAULT_EXPIRING_DAYS;
    const findings = [];
    for (const { service, entry, waiver } of declaredWaivers(services)) {
      const left = daysLeft(waiver, now);
      if (left === null || left < 0 || left > window)
        continue;
      const covered = callsCoveredBy(entry, service, calls);
      const when = left === 0 ? "today (its last day)" : `in ${left} day${left === 1 ? "" : "s"}`;
      findings.push({
        message: `Waiver for the direct integration '${entry.name}' (${entry.url}) of service '${service.name}' expires on ${waiver.expires}, ${when} (today is ${utcDay(now)} UTC)${covered.length > 0 ? `; it covers ${listCalls(covered)}` : ""}. ` + RULE_ADVICE["waiver-expiring"],
        file: waiver.loc.file,
        line: waiver.loc.line,
        column: waiver.loc.column,
        identity: [service.name, entry.name, entry.url]
      });
    }
    return findings;
  }
});

// dist/judge/rules/waiver-invalid.js
var waiverInvalid = defineRule({
  id: "waiver-invalid",
  defaultSetting: "error",
  description: "A manifest waiver lacks a reason or expiry date, or runs longer than the policy allows (maxWaiverDays).",
  check({ services, now, config }) {
    const findings = [];
    for (const { service, entry, waiver } of declaredWaivers(services)) {
      const faults = [];
      if (entry.via !== "direct")
        faults.push(`it is on a 'via: ${entry.via}' entry, and only direct integrations need (or can have) a waiver`);
      if (waiver.reason === null)
        faults.push("it gives no reason");
      if (waiver.expires === null)
        faults.push("it has no expiry date (expires: YYYY-MM-DD)");
      const left = daysLeft(waiver, now);
      if (waiver.expires !== null && left === null)
        faults.push(`its expiry '${waiver.expires}' is not a YYYY-MM-DD calendar date`);
      if (left !== null && left > config.maxWaiverDays) {
        faults.push(`it runs until ${waiver.expires}, ${left} days from today (${utcDay(now)} UTC), longer than the policy's maxWaiverDays (${config.maxWaiverDays})`);
      }
      if (faults.length === 0)
        continue;
      findings.push({
        message: `Waiver for '${entry.name}' (${entry.url}) of service '${service.name}' is not valid: ${faults.join("; ")}. An invalid waiver suppresses nothing; give it a reason and an end date within the policy.`,
        file: waiver.loc.file,
        line: waiver.loc.line,
        column: waiver.loc.column,
        identity: [service.name, entry.name, entry.url]
      });
    }
    return findings;
  }
});

// dist/judge/rules/undeclared-integration.js
var INTEGRATION_ZONES = /* @__PURE__ */ new Set(["gateway", "esb", "internal"]);
function targetUrl(target) {
  if (target.url && urlParts2(target.url))
    return target.url;
  return target.host ? `https://${target.host}/` : null;
}
function suggestedEntry(target) {
  const url = targetUrl(target);
  if (url === null)
    return null;
  const parsed = new URL(url);
  const first = parsed.pathname.split("/").find((segment) => segment !== "");
  const prefix = `${parsed.protocol}//${parsed.host}${first ? `/${first}` : ""}`;
  const via = target.zone === "gateway" ? "gateway" : target.zone === "esb" ? "esb" : "direct";
  const name = target.service ?? (target.zone === "gateway" && first ? first : [parsed.hostname.split(".")[0], first].filter(Boolean).join("-"));
  return { name: name ?? parsed.hostname, url: prefix, via };
}
function undeclaredTargets(call, service, services, allowWithinSystem) {
  return call.targets.filter((target) => {
    if (!INTEGRATION_ZONES.has(target.zone) || target.ignored)
      return false;
    if (target.service === service.name)
      return false;
    if (allowWithinSystem && withinOneSystem({ service: service.name }, target, services))
      return false;
    const url = targetUrl(target);
    return url !== null && findConsumesEntry(service, url) === void 0;
  });
}
var undeclaredIntegration = defineRule({
  id: "undeclared-integration",
  defaultSetting: "warn",
  description: "Code calls a gateway, ESB or internal target that its service's architecture.yaml does not declare under consumes.",
  check({ calls, services, config }) {
    const findings = [];
    calls.forEach((call, callIndex) => {
      const service = call.service ? services.find((declared) => declared.name === call.service && declared.source === "arch-lint") : void 0;
      if (!service)
        return;
      const targets = undeclaredTargets(call, service, services, config.allowWithinSystem);
      if (targets.length === 0)
        return;
      const suggestion = suggestedEntry(targets[0]);
      const hosts = [...new Set(targets.map((target) => target.host ?? ""))].sort();
      findings.push({
        message: `${describeSubject(call)} reaches ${hosts.map((host) => `'${host}'`).join(", ")} [${[...new Set(targets.map((target) => target.zone))].sort().join(", ")}], but ${service.loc.file} (service '${service.name}') declares no consumes entry covering it.` + (suggestion ? ` Declare it, e.g. { name: ${suggestion.name}, url: ${suggestion.url}, via: ${suggestion.via} }.` : "") + `
${evidenceLines(targets)}`,
        file: call.file,
        line: call.line,
        column: call.column,
        callIndex,
        identity: [call.enclosing, call.kind, ...hosts]
      });
    });
    return findings;
  }
});

// dist/judge/rules/unused-declaration.js
var unusedDeclaration = defineRule({
  id: "unused-declaration",
  defaultSetting: "warn",
  description: "A consumes entry in a service's architecture.yaml that no call in the service's code reaches.",
  check({ services, calls }) {
    const findings = [];
    for (const service of services) {
      if (service.source !== "arch-lint")
        continue;
      const own2 = calls.filter((call) => call.service === service.name);
      const unresolved = own2.filter((call) => call.targets.some((target) => target.url === null || target.zone === "unresolved")).length;
      for (const entry of service.consumes) {
        if (callsCoveredBy(entry, service, own2).length > 0)
          continue;
        const caveat = unresolved > 0 ? ` (${unresolved} call${unresolved === 1 ? "" : "s"} in the service could not be resolved and might reach it)` : "";
        findings.push({
          message: `Service '${service.name}' declares it consumes '${entry.name}' (${entry.url}, via ${entry.via}), but none of its ${own2.length} call${own2.length === 1 ? "" : "s"} under '${service.root || "."}' reaches that URL${caveat}. Remove the entry if the integration is gone, or fix its URL.`,
          file: entry.loc.file,
          line: entry.loc.line,
          column: entry.loc.column,
          identity: [service.name, entry.name, entry.url]
        });
      }
    }
    return findings;
  }
});

// dist/judge/zones.js
import { isIP } from "node:net";
var zoneOrder = ["gateway", "esb", "local", "internal", "external"];
function normalizeHost(host) {
  let value = host.trim().toLowerCase();
  if (value.startsWith("[")) {
    const end = value.indexOf("]");
    value = end > 0 ? value.slice(1, end) : value.slice(1);
  } else if (value.split(":").length === 2) {
    value = value.slice(0, value.indexOf(":"));
  }
  return value.endsWith(".") ? value.slice(0, -1) : value;
}
function matchesHostPattern(host, pattern, port) {
  const name = normalizeHost(host);
  let wanted = pattern.trim().toLowerCase();
  const patternPort = /^[^[\]:]+:(\d+)$/.exec(wanted)?.[1];
  if (patternPort !== void 0 && port !== void 0) {
    if (port !== patternPort)
      return false;
    wanted = wanted.slice(0, wanted.lastIndexOf(":"));
  }
  if (wanted.startsWith("*."))
    return name.endsWith(wanted.slice(1)) && name.length > wanted.length - 1;
  return name === normalizeHost(wanted);
}
function matchesAnyHostPattern(host, patterns, port) {
  return patterns.some((pattern) => matchesHostPattern(host, pattern, port));
}
function ipv4Octets(host) {
  return isIP(host) === 4 ? host.split(".").map(Number) : null;
}
var DEVELOPER_MACHINE_ALIASES = /* @__PURE__ */ new Set(["host.docker.internal", "gateway.docker.internal", "host.containers.internal", "10.0.2.2", "10.0.3.2"]);
var INSTANCE_METADATA_HOSTS = /* @__PURE__ */ new Set(["metadata.google.internal"]);
function isBuiltInLocal(host) {
  if (host === "localhost" || host.endsWith(".localhost") || DEVELOPER_MACHINE_ALIASES.has(host) || INSTANCE_METADATA_HOSTS.has(host))
    return true;
  const v4 = ipv4Octets(host.startsWith("::ffff:") ? host.slice(7) : host);
  if (v4)
    return v4[0] === 127 || v4[0] === 169 && v4[1] === 254 || v4.every((octet) => octet === 0);
  return host === "::1" || host === "::";
}
function isBuiltInInternal(host) {
  const v4 = ipv4Octets(host);
  if (v4) {
    const [a, b] = v4;
    return a === 10 || a === 172 && b >= 16 && b <= 31 || a === 192 && b === 168;
  }
  if (isIP(host) === 6)
    return /^f[cd][0-9a-f]{2}:/.test(host);
  return !host.includes(".") && host.length > 0;
}
function classifyHost(host, zones, port) {
  const name = normalizeHost(host);
  for (const zone of zoneOrder) {
    if (matchesAnyHostPattern(name, zones[zone], port))
      return zone;
    if (zone === "local" && isBuiltInLocal(name))
      return "local";
    if (zone === "internal" && isBuiltInInternal(name))
      return "internal";
  }
  return "unknown";
}

// dist/judge/rules/wrong-route.js
var wrongRoute = defineRule({
  id: "wrong-route",
  defaultSetting: "error",
  description: "A consumes entry says 'via: gateway' (or 'via: esb') but its URL is not a gateway (or ESB) host.",
  check({ services, config }) {
    const findings = [];
    for (const service of services) {
      for (const entry of service.consumes) {
        if (entry.via === "direct")
          continue;
        const host = urlParts2(entry.url)?.host;
        if (!host)
          continue;
        const zone = classifyHost(host, config.zones);
        if (zone === entry.via)
          continue;
        const patterns = config.zones[entry.via];
        findings.push({
          message: `Service '${service.name}' declares '${entry.name}' via ${entry.via}, but its URL ${entry.url} is on host '${host}' (zone ${zone}), not ${entry.via === "gateway" ? "a gateway" : "an ESB"} host (${patterns.length > 0 ? patterns.join(", ") : `no ${entry.via} hosts configured`}). Use the API's ${entry.via === "gateway" ? "gateway" : "ESB"} URL, or declare the entry 'via: direct' with a waiver if it really is point-to-point.`,
          file: entry.loc.file,
          line: entry.loc.line,
          column: entry.loc.column,
          identity: [service.name, entry.name, entry.url]
        });
      }
    }
    return findings;
  }
});

// dist/judge/rules/api-without-openapi.js
var apiWithoutOpenapi = defineRule({
  id: "api-without-openapi",
  defaultSetting: "warn",
  description: "An API provided through the gateway or the ESB has no OpenAPI description, or its file is missing or does not parse.",
  check({ services }) {
    const findings = [];
    for (const service of services) {
      for (const api of service.provides) {
        if (api.exposure === "internal-only")
          continue;
        let fault = null;
        if (api.openapi === null)
          fault = "names no OpenAPI description (openapi: path/to/openapi.yaml)";
        else if (api.openapiStatus === "missing")
          fault = `names the OpenAPI file '${api.openapi}', which does not exist (relative to ${service.loc.file})`;
        else if (api.openapiStatus === "unparseable")
          fault = `names the OpenAPI file '${api.openapi}', which does not parse as an OpenAPI or Swagger document`;
        if (fault === null)
          continue;
        findings.push({
          message: `API '${api.name}' of service '${service.name}' is exposed through the ${api.exposure === "gateway" ? "gateway" : "ESB"} but ${fault}. APIs offered to others need an OpenAPI description: it is what the gateway catalogue publishes and consumers code against.`,
          file: api.loc.file,
          line: api.loc.line,
          column: api.loc.column,
          identity: [service.name, api.name]
        });
      }
    }
    return findings;
  }
});

// dist/judge/rules/invalid-manifest.js
var INVALID_MANIFEST = "invalid-manifest";
var invalidManifest = defineRule({
  id: "invalid-manifest",
  defaultSetting: "error",
  description: "A service manifest (architecture.yaml, catalog-info.yaml) is not valid YAML or breaks the manifest schema.",
  check({ problems }) {
    const findings = [];
    for (const problem of problems ?? []) {
      if (problem.code !== INVALID_MANIFEST || problem.file === null)
        continue;
      findings.push({
        message: problem.message,
        file: problem.file,
        line: problem.line ?? 1,
        column: problem.column ?? 1,
        // The message names the key; line numbers stay out of the fingerprint.
        identity: [problem.message]
      });
    }
    return findings;
  }
});

// dist/judge/rules/gateway-bypass.js
var DEFAULT_API_KEY_HEADER = "X-Api-Key";
var gatewayBypass = defineRule({
  id: "gateway-bypass",
  defaultSetting: "error",
  description: "A call reaches a backend that an API published on the gateway already fronts: call the gateway URL instead.",
  check({ calls, catalog, config, options, services }) {
    if (catalog.length === 0)
      return [];
    const apiKeyHeader = typeof options.apiKeyHeader === "string" && options.apiKeyHeader !== "" ? options.apiKeyHeader : DEFAULT_API_KEY_HEADER;
    const entrypoints = config.gateway.entrypoints;
    const findings = [];
    calls.forEach((call, callIndex) => {
      const seen = /* @__PURE__ */ new Set();
      for (const target of call.targets) {
        if (call.service !== void 0 && target.service !== void 0) {
          if (call.service === target.service)
            continue;
          if (config.allowWithinSystem && withinOneSystem(call, target, services))
            continue;
        }
        const match = bypassedApiFor(target, catalog, entrypoints);
        if (match === null)
          continue;
        const literal = target.literal;
        const key = `${match.api.id} ${match.gatewayUrl ?? ""} ${literal ? `${literal.file}:${literal.offset}` : ""}`;
        if (seen.has(key))
          continue;
        seen.add(key);
        const fix = fixFor(target, match, catalog, entrypoints);
        findings.push({
          message: messageFor(call, target, match, apiKeyHeader),
          file: call.file,
          line: call.line,
          column: call.column,
          callIndex,
          ...fix ? { fix } : {},
          identity: [call.enclosing, call.kind, match.api.id, match.backend.url, match.strength]
        });
      }
    });
    return findings;
  }
});
function messageFor(call, target, match, apiKeyHeader) {
  const what = describeSubject(call);
  const reached = target.url ?? target.host ?? "its target";
  const evidence = `
${evidenceLines([target])}`;
  const api = `gateway API '${match.api.name}' (${match.api.id})`;
  const instead = match.gatewayUrl ? match.gatewayUrl : `the gateway path ${match.gatewayPath} (no gateway entrypoint is configured: set gateway.entrypoints)`;
  const credential = credentialOf(match.api.plans, apiKeyHeader);
  if (match.strength === "host") {
    return `${what} goes to ${reached}, on the host of ${match.backend.url}, the backend of ${api}. This is a weaker, host-only match: the path is not under the published backend, so check whether the API covers it. If it does, call ${instead} instead${credential}.${evidence}`;
  }
  return `${what} goes to ${reached}, the backend of ${api}, bypassing the gateway. Call ${instead} instead${credential}.${evidence}`;
}
function credentialOf(plans, apiKeyHeader = DEFAULT_API_KEY_HEADER) {
  if (plans.length === 0)
    return ", subscribing to one of its plans in the developer portal";
  if (plans.some((plan) => plan.security === "KEY_LESS"))
    return " (a keyless plan needs no credential)";
  const options = plans.map((plan) => `${describeSecurity(plan.security, apiKeyHeader)} (plan '${plan.name}')`);
  return `, with ${[...new Set(options)].join(" or ")}`;
}
function describeSecurity(security, apiKeyHeader) {
  switch (security) {
    case "API_KEY":
      return `an API key in the ${apiKeyHeader} header`;
    case "OAUTH2":
      return "an OAuth2 access token (Authorization: Bearer)";
    case "JWT":
      return "a JWT (Authorization: Bearer)";
    case "MTLS":
      return "a TLS client certificate";
    default:
      return `the plan's ${security} credential`;
  }
}
function fixFor(target, match, catalog, entrypoints) {
  const literal = target.literal;
  if (!literal || match.strength !== "prefix" || match.gatewayUrl === null)
    return void 0;
  const rewritten = matchBackend(literal.text, catalog, entrypoints);
  if (rewritten === null || rewritten.strength !== "prefix" || rewritten.api.id !== match.api.id || rewritten.gatewayUrl === null)
    return void 0;
  if (rewritten.gatewayUrl === literal.text)
    return void 0;
  return {
    file: literal.file,
    range: [literal.offset, literal.offset + literal.text.length],
    text: rewritten.gatewayUrl,
    expected: literal.text,
    description: `Replace ${literal.text} with the gateway URL ${rewritten.gatewayUrl} (${match.api.name}) in ${literal.file}:${literal.line}`
  };
}

// dist/judge/rules/unknown-gateway-api.js
var unknownGatewayApi = defineRule({
  id: "unknown-gateway-api",
  defaultSetting: "warn",
  description: "A call goes to the gateway, but no API in the gateway catalogue is published at its path.",
  check({ calls, catalog, config }) {
    if (catalog.length === 0)
      return [];
    const entrypoints = config.gateway.entrypoints;
    const findings = [];
    calls.forEach((call, callIndex) => {
      if (call.kind === "client-config" && isCoveredByCalls(call, calls))
        return;
      const unknown = /* @__PURE__ */ new Set();
      for (const target of call.targets) {
        if (target.url === null || target.ignored)
          continue;
        if (!isGatewayUrl(target.url, entrypoints, catalog) || matchGatewayApi(target.url, catalog, entrypoints) !== null)
          continue;
        if (mayReachGatewayApi(target.url, catalog, entrypoints, { base: call.kind === "client-config" }))
          continue;
        unknown.add(target.url);
      }
      if (unknown.size === 0)
        return;
      const urls = [...unknown].sort();
      findings.push({
        message: `Call ${describeCall(call)} goes to the gateway at ${urls.join(", ")}, but no API in the gateway catalogue is published at that path. Check the path against the developer portal; if the API is new, refresh the catalogue (arch-lint catalog pull).`,
        file: call.file,
        line: call.line,
        column: call.column,
        callIndex,
        identity: [call.enclosing, ...urls.map(pathOf)]
      });
    });
    return findings;
  }
});
function pathOf(url) {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}${parsed.pathname}`;
  } catch {
    return url;
  }
}

// dist/judge/rules/api-not-published.js
var apiNotPublished = defineRule({
  id: "api-not-published",
  defaultSetting: "warn",
  description: "A service provides an API with 'exposure: gateway', but no API in the gateway catalogue has a backend on the service's hosts.",
  check({ services, catalog }) {
    if (catalog.length === 0)
      return [];
    const backendHosts = /* @__PURE__ */ new Set();
    for (const api of catalog) {
      for (const backend of api.backends) {
        const host = backend.url === null ? null : urlParts(backend.url)?.host;
        if (host)
          backendHosts.add(host);
      }
    }
    const findings = [];
    for (const service of services) {
      const hosts = [...new Set(service.hosts.map(hostName))].filter((host) => host !== "").sort();
      const published = hosts.some((host) => backendHosts.has(host));
      if (published)
        continue;
      for (const provided of service.provides) {
        if (provided.exposure !== "gateway")
          continue;
        const why = hosts.length === 0 ? `arch-lint knows no host of service '${service.name}' (add 'hosts' to its manifest, or an OpenShift Route / Ingress for it), so no catalogue backend can be matched to it` : `no API in the gateway catalogue has a backend on its hosts (${hosts.join(", ")})`;
        findings.push({
          message: `API '${provided.name}' of service '${service.name}' is declared 'exposure: gateway', but ${why}. Publish it on the gateway (with its OpenAPI description) or change the exposure; if it was published recently, refresh the catalogue.`,
          file: provided.loc.file,
          line: provided.loc.line,
          column: provided.loc.column,
          identity: [service.name, provided.name]
        });
      }
    }
    return findings;
  }
});
function hostName(host) {
  const trimmed = host.trim().toLowerCase();
  if (trimmed.includes("://"))
    return urlParts(trimmed)?.host ?? "";
  return trimmed.replace(/:\d+$/, "").replace(/\/.*$/, "");
}

// dist/judge/rules/index.js
var rules = {
  [noDirectIntegration.id]: noDirectIntegration,
  [unknownTarget.id]: unknownTarget,
  [suppressionWithoutReason.id]: suppressionWithoutReason,
  [suppressionExpired.id]: suppressionExpired,
  [unusedSuppression.id]: unusedSuppression,
  [waiverExpired.id]: waiverExpired,
  [waiverExpiring.id]: waiverExpiring,
  [waiverInvalid.id]: waiverInvalid,
  [undeclaredIntegration.id]: undeclaredIntegration,
  [unusedDeclaration.id]: unusedDeclaration,
  [wrongRoute.id]: wrongRoute,
  [apiWithoutOpenapi.id]: apiWithoutOpenapi,
  [invalidManifest.id]: invalidManifest,
  [gatewayBypass.id]: gatewayBypass,
  [unknownGatewayApi.id]: unknownGatewayApi,
  [apiNotPublished.id]: apiNotPublished,
  [unverifiedTarget.id]: unverifiedTarget
};

// dist/judge/suppressions/passes.js
var suppressionPasses = [];
function applySuppressions(findings, context, passes = suppressionPasses) {
  return passes.reduce((current, pass) => pass(current, context), findings);
}

// dist/judge/index.js
var RULE_DOCS_BASE_URL = "https://github.com/arch-lint/arch-lint/blob/main/docs/rules/";
function portOf(url) {
  if (url === null)
    return null;
  if (!/^[a-z][a-z\d+.-]*:\/\/[^/?#]*:\d/i.test(url))
    return null;
  try {
    const port = new URL(url.replace(/[{}]/g, "")).port;
    return port === "" ? null : port;
  } catch {
    return null;
  }
}
function classifyCalls(calls, config, gatewayServices = [], ownHosts2 = /* @__PURE__ */ new Map(), workloadHosts2 = /* @__PURE__ */ new Map()) {
  const gatewayNames = new Set([...gatewayServices, ...config.zones.gateway].map((name) => name.toLowerCase()));
  const zones = /* @__PURE__ */ new Map();
  const ignored = /* @__PURE__ */ new Map();
  const zoneOf = (host, port) => {
    const key = `${host}\0${port ?? ""}`;
    let zone = zones.get(key);
    if (zone === void 0)
      zones.set(key, zone = classifyHost(host, config.zones, port));
    return zone;
  };
  const isIgnored = (host) => {
    let result = ignored.get(host);
    if (result === void 0)
      ignored.set(host, result = matchesAnyHostPattern(host, config.ignoreHosts));
    return result;
  };
  return calls.map((call) => ({
    ...call,
    targets: call.targets.map((target) => {
      if (target.host === null || target.zone === "self" || target.zone === "unresolved")
        return { ...target };
      const viaGateway = target.service !== void 0 && gatewayNames.has(target.service.toLowerCase()) || gatewayNames.has(target.host.toLowerCase());
      const own2 = target.service === void 0 && !viaGateway ? ownHosts2.get(target.host.toLowerCase()) : void 0;
      if (own2)
        return { ...target, zone: "self", via: [...target.via, `'${target.host}' is this repository's own address (${own2.file}:${own2.line})`] };
      const zone = viaGateway ? "gateway" : zoneOf(target.host, portOf(target.url));
      const workload = zone === "unknown" ? workloadHosts2.get(target.host.toLowerCase()) : void 0;
      const classified = workload ? { ...target, zone: "internal", via: [...target.via, `'${target.host}' is a container or cluster service name of this repository (${workload.file}:${workload.line})`] } : { ...target, zone };
      if (isIgnored(target.host))
        classified.ignored = true;
      return classified;
    })
  }));
}
function severityOf(setting) {
  return setting === "error" ? "error" : setting === "warn" ? "warning" : null;
}
function fingerprintFindings(ruleFindings) {
  const seen = /* @__PURE__ */ new Map();
  const order = ruleFindings.map((entry, index) => ({ entry, index })).sort((a, b) => a.entry.finding.line - b.entry.finding.line || a.entry.finding.column - b.entry.finding.column || a.index - b.index);
  const fingerprints = new Array(ruleFindings.length);
  for (const { entry, index } of order) {
    const key = [entry.ruleId, entry.finding.file, ...entry.finding.identity].join("\0");
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    fingerprints[index] = createHash2("sha256").update(`${key}\0${occurrence}`).digest("hex").slice(0, 32);
  }
  return fingerprints;
}
function compareFindings(a, b) {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}
function hostsFrom(facts, sources) {
  const hosts = /* @__PURE__ */ new Map();
  for (const fileFacts of facts) {
    for (const fact of fileFacts.hosts) {
      const host = fact.host.trim().toLowerCase().replace(/\.$/, "");
      if (sources.has(fact.source) && !hosts.has(host))
        hosts.set(host, fact.loc);
    }
  }
  return hosts;
}
var PUBLISHED = /* @__PURE__ */ new Set(["route", "ingress"]);
var WORKLOAD_NAMES = /* @__PURE__ */ new Set(["compose-service", "k8s-service"]);
function ownHosts(facts) {
  return hostsFrom(facts, PUBLISHED);
}
function workloadHosts(facts) {
  return hostsFrom(facts, WORKLOAD_NAMES);
}
function judge(input) {
  const available = input.rules ?? rules;
  const calls = classifyCalls(input.calls, input.config, input.gatewayServices, ownHosts(input.facts ?? []), workloadHosts(input.facts ?? []));
  const services = input.services ?? [];
  const collected = [];
  const ran = [];
  for (const rule of Object.values(available)) {
    const configured = input.config.rules[rule.id];
    const setting = input.ruleOverrides?.[rule.id] ?? configured?.setting ?? rule.defaultSetting;
    const severity = severityOf(setting);
    if (!severity)
      continue;
    ran.push({ id: rule.id, severity, description: rule.description, helpUri: `${RULE_DOCS_BASE_URL}${rule.id}.md` });
    const found = rule.check({
      calls,
      services,
      catalog: input.catalog ?? [],
      problems: input.problems ?? [],
      config: input.config,
      now: input.now,
      options: configured?.options ?? {}
    });
    for (const finding of found)
      collected.push({ ruleId: rule.id, severity, finding });
  }
  const ruleFindings = groupByIntegrationPoint(collected, calls);
  const fingerprints = fingerprintFindings(ruleFindings);
  const findings = ruleFindings.map(({ ruleId, severity, finding }, index) => {
    const built = { ruleId, severity, message: finding.message, file: finding.file, line: finding.line, column: finding.column, fingerprint: fingerprints[index] };
    if (finding.callIndex !== void 0)
      built.callIndex = finding.callIndex;
    if (finding.related)
      built.related = finding.related;
    if (finding.fix)
      built.fix = finding.fix;
    return built;
  });
  const kept = applySuppressions(findings, { calls, facts: input.facts ?? [], services, catalog: input.catalog ?? [], config: input.config, now: input.now }, input.suppressionPasses);
  ran.sort((a, b) => a.id < b.id ? -1 : 1);
  return { calls, findings: [...kept].sort(compareFindings), rules: ran };
}

// dist/resolve/binding-scope.js
var GENERIC_ENVIRONMENTS = /* @__PURE__ */ new Set(["default", "cluster"]);
var CLUSTER_KINDS = /* @__PURE__ */ new Set(["kubernetes", "helm-values"]);
function defaultEnvironment(source) {
  return CLUSTER_KINDS.has(source) ? "cluster" : "default";
}
function scopeBindings(facts, options = {}) {
  const services = mergeServices(facts.flatMap((fileFacts) => fileFacts.services));
  const modules = moduleServices(facts);
  const serviceNames = /* @__PURE__ */ new Set([...services.map((service) => service.name), ...modules.map((module) => module.name)]);
  const knownWorkloads = workloadServices(facts, services, options);
  const knownModules = workloadModules(facts, modules);
  const localWorkloads = /* @__PURE__ */ new Map();
  const envFileLoaders = /* @__PURE__ */ new Map();
  for (const fileFacts of facts) {
    for (const workload of fileFacts.workloads ?? []) {
      localWorkloads.set(`${workload.loc.file}\0${workload.name.toLowerCase()}`, workload);
      for (const envFile of workload.envFiles ?? []) {
        const loaders = envFileLoaders.get(envFile);
        if (loaders)
          loaders.push(workload);
        else
          envFileLoaders.set(envFile, [workload]);
      }
    }
  }
  const fileOwners = /* @__PURE__ */ new Map();
  const serviceOfFile = (file) => {
    let owner = fileOwners.get(file);
    if (owner === void 0) {
      owner = serviceForFile(file, services)?.name ?? moduleForFile(file, modules)?.name ?? null;
      fileOwners.set(file, owner);
    }
    return owner;
  };
  const workloadOwners = /* @__PURE__ */ new Map();
  const serviceOfWorkload = (file, name) => {
    const key = `${file}\0${name.toLowerCase()}`;
    let owner = workloadOwners.get(key);
    if (owner === void 0) {
      const local = localWorkloads.get(key);
      const running = local ? serviceForWorkload(local, services, options) : serviceForWorkloadName(name, services, options);
      owner = running?.name ?? knownWorkloads.get(name.toLowerCase()) ?? ((local ? moduleForWorkload(local, modules) : moduleForHost(name, modules)) ?? knownModules.get(name.toLowerCase()))?.name ?? null;
      workloadOwners.set(key, owner);
    }
    return owner;
  };
  const owners = /* @__PURE__ */ new Map();
  const ownersOf = (binding) => {
    const known = owners.get(binding);
    if (known)
      return known;
    let result = [];
    if (binding.service !== null && serviceNames.has(binding.service))
      result = [binding.service];
    else if (binding.workload !== void 0 && binding.workload !== "") {
      const running = serviceOfWorkload(binding.loc.file, binding.workload);
      if (running)
        result = [running];
    }
    if (result.length === 0) {
      const loaders = envFileLoaders.get(binding.loc.file) ?? [];
      result = [...new Set(loaders.flatMap((workload) => serviceOfWorkload(workload.loc.file, workload.name) ?? []))].sort();
    }
    if (result.length === 0) {
      const root = serviceOfFile(binding.loc.file);
      if (root)
        result = [root];
    }
    owners.set(binding, result);
    return result;
  };
  const environmentOf = (binding) => {
    if (binding.environment)
      return binding.environment;
    const loadedBy = (envFileLoaders.get(binding.loc.file) ?? []).find((workload) => workload.environment);
    return loadedBy?.environment ?? defaultEnvironment(binding.source);
  };
  return { hasServices: services.length > 0, ownersOf, environmentOf, serviceOfFile };
}
var ScopedBindingIndex = class {
  byName = /* @__PURE__ */ new Map();
  /** Lower-cased name → the names indexed, built on first use (see `namesIgnoringCase`). */
  byLowerName = null;
  add(name, binding, owners) {
    let entry = this.byName.get(name);
    if (!entry) {
      entry = { own: /* @__PURE__ */ new Map(), fallback: [], all: [] };
      this.byName.set(name, entry);
      this.byLowerName = null;
    }
    entry.all.push(binding);
    if (owners.length === 0)
      entry.fallback.push(binding);
    for (const owner of owners) {
      const list = entry.own.get(owner);
      if (list)
        list.push(binding);
      else
        entry.own.set(owner, [binding]);
    }
  }
  /** The names indexed that equal `name` ignoring case (.NET reads its environment so: `urls__orders` sets `Urls:Orders`). */
  namesIgnoringCase(name) {
    if (!this.byLowerName) {
      this.byLowerName = /* @__PURE__ */ new Map();
      for (const indexed of this.byName.keys()) {
        const lower = indexed.toLowerCase();
        const list = this.byLowerName.get(lower);
        if (list)
          list.push(indexed);
        else
          this.byLowerName.set(lower, [indexed]);
      }
    }
    return this.byLowerName.get(name.toLowerCase()) ?? [];
  }
  /** The repo-wide fallbacks of a name, whoever asks. */
  fallbacks(name) {
    return this.byName.get(name)?.fallback ?? [];
  }
  lookup(name, service) {
    const entry = this.byName.get(name);
    if (!entry)
      return { bindings: [], scope: "none", elsewhere: [] };
    if (service === null)
      return { bindings: entry.all, scope: "any", elsewhere: [] };
    const own2 = entry.own.get(service);
    if (own2 && own2.length > 0)
      return { bindings: own2, scope: "own", elsewhere: [] };
    if (entry.fallback.length > 0)
      return { bindings: entry.fallback, scope: "fallback", elsewhere: [] };
    return { bindings: [], scope: "none", elsewhere: [...entry.own.keys()].sort() };
  }
};

// dist/resolve/binding-values.js
function placeholderSyntax(source) {
  if (source === "spring")
    return "spring";
  if (source === "kubernetes")
    return "kubernetes";
  return "shell";
}
var SHELL_NAME = /^[A-Za-z_][\w.]*/;
var SPRING_NAME = /^[A-Za-z_][\w.\-[\]]*/;
var KUBERNETES_REFERENCE = /^\$\(([A-Za-z_][\w.-]*)\)/;
var MAX_NESTING = 8;
function closingBrace(value, start) {
  let depth = 0;
  for (let index = start; index < value.length; index++) {
    const char = value[index];
    if (char === "$" && value[index + 1] === "{") {
      depth++;
      index++;
    } else if (char === "}") {
      if (depth === 0)
        return index;
      depth--;
    }
  }
  return -1;
}
function pushText(pieces, text) {
  if (text === "")
    return;
  const last = pieces[pieces.length - 1];
  if (last?.kind === "text")
    last.text += text;
  else
    pieces.push({ kind: "text", text });
}
function shellOperator(rest) {
  const match = /^(:?)([-=?+])([\s\S]*)$/.exec(rest);
  if (rest === "")
    return { form: "plain", colon: false, word: "" };
  if (!match)
    return rest.startsWith(":") ? { form: "default", colon: true, word: rest.slice(1) } : null;
  const colon = match[1] === ":";
  const operator = match[2];
  const word = match[3] ?? "";
  if (operator === "?")
    return { form: "plain", colon, word: "" };
  if (operator === "+")
    return { form: "alternate", colon, word };
  return { form: "default", colon, word };
}
function parseBindingValue(value, syntax, nesting = 0) {
  const pieces = [];
  let index = 0;
  while (index < value.length) {
    const dollar = value.indexOf("$", index);
    if (dollar < 0) {
      pushText(pieces, value.slice(index));
      break;
    }
    pushText(pieces, value.slice(index, dollar));
    const next = value[dollar + 1];
    if (next === "$" && syntax !== "spring") {
      pushText(pieces, "$");
      index = dollar + 2;
      if (syntax === "kubernetes" && value[index] === "(") {
        const escaped = KUBERNETES_REFERENCE.exec(value.slice(dollar + 1));
        if (escaped) {
          pushText(pieces, escaped[0].slice(1));
          index = dollar + 1 + escaped[0].length;
        }
      }
      continue;
    }
    if (syntax === "shell" && next !== void 0 && /[A-Za-z_]/.test(next)) {
      const name = /^[A-Za-z_]\w*/.exec(value.slice(dollar + 1))?.[0] ?? "";
      pieces.push({ kind: "ref", name, form: "plain", colon: false, word: [], written: `$${name}` });
      index = dollar + 1 + name.length;
      continue;
    }
    if (next === "(" && syntax === "kubernetes") {
      const reference = KUBERNETES_REFERENCE.exec(value.slice(dollar));
      if (reference?.[1]) {
        pieces.push({ kind: "ref", name: reference[1], form: "plain", colon: false, word: [], written: reference[0] });
        index = dollar + reference[0].length;
        continue;
      }
    }
    if (next === "{" && nesting < MAX_NESTING) {
      const close = closingBrace(value, dollar + 2);
      const body = close < 0 ? "" : value.slice(dollar + 2, close);
      const name = (syntax === "spring" ? SPRING_NAME : SHELL_NAME).exec(body)?.[0];
      if (close >= 0 && name) {
        const rest = body.slice(name.length);
        const written = value.slice(dollar, close + 1);
        if (syntax === "spring") {
          if (rest === "" || rest.startsWith(":")) {
            const hasDefault = rest.startsWith(":");
            pieces.push({ kind: "ref", name, form: hasDefault ? "default" : "plain", colon: false, word: hasDefault ? parseBindingValue(rest.slice(1), syntax, nesting + 1) : [], written });
            index = close + 1;
            continue;
          }
        } else {
          const operator = shellOperator(rest);
          if (operator) {
            pieces.push({ kind: "ref", name, form: operator.form, colon: operator.colon, word: parseBindingValue(operator.word, syntax, nesting + 1), written });
            index = close + 1;
            continue;
          }
        }
      }
    }
    pushText(pieces, "$");
    index = dollar + 1;
  }
  return pieces;
}
function relaxedKey(key) {
  return key.toLowerCase().replace(/[-_]/g, "");
}
function relaxedEnvNames(key) {
  const indexed = key.replace(/\[(\d+)\]/g, ".$1");
  const canonical = indexed.replace(/-/g, "").replace(/\./g, "_").toUpperCase();
  const words2 = indexed.replace(/([a-z0-9])([A-Z])/g, "$1_$2").replace(/[.-]/g, "_").toUpperCase();
  return [.../* @__PURE__ */ new Set([canonical, words2])].filter((name) => name !== key);
}
function dotnetEnvNames(key) {
  const name = key.replace(/:/g, "__");
  return [.../* @__PURE__ */ new Set([name, name.toUpperCase()])];
}

// dist/resolve/urls.js
var ABSOLUTE = /^[a-z][a-z\d+.-]*:\/\//i;
var HTTP_ORIGIN = /^((?:https?|wss?|grpcs?):)?\/\/([^/?#{}\s]+)(?:[/?#]|$)/i;
function mergeParts(parts) {
  const out = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    if (typeof part === "string") {
      if (part === "")
        continue;
      if (typeof last === "string")
        out[out.length - 1] = last + part;
      else
        out.push(part);
    } else
      out.push(part);
  }
  return out;
}
function knownPrefix(parts) {
  let prefix = "";
  for (const part of parts) {
    if (typeof part !== "string")
      break;
    prefix += part;
  }
  return prefix;
}
function render(parts) {
  return parts.map((part) => typeof part === "string" ? part : `{${part.hole}}`).join("");
}
function holes(parts) {
  return parts.flatMap((part) => typeof part === "string" ? [] : [part.hole]);
}
function combineTrail(values) {
  const via = [];
  let env;
  let environment;
  let binding;
  for (const value of values) {
    for (const step of value.via)
      if (!via.includes(step))
        via.push(step);
    env ??= value.env;
    environment ??= value.environment;
    binding ??= value.binding;
  }
  const trail = { via };
  if (env !== void 0)
    trail.env = env;
  if (environment !== void 0)
    trail.environment = environment;
  if (binding !== void 0)
    trail.binding = binding;
  return trail;
}
function joinBase(base, path2) {
  const pathParts = mergeParts(path2.parts);
  const trail = combineTrail([path2, base]);
  if (pathParts.length === 0)
    return { t: "str", parts: base.parts, ...trail };
  if (ABSOLUTE.test(knownPrefix(pathParts)) || knownPrefix(pathParts).startsWith("//"))
    return { ...path2, parts: pathParts };
  const lead = pathParts[0];
  if (lead !== void 0 && typeof lead !== "string" && MAY_BE_ORIGIN.test(lead.hole))
    return { ...path2, parts: pathParts };
  const baseParts = mergeParts(base.parts);
  const last = baseParts[baseParts.length - 1];
  if (typeof last === "string")
    baseParts[baseParts.length - 1] = last.replace(/\/+$/, "");
  const first = pathParts[0];
  if (typeof first === "string")
    pathParts[0] = first.replace(/^\/+/, "");
  return { t: "str", parts: mergeParts([...baseParts, "/", ...pathParts]), ...trail };
}
var MAY_BE_ORIGIN = /^(?:env|config):.*(?:ur[il]|host|origin|endpoint|server|domain|addr)/i;
var ORIGIN_ONLY = /^(?:[a-z][a-z\d+.-]*:)?\/\/[^/?#]+$/i;
function appendPath(base, path2, join) {
  const trail = combineTrail([path2, base]);
  const pathParts = mergeParts(path2.parts);
  const baseParts = mergeParts(base.parts);
  if (pathParts.length === 0)
    return { t: "str", parts: baseParts, ...trail };
  if (baseParts.length === 0)
    return { t: "str", parts: pathParts, ...trail };
  const last = baseParts[baseParts.length - 1];
  const first = pathParts[0];
  const baseSlash = typeof last === "string" && last.endsWith("/");
  const pathSlash = typeof first === "string" && first.startsWith("/");
  if (baseSlash && pathSlash)
    pathParts[0] = first.replace(/^\/+/, "");
  else if (!baseSlash && !pathSlash) {
    const originOnly = baseParts.length === 1 && typeof last === "string" && ORIGIN_ONLY.test(last);
    if (join === "segment" || originOnly)
      return { t: "str", parts: mergeParts([...baseParts, "/", ...pathParts]), ...trail };
  }
  return { t: "str", parts: mergeParts([...baseParts, ...pathParts]), ...trail };
}
function resolveWhatwg(base, path2) {
  const trail = combineTrail([path2, base]);
  const pathParts = mergeParts(path2.parts);
  const baseParts = mergeParts(base.parts);
  const pathPrefix = knownPrefix(pathParts);
  if (ABSOLUTE.test(pathPrefix))
    return { ...path2, parts: pathParts };
  const allKnown = pathParts.every((part) => typeof part === "string") && baseParts.every((part) => typeof part === "string");
  if (allKnown) {
    try {
      const written = pathParts.join("");
      return { t: "str", parts: [withTemplates(written, new URL(written, baseParts.join("")).href)], ...trail };
    } catch {
    }
  }
  const baseText = knownPrefix(baseParts);
  const origin = HTTP_ORIGIN.exec(baseText);
  if (pathPrefix.startsWith("/") && origin)
    return { t: "str", parts: mergeParts([origin[0].replace(/[/?#]$/, ""), ...pathParts]), ...trail };
  if (baseParts.every((part) => typeof part === "string")) {
    const directory = baseText.slice(0, baseText.lastIndexOf("/") + 1);
    return { t: "str", parts: mergeParts([directory, ...pathParts]), ...trail };
  }
  return { t: "str", parts: mergeParts([...baseParts, ...pathParts]), ...trail };
}
function hostOf(origin) {
  try {
    const hostname = new URL(origin.startsWith("//") ? `http:${origin}` : origin).hostname.toLowerCase();
    return hostname.replace(/^\[(.*)\]$/, "$1");
  } catch {
    return null;
  }
}
function withTemplates(written, href) {
  return written.includes("{") ? href.replace(/%7B([^%/?#]*)%7D/gi, "{$1}") : href;
}
function normaliseUrl(text) {
  try {
    const url = new URL(text);
    return withTemplates(text, text.endsWith("/") || url.pathname !== "/" ? url.href : url.href.replace(/\/$/, ""));
  } catch {
    return text;
  }
}
var DISCOVERY_SCHEMES = [
  { scheme: /^lb:\/\//i, to: "http://", what: "load-balanced service URI (lb://)" },
  { scheme: /^https\+http:\/\//i, to: "https://", what: "service discovery URI (https+http://)" },
  { scheme: /^http\+https:\/\//i, to: "http://", what: "service discovery URI (http+https://)" },
  // gRPC target schemes (grpc-java name resolvers, grpc-spring-boot-starter's `grpc.client.<name>.address`).
  { scheme: /^static:\/\//i, to: "grpc://", what: "gRPC static address (static://)" },
  { scheme: /^dns:\/\/\//i, to: "grpc://", what: "gRPC DNS target (dns:///)" },
  { scheme: /^discovery:\/\/\//i, to: "grpc://", what: "gRPC target found by service discovery (discovery:///)" },
  { scheme: /^kubernetes:\/\/\//i, to: "grpc://", what: "gRPC target resolved by the Kubernetes API (kubernetes:///)" },
  { scheme: /^xds:\/\/\//i, to: "grpc://", what: "gRPC target resolved by xDS (xds:///)" },
  // `consul://<agent>/<service>`: the agent is asked for the service's instances; the service is what is reached.
  { scheme: /^consul:\/\/[^/?#]*\//i, to: "grpc://", what: "gRPC target resolved by Consul (consul://agent/service)" }
];
function withoutDiscoveryScheme(first) {
  for (const { scheme, to, what } of DISCOVERY_SCHEMES) {
    const match = scheme.exec(first);
    if (!match)
      continue;
    const host = /^[^/?#:]*/.exec(first.slice(match[0].length))?.[0] ?? "";
    return { rewritten: to + first.slice(match[0].length), via: `${what}: service '${host}'` };
  }
  return null;
}
function asGrpcTarget(value) {
  const parts = mergeParts(value.parts);
  const first = parts[0];
  if (typeof first !== "string" || first === "" || first.startsWith("/"))
    return value;
  if (/^[a-z][a-z\d+.-]*:\/\//i.test(first))
    return value;
  const address = first.replace(/^dns:(?!\/\/)/i, "");
  if (/^[a-z][a-z\d+.-]*:(?!\d)/i.test(address))
    return value;
  return { ...value, parts: [`grpc://${address}`, ...parts.slice(1)] };
}
var PLACEHOLDER = /^(?:<[^<>]*>|\$\{[^{}]*\}|\$[A-Z_][A-Z0-9_]*|\{\{[^{}]*\}\}|%[A-Z_][A-Z0-9_]*%|_*(?:change[-_ ]?me|changeit|replace[-_ ]?me|x{3,}|todo|tbd|fixme|placeholder|dummy|none|null|undefined|your[-_ ].*|set[-_ ]?me|fill[-_ ]?me)_*)$/i;
var PLACEHOLDER_HOST = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;
var EMPTY_VALUE = "unresolved: the value is empty";
function placeholderReason(value) {
  if (value.trim() === "")
    return EMPTY_VALUE;
  if (PLACEHOLDER.test(value.trim()))
    return `unresolved: '${value.trim()}' is a placeholder, not a URL`;
  const head = value.trim().split("/")[0] ?? "";
  if (head !== "" && head !== value.trim() && PLACEHOLDER.test(head))
    return `unresolved: '${head}' is a placeholder, not a URL`;
  return null;
}
var SCHEMELESS_HOST = /^((?:localhost|[a-z\d](?:[a-z\d-]*[a-z\d])?(?:\.[a-z\d](?:[a-z\d-]*[a-z\d])?)*)):\d{2,5}(?:[/?#].*)?$|^((?:[a-z\d](?:[a-z\d-]*[a-z\d])?\.){2,}(?!(?:json|js|mjs|cjs|ts|tsx|jsx|html?|xml|csv|txt|md|php|png|jpe?g|gif|svg|css|ya?ml|pdf|zip|gz|ico|map|wasm)(?:[/?#]|$))[a-z]{2,})(?:[/?#].*)?$/i;
var DAPR_INVOCATION = /\/v1\.0\/invoke\/([A-Za-z0-9][\w-]*)(?:\.[\w-]+)?\/method(?:\/|$)/;
function daprInvocation(parts) {
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index];
    const match = typeof part === "string" && part.includes("/invoke/") ? DAPR_INVOCATION.exec(part) : null;
    if (!match || typeof part !== "string")
      continue;
    const rest = part.slice((match.index ?? 0) + match[0].length);
    return { parts: [`http://${match[1]}/${rest}`, ...parts.slice(index + 1)], via: `Dapr service invocation through the sidecar: app '${match[1]}'` };
  }
  return null;
}
function targetOf(written) {
  const merged = mergeParts(written.parts);
  const invoked = daprInvocation(merged);
  const parts = invoked?.parts ?? merged;
  const first = parts[0];
  const discovery = typeof first === "string" ? withoutDiscoveryScheme(first) : null;
  if (discovery)
    parts[0] = discovery.rewritten;
  const steps = [...invoked ? [invoked.via] : [], ...discovery ? [discovery.via] : []];
  const value = steps.length > 0 ? { ...written, via: [...written.via, ...steps] } : written;
  const prefix = knownPrefix(parts);
  const missing = holes(parts);
  const target = (url, host, zone, extraVia = []) => {
    const result = { url, host, zone, via: [...value.via, ...extraVia] };
    if (value.env !== void 0)
      result.env = value.env;
    if (value.environment !== void 0)
      result.environment = value.environment;
    if (value.binding !== void 0)
      result.binding = value.binding;
    return result;
  };
  if (missing.length === 0) {
    if (/^(?:https?|wss?|grpcs?):\/\//i.test(prefix) || prefix.startsWith("//")) {
      const written2 = /^(?:[a-z]+:)?\/\/([^/:?#]+)/i.exec(prefix)?.[1];
      if (written2 && PLACEHOLDER_HOST.test(written2))
        return target(null, null, "unresolved", [`unresolved: '${written2}' is a placeholder, not a host`]);
      if (written2?.startsWith("."))
        return target(null, null, "unresolved", [`unresolved: the host '${written2}' lacks its first label (an empty value)`]);
      const host = hostOf(prefix);
      return host ? target(normaliseUrl(prefix.startsWith("//") ? `https:${prefix}` : prefix), host, "unknown") : target(null, null, "unresolved", [`not a valid URL: ${prefix}`]);
    }
    if (prefix.startsWith("/") && !prefix.startsWith("//"))
      return target(prefix, null, "self");
    const placeholder = placeholderReason(prefix);
    if (placeholder)
      return target(null, null, "unresolved", [placeholder]);
    if (SCHEMELESS_HOST.test(prefix)) {
      const url = `http://${prefix}`;
      const host = hostOf(url);
      if (host)
        return target(normaliseUrl(url), host, "unknown", [`${prefix} has no scheme: read as ${url}`]);
    }
    if (/^[a-z][a-z\d+.-]*:/i.test(prefix) && !/^[a-z][a-z\d+.-]*:\d/i.test(prefix))
      return target(null, null, "unresolved", [`not an HTTP URL: ${prefix}`]);
    return target(prefix, null, "self");
  }
  const origin = HTTP_ORIGIN.exec(prefix);
  if (origin) {
    const host = hostOf(origin[0].replace(/[/?#]$/, ""));
    if (host)
      return target(render(parts), host, "unknown");
  }
  if (prefix.startsWith("/") && !prefix.startsWith("//"))
    return target(render(parts), null, "self");
  if (RELATIVE_PATH_PREFIX.test(prefix)) {
    const placeholder = placeholderReason(prefix);
    return placeholder ? target(null, null, "unresolved", [placeholder]) : target(render(parts), null, "self");
  }
  return target(null, null, "unresolved", [`unresolved: ${missing.join(", ")}`]);
}
var RELATIVE_PATH_PREFIX = /^(?:\.{1,2}\/|[\w-]+\/)/;

// dist/resolve/evaluate.js
var MAX_ALTERNATIVES = 32;
var MAX_DEPTH = 12;
var MAX_BINDING_DEPTH = 5;
var MAX_DEFINITION_NESTING = 120;
function at2(loc) {
  return `${loc.file}:${loc.line}`;
}
function moreSpecific(outer, inner) {
  return GENERIC_ENVIRONMENTS.has(outer) && inner !== void 0 ? inner : outer;
}
function withVia(value, prefix) {
  if (prefix.length === 0)
    return value;
  return { ...value, via: [...prefix, ...value.via.filter((step) => !prefix.includes(step))] };
}
function capped(values) {
  if (values.length <= MAX_ALTERNATIVES)
    return values;
  const kept = values.slice(0, MAX_ALTERNATIVES);
  const last = kept[kept.length - 1];
  if (last)
    kept[kept.length - 1] = withVia(last, [`(more than ${MAX_ALTERNATIVES} possible values; the rest were not listed)`]);
  return kept;
}
function asStr(value) {
  switch (value.t) {
    case "str":
      return value;
    case "unknown":
      return { t: "str", parts: [{ hole: value.text }], via: value.via };
    case "client":
      return { t: "str", parts: [{ hole: `client ${value.label}` }], via: value.via };
    case "fn":
      return { t: "str", parts: [{ hole: `function ${value.key}` }], via: value.via };
    case "external":
      return { t: "str", parts: [{ hole: `value from ${value.module}` }], via: value.via };
    default:
      return { t: "str", parts: [{ hole: "object" }], via: value.via };
  }
}
function rootSlashOnce(pieces) {
  const parts = mergeParts(pieces.flatMap((piece) => piece.parts));
  const first = parts[0];
  if (typeof first !== "string" || !first.startsWith("//"))
    return parts;
  const lead = pieces.find((piece) => piece.parts.some((part) => part !== ""));
  const leadText = lead?.parts.find((part) => part !== "");
  if (typeof leadText === "string" && leadText.startsWith("//"))
    return parts;
  parts[0] = first.replace(/^\/+/, "/");
  return parts;
}
var DOUBLE_SCHEME = /^[a-z][a-z0-9+.-]*:\/\/[a-z][a-z0-9+.-]*:?\/\//i;
var NOT_PASSED = " (not passed)";
var EMPTY_BINDING = " is empty";
function isEmptyBinding(value) {
  if (value.t !== "str")
    return false;
  const parts = mergeParts(value.parts);
  const only = parts[0];
  return parts.length === 1 && typeof only === "object" && only.hole.endsWith(EMPTY_BINDING);
}
function isEmpty(value) {
  return value.t === "str" && mergeParts(value.parts).length === 0 || isEmptyBinding(value);
}
var GO_SAME_PACKAGE = ".";
var PLUGIN_TEST_CLIENT_FIXTURES = /* @__PURE__ */ new Set(["client", "admin_client", "async_client", "async_admin_client", "api_client"]);
var CONFIG_OVERRIDE = " (overrides config ";
function isConfigOverride(step) {
  return step.startsWith("env:") && step.includes(CONFIG_OVERRIDE);
}
var Evaluator = class {
  scope;
  files = /* @__PURE__ */ new Map();
  envIndex = new ScopedBindingIndex();
  configIndex = new ScopedBindingIndex();
  /** Config bindings by Spring's relaxed form of their key (`sisu.base-url`, `sisu.baseUrl`, `sisu.base_url` → `sisu.baseurl`). */
  relaxedConfigIndex = new ScopedBindingIndex();
  /** `new Class(…)` creations by class name (CONSTRUCTED symbols), indexed on first use. */
  creations = null;
  /** ConfigMap keys by name, for env reads no binding or reference names (a last resort). */
  configMapKeys = new ScopedBindingIndex();
  memo = /* @__PURE__ */ new Map();
  busy = /* @__PURE__ */ new Set();
  moduleCache = /* @__PURE__ */ new Map();
  unboundEnv = /* @__PURE__ */ new Set();
  /** ConfigMap name → key → bindings read from its `data` (maps of one name in several services kept together; see configMapEntries). */
  configMaps = /* @__PURE__ */ new Map();
  /** Owners of bindings made here (one per key of an `envFrom` map): those of the binding they come from. */
  derivedOwners = /* @__PURE__ */ new Map();
  /** Helm values by path (`payment.gateway`), in file order: what a chart's templates read as `.Values.payment.gateway`. */
  chartValues = /* @__PURE__ */ new Map();
  reportedMissing = /* @__PURE__ */ new Set();
  /** Symbols and exports being evaluated inside one another right now (see MAX_DEFINITION_NESTING). */
  nesting = 0;
  /** Lookups that found their own name being evaluated (an env cycle): such results depend on the path. */
  cycleHits = 0;
  reportedTooDeep = /* @__PURE__ */ new Set();
  problems = [];
  fileSet;
  /** Go: directory → package-level name → the first file (by path) of that package exporting it; built on first use. */
  packages = null;
  constructor(facts, bindings, scope, projectModules) {
    this.scope = scope;
    for (const fileFacts of facts)
      this.files.set(fileFacts.file, fileFacts);
    let byName = null;
    const endingWith = (suffix) => {
      if (!byName) {
        byName = /* @__PURE__ */ new Map();
        for (const path2 of [...this.files.keys()].sort()) {
          const name = path2.slice(path2.lastIndexOf("/") + 1);
          const list = byName.get(name);
          if (list)
            list.push(path2);
          else
            byName.set(name, [path2]);
        }
      }
      return (byName.get(suffix.slice(suffix.lastIndexOf("/") + 1)) ?? []).filter((path2) => path2.endsWith(suffix));
    };
    this.fileSet = { has: (path2) => this.files.has(path2), endingWith, ...projectModules ? { projectModules } : {} };
    const all = [...facts.flatMap((fileFacts) => fileFacts.bindings), ...bindings];
    all.sort((a, b) => a.loc.file.localeCompare(b.loc.file) || a.loc.line - b.loc.line || a.name.localeCompare(b.name));
    const envFrom = [];
    for (const binding of all) {
      if (binding.configMap !== void 0) {
        let data = this.configMaps.get(binding.configMap);
        if (!data) {
          data = /* @__PURE__ */ new Map();
          this.configMaps.set(binding.configMap, data);
        }
        const entries = data.get(binding.name);
        if (entries)
          entries.push(binding);
        else
          data.set(binding.name, [binding]);
        this.configMapKeys.add(binding.name, binding, scope.ownersOf(binding));
      } else if (binding.ref?.kind === "configmap" && binding.ref.key === null)
        envFrom.push(binding);
      else if (binding.type === "chart-value") {
        const list = this.chartValues.get(binding.name);
        if (list)
          list.push(binding);
        else
          this.chartValues.set(binding.name, [binding]);
      } else {
        (binding.type === "env" ? this.envIndex : this.configIndex).add(binding.name, binding, scope.ownersOf(binding));
        if (binding.type === "config")
          this.relaxedConfigIndex.add(relaxedKey(binding.name), binding, scope.ownersOf(binding));
      }
    }
    for (const binding of envFrom) {
      const ref = binding.ref;
      if (!ref)
        continue;
      const data = this.configMaps.get(ref.name);
      if (!data) {
        this.missingConfigMap(binding, ref.name, ref.optional);
        continue;
      }
      const owners = scope.ownersOf(binding);
      for (const key of data.keys()) {
        const derived = { ...binding, name: binding.name + key, ref: { ...ref, key } };
        this.derivedOwners.set(derived, owners);
        this.envIndex.add(derived.name, derived, owners);
      }
    }
  }
  missingConfigMap(binding, name, optional) {
    const key = `${at2(binding.loc)}\0${name}`;
    if (optional || this.reportedMissing.has(key))
      return;
    this.reportedMissing.add(key);
    this.problems.push({
      file: binding.loc.file,
      line: binding.loc.line,
      column: binding.loc.column,
      severity: "warning",
      code: "configmap-missing",
      message: `ConfigMap '${name}' referenced for ${binding.name || "envFrom"} is not in the scanned files; the env var stays unresolved`
    });
  }
  /** How the code of a file reads configuration: Java and Kotlin through Spring, C# through .NET IConfiguration (env vars override keys in both). */
  configFlavour(file) {
    const language = this.files.get(file)?.language;
    if (language === "java" || language === "kotlin")
      return "spring";
    return language === "csharp" ? "dotnet" : null;
  }
  resolveModule(specifier, fromFile) {
    const cacheKey = `${fromFile}\0${specifier}`;
    const cached = this.moduleCache.get(cacheKey);
    if (cached !== void 0)
      return cached;
    const language = this.files.get(fromFile)?.language;
    const resolver = language ? moduleResolvers[language] : void 0;
    const resolved = resolver ? resolver.resolve(specifier, fromFile, this.fileSet) : null;
    this.moduleCache.set(cacheKey, resolved);
    return resolved;
  }
  evaluate(sym, ctx) {
    switch (sym.kind) {
      case "lit":
        return [{ t: "str", parts: [sym.value], via: [] }];
      case "concat":
        return this.concat(sym.parts.map((part) => this.evaluate(part, ctx)));
      case "alt": {
        const values = sym.options.map((option) => this.evaluate(option, ctx));
        if (sym.falsy)
          return capped(values.flatMap((option, index) => index < values.length - 1 ? option.filter((value) => !isEmptyBinding(value)) : option));
        return capped(values.flat());
      }
      case "env":
        return this.env(sym.name, 0, ctx.service);
      case "config":
        return this.config(sym.key, 0, ctx.service, this.configFlavour(ctx.file));
      case "lookup":
        return this.lookup(sym, ctx);
      case "url": {
        const bases = this.evaluate(sym.base, ctx).map(asStr);
        const paths = this.evaluate(sym.path, ctx).map(asStr);
        const join = sym.join;
        return capped(bases.flatMap((base) => paths.map((path2) => join ? appendPath(base, path2, join) : resolveWhatwg(base, path2))));
      }
      case "ref":
        return this.ref(sym.module, sym.name, sym.member, ctx);
      case "param": {
        const path2 = sym.member[0] === sym.name ? sym.member.slice(1) : sym.member;
        const bound = sym.outer ? ctx.closure : ctx.args;
        const fallback = (fallbackSym, where) => this.members(this.evaluate(fallbackSym, where).map((value) => withVia(value, [`default of parameter ${sym.name}`])), sym.member, ctx.service);
        const unbound = { t: "unknown", text: `parameter ${sym.name}${path2.map((m) => `.${m}`).join("")}`, via: [] };
        if (!bound)
          return sym.fallback ? [unbound, ...fallback(sym.fallback, ctx)] : [unbound];
        const argument = bound.syms[sym.index];
        if (!argument && sym.fallback)
          return fallback(sym.fallback, { ...ctx, args: null });
        if (!argument)
          return [{ t: "unknown", text: `parameter ${sym.name}${NOT_PASSED}`, via: [] }];
        return this.members(this.evaluate(argument, bound.ctx), sym.member, ctx.service);
      }
      case "object":
        return [{ t: "obj", props: sym.props, ctx, via: [] }];
      case "client":
        return [{ t: "client", client: sym.client, base: sym.base ? this.evaluate(sym.base, ctx) : null, label: sym.label, at: sym.at, via: [] }];
      case "call": {
        const results = this.call(sym, ctx);
        if (!sym.member || sym.member.length === 0)
          return results;
        const callee = sym.callee.kind === "ref" ? `${[sym.callee.name, ...sym.callee.member].join(".")}()` : "";
        return this.members(results, sym.member, ctx.service).map((value) => value.t === "unknown" && callee && value.text.startsWith(".") ? { ...value, text: `${callee}${value.text}` } : value);
      }
      case "fn":
        return [{ t: "fn", file: ctx.file, key: sym.name, at: null, returns: sym.returns, via: [] }];
      case "step": {
        const values = this.evaluate(sym.value, ctx);
        return values.map((value) => value.t === "fn" ? { ...value, at: value.at ?? sym.at } : withVia(value, [`${sym.label} (${at2(sym.at)})`]));
      }
      case "unknown":
        return [{ t: "unknown", text: sym.text, via: [] }];
    }
  }
  /** An env var or configuration key named by a value: each name that evaluates to a literal is read as `env`/`config` reads it. */
  lookup(sym, ctx) {
    if (envObjectMember(sym, "") !== null)
      return [{ t: "env-object", sym, via: [] }];
    const out = [];
    for (const key of this.evaluate(sym.key, ctx)) {
      const parts = key.t === "str" ? key.parts : null;
      const name = parts?.length === 1 && typeof parts[0] === "string" ? parts[0] : null;
      if (name === null || name.trim() === "") {
        out.push({ t: "unknown", text: `${sym.source === "env" ? "env var" : "configuration key"} named by ${key.t === "str" ? render(key.parts) : key.t === "unknown" ? key.text : "a value"}`, via: key.via });
        continue;
      }
      const values = sym.source === "env" ? this.env(name, 0, ctx.service) : this.config(name, 0, ctx.service, this.configFlavour(ctx.file));
      out.push(...values.map((value) => withVia(value, key.via)));
    }
    return capped(out);
  }
  /** Calls a wrapper / factory: evaluates what the function returns with the call's arguments. */
  invoke(fn, args, ctx) {
    if (!fn.returns)
      return [{ t: "unknown", text: `${fn.key}()`, via: [] }];
    if (ctx.depth >= MAX_DEPTH)
      return [{ t: "unknown", text: `${fn.key}() (call chain too deep)`, via: [] }];
    const bound = { syms: args, ctx };
    const returned = this.evaluate(fn.returns, { file: fn.file, service: ctx.service, args: bound, closure: fn.closure ?? null, depth: ctx.depth + 1 });
    return returned.map((value) => value.t === "fn" && !value.closure ? { ...value, closure: bound } : value);
  }
  call(sym, ctx) {
    if (sym.callee.kind === "ref" && sym.callee.module === BUILTIN_MODULE && sym.args[0])
      return this.builtin(sym.callee.name, sym.args[0], ctx);
    const out = [];
    for (const callee of this.evaluate(sym.callee, ctx)) {
      if (callee.t === "fn")
        out.push(...this.invoke(callee, sym.args, ctx).map((value) => withVia(value, callee.via)));
      else if (callee.t === "obj")
        out.push(callee);
      else if (callee.t === "external")
        out.push(callee);
      else
        out.push({ t: "unknown", text: "result of a call", via: callee.via });
    }
    return capped(out);
  }
  /** A string function of `trimSlashes`: applied to the written ends of each value (a hole's end is left as it is). */
  builtin(name, argument, ctx) {
    const side = name.slice("trim-slashes-".length);
    return this.evaluate(argument, ctx).map((value) => {
      if (value.t !== "str")
        return value;
      const parts = [...value.parts];
      const first = parts[0];
      if (side !== "end" && typeof first === "string")
        parts[0] = first.replace(/^\/+/, "");
      const last = parts.at(-1);
      if (side !== "start" && typeof last === "string")
        parts[parts.length - 1] = last.replace(/\/+$/, "");
      return { ...value, parts };
    });
  }
  concat(partValues) {
    let combos = [[]];
    let truncated = false;
    for (const alternatives of partValues) {
      const next = [];
      for (const combo of combos) {
        for (const alternative of alternatives) {
          if (next.length >= MAX_ALTERNATIVES) {
            truncated = true;
            break;
          }
          next.push([...combo, asStr(alternative)]);
        }
      }
      combos = next;
    }
    const all = combos.map((combo) => ({ t: "str", parts: rootSlashOnce(combo), ...combineTrail(combo) }));
    const single = all.filter((value) => value.t !== "str" || !DOUBLE_SCHEME.test(knownPrefix(value.parts)));
    const values = single.length > 0 ? single : all;
    const last = values[values.length - 1];
    if (truncated && last)
      values[values.length - 1] = withVia(last, [`(more than ${MAX_ALTERNATIVES} possible values; the rest were not listed)`]);
    return values;
  }
  // ───────────── env and config bindings ─────────────
  /** How a binding's place is named in evidence: file:line, environment, and whose it is when that matters. */
  bindingPlace(binding, service) {
    const notes = [at2(binding.loc), this.scope.environmentOf(binding)];
    const owners = this.ownersOf(binding);
    if (owners.length === 0) {
      if (this.scope.hasServices)
        notes.push("repo-wide fallback");
    } else if (service === null || !owners.includes(service))
      notes.push(`service ${owners.join(", ")}`);
    return notes.join(", ");
  }
  ownersOf(binding) {
    return this.derivedOwners.get(binding) ?? this.scope.ownersOf(binding);
  }
  fromBindings(kind, name, bindings, depth, service) {
    const out = [];
    for (const binding of bindings) {
      if (out.length > MAX_ALTERNATIVES)
        break;
      const ref = binding.ref;
      if (ref && (kind === "env" || ref.kind !== "configmap")) {
        out.push(...this.fromReference(name, binding, ref, depth, service));
        continue;
      }
      const stated = binding.reason === void 0 ? "" : `, stated in the config: ${binding.reason}`;
      const label = `binding ${name} = ${binding.value} (${this.bindingPlace(binding, service)}${stated})`;
      const head = [kind === "chart-value" ? `chart value ${name}` : `${kind}:${name}`, label];
      let inner;
      if (binding.value.trim() === "")
        inner = [{ t: "str", parts: [{ hole: `${name}${EMPTY_BINDING}` }], via: [] }];
      else if (!binding.value.includes("$"))
        inner = [{ t: "str", parts: [binding.value], via: [] }];
      else if (depth >= MAX_BINDING_DEPTH)
        inner = [{ t: "str", parts: [{ hole: `${binding.value} (references nested more than ${MAX_BINDING_DEPTH} deep are not followed)` }], via: [] }];
      else
        inner = this.evaluateBindingValue(binding, depth + 1, service);
      const environment = this.scope.environmentOf(binding);
      for (const value of inner) {
        const str = asStr(value);
        const result = { ...str, via: [...head, ...str.via.filter((step) => !head.includes(step))] };
        result.environment = moreSpecific(environment, str.environment);
        result.binding ??= binding.loc;
        out.push(result);
      }
    }
    return capped(out);
  }
  /** ConfigMap entries a reference from `binding` means: the same service's map of that name first, then a repo-wide one, else any. */
  configMapEntries(entries, binding) {
    const owners = this.ownersOf(binding);
    if (owners.length > 0) {
      const same = entries.filter((entry) => this.ownersOf(entry).some((owner) => owners.includes(owner)));
      if (same.length > 0)
        return same;
    }
    const shared = entries.filter((entry) => this.ownersOf(entry).length === 0);
    return shared.length > 0 ? shared : entries;
  }
  /** A Kubernetes `valueFrom`: a ConfigMap key is followed to its value; a Secret or field is never read. */
  fromReference(name, binding, ref, depth, service) {
    const head = `env:${name}`;
    const environment = this.scope.environmentOf(binding);
    const reference = `binding ${name} from ${ref.kind} ${ref.name}${ref.key ? ` key ${ref.key}` : ""} (${this.bindingPlace(binding, service)})`;
    const unresolved = (what) => ({ t: "str", parts: [{ hole: what }], via: [head, reference], binding: binding.loc, environment });
    if (ref.kind !== "configmap" || ref.key === null)
      return [unresolved(`${ref.kind} ${ref.name}${ref.key ? `:${ref.key}` : ""} (not read)`)];
    const data = this.configMaps.get(ref.name);
    if (!data) {
      this.missingConfigMap(binding, ref.name, ref.optional);
      return [unresolved(`ConfigMap ${ref.name} (not found)`)];
    }
    const entries = this.configMapEntries(data.get(ref.key) ?? [], binding);
    if (entries.length === 0)
      return [unresolved(`ConfigMap ${ref.name} key ${ref.key} (not set)`)];
    return this.fromBindings("env", ref.key, entries, depth, service).map((value) => {
      const str = asStr(value);
      const via = [head, reference, ...str.via.filter((step) => step !== `env:${ref.key}`)];
      return { ...str, via, environment: moreSpecific(environment, str.environment) };
    });
  }
  /** A binding's value with its `${…}` placeholders followed, in the scope of the service whose code reads it. */
  evaluateBindingValue(binding, depth, service) {
    const syntax = placeholderSyntax(binding.source);
    return this.evaluatePieces(parseBindingValue(binding.value, syntax), syntax, depth, service, binding);
  }
  evaluatePieces(pieces, syntax, depth, service, self) {
    if (pieces.length === 0)
      return [{ t: "str", parts: [], via: [] }];
    return this.concat(pieces.map((piece) => piece.kind === "text" ? [{ t: "str", parts: [piece.text], via: [] }] : this.placeholder(piece, syntax, depth, service, self)));
  }
  /**
   * `FOO: ${FOO:-x}` in compose, `ENV FOO=${FOO}` in a Dockerfile: the inner FOO is the outer environment's (the shell's,
   * the project `.env`), so only repo-wide fallbacks other than the binding itself can give it a value.
   */
  outerEnv(name, self, depth, service) {
    const buildArguments = self.source === "dockerfile" ? this.envLookup(name, service).bindings.filter((binding) => binding.buildArgument === true) : [];
    const outer = [...buildArguments, ...this.envIndex.fallbacks(name).filter((binding) => binding !== self && !buildArguments.includes(binding))];
    return outer.length > 0 ? this.fromBindings("env", name, outer, depth, service) : null;
  }
  placeholder(piece, syntax, depth, service, self) {
    const chartValue = syntax === "kubernetes" && piece.name.startsWith(CHART_VALUE_PREFIX) ? piece.name.slice(CHART_VALUE_PREFIX.length) : null;
    const selfReference = syntax !== "spring" && self.type === "env" && piece.name === self.name;
    const bound = chartValue !== null ? this.chartValue(chartValue, self, depth, service) : syntax === "spring" ? this.configValues(piece.name, depth, service, "spring") : selfReference ? this.outerEnv(piece.name, self, depth, service) : this.envLookup(piece.name, service).bindings.length > 0 ? this.env(piece.name, depth, service) : null;
    const word = () => this.evaluatePieces(piece.word, syntax, depth, service, self);
    switch (piece.form) {
      case "plain":
        if (bound)
          return bound;
        if (chartValue !== null)
          return [{ t: "str", parts: [{ hole: `.Values.${chartValue}` }], via: [`.Values.${chartValue} is set in none of the chart's values files`] }];
        if (selfReference) {
          this.unboundEnv.add(piece.name);
          return [{ t: "str", parts: [{ hole: `env:${piece.name}` }], via: [`env:${piece.name} (passed through from the environment that starts it)`], env: piece.name }];
        }
        return syntax === "spring" ? this.config(piece.name, depth, service, "spring") : this.env(piece.name, depth, service);
      case "default": {
        if (!bound)
          return word().map((value) => withVia(value, [`${piece.written}: ${piece.name} is not bound, so the default applies`]));
        const fallback = word().map((value) => withVia(value, [`${piece.written}: the default, wherever ${piece.name} is not set`]));
        return capped([...piece.colon ? bound.filter((value) => !isEmpty(value)) : bound, ...fallback]);
      }
      case "alternate":
        if (!bound)
          return [{ t: "str", parts: [], via: [] }];
        return piece.colon && bound.every(isEmpty) ? [{ t: "str", parts: [], via: [] }] : word();
    }
  }
  /**
   * `.Values.<path>` in a chart template (`self`): the chart's values files that set it (the chart is the folder above
   * the template's `templates/`; its values files are there or below), else the values files anywhere in the scan that
   * set that path, else (charts passing env vars through, `.Values.env.SISU_URL`) an env binding of its last segment.
   */
  chartValue(path2, self, depth, service) {
    const all = this.chartValues.get(path2) ?? [];
    const templates = self.loc.file.lastIndexOf("templates/");
    const chart = templates >= 0 ? self.loc.file.slice(0, templates) : self.loc.file.slice(0, self.loc.file.lastIndexOf("/") + 1);
    const own2 = all.filter((binding) => binding.loc.file.startsWith(chart));
    const bindings = own2.length > 0 ? own2 : all;
    if (bindings.length > 0)
      return this.fromBindings("chart-value", `.Values.${path2}`, bindings, depth, service);
    const last = path2.slice(path2.lastIndexOf(".") + 1);
    return this.envLookup(last, service).bindings.length > 0 ? this.env(last, depth, service) : null;
  }
  /** Env bindings of a name that apply to a service; ConfigMap keys of that name are env vars only through a reference, by key name as a last resort. */
  envLookup(name, service) {
    const direct = this.envIndex.lookup(name, service);
    if (direct.bindings.length > 0)
      return direct;
    const byKey = this.configMapKeys.lookup(name, service);
    return byKey.bindings.length > 0 ? byKey : direct;
  }
  env(name, depth, service) {
    const key = `env\0${service ?? ""}\0${name}`;
    const memoKey2 = `${key}\0${depth}`;
    const cached = this.memo.get(memoKey2);
    if (cached)
      return cached;
    if (this.busy.has(key)) {
      this.cycleHits++;
      return [{ t: "str", parts: [{ hole: `env:${name}` }], via: [`env:${name} (refers to itself)`] }];
    }
    const lookup = this.envLookup(name, service);
    let values;
    const hitsBefore = this.cycleHits;
    if (lookup.bindings.length > 0) {
      this.busy.add(key);
      values = this.fromBindings("env", name, lookup.bindings, depth, service);
      this.busy.delete(key);
    } else {
      this.unboundEnv.add(name);
      const via = [`env:${name}`];
      if (lookup.elsewhere.length > 0)
        via.push(`env:${name} is bound only for service${lookup.elsewhere.length === 1 ? "" : "s"} ${lookup.elsewhere.join(", ")}, not for ${service ?? "this code"}`);
      values = [{ t: "str", parts: [{ hole: `env:${name}` }], via, env: name }];
    }
    if (depth === 0 || this.cycleHits === hitsBefore)
      this.memo.set(memoKey2, values);
    return values;
  }
  /**
   * Values of a configuration key for a service, or null when nothing binds it: its config bindings, and with
   * Spring (a Spring binding of the key, or JVM code reading it) the env vars that override it by relaxed binding,
   * with .NET (an appsettings binding, or C# code) the `A__B` env var that overrides `A:B`.
   */
  configValues(key, depth, service, flavour) {
    const out = [];
    let lookup = this.configIndex.lookup(key, service);
    if (lookup.bindings.length === 0 && flavour === "spring")
      lookup = this.relaxedConfigIndex.lookup(relaxedKey(key), service);
    if (lookup.bindings.length > 0)
      out.push(...this.fromBindings("config", key, lookup.bindings, depth, service));
    const spring = flavour === "spring" || lookup.bindings.some((binding) => binding.source === "spring");
    const dotnet = flavour === "dotnet" || lookup.bindings.some((binding) => binding.source === "appsettings");
    const overrides = spring ? relaxedEnvNames(key) : dotnet ? [...new Set(dotnetEnvNames(key).flatMap((name) => this.envIndex.namesIgnoringCase(name)))] : [];
    for (const envName of overrides) {
      if (this.envLookup(envName, service).bindings.length === 0)
        continue;
      const overriding = `env:${envName}${CONFIG_OVERRIDE}${key} by ${spring ? "Spring relaxed binding" : ".NET configuration"})`;
      for (const value of this.env(envName, depth, service)) {
        out.push({ ...value, via: [`config:${key}`, ...value.via.map((step) => step === `env:${envName}` ? overriding : step)] });
      }
    }
    if (out.length > 0)
      return capped(out);
    if (/^[A-Z][A-Z0-9_]*$/.test(key) && this.envLookup(key, service).bindings.length > 0)
      return this.env(key, depth, service);
    return null;
  }
  config(key, depth, service, flavour) {
    const values = this.configValues(key, depth, service, flavour);
    if (values)
      return values;
    const micronaut = /^micronaut\.http\.services\.([\w-]+)\.url$/.exec(key)?.[1];
    if (micronaut) {
      return this.configValues(`micronaut.http.services.${micronaut}.urls[0]`, depth, service, flavour) ?? [{ t: "str", parts: [`http://${micronaut}`], via: [`service name '${micronaut}' (service discovery; no micronaut.http.services.${micronaut}.url)`] }];
    }
    const restClient = /^quarkus\.rest-client\.("?)(.+)\1\.url$/.exec(key)?.[2];
    for (const alias of restClient ? [`quarkus.rest-client.${restClient}.url`, `quarkus.rest-client."${restClient}".url`, `${restClient}/mp-rest/url`].filter((name) => name !== key) : []) {
      const aliased = this.configValues(alias, depth, service, flavour);
      if (aliased)
        return aliased;
    }
    if (/^[A-Z][A-Z0-9_]*$/.test(key))
      return this.env(key, depth, service);
    return [{ t: "str", parts: [{ hole: `config:${key}` }], via: [`config:${key}`] }];
  }
  // ───────────── symbols, exports, members ─────────────
  ref(module, name, member, ctx) {
    if (module === null && name.startsWith(CONSTRUCTOR_ARGUMENT))
      return this.members(this.constructorArguments(name.slice(CONSTRUCTOR_ARGUMENT.length), ctx), member, ctx.service);
    if (module === null) {
      const file = ctx.file;
      const symbols = this.files.get(file)?.symbols ?? {};
      const first = member[0];
      if (first !== void 0 && own(symbols, `${name}.${first}`))
        return this.members(this.symbol(file, `${name}.${first}`, ctx.service), member.slice(1), ctx.service);
      if (!own(symbols, name))
        return [{ t: "unknown", text: [name, ...member].join("."), via: [] }];
      return this.members(this.symbol(file, name, ctx.service), member, ctx.service);
    }
    if (module === PYTEST_FIXTURE) {
      const file = this.fixtureFile(name, ctx.file);
      if (file === null && PLUGIN_TEST_CLIENT_FIXTURES.has(name) && member.length === 0) {
        const at3 = { file: ctx.file, line: 1, column: 1 };
        return [{ t: "fn", file: ctx.file, key: `${PYTEST_FIXTURE}${name}`, at: at3, returns: { kind: "client", client: IN_MEMORY_TEST_CLIENT, base: { kind: "lit", value: "http://localhost" }, at: at3, label: `pytest fixture ${name}` }, via: [] }];
      }
      if (file === null)
        return [{ t: "unknown", text: [name, ...member].join("."), via: [] }];
      return this.members(this.exported(file, `${PYTEST_FIXTURE}${name}`, /* @__PURE__ */ new Set(), ctx.service).map((value) => withVia(value, [`pytest fixture ${name} (${file})`])), member, ctx.service);
    }
    let target = this.resolveModule(module, ctx.file);
    if ((target === null || !own(this.files.get(target)?.exports, name)) && this.files.get(ctx.file)?.language === "go") {
      target = (module === GO_SAME_PACKAGE ? this.samePackageFile(ctx.file, name) : this.goImportedFile(module, ctx.file, name)) ?? target;
    }
    if ((target === null || !own(this.files.get(target)?.exports, name)) && this.files.get(ctx.file)?.language === "kotlin" && /^[a-z][\w.]*$/.test(module)) {
      target = this.samePackageFile(ctx.file, name) ?? target;
    }
    if (module === NAMED_CLIENTS_MODULE && name.startsWith(OPTIONS_PREFIX))
      return this.optionsValue(name, target, member, ctx);
    if (module === NAMED_CLIENTS_MODULE && (target === null || !own(this.files.get(target)?.exports, name))) {
      const registering = this.registeringFiles(name, ctx.file);
      if (registering.length > 0)
        return this.members(capped(registering.flatMap((file) => this.exported(file, name, /* @__PURE__ */ new Set(), ctx.service))), member, ctx.service);
      return [{ t: "client", client: "HttpClient", base: null, label: name.replace(/^HttpClient:/, ""), at: { file: ctx.file, line: 1, column: 1 }, via: [] }];
    }
    if (target === null && module === GO_SAME_PACKAGE) {
      return [{ t: "unknown", text: [name, ...member].join("."), via: [] }];
    }
    if (target === null) {
      const dot = module.lastIndexOf(".");
      if (this.files.get(ctx.file)?.language === "python" && dot > 0 && module[dot - 1] !== ".") {
        const parent = module.slice(0, dot);
        if (this.resolveModule(parent, ctx.file) !== null)
          return this.ref(parent, module.slice(dot + 1), [name, ...member], ctx);
      }
      return [{ t: "external", module, via: [] }];
    }
    return this.members(this.exported(target, name, /* @__PURE__ */ new Set(), ctx.service), member, ctx.service);
  }
  /**
   * A property of a .NET options class bound to configuration (`_urls.Orders` of `IOptions<UrlsConfig>`): the configuration
   * key under the section its Program.cs/Startup.cs (or any registering file) binds the class to, `urls:Orders`; at the
   * root when no file binds it (`Configure<T>(configuration)`, the common case). Nested classes go on down the path.
   */
  optionsValue(name, target, member, ctx) {
    if (member.length === 0)
      return [{ t: "unknown", text: name.slice(OPTIONS_PREFIX.length), via: [] }];
    const files = target !== null && own(this.files.get(target)?.exports, name) ? [target] : this.registeringFiles(name, ctx.file);
    const sections = files.flatMap((file) => this.exported(file, name, /* @__PURE__ */ new Set(), ctx.service)).flatMap((value) => value.t === "str" && value.parts.every((part) => typeof part === "string") ? [value.parts.join("")] : []);
    const keys = [...new Set(sections.length > 0 ? sections : [""])].map((section) => [section, ...member].filter((part) => part !== "").join(":"));
    return capped(keys.flatMap((key) => this.config(key, 0, ctx.service, this.configFlavour(ctx.file))));
  }
  /** Where pytest finds the fixture `name` for a test in `file`: the file itself, else the nearest `conftest.py` above it that defines it. */
  fixtureFile(name, file) {
    const key = `${PYTEST_FIXTURE}${name}`;
    if (own(this.files.get(file)?.exports, key))
      return file;
    for (let dir = dirname(file); ; dir = dirname(dir)) {
      const conftest = dir === "" ? "conftest.py" : `${dir}/conftest.py`;
      if (own(this.files.get(conftest)?.exports, key))
        return conftest;
      if (dir === "")
        return null;
    }
  }
  /** The Go or Kotlin file of `file`'s package (its directory), other than itself, that exports `name`; null when none does. */
  samePackageFile(file, name) {
    const found = this.packageNames().get(dirname(file))?.get(name);
    return found !== void 0 && found !== file ? found : null;
  }
  /** The file of the package an import path names (see `goPackageDirs`) that exports `name`; null when none does. */
  goImportedFile(specifier, file, name) {
    const packages = this.packageNames();
    for (const dir of goPackageDirs(specifier, file)) {
      const found = packages.get(dir)?.get(name);
      if (found !== void 0)
        return found;
    }
    return null;
  }
  /** Go and Kotlin packages (directories) of the scan: each exported name and the first file (by path) that declares it. */
  packageNames() {
    if (!this.packages) {
      this.packages = /* @__PURE__ */ new Map();
      for (const path2 of [...this.files.keys()].sort()) {
        const facts = this.files.get(path2);
        if (facts?.language !== "go" && facts?.language !== "kotlin")
          continue;
        const dir = dirname(path2);
        let names = this.packages.get(dir);
        if (!names)
          this.packages.set(dir, names = /* @__PURE__ */ new Map());
        for (const exported of Object.keys(facts.exports))
          if (!names.has(exported))
            names.set(exported, path2);
      }
    }
    return this.packages;
  }
  /**
   * What every `new Class(…)` in the scan passes as a constructor's k-th argument (`Class#k`), each evaluated where it
   * is written: the value of a field the constructor sets from that parameter.
   */
  constructorArguments(classAndIndex, ctx) {
    const [className, index] = classAndIndex.split("#");
    const keys = index.split("|");
    if (!this.creations) {
      this.creations = /* @__PURE__ */ new Map();
      for (const [file, facts] of this.files) {
        for (const [key, sym] of Object.entries(facts.symbols)) {
          if (!key.startsWith(CONSTRUCTED))
            continue;
          const name = key.slice(CONSTRUCTED.length).split("#")[0];
          const list = this.creations.get(name) ?? [];
          list.push({ file, args: sym });
          this.creations.set(name, list);
        }
      }
    }
    if (ctx.depth > 6)
      return [{ t: "unknown", text: `argument ${Number(index) + 1} of new ${className}(\u2026) (too deep)`, via: [] }];
    const out = [];
    const all = this.creationsOf(className, /* @__PURE__ */ new Set([className]));
    const creations = isTestCode(ctx.file) ? all : all.filter((creation) => !isTestCode(creation.file));
    for (const creation of creations) {
      const props = creation.args.kind === "object" ? creation.args.props : {};
      const argument = keys.map((key) => own(props, key)).find((found) => found !== void 0);
      if (!argument)
        continue;
      const where = { file: creation.file, service: this.scope.serviceOfFile(creation.file), args: null, depth: ctx.depth + 1 };
      out.push(...this.evaluate(argument, where).map((value) => withVia(value, [`passed to new ${className}(\u2026) in ${creation.file}`])));
    }
    if (out.length > 0)
      return capped(out);
    if (keys.length > 1 && creations.length > 0)
      return [];
    return [{ t: "unknown", text: `argument ${Number(keys[0]) + 1} of new ${className}(\u2026)`, via: [] }];
  }
  /** The creations of a class, with those of each class that hands its own arguments on to it (FORWARDED_FROM). */
  creationsOf(className, seen) {
    return (this.creations?.get(className) ?? []).flatMap((creation) => {
      const from = creation.args.kind === "object" ? own(creation.args.props, FORWARDED_FROM) : void 0;
      if (from === void 0)
        return [creation];
      if (from.kind !== "lit" || seen.has(from.value) || seen.size > 6)
        return [];
      return this.creationsOf(from.value, /* @__PURE__ */ new Set([...seen, from.value]));
    });
  }
  /** The C# files that register a named or typed client (export `HttpClient:<name>`) nearest to `fromFile` (most leading folders shared), sorted. */
  registeringFiles(name, fromFile) {
    const key = `${name}\0${fromFile}`;
    const cached = this.registeredMemo.get(key);
    if (cached !== void 0)
      return cached;
    let best = [];
    let bestShared = -1;
    const from = fromFile.split("/");
    for (const [file, facts] of this.files) {
      if (facts.language !== "csharp" || !own(facts.exports, name))
        continue;
      const parts = file.split("/");
      let shared = 0;
      while (shared < parts.length - 1 && shared < from.length - 1 && parts[shared] === from[shared])
        shared++;
      if (shared > bestShared) {
        best = [file];
        bestShared = shared;
      } else if (shared === bestShared)
        best.push(file);
    }
    best.sort();
    this.registeredMemo.set(key, best);
    return best;
  }
  registeredMemo = /* @__PURE__ */ new Map();
  /** A top-level symbol's value, memoised. */
  symbol(file, name, service) {
    const key = `sym\0${service ?? ""}\0${file}\0${name}`;
    const cached = this.memo.get(key);
    if (cached)
      return cached;
    if (this.busy.has(key))
      return [{ t: "unknown", text: `${name} (defined in terms of itself)`, via: [] }];
    const sym = own(this.files.get(file)?.symbols, name);
    if (!sym)
      return [{ t: "unknown", text: name, via: [] }];
    if (this.nesting >= MAX_DEFINITION_NESTING)
      return this.tooDeep(file, name);
    this.busy.add(key);
    this.nesting++;
    let values;
    try {
      values = this.evaluate(sym, { file, service, args: null, depth: 0 });
    } finally {
      this.nesting--;
      this.busy.delete(key);
    }
    this.memo.set(key, values);
    return values;
  }
  /** The value a module exports under `name` (`*` = the namespace / CommonJS module.exports). */
  exported(file, name, seen, service) {
    const key = `exp\0${service ?? ""}\0${file}\0${name}`;
    const cached = this.memo.get(key);
    if (cached)
      return cached;
    const facts = this.files.get(file);
    if (!facts || seen.has(key) || this.busy.has(key))
      return [{ t: "unknown", text: `${name} (circular export)`, via: [] }];
    if (this.nesting >= MAX_DEFINITION_NESTING)
      return this.tooDeep(file, name);
    seen.add(key);
    this.busy.add(key);
    this.nesting++;
    try {
      return this.exportedValue(file, name, seen, service, key, facts);
    } finally {
      this.nesting--;
      this.busy.delete(key);
    }
  }
  /** `unresolved: too deep`, and one warning per file where a chain of definitions was cut. Not memoised. */
  tooDeep(file, name) {
    if (!this.reportedTooDeep.has(file)) {
      this.reportedTooDeep.add(file);
      this.problems.push({
        file,
        severity: "warning",
        code: "definition-too-deep",
        message: `'${name}' is reached through more than ${MAX_DEFINITION_NESTING} definitions nested in one another (constants or modules defined from each other); arch-lint stopped following there and reports the calls that use it as unresolved (too deep)`
      });
    }
    return [{ t: "unknown", text: `${name} (unresolved: too deep)`, via: [] }];
  }
  exportedValue(file, name, seen, service, key, facts) {
    let values = null;
    const direct = own(facts.exports, name);
    if (direct)
      values = this.evaluate(direct, { file, service, args: null, depth: 0 });
    else if (name === "*")
      values = [{ t: "ns", file, via: [] }];
    else {
      for (const specifier of facts.reexports) {
        const target = this.resolveModule(specifier, file);
        if (!target)
          continue;
        const found = this.exported(target, name, seen, service);
        if (!(found.length === 1 && found[0]?.t === "unknown")) {
          values = found;
          break;
        }
      }
      const whole = own(facts.exports, "*");
      if (!values && whole)
        values = this.members(this.evaluate(whole, { file, service, args: null, depth: 0 }), [name], service);
    }
    let result = values ?? [{ t: "unknown", text: `${name} (not exported by ${file})`, via: [] }];
    for (const replaced of this.fileSet.projectModules?.replacements.get(file) ?? []) {
      if (!this.files.has(replaced.with))
        continue;
      const step = `${replaced.with} in place of ${file} in the '${replaced.configuration}' build (${replaced.config})`;
      result = [...result, ...this.exported(replaced.with, name, seen, service).map((value) => withVia(value, [step]))];
    }
    this.memo.set(key, result);
    return result;
  }
  members(values, member, service) {
    let current = values;
    for (const name of member) {
      const next = [];
      for (const value of current) {
        if (value.t === "obj" && name === ANY_MEMBER) {
          const props = Object.entries(value.props);
          if (props.length === 0)
            next.push({ t: "unknown", text: "[\u2026]", via: value.via });
          for (const [key, prop] of props)
            next.push(...this.evaluate(prop, value.ctx).map((inner) => withVia(inner, [...value.via, `property '${key}'`])));
        } else if (value.t === "obj") {
          const prop = own(value.props, name);
          next.push(...prop ? this.evaluate(prop, value.ctx).map((inner) => withVia(inner, value.via)) : [{ t: "unknown", text: `.${name}`, via: value.via }]);
        } else if (value.t === "ns")
          next.push(...this.exported(value.file, name, /* @__PURE__ */ new Set(), service).map((inner) => withVia(inner, value.via)));
        else if (value.t === "env-object" && name !== ANY_MEMBER) {
          const read = envObjectMember(value.sym, name);
          next.push(...read?.kind === "env" ? this.env(read.name, 0, service).map((inner) => withVia(inner, value.via)) : [{ t: "unknown", text: `.${name}`, via: value.via }]);
        } else if (value.t === "external")
          next.push(value);
        else if (value.t === "client" && SAME_CLIENT_MEMBERS.get(value.client)?.includes(name))
          next.push(value);
        else if (value.t === "unknown" && value.text.endsWith(NOT_PASSED))
          next.push({ t: "unknown", text: `${value.text}.${name}`, via: value.via });
        else
          next.push({ t: "unknown", text: name === ANY_MEMBER ? "[\u2026]" : `.${name}`, via: value.via });
      }
      current = capped(next);
    }
    return current;
  }
  /** Bases of a client value as strings (null = no base URL configured). */
  clientBases(client) {
    if (!client.base)
      return null;
    return client.base.map(asStr);
  }
  joinClient(client, path2) {
    const bases = this.clientBases(client);
    const instance = `${client.client} instance '${client.label}' (${at2(client.at)})`;
    if (!bases)
      return [{ ...path2, via: [...path2.via, instance] }];
    return bases.map((base) => {
      const joined = joinBase(base, path2);
      return { ...joined, via: [...path2.via, instance, ...client.via, ...base.via.filter((step) => !path2.via.includes(step))] };
    });
  }
};

// dist/resolve/request-descriptions.js
function readPath(sym) {
  const value = withoutSteps(sym);
  if (value?.kind === "param" && value.member.length > 0)
    return value.member.join(".");
  if (value?.kind === "unknown" && /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)+$/.test(value.text))
    return value.text.split(".").slice(1).join(".");
  return null;
}
function descriptionPaths(returns) {
  const paths = /* @__PURE__ */ new Map();
  const root = withoutSteps(returns);
  if (root?.kind !== "object")
    return paths;
  const isAction = Object.hasOwn(root.props, "type");
  const visit = (object, prefix) => {
    for (const [name, value] of Object.entries(object.props)) {
      const inner = withoutSteps(value);
      const path2 = [...prefix, name];
      if (inner?.kind === "object" && path2.length < 4)
        visit(inner, path2);
      else if (inner?.kind === "param" && inner.member.length === 0 && (path2.length >= 2 || isAction))
        paths.set(path2.join("."), inner.index);
    }
  };
  visit(root, []);
  return paths;
}
function describedArguments(siteArgs, paths, describingArgs) {
  return siteArgs.map((argument) => {
    const path2 = readPath(argument);
    const index = path2 === null ? void 0 : paths.get(path2);
    if (index === void 0)
      return { kind: "unknown", text: "not part of the request description" };
    return describingArgs[index] ?? { kind: "unknown", text: `no argument ${index + 1}` };
  });
}

// dist/resolve/sdk-config-keys.js
var SDK_KEYS = [
  ["sentry.dsn", "sentry"],
  ["management.otlp.tracing.endpoint", "opentelemetry-otlp"],
  ["management.otlp.metrics.export.url", "opentelemetry-otlp"],
  ["management.otlp.logging.endpoint", "opentelemetry-otlp"],
  ["management.zipkin.tracing.endpoint", "zipkin"],
  ["spring.zipkin.baseurl", "zipkin"],
  ["elastic.apm.serverurl", "elastic-apm"],
  ["elasticapm.serverurl", "elastic-apm"],
  ["spring.boot.admin.client.url", "spring-boot-admin"],
  ["spring.cloud.config.uri", "spring-cloud-config"],
  // A Spring Cloud Config Server's own backend: the Git repository it reads the configuration from.
  ["spring.cloud.config.server.git.uri", "spring-cloud-config-server"],
  ["eureka.client.serviceurl.defaultzone", "eureka"],
  ["serilog.writeto.*.args.serverurl", "serilog-seq"],
  ["serilog.writeto.*.args.nodeuris", "serilog-elasticsearch"],
  ["serilog.writeto.*.args.uri", "serilog-http"],
  // grpc-spring-boot-starter: `grpc.client.cart.address: static://cart:7070` is the channel `@GrpcClient("cart")` uses.
  ["grpc.client.*.address", "gRPC"],
  // Spring Security's OAuth2 client and resource server call the identity provider from the server: the token,
  // user-info, key-set, issuer and introspection endpoints (the authorization endpoint is the user's browser's).
  ["spring.security.oauth2.client.provider.*.tokenuri", "spring-security-oauth2"],
  ["spring.security.oauth2.client.provider.*.userinfouri", "spring-security-oauth2"],
  ["spring.security.oauth2.client.provider.*.jwkseturi", "spring-security-oauth2"],
  ["spring.security.oauth2.client.provider.*.issueruri", "spring-security-oauth2"],
  ["spring.security.oauth2.resourceserver.jwt.jwkseturi", "spring-security-oauth2"],
  ["spring.security.oauth2.resourceserver.jwt.issueruri", "spring-security-oauth2"],
  ["spring.security.oauth2.resourceserver.opaquetoken.introspectionuri", "spring-security-oauth2"],
  // The same for Spring Boot 1's spring-security-oauth2 auto-configuration.
  ["security.oauth2.client.accesstokenuri", "spring-security-oauth2"],
  ["security.oauth2.resource.userinfouri", "spring-security-oauth2"],
  ["security.oauth2.resource.tokeninfouri", "spring-security-oauth2"],
  ["security.oauth2.resource.jwk.keyseturi", "spring-security-oauth2"],
  ["security.oauth2.resource.jwt.keyuri", "spring-security-oauth2"]
];
function normalise(key) {
  return relaxedKey(key).split(/[.:]/);
}
var PATTERNS = SDK_KEYS.map(([pattern, sdk]) => ({ parts: pattern.split("."), sdk }));
var SDK_WORDS = /sentry|otlp|zipkin|apm|admin|config|eureka|serilog|grpc|oauth2/i;
function sdkOfConfigKey(key) {
  if (!SDK_WORDS.test(key))
    return null;
  const parts = normalise(key);
  for (const pattern of PATTERNS) {
    if (pattern.parts.length === parts.length && pattern.parts.every((part, index) => part === "*" || part === parts[index]))
      return pattern.sdk;
  }
  return null;
}

// dist/resolve/build-tool-values.js
var CRA_BUILDERS = ["react-scripts", "react-app-rewired", "@craco/craco"];
var VITE_CONFIGS = ["vite.config.ts", "vite.config.js", "vite.config.mjs", "vite.config.mts", "vite.config.cjs"];
function lineOf(text, index) {
  return index < 0 ? 1 : text.slice(0, index).split("\n").length;
}
function buildToolBindings(packageDirs, readText) {
  const bindings = [];
  const join = (dir, name) => dir === "" ? name : `${dir}/${name}`;
  for (const dir of packageDirs) {
    const packageFile = join(dir, "package.json");
    const packageText = readText(packageFile);
    const manifest = record(parseJsonc(packageText ?? ""));
    if (!manifest || packageText === null)
      continue;
    const dependencies = { ...record(manifest.dependencies), ...record(manifest.devDependencies) };
    if (CRA_BUILDERS.some((name) => Object.hasOwn(dependencies, name))) {
      const homepage = typeof manifest.homepage === "string" ? manifest.homepage.trim() : "";
      if (!homepage.startsWith(".")) {
        let path2 = "/";
        if (homepage !== "") {
          try {
            path2 = new URL(homepage, "https://homepage.invalid").pathname.replace(/\/+$/, "") || "/";
          } catch {
            path2 = "/";
          }
        }
        const line = lineOf(packageText, homepage === "" ? packageText.indexOf("react-scripts") : packageText.indexOf('"homepage"'));
        bindings.push({ type: "env", name: "PUBLIC_URL", value: path2, loc: { file: packageFile, line, column: 1 }, source: "build-tool", environment: null, service: null });
      }
    }
    for (const name of VITE_CONFIGS) {
      const configFile = join(dir, name);
      const text = readText(configFile);
      if (text === null)
        continue;
      const bases = [...text.matchAll(/\bbase\s*:\s*(['"`])([^'"`$]*)\1/g)];
      if (bases.length === 0 && /\bbase\s*:/.test(text))
        break;
      const values = (bases.length > 0 ? bases.map((match) => ({ value: match[2], line: lineOf(text, match.index) })) : [{ value: "/", line: 1 }]).filter(({ value }) => !value.startsWith("."));
      for (const { value, line } of values) {
        bindings.push({ type: "env", name: VITE_BASE_URL, value: value === "" ? "/" : value, loc: { file: configFile, line, column: 1 }, source: "build-tool", environment: null, service: null });
      }
      break;
    }
    if (Object.hasOwn(dependencies, "vite") && !bindings.some((binding) => binding.name === VITE_BASE_URL && binding.loc.file.startsWith(join(dir, "vite.config")))) {
      bindings.push({ type: "env", name: VITE_BASE_URL, value: "/", loc: { file: packageFile, line: lineOf(packageText, packageText.indexOf('"vite"')), column: 1 }, source: "build-tool", environment: null, service: null });
    }
  }
  return bindings;
}
function devServerProxies(packageDirs, readText) {
  const out = [];
  for (const dir of packageDirs) {
    const file = dir === "" ? "package.json" : `${dir}/package.json`;
    const text = readText(file);
    if (text === null || !text.includes('"proxy"'))
      continue;
    const proxy = record(parseJsonc(text))?.proxy;
    const targets = typeof proxy === "string" ? [proxy] : Object.values(record(proxy) ?? {}).flatMap((entry) => {
      const target = typeof entry === "string" ? entry : record(entry)?.target;
      return typeof target === "string" ? [target] : [];
    });
    if (targets.length === 0)
      continue;
    const facts = emptyFacts(file, "package-json");
    const at3 = text.indexOf('"proxy"');
    for (const target of targets) {
      const index = text.indexOf(JSON.stringify(target), at3);
      const before = text.slice(0, index < 0 ? at3 : index);
      const call = {
        kind: "client-config",
        loc: { file, line: before.split("\n").length, column: before.length - before.lastIndexOf("\n") },
        client: "cra-dev-proxy",
        method: null,
        expression: JSON.stringify(target),
        url: { kind: "lit", value: target },
        enclosing: "<package.json proxy>"
      };
      facts.calls.push(call);
    }
    out.push(facts);
  }
  return out;
}

// dist/resolve/index.js
var GRPC_CLIENTS = /* @__PURE__ */ new Set(["gRPC", "flagd"]);
var MAX_WRAPPER_DEPTH = 8;
var SCRIPT_LANGUAGES = /* @__PURE__ */ new Set(["typescript", "javascript", "vue", "svelte"]);
var CLIENT_WORDS = /* @__PURE__ */ new Set(["api", "apis", "http", "https", "client", "axios", "got", "ky", "rest", "fetcher", "requester", "gateway", "graphql", "superagent", "ofetch", "xhr"]);
var SERVER_FRAMEWORKS = /* @__PURE__ */ new Set(["express", "koa", "@koa/router", "koa-router", "fastify", "@hapi/hapi", "hapi", "restify", "polka", "hono", "h3", "next/server", "@nestjs/common"]);
var DEFAULT_PROTOCOL = { "node:https": "https:" };
var NON_HTTP_PACKAGES = /* @__PURE__ */ new Set([
  "redis",
  "ioredis",
  "@redis/client",
  "memcached",
  "memjs",
  "node-cache",
  "lru-cache",
  "keyv",
  "cache-manager",
  "mongodb",
  "mongoose",
  "pg",
  "mysql",
  "mysql2",
  "sqlite3",
  "better-sqlite3",
  "knex",
  "sequelize",
  "@prisma/client",
  "typeorm",
  "mssql",
  "oracledb",
  "kafkajs",
  "amqplib",
  "amqp-connection-manager",
  "bull",
  "bullmq",
  "nats",
  "mqtt",
  "ws",
  "socket.io",
  "socket.io-client",
  "ldapjs",
  "nodemailer"
]);
function packageName(module) {
  const parts = module.split("/");
  return module.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0] ?? module;
}
function words(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase().split(/[^a-z0-9]+/).filter((word) => word.length > 0);
}
function receiverName(sym) {
  switch (sym.kind) {
    case "ref":
      return sym.member[sym.member.length - 1] ?? sym.name.split(".").pop() ?? sym.name;
    case "param":
      return sym.member[sym.member.length - 1] ?? sym.name;
    case "step":
      return sym.label.split(" ").pop() ?? sym.label;
    case "call":
      return receiverName(sym.callee);
    case "unknown":
      return sym.text;
    default:
      return sym.kind;
  }
}
var URL_NAME = /url|uri|href|path|route|endpoint|link/i;
function looksLikeUrlOrPath(value) {
  const parts = mergeParts(value.parts);
  if (/^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(knownPrefix(parts)))
    return true;
  return parts.some((part) => typeof part === "string" ? part.includes("/") : URL_NAME.test(part.hole));
}
function looksLikeClient(name) {
  return words(name).some((word) => CLIENT_WORDS.has(word));
}
var dependsMemo = /* @__PURE__ */ new WeakMap();
var ORIGIN_PREFIX = /^(?:[a-z][a-z\d+.-]*:)?\/\//i;
function dependsOnParam(sym) {
  if (!sym)
    return false;
  const cached = dependsMemo.get(sym);
  if (cached !== void 0)
    return cached;
  let result;
  switch (sym.kind) {
    case "param":
      result = true;
      break;
    case "concat":
      result = sym.parts.some(dependsOnParam);
      break;
    case "alt":
      result = sym.options.some(dependsOnParam);
      break;
    case "url":
      result = dependsOnParam(sym.base) || dependsOnParam(sym.path);
      break;
    case "object":
      result = Object.values(sym.props).some(dependsOnParam);
      break;
    case "client":
      result = dependsOnParam(sym.base);
      break;
    case "call":
      result = dependsOnParam(sym.callee) || sym.args.some(dependsOnParam);
      break;
    case "step":
      result = dependsOnParam(sym.value);
      break;
    default:
      result = false;
  }
  dependsMemo.set(sym, result);
  return result;
}
var LEADING_TEXT = /^(?:[a-z][a-z\d+.-]*:\/\/[^/?#]+)?\/?$/i;
var ID_NAME = /(?:^|[a-z0-9_])(?:id|ids|uid|uuid|guid|key|code|number|num|no)$|Id$|ID$|Oids?$/;
var BASE_URL_WITH_PATH = /^[a-z][a-z\d+.-]*:\/\/[^/?#]+\/[^?#]*$/i;
var URL_PARAM_NAME = /^(?:url|uri|href|path|route|endpoint|(?:[a-z]+(?:Url|Uri|Path|Route|Endpoint)))$/;
var URL_PROPS = ["url", "uri", "href", "path", "route", "endpoint"];
function leadingParams(sym, pathConstant = () => null) {
  if (!sym)
    return [];
  const leading = (inner) => leadingParams(inner, pathConstant);
  switch (sym.kind) {
    case "param":
      return sym.outer ? [] : [sym.index];
    case "step":
      return leading(sym.value);
    case "concat": {
      let before = "";
      for (const part of sym.parts) {
        const inner = part.kind === "step" ? part.value : part;
        if (part.kind === "lit")
          before += part.value;
        else if (inner.kind === "param" && !inner.outer) {
          const name = inner.member.at(-1) ?? inner.name;
          if (before.endsWith("/") && ID_NAME.test(name))
            return [];
          if (LEADING_TEXT.test(before))
            return leading(part);
          return (before.endsWith("/") || BASE_URL_WITH_PATH.test(before)) && URL_PARAM_NAME.test(name) ? leading(part) : [];
        } else {
          const options = inner.kind === "alt" ? leading(inner) : [];
          if (options.length > 0)
            return LEADING_TEXT.test(before) ? options : [];
          const path2 = pathConstant(part);
          if (path2 !== null)
            before += path2;
          else if (before !== "")
            return [];
        }
      }
      return [];
    }
    case "alt":
      return sym.options.flatMap(leading);
    case "url":
      if (sym.join)
        return leading({ kind: "concat", parts: [sym.base, ...sym.join === "segment" ? [{ kind: "lit", value: "/" }] : [], sym.path] });
      return [...leading(sym.base), ...leading(sym.path)];
    case "object": {
      const prop = URL_PROPS.map((name) => Object.hasOwn(sym.props, name) ? sym.props[name] : void 0).find((value) => value !== void 0);
      return leading(prop);
    }
    default:
      return [];
  }
}
function methodNamed(callee) {
  const match = /^(post|put|patch|delete|del|head)(?=[A-Z_\d]|$)/.exec(callee.slice(callee.lastIndexOf(".") + 1));
  if (!match)
    return null;
  return match[1] === "del" ? "DELETE" : match[1].toUpperCase();
}
function paramRoot(sym) {
  if (sym.kind === "param")
    return sym.outer ? null : { index: sym.index, member: sym.member };
  return sym.kind === "step" ? paramRoot(sym.value) : null;
}
function isInvocation(site) {
  return "callee" in site;
}
function callDependsOnParam(fact) {
  return dependsOnParam(fact.url) || dependsOnParam(fact.receiver);
}
function invocationDependsOnParam(invocation) {
  return dependsOnParam(invocation.callee) || invocation.args.some(dependsOnParam);
}
function isNoValue(target) {
  return target.zone === "unresolved" && NO_VALUE.has(target.via.at(-1) ?? "") && target.env === void 0 && target.binding === void 0 && target.environment === void 0;
}
var NO_VALUE = /* @__PURE__ */ new Set([EMPTY_VALUE, ...["null", "undefined", "None", "nil", "void 0"].map((word) => `unresolved: ${word}`)]);
function dedupeTargets(all) {
  const targets = all.some((target) => !isNoValue(target)) ? all.filter((target) => !isNoValue(target)) : all;
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const target of targets) {
    const key = JSON.stringify([target.url, target.host, target.zone, target.env ?? null, target.environment ?? null, target.binding ?? null]);
    if (seen.has(key))
      continue;
    seen.add(key);
    out.push(target);
  }
  if (out.length > MAX_ALTERNATIVES) {
    const kept = out.slice(0, MAX_ALTERNATIVES);
    const last = kept[kept.length - 1];
    if (last)
      last.via = [...last.via, `(more than ${MAX_ALTERNATIVES} possible targets; the rest were not listed)`];
    return kept;
  }
  return out;
}
var CallResolver = class {
  input;
  evaluator;
  sites = /* @__PURE__ */ new Map();
  wrapperMemo = /* @__PURE__ */ new Map();
  wrapperBusy = /* @__PURE__ */ new Set();
  urlParamMemo = /* @__PURE__ */ new Map();
  invoked = /* @__PURE__ */ new Set();
  callsByFile = /* @__PURE__ */ new Map();
  invocationsByFile = /* @__PURE__ */ new Map();
  topLevelMemo = /* @__PURE__ */ new Map();
  /** Process-wide default base URLs set on a library (`axios.defaults.baseURL = …`), by client. */
  libraryDefaults = /* @__PURE__ */ new Map();
  defaultBasesMemo = /* @__PURE__ */ new Map();
  scope;
  packageNames;
  /** Invocations that read an argument at a property path of an object nothing passes (`callApi(action.requestSettings.route)`), by path: where request descriptions are performed. */
  performers = /* @__PURE__ */ new Map();
  descriptionMemo = /* @__PURE__ */ new Map();
  /** The files' facts, with package.json's development proxies (read here, not by an extractor). */
  facts;
  constructor(input) {
    this.input = input;
    const readText = input.readText ? readOnce(input.readText) : void 0;
    const scripts = input.facts.filter((facts) => SCRIPT_LANGUAGES.has(facts.language)).map((facts) => facts.file);
    const known = input.packageDirs ? { packageDirs: input.packageDirs, configs: input.moduleConfigs ?? [] } : void 0;
    const packageDirs = input.packageDirs ?? [...new Set(scripts.flatMap((file) => ancestorDirs(file)))].sort();
    const buildFiles = readText ? knownFilesReader(readText, known) : void 0;
    const proxies = buildFiles && scripts.length > 0 ? devServerProxies(packageDirs, buildFiles) : [];
    this.facts = proxies.length > 0 ? [...input.facts, ...proxies] : input.facts;
    this.packageNames = readText ? packageNamesOf(this.facts, readText) : {};
    this.scope = scopeBindings(this.facts, { packageNames: this.packageNames });
    const projectModules = readText && scripts.length > 0 ? readProjectModules(scripts, readText, known) : void 0;
    const buildTools = buildFiles ? buildToolBindings(packageDirs, buildFiles) : [];
    this.evaluator = new Evaluator(this.facts, [...input.bindings ?? [], ...buildTools], this.scope, projectModules);
    const inherited = inheritHttpInterfaces(this.facts, (specifier, from) => this.evaluator.resolveModule(specifier, from));
    for (const facts of this.facts) {
      for (const call of facts.calls) {
        if (call.kind !== "client-config" || !call.defaults)
          continue;
        const list = this.libraryDefaults.get(call.client) ?? [];
        list.push({ file: facts.file, fact: call });
        this.libraryDefaults.set(call.client, list);
      }
    }
    for (const facts of this.facts) {
      const own2 = inherited.get(facts.file) ?? [];
      const replaced = new Set(own2.map((call) => `${call.loc.line}:${call.loc.column}`));
      const calls = [...facts.calls.filter((call) => !replaced.has(`${call.loc.line}:${call.loc.column}`)), ...own2, ...sdkConfigurations(facts)];
      const invocations = [];
      for (const written of facts.invocations) {
        const invocation = written.named ? this.withNamedArguments(facts.file, written) : written;
        const instanceCall = this.callableInstanceCall(facts.file, invocation);
        if (instanceCall)
          calls.push(instanceCall);
        else
          invocations.push(invocation);
      }
      this.callsByFile.set(facts.file, calls);
      this.invocationsByFile.set(facts.file, invocations);
      for (const call of calls)
        if (call.fn)
          this.siteList(facts.file, call.fn).calls.push(call);
      for (const invocation of invocations)
        if (invocation.fn)
          this.siteList(facts.file, invocation.fn).invocations.push(invocation);
      for (const invocation of invocations) {
        for (const path2 of new Set(invocation.args.map(readPath))) {
          if (path2 === null)
            continue;
          const list = this.performers.get(path2) ?? [];
          list.push({ file: facts.file, invocation });
          this.performers.set(path2, list);
        }
      }
    }
  }
  /**
   * Arguments passed by name (`self._request(method="GET", path="/x")`) at the positions of the callee's parameters of
   * those names, once the callee is known; a parameter passed by neither is `unknown`. A new invocation: facts stay as extracted.
   */
  withNamedArguments(file, invocation) {
    const named = invocation.named ?? {};
    for (const fn of this.topLevelFunctions(invocation.callee, file)) {
      const declared = this.evaluator.files.get(fn.file)?.symbols[fn.key];
      if (declared?.kind !== "fn")
        continue;
      const args = [...invocation.args];
      for (const [name, value] of Object.entries(named)) {
        const index = declared.params.indexOf(name);
        if (index < 0 || index < invocation.args.length)
          continue;
        while (args.length < index)
          args.push({ kind: "unknown", text: `${declared.params[args.length] ?? "argument"} (not passed)` });
        args[index] = value;
      }
      return { ...invocation, args };
    }
    return invocation;
  }
  /** `api('/x')`, `sisu('units', { method: 'POST' })`: a client instance called directly is a call on it. */
  callableInstanceCall(file, invocation) {
    const callee = this.topLevelValues(invocation.callee, file);
    if (!callee.some((value) => value.t === "client"))
      return null;
    const methodOf = (sym) => {
      const value = sym?.kind === "step" ? sym.value : sym;
      if (value?.kind !== "object")
        return void 0;
      const method2 = value.props.method;
      return method2?.kind === "lit" ? method2.value.toUpperCase() : method2 ? null : void 0;
    };
    const method = methodOf(invocation.args[1]) ?? methodOf(invocation.args[0]);
    const call = {
      kind: "call",
      loc: invocation.loc,
      client: "instance",
      method: method === void 0 ? "GET" : method,
      expression: invocation.expression,
      url: invocation.args[0] ?? null,
      receiver: invocation.callee,
      enclosing: invocation.enclosing
    };
    if (invocation.fn)
      call.fn = invocation.fn;
    return call;
  }
  /** The default base URLs of `client` set in the process running `ctx`'s code: by its service, or anywhere when the default's file has none. */
  defaultBases(client, ctx) {
    const defaults = this.libraryDefaults.get(client);
    if (!defaults)
      return [];
    const memoKey2 = `${client}\0${ctx.service ?? ""}\0${this.packageOf(ctx.file) ?? ""}`;
    const known = this.defaultBasesMemo.get(memoKey2);
    if (known)
      return known;
    const out = [];
    for (const { file, fact } of defaults) {
      const service = this.scope.serviceOfFile(file);
      if (service !== null && ctx.service !== null && service !== ctx.service)
        continue;
      if (this.packageOf(file) !== this.packageOf(ctx.file))
        continue;
      const step = `${fact.client} default base URL (${at2(fact.loc)})`;
      for (const value of this.urlStrings(fact.url, { ...this.topLevel(file), service: ctx.service }, client))
        out.push({ ...value, via: [step, ...value.via] });
    }
    this.defaultBasesMemo.set(memoKey2, out);
    return out;
  }
  /** The nearest folder holding a package.json above `file` (root-relative, '' for the root); null when discovery did not say. */
  packageOf(file) {
    let nearest = null;
    for (const dir of this.input.packageDirs ?? [])
      if ((dir === "" || file.startsWith(`${dir}/`)) && (nearest === null || dir.length > nearest.length))
        nearest = dir;
    return nearest;
  }
  /** The context of a file's top-level code: run by the service whose root holds the file. */
  topLevel(file) {
    return { file, service: this.scope.serviceOfFile(file), args: null, depth: 0 };
  }
  siteList(file, key) {
    const id = `${file}#${key}`;
    let list = this.sites.get(id);
    if (!list) {
      list = { calls: [], invocations: [] };
      this.sites.set(id, list);
    }
    return list;
  }
  /**
   * What `sym` evaluates to in `file`'s top-level context, evaluated once: every invocation's callee is evaluated there
   * when the resolver is built, and most again when wrappers are linked (a fifth of the resolve stage on a monorepo).
   */
  topLevelValues(sym, file) {
    const memo = this.topLevelMemo.get(sym);
    if (memo?.file === file)
      return memo.values;
    const values = this.evaluator.evaluate(sym, this.topLevel(file));
    if (!memo)
      this.topLevelMemo.set(sym, { file, values });
    return values;
  }
  /** `calleeFunctions` in `file`'s top-level context. */
  topLevelFunctions(callee, file) {
    const seen = /* @__PURE__ */ new Set();
    return this.topLevelValues(callee, file).filter((value) => {
      if (value.t !== "fn")
        return false;
      if (value.closure)
        return true;
      const key = `${value.file}#${value.key}`;
      if (seen.has(key))
        return false;
      seen.add(key);
      return true;
    });
  }
  calleeFunctions(callee, ctx) {
    return this.evaluator.evaluate(callee, ctx).filter((value) => value.t === "fn");
  }
  /** Whether calling the function sends a request whose URL or client depends on the arguments. */
  isWrapper(fn) {
    const id = `${fn.file}#${fn.key}`;
    const cached = this.wrapperMemo.get(id);
    if (cached !== void 0)
      return cached;
    if (this.wrapperBusy.has(id))
      return false;
    this.wrapperBusy.add(id);
    const sites = this.sites.get(id);
    let result = false;
    if (sites) {
      result = sites.calls.some(callDependsOnParam) || sites.invocations.some((invocation) => invocationDependsOnParam(invocation) && this.topLevelFunctions(invocation.callee, fn.file).some((inner) => this.isWrapper(inner)));
    }
    this.wrapperBusy.delete(id);
    this.wrapperMemo.set(id, result);
    return result;
  }
  /** Indexes of a wrapper's parameters that become its request's URL or the URL's start (see `leadingParams`), through nested wrappers. */
  urlParams(fn) {
    const id = `${fn.file}#${fn.key}`;
    const cached = this.urlParamMemo.get(id);
    if (cached)
      return cached;
    const found = /* @__PURE__ */ new Set();
    this.urlParamMemo.set(id, found);
    const sites = this.sites.get(id);
    const pathConstant = (sym) => this.pathConstant(sym, fn.file);
    for (const call of sites?.calls ?? [])
      for (const index of leadingParams(call.url, pathConstant))
        found.add(index);
    for (const invocation of sites?.invocations ?? []) {
      if (!invocationDependsOnParam(invocation))
        continue;
      for (const inner of this.topLevelFunctions(invocation.callee, fn.file)) {
        if (!this.isWrapper(inner))
          continue;
        for (const index of this.urlParams(inner))
          for (const outer of leadingParams(invocation.args[index]))
            found.add(outer);
      }
    }
    return found;
  }
  /** The text of a reference to a constant that holds a path ending in `/` (`'/api/events/'`), else null. */
  pathConstant(sym, file) {
    if (sym.kind !== "ref" && !(sym.kind === "step" && sym.value.kind === "ref"))
      return null;
    const values = this.evaluator.evaluate(sym, this.topLevel(file));
    const parts = values.length === 1 && values[0]?.t === "str" ? mergeParts(values[0].parts) : [];
    const text = parts.length === 1 ? parts[0] : void 0;
    return typeof text === "string" && /^\/[^/].*\/$/.test(text) ? text : null;
  }
  /** Where a function's returned description holds its parameters, when some performing site reads one of those paths. */
  describedPaths(fn) {
    const id = `${fn.file}#${fn.key}`;
    let paths = this.descriptionMemo.get(id);
    if (!paths) {
      paths = descriptionPaths(fn.returns);
      for (const path2 of [...paths.keys()])
        if (!this.performers.has(path2))
          paths.delete(path2);
      this.descriptionMemo.set(id, paths);
    }
    return paths;
  }
  /**
   * The requests a call of a describing function (`callBuilder('/deadlines', 'GET_DEADLINES')`) makes where its
   * description is performed: each performing site calls a wrapper with the URL read from the description.
   */
  expandDescription(fn, invocation, ctx) {
    const paths = this.describedPaths(fn);
    if (paths.size === 0)
      return null;
    let urlIndex = null;
    const expansions = [];
    for (const path2 of paths.keys()) {
      for (const performer of this.performers.get(path2) ?? []) {
        const site = performer.invocation;
        for (const wrapper of this.topLevelFunctions(site.callee, performer.file)) {
          if (!this.isWrapper(wrapper))
            continue;
          const siteUrl = this.urlArgument(wrapper, site);
          const readAt = siteUrl === null ? null : readPath(site.args[siteUrl]);
          const index = readAt === null ? void 0 : paths.get(readAt);
          if (index === void 0 || index >= invocation.args.length)
            continue;
          urlIndex ??= index;
          const via = [`request description ${invocation.calleeText ?? fn.key}${fn.at ? ` (${at2(fn.at)})` : ""}, performed at ${at2(site.loc)}`];
          expansions.push(...this.expand(wrapper, describedArguments(site.args, paths, invocation.args), ctx, via, /* @__PURE__ */ new Set()));
        }
      }
    }
    return urlIndex === null || expansions.length === 0 ? null : { urlIndex, expansions };
  }
  /** The argument of an invocation that carries the URL, when it passes one (null: it passes only ids or payloads). */
  urlArgument(fn, invocation) {
    for (const index of [...this.urlParams(fn)].sort((a, b) => a - b))
      if (index < invocation.args.length)
        return index;
    return null;
  }
  /** URL strings of a call's URL argument: strings as they are; option objects (`{ url }`, `{ hostname, path }`) assembled. */
  urlStrings(sym, ctx, client) {
    if (!sym)
      return [{ t: "str", parts: [{ hole: "no URL argument" }], via: [] }];
    return this.evaluator.evaluate(sym, ctx).flatMap((value) => value.t === "obj" ? this.urlFromOptions(value, client) : [asStr(value)]);
  }
  urlFromOptions(options, client) {
    const props = options.props;
    const withVia2 = (values) => values.map((value) => ({ ...value, via: [...options.via, ...value.via] }));
    const urlSym = props.url ?? props.uri;
    if (urlSym) {
      const paths = this.evaluator.evaluate(urlSym, options.ctx).map(asStr);
      const baseSym = props.baseURL ?? props.prefixUrl ?? props.baseUrl;
      if (!baseSym)
        return withVia2(paths);
      const bases = this.evaluator.evaluate(baseSym, options.ctx).map(asStr);
      return withVia2(bases.flatMap((base) => paths.map((path2) => joinBase(base, path2))));
    }
    const host = props.hostname ?? props.host;
    if (host) {
      const parts = [props.protocol ?? { kind: "lit", value: DEFAULT_PROTOCOL[client] ?? "http:" }, { kind: "lit", value: "//" }, host];
      if (props.port)
        parts.push({ kind: "lit", value: ":" }, props.port);
      parts.push(props.path ?? { kind: "lit", value: "/" });
      return withVia2(this.evaluator.evaluate({ kind: "concat", parts }, options.ctx).map(asStr));
    }
    return withVia2([{ t: "str", parts: [{ hole: "options without a URL" }], via: [] }]);
  }
  /**
   * Keep an instance call whose receiver is not a known client? Only with evidence that it is an HTTP client (see
   * header): a value from a package whose name says it is one, or a receiver named like a client (`api`, `http`…)
   * called with a URL or a path. `redisClient.get(key)`, `cache.get('k')` have neither.
   */
  keepUnresolvedReceiver(receiver, values, paths) {
    const name = receiverName(receiver);
    const urlArgument = paths.some(looksLikeUrlOrPath);
    return values.some((value) => {
      if (value.t === "external" && NON_HTTP_PACKAGES.has(packageName(value.module)))
        return false;
      if (value.t === "external")
        return looksLikeClient(value.module) || looksLikeClient(name) && urlArgument && !SERVER_FRAMEWORKS.has(value.module);
      if (value.t === "unknown")
        return looksLikeClient(name) && urlArgument;
      return false;
    });
  }
  /** The call's method: as written, else the value its source holds in this context (a wrapper's caller passes `'POST'`); null when not one known word. */
  methodOf(fact, ctx) {
    if (fact.method !== null || !fact.methodFrom || !ctx.args)
      return fact.method;
    const root = paramRoot(fact.methodFrom);
    if (root !== null && root.index >= ctx.args.syms.length)
      return "GET";
    const passed = root !== null && root.member.length > 0 ? withoutSteps(ctx.args.syms[root.index]) : void 0;
    if (passed?.kind === "object" && !Object.hasOwn(passed.props, root.member[0]))
      return "GET";
    const words2 = /* @__PURE__ */ new Set();
    const values = this.evaluator.evaluate(fact.methodFrom, ctx);
    if (values.length > 0 && values.every((value) => value.t === "unknown" && value.text.includes(NOT_PASSED)))
      return "GET";
    for (const value of values) {
      if (value.t !== "str")
        continue;
      const text = value.parts.every((part) => typeof part === "string") ? value.parts.join("") : null;
      if (text === null || !/^[A-Za-z]+$/.test(text))
        return null;
      words2.add(text.toUpperCase());
    }
    return words2.size === 1 ? [...words2][0] : null;
  }
  /** Targets of one call fact evaluated in a context; null when it is not an HTTP call after all. */
  resolveFact(fact, ctx) {
    if (!fact.receiver) {
      const paths2 = this.urlStrings(fact.url, ctx, fact.client);
      const bases = fact.kind === "call" ? this.defaultBases(fact.client, ctx) : [];
      const joined = paths2.flatMap((path2) => bases.length > 0 && !ORIGIN_PREFIX.test(knownPrefix(mergeParts(path2.parts))) ? bases.map((base) => joinBase(base, path2)) : [path2]);
      const all = (GRPC_CLIENTS.has(fact.client) ? joined.map(asGrpcTarget) : joined).map(targetOf);
      const at3 = fact.bindingAt;
      const here = `(${at3?.file}:${at3?.line}`;
      const otherBinding = (step) => step.startsWith(`binding ${fact.expression} = `) && !step.includes(`${here},`) && !step.includes(`${here})`);
      const targets2 = at3 ? all.filter((target) => target.via.some(isConfigOverride) || !target.via.some(otherBinding)) : all;
      return { client: fact.client, method: this.methodOf(fact, ctx), kind: fact.kind, targets: targets2 };
    }
    const receivers = this.evaluator.evaluate(fact.receiver, ctx);
    const clients = receivers.filter((value) => value.t === "client");
    if (clients.length > 0 && clients.length === receivers.length && clients.every((client) => client.client === IN_MEMORY_TEST_CLIENT))
      return null;
    const paths = this.urlStrings(fact.url, ctx, fact.client);
    if (clients.length > 0) {
      const pathsOf = (client) => PATHLESS_CLIENTS.has(client.client) ? [{ t: "str", parts: [], via: [] }] : paths;
      const targets2 = clients.flatMap((client) => pathsOf(client).flatMap((path2) => this.evaluator.joinClient(client, path2))).map(targetOf);
      const resolution = { client: clients[0]?.client ?? fact.client, method: this.methodOf(fact, ctx), kind: fact.kind, targets: targets2 };
      const configured = clients.find((client) => client.base !== null);
      if (configured)
        resolution.point = configured.at;
      return resolution;
    }
    if (!this.keepUnresolvedReceiver(fact.receiver, receivers, paths))
      return null;
    const name = receiverName(fact.receiver);
    const targets = paths.map((path2) => {
      const parts = mergeParts(path2.parts);
      if (/^(?:https?|wss?):\/\//i.test(knownPrefix(parts)))
        return targetOf(path2);
      const target = { url: null, host: null, zone: "unresolved", via: [...path2.via, `client instance '${name}' not resolved (its base URL is unknown)`] };
      if (path2.env)
        target.env = path2.env;
      return target;
    });
    return { client: fact.client, method: this.methodOf(fact, ctx), kind: fact.kind, targets };
  }
  /** The requests a wrapper makes when called with `args`, through nested wrappers. */
  expand(fn, args, callerCtx, via, chain) {
    const id = `${fn.file}#${fn.key}`;
    if (chain.has(id) || chain.size >= MAX_WRAPPER_DEPTH)
      return [];
    const sites = this.sites.get(id);
    if (!sites)
      return [];
    const nextChain = new Set(chain).add(id);
    const ctx = { file: fn.file, service: callerCtx.service, args: { syms: args, ctx: callerCtx }, closure: fn.closure ?? null, depth: callerCtx.depth + 1 };
    const step = `wrapper ${fn.key}${fn.at ? ` (${at2(fn.at)})` : ""}`;
    const out = [];
    for (const call of sites.calls) {
      if (!callDependsOnParam(call))
        continue;
      const resolution = this.resolveFact(call, ctx);
      if (resolution)
        out.push({ inner: call, resolution: { ...resolution, targets: resolution.targets.map((target) => ({ ...target, via: [...via, step, ...target.via] })) } });
    }
    for (const invocation of sites.invocations) {
      if (!invocationDependsOnParam(invocation))
        continue;
      for (const inner of this.calleeFunctions(invocation.callee, ctx)) {
        if (!this.isWrapper(inner))
          continue;
        const nested = this.expand(inner, invocation.args, ctx, [...via, step], nextChain);
        out.push(...nested);
        if (nested.length > 0 && this.urlArgument(inner, invocation) !== null)
          out.push({ inner: invocation, resolution: this.wrapperCall(invocation, inner, nested) });
      }
    }
    return out;
  }
  record(loc, language, expression, enclosing, resolution) {
    const targets = resolution.targets.length > 0 ? dedupeTargets(resolution.targets) : [{ url: null, host: null, zone: "unresolved", via: ["no URL could be determined"] }];
    const call = {
      file: loc.file,
      line: loc.line,
      column: loc.column,
      language,
      client: resolution.client,
      method: resolution.method,
      expression,
      kind: resolution.kind,
      enclosing,
      targets
    };
    const point = resolution.point;
    if (point && !(point.file === loc.file && point.line === loc.line && point.column === loc.column))
      call.point = { file: point.file, line: point.line, column: point.column };
    return call;
  }
  /** A call of a wrapper that passes its URL: one call, with every request the wrapper makes for it. */
  wrapperCall(invocation, fn, expansions) {
    const name = invocation.calleeText ?? fn.key;
    const first = expansions[0];
    const inner = expansions.find((expansion) => expansion.resolution.method !== null)?.resolution.method ?? null;
    const named = methodNamed(name);
    const resolution = {
      client: `wrapper:${name.length > 60 ? fn.key : name}`,
      // `api.post(url, body)` over `send(method, url)`: the method the wrapper is named for, where the request's own is
      // not known (a parameter, or fetch's default).
      method: named !== null && (inner === null || inner === "GET") ? named : inner,
      kind: "call",
      targets: expansions.flatMap((expansion) => expansion.resolution.targets)
    };
    const request = expansions.find((expansion) => !isInvocation(expansion.inner));
    if (request)
      resolution.point = request.resolution.point ?? request.inner.loc;
    else if (first?.resolution.point)
      resolution.point = first.resolution.point;
    return resolution;
  }
  /** A wrapper's own request, resolved with what its callers pass; a placeholder for the parameter where none resolves. */
  innerResolution(call, ctx, fromCallers) {
    const own2 = this.resolveFact(call, ctx);
    if (!fromCallers || fromCallers.length === 0)
      return own2;
    const targets = fromCallers.flatMap((resolution2) => resolution2.targets);
    const resolves = targets.some((target) => target.url !== null);
    const named = fromCallers.find((resolution2) => resolution2.client !== "instance") ?? fromCallers[0];
    const resolution = {
      client: own2 && own2.client !== "instance" ? own2.client : named?.client ?? call.client,
      method: call.method ?? named?.method ?? null,
      kind: call.kind,
      targets: resolves || !own2 ? targets : own2.targets
    };
    const point = own2?.point ?? fromCallers.find((caller) => caller.point)?.point;
    if (point)
      resolution.point = point;
    return resolution;
  }
  run() {
    const calls = [];
    const wrappersByInvocation = /* @__PURE__ */ new Map();
    for (const facts of this.facts) {
      for (const invocation of this.invocationsByFile.get(facts.file) ?? []) {
        const wrappers = this.topLevelFunctions(invocation.callee, facts.file).filter((fn) => this.isWrapper(fn));
        if (wrappers.length === 0)
          continue;
        wrappersByInvocation.set(invocation, wrappers);
        for (const fn of wrappers)
          this.invoked.add(`${fn.file}#${fn.key}`);
      }
    }
    const representedElsewhere = (file, fn, dependent) => dependent && fn !== void 0 && this.invoked.has(`${file}#${fn}`);
    const fromCallers = /* @__PURE__ */ new Map();
    const addFromCaller = (expansions, caller) => {
      for (const { inner, resolution } of expansions) {
        const list = fromCallers.get(inner) ?? [];
        list.push({ ...resolution, targets: resolution.targets.map((target) => ({ ...target, via: [caller, ...target.via] })) });
        fromCallers.set(inner, list);
      }
    };
    for (const facts of this.facts) {
      const language = facts.language;
      const ctx = this.topLevel(facts.file);
      for (const invocation of this.invocationsByFile.get(facts.file) ?? []) {
        const wrappers = wrappersByInvocation.get(invocation);
        const caller = `called from ${at2(invocation.loc)}:${invocation.loc.column}`;
        if (!wrappers && this.performers.size > 0) {
          for (const fn of this.topLevelFunctions(invocation.callee, facts.file)) {
            const described = this.expandDescription(fn, invocation, ctx);
            if (!described)
              continue;
            addFromCaller(described.expansions, caller);
            const expression = invocation.argTexts?.[described.urlIndex] ?? invocation.expression;
            calls.push(this.record(invocation.loc, language, expression, invocation.enclosing, this.wrapperCall(invocation, fn, described.expansions)));
          }
        }
        if (!wrappers || representedElsewhere(facts.file, invocation.fn, invocationDependsOnParam(invocation)))
          continue;
        for (const fn of wrappers) {
          const expansions = this.expand(fn, invocation.args, ctx, [], /* @__PURE__ */ new Set());
          addFromCaller(expansions, caller);
          const urlIndex = this.urlArgument(fn, invocation);
          if (urlIndex === null || expansions.length === 0 || isBareParam(invocation.args[urlIndex]) || isNumberLiteral(invocation.args[urlIndex]))
            continue;
          const expression = invocation.argTexts?.[urlIndex] ?? invocation.expression;
          calls.push(this.record(invocation.loc, language, expression, invocation.enclosing, this.wrapperCall(invocation, fn, expansions)));
        }
      }
    }
    for (const facts of this.facts) {
      const language = facts.language;
      const ctx = this.topLevel(facts.file);
      for (const call of this.callsByFile.get(facts.file) ?? []) {
        const viaCallers = representedElsewhere(facts.file, call.fn, callDependsOnParam(call)) ? fromCallers.get(call) : void 0;
        const resolution = this.innerResolution(call, ctx, viaCallers);
        if (resolution)
          calls.push(this.record(call.loc, language, call.expression, call.enclosing, resolution));
      }
      for (const invocation of this.invocationsByFile.get(facts.file) ?? []) {
        const wrappers = wrappersByInvocation.get(invocation);
        if (!wrappers || !representedElsewhere(facts.file, invocation.fn, invocationDependsOnParam(invocation)))
          continue;
        for (const fn of wrappers) {
          const urlIndex = this.urlArgument(fn, invocation);
          if (urlIndex === null || isPassedOn(invocation.args[urlIndex]))
            continue;
          const viaCallers = fromCallers.get(invocation) ?? [];
          const resolves = viaCallers.some((resolution2) => resolution2.targets.some((target) => target.url !== null));
          const resolution = resolves ? mergeResolutions(viaCallers) : this.wrapperCall(invocation, fn, this.expand(fn, invocation.args, ctx, [], /* @__PURE__ */ new Set()));
          if (resolution.targets.length === 0)
            continue;
          calls.push(this.record(invocation.loc, language, invocation.argTexts?.[urlIndex] ?? invocation.expression, invocation.enclosing, resolution));
        }
      }
    }
    calls.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || a.client.localeCompare(b.client));
    return { calls, unboundEnv: [...this.evaluator.unboundEnv].sort(), problems: this.evaluator.problems, packageNames: this.packageNames };
  }
};
function inheritHttpInterfaces(facts, resolveModule) {
  const byFile = new Map(facts.map((fileFacts) => [fileFacts.file, fileFacts]));
  let declaringFiles = null;
  const declaringByName = (key) => {
    if (declaringFiles === null) {
      declaringFiles = /* @__PURE__ */ new Map();
      for (const candidate of facts) {
        for (const symbol of Object.keys(candidate.symbols)) {
          if (!symbol.startsWith(HTTP_INTERFACE_MAPPINGS))
            continue;
          const list = declaringFiles.get(symbol) ?? [];
          list.push(candidate);
          declaringFiles.set(symbol, list);
        }
      }
    }
    return declaringFiles.get(key) ?? [];
  };
  const out = /* @__PURE__ */ new Map();
  for (const fileFacts of facts) {
    for (const { client, parents } of inheritingClients(fileFacts)) {
      const clientSym = fileFacts.symbols[client];
      if (clientSym?.kind !== "client")
        continue;
      for (const parent of parents) {
        const key = `${HTTP_INTERFACE_MAPPINGS}${parent.name}`;
        const resolved = parent.module === null ? fileFacts.file : resolveModule(parent.module, fileFacts.file);
        let declaring = resolved === null ? void 0 : byFile.get(resolved);
        if (!declaring?.symbols[key]) {
          const named = declaringByName(key);
          declaring = named.length === 1 ? named[0] : void 0;
        }
        if (!declaring)
          continue;
        const list = out.get(declaring.file) ?? [];
        for (const mapping of interfaceMappings(declaring, parent.name))
          list.push({ ...mapping, client: clientSym.client, receiver: clientSym });
        out.set(declaring.file, list);
      }
    }
  }
  return out;
}
function sdkConfigurations(facts) {
  const out = [];
  for (const binding of facts.bindings) {
    if (binding.type !== "config" || binding.configMap !== void 0)
      continue;
    const sdk = sdkOfConfigKey(binding.name);
    const url = binding.source === "spring" && binding.workload !== void 0 && !binding.value.includes("${") ? { kind: "step", label: `${binding.name} in the configuration of '${binding.workload}'`, at: binding.loc, value: { kind: "lit", value: binding.value } } : { kind: "config", key: binding.name };
    if (sdk)
      out.push({ kind: "client-config", loc: binding.loc, client: sdk, method: null, expression: binding.name, url, enclosing: "<config>", bindingAt: binding.loc });
    for (const url2 of configServerImports(binding.name, binding.value)) {
      out.push({ kind: "client-config", loc: binding.loc, client: "spring-cloud-config", method: null, expression: binding.name, url: { kind: "lit", value: url2 }, enclosing: "<config>" });
    }
  }
  return out;
}
function configServerImports(key, value) {
  if (!/^spring\.config\.import(\[\d+\])?$/i.test(key))
    return [];
  return value.split(",").flatMap((item) => /^\s*(?:optional:)?configserver:(\S+)\s*$/i.exec(item)?.[1] ?? []);
}
function readOnce(read) {
  const texts = /* @__PURE__ */ new Map();
  return (file) => {
    if (!texts.has(file))
      texts.set(file, read(file));
    return texts.get(file) ?? null;
  };
}
function isNumberLiteral(sym) {
  const value = withoutSteps(sym);
  return value?.kind === "lit" && /^-?\d+(?:\.\d+)?$/.test(value.value);
}
function isBareParam(sym) {
  const value = withoutSteps(sym);
  return value?.kind === "param" && !value.outer && value.member.length === 0;
}
function isPassedOn(sym) {
  const value = withoutSteps(sym);
  return value?.kind === "param" && !value.outer;
}
function mergeResolutions(resolutions) {
  const first = resolutions[0];
  const merged = { ...first, targets: resolutions.flatMap((resolution) => resolution.targets) };
  return merged;
}
function packageNamesOf(facts, readText) {
  const names = {};
  for (const service of mergeServices(facts.flatMap((fileFacts) => fileFacts.services))) {
    if (Object.hasOwn(names, service.root))
      continue;
    const text = readText(service.root === "" ? "package.json" : `${service.root}/package.json`);
    if (text === null)
      continue;
    try {
      const manifest = JSON.parse(text);
      const name = typeof manifest === "object" && manifest !== null ? manifest["name"] : void 0;
      if (typeof name === "string" && name !== "")
        names[service.root] = name;
    } catch {
    }
  }
  return names;
}
function resolveCalls(input) {
  return new CallResolver(input).run();
}

// dist/resolve/wrapper-callers.js
function lastSegment2(key) {
  return key.slice(key.lastIndexOf(".") + 1);
}
function calleeName(callee) {
  if (callee.kind !== "ref")
    return null;
  const member = callee.member.at(-1);
  return member ?? lastSegment2(callee.name);
}
function wrapperNames(facts) {
  const names = /* @__PURE__ */ new Map();
  const namesOf = (language) => {
    let set = names.get(language);
    if (!set)
      names.set(language, set = /* @__PURE__ */ new Set());
    return set;
  };
  for (const file of facts) {
    for (const call of file.calls) {
      if (call.fn !== void 0 && (dependsOnParam(call.url) || dependsOnParam(call.receiver)))
        namesOf(file.language).add(lastSegment2(call.fn));
    }
  }
  const forwarding = facts.flatMap((file) => file.invocations.flatMap((invocation) => {
    const callee = calleeName(invocation.callee);
    return invocation.fn !== void 0 && callee !== null && invocationDependsOnParam(invocation) ? [{ language: file.language, fn: lastSegment2(invocation.fn), callee }] : [];
  }));
  for (let grew = true; grew; ) {
    grew = false;
    for (const { language, fn, callee } of forwarding) {
      const set = namesOf(language);
      if (set.has(callee) && !set.has(fn)) {
        set.add(fn);
        grew = true;
      }
    }
  }
  return names;
}
function filesCallingWrappers(facts) {
  const languages = new Set(facts.flatMap((file) => file.calledNames ? [file.language] : []));
  if (languages.size === 0)
    return [];
  const wrappers = wrapperNames(facts.filter((file) => languages.has(file.language)));
  const out = [];
  for (const file of facts) {
    const names = wrappers.get(file.language);
    if (file.calledNames && names && file.calledNames.some((name) => names.has(name)))
      out.push(file.file);
  }
  return out.sort();
}

// dist/resolve/gateway-routes.js
var GATEWAY_IMAGES = /* @__PURE__ */ new Set(["envoy", "envoyproxy/envoy", "traefik", "kong", "kong/kong-gateway", "devopsfaith/krakend", "tykio/tyk-gateway", "apache/apisix"]);
function imageRepository(image) {
  const withoutTag = (image.split("@")[0] ?? image).replace(/:[^/:]*$/, "");
  const parts = withoutTag.split("/");
  if (parts.length > 1 && /[.:]|^localhost$/.test(parts[0] ?? ""))
    parts.shift();
  if (parts[0] === "library")
    parts.shift();
  return parts.join("/").toLowerCase();
}
var SPRING_ROUTE = /^(spring\.cloud\.gateway(?:\.server\.webflux|\.server\.webmvc|\.mvc)?\.routes\[\d+\])\.uri$/;
var ZUUL_ROUTE = /^(zuul\.routes\.[^.]+)\.(url|service-id|serviceId)$/;
var ZUUL_SHORT_ROUTE = /^zuul\.routes\.([^.]+)$/;
var YARP_DESTINATION = /^ReverseProxy:Clusters:([^:]+):Destinations:[^:]+:Address$/i;
function springPath(prefix, bindings) {
  for (const binding of bindings) {
    if (!binding.name.startsWith(`${prefix}.predicates[`))
      continue;
    const match = /^\s*Path\s*=\s*([^,\s]+)/.exec(binding.value);
    if (match?.[1])
      return match[1];
    if (/\.args\.(?:pattern|_genkey_0)$/.test(binding.name) && bindings.some((other) => other.name === binding.name.replace(/\.args\..*$/, ".name") && other.value === "Path"))
      return binding.value;
  }
  return null;
}
function withVariables(target, envValues) {
  let complete = true;
  const filled = target.replace(/\$\{([A-Za-z_][\w.-]*)(?::-?([^}]*))?\}/g, (_, name, fallback) => {
    const values = envValues.get(name);
    if (values?.size === 1)
      return [...values][0];
    if (fallback !== void 0 && !values)
      return fallback;
    complete = false;
    return "";
  });
  return complete && !filled.includes("${") ? filled : null;
}
function readGatewayRoutes(facts, services, modules) {
  const hosts = serviceHosts(services);
  let envValues = null;
  const deploymentEnv = () => {
    if (envValues)
      return envValues;
    envValues = /* @__PURE__ */ new Map();
    for (const fileFacts of facts) {
      for (const binding of fileFacts.bindings) {
        if (binding.type !== "env" || binding.ref || binding.value.trim() === "" || binding.value.includes("$"))
          continue;
        const values = envValues.get(binding.name) ?? /* @__PURE__ */ new Set();
        values.add(binding.value);
        envValues.set(binding.name, values);
      }
    }
    return envValues;
  };
  const builtHosts = moduleHosts(facts, modules);
  let workloads = null;
  const forwardedBy = (route) => {
    if (route.workload !== void 0)
      return route.workload;
    workloads ??= facts.flatMap((fileFacts) => fileFacts.workloads ?? []);
    const { file } = route.loc;
    const mounting = route.configMap === void 0 ? workloads.find((workload) => workload.mounts?.some((mount) => file === mount || file.startsWith(`${mount}/`))) : workloads.find((workload) => workload.configMaps?.includes(route.configMap ?? ""));
    return mounting?.name;
  };
  const routes = [];
  const ownerOf = (binding) => {
    const named = binding.workload === void 0 ? void 0 : services.find((service) => service.name === binding.workload)?.name ?? moduleForHost(binding.workload, modules)?.name ?? (binding.mounted ? binding.workload : void 0);
    return named ?? serviceForFile(binding.loc.file, services)?.name ?? moduleForFile(binding.loc.file, modules)?.name ?? null;
  };
  for (const fileFacts of facts) {
    const bindings = fileFacts.bindings.filter((binding) => binding.type === "config");
    const add = (binding, target, path2) => {
      const route = { gateway: ownerOf(binding), path: path2, target, loc: binding.loc };
      const written = target.includes("${") ? withVariables(target, deploymentEnv()) : target;
      const resolved = written === null ? null : targetOf({ t: "str", parts: [written], via: [] });
      const host = resolved?.host;
      const service = host ? serviceForHost(host, hosts) ?? moduleNameForHost(host, modules, builtHosts) : void 0;
      if (service)
        route.service = service;
      routes.push(route);
    };
    for (const route of fileFacts.routes ?? []) {
      const workload = forwardedBy(route);
      add(workload === void 0 ? { loc: route.loc } : { loc: route.loc, workload, mounted: true }, route.target, route.path);
    }
    for (const binding of bindings) {
      const spring = SPRING_ROUTE.exec(binding.name);
      if (spring?.[1]) {
        add(binding, binding.value, springPath(spring[1], bindings));
        continue;
      }
      const zuul = ZUUL_ROUTE.exec(binding.name);
      if (zuul?.[1]) {
        const path2 = bindings.find((other) => other.name === `${zuul[1]}.path`)?.value ?? null;
        add(binding, zuul[2] === "url" ? binding.value : `lb://${binding.value}`, path2);
        continue;
      }
      const zuulShort = ZUUL_SHORT_ROUTE.exec(binding.name);
      if (zuulShort?.[1] && binding.value.startsWith("/")) {
        add(binding, `lb://${zuulShort[1]}`, binding.value);
        continue;
      }
      const yarp = YARP_DESTINATION.exec(binding.name);
      if (yarp?.[1]) {
        const cluster = yarp[1];
        const route = bindings.find((other) => /^ReverseProxy:Routes:[^:]+:ClusterId$/i.test(other.name) && other.value === cluster);
        const path2 = route ? bindings.find((other) => other.name.toLowerCase() === `${route.name.slice(0, -":ClusterId".length)}:Match:Path`.toLowerCase())?.value ?? null : null;
        add(binding, binding.value, path2);
      }
    }
  }
  routes.sort((a, b) => (a.loc.file < b.loc.file ? -1 : a.loc.file > b.loc.file ? 1 : 0) || a.loc.line - b.loc.line || a.loc.column - b.loc.column || (a.target < b.target ? -1 : a.target > b.target ? 1 : 0));
  const gateways = /* @__PURE__ */ new Set();
  for (const route of routes)
    if (route.gateway !== null)
      gateways.add(route.gateway);
  for (const service of services)
    if (service.kind === "gateway")
      gateways.add(service.name);
  for (const workload of facts.flatMap((fileFacts) => fileFacts.workloads ?? [])) {
    if ((workload.images ?? []).some((image) => GATEWAY_IMAGES.has(imageRepository(image))))
      gateways.add(workload.name);
  }
  return { routes, gateways: [...gateways].sort() };
}

// dist/catalog/annotate.js
function annotateApis(calls, catalog, entrypoints) {
  if (catalog.length === 0)
    return calls.map((call) => ({ ...call }));
  return calls.map((call) => ({
    ...call,
    targets: call.targets.map((target) => {
      if (target.url === null)
        return target;
      const match = matchGatewayApi(target.url, catalog, entrypoints);
      return match ? { ...target, api: match.api.name } : target;
    })
  }));
}

// dist/fix/literals.js
function withContentHashes(findings, contentOf) {
  return findings.map((finding) => {
    if (!finding.fix || finding.fix.contentHash !== void 0)
      return finding;
    const content = contentOf(finding.fix.file);
    return typeof content === "string" ? { ...finding, fix: { ...finding.fix, contentHash: contentHash(content) } } : finding;
  });
}
function offsetOf(content, line, column) {
  if (line < 1 || column < 1)
    return null;
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const next = content.indexOf("\n", offset);
    if (next === -1)
      return null;
    offset = next + 1;
  }
  const end = content.indexOf("\n", offset);
  const lineLength = (end === -1 ? content.length : end) - offset;
  return column - 1 <= lineLength ? offset + column - 1 : null;
}
function literalOffset(content, loc, text) {
  if (text === "")
    return null;
  const start = offsetOf(content, loc.line, loc.column);
  if (start === null)
    return null;
  if (content.startsWith(text, start))
    return start;
  const quote = content[start];
  if ((quote === '"' || quote === "'") && content.startsWith(text, start + 1))
    return start + 1;
  const lineEnd = content.indexOf("\n", start);
  const rest = content.slice(start, lineEnd === -1 ? content.length : lineEnd);
  const first = rest.indexOf(text);
  if (first === -1 || rest.indexOf(text, first + 1) !== -1)
    return null;
  return start + first;
}
function bindingsByLoc(facts) {
  const byLoc = /* @__PURE__ */ new Map();
  for (const binding of facts.flatMap((fileFacts) => fileFacts.bindings)) {
    const key = `${binding.loc.file}:${binding.loc.line}:${binding.loc.column}`;
    byLoc.set(key, [...byLoc.get(key) ?? [], binding]);
  }
  return byLoc;
}
async function attachBindingLiterals(calls, facts, readContent) {
  const byLoc = bindingsByLoc(facts);
  const contents = /* @__PURE__ */ new Map();
  const contentOf = (file) => {
    let content = contents.get(file);
    if (!content) {
      content = readContent(file).catch(() => null);
      contents.set(file, content);
    }
    return content;
  };
  const result = [];
  for (const call of calls) {
    const targets = [];
    for (const target of call.targets) {
      if (target.literal || !target.binding || target.url === null) {
        targets.push(target);
        continue;
      }
      const { file, line, column } = target.binding;
      const candidates2 = byLoc.get(`${file}:${line}:${column}`) ?? [];
      const values = [...new Set(candidates2.map((binding) => binding.value))];
      const value = values.length === 1 ? values[0] : void 0;
      const usable = value !== void 0 && !value.includes("${") && /^https?:\/\/[^/\s]/i.test(value) && target.url.toLowerCase().startsWith(value.replace(/\/+$/, "").toLowerCase());
      const content = usable ? await contentOf(file) : null;
      const offset = content !== null && value !== void 0 ? literalOffset(content, target.binding, value) : null;
      if (offset === null || content === null || value === void 0) {
        targets.push(target);
        continue;
      }
      const before = content.slice(0, offset);
      const literalLine = before.split("\n").length;
      const literalColumn = offset - before.lastIndexOf("\n");
      targets.push({ ...target, literal: { file, line: literalLine, column: literalColumn, offset, text: value } });
    }
    result.push({ ...call, targets });
  }
  return result;
}
var VIA_PLACE = /\(([^()\s]+):(\d+)(?:, [^()]*)?\)/g;
var QUOTED = /(['"`])((?:\\.|(?!\1)[^\\])*)\1/g;
async function attachCodeLiterals(calls, readContent) {
  const contents = /* @__PURE__ */ new Map();
  const contentOf = (file) => {
    let content = contents.get(file);
    if (!content) {
      content = readContent(file).catch(() => null);
      contents.set(file, content);
    }
    return content;
  };
  const result = [];
  for (const call of calls) {
    const targets = [];
    for (const target of call.targets) {
      if (target.literal || target.binding || target.url === null || !/^https?:\/\//i.test(target.url)) {
        targets.push(target);
        continue;
      }
      const places = /* @__PURE__ */ new Map([[`${call.file}:${call.line}`, { file: call.file, line: call.line }]]);
      for (const step of target.via) {
        for (const match of step.matchAll(VIA_PLACE)) {
          const file = match[1] ?? "";
          const line = Number(match[2]);
          places.set(`${file}:${line}`, { file, line });
        }
      }
      const found = /* @__PURE__ */ new Map();
      for (const place of places.values()) {
        const content = await contentOf(place.file);
        if (content === null)
          continue;
        for (const literal of urlLiteralsOnLine(content, place.file, place.line)) {
          if (target.url.toLowerCase().startsWith(literal.text.toLowerCase()))
            found.set(`${literal.file}:${literal.offset}`, literal);
        }
      }
      const [only] = found.values();
      targets.push(found.size === 1 && only ? { ...target, literal: only } : target);
    }
    result.push({ ...call, targets });
  }
  return result;
}
function urlLiteralsOnLine(content, file, line) {
  const start = offsetOf(content, line, 1);
  if (start === null)
    return [];
  const end = content.indexOf("\n", start);
  const text = content.slice(start, end === -1 ? content.length : end);
  const literals = [];
  for (const match of text.matchAll(QUOTED)) {
    const quote = match[1] ?? "";
    let value = match[2] ?? "";
    if (quote === "`")
      value = value.split("${")[0] ?? "";
    if (!/^https?:\/\/[^/\s'"`]+/i.test(value) || value.includes("\\"))
      continue;
    const column = (match.index ?? 0) + 2;
    literals.push({ file, line, column, offset: start + column - 1, text: value });
  }
  return literals;
}
async function attachLiterals(calls, facts, readContent) {
  return attachCodeLiterals(await attachBindingLiterals(calls, facts, readContent), readContent);
}

// dist/judge/zone-summary.js
var SUMMARY_ZONES = ["gateway", "esb", "internal", "external", "local", "self", "unknown", "unresolved"];
function zoneSummary(calls) {
  const zones = Object.fromEntries(SUMMARY_ZONES.map((zone) => [zone, 0]));
  const hosts = /* @__PURE__ */ new Map();
  for (const call of calls) {
    const reached = new Set(call.targets.length === 0 ? ["unresolved"] : call.targets.map((target) => target.zone));
    for (const zone of reached)
      zones[zone] += 1;
    const noZone = new Set(call.targets.flatMap((target) => target.zone === "unknown" && target.host ? [target.host] : []));
    for (const host of noZone)
      hosts.set(host, (hosts.get(host) ?? 0) + 1);
  }
  const noZoneHosts = [...hosts].map(([host, count]) => ({ host, calls: count })).sort((a, b) => b.calls - a.calls || (a.host < b.host ? -1 : a.host > b.host ? 1 : 0));
  return { zones, noZoneHosts };
}

// dist/pipeline.js
function readTextOrNull(root, relative) {
  try {
    return readFileSync(path.join(root, relative), "utf8");
  } catch {
    return null;
  }
}
async function mapWithConcurrency(items, limit, work) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
function relativeToRoot(root, file) {
  const relative = path.relative(root, file);
  return relative.startsWith("..") || path.isAbsolute(relative) ? toPosix(file) : toPosix(relative);
}
function statedBindings(config, root) {
  return config.bindings.map((stated) => {
    return {
      type: /[.:]/.test(stated.name) ? "config" : "env",
      name: stated.name,
      value: stated.value,
      loc: { file: relativeToRoot(root, stated.file), line: stated.line, column: 1 },
      source: "arch-lint-config",
      environment: stated.environment ?? "prod",
      service: stated.service ?? null,
      reason: stated.reason
    };
  });
}
async function runPipeline(input) {
  const { options, cwd, root, paths, config, changed, now, cacheFile, discovered } = input;
  const problems = [];
  let cache = null;
  if (options.resident) {
    cache = options.resident.facts;
    cache.beginRun();
  } else if (cacheFile !== null) {
    const opened = await FactsCache.open(cacheFile, root, input.toolVersion);
    if (opened.problem)
      problems.push(opened.problem);
    cache = opened.cache;
  }
  const context = { cache, problems, concurrency: options.concurrency ?? 8, onProgress: options.onProgress };
  let collected;
  if (discovered === null) {
    collected = await collectStagedFacts(root, config.include, config.exclude, input.stagedIndex, context);
  } else {
    problems.push(...discovered.problems);
    const extracted = await extractAll(discovered.files.map((file) => ({ file, content: null })), context, { done: 0, total: discovered.files.length });
    const byPath = new Map(discovered.files.map((file) => [file.path, file]));
    const facts2 = await withWrapperCallers(extracted, (file) => byPath.get(file), () => null, context);
    collected = { facts: facts2, problems, reported: null };
  }
  const facts = collected.facts;
  for (const fileFacts of facts)
    problems.push(...fileFacts.problems);
  const wholeRoot = !options.staged && paths.every((given) => path.resolve(cwd, given) === root);
  if (cache)
    await cache.save({ prune: wholeRoot }).catch((error) => problems.push(cacheWriteProblem(cache.file, error)));
  const resident = options.resident && discovered !== null && changed === null && !options.staged && (options.suppressionPasses ?? []).length === 0 && config.gateway.catalog.length === 0 ? options.resident : null;
  const stageKey = resident ? memoKey({
    root,
    paths,
    config,
    day: now.toISOString().slice(0, 10),
    rules: options.rules ?? null,
    reportUnusedDisableDirectives: options.reportUnusedDisableDirectives === true,
    baseline: options.baseline ?? null,
    baselineFile: options.baselineFile ?? null,
    packageDirs: discovered?.packageDirs ?? null,
    moduleConfigs: discovered?.moduleConfigs ?? null,
    problems
  }) : null;
  if (resident && stageKey !== null) {
    const memo = resident.lastOutput;
    if (memo && memo.key === stageKey && sameFacts(memo.facts, facts) && readsUnchanged(memo.reads, (file) => readTextOrNull(root, file))) {
      resident.reusedOutputs = (resident.reusedOutputs ?? 0) + 1;
      return structuredClone(memo.output);
    }
  }
  const reads = /* @__PURE__ */ new Map();
  const allReads = resident ? /* @__PURE__ */ new Map() : null;
  const discoveredPaths = input.trackReads && discovered ? new Set(discovered.files.map((file) => file.path)) : null;
  const readInput = (file) => {
    const text = readTextOrNull(root, file);
    const forResultCache = discoveredPaths !== null && !discoveredPaths.has(file) && !reads.has(file);
    const forMemo = allReads !== null && !allReads.has(file);
    if (forResultCache || forMemo) {
      const hash = text === null ? null : contentHash(text);
      if (forResultCache)
        reads.set(file, hash);
      if (forMemo)
        allReads.set(file, hash);
    }
    return text;
  };
  const resolved = resolveCalls({ facts, bindings: statedBindings(config, root), readText: readInput, ...discovered?.packageDirs ? { packageDirs: discovered.packageDirs, moduleConfigs: discovered.moduleConfigs ?? [] } : {} });
  problems.push(...resolved.problems);
  const attributed = attributeServices(resolved.calls, facts, { packageNames: resolved.packageNames });
  const services = checkOpenApiFiles(attributed.services, readInput);
  const gateway = readGatewayRoutes(facts, services, attributed.modules);
  const catalog = config.gateway.catalog.length > 0 ? await (await import("./load-C7T6DAXH.js")).loadCatalogFromGlobs(config.gateway.catalog, config.baseDir) : { apis: [], problems: [], read: [] };
  problems.push(...catalog.problems);
  let calls = annotateApis(attributed.calls, catalog.apis, config.gateway.entrypoints);
  const literalSources = /* @__PURE__ */ new Map();
  const readLiteralSource = (file) => {
    if (!literalSources.has(file))
      literalSources.set(file, readInput(file));
    return literalSources.get(file) ?? null;
  };
  if (catalog.apis.length > 0)
    calls = await attachLiterals(calls, facts, async (file) => readLiteralSource(file));
  const suppressionPasses2 = [
    directiveSuppressionPass({ reportUnused: options.reportUnusedDisableDirectives === true }),
    suppressWaivedFindings,
    ...options.suppressionPasses ?? []
  ];
  let baselineOutcome = null;
  if (options.baseline)
    suppressionPasses2.push(baselineSuppressionPass(options.baseline, (outcome) => baselineOutcome = outcome));
  const judged = judge({ calls, facts, services, catalog: catalog.apis, config, now, ruleOverrides: options.rules, problems, suppressionPasses: suppressionPasses2, gatewayServices: gateway.gateways });
  judged.findings = withContentHashes(judged.findings, (file) => literalSources.get(file));
  if (judged.rules.some((rule) => rule.id === "invalid-manifest")) {
    for (let index = problems.length - 1; index >= 0; index--)
      if (problems[index].code === "invalid-manifest")
        problems.splice(index, 1);
  }
  const live = judged.findings.filter((finding) => !finding.suppressed);
  const configFile = config.file === null ? null : relativeToRoot(root, config.file);
  const full = {
    version: 1,
    tool: { name: "arch-lint", version: input.toolVersion },
    root,
    config: { file: configFile, extends: config.extends },
    calls: judged.calls,
    findings: judged.findings,
    problems: problems.sort(compareProblems),
    rules: judged.rules,
    unboundEnv: resolved.unboundEnv,
    summary: {
      files: facts.length,
      calls: judged.calls.length,
      errors: live.filter((finding) => finding.severity === "error").length,
      warnings: live.filter((finding) => finding.severity === "warning").length,
      suppressed: judged.findings.length - live.length,
      ...zoneSummary(judged.calls)
    }
  };
  if (gateway.routes.length > 0)
    full.gatewayRoutes = gateway.routes;
  let result = full;
  if (collected.reported) {
    const staged = collected.reported;
    result = restrictResult(full, () => true, staged);
    result.summary.files = staged.size;
    result.scope = { kind: "staged", files: [...staged].sort() };
  } else if (changed) {
    result = restrictResult(full, (finding) => isOnChangedLines(finding, finding.callIndex === void 0 ? void 0 : full.calls[finding.callIndex], changed), null);
    result.problems = result.problems.filter((problem) => problem.file === null || changed.has(problem.file));
    result.scope = { kind: "changed-since", ref: options.changedSince, files: [...changed.keys()].sort() };
  }
  result.landscape = buildLandscape({ result: full, services, catalog: catalog.apis, zoneOf: (host) => classifyHost(host, config.zones) });
  if (options.baseline) {
    const outcome = baselineOutcome;
    const summary = {
      file: options.baselineFile === void 0 ? null : relativeToRoot(root, path.resolve(cwd, options.baselineFile)),
      baselined: result.findings.filter((finding) => finding.suppressed?.kind === "baseline").length,
      // A staged run, or a scan of some files, sees part of the code: entries for the rest would all look stale.
      stale: wholeRoot && outcome ? outcome.stale : []
    };
    result.baseline = summary;
  }
  const output = { result, reads, catalogRead: catalog.read };
  if (resident && stageKey !== null && allReads) {
    resident.lastOutput = result.problems.some((problem) => problem.severity === "error") ? void 0 : { key: stageKey, facts: [...facts], reads: allReads, output: structuredClone(output) };
  }
  return output;
}
function compareProblems(a, b) {
  const fileA = a.file ?? "";
  const fileB = b.file ?? "";
  return (fileA < fileB ? -1 : fileA > fileB ? 1 : 0) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}
async function factsOf(file, content, context) {
  const { cache } = context;
  let info = null;
  if (cache && content === null) {
    try {
      info = file.stat ?? statSync(file.absPath);
      const known = cache.lookupByStat(file, info);
      if (known)
        return known;
    } catch {
    }
  }
  const readAt = Date.now();
  const text = await textOf(file, content, context);
  if (text === null)
    return null;
  if (!cache)
    return extractFile(file, text);
  const cached = cache.lookupByContent(file, text);
  if (cached.facts)
    return cached.facts;
  const facts = await extractFile(file, text);
  cache.store(file, cached.hash, info, facts, readAt);
  return facts;
}
async function textOf(file, content, context) {
  if (content !== null)
    return content;
  const read = await readDiscoveredFile(file);
  if ("problem" in read) {
    context.problems.push(read.problem);
    return null;
  }
  return read.content;
}
async function withWrapperCallers(facts, fileAt, contentOf, context) {
  const parsed = /* @__PURE__ */ new Set();
  let current = facts;
  for (; ; ) {
    const paths = filesCallingWrappers(current).filter((file) => !parsed.has(file));
    if (paths.length === 0)
      return current;
    for (const file of paths)
      parsed.add(file);
    const reread = await mapWithConcurrency(paths, context.concurrency, async (file) => {
      const discovered = fileAt(file);
      const text = discovered ? await textOf(discovered, contentOf(file), context) : null;
      return discovered && text !== null ? extractFile(discovered, text, { force: true }) : null;
    });
    const replaced = new Map(reread.flatMap((fileFacts) => fileFacts ? [[fileFacts.file, fileFacts]] : []));
    current = current.map((fileFacts) => replaced.get(fileFacts.file) ?? fileFacts);
  }
}
async function extractAll(items, context, progress) {
  const extracted = await mapWithConcurrency(items, context.concurrency, async (item) => {
    const facts = await factsOf(item.file, item.content, context);
    progress.done++;
    context.onProgress?.(progress.done, progress.total);
    return facts;
  });
  return extracted.filter((fileFacts) => fileFacts !== null);
}
function referencedModules(facts) {
  const modules = new Set(facts.reexports);
  visitSyms(facts, (sym) => {
    if (sym.kind === "ref" && sym.module !== null)
      modules.add(sym.module);
  });
  return modules;
}
async function collectStagedFacts(root, include, exclude, index, context) {
  const selection = await selectStagedFiles({ root, include, exclude, ...index ? { index } : {} });
  context.problems.push(...selection.problems);
  const stagedContent = new Map(selection.staged.map((entry) => [entry.file.path, entry.content]));
  const reported = /* @__PURE__ */ new Set([...selection.staged.map((entry) => entry.file.path), ...selection.problems.flatMap((problem) => problem.file === null ? [] : [problem.file])]);
  if (reported.size === 0)
    return { facts: [], problems: context.problems, reported };
  const projectModules = readProjectModules(selection.staged.map((entry) => entry.file.path), (file) => readTextOrNull(root, file));
  const sourceFiles = { has: (candidate) => selection.sourceFile(candidate) !== void 0, projectModules };
  const queued = /* @__PURE__ */ new Set();
  const manifestTexts = /* @__PURE__ */ new Map();
  const textOf2 = (file) => {
    if (!manifestTexts.has(file.path))
      manifestTexts.set(file.path, readManifestOfStagedRun(file));
    return manifestTexts.get(file.path) ?? null;
  };
  const normalizedTexts = /* @__PURE__ */ new Map();
  const normalizedTextOf = (file, text) => {
    let normalized = normalizedTexts.get(file);
    if (normalized === void 0)
      normalizedTexts.set(file, normalized = normalizedName(text));
    return normalized;
  };
  const toExtract = (file, read) => ({ file, content: "problem" in read ? null : read.content });
  let pendingManifests = selection.manifests.filter((file) => !alwaysParsedInStagedRun(file));
  let wave = [...selection.staged.map((entry) => ({ file: entry.file, content: entry.content }))];
  for (const file of selection.manifests.filter(alwaysParsedInStagedRun)) {
    const read = textOf2(file);
    if (read)
      wave.push(toExtract(file, read));
  }
  for (const item of wave)
    queued.add(item.file.path);
  const progress = { done: 0, total: wave.length };
  const facts = [];
  while (wave.length > 0) {
    const extracted = await extractAll(wave, context, progress);
    facts.push(...extracted);
    const next = [];
    for (const fileFacts of extracted) {
      const resolver = moduleResolvers[fileFacts.language];
      if (!resolver)
        continue;
      for (const specifier of [...referencedModules(fileFacts)].sort()) {
        const target = resolver.resolve(specifier, fileFacts.file, sourceFiles);
        if (target === null || queued.has(target))
          continue;
        queued.add(target);
        next.push({ file: selection.sourceFile(target), content: stagedContent.get(target) ?? null });
      }
    }
    if (next.length === 0 && pendingManifests.length > 0) {
      const needles = manifestNeedles(facts);
      const waiting = [];
      for (const file of pendingManifests) {
        const read = textOf2(file);
        if (read === null)
          continue;
        if ("problem" in read || manifestMayMatter(file, read.content, needles, () => normalizedTextOf(file.path, read.content)))
          next.push(toExtract(file, read));
        else
          waiting.push(file);
      }
      pendingManifests = waiting;
    }
    progress.total += next.length;
    wave = next;
  }
  const withCallers = await withWrapperCallers(facts, (file) => selection.sourceFile(file), (file) => stagedContent.get(file) ?? null, context);
  return { facts: withCallers, problems: context.problems, reported };
}
function restrictResult(result, keepFinding, files) {
  let calls = result.calls;
  let findings = result.findings.filter(keepFinding);
  let problems = result.problems;
  if (files) {
    const renumbered = /* @__PURE__ */ new Map();
    calls = [];
    result.calls.forEach((call, index) => {
      if (!files.has(call.file))
        return;
      renumbered.set(index, calls.length);
      calls.push(call);
    });
    findings = findings.filter((finding) => files.has(finding.file)).map((finding) => {
      if (finding.callIndex === void 0)
        return finding;
      const callIndex = renumbered.get(finding.callIndex);
      if (callIndex !== void 0)
        return { ...finding, callIndex };
      const { callIndex: _dropped, ...rest } = finding;
      return rest;
    });
    problems = problems.filter((problem) => problem.file === null || files.has(problem.file));
  }
  const live = findings.filter((finding) => !finding.suppressed);
  return {
    ...result,
    calls,
    findings,
    problems,
    summary: {
      ...result.summary,
      calls: calls.length,
      errors: live.filter((finding) => finding.severity === "error").length,
      warnings: live.filter((finding) => finding.severity === "warning").length,
      suppressed: findings.length - live.length,
      ...zoneSummary(calls)
    }
  };
}
export {
  runPipeline
};
//# sourceMappingURL=pipeline-GTLW5OFT.js.map
