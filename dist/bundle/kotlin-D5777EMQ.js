import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  declarativeBase,
  declarativeClients,
  joinPathSyms,
  mappingAnnotations,
  springPlaceholder
} from "./chunk-JTKVUV3B.js";
import {
  alt,
  env,
  extractWithTreeSitter,
  locOf,
  snippet,
  unknown
} from "./chunk-3ERYL26K.js";
import "./chunk-CWBZCED3.js";
import {
  concat,
  formatTemplate,
  lit
} from "./chunk-CVAD7S7L.js";
import "./chunk-B3SFOPOV.js";

// dist/extract/jvm/kotlin.js
var worthParsing = (content) => /RestTemplate|RestClient|WebClient|HttpClient|HttpRequest|openConnection|Http(?:Get|Post|Put|Delete|Patch|Head|Options)\(|FeignClient|Retrofit|okhttp|ktor|https?:\/\/|getenv|@Value|const val|@Client\(|@(?:Get|Post|Put|Delete|Patch)\(|@(?:GET|POST|PUT|DELETE|PATCH)\b|@\w+Mapping\b/.test(content);
var restTemplateMethods = {
  getForObject: "GET",
  getForEntity: "GET",
  postForObject: "POST",
  postForEntity: "POST",
  put: "PUT",
  delete: "DELETE",
  patchForObject: "PATCH",
  exchange: null
};
var apacheRequests = {
  HttpGet: "GET",
  HttpPost: "POST",
  HttpPut: "PUT",
  HttpDelete: "DELETE",
  HttpPatch: "PATCH",
  HttpHead: "HEAD",
  HttpOptions: "OPTIONS"
};
var javaNetVerbs = ["GET", "POST", "PUT", "DELETE", "HEAD"];
var ktorVerbs = { get: "GET", post: "POST", put: "PUT", patch: "PATCH", delete: "DELETE", head: "HEAD", options: "OPTIONS", request: null };
function readCall(node) {
  const [callee, suffix] = node.namedChildren;
  if (!callee || suffix?.type !== "call_suffix")
    return null;
  if (callee.type === "call_expression") {
    const inner = readCall(callee);
    const trailing = suffix.namedChildren.find((c) => c.type === "annotated_lambda")?.namedChildren.find((c) => c.type === "lambda_literal");
    return inner && trailing ? { ...inner, lambda: trailing } : null;
  }
  if (callee.type !== "simple_identifier" && callee.type !== "navigation_expression")
    return null;
  const receiver = callee.type === "navigation_expression" ? callee.namedChildren[0] ?? null : null;
  const name = callee.type === "navigation_expression" ? callee.namedChildren[1]?.namedChildren[0]?.text ?? "" : callee.text;
  const args = [];
  const named = /* @__PURE__ */ new Map();
  for (const argument of suffix.namedChildren.find((c) => c.type === "value_arguments")?.namedChildren ?? []) {
    const value = argument.namedChildren.at(-1);
    if (!value)
      continue;
    if (argument.namedChildren.length > 1 && argument.namedChildren[0]?.type === "simple_identifier")
      named.set(argument.namedChildren[0].text, value);
    else
      args.push(value);
  }
  const lambda = suffix.namedChildren.find((c) => c.type === "annotated_lambda")?.namedChildren.find((c) => c.type === "lambda_literal") ?? null;
  return { receiver, name, args, named, lambda };
}
function annotationsOf(node) {
  const modifiers = node.namedChildren.find((c) => c.type === "modifiers");
  return (modifiers?.namedChildren ?? []).filter((c) => c.type === "annotation").map((annotation) => {
    const invocation = annotation.namedChildren.find((c) => c.type === "constructor_invocation");
    const type = (invocation ?? annotation).namedChildren.find((c) => c.type === "user_type")?.text ?? "";
    const args = [];
    const named = /* @__PURE__ */ new Map();
    for (const argument of invocation?.namedChildren.find((c) => c.type === "value_arguments")?.namedChildren ?? []) {
      const value = argument.namedChildren.at(-1);
      if (!value)
        continue;
      if (argument.namedChildren.length > 1 && argument.namedChildren[0]?.type === "simple_identifier")
        named.set(argument.namedChildren[0].text, value);
      else
        args.push(value);
    }
    return { node: annotation, name: type.split(".").at(-1) ?? type, args, named };
  });
}
var KotlinFileVisitor = class {
  file;
  facts;
  classes = [];
  scopes = [];
  imports = /* @__PURE__ */ new Map();
  packageName = "";
  /** Top-level properties of this file (collected first: they may be used above their declaration). */
  topLevelNames = /* @__PURE__ */ new Set();
  constructor(file, facts) {
    this.file = file;
    this.facts = facts;
  }
  run(root) {
    for (const child of root.namedChildren) {
      if (child.type !== "property_declaration")
        continue;
      const name = child.namedChildren.find((c) => c.type === "variable_declaration")?.namedChildren[0]?.text;
      if (name)
        this.topLevelNames.add(name);
    }
    this.visit(root);
  }
  visit(node) {
    switch (node.type) {
      case "package_header":
        this.packageName = node.namedChildren[0]?.text ?? "";
        return;
      case "import_header": {
        const path = node.namedChildren[0]?.text ?? "";
        if (!node.namedChildren.some((c) => c.type === "wildcard_import"))
          this.imports.set(path.split(".").at(-1) ?? path, path);
        return;
      }
      case "class_declaration":
      case "object_declaration":
        this.visitClass(node);
        return;
      case "companion_object":
        this.visitChildren(node);
        return;
      case "property_declaration":
        this.visitChildren(node);
        this.visitProperty(node);
        return;
      case "function_declaration":
        this.visitFunction(node);
        return;
      case "call_expression":
        this.visitChildren(node);
        this.visitCall(node);
        return;
      default:
        this.visitChildren(node);
    }
  }
  visitChildren(node) {
    for (const child of node.namedChildren)
      this.visit(child);
  }
  visitClass(node) {
    const name = node.namedChildren.find((c) => c.type === "type_identifier")?.text ?? "?";
    const qualified = this.classes.length ? `${this.classes.at(-1)}.${name}` : name;
    this.classes.push(qualified);
    for (const parameter of node.namedChildren.find((c) => c.type === "primary_constructor")?.namedChildren ?? []) {
      const paramName = parameter.namedChildren.find((c) => c.type === "simple_identifier");
      const injected = annotationsOf(parameter).find((a) => a.name === "Value")?.args[0];
      const type = parameter.namedChildren.find((c) => c.type === "user_type")?.text ?? "";
      if (paramName && injected)
        this.facts.symbols[`${qualified}.${paramName.text}`] = { kind: "step", label: `property ${qualified}.${paramName.text}`, at: locOf(this.file, paramName), value: this.placeholder(injected) };
      else if (paramName && /RestTemplate|WebClient|RestClient/.test(type)) {
        this.facts.symbols[`${qualified}.${paramName.text}`] = { kind: "client", client: type.replace(/\?$/, ""), base: null, at: locOf(this.file, paramName), label: paramName.text };
      }
    }
    const declarative = annotationsOf(node).find((a) => a.name in declarativeClients && (a.name !== "Client" || /\binterface\b/.test(node.text.slice(0, 200))));
    const kind = declarative ? declarativeClients[declarative.name] : void 0;
    const body = node.namedChildren.find((c) => c.type === "class_body");
    if (declarative && kind || body && /@(GET|POST|PUT|DELETE|PATCH)\(/.test(body.text)) {
      const { base, at } = declarative && kind ? declarativeBase(kind, (name2) => {
        const found = declarative.named.get(name2) ?? (name2 === "value" ? declarative.args[0] : void 0);
        return found ? { text: stringText(found), value: () => this.placeholder(found), node: found } : void 0;
      }, (found) => locOf(this.file, found), joinPathSyms) : { base: null, at: null };
      const client = kind?.client ?? "Retrofit";
      if (at && base)
        this.facts.calls.push(this.fact("client-config", at, client, null, at, base));
      const receiver = kind ? { kind: "client", client, base, at: locOf(this.file, at ?? node), label: qualified } : { kind: "unknown", text: `Retrofit service ${qualified}` };
      if (kind)
        this.facts.symbols[qualified] = receiver;
      for (const fn of body?.namedChildren.filter((c) => c.type === "function_declaration") ?? []) {
        for (const annotation of annotationsOf(fn)) {
          if (!(annotation.name in mappingAnnotations))
            continue;
          let verb = mappingAnnotations[annotation.name] ?? null;
          const methodArg = annotation.named.get("method")?.text;
          if (verb === null && methodArg)
            verb = methodArg.split(".").at(-1)?.toUpperCase() ?? null;
          const path = annotation.args[0] ?? annotation.named.get("value") ?? annotation.named.get("path") ?? null;
          const fact = {
            kind: "call",
            loc: locOf(this.file, annotation.node),
            client,
            method: verb,
            expression: snippet(path?.text ?? ""),
            url: path ? this.placeholder(path) : lit(""),
            enclosing: `${qualified}.${fn.namedChildren.find((c) => c.type === "simple_identifier")?.text ?? "?"}`,
            receiver
          };
          this.facts.calls.push(fact);
        }
      }
    }
    if (body)
      this.visitChildren(body);
    this.classes.pop();
  }
  placeholder(node) {
    const text = stringText(node);
    return text === null ? this.evaluate(node) : springPlaceholder(text.replace(/\\\$/g, "$"));
  }
  visitProperty(node) {
    const name = node.namedChildren.find((c) => c.type === "variable_declaration")?.namedChildren[0];
    const last = node.namedChildren.at(-1);
    const valueNode = last && last.type !== "variable_declaration" && last.type !== "binding_pattern_kind" ? last : null;
    const injected = annotationsOf(node).find((a) => a.name === "Value")?.args[0];
    if (!name || !valueNode && !injected)
      return;
    const value = injected ? this.placeholder(injected) : this.evaluate(valueNode, name.text);
    const scope = this.scopes.at(-1);
    const owner = this.classes.at(-1);
    if (scope)
      scope.locals.set(name.text, { kind: "step", label: `val ${name.text}`, at: locOf(this.file, name), value });
    else {
      const key = owner ? `${owner}.${name.text}` : name.text;
      this.facts.symbols[key] = { kind: "step", label: `${owner ? "property" : "val"} ${key}`, at: locOf(this.file, name), value };
      if (node.text.startsWith("const") || !owner || node.parent?.parent?.type === "companion_object")
        this.facts.exports[key] = { kind: "ref", module: null, name: key, member: [] };
    }
  }
  visitFunction(node) {
    const name = node.namedChildren.find((c) => c.type === "simple_identifier")?.text ?? "?";
    const owner = this.classes.at(-1);
    const key = owner ? `${owner}.${name}` : name;
    const params = (node.namedChildren.find((c) => c.type === "function_value_parameters")?.namedChildren ?? []).filter((p) => p.type === "parameter").map((p) => p.namedChildren.find((c) => c.type === "simple_identifier")?.text ?? "?");
    const scope = { key, params, locals: /* @__PURE__ */ new Map() };
    this.scopes.push(scope);
    const body = node.namedChildren.find((c) => c.type === "function_body");
    if (body)
      this.visit(body);
    this.scopes.pop();
    this.facts.symbols[key] = { kind: "fn", name: key, params, returns: null };
  }
  visitCall(node) {
    const parent = node.parent;
    if (parent?.type === "call_expression" && parent.namedChildren[0]?.id === node.id && readCall(parent))
      return;
    const call = readCall(node);
    if (!call)
      return;
    const { receiver, name, args, named, lambda } = call;
    if (!receiver) {
      if (name === "url" && args[0] && hasAncestorCall(node, "defaultRequest")) {
        this.facts.calls.push(this.fact("client-config", args[0], "ktor", null, args[0], this.evaluate(args[0])));
      }
      const apacheMethod = apacheRequests[name];
      if (apacheMethod && args[0])
        this.addCall(node, "ApacheHttpClient", apacheMethod, args[0]);
      return;
    }
    if (name === "openConnection" && receiver.type === "call_expression") {
      const made = readCall(receiver);
      if (made?.name === "URL" && !made.receiver && made.args[0]) {
        this.addCall(node, "HttpURLConnection", "GET", made.args[0]);
        return;
      }
    }
    const isNewBuilder = (candidate) => candidate?.name === "newBuilder" && /(?:^|\.)HttpRequest$/.test(candidate.receiver?.text ?? "");
    let verbBefore = null;
    let onBuilder = false;
    if (name === "uri" && args[0]) {
      for (let current = receiver; current?.type === "call_expression"; ) {
        const step = readCall(current);
        if (isNewBuilder(step))
          onBuilder = true;
        if (step && javaNetVerbs.includes(step.name))
          verbBefore ??= step.name;
        current = step?.receiver;
      }
    }
    if (isNewBuilder(call) && args[0] || onBuilder) {
      this.addCall(node, "java.net.http", chainVerb(node, javaNetVerbs) ?? verbBefore ?? "GET", args[0] ?? null);
      return;
    }
    const receiverText = receiver.text;
    if (name in restTemplateMethods && args[0] && /rest/i.test(receiverText)) {
      const method = restTemplateMethods[name] ?? args[1]?.text.split(".").at(-1)?.toUpperCase() ?? null;
      const receiverSym = this.evaluate(receiver);
      const bare = receiverSym.kind === "step" ? receiverSym.value : receiverSym;
      this.addCall(node, "RestTemplate", method, args[0], bare.kind === "client" ? receiverSym : void 0);
      return;
    }
    if (name === "uri" && receiver.type === "call_expression") {
      const inner = readCall(receiver);
      if (inner?.receiver && (inner.name in ktorVerbs || inner.name === "method")) {
        const receiverSym = this.evaluate(inner.receiver);
        const bare = receiverSym.kind === "step" ? receiverSym.value : receiverSym;
        const client = bare.kind === "client" ? bare.client : /web/i.test(inner.receiver.text) ? "WebClient" : "RestClient";
        const method = inner.name === "method" ? inner.args[0]?.text.split(".").at(-1)?.toUpperCase() ?? null : inner.name.toUpperCase();
        this.addCall(node, client, method, args[0] ?? null, receiverSym);
        return;
      }
    }
    if (name === "baseUrl" && args[0]) {
      const client = /WebClient/.test(receiverText) ? "WebClient" : /RestClient/.test(receiverText) ? "RestClient" : /Retrofit/.test(receiverText) ? "Retrofit" : null;
      if (client)
        this.facts.calls.push(this.fact("client-config", args[0], client, null, args[0], this.evaluate(args[0])));
      return;
    }
    if (name === "url" && /Request\.Builder\(\)/.test(receiverText) && args[0]) {
      this.addCall(node, "OkHttp", "GET", args[0]);
      return;
    }
    if (name in ktorVerbs) {
      const receiverSym = this.evaluate(receiver);
      const bare = receiverSym.kind === "step" ? receiverSym.value : receiverSym;
      const isKtor = bare.kind === "client" && bare.client === "ktor";
      if (!isKtor && !/client|http/i.test(receiverText))
        return;
      if (!isKtor && insideTestApplication(node))
        return;
      const urlNode = args[0] ?? named.get("urlString") ?? (lambda ? lambdaUrl(lambda) : null);
      if (!urlNode)
        return;
      let method = ktorVerbs[name] ?? null;
      if (method === null && lambda)
        method = /HttpMethod\.(\w+)/.exec(lambda.text)?.[1]?.toUpperCase() ?? null;
      this.addCall(node, isKtor ? "ktor" : "instance", method, urlNode, receiverSym);
    }
  }
  addCall(node, client, method, urlNode, receiver) {
    const fact = this.fact("call", node, client, method, urlNode, urlNode ? this.evaluate(urlNode) : null);
    if (receiver)
      fact.receiver = receiver;
    this.facts.calls.push(fact);
  }
  fact(kind, at, client, method, urlNode, url) {
    const scope = this.scopes.at(-1);
    const fact = { kind, loc: locOf(this.file, at), client, method, expression: snippet(urlNode?.text ?? ""), url, enclosing: scope?.key ?? this.classes.at(-1) ?? "<file>" };
    if (scope)
      fact.fn = scope.key;
    return fact;
  }
  evaluate(node, nameHint) {
    switch (node.type) {
      case "string_literal":
      case "line_string_literal":
      case "multi_line_string_literal":
        return concat(node.namedChildren.map((part) => {
          if (part.type === "interpolated_identifier")
            return this.identifier(part.text.replace(/^\$/, ""));
          if (part.type === "interpolated_expression")
            return part.namedChildren[0] ? this.evaluate(part.namedChildren[0]) : unknown(part.text);
          return lit(part.text);
        }));
      case "integer_literal":
        return lit(node.text);
      case "parenthesized_expression":
        return node.namedChildren[0] ? this.evaluate(node.namedChildren[0], nameHint) : unknown(node.text);
      case "additive_expression": {
        const [left, right] = node.namedChildren;
        if (left && right && node.children.some((c) => c.type === "+"))
          return concat([this.evaluate(left), this.evaluate(right)]);
        return unknown(node.text);
      }
      case "elvis_expression": {
        const [left, right] = node.namedChildren;
        return left && right ? alt([this.evaluate(left), this.evaluate(right)]) : unknown(node.text);
      }
      case "if_expression": {
        const branches = node.namedChildren.filter((c) => c.type === "control_structure_body");
        return branches.length === 2 ? alt(branches.map((b) => this.evaluate(b.namedChildren[0] ?? b))) : unknown(node.text);
      }
      case "simple_identifier":
        return this.identifier(node.text);
      case "navigation_expression": {
        const [target, suffix] = node.namedChildren;
        const field = suffix?.namedChildren[0]?.text ?? "";
        if (target?.type === "this_expression")
          return this.identifier(field);
        if (target && /^[A-Z]/.test(target.text)) {
          const owner = target.text;
          const known = Object.keys(this.facts.symbols).some((k) => k === `${owner}.${field}` || k.endsWith(`.${owner}.${field}`));
          if (known)
            return { kind: "ref", module: null, name: `${owner}.${field}`, member: [] };
          const module = this.imports.get(owner) ?? (this.packageName ? `${this.packageName}.${owner}` : owner);
          return { kind: "ref", module, name: `${owner}.${field}`, member: [] };
        }
        return unknown(node.text);
      }
      case "call_expression":
        return this.callValue(node, nameHint);
      default:
        return unknown(node.text);
    }
  }
  identifier(name) {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const scope = this.scopes[i];
      const local = scope?.locals.get(name);
      if (local)
        return local;
      const index = scope?.params.indexOf(name) ?? -1;
      if (index >= 0 && i === this.scopes.length - 1)
        return { kind: "param", index, name, member: [] };
    }
    for (let i = this.classes.length - 1; i >= 0; i--) {
      const key = `${this.classes[i]}.${name}`;
      if (this.facts.symbols[key])
        return this.facts.symbols[key];
      const companion = Object.keys(this.facts.symbols).find((k) => k.startsWith(`${this.classes[i]}.`) && k.endsWith(`.${name}`));
      if (companion)
        return { kind: "ref", module: null, name: companion, member: [] };
    }
    const imported = this.imports.get(name);
    if (imported)
      return { kind: "ref", module: imported.slice(0, -name.length - 1), name, member: [] };
    if (/^[A-Z][A-Z0-9_]*$/.test(name) && !this.facts.symbols[name] && this.packageName && !this.topLevelNames.has(name)) {
      return { kind: "ref", module: this.packageName, name, member: [] };
    }
    return { kind: "ref", module: null, name, member: [] };
  }
  callValue(node, nameHint) {
    const call = readCall(node);
    if (!call)
      return unknown(node.text);
    const { receiver, name, args, lambda } = call;
    const key = args[0] ? stringText(args[0]) : null;
    if (receiver?.text === "System" && name === "getenv" && key !== null)
      return env(key);
    if (receiver?.text === "String" && name === "format" && key !== null) {
      const rest = args.slice(1);
      return formatTemplate(key, /%[-#+ 0,(]*\d*(?:\.\d+)?[sd]/, (_m, i) => rest[i] ? this.evaluate(rest[i]) : null);
    }
    if (receiver?.text === "URI" && name === "create" || !receiver && (name === "URI" || name === "Url"))
      return args[0] ? this.evaluate(args[0]) : unknown(node.text);
    if (receiver && name === "toString" && args.length === 0)
      return this.evaluate(receiver);
    if (!receiver && name === "HttpClient") {
      const base = lambda ? defaultRequestUrl(lambda) : null;
      return { kind: "client", client: "ktor", base: base ? this.evaluate(base) : null, at: locOf(this.file, base ?? node), label: nameHint ?? `ktor HttpClient` };
    }
    if (!receiver && name === "RestTemplate")
      return { kind: "client", client: "RestTemplate", base: null, at: locOf(this.file, node), label: nameHint ?? `RestTemplate` };
    if (receiver && (name === "build" || name === "baseUrl")) {
      const text = receiver.text;
      const client = /^WebClient/.test(text) ? "WebClient" : /^RestClient/.test(text) ? "RestClient" : /Retrofit/.test(text) ? "Retrofit" : null;
      if (client) {
        const base = findBaseUrl(node);
        return { kind: "client", client, base: base ? this.evaluate(base) : null, at: locOf(this.file, base ?? node), label: nameHint ?? client };
      }
    }
    return unknown(node.text);
  }
};
function hasAncestorCall(node, name) {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === "call_expression" && readCall(current)?.name === name)
      return true;
  }
  return false;
}
function defaultRequestUrl(lambda) {
  for (const call of lambda.descendantsOfType("call_expression")) {
    const read = readCall(call);
    if (read && !read.receiver && read.name === "url" && read.args[0] && hasAncestorCall(call, "defaultRequest"))
      return read.args[0];
  }
  return null;
}
var TEST_APPLICATION_CALLS = /* @__PURE__ */ new Set(["testApplication", "withTestApplication", "testSuspend"]);
function insideTestApplication(node) {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type !== "call_expression")
      continue;
    const callee = current.namedChildren[0];
    if (callee?.type === "simple_identifier" && TEST_APPLICATION_CALLS.has(callee.text))
      return true;
  }
  return false;
}
function chainVerb(node, verbs) {
  let current = node;
  while (current.parent?.type === "navigation_expression" && current.parent.namedChildren[0]?.id === current.id && current.parent.parent?.type === "call_expression") {
    current = current.parent.parent;
    const step = readCall(current);
    if (!step)
      return null;
    if (verbs.includes(step.name))
      return step.name;
    if (step.name === "method")
      return (step.args[0] ? stringText(step.args[0]) : null)?.toUpperCase() ?? null;
  }
  return null;
}
function lambdaUrl(lambda) {
  for (const call of lambda.descendantsOfType("call_expression")) {
    const read = readCall(call);
    if (read && !read.receiver && read.name === "url" && read.args[0])
      return read.args[0];
    if (read && read.receiver?.text === "url" && read.name === "takeFrom" && read.args[0])
      return read.args[0];
  }
  return null;
}
function findBaseUrl(node) {
  for (const call of [node, ...node.descendantsOfType("call_expression")]) {
    const read = readCall(call);
    if (read?.name === "baseUrl" && read.args[0])
      return read.args[0];
  }
  return null;
}
function stringText(node) {
  if (node.type !== "string_literal")
    return null;
  if (node.namedChildren.some((c) => c.type !== "string_content" && c.type !== "escape_sequence"))
    return null;
  return node.namedChildren.map((c) => c.text).join("");
}
function terminateOneLineBlocks(content) {
  const chars = content.split("");
  let index = 0;
  const skipString = (start) => {
    const raw = content.startsWith('"""', start);
    let i = start + (raw ? 3 : 1);
    while (i < content.length) {
      if (raw ? content.startsWith('"""', i) : content[i] === '"')
        return i + (raw ? 3 : 1);
      if (!raw && content[i] === "\\")
        i += 2;
      else if (content.startsWith("${", i)) {
        let depth = 1;
        i += 2;
        while (i < content.length && depth > 0) {
          if (content[i] === '"')
            i = skipString(i);
          else {
            if (content[i] === "{")
              depth++;
            else if (content[i] === "}")
              depth--;
            i++;
          }
        }
      } else if (!raw && content[i] === "\n")
        return i;
      else
        i++;
    }
    return i;
  };
  while (index < content.length) {
    const char = content[index];
    if (char === '"')
      index = skipString(index);
    else if (content.startsWith("//", index))
      index = content.indexOf("\n", index) < 0 ? content.length : content.indexOf("\n", index);
    else if (content.startsWith("/*", index))
      index = content.indexOf("*/", index + 2) < 0 ? content.length : content.indexOf("*/", index + 2) + 2;
    else if (char === "'")
      index = content.indexOf("'", index + (content[index + 1] === "\\" ? 3 : 2)) + 1 || content.length;
    else {
      if (char === "}" && (content[index - 1] === " " || content[index - 1] === "	")) {
        let before = index - 1;
        while (before >= 0 && (content[before] === " " || content[before] === "	"))
          before--;
        const previous = before >= 0 ? content[before] : "\n";
        const arrow = previous === ">" && content[before - 1] === "-";
        if (!"{;,(\n\r".includes(previous ?? "\n") && !arrow)
          chars[index - 1] = ";";
      }
      index++;
    }
  }
  return chars.join("");
}
var kotlinExtractor = {
  languages: ["kotlin"],
  extract(file, content, language, options) {
    return extractWithTreeSitter({
      file,
      content,
      language,
      force: options?.force === true,
      grammar: "kotlin",
      worthParsing,
      testDoubles: "kotlin",
      prepare: terminateOneLineBlocks,
      visit: (root, facts) => new KotlinFileVisitor(file, facts).run(root)
    });
  }
};
export {
  kotlinExtractor,
  terminateOneLineBlocks
};
//# sourceMappingURL=kotlin-D5777EMQ.js.map
