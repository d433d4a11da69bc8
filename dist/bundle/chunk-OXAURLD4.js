import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  yaml
} from "./chunk-ND36G54U.js";
import {
  validateConfig
} from "./chunk-JHCQOTT6.js";
import {
  NotRegularFileError,
  readRegularFileSync
} from "./chunk-JDHQ7UT6.js";
import {
  ConfigError
} from "./chunk-3VKQMKA4.js";

// dist/config/load.js
import { existsSync, statSync } from "node:fs";
import path from "node:path";

// dist/config/presets/helsinki.js
var helsinkiPreset = {
  extends: "recommended",
  zones: {
    gateway: ["gw.api.helsinki.fi", "gw-api-test.it.helsinki.fi"],
    // esbpub1/esbpub2: the ESB's public instances (prod; dev under `/devel/`, as on esbmt2), configured as "ESB API endpoint" in UH Drupal sites.
    esb: ["esbmt1.it.helsinki.fi", "esbmt2.it.helsinki.fi", "esb-api.it.helsinki.fi", "esbpub1.it.helsinki.fi", "esbpub2.it.helsinki.fi"],
    // "Internal" means the university's systems, whatever their domain: Sisu is vendor-hosted.
    internal: ["*.helsinki.fi", "sis-helsinki.funidata.fi", "*.svc.cluster.local"]
  },
  // The identity provider is authentication, not an integration with a system.
  ignoreHosts: ["login.helsinki.fi", "login-test.it.helsinki.fi"],
  gateway: {
    entrypoints: ["https://gw.api.helsinki.fi", "https://gw-api-test.it.helsinki.fi"]
  }
};

// dist/config/presets/recommended.js
var recommendedPreset = {
  zones: {
    gateway: [],
    esb: [],
    local: [],
    // Cluster-internal DNS names are someone's service inside the organisation.
    internal: ["*.svc.cluster.local", "*.cluster.local", "*.internal"],
    // Well-known SaaS: external, so `unknown-target` does not flag them.
    external: [
      "api.github.com",
      "*.sentry.io",
      "api.openai.com",
      "hooks.slack.com",
      "slack.com",
      "*.googleapis.com",
      "api.stripe.com"
    ]
  },
  rules: {
    "no-direct-integration": "error",
    "unknown-target": "off",
    "unverified-target": "warn"
  },
  ignoreHosts: []
};

// dist/config/presets/index.js
var presets = {
  recommended: recommendedPreset,
  helsinki: helsinkiPreset
};
var presetNames = Object.keys(presets);

