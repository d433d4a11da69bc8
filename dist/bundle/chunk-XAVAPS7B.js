import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  directoryOf,
  emptyFacts
} from "./chunk-CVAD7S7L.js";
import {
  yaml
} from "./chunk-ND36G54U.js";
import {
  validateServiceManifest
} from "./chunk-JHCQOTT6.js";

// dist/extract/manifests/service-manifest.js
var MAX_YAML_ALIASES = 20;
var INVALID_MANIFEST = "invalid-manifest";
var YamlLocator = class {
  file;
  doc;
  lines;
  constructor(file, doc, lines) {
    this.file = file;
    this.doc = doc;
    this.lines = lines;
  }
  /** Location of the offset in the file. */
  at(offset) {
    const { line, col } = this.lines.linePos(offset);
    return { file: this.file, line, column: col };
  }
  /**
   * Where the value at `path` is written: the key's position for a map entry (the line a person
   * looks at), the item's position for a sequence item. Falls back to the nearest existing ancestor.
   */
  locate(path) {
    const { isMap, isPair, isScalar, isSeq } = yaml();
    let node = this.doc.contents;
    let best = this.rangeStart(node) ?? 0;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
        if (!pair)
          break;
        best = this.rangeStart(pair.key) ?? best;
        node = pair.value;
      } else if (isSeq(node)) {
        const item = node.items[Number(segment)];
        if (item === void 0)
          break;
        best = this.rangeStart(item) ?? best;
        node = item;
      } else {
        break;
      }
    }
    return this.at(best);
  }
  rangeStart(node) {
    const range = node?.range;
    return Array.isArray(range) ? range[0] : null;
  }
};
function parseYamlDocument(file, doc, lines, code, what) {
  const locator = new YamlLocator(file, doc, lines);
  const problems = [];
  for (const error of doc.errors) {
    const loc = locator.at(error.pos[0]);
    problems.push({ file, line: loc.line, column: loc.column, severity: "error", code, message: `${what} is not valid YAML: ${firstLine(error.message)}; ignored it` });
  }
  if (doc.errors.length > 0)
    return { value: void 0, locator, problems };
  try {
    return { value: doc.toJS({ maxAliasCount: MAX_YAML_ALIASES }), locator, problems };
  } catch (error) {
    problems.push({
      file,
      line: 1,
      column: 1,
      severity: "error",
      code,
      message: `${what} expands too many YAML aliases (over ${MAX_YAML_ALIASES}; ${firstLine(error instanceof Error ? error.message : String(error))}); ignored it as a possible "billion laughs" file`
    });
    return { value: void 0, locator, problems };
  }
}
function firstLine(text) {
  return text.split("\n")[0] ?? text;
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function stringOr(value, fallback) {
  return typeof value === "string" && value.length > 0 ? value : fallback;
}
function pathOf(instancePath) {
  return instancePath === "" ? [] : instancePath.slice(1).split("/").map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function describeSchemaError(error) {
  const path = pathOf(error.instancePath);
  const params = error.params;
  if (error.keyword === "required") {
    const missing = String(params["missingProperty"]);
    return { path, key: [...path, missing].join("."), message: `missing required key '${missing}'` };
  }
  if (error.keyword === "additionalProperties") {
    const extra = String(params["additionalProperty"]);
    return { path: [...path, extra], key: [...path, extra].join("."), message: `unknown key '${extra}'` };
  }
  const key = path.join(".") || "(document)";
  if (error.keyword === "enum") {
    const allowed = params["allowedValues"].map((value) => JSON.stringify(value)).join(", ");
    return { path, key, message: `'${key}' must be one of ${allowed}` };
  }
  if (error.keyword === "const")
    return { path, key, message: `'${key}' must be ${JSON.stringify(params["allowedValue"])}` };
  if (error.keyword === "type")
    return { path, key, message: `'${key}' must be ${String(params["type"])}` };
  if (error.keyword === "pattern" && path.at(-1) === "url")
    return { path, key, message: `'${key}' must be an absolute http(s) URL` };
  return { path, key, message: `'${key}' ${error.message ?? "is invalid"}` };
}
function readWaiver(raw, locate, path) {
  if (!isObject(raw))
    return void 0;
  const waiver = {
    reason: typeof raw["reason"] === "string" && raw["reason"].trim() !== "" ? raw["reason"].trim() : null,
    expires: typeof raw["expires"] === "string" && raw["expires"].trim() !== "" ? raw["expires"].trim() : null,
    loc: locate(path)
  };
  if (typeof raw["ticket"] === "string")
    waiver.ticket = raw["ticket"];
  if (typeof raw["approvedBy"] === "string")
    waiver.approvedBy = raw["approvedBy"];
  return waiver;
}
var EXPOSURES = ["gateway", "esb", "internal-only"];
var ROUTES = ["gateway", "esb", "direct"];
function oneOf(allowed, value) {
  return allowed.includes(value) ? value : null;
}
function toDeclaration(file, value, locate) {
  const root = directoryOf(file);
  const metadata = isObject(value["metadata"]) ? value["metadata"] : {};
  const spec = isObject(value["spec"]) ? value["spec"] : {};
  const fallbackName = root === "" ? "service" : root.slice(root.lastIndexOf("/") + 1);
  const declaration = {
    name: stringOr(metadata["name"], fallbackName),
    system: stringOr(metadata["system"], null),
    owner: stringOr(metadata["owner"], null),
    root,
    loc: locate(isObject(value["metadata"]) && "name" in metadata ? ["metadata", "name"] : []),
    hosts: [],
    provides: [],
    consumes: [],
    dependsOn: [],
    source: "arch-lint"
  };
  const description = stringOr(metadata["description"], null);
  if (description !== null)
    declaration.description = description;
  if (value["kind"] === "Gateway")
    declaration.kind = "gateway";
  if (Array.isArray(spec["hosts"])) {
    declaration.hosts = spec["hosts"].filter((host) => typeof host === "string" && host !== "").map((host) => host.toLowerCase());
  }
  if (Array.isArray(spec["provides"])) {
    spec["provides"].forEach((entry, index) => {
      if (!isObject(entry) || typeof entry["name"] !== "string")
        return;
      declaration.provides.push({
        name: entry["name"],
        openapi: stringOr(entry["openapi"], null),
        // An unknown exposure is reported by the schema; treat it as the strictest (gateway) so the API still needs a description.
        exposure: oneOf(EXPOSURES, entry["exposure"]) ?? "gateway",
        loc: locate(["spec", "provides", index])
      });
    });
  }
  if (Array.isArray(spec["consumes"])) {
    spec["consumes"].forEach((entry, index) => {
      if (!isObject(entry))
        return;
      const via = oneOf(ROUTES, entry["via"]);
      const url = entry["url"];
      if (typeof url !== "string" || !/^https?:\/\/[^/\s]+/i.test(url) || via === null)
        return;
      const consumed = {
        name: stringOr(entry["name"], url),
        url,
        via,
        loc: locate(["spec", "consumes", index])
      };
      const waiver = readWaiver(entry["waiver"], locate, ["spec", "consumes", index, "waiver"]);
      if (waiver)
        consumed.waiver = waiver;
      declaration.consumes.push(consumed);
    });
  }
  return declaration;
}
function readServiceManifest(file, content, kind = "service-manifest") {
  const facts = emptyFacts(file, kind);
  const { LineCounter, parseDocument } = yaml();
  const lines = new LineCounter();
  const doc = parseDocument(content, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const parsed = parseYamlDocument(file, doc, lines, INVALID_MANIFEST, "this service manifest");
  facts.problems.push(...parsed.problems);
  if (parsed.value === void 0)
    return facts;
  const locate = (path) => parsed.locator.locate(path);
  if (!isObject(parsed.value)) {
    facts.problems.push({ file, line: 1, column: 1, severity: "error", code: INVALID_MANIFEST, message: "this service manifest is not a YAML mapping (expected apiVersion, kind, metadata, spec); ignored it" });
    return facts;
  }
  if (!validateServiceManifest(parsed.value)) {
    const seen = /* @__PURE__ */ new Set();
    for (const error of validateServiceManifest.errors ?? []) {
      const described = describeSchemaError(error);
      const loc = locate(described.path);
      const message = `${described.message} (key '${described.key}'); the rest of the manifest is still used`;
      const dedupe = `${loc.line}:${message}`;
      if (seen.has(dedupe))
        continue;
      seen.add(dedupe);
      facts.problems.push({ file, line: loc.line, column: loc.column, severity: "error", code: INVALID_MANIFEST, message });
    }
  }
  const declaration = toDeclaration(file, parsed.value, locate);
  facts.services.push(declaration);
  const spec = parsed.value["spec"];
  const rawHosts = isObject(spec) ? spec["hosts"] : void 0;
  if (Array.isArray(rawHosts)) {
    rawHosts.forEach((host, index) => {
      if (typeof host !== "string" || host === "")
        return;
      facts.hosts.push({ host: host.toLowerCase(), loc: locate(["spec", "hosts", index]), workload: declaration.name, source: "manifest" });
    });
  }
  return facts;
}
var serviceManifestReader = {
  kinds: ["service-manifest"],
  read: readServiceManifest
};

export {
  MAX_YAML_ALIASES,
  INVALID_MANIFEST,
  YamlLocator,
  parseYamlDocument,
  readServiceManifest,
  serviceManifestReader
};
//# sourceMappingURL=chunk-XAVAPS7B.js.map
