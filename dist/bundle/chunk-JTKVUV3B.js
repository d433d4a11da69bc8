import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  alt,
  config
} from "./chunk-3ERYL26K.js";
import {
  concat,
  lit
} from "./chunk-CVAD7S7L.js";

// dist/extract/jvm/spring.js
function springPlaceholder(text) {
  const parts = [];
  let last = 0;
  for (const match of text.matchAll(/\$\{([^}:]+)(?::([^}]*))?\}/g)) {
    parts.push(lit(text.slice(last, match.index)));
    const key = config(match[1] ?? "");
    parts.push(match[2] === void 0 ? key : alt([key, lit(match[2])]));
    last = (match.index ?? 0) + match[0].length;
  }
  parts.push(lit(text.slice(last)));
  return concat(parts);
}

// dist/extract/jvm/declarative-clients.js
var declarativeClients = {
  // Spring Cloud OpenFeign: `@FeignClient(name = "accounts")` is the service `accounts` found by discovery.
  FeignClient: { client: "Feign", url: ["url"], serviceName: ["name", "value"], path: "path" },
  // Micronaut: `@Client("accounts")`, `@Client(id = "accounts")`, `@Client("https://…")`.
  Client: { client: "Micronaut", url: [], serviceName: ["value", "id"], path: "path", serviceUrlKey: (name) => `micronaut.http.services.${name}.url` },
  // Quarkus / MicroProfile REST Client: `@RegisterRestClient(configKey = "accounts")`, `baseUri = "…"`.
  RegisterRestClient: { client: "MicroProfile", url: ["baseUri"], serviceName: [], configKey: { attribute: "configKey", key: (name) => `quarkus.rest-client.${name}.url` } }
};
var mappingAnnotations = {
  GetMapping: "GET",
  PostMapping: "POST",
  PutMapping: "PUT",
  DeleteMapping: "DELETE",
  PatchMapping: "PATCH",
  RequestMapping: null,
  GET: "GET",
  POST: "POST",
  PUT: "PUT",
  DELETE: "DELETE",
  PATCH: "PATCH",
  HEAD: "HEAD",
  OPTIONS: "OPTIONS",
  Get: "GET",
  Post: "POST",
  Put: "PUT",
  Delete: "DELETE",
  Patch: "PATCH",
  Head: "HEAD",
  Options: "OPTIONS"
};
function declarativeBase(kind, attribute, stepAt, joinPath) {
  let base = null;
  let at = null;
  for (const name of kind.url) {
    const found = attribute(name);
    if (found) {
      base = found.value();
      at = found.node;
      break;
    }
  }
  if (!base) {
    for (const name of kind.serviceName) {
      const found = attribute(name);
      if (!found?.text)
        continue;
      at = found.node;
      base = /^[a-z][a-z\d+.-]*:\/\/|^\$\{/i.test(found.text) ? springPlaceholder(found.text) : kind.serviceUrlKey && /^[\w-]+$/.test(found.text) ? { kind: "config", key: kind.serviceUrlKey(found.text) } : { kind: "step", label: `service name '${found.text}' (service discovery)`, at: stepAt(found.node), value: { kind: "concat", parts: [{ kind: "lit", value: "http://" }, springPlaceholder(found.text)] } };
      break;
    }
  }
  if (!base && kind.configKey) {
    const found = attribute(kind.configKey.attribute);
    if (found?.text) {
      base = { kind: "config", key: kind.configKey.key(found.text) };
      at = found.node;
    }
  }
  const path = kind.path ? attribute(kind.path) : void 0;
  if (base && path)
    base = joinPath(base, path.value());
  return { base, at };
}
function edgeText(sym, end) {
  if (sym.kind === "lit")
    return sym.value;
  if (sym.kind === "step")
    return edgeText(sym.value, end);
  if (sym.kind === "concat") {
    for (const part of end === "first" ? sym.parts : [...sym.parts].reverse()) {
      const text = edgeText(part, end);
      if (text !== "")
        return text;
    }
    return "";
  }
  return null;
}
function withoutLeadingSlash(sym) {
  if (sym.kind === "lit")
    return { kind: "lit", value: sym.value.replace(/^\//, "") };
  if (sym.kind === "concat") {
    const index = sym.parts.findIndex((part) => edgeText(part, "first") !== "");
    if (index < 0)
      return sym;
    return { kind: "concat", parts: sym.parts.map((part, i) => i === index ? withoutLeadingSlash(part) : part) };
  }
  return sym;
}
function joinPathSyms(a, b) {
  const left = edgeText(a, "last");
  const right = edgeText(b, "first");
  if (right === "")
    return a;
  if (left?.endsWith("/") && right?.startsWith("/"))
    return { kind: "concat", parts: [a, withoutLeadingSlash(b)] };
  if (left?.endsWith("/") || right?.startsWith("/"))
    return { kind: "concat", parts: [a, b] };
  return { kind: "concat", parts: [a, { kind: "lit", value: "/" }, b] };
}

export {
  springPlaceholder,
  declarativeClients,
  mappingAnnotations,
  declarativeBase,
  joinPathSyms
};
//# sourceMappingURL=chunk-JTKVUV3B.js.map
