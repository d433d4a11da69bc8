import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-EBBDATER.js";
import {
  __toESM
} from "./chunk-B3SFOPOV.js";

// dist/extract/manifests/yaml-tree.js
var import_yaml = __toESM(require_dist(), 1);
var nodeBudget = 2e5;
var depthLimit = 256;
var maxProblemsPerFile = 10;
var BudgetExceeded = class extends Error {
};
function parseYaml(file, content) {
  const lineCounter = new import_yaml.LineCounter();
  const problems = [];
  const documents = [];
  let parsed;
  try {
    parsed = (0, import_yaml.parseAllDocuments)(content, { lineCounter, prettyErrors: false, uniqueKeys: false });
  } catch (error) {
    problems.push({ file, severity: "warning", code: "parse-error", message: `could not parse this YAML (${errorText(error)}); skipped it` });
    return { documents, problems };
  }
  const list = Array.isArray(parsed) ? parsed : [];
  let reported = 0;
  for (const document of list) {
    for (const error of document.errors) {
      if (++reported > maxProblemsPerFile)
        continue;
      const position = lineCounter.linePos(error.pos[0]);
      problems.push({
        file,
        line: position.line,
        column: position.col,
        severity: "warning",
        code: "parse-error",
        message: `malformed YAML: ${firstLine(error.message)}; read what could be parsed`
      });
    }
    if (document.contents === null)
      continue;
    const converter = new TreeConverter(document, lineCounter);
    try {
      const tree = converter.convert(document.contents, 0);
      if (tree)
        documents.push(tree);
    } catch (error) {
      const position = lineCounter.linePos(document.range?.[0] ?? 0);
      const tooComplex = error instanceof BudgetExceeded || error instanceof RangeError;
      problems.push({
        file,
        line: position.line,
        column: position.col,
        severity: "warning",
        code: tooComplex ? "yaml-too-complex" : "parse-error",
        message: tooComplex ? 'this YAML document expands to too many nodes or nests too deeply (aliases used as a "YAML bomb"?); skipped the document' : `could not read this YAML document (${errorText(error)}); skipped it`
      });
    }
  }
  if (reported > maxProblemsPerFile) {
    problems.push({ file, severity: "warning", code: "parse-error", message: `${reported - maxProblemsPerFile} more YAML errors in this file not listed` });
  }
  return { documents, problems };
}
function aliasTargets(document) {
  const anchors = /* @__PURE__ */ new Map();
  const targets = /* @__PURE__ */ new Map();
  (0, import_yaml.visit)(document, {
    Node: (_key, node) => {
      if ((0, import_yaml.isAlias)(node)) {
        const target = anchors.get(node.source);
        if (target)
          targets.set(node, target);
      } else if (node.anchor) {
        anchors.set(node.anchor, node);
      }
    }
  });
  return targets;
}
var TreeConverter = class {
  document;
  lineCounter;
  nodesLeft = nodeBudget;
  targets = null;
  /** Anchored nodes already converted, with their size: an alias reuses the tree (read-only) and pays its size. */
  converted = /* @__PURE__ */ new Map();
  constructor(document, lineCounter) {
    this.document = document;
    this.lineCounter = lineCounter;
  }
  convert(node, depth) {
    if (--this.nodesLeft < 0 || depth > depthLimit)
      throw new BudgetExceeded();
    if ((0, import_yaml.isAlias)(node)) {
      this.targets ??= aliasTargets(this.document);
      const target = this.targets.get(node);
      if (!target)
        return null;
      const done = this.converted.get(target);
      if (done) {
        this.nodesLeft -= done.size;
        if (this.nodesLeft < 0)
          throw new BudgetExceeded();
        return done.value;
      }
      const before = this.nodesLeft;
      const value = this.convert(target, depth + 1);
      this.converted.set(target, { value, size: Math.max(1, before - this.nodesLeft) });
      return value;
    }
    if ((0, import_yaml.isScalar)(node)) {
      const { line, column } = this.position(node);
      const value = node.value;
      const parsed = typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value === null ? value : String(value);
      if (typeof node.source === "string" && typeof parsed !== "string" && parsed !== null)
        return { kind: "scalar", value: parsed, written: node.source, line, column };
      return { kind: "scalar", value: parsed, line, column };
    }
    if ((0, import_yaml.isSeq)(node)) {
      const { line, column } = this.position(node);
      const items2 = [];
      for (const item of node.items) {
        const value = this.convert(item, depth + 1);
        if (value)
          items2.push(value);
      }
      return { kind: "seq", items: items2, line, column };
    }
    if ((0, import_yaml.isMap)(node)) {
      const { line, column } = this.position(node);
      const entries = [];
      const merged = [];
      for (const pair of node.items) {
        if (!(0, import_yaml.isPair)(pair) || !(0, import_yaml.isScalar)(pair.key))
          continue;
        const key = String(pair.key.value);
        const value = pair.value === null ? null : this.convert(pair.value, depth + 1);
        const keyLine = this.position(pair.key).line;
        if (key === "<<" && value) {
          for (const source of value.kind === "seq" ? value.items : [value])
            if (source.kind === "map")
              merged.push(...source.entries);
          continue;
        }
        entries.push({ key, keyLine, value: value ?? { kind: "scalar", value: null, line: keyLine, column: 1 } });
      }
      const own = new Set(entries.map((entry) => entry.key));
      for (const entry of merged) {
        if (own.has(entry.key))
          continue;
        own.add(entry.key);
        entries.push(entry);
      }
      return { kind: "map", entries, line, column };
    }
    return null;
  }
  position(node) {
    const offset = node.range?.[0] ?? 0;
    const position = this.lineCounter.linePos(offset);
    return { line: position.line, column: position.col };
  }
};
function firstLine(message) {
  return (message.split("\n")[0] ?? message).replace(/ at line \d+, column \d+:?$/, "").replace(/:$/, "");
}
function errorText(error) {
  return error instanceof Error ? error.message : String(error);
}
function field(value, key) {
  if (value?.kind !== "map")
    return void 0;
  return value.entries.find((entry) => entry.key === key)?.value;
}
function text(value) {
  if (value?.kind !== "scalar" || value.value === null)
    return void 0;
  return value.written ?? String(value.value);
}
function path(value, ...keys) {
  let current = value;
  for (const key of keys)
    current = field(current, key);
  return current;
}
function items(value) {
  return value?.kind === "seq" ? value.items : [];
}
function unexpectedShape(file, node, expectation) {
  return { file, line: node.line, column: node.column, severity: "warning", code: "unexpected-shape", message: `${expectation}; ignored it` };
}

export {
  parseYaml,
  field,
  text,
  path,
  items,
  unexpectedShape
};
//# sourceMappingURL=chunk-JCCS22E2.js.map
