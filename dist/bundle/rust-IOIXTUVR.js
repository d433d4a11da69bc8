import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
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
  grpcTarget,
  lit
} from "./chunk-CVAD7S7L.js";
import "./chunk-B3SFOPOV.js";

// dist/extract/rust/index.js
var worthParsing = (content) => /reqwest|ureq|surf|hyper|tonic|awc|isahc|https?:\/\/|env::var|env!|Client::connect|from_static|from_shared|clap/.test(content);
var EXPRESSION_MACROS = /\b(?:format|format_args|env|option_env|concat)!\s*\(/g;
var prepare = (content) => content.replace(EXPRESSION_MACROS, (match) => match.replace("!", " "));
var requestFunctions = {
  "reqwest::get": { client: "reqwest", method: "GET", url: 0 },
  "reqwest::blocking::get": { client: "reqwest", method: "GET", url: 0 },
  "ureq::get": { client: "ureq", method: "GET", url: 0 },
  "ureq::post": { client: "ureq", method: "POST", url: 0 },
  "ureq::put": { client: "ureq", method: "PUT", url: 0 },
  "ureq::patch": { client: "ureq", method: "PATCH", url: 0 },
  "ureq::delete": { client: "ureq", method: "DELETE", url: 0 },
  "ureq::head": { client: "ureq", method: "HEAD", url: 0 },
  "ureq::request": { client: "ureq", method: null, url: 1, methodArg: 0 },
  "surf::get": { client: "surf", method: "GET", url: 0 },
  "surf::post": { client: "surf", method: "POST", url: 0 },
  "surf::put": { client: "surf", method: "PUT", url: 0 },
  "surf::patch": { client: "surf", method: "PATCH", url: 0 },
  "surf::delete": { client: "surf", method: "DELETE", url: 0 },
  "surf::head": { client: "surf", method: "HEAD", url: 0 },
  "isahc::get": { client: "isahc", method: "GET", url: 0 },
  "isahc::get_async": { client: "isahc", method: "GET", url: 0 },
  "isahc::post": { client: "isahc", method: "POST", url: 0 },
  "isahc::post_async": { client: "isahc", method: "POST", url: 0 },
  "isahc::put": { client: "isahc", method: "PUT", url: 0 },
  "isahc::delete": { client: "isahc", method: "DELETE", url: 0 },
  "isahc::head": { client: "isahc", method: "HEAD", url: 0 }
};
var clientConstructors = {
  "reqwest::Client::new": "reqwest",
  "reqwest::Client::builder": "reqwest",
  "reqwest::Client::default": "reqwest",
  "reqwest::ClientBuilder::new": "reqwest",
  "reqwest::blocking::Client::new": "reqwest",
  "reqwest::blocking::Client::builder": "reqwest",
  "reqwest::blocking::ClientBuilder::new": "reqwest",
  "reqwest_middleware::ClientBuilder::new": "reqwest",
  "awc::Client::new": "awc",
  "awc::Client::default": "awc",
  "awc::Client::builder": "awc",
  "awc::ClientBuilder::new": "awc",
  "surf::client": "surf",
  "surf::Client::new": "surf",
  "ureq::agent": "ureq",
  "ureq::Agent::new": "ureq",
  "ureq::AgentBuilder::new": "ureq",
  "ureq::Agent::new_with_defaults": "ureq",
  "isahc::HttpClient::new": "isahc",
  "isahc::HttpClient::builder": "isahc"
};
var clientTypes = {
  "reqwest::Client": "reqwest",
  "reqwest::blocking::Client": "reqwest",
  "reqwest_middleware::ClientWithMiddleware": "reqwest",
  "awc::Client": "awc",
  "surf::Client": "surf",
  "ureq::Agent": "ureq",
  "isahc::HttpClient": "isahc"
};
var clientMethods = {
  get: "GET",
  post: "POST",
  put: "PUT",
  patch: "PATCH",
  delete: "DELETE",
  head: "HEAD",
  request: null
};
var grpcChannelTypes = /* @__PURE__ */ new Set(["Channel", "Endpoint"]);
var grpcChannelFunctions = /* @__PURE__ */ new Set(["from_static", "from_shared", "new", "try_from"]);
var envFunctions = /* @__PURE__ */ new Set(["std::env::var", "std::env::var_os", "env::var", "env::var_os", "dotenv::var", "dotenvy::var"]);
var passThrough = /* @__PURE__ */ new Set([
  "to_string",
  "to_owned",
  "into",
  "as_str",
  "as_ref",
  "clone",
  "borrow",
  "as_deref",
  "parse",
  "unwrap",
  "expect",
  "ok",
  "unwrap_or_default",
  "into_string",
  "to_str",
  "context",
  "with_context",
  "map_err",
  "trim_end_matches"
]);
var URL_PARSE = "Url::parse";
var RustFileVisitor = class {
  file;
  content;
  facts;
  /** Local name → full path, from `use` declarations (`Client` → `reqwest::Client`, `B` → `crate::config::BASE_URL`). */
  imports = /* @__PURE__ */ new Map();
  /** Module-level items of this file (consts, statics, functions), so a name is known before it is declared. */
  items = /* @__PURE__ */ new Set();
  /** `mod x;` declarations: `x::NAME` is the submodule `self::x`. */
  modules = /* @__PURE__ */ new Set();
  /** Struct field types, as `Struct.field` → full path. */
  fieldTypes = /* @__PURE__ */ new Map();
  /** Settings fields clap fills from the environment, by struct path and field (see `commandLineField`). */
  commandLineFields = /* @__PURE__ */ new Map();
  scopes = [];
  impl = null;
  constructor(file, content, facts) {
    this.file = file;
    this.content = content;
    this.facts = facts;
  }
  run(root) {
    for (const use of root.descendantsOfType("use_declaration"))
      this.use(use.childForFieldName("argument"), "");
    for (const child of root.namedChildren) {
      const name = child.childForFieldName("name")?.text;
      if (!name)
        continue;
      if (child.type === "mod_item" && !child.childForFieldName("body"))
        this.modules.add(name);
      if (child.type === "const_item" || child.type === "static_item" || child.type === "function_item")
        this.items.add(name);
    }
    for (const struct of root.descendantsOfType("struct_item")) {
      const name = struct.childForFieldName("name")?.text ?? "";
      for (const field of struct.childForFieldName("body")?.namedChildren ?? []) {
        const type = field.childForFieldName("type");
        const fieldName = field.childForFieldName("name")?.text;
        if (field.type === "field_declaration" && type && fieldName)
          this.fieldTypes.set(`${name}.${fieldName}`, this.typePath(type));
        if (field.type === "field_declaration" && fieldName)
          this.commandLineField(name, fieldName, field);
      }
    }
    this.visit(root);
  }
  /**
   * A settings field clap fills from the environment: `#[arg(long, env, default_value = "http://…")] stock_uri: String`
   * (also `#[clap(…)]`, `env = "STOCK_URL"`): the env var (`STOCK_URI` when not named), else the default. Kept by the
   * struct's path, read where a value of that type is (`settings.stock_uri` of `settings: &Settings`, `Settings::parse()`).
   */
  commandLineField(struct, field, node) {
    let attributes = "";
    for (let sibling = node.previousNamedSibling; sibling?.type === "attribute_item"; sibling = sibling.previousNamedSibling)
      attributes += this.text(sibling);
    const arg = /#\[\s*(?:arg|clap)\s*\(([\s\S]*)\)\s*\]/.exec(attributes)?.[1];
    if (arg === void 0 || !/\benv\b/.test(arg))
      return;
    const envName = /\benv\s*=\s*"([^"]+)"/.exec(arg)?.[1] ?? field.toUpperCase();
    const fallback = /\bdefault_value(?:_t)?\s*=\s*"([^"]*)"/.exec(arg)?.[1];
    const value = fallback === void 0 ? env(envName) : alt([env(envName), lit(fallback)]);
    this.commandLineFields.set(`${this.qualify(struct)}.${field}`, { kind: "step", label: `command-line option ${struct}.${field}`, at: locOf(this.file, node), value });
  }
  /** Original text of a node (the prepared text has `format (` for `format!(`). */
  text(node) {
    return this.content.slice(node.startIndex, node.endIndex);
  }
  isMacro(callee) {
    return this.content[callee.endIndex] === "!";
  }
  use(node, prefix) {
    if (!node)
      return;
    const join = (path) => prefix ? `${prefix}::${path}` : path;
    switch (node.type) {
      case "identifier":
      case "scoped_identifier": {
        const path = join(node.text);
        const last = path.split("::").at(-1) ?? path;
        if (last !== "self")
          this.imports.set(last, path);
        else
          this.imports.set(path.split("::").at(-2) ?? path, path.split("::").slice(0, -1).join("::"));
        return;
      }
      case "use_as_clause": {
        const path = node.childForFieldName("path");
        const alias = node.childForFieldName("alias");
        if (path && alias)
          this.imports.set(alias.text, join(path.text));
        return;
      }
      case "scoped_use_list": {
        const path = node.childForFieldName("path");
        for (const item of node.childForFieldName("list")?.namedChildren ?? [])
          this.use(item, path ? join(path.text) : prefix);
        return;
      }
      case "use_list":
        for (const item of node.namedChildren)
          this.use(item, prefix);
        return;
      default:
    }
  }
  /** `Client` → `reqwest::Client`, `env::var` → `std::env::var`, `config::BASE` → `self::config::BASE` (after `mod config;`). */
  qualify(path) {
    const segments = path.replace(/^::/, "").split("::");
    const head = segments[0] ?? "";
    if (this.scopes.some((scope) => scope.locals.has(head) || scope.params.includes(head)))
      return path;
    const imported = this.imports.get(head);
    if (imported !== void 0)
      return [imported, ...segments.slice(1)].join("::");
    if (this.modules.has(head) && segments.length > 1)
      return ["self", ...segments].join("::");
    return segments.join("::");
  }
  /** A type as a full path, without references, lifetimes and smart pointers: `&'a Arc<Client>` → `reqwest::Client`. */
  typePath(node) {
    let current = node;
    for (let guard = 0; current && guard < 8; guard++) {
      if (current.type === "reference_type")
        current = current.childForFieldName("type");
      else if (current.type === "generic_type" && /^(?:Arc|Rc|Box|Option|RefCell|Mutex|RwLock)$/.test(current.childForFieldName("type")?.text.split("::").at(-1) ?? "")) {
        current = current.childForFieldName("type_arguments")?.namedChildren.find((argument) => argument.type !== "lifetime") ?? null;
      } else
        break;
    }
    if (!current)
      return "";
    const base = current.type === "generic_type" ? current.childForFieldName("type") : current;
    return this.qualify(base?.text ?? "");
  }
  visit(node) {
    switch (node.type) {
      case "use_declaration":
      case "attribute_item":
      case "macro_definition":
        return;
      case "mod_item":
        if (node.previousNamedSibling?.type === "attribute_item" && /cfg\s*\(\s*test\s*\)/.test(node.previousNamedSibling.text))
          return;
        this.visitChildren(node);
        return;
      case "impl_item": {
        const outer = this.impl;
        const type = node.childForFieldName("type");
        this.impl = type ? type.type === "generic_type" ? type.childForFieldName("type")?.text ?? type.text : type.text : null;
        this.visitChildren(node);
        this.impl = outer;
        return;
      }
      case "const_item":
      case "static_item":
        this.visitChildren(node);
        this.item(node);
        return;
      case "function_item":
        this.visitFunction(node);
        return;
      case "let_declaration":
        this.visitChildren(node);
        this.declare(node);
        return;
      case "struct_expression":
        this.visitChildren(node);
        this.structFields(node);
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
  /** `const BASE_URL: &str = "…";` at module level (or in an `impl`: `Self::BASE_URL`); in a function it is a local. */
  item(node) {
    const name = node.childForFieldName("name")?.text;
    const value = node.childForFieldName("value");
    if (!name || !value)
      return;
    const label = `${node.type === "const_item" ? "const" : "static"} ${name}`;
    const scope = this.scopes.at(-1);
    if (scope) {
      scope.locals.set(name, { kind: "step", label, at: locOf(this.file, node), value: this.evaluate(value) });
      return;
    }
    const key = this.impl ? `${this.impl}.${name}` : name;
    this.facts.symbols[key] = { kind: "step", label, at: locOf(this.file, node.childForFieldName("name") ?? node), value: this.evaluate(value) };
    this.facts.exports[key] = { kind: "ref", module: null, name: key, member: [] };
  }
  declare(node) {
    const scope = this.scopes.at(-1);
    const pattern = node.childForFieldName("pattern");
    const value = node.childForFieldName("value");
    if (!scope || pattern?.type !== "identifier")
      return;
    const type = node.childForFieldName("type");
    const parsed = !type && value?.type === "call_expression" ? /^([\w:]+)::(?:parse|try_parse|parse_from|try_parse_from|from_args)$/.exec(value.childForFieldName("function")?.text ?? "") : null;
    if (type)
      scope.types.set(pattern.text, this.typePath(type));
    else if (parsed?.[1])
      scope.types.set(pattern.text, this.qualify(parsed[1]));
    else
      scope.types.delete(pattern.text);
    if (!value) {
      scope.locals.delete(pattern.text);
      return;
    }
    scope.locals.set(pattern.text, { kind: "step", label: `let ${pattern.text}`, at: locOf(this.file, pattern), value: this.evaluate(value, pattern.text) });
  }
  /** `Self { base_url: …, client }` / `ApiClient { … }`: each field is the symbol `ApiClient.base_url` (the first one seen wins). */
  structFields(node) {
    const name = node.childForFieldName("name")?.text;
    const type = name === "Self" ? this.impl : name;
    if (!type || !/^[A-Z]\w*$/.test(type))
      return;
    for (const field of node.childForFieldName("body")?.namedChildren ?? []) {
      const fieldName = field.type === "field_initializer" ? field.childForFieldName("name") : field.type === "shorthand_field_initializer" ? field.namedChildren[0] : null;
      const value = field.type === "field_initializer" ? field.childForFieldName("value") : fieldName;
      if (!fieldName || !value)
        continue;
      const key = `${type}.${fieldName.text}`;
      if (this.facts.symbols[key])
        continue;
      this.facts.symbols[key] = { kind: "step", label: `field ${key}`, at: locOf(this.file, fieldName), value: this.evaluate(value, key) };
    }
  }
  visitFunction(node) {
    const name = node.childForFieldName("name")?.text ?? "fn";
    const outer = this.scopes.at(-1);
    const key = outer ? `${outer.key}.${name}` : this.impl ? `${this.impl}.${name}` : name;
    const params = [];
    const types = /* @__PURE__ */ new Map();
    for (const param of node.childForFieldName("parameters")?.namedChildren ?? []) {
      if (param.type !== "parameter")
        continue;
      const pattern = param.childForFieldName("pattern");
      const id = pattern?.type === "mut_pattern" ? pattern.namedChildren.find((child) => child.type === "identifier") : pattern;
      const paramName = id?.type === "identifier" ? id.text : `_${params.length}`;
      params.push(paramName);
      const type = param.childForFieldName("type");
      if (type)
        types.set(paramName, this.typePath(type));
    }
    const scope = { key, params, locals: /* @__PURE__ */ new Map(), types };
    if (this.impl && !outer)
      scope.selfType = this.impl;
    this.scopes.push(scope);
    const body = node.childForFieldName("body");
    if (body)
      this.visit(body);
    const returned = [];
    const tail = body?.namedChildren.at(-1);
    if (tail && tail.type !== "expression_statement" && tail.type !== "let_declaration" && !tail.type.endsWith("_item"))
      returned.push(tail);
    for (const statement of body?.descendantsOfType("return_expression") ?? []) {
      let nested = false;
      for (let parent = statement.parent; parent && parent.id !== body?.id; parent = parent.parent)
        if (parent.type === "closure_expression" || parent.type === "function_item")
          nested = true;
      const value = statement.namedChildren[0];
      if (!nested && value)
        returned.push(value);
    }
    const returns = returned.length > 0 ? alt(returned.map((value) => this.evaluate(value))) : null;
    this.scopes.pop();
    this.facts.symbols[key] = { kind: "fn", name: key, params, returns };
    if (!outer)
      this.facts.exports[key] = { kind: "ref", module: null, name: key, member: [] };
  }
  // ───────────── calls ─────────────
  visitCall(node) {
    const callee = unwrapGeneric(node.childForFieldName("function"));
    const args = node.childForFieldName("arguments")?.namedChildren ?? [];
    if (!callee)
      return;
    if (callee.type === "identifier" || callee.type === "scoped_identifier") {
      if (this.isMacro(callee))
        return;
      const path = this.qualify(callee.text);
      const request = requestFunctions[path];
      if (request) {
        const method2 = request.methodArg === void 0 ? request.method : methodOf(args[request.methodArg]);
        this.addCall(node, request.client, method2, args[request.url] ?? null);
        return;
      }
      const segments = path.split("::");
      const fn = segments.at(-1) ?? "";
      const type = segments.at(-2) ?? "";
      if (fn === "connect" && args[0] && (/\wClient$/.test(type) && type !== "Client" || segments.some((segment) => segment.endsWith("_client")))) {
        this.facts.calls.push(this.fact("client-config", args[0], "gRPC", null, args[0], channelTarget(this.evaluate(args[0]))));
        return;
      }
      if (grpcChannelTypes.has(type) && grpcChannelFunctions.has(fn) && args[0] && (segments.includes("tonic") || segments.length === 2 && this.content.includes("tonic"))) {
        this.facts.calls.push(this.fact("client-config", args[0], "gRPC", null, args[0], channelTarget(this.evaluate(args[0]))));
        return;
      }
      this.pushInvocation(node, callee, args);
      return;
    }
    if (callee.type !== "field_expression")
      return;
    const method = callee.childForFieldName("field")?.text ?? "";
    const receiverNode = callee.childForFieldName("value");
    if (!receiverNode)
      return;
    if (receiverNode.type === "self" && this.currentSelf())
      this.pushInvocation(node, callee, args);
    if (!Object.hasOwn(clientMethods, method))
      return;
    const urlNode = method === "request" ? args[1] : args[0];
    if (!urlNode)
      return;
    const httpMethod = method === "request" ? methodOf(args[0]) : clientMethods[method] ?? null;
    const declared = this.declaredType(receiverNode);
    if (declared !== null) {
      const client = clientTypes[declared];
      if (client)
        this.addCall(node, client, httpMethod, urlNode, { kind: "client", client, base: null, at: locOf(this.file, receiverNode), label: this.text(receiverNode) });
      return;
    }
    const receiver = this.evaluate(receiverNode);
    const bare = withoutSteps(receiver);
    if (bare.kind === "client")
      this.addCall(node, bare.client, httpMethod, urlNode, receiver);
    else if ((bare.kind === "param" || bare.kind === "ref" || bare.kind === "call") && /client|http|agent/i.test(this.text(receiverNode))) {
      this.addCall(node, "instance", httpMethod, urlNode, receiver);
    }
  }
  currentSelf() {
    return this.scopes.find((scope) => scope.selfType)?.selfType;
  }
  /** The declared type of a parameter, an annotated `let` or a struct field read through `self`; null when not declared. */
  declaredType(node) {
    if (node.type === "identifier") {
      for (let i = this.scopes.length - 1; i >= 0; i--) {
        const scope = this.scopes[i];
        const type = scope?.types.get(node.text);
        if (type !== void 0)
          return type;
        if (scope?.locals.has(node.text) || scope?.params.includes(node.text))
          return null;
      }
      return null;
    }
    if (node.type === "field_expression" && node.childForFieldName("value")?.type === "self") {
      const owner = this.currentSelf();
      return owner ? this.fieldTypes.get(`${owner}.${node.childForFieldName("field")?.text ?? ""}`) ?? null : null;
    }
    return null;
  }
  /**
   * A call of a function of this crate (`fetch_json(&client, url)`, `config::endpoint()`) or a method of the `impl`
   * (`self.get_json(path)`): the resolver follows it when the function passes a parameter into a request's URL.
   */
  pushInvocation(node, callee, args) {
    let target = null;
    if (callee.type === "field_expression") {
      target = { kind: "ref", module: null, name: `${this.currentSelf() ?? ""}.${callee.childForFieldName("field")?.text ?? ""}`, member: [] };
    } else {
      const path = this.qualify(callee.text).split("::");
      const name = path.pop() ?? "";
      const owner = path.at(-1);
      if (path.length === 0) {
        if (this.scopes.some((scope2) => scope2.locals.has(name) || scope2.params.includes(name)) || !this.items.has(name))
          return;
        target = { kind: "ref", module: null, name, member: [] };
      } else if ((owner === "Self" || owner === this.impl && path.length === 1) && this.impl) {
        target = { kind: "ref", module: null, name: `${this.impl}.${name}`, member: [] };
      } else if (/^(?:crate|self|super)$/.test(path[0] ?? "")) {
        const typed = owner !== void 0 && /^[A-Z]/.test(owner);
        target = { kind: "ref", module: (typed ? path.slice(0, -1) : path).join("::"), name: typed ? `${owner}.${name}` : name, member: [] };
      }
    }
    if (!target)
      return;
    const scope = this.scopes.at(-1);
    const invocation = {
      loc: locOf(this.file, node),
      callee: target,
      args: args.map((arg) => this.evaluate(arg)),
      expression: snippet(this.text(node)),
      enclosing: scope?.key ?? "<module>",
      calleeText: snippet(this.text(callee)),
      argTexts: args.map((arg) => snippet(this.text(arg)))
    };
    if (scope)
      invocation.fn = scope.key;
    this.facts.invocations.push(invocation);
  }
  addCall(node, client, method, urlNode, receiver) {
    const fact = this.fact("call", node, client, method, urlNode, urlNode ? this.evaluate(urlNode) : null);
    if (receiver)
      fact.receiver = receiver;
    this.facts.calls.push(fact);
  }
  fact(kind, at, client, method, urlNode, url) {
    const scope = this.scopes.at(-1);
    const fact = { kind, loc: locOf(this.file, at), client, method, expression: snippet(urlNode ? this.text(urlNode) : ""), url, enclosing: scope?.key ?? "<module>" };
    if (scope)
      fact.fn = scope.key;
    return fact;
  }
  // ───────────── values ─────────────
  evaluate(node, nameHint) {
    switch (node.type) {
      case "string_literal":
      case "raw_string_literal":
        return lit(stringValue(node) ?? "");
      case "integer_literal":
        return lit(node.text);
      case "parenthesized_expression":
      case "try_expression":
      case "await_expression":
      case "reference_expression":
      case "unary_expression":
      case "type_cast_expression": {
        const inner = node.type === "reference_expression" ? node.childForFieldName("value") : node.namedChildren[0];
        return inner ? this.evaluate(inner, nameHint) : unknown(this.text(node));
      }
      case "block": {
        const tail = node.namedChildren.at(-1);
        return tail && tail.type !== "expression_statement" && tail.type !== "let_declaration" ? this.evaluate(tail, nameHint) : unknown(this.text(node));
      }
      case "closure_expression": {
        const body = node.childForFieldName("body");
        return body ? this.evaluate(body, nameHint) : unknown(this.text(node));
      }
      case "if_expression": {
        const options = [node.childForFieldName("consequence"), node.childForFieldName("alternative")?.namedChildren[0] ?? null];
        return alt(options.filter((option) => option !== null).map((option) => this.evaluate(option, nameHint)));
      }
      case "binary_expression": {
        const left = node.childForFieldName("left");
        const right = node.childForFieldName("right");
        if (left && right && node.childForFieldName("operator")?.text === "+")
          return concat([this.evaluate(left), this.evaluate(right)]);
        return unknown(this.text(node));
      }
      case "identifier":
        return this.identifier(node.text);
      case "scoped_identifier":
        return this.path(node.text);
      case "field_expression": {
        const value = node.childForFieldName("value");
        const field = node.childForFieldName("field")?.text ?? "";
        const owner = this.currentSelf();
        if (value?.type === "self" && owner) {
          const client = clientTypes[this.fieldTypes.get(`${owner}.${field}`) ?? ""];
          if (client)
            return { kind: "client", client, base: null, at: locOf(this.file, node), label: `${owner}.${field}` };
          return { kind: "ref", module: null, name: `${owner}.${field}`, member: [] };
        }
        const declared = value ? this.declaredType(value) : null;
        const option = declared ? this.commandLineFields.get(`${declared}.${field}`) : void 0;
        if (option)
          return option;
        const base = value ? this.evaluate(value) : unknown(this.text(node));
        return base.kind === "ref" || base.kind === "param" ? { ...base, member: [...base.member, field] } : unknown(this.text(node));
      }
      case "call_expression":
        return this.callValue(node, nameHint);
      default:
        return unknown(this.text(node));
    }
  }
  identifier(name) {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const scope = this.scopes[i];
      const local = scope?.locals.get(name);
      if (local)
        return local;
      const index = scope?.params.indexOf(name) ?? -1;
      if (index >= 0)
        return i === this.scopes.length - 1 ? { kind: "param", index, name, member: [] } : unknown(name);
    }
    return this.path(name);
  }
  /** A path to an item: this file's (`BASE_URL`, `Self::BASE`), or another module's (`crate::config::BASE_URL`, `config::BASE`). */
  path(text) {
    const segments = this.qualify(text).split("::");
    const name = segments.pop() ?? "";
    if (segments.length === 0)
      return { kind: "ref", module: null, name, member: [] };
    if (segments.length === 1 && (segments[0] === "Self" || segments[0] === this.impl) && this.impl)
      return { kind: "ref", module: null, name: `${this.impl}.${name}`, member: [] };
    if (/^(?:crate|self|super)$/.test(segments[0] ?? "")) {
      const owner = segments.at(-1) ?? "";
      if (/^[A-Z]/.test(owner) && segments.length > 1)
        return { kind: "ref", module: segments.slice(0, -1).join("::"), name: `${owner}.${name}`, member: [] };
      return { kind: "ref", module: segments.join("::"), name, member: [] };
    }
    return unknown(text);
  }
  client(client, at, nameHint) {
    return { kind: "client", client, base: null, at: locOf(this.file, at), label: nameHint ?? client };
  }
  callValue(node, nameHint) {
    const callee = unwrapGeneric(node.childForFieldName("function"));
    const args = node.childForFieldName("arguments")?.namedChildren ?? [];
    if (!callee)
      return unknown(this.text(node));
    if (callee.type === "identifier" || callee.type === "scoped_identifier") {
      if (this.isMacro(callee))
        return this.macroValue(callee.text, args, node);
      const path = this.qualify(callee.text);
      const constructed = clientConstructors[path];
      if (constructed)
        return this.client(constructed, node, nameHint);
      if ((envFunctions.has(path) || envFunctions.has(callee.text)) && args[0]) {
        const name = stringValue(args[0]);
        return name === null ? { kind: "lookup", source: "env", key: this.evaluate(args[0]) } : env(name);
      }
      if (/(?:^|::)String::from$/.test(path) || /(?:^|::)(?:Some|Ok)$/.test(path))
        return args[0] ? this.evaluate(args[0], nameHint) : unknown(this.text(node));
      if (/(?:^|::)Url::(?:parse|from_str)$/.test(path) && args[0])
        return { kind: "step", label: URL_PARSE, at: locOf(this.file, node), value: this.evaluate(args[0]) };
      const symbol = this.path(callee.text);
      return symbol.kind === "unknown" ? unknown(this.text(node)) : { kind: "call", callee: symbol, args: args.map((arg) => this.evaluate(arg)) };
    }
    if (callee.type !== "field_expression")
      return unknown(this.text(node));
    const method = callee.childForFieldName("field")?.text ?? "";
    const receiverNode = callee.childForFieldName("value");
    if (!receiverNode)
      return unknown(this.text(node));
    if (receiverNode.type === "self" && this.currentSelf()) {
      return { kind: "call", callee: { kind: "ref", module: null, name: `${this.currentSelf() ?? ""}.${method}`, member: [] }, args: args.map((arg) => this.evaluate(arg)) };
    }
    const receiver = this.evaluate(receiverNode, nameHint);
    if (passThrough.has(method))
      return receiver;
    if (method === "map" && args[0] && /^(?:String::from|ToString::to_string|Into::into|str::to_owned|str::to_string|\|(\w+)\|\s*\1\.(?:to_string|to_owned|into)\(\))$/.test(this.text(args[0])))
      return receiver;
    if (method === "unwrap_or" && args[0])
      return alt([receiver, this.evaluate(args[0])]);
    if (method === "unwrap_or_else" && args[0])
      return alt([receiver, this.evaluate(args[0])]);
    if (method === "join" && args[0] && isUrlParse(receiver))
      return { kind: "url", base: receiver, path: this.evaluate(args[0]) };
    if (withoutSteps(receiver).kind === "client" && !Object.hasOwn(clientMethods, method))
      return receiver;
    return unknown(this.text(node));
  }
  macroValue(name, args, node) {
    const first = args[0];
    if ((name === "env" || name === "option_env") && first) {
      const key = stringValue(first);
      return key === null ? unknown(this.text(node)) : env(key);
    }
    if (name === "concat")
      return concat(args.map((arg) => this.evaluate(arg)));
    if ((name === "format" || name === "format_args") && first) {
      const template = stringValue(first);
      if (template === null)
        return unknown(this.text(node));
      const positional = [];
      const named = /* @__PURE__ */ new Map();
      for (const arg of args.slice(1)) {
        const left = arg.type === "assignment_expression" ? arg.childForFieldName("left") : null;
        const right = arg.type === "assignment_expression" ? arg.childForFieldName("right") : null;
        if (left?.type === "identifier" && right)
          named.set(left.text, right);
        else
          positional.push(arg);
      }
      let next = 0;
      return formatTemplate(template, /\{\{|\}\}|\{[^{}]*\}/, (match) => {
        if (match === "{{")
          return lit("{");
        if (match === "}}")
          return lit("}");
        const spec = match.slice(1, -1).split(":")[0]?.trim() ?? "";
        if (spec === "")
          return positional[next] ? this.evaluate(positional[next++]) : null;
        if (/^\d+$/.test(spec))
          return positional[Number(spec)] ? this.evaluate(positional[Number(spec)]) : null;
        const argument = named.get(spec);
        return argument ? this.evaluate(argument) : /^[A-Za-z_]\w*$/.test(spec) ? this.identifier(spec) : null;
      });
    }
    return unknown(this.text(node));
  }
};
function channelTarget(sym) {
  if (sym.kind === "step")
    return { ...sym, value: channelTarget(sym.value) };
  if (sym.kind === "alt")
    return { kind: "alt", options: sym.options.map(channelTarget) };
  return grpcTarget(sym);
}
function withoutSteps(sym) {
  let current = sym;
  while (current.kind === "step")
    current = current.value;
  return current;
}
function isUrlParse(sym) {
  for (let current = sym; ; current = current.value) {
    if (current.kind !== "step")
      return false;
    if (current.label === URL_PARSE)
      return true;
  }
}
function unwrapGeneric(node) {
  return node?.type === "generic_function" ? node.childForFieldName("function") : node;
}
var ESCAPES = { n: "\n", t: "	", r: "\r", "0": "\0", "\\": "\\", '"': '"', "'": "'" };
function stringValue(node) {
  if (!node)
    return null;
  if (node.type === "raw_string_literal")
    return /^r(#*)"([\s\S]*)"\1$/.exec(node.text)?.[2] ?? null;
  if (node.type !== "string_literal" || !node.text.startsWith('"'))
    return null;
  return node.text.slice(1, -1).replace(/\\\n\s*/g, "").replace(/\\(.)/g, (whole, char) => ESCAPES[char] ?? whole);
}
function methodOf(node) {
  if (!node)
    return null;
  const literal = stringValue(node);
  if (literal !== null)
    return literal.toUpperCase();
  return /(?:^|::)Method::([A-Z]+)$/.exec(node.text)?.[1] ?? null;
}
var rustExtractor = {
  languages: ["rust"],
  extract(file, content, language, options) {
    return extractWithTreeSitter({
      file,
      content,
      language,
      force: options?.force === true,
      grammar: "rust",
      worthParsing,
      prepare,
      visit: (root, facts) => new RustFileVisitor(file, content, facts).run(root)
    });
  }
};
export {
  rustExtractor
};
//# sourceMappingURL=rust-IOIXTUVR.js.map
