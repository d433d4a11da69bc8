import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  isProductionTarget
} from "./chunk-UFWB54CG.js";
import {
  packageRoot
} from "./chunk-SXZKW5CL.js";
import "./chunk-B3SFOPOV.js";

// dist/cli/init.js
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
var CONFIG_FILE_NAMES = ["arch-lint.config.yaml", "arch-lint.config.yml", "arch-lint.config.json", ".arch-lint.yaml"];
var DECLARED_ZONES = /* @__PURE__ */ new Set(["gateway", "esb", "internal"]);
function isUnder(file, dir) {
  return dir === "" || file === dir || file.startsWith(`${dir}/`);
}
function prefixOf(target) {
  const raw = target.url ?? (target.host ? `https://${target.host}/` : null);
  if (raw === null)
    return null;
  let parsed;
  try {
    parsed = new URL(raw);
  } catch {
    return null;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:")
    return null;
  const first = parsed.pathname.split("/").find((segment) => segment !== "");
  return { url: `${parsed.protocol}//${parsed.host}${first ? `/${first}` : ""}`, host: parsed.hostname, first };
}
function pathOf(url) {
  return url.replace(/^[a-z]+:\/\/[^/]+/, "");
}
function entryName(target, host, first) {
  if (target.service)
    return target.service;
  if (target.zone === "gateway" && first)
    return first;
  return [host.split(".")[0], first].filter(Boolean).join("-");
}
function scalar(text) {
  return /^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(text) ? text : JSON.stringify(text);
}
function collectEntries(calls) {
  const byUrl = /* @__PURE__ */ new Map();
  const external = /* @__PURE__ */ new Set();
  const unclassified = /* @__PURE__ */ new Map();
  const unresolved = /* @__PURE__ */ new Set();
  for (const call of calls) {
    const where = `${call.file}:${call.line}`;
    for (const target of call.targets) {
      if (target.ignored)
        continue;
      if (target.zone === "external" && target.host)
        external.add(target.host);
      const prefix = prefixOf(target);
      if (target.zone === "unknown" && prefix) {
        const seenAt = unclassified.get(prefix.url) ?? [];
        if (!seenAt.includes(where))
          seenAt.push(where);
        unclassified.set(prefix.url, seenAt);
        continue;
      }
      if (target.zone === "unresolved" || target.zone === "unknown")
        unresolved.add(`${where} ${call.expression}${target.env ? ` (env ${target.env})` : ""}`);
      if (!DECLARED_ZONES.has(target.zone))
        continue;
      if (!prefix)
        continue;
      const production = isProductionTarget(target);
      const existing = byUrl.get(prefix.url);
      if (existing) {
        if (!existing.seenAt.includes(where))
          existing.seenAt.push(where);
        if (production)
          existing.nonProduction = false;
        continue;
      }
      const via = target.zone === "gateway" ? "gateway" : target.zone === "esb" ? "esb" : "direct";
      byUrl.set(prefix.url, { name: entryName(target, prefix.host, prefix.first), url: prefix.url, via, seenAt: [where], nonProduction: !production, alsoSeen: [] });
    }
  }
  const kept = [];
  for (const entry of [...byUrl.values()].sort((a, b) => a.url.length - b.url.length || a.url.localeCompare(b.url))) {
    const covering = kept.find((wider) => wider.via === entry.via && (entry.url === wider.url || entry.url.startsWith(`${wider.url}/`)));
    if (!covering)
      kept.push(entry);
    else
      for (const where of entry.seenAt)
        if (!covering.seenAt.includes(where))
          covering.seenAt.push(where);
  }
  const merged = [];
  for (const entry of kept) {
    const production = entry.nonProduction ? kept.find((other) => !other.nonProduction && other.via === entry.via && (other.name === entry.name || pathOf(other.url) === pathOf(entry.url) && pathOf(entry.url) !== "")) : void 0;
    if (!production) {
      merged.push(entry);
      continue;
    }
    production.alsoSeen.push(entry.url);
    for (const where of entry.seenAt)
      if (!production.seenAt.includes(where))
        production.seenAt.push(where);
  }
  const entries = merged.sort((a, b) => a.url.localeCompare(b.url));
  const used = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    const count = (used.get(entry.name) ?? 0) + 1;
    used.set(entry.name, count);
    if (count > 1)
      entry.name = `${entry.name}-${count}`;
  }
  const unclassifiedLines = [...unclassified.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([url, seenAt]) => `${url}  (called at ${seenAt.slice(0, 3).join(", ")}${seenAt.length > 3 ? ` and ${seenAt.length - 3} more` : ""})`);
  return { entries, external: [...external].sort(), unclassified: unclassifiedLines, unresolved: [...unresolved].sort() };
}
function buildStarterManifest(result, serviceDir, schema) {
  const dir = serviceDir.replace(/\\/g, "/").replace(/^\.\/?/, "").replace(/\/+$/, "");
  const schemaPath = schema ?? `${dir === "" ? "./" : "../".repeat(dir.split("/").length)}node_modules/arch-lint/schemas/service.schema.json`;
  const calls = result.calls.filter((call) => isUnder(call.file, dir));
  const { entries, external, unclassified, unresolved } = collectEntries(calls);
  const name = (dir === "" ? result.root.replace(/\\/g, "/").replace(/\/+$/, "").split("/").pop() : dir.split("/").pop()) || "my-service";
  const lines = [
    `# yaml-language-server: $schema=${schemaPath}`,
    `# Starter manifest written by \`arch-lint init\` from the ${calls.length} HTTP call${calls.length === 1 ? "" : "s"} found under ${dir === "" ? "the project root" : dir}.`,
    "# Check every entry: `via` was guessed from the target host's zone. See docs/manifests.md.",
    "apiVersion: arch-lint/v1",
    "kind: Service",
    "metadata:",
    `  name: ${scalar(name.toLowerCase())}`,
    '  owner: ""  # TODO: the team responsible for this service',
    "spec:",
    "  provides: []  # TODO: APIs this service publishes, e.g. { name: x-api, openapi: openapi.yaml, exposure: gateway }"
  ];
  if (entries.length === 0) {
    lines.push("  consumes: []  # no gateway, ESB or internal target was found in the code");
  } else {
    lines.push("  consumes:");
    for (const entry of entries) {
      const seen = entry.seenAt.slice(0, 3).join(", ") + (entry.seenAt.length > 3 ? ` and ${entry.seenAt.length - 3} more` : "");
      lines.push(`    - name: ${scalar(entry.name)}  # called at ${seen}`);
      lines.push(`      url: ${scalar(entry.url)}`);
      for (const url of entry.alsoSeen.sort())
        lines.push(`      # also reached at ${url} (a test or dev copy of it)`);
      lines.push(`      via: ${entry.via}`);
      if (entry.via === "direct") {
        lines.push("      # Point-to-point: move it to the gateway or the ESB, or justify it with a waiver (uncomment, fill in):");
        lines.push("      # waiver:");
        lines.push("      #   reason: why the direct call is acceptable for now");
        lines.push("      #   expires: YYYY-MM-DD  # the last day, within maxWaiverDays");
        lines.push("      #   ticket: the issue tracking the move");
      }
    }
  }
  if (external.length > 0) {
    lines.push("# External services called (not integrations between the organisation's systems; not declared):");
    for (const host of external)
      lines.push(`#   ${host}`);
  }
  if (unclassified.length > 0) {
    lines.push("# Hosts in no zone of the config, so `via` could not be guessed: put them in `zones` (gateway, esb, internal or");
    lines.push("# external), then declare the gateway, ESB and internal ones here:");
    for (const entry of unclassified.slice(0, 20))
      lines.push(`#   ${entry}`);
    if (unclassified.length > 20)
      lines.push(`#   \u2026 and ${unclassified.length - 20} more`);
  }
  if (unresolved.length > 0) {
    lines.push("# Calls whose target could not be worked out (bind their env vars or declare them by hand):");
    for (const call of unresolved.slice(0, 20))
      lines.push(`#   ${call.replace(/\n/g, " ")}`);
    if (unresolved.length > 20)
      lines.push(`#   \u2026 and ${unresolved.length - 20} more`);
  }
  return `${lines.join("\n")}
`;
}
function buildStarterConfig(preset = "recommended") {
  return [
    "# arch-lint configuration: the reference architecture as code. See docs/configuration.md.",
    `extends: ${preset}`,
    "zones:",
    "  gateway: []   # API gateway hosts, e.g. gw.api.example.org",
    "  esb: []       # ESB hosts",
    `  internal: []  # the organisation's own systems, e.g. "*.example.org"`,
    "  external: []  # SaaS and other outside services",
    "rules:",
    "  no-direct-integration: error",
    ""
  ].join("\n");
}
function schemaPathFrom(dir) {
  const file = "schemas/service.schema.json";
  let installed = null;
  for (let at = resolve(dir); ; at = dirname(at)) {
    const candidate = join(at, "node_modules/arch-lint", file);
    if (existsSync(candidate)) {
      installed = candidate;
      break;
    }
    if (dirname(at) === at)
      break;
  }
  const target = installed ?? fileURLToPath(new URL(file, packageRoot));
  const relativePath = relative(dir, target).split(sep).join("/");
  return relativePath.startsWith(".") ? relativePath : `./${relativePath}`;
}
function writeStarterFiles(options) {
  const outcome = { written: [], skipped: [] };
  const write = (path, text) => {
    mkdirSync(dirname(path), { recursive: true });
    try {
      writeFileSync(path, text, { flag: "wx" });
      outcome.written.push(path);
    } catch (error) {
      if (error.code !== "EEXIST")
        throw error;
      outcome.skipped.push(path);
    }
  };
  const manifestDir = join(options.root, options.serviceDir);
  write(join(manifestDir, "architecture.yaml"), buildStarterManifest(options.result, options.serviceDir, schemaPathFrom(manifestDir)));
  const existingConfig = CONFIG_FILE_NAMES.map((name) => join(options.root, name)).find((path) => existsSync(path));
  if (existingConfig)
    outcome.skipped.push(existingConfig);
  else if (!options.configFound)
    write(join(options.root, CONFIG_FILE_NAMES[0]), buildStarterConfig(options.preset));
  return outcome;
}
export {
  CONFIG_FILE_NAMES,
  buildStarterConfig,
  buildStarterManifest,
  schemaPathFrom,
  writeStarterFiles
};
//# sourceMappingURL=init-APH5QBK6.js.map
