import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);

// dist/extract/facts.js
function emptyFacts(file, language) {
  return { file, language, calls: [], invocations: [], symbols: {}, exports: {}, reexports: [], bindings: [], directives: [], services: [], hosts: [], problems: [] };
}
function visitSyms(facts, visit) {
  const stack = [...Object.values(facts.symbols), ...Object.values(facts.exports)];
  for (const call of facts.calls) {
    if (call.url)
      stack.push(call.url);
    if (call.receiver)
      stack.push(call.receiver);
  }
  for (const invocation of facts.invocations)
    stack.push(invocation.callee, ...invocation.args);
  while (stack.length > 0) {
    const sym = stack.pop();
    visit(sym);
    switch (sym.kind) {
      case "concat":
        stack.push(...sym.parts);
        break;
      case "alt":
        stack.push(...sym.options);
        break;
      case "url":
        stack.push(sym.base, sym.path);
        break;
      case "object":
        stack.push(...Object.values(sym.props));
        break;
      case "client":
        if (sym.base)
          stack.push(sym.base);
        break;
      case "call":
        stack.push(sym.callee, ...sym.args);
        break;
      case "fn":
        if (sym.returns)
          stack.push(sym.returns);
        break;
      case "step":
        stack.push(sym.value);
        break;
      case "lookup":
        stack.push(sym.key);
        break;
      case "param":
        if (sym.fallback)
          stack.push(sym.fallback);
        break;
      default:
        break;
    }
  }
}
function withoutSteps(sym) {
  let current = sym;
  while (current?.kind === "step")
    current = current.value;
  return current;
}
function withAlternative(existing, next) {
  if (existing === null || existing === void 0)
    return next;
  return { kind: "alt", options: [...existing.kind === "alt" ? existing.options : [existing], next] };
}
function directoryOf(file) {
  const slash = file.lastIndexOf("/");
  return slash < 0 ? "" : file.slice(0, slash);
}
var VITE_BASE_URL = "VITE_BUILTIN_BASE_URL";
function grpcTarget(target) {
  if (target.kind !== "lit")
    return target;
  const address = target.value.replace(/^dns:\/{0,3}/, "");
  return { kind: "lit", value: /^[a-z][a-z0-9+.-]*:\/\//i.test(address) ? address : `grpc://${address}` };
}
var IN_MEMORY_TEST_CLIENT = "in-memory test server";
var PROCESS_ENV = "process.env";
var IMPORT_META_ENV = "import.meta.env";
function envObject(importMeta) {
  return { kind: "lookup", source: "env", key: { kind: "unknown", text: importMeta ? IMPORT_META_ENV : PROCESS_ENV } };
}
function envObjectMember(sym, key) {
  if (sym.kind !== "lookup" || sym.source !== "env" || sym.key.kind !== "unknown")
    return null;
  if (sym.key.text === PROCESS_ENV)
    return { kind: "env", name: key };
  if (sym.key.text === IMPORT_META_ENV)
    return { kind: "env", name: key === "BASE_URL" ? VITE_BASE_URL : key };
  return null;
}
var lit = (value) => ({ kind: "lit", value });
function concat(parts) {
  const merged = [];
  for (const part of parts) {
    if (part.kind === "lit" && part.value === "")
      continue;
    const last = merged.at(-1);
    if (part.kind === "lit" && last?.kind === "lit")
      merged[merged.length - 1] = lit(last.value + part.value);
    else if (part.kind === "concat")
      merged.push(...part.parts);
    else
      merged.push(part);
  }
  if (merged.length === 0)
    return lit("");
  return merged.length === 1 ? merged[0] : { kind: "concat", parts: merged };
}
function formatTemplate(template, placeholder, pick) {
  const parts = [];
  let last = 0;
  let ordinal = 0;
  for (const match of template.matchAll(new RegExp(placeholder.source, "g"))) {
    const index = match.index ?? 0;
    parts.push(lit(template.slice(last, index)));
    const value = pick(match[0], ordinal++);
    parts.push(value ?? lit(match[0]));
    last = index + match[0].length;
  }
  parts.push(lit(template.slice(last)));
  return concat(parts);
}
var NOT_CALLEES = /* @__PURE__ */ new Set(["if", "for", "while", "switch", "catch", "return", "func", "function", "def", "fn", "new", "sizeof", "typeof", "await", "print", "println", "len", "make", "append", "panic", "str", "int", "list", "dict", "set", "range", "isinstance", "super", "this", "self"]);
function calledNames(content) {
  const names = /* @__PURE__ */ new Set();
  for (const match of content.matchAll(/([A-Za-z_$][\w$]*)\s*(?:<[^<>()]*>\s*)?\(/g)) {
    const name = match[1];
    if (name.length > 1 && !NOT_CALLEES.has(name))
      names.add(name);
  }
  return [...names].sort();
}
var PYTEST_FIXTURE = "pytest:fixture:";
function mapLiterals(sym, change) {
  switch (sym.kind) {
    case "lit":
      return { kind: "lit", value: change(sym.value) };
    case "step":
      return { ...sym, value: mapLiterals(sym.value, change) };
    case "alt":
      return { ...sym, options: sym.options.map((option) => mapLiterals(option, change)) };
    default:
      return sym;
  }
}
var BUILTIN_MODULE = "<arch-lint builtin>";
function trimSlashes(value, side) {
  const pattern = side === "end" ? /\/+$/ : side === "start" ? /^\/+/ : /^\/+|\/+$/g;
  const literal = withoutSteps(value);
  if (literal.kind === "lit")
    return mapLiterals(value, (text) => text.replace(pattern, ""));
  return { kind: "call", callee: { kind: "ref", module: BUILTIN_MODULE, name: `trim-slashes-${side}`, member: [] }, args: [value] };
}

export {
  emptyFacts,
  visitSyms,
  withoutSteps,
  withAlternative,
  directoryOf,
  VITE_BASE_URL,
  grpcTarget,
  IN_MEMORY_TEST_CLIENT,
  envObject,
  envObjectMember,
  lit,
  concat,
  formatTemplate,
  calledNames,
  PYTEST_FIXTURE,
  BUILTIN_MODULE,
  trimSlashes
};
//# sourceMappingURL=chunk-CVAD7S7L.js.map
