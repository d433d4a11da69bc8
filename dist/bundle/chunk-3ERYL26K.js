import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  parseDirectiveComment
} from "./chunk-CWBZCED3.js";
import {
  calledNames,
  emptyFacts
} from "./chunk-CVAD7S7L.js";

// dist/extract/tree-sitter/loader.js
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import Parser from "web-tree-sitter";
var require2 = createRequire(import.meta.url);
var initialised = null;
var grammars = /* @__PURE__ */ new Map();
var queue = Promise.resolve();
function enqueue(work) {
  const result = queue.then(work);
  queue = result.then(() => void 0, () => void 0);
  return result;
}
function grammarsDir() {
  return join(dirname(require2.resolve("tree-sitter-wasms/package.json")), "out");
}
function init() {
  initialised ??= Parser.init();
  return initialised;
}
function loadGrammar(name) {
  let promise = grammars.get(name);
  if (!promise) {
    promise = enqueue(async () => {
      await init();
      return Parser.Language.load(join(grammarsDir(), `tree-sitter-${name}.wasm`));
    }).catch((error) => {
      throw new Error(`the ${name} grammar could not be loaded (${error instanceof Error ? error.message : String(error)})`);
    });
    grammars.set(name, promise);
  }
  return promise;
}
var parsers = /* @__PURE__ */ new Map();
async function parseWith(name, content) {
  const language = await loadGrammar(name);
  let parser = parsers.get(name);
  if (!parser) {
    parser = new Parser();
    parser.setLanguage(language);
    parsers.set(name, parser);
  }
  const ready = parser;
  return enqueue(() => ready.parse(content));
}

// dist/extract/tree-sitter/test-doubles.js
function field(node, name) {
  return node.childForFieldName(name);
}
function plainName(node) {
  if (!node)
    return "";
  return node.type === "generic_name" ? node.namedChildren[0]?.text ?? "" : node.text;
}
var CALL_SHAPES = {
  java: {
    type: "method_invocation",
    parts: (node) => ({ name: field(node, "name")?.text ?? "", receiver: field(node, "object"), args: field(node, "arguments") })
  },
  kotlin: {
    type: "call_expression",
    parts: (node) => {
      const [callee, suffix] = node.namedChildren;
      if (!callee || suffix?.type !== "call_suffix")
        return null;
      if (callee.type === "call_expression") {
        const inner = CALL_SHAPES.kotlin.parts(callee);
        return inner ? { ...inner, args: suffix } : null;
      }
      if (callee.type === "simple_identifier")
        return { name: callee.text, receiver: null, args: suffix };
      if (callee.type !== "navigation_expression")
        return null;
      return { name: callee.namedChildren[1]?.namedChildren[0]?.text ?? "", receiver: callee.namedChildren[0] ?? null, args: suffix };
    }
  },
  csharp: {
    type: "invocation_expression",
    parts: (node) => {
      const fn = field(node, "function");
      if (!fn)
        return null;
      if (fn.type === "member_access_expression")
        return { name: plainName(field(fn, "name")), receiver: field(fn, "expression"), args: field(node, "arguments") };
      return { name: plainName(fn), receiver: null, args: field(node, "arguments") };
    }
  }
};
var MOCKING_LIBRARIES = {
  java: [
    // `then(mock).should().get(…)` is BDDMockito's verify.
    { name: "Mockito", imported: /\borg\.mockito\b/, around: ["when", "given", "verify"], receiver: ["verify", "when", "should", "then"] }
  ],
  kotlin: [
    { name: "Mockito", imported: /\borg\.mockito\b/, around: ["when", "whenever", "given", "verify"], receiver: ["verify", "when", "whenever", "should", "then"] },
    {
      name: "MockK",
      imported: /\bio\.mockk\b/,
      around: ["every", "coEvery", "verify", "coVerify", "verifyAll", "coVerifyAll", "verifyOrder", "coVerifyOrder", "verifySequence", "coVerifySequence", "excludeRecords"]
    }
  ],
  csharp: [
    { name: "Moq", imported: /\busing\s+Moq\b/, around: ["Setup", "SetupGet", "SetupSet", "SetupSequence", "SetupProperty", "Verify", "VerifyGet", "VerifySet"] },
    {
      name: "NSubstitute",
      imported: /\busing\s+NSubstitute\b/,
      around: ["When"],
      receiver: ["Received", "DidNotReceive", "ReceivedWithAnyArgs", "DidNotReceiveWithAnyArgs"],
      result: ["Returns", "ReturnsForAnyArgs", "ReturnsNull", "ReturnsNullForAnyArgs", "Throws", "ThrowsAsync", "ThrowsForAnyArgs", "AndDoes"]
    },
    { name: "FakeItEasy", imported: /\busing\s+FakeItEasy\b/, around: ["CallTo", "CallToSet"] }
  ]
};
function inside(outer, inner) {
  return outer.startIndex <= inner.startIndex && inner.endIndex <= outer.endIndex;
}
function markersOf(libraries, content) {
  const used = libraries.filter((library) => library.imported.test(content));
  if (used.length === 0)
    return null;
  return {
    around: new Set(used.flatMap((library) => library.around ?? [])),
    receiver: new Set(used.flatMap((library) => library.receiver ?? [])),
    result: new Set(used.flatMap((library) => library.result ?? []))
  };
}
function onTestDouble(node, shape, markers) {
  for (let current = node; current; current = current.parent) {
    if (current.type !== shape.type)
      continue;
    const parts = shape.parts(current);
    if (!parts)
      continue;
    if (markers.around.has(parts.name) && parts.args && inside(parts.args, node))
      return true;
    if (markers.result.has(parts.name) && parts.receiver && inside(parts.receiver, node))
      return true;
    if (current.startIndex === node.startIndex || parts.args && inside(parts.args, node)) {
      for (let receiver = parts.receiver; receiver?.type === shape.type; ) {
        const step = shape.parts(receiver);
        if (!step)
          break;
        if (markers.receiver.has(step.name))
          return true;
        receiver = step.receiver;
      }
    }
  }
  return false;
}
function dropTestDoubleCalls(root, content, facts, language) {
  if (facts.calls.length === 0)
    return;
  const markers = markersOf(MOCKING_LIBRARIES[language], content);
  if (!markers)
    return;
  const shape = CALL_SHAPES[language];
  facts.calls = facts.calls.filter((call) => {
    if (call.kind !== "call")
      return true;
    const node = root.descendantForPosition({ row: call.loc.line - 1, column: call.loc.column - 1 });
    return !onTestDouble(node, shape, markers);
  });
}

