import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  parseYaml,
  text
} from "./chunk-QIUQF3M2.js";
import {
  baseName
} from "./chunk-X7FXNNIW.js";
import {
  environmentFromFolders,
  environmentFromToken
} from "./chunk-OUQS2ATI.js";
import {
  emptyFacts
} from "./chunk-CVAD7S7L.js";

// dist/extract/manifests/spring.js
function profileEnvironment(profile) {
  if (!profile)
    return null;
  const names = profile.split(/[\s,|&!()]+/).filter((name2) => name2 !== "");
  if (names.length !== 1)
    return names.length === 0 ? null : profile.trim();
  const name = names[0] ?? "";
  return environmentFromToken(name) ?? name;
}
function fileProfile(file) {
  const match = /^(?:application|bootstrap)-(.+)\.(?:ya?ml|properties)$/i.exec(baseName(file));
  return match?.[1];
}
function readSpring(file, content, kind = "spring") {
  const facts = emptyFacts(file, kind);
  const testResources = /(?:^|\/)src\/(?:test|it|integration-?test|\w+Test)\/resources\//i.test(file) ? "test" : null;
  const fallbackEnvironment = testResources ?? profileEnvironment(fileProfile(file)) ?? environmentFromFolders(file);
  const base = baseName(file).replace(/\.(?:ya?ml|properties)$/i, "");
  const application = /^(?:application|bootstrap)(?:[-.]|$)/i.test(base) ? null : base;
  const documents = [];
  if (/\.properties$/i.test(file)) {
    documents.push(...readProperties(content));
  } else {
    const parsed = parseYaml(file, content);
    facts.problems.push(...parsed.problems);
    for (const document of parsed.documents) {
      const values = [];
      flatten(document, "", values, 0);
      documents.push(values);
    }
  }
  for (const values of documents) {
    const profile = values.find((value) => value.key === "spring.config.activate.on-profile" || value.key === "spring.profiles")?.value;
    const environment = testResources ?? (profile ? profileEnvironment(profile) : fallbackEnvironment);
    for (const value of values) {
      const binding = { type: "config", name: value.key, value: value.value, loc: { file, line: value.line, column: value.column }, source: kind, environment, service: null };
      if (application)
        binding.workload = application;
      facts.bindings.push(binding);
    }
  }
  return facts;
}
function applicationConfigBindings(file, document, kind) {
  const values = [];
  flatten(document, "", values, 0);
  const base = baseName(file).replace(/\.(?:ya?ml)$/i, "");
  const folder = file.split("/").slice(-2, -1)[0] ?? "";
  const environment = environmentFromToken(folder) ?? environmentFromFolders(file) ?? environmentFromToken(base.split(/[-_.]/).pop() ?? "");
  const application = base.replace(/[-_.]?(?:config|configuration|settings)$/i, "");
  const drupal = DRUPAL_CONFIG.test(file) && base.includes(".");
  return values.map((value) => {
    const binding = { type: "config", name: drupal ? `${base}.${value.key}` : value.key, value: value.value, loc: { file, line: value.line, column: value.column }, source: kind, environment, service: null };
    if (application !== "" && application.toLowerCase() !== "config")
      binding.workload = application;
    return binding;
  });
}
var DRUPAL_CONFIG = /(?:^|\/)config\/(?:install|optional|sync|default)\/[^/]+\.ya?ml$/i;
function isApplicationConfigPath(file) {
  const parts = file.toLowerCase().split("/");
  const name = parts.pop() ?? "";
  return /^(?:[\w.-]*[-_.])?(?:config|configuration|settings)\.ya?ml$/.test(name) || parts.some((part) => part === "config" || part === "conf" || part === "configuration");
}
function flatten(node, prefix, out, depth) {
  if (depth > 64)
    return;
  if (node.kind === "scalar") {
    const value = text(node);
    if (value !== void 0 && prefix !== "")
      out.push({ key: prefix, value, line: node.line, column: node.column });
    return;
  }
  if (node.kind === "seq") {
    node.items.forEach((item, index) => flatten(item, `${prefix}[${index}]`, out, depth + 1));
    return;
  }
  for (const entry of node.entries) {
    flatten(entry.value, prefix === "" ? entry.key : `${prefix}.${entry.key}`, out, depth + 1);
  }
}
function readProperties(content) {
  const documents = [[]];
  const lines = content.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const startLine = index + 1;
    let logical = (lines[index] ?? "").replace(/^\s+/, "");
    if (/^#---\s*$/.test(logical) || /^!---\s*$/.test(logical)) {
      documents.push([]);
      continue;
    }
    if (logical === "" || logical.startsWith("#") || logical.startsWith("!"))
      continue;
    while (endsWithContinuation(logical) && index + 1 < lines.length) {
      index++;
      logical = logical.slice(0, -1) + (lines[index] ?? "").replace(/^\s+/, "");
    }
    const separator = findSeparator(logical);
    const rawKey = separator < 0 ? logical : logical.slice(0, separator);
    const rawValue = separator < 0 ? "" : logical.slice(separator + 1).replace(/^[\s]*[=:]?[\s]*/, "");
    const key = unescapeProperties(rawKey.trim());
    if (key === "")
      continue;
    const indent = (lines[startLine - 1] ?? "").length - (lines[startLine - 1] ?? "").replace(/^\s+/, "").length;
    documents[documents.length - 1]?.push({ key, value: unescapeProperties(rawValue), line: startLine, column: indent + separator + 2 });
  }
  return documents;
}
function endsWithContinuation(line) {
  const trailing = /\\+$/.exec(line)?.[0].length ?? 0;
  return trailing % 2 === 1;
}
function findSeparator(line) {
  for (let index = 0; index < line.length; index++) {
    const character = line[index] ?? "";
    if (character === "\\") {
      index++;
      continue;
    }
    if (character === "=" || character === ":" || /\s/.test(character))
      return index;
  }
  return -1;
}
function unescapeProperties(text2) {
  return text2.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_match, escaped) => {
    if (escaped.length === 5)
      return String.fromCharCode(parseInt(escaped.slice(1), 16));
    return { n: "\n", t: "	", r: "\r", f: "\f" }[escaped] ?? escaped;
  });
}
var springReader = {
  kinds: ["spring"],
  read: readSpring
};

export {
  profileEnvironment,
  readSpring,
  applicationConfigBindings,
  isApplicationConfigPath,
  springReader
};
//# sourceMappingURL=chunk-R3RKA2CP.js.map