// dist/config/load.js
var configFileNames = ["arch-lint.config.yaml", "arch-lint.config.yml", "arch-lint.config.json", ".arch-lint.yaml"];
var zoneNames = ["gateway", "esb", "local", "internal", "external"];
function findConfigFile(startDir) {
  let dir = path.resolve(startDir);
  for (; ; ) {
    for (const name of configFileNames) {
      const candidate = path.join(dir, name);
      if (existsSync(candidate)) {
        if (statSync(candidate).isFile())
          return candidate;
        throw new ConfigError("the config file is not a regular file (a named pipe, a folder or a device); replace it with a file or remove it", { file: candidate });
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir || existsSync(path.join(dir, ".git")))
      return null;
    dir = parent;
  }
}
function offsetOf(document, segments, unknownKey) {
  const { isMap, isPair, isScalar, isSeq } = yaml();
  let node = document.contents;
  const rangeStart = (value) => {
    if (value && typeof value === "object" && "range" in value) {
      const range = value.range;
      return range ? range[0] : null;
    }
    return null;
  };
  let offset = rangeStart(node);
  for (const segment of segments) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === segment);
      if (!pair)
        break;
      offset = rangeStart(pair.key) ?? offset;
      node = pair.value;
      offset = rangeStart(node) ?? offset;
    } else if (isSeq(node)) {
      node = node.items[Number(segment)];
      offset = rangeStart(node) ?? offset;
    } else
      break;
  }
  if (unknownKey !== void 0 && isMap(node)) {
    const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === unknownKey);
    if (pair)
      offset = rangeStart(pair.key) ?? offset;
  }
  return offset;
}
function describeAjvError(error) {
  switch (error.keyword) {
    case "additionalProperties":
      return `unknown key '${String(error.params.additionalProperty)}'`;
    case "enum":
      return `must be one of ${error.params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
    default:
      return error.message ?? "is not valid";
  }
}
function pickError(errors) {
  const rank = (e) => e.keyword === "additionalProperties" ? 0 : e.keyword === "oneOf" ? 3 : e.keyword === "enum" ? 1 : 2;
  return [...errors].sort((a, b) => b.instancePath.split("/").length - a.instancePath.split("/").length || rank(a) - rank(b))[0];
}
var bindingLines = /* @__PURE__ */ new WeakMap();
function parseConfigText(text, file, knownRuleIds) {
  const { LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset) => offset === null ? null : lineCounter.linePos(offset).line;
  if (document.errors.length > 0) {
    const first = document.errors[0];
    throw new ConfigError(`cannot parse config: ${first.message.split("\n")[0]}`, { file, line: lineAt(first.pos[0]) });
  }
  let value;
  try {
    value = document.toJS({ maxAliasCount: 1e3 }) ?? {};
  } catch (error) {
    throw new ConfigError(`cannot read config: ${error instanceof Error ? error.message.split("\n")[0] : String(error)} (too many or unresolved YAML aliases; write the values out)`, { file });
  }
  if (!validateConfig(value)) {
    const error = pickError(validateConfig.errors ?? []);
    const segments = error.instancePath.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
    const unknownKey = error.keyword === "additionalProperties" ? String(error.params.additionalProperty) : void 0;
    const keyPath = [...segments, ...unknownKey ? [unknownKey] : []].join(".") || "(top level)";
    const line = lineAt(offsetOf(document, segments, unknownKey));
    throw new ConfigError(`invalid config at '${keyPath}': ${describeAjvError(error)}`, { file, line, key: keyPath });
  }
  const config = value;
  const lines = {};
  for (const name of Object.keys(config.bindings ?? {}))
    lines[name] = lineAt(offsetOf(document, ["bindings"], name)) ?? 1;
  bindingLines.set(config, lines);
  const confined = [
    ["include", config.include],
    ["exclude", config.exclude],
    ["gateway.catalog", config.gateway?.catalog]
  ];
  for (const [key, entries] of confined) {
    (entries ?? []).forEach((entry, index) => {
      const reason = pathEscapesRoot(entry);
      if (reason === null)
        return;
      const line = lineAt(offsetOf(document, [...key.split("."), String(index)], void 0));
      throw new ConfigError(`invalid config at '${key}.${index}': '${entry}' ${reason}; paths and globs in a config are relative to it and stay inside the repository (to scan another folder, name it on the command line)`, { file, line, key: `${key}.${index}` });
    });
  }
  if (knownRuleIds) {
    for (const ruleId of Object.keys(config.rules ?? {})) {
      if (!knownRuleIds.includes(ruleId)) {
        const line = lineAt(offsetOf(document, ["rules"], ruleId));
        throw new ConfigError(`invalid config at 'rules.${ruleId}': unknown rule '${ruleId}' (known: ${knownRuleIds.join(", ")})`, { file, line, key: `rules.${ruleId}` });
      }
    }
  }
  return config;
}
function pathEscapesRoot(entry) {
  const pattern = entry.startsWith("!") ? entry.slice(1) : entry;
  if (pattern.startsWith("/") || pattern.startsWith("\\") || /^[A-Za-z]:/.test(pattern))
    return "is an absolute path";
  if (pattern.startsWith("~"))
    return "is a home-folder path";
  if (pattern.split(/[\\/]+/).some((segment) => segment === ".."))
    return "goes up with '..'";
  return null;
}
function readConfigFile(file, knownRuleIds) {
  let text;
  try {
    text = readRegularFileSync(file, "utf8");
  } catch (error) {
    if (error instanceof NotRegularFileError)
      throw new ConfigError(`the config file is not a regular file (${error.what}); give a regular file`, { file });
    const code = error.code;
    throw new ConfigError(code === "ENOENT" ? "config file not found" : `cannot read config file (${code ?? String(error)})`, { file });
  }
  return parseConfigText(text, file, knownRuleIds);
}
function mergeList(base, layer) {
  const result = [...base];
  for (const entry of layer ?? []) {
    if (entry.startsWith("!")) {
      const removed = entry.slice(1).toLowerCase();
      for (let i = result.length - 1; i >= 0; i--)
        if (result[i].toLowerCase() === removed)
          result.splice(i, 1);
    } else if (!result.includes(entry))
      result.push(entry);
  }
  return result;
}
function expandPresets(names, seen = []) {
  for (const name of names) {
    if (seen.includes(name))
      continue;
    const preset = presets[name];
    if (!preset)
      throw new ConfigError(`unknown preset '${name}' (known: ${Object.keys(presets).join(", ")})`, { key: "extends" });
    expandPresets(toArray(preset.extends), seen);
    if (!seen.includes(name))
      seen.push(name);
  }
  return seen;
}
function toArray(value) {
  return value === void 0 ? [] : Array.isArray(value) ? value : [value];
}
function ruleSetting(entry) {
  return Array.isArray(entry) ? { setting: entry[0], options: entry[1] ?? {} } : { setting: entry, options: {} };
}
function resolveConfig(project, where) {
  const presetNames2 = expandPresets(project?.extends === void 0 ? ["recommended"] : toArray(project.extends));
  const layers = [...presetNames2.map((name) => presets[name]), ...project ? [project] : []];
  const resolved = {
    file: where.file,
    baseDir: where.baseDir,
    extends: presetNames2,
    include: [],
    exclude: [],
    zones: { gateway: [], esb: [], local: [], internal: [], external: [] },
    rules: {},
    allowWithinSystem: true,
    maxWaiverDays: 365,
    inlineSuppressions: "allow",
    ignoreHosts: [],
    deployments: [],
    bindings: [],
    gateway: { catalog: [], entrypoints: [], tokenEnv: null, managementUrl: null, environmentId: null }
  };
  for (const layer of layers) {
    resolved.deployments = mergeList(resolved.deployments, layer.deployments?.map((folder) => folder.startsWith("!") ? `!${path.resolve(where.baseDir, folder.slice(1))}` : path.resolve(where.baseDir, folder)));
    for (const [name, entry] of Object.entries(layer.bindings ?? {})) {
      resolved.bindings = resolved.bindings.filter((binding) => binding.name !== name || binding.service !== entry.service);
      resolved.bindings.push({ ...entry, name, file: where.file ?? path.join(where.baseDir, "arch-lint.config.yaml"), line: bindingLines.get(layer)?.[name] ?? 1 });
    }
    resolved.include = mergeList(resolved.include, layer.include);
    resolved.exclude = mergeList(resolved.exclude, layer.exclude);
    for (const zone of zoneNames)
      resolved.zones[zone] = mergeList(resolved.zones[zone], layer.zones?.[zone]);
    for (const [ruleId, entry] of Object.entries(layer.rules ?? {}))
      resolved.rules[ruleId] = ruleSetting(entry);
    if (layer.allowWithinSystem !== void 0)
      resolved.allowWithinSystem = layer.allowWithinSystem;
    if (layer.maxWaiverDays !== void 0)
      resolved.maxWaiverDays = layer.maxWaiverDays;
    if (layer.inlineSuppressions !== void 0)
      resolved.inlineSuppressions = layer.inlineSuppressions;
    resolved.ignoreHosts = mergeList(resolved.ignoreHosts, layer.ignoreHosts);
    const gateway = layer.gateway;
    if (gateway) {
      resolved.gateway.catalog = mergeList(resolved.gateway.catalog, gateway.catalog);
      resolved.gateway.entrypoints = mergeList(resolved.gateway.entrypoints, gateway.entrypoints);
      if (gateway.tokenEnv !== void 0)
        resolved.gateway.tokenEnv = gateway.tokenEnv;
      if (gateway.managementUrl !== void 0)
        resolved.gateway.managementUrl = gateway.managementUrl;
      if (gateway.environmentId !== void 0)
        resolved.gateway.environmentId = gateway.environmentId;
    }
  }
  if (resolved.include.length === 0)
    resolved.include = ["**/*"];
  return resolved;
}
function loadConfig(options) {
  const file = options.configFile ? path.resolve(options.cwd ?? process.cwd(), options.configFile) : findConfigFile(options.root);
  if (!file)
    return resolveConfig(options.preset === void 0 ? null : { extends: options.preset }, { file: null, baseDir: path.resolve(options.root) });
  const project = readConfigFile(file, options.knownRuleIds);
  try {
    return resolveConfig(project, { file, baseDir: path.dirname(file) });
  } catch (error) {
    if (error instanceof ConfigError && error.file === null)
      throw new ConfigError(error.message, { file, key: error.key });
    throw error;
  }
}

export {
  configFileNames,
  findConfigFile,
  parseConfigText,
  pathEscapesRoot,
  readConfigFile,
  resolveConfig,
  loadConfig
};
//# sourceMappingURL=chunk-OXAURLD4.js.map
