import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  INVALID_MANIFEST,
  parseYamlDocument
} from "./chunk-XAVAPS7B.js";
import {
  require_dist
} from "./chunk-PE3PWTXU.js";
import {
  directoryOf,
  emptyFacts
} from "./chunk-CVAD7S7L.js";
import "./chunk-ND36G54U.js";
import "./chunk-JHCQOTT6.js";
import {
  __toESM
} from "./chunk-B3SFOPOV.js";

// dist/extract/manifests/backstage.js
var import_yaml = __toESM(require_dist(), 1);
var KNOWN_KINDS = /* @__PURE__ */ new Set(["Component", "API", "System", "Resource", "Domain", "Group", "User", "Template", "Location"]);
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function strings(value) {
  return Array.isArray(value) ? value.filter((item) => typeof item === "string" && item !== "") : [];
}
function entityName(ref) {
  const withoutKind = ref.includes(":") ? ref.slice(ref.indexOf(":") + 1) : ref;
  return withoutKind.includes("/") ? withoutKind.slice(withoutKind.lastIndexOf("/") + 1) : withoutKind;
}
function apiRef(ref) {
  return ref.includes(":") ? ref : `api:${ref}`;
}
function readBackstageCatalog(file, content, kind = "backstage") {
  const facts = emptyFacts(file, kind);
  const lines = new import_yaml.LineCounter();
  const docs = (0, import_yaml.parseAllDocuments)(content, { lineCounter: lines, prettyErrors: false });
  if (!Array.isArray(docs))
    return facts;
  docs.forEach((doc, index) => {
    const what = docs.length > 1 ? `document ${index + 1} of this Backstage catalog file` : "this Backstage catalog file";
    const parsed = parseYamlDocument(file, doc, lines, INVALID_MANIFEST, what);
    facts.problems.push(...parsed.problems);
    const entity = parsed.value;
    if (entity === void 0 || entity === null)
      return;
    const locate = (path) => parsed.locator.locate(path);
    const at = locate([]);
    if (!isObject(entity) || typeof entity["kind"] !== "string" || !isObject(entity["metadata"]) || typeof entity["metadata"]["name"] !== "string") {
      facts.problems.push({ file, line: at.line, column: at.column, severity: "error", code: INVALID_MANIFEST, message: `${what} is not a Backstage entity (needs kind and metadata.name); ignored it` });
      return;
    }
    if (!KNOWN_KINDS.has(entity["kind"])) {
      facts.problems.push({ file, line: at.line, column: at.column, severity: "warning", code: "unsupported-entity", message: `${what} has Backstage kind '${entity["kind"]}', which arch-lint does not read; ignored it` });
      return;
    }
    if (entity["kind"] !== "Component")
      return;
    const metadata = entity["metadata"];
    const spec = isObject(entity["spec"]) ? entity["spec"] : {};
    const system = typeof spec["system"] === "string" && spec["system"] !== "" ? entityName(spec["system"]) : null;
    const declaration = {
      name: String(metadata["name"]),
      system,
      owner: typeof spec["owner"] === "string" && spec["owner"] !== "" ? spec["owner"] : null,
      root: directoryOf(file),
      loc: locate(["metadata", "name"]),
      hosts: [],
      // Backstage says nothing about how an API is exposed; `internal-only` asks nothing of it.
      provides: strings(spec["providesApis"]).map((name) => ({ name: entityName(name), openapi: null, exposure: "internal-only", loc: locate(["spec", "providesApis"]) })),
      consumes: [],
      dependsOn: [...strings(spec["dependsOn"]), ...strings(spec["consumesApis"]).map(apiRef)],
      source: "backstage"
    };
    if (typeof metadata["description"] === "string")
      declaration.description = metadata["description"];
    facts.services.push(declaration);
  });
  return facts;
}
var backstageReader = {
  kinds: ["backstage"],
  read: readBackstageCatalog
};
export {
  backstageReader,
  entityName,
  readBackstageCatalog
};
//# sourceMappingURL=backstage-YD3DALDP.js.map
