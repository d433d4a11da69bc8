import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);

// dist/extract/jvm/http-interfaces.js
var HTTP_INTERFACE_MAPPINGS = "http-interface-mappings:";
var HTTP_INTERFACE_EXTENDS = "http-interface-extends:";
var CONSTRUCTED = "constructed:";
var CONSTRUCTOR_ARGUMENT = "constructor-argument:";
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
  CONSTRUCTOR_ARGUMENT,
  factSym,
  interfaceMappings,
  inheritingClients
};
//# sourceMappingURL=chunk-Z5TP3GGS.js.map
