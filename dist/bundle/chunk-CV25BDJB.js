import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);

// dist/extract/jvm/http-interfaces.js
var HTTP_INTERFACE_MAPPINGS = "http-interface-mappings:";
var HTTP_INTERFACE_EXTENDS = "http-interface-extends:";
var CONSTRUCTED = "constructed:";
var FORWARDED_FROM = "*forwarded-from";
var CONSTRUCTOR_ARGUMENT = "constructor-argument:";
function withConstructorArguments(value, owner, depth = 0) {
  if (depth > 8)
    return value;
  switch (value.kind) {
    case "param":
      return value.outer ? value : { kind: "ref", module: null, name: `${CONSTRUCTOR_ARGUMENT}${owner}#${value.index}`, member: value.member };
    case "concat":
      return { kind: "concat", parts: value.parts.map((part) => withConstructorArguments(part, owner, depth + 1)) };
    case "alt":
      return { kind: "alt", options: value.options.map((option) => withConstructorArguments(option, owner, depth + 1)) };
    case "url":
      return { ...value, base: withConstructorArguments(value.base, owner, depth + 1), path: withConstructorArguments(value.path, owner, depth + 1) };
    case "step":
      return { ...value, value: withConstructorArguments(value.value, owner, depth + 1) };
    default:
      return value;
  }
}
function factSym(fact) {
  return {
    kind: "object",
    props: {
      method: { kind: "lit", value: fact.method ?? "" },
      url: fact.url ?? { kind: "lit", value: "" },
      at: { kind: "step", label: fact.enclosing, at: fact.loc, value: { kind: "lit", value: fact.expression } }
    }
  };
}
function interfaceMappings(facts, name) {
  const mappings = facts.symbols[`${HTTP_INTERFACE_MAPPINGS}${name}`];
  if (mappings?.kind !== "object")
    return [];
  return Object.values(mappings.props).flatMap((mapping) => {
    if (mapping.kind !== "object")
      return [];
    const { method, url, at } = mapping.props;
    if (at?.kind !== "step" || at.value.kind !== "lit" || !url)
      return [];
    const verb = method?.kind === "lit" && method.value !== "" ? method.value : null;
    return [{ kind: "call", loc: at.at, client: "instance", method: verb, expression: at.value.value, url, enclosing: at.label }];
  });
}
function inheritingClients(facts) {
  const out = [];
  for (const [key, value] of Object.entries(facts.symbols)) {
    if (!key.startsWith(HTTP_INTERFACE_EXTENDS) || value.kind !== "object")
      continue;
    const parents = Object.values(value.props).filter((sym) => sym.kind === "ref");
    out.push({ client: key.slice(HTTP_INTERFACE_EXTENDS.length), parents });
  }
  return out;
}

export {
  HTTP_INTERFACE_MAPPINGS,
  HTTP_INTERFACE_EXTENDS,
  CONSTRUCTED,
  FORWARDED_FROM,
  CONSTRUCTOR_ARGUMENT,
  withConstructorArguments,
  factSym,
  interfaceMappings,
  inheritingClients
};
//# sourceMappingURL=chunk-CV25BDJB.js.map