// dist/extract/tree-sitter/common.js
var instanceMethods = {
  get: "GET",
  post: "POST",
  put: "PUT",
  patch: "PATCH",
  delete: "DELETE",
  head: "HEAD",
  options: "OPTIONS",
  request: null,
  send: null,
  fetch: null,
  stream: null
};
var env = (name) => ({ kind: "env", name });
var config = (key) => ({ kind: "config", key });
var unknown = (text) => ({ kind: "unknown", text: snippet(text) });
function alt(options) {
  return options.length === 1 ? options[0] : { kind: "alt", options };
}
function orElse(left, right) {
  return { kind: "alt", options: [left, right], falsy: true };
}
var FUNCTION_NODES = /* @__PURE__ */ new Set([
  "function_declaration",
  "method_declaration",
  "func_literal",
  "function_definition",
  "lambda",
  "lambda_expression",
  "local_function_statement",
  "anonymous_method_expression",
  "constructor_declaration",
  "class_declaration",
  "class_body"
]);
function ownReturns(fn) {
  const same = (a, b) => a.startIndex === b.startIndex && a.endIndex === b.endIndex && a.type === b.type;
  return fn.descendantsOfType("return_statement").filter((statement) => {
    for (let parent = statement.parent; parent && !same(parent, fn); parent = parent.parent)
      if (FUNCTION_NODES.has(parent.type))
        return false;
    return true;
  });
}
var SIMPLE_ESCAPES = { '"': '"', "'": "'", "\\": "\\", "0": "\0", a: "\x07", b: "\b", f: "\f", n: "\n", r: "\r", t: "	", v: "\v", $: "$" };
function decodeEscapes(text) {
  if (!text.includes("\\"))
    return text;
  return text.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|x[0-9a-fA-F]{1,4}|.)/g, (whole, escape) => {
    if (/^[uUx]/.test(escape) && escape.length > 1)
      return String.fromCodePoint(Number.parseInt(escape.slice(1), 16));
    return SIMPLE_ESCAPES[escape] ?? whole;
  });
}
function snippet(text) {
  const oneLine = text.replace(/\s+/g, " ").trim();
  return oneLine.length > 120 ? `${oneLine.slice(0, 117)}...` : oneLine;
}
function locOf(file, node) {
  return { file, line: node.startPosition.row + 1, column: node.startPosition.column + 1 };
}
function staticText(sym, symbols, depth = 0) {
  if (depth > 8)
    return null;
  switch (sym.kind) {
    case "lit":
      return sym.value;
    case "step":
      return staticText(sym.value, symbols, depth + 1);
    case "concat": {
      const parts = sym.parts.map((part) => staticText(part, symbols, depth + 1));
      return parts.every((part) => part !== null) ? parts.join("") : null;
    }
    case "ref": {
      const target = sym.module === null && sym.member.length === 0 && Object.hasOwn(symbols, sym.name) ? symbols[sym.name] : void 0;
      return target ? staticText(target, symbols, depth + 1) : null;
    }
    default:
      return null;
  }
}
function collectDirectives(file, root, content) {
  const directives = [];
  const seen = /* @__PURE__ */ new Set();
  for (let index = content.indexOf("arch-lint-"); index >= 0; index = content.indexOf("arch-lint-", index + 1)) {
    const node = root.descendantForIndex(index);
    if (!node.type.includes("comment") || seen.has(node.id))
      continue;
    seen.add(node.id);
    const directive = parseDirectiveComment(node.text, locOf(file, node), nextCodeLine(root, content, node.endIndex));
    if (directive)
      directives.push(directive);
  }
  return directives;
}
function nextCodeLine(root, content, from) {
  let index = from;
  for (; ; ) {
    while (index < content.length && /\s/.test(content[index]))
      index++;
    if (index >= content.length)
      return void 0;
    const node = root.descendantForIndex(index);
    if (!node.type.includes("comment") || node.endIndex <= index)
      return node.startPosition.row + 1 + (content.slice(node.startIndex, index).split("\n").length - 1);
    index = node.endIndex;
  }
}
function firstErrorNode(node) {
  if (node.isError || node.isMissing)
    return node;
  for (const child of node.children) {
    if (child.hasError || child.isMissing) {
      const found = firstErrorNode(child);
      if (found)
        return found;
    }
  }
  return node.hasError && node.childCount === 0 ? node : null;
}
var failedGrammars = /* @__PURE__ */ new Set();
async function extractWithTreeSitter(job) {
  const { file, content, language, grammar } = job;
  const facts = emptyFacts(file, language);
  if (!job.force && !job.worthParsing(content)) {
    facts.calledNames = calledNames(content);
    return facts;
  }
  let tree;
  try {
    tree = await parseWith(grammar, job.prepare ? job.prepare(content) : content);
  } catch (error) {
    if (!failedGrammars.has(grammar)) {
      failedGrammars.add(grammar);
      facts.problems.push({
        file: null,
        severity: "error",
        code: "grammar-unavailable",
        message: `${error instanceof Error ? error.message : String(error)}; ${language} files are not analysed, other languages are`
      });
    }
    return facts;
  }
  try {
    const root = tree.rootNode;
    if (root.hasError) {
      const bad = firstErrorNode(root) ?? root;
      facts.problems.push({
        file,
        line: bad.startPosition.row + 1,
        column: bad.startPosition.column + 1,
        severity: "warning",
        code: "parse-error",
        message: `${language} syntax error; calls in the parts that parsed are still reported`
      });
    }
    if (content.includes("arch-lint-"))
      facts.directives = collectDirectives(file, root, content);
    job.visit(root, facts);
    if (job.testDoubles)
      dropTestDoubleCalls(root, content, facts, job.testDoubles);
  } catch (error) {
    facts.problems.push({
      file,
      severity: "warning",
      code: "extract-failed",
      message: `could not analyse this ${language} file (${error instanceof Error ? error.message : String(error)}); the rest of the scan goes on`
    });
  } finally {
    tree.delete();
  }
  return facts;
}

export {
  instanceMethods,
  env,
  config,
  unknown,
  alt,
  orElse,
  ownReturns,
  decodeEscapes,
  snippet,
  locOf,
  staticText,
  extractWithTreeSitter
};
//# sourceMappingURL=chunk-3ERYL26K.js.map
