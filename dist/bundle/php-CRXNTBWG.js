import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  environmentFromFileName
} from "./chunk-OUQS2ATI.js";
import {
  CONSTRUCTED,
  withConstructorArguments
} from "./chunk-CV25BDJB.js";
import {
  alt,
  env,
  extractWithTreeSitter,
  locOf,
  orElse,
  snippet,
  unknown
} from "./chunk-3ERYL26K.js";
import "./chunk-CWBZCED3.js";
import {
  concat,
  formatTemplate,
  lit,
  withoutSteps
} from "./chunk-CVAD7S7L.js";
import "./chunk-B3SFOPOV.js";

// dist/extract/php/index.js
var worthParsing = (content) => /Guzzle|HttpClient|Http::|curl_|file_get_contents|https?:\/\/|getenv|\$_ENV|\$_SERVER|env\(|httpClient|\$config\[|\$conf\[|drupal_http_request|config\(/i.test(content);
var DRUPAL_SETTINGS = /^(?:[\w-]+\.)*settings(?:\.[\w-]+)*\.php$/;
var LARAVEL_CONFIG = /(?:^|\/)config\/([A-Za-z0-9_-]+)\.php$/;
var verbs = {
  get: "GET",
  post: "POST",
  put: "PUT",
  patch: "PATCH",
  delete: "DELETE",
  head: "HEAD",
  options: "OPTIONS",
  getAsync: "GET",
  postAsync: "POST",
  putAsync: "PUT",
  patchAsync: "PATCH",
  deleteAsync: "DELETE",
  request: null,
  requestAsync: null
};
var PhpFileVisitor = class {
  file;
  facts;
  namespace = "";
  uses = /* @__PURE__ */ new Map();
  classes = [];
  scopes = [];
  /** In a Drupal settings file: the environment its `$config` overrides apply in (undefined: not such a file). */
  settingsEnvironment;
  constructor(file, facts) {
    this.file = file;
    this.facts = facts;
    const name = file.slice(file.lastIndexOf("/") + 1).toLowerCase();
    if (DRUPAL_SETTINGS.test(name))
      this.settingsEnvironment = /^(?:default|example)\./.test(name) ? "template" : environmentFromFileName(name, ["settings", "php"]);
  }
  /** Numbers the `new Class(…)` creations of the file (see CONSTRUCTED). */
  creations = 0;
  /** Functions (`name`) and methods (`Class.name`) this file declares: calls of them may be wrappers. */
  declared = /* @__PURE__ */ new Set();
  visit(node) {
    switch (node.type) {
      case "program":
        for (const declaration of node.descendantsOfType(["function_definition", "method_declaration"])) {
          const name = declaration.childForFieldName("name")?.text;
          if (!name)
            continue;
          let owner = declaration.parent;
          while (owner && !["class_declaration", "trait_declaration", "interface_declaration", "function_definition", "method_declaration"].includes(owner.type))
            owner = owner.parent;
          if (declaration.type === "function_definition" && !owner)
            this.declared.add(name);
          else if (declaration.type === "method_declaration" && owner && owner.type !== "function_definition" && owner.type !== "method_declaration")
            this.declared.add(`${owner.childForFieldName("name")?.text ?? "?"}.${name}`);
        }
        this.visitChildren(node);
        return;
      case "namespace_definition":
        this.namespace = node.childForFieldName("name")?.text ?? "";
        this.visitChildren(node);
        return;
      case "namespace_use_clause": {
        const name = node.namedChildren.find((c) => c.type === "qualified_name" || c.type === "name");
        const alias = node.childForFieldName("alias")?.text ?? node.namedChildren.find((c, i) => i > 0 && c.type === "name")?.text;
        if (name)
          this.uses.set(alias ?? name.text.split("\\").at(-1) ?? name.text, name.text.replace(/^\\/, ""));
        return;
      }
      case "class_declaration":
      case "trait_declaration":
      case "interface_declaration": {
        this.classes.push(node.childForFieldName("name")?.text ?? "?");
        this.visitChildren(node);
        this.classes.pop();
        return;
      }
      case "const_declaration":
        for (const element of node.namedChildren.filter((c) => c.type === "const_element")) {
          const [name, value] = element.namedChildren;
          if (!name || !value)
            continue;
          const owner = this.classes.at(-1);
          const key = owner ? `${owner}.${name.text}` : name.text;
          this.facts.symbols[key] = { kind: "step", label: `const ${key}`, at: locOf(this.file, name), value: this.evaluate(value) };
          this.facts.exports[key] = { kind: "ref", module: null, name: key, member: [] };
        }
        return;
      case "method_declaration":
      case "function_definition":
        this.visitFunction(node);
        return;
      case "return_statement": {
        this.visitChildren(node);
        const file = LARAVEL_CONFIG.exec(this.file)?.[1];
        const array = node.namedChildren[0];
        if (file && array?.type === "array_creation_expression" && this.scopes.length === 0 && this.classes.length === 0)
          this.configBindings(file, array);
        return;
      }
      case "assignment_expression":
        this.visitChildren(node);
        this.visitAssignment(node);
        return;
      case "function_call_expression":
        this.visitChildren(node);
        this.visitFunctionCall(node);
        return;
      case "member_call_expression":
      case "scoped_call_expression":
        this.visitChildren(node);
        this.visitMethodCall(node);
        return;
      case "object_creation_expression":
        this.visitChildren(node);
        this.visitCreation(node);
        return;
      default:
        this.visitChildren(node);
    }
  }
  visitChildren(node) {
    for (const child of node.namedChildren)
      this.visit(child);
  }
  /** Each string-keyed entry of a Laravel config array, nested arrays by dotted path, as a `config` binding (`services.sisu.url`). */
  configBindings(prefix, array) {
    for (const element of array.namedChildren) {
      if (element.type !== "array_element_initializer" || element.namedChildren.length !== 2)
        continue;
      const [keyNode, valueNode] = element.namedChildren;
      const key = keyNode ? stringText(keyNode) : null;
      if (key === null || !valueNode)
        continue;
      const name = `${prefix}.${key}`;
      if (valueNode.type === "array_creation_expression") {
        this.configBindings(name, valueNode);
        continue;
      }
      const value = bindingText(this.evaluate(valueNode));
      if (value === null)
        continue;
      const binding = { type: "config", name, value, loc: locOf(this.file, keyNode ?? valueNode), source: "laravel-config", environment: null, service: null };
      this.facts.bindings.push(binding);
    }
  }
  visitFunction(node) {
    const name = node.childForFieldName("name")?.text ?? "?";
    const owner = this.classes.at(-1);
    const key = owner ? `${owner}.${name}` : name;
    const params = [];
    const scope = { key, params, locals: /* @__PURE__ */ new Map() };
    for (const param of node.childForFieldName("parameters")?.namedChildren ?? []) {
      const variable = param.childForFieldName("name")?.text.replace(/^\$/, "");
      if (!variable)
        continue;
      params.push(variable);
      const type = param.childForFieldName("type")?.text ?? "";
      if (/ConfigFactory(?:Interface)?$/.test(type))
        (scope.configFactories ??= /* @__PURE__ */ new Set()).add(variable);
      if (/ClientInterface|HttpClientInterface|^\\?GuzzleHttp\\Client$|^Client$/.test(type) && owner) {
        this.facts.symbols[`${owner}.${variable}`] = this.client(/HttpClientInterface/.test(type) ? "SymfonyHttpClient" : "Guzzle", null, param, variable);
      }
    }
    this.scopes.push(scope);
    const body = node.childForFieldName("body");
    if (body)
      this.visit(body);
    const returned = body?.descendantsOfType("return_statement")[0]?.namedChildren[0];
    const returns = returned ? this.evaluate(returned) : null;
    this.scopes.pop();
    this.facts.symbols[key] = { kind: "fn", name: key, params, returns };
  }
  visitAssignment(node) {
    const left = node.childForFieldName("left");
    const right = node.childForFieldName("right");
    if (!left || !right)
      return;
    const scope = this.scopes.at(-1);
    const owner = this.classes.at(-1);
    if (left.type === "variable_name") {
      const name = left.text.replace(/^\$/, "");
      const value = { kind: "step", label: `variable $${name}`, at: locOf(this.file, left), value: this.evaluate(right, name) };
      if (scope)
        scope.locals.set(name, value);
      else
        this.facts.symbols[`$${name}`] = value;
    } else if (left.type === "subscript_expression" && this.settingsEnvironment !== void 0 && !scope) {
      this.drupalSetting(left, right);
    } else if (left.type === "member_access_expression" && left.childForFieldName("object")?.text === "$this" && owner) {
      const field = left.childForFieldName("name")?.text ?? "?";
      const value = this.evaluate(right, field);
      const derived = scope?.key === `${owner}.__construct` ? withConstructorArguments(value, owner) : value;
      this.facts.symbols[`${owner}.${field}`] = { kind: "step", label: `property ${owner}::$${field}`, at: locOf(this.file, left), value: derived };
    }
  }
  /**
   * `$config['esb']['url'] = 'https://…'` in a Drupal settings file: the config binding `esb.url` (read by
   * `\Drupal::config('esb')->get('url')`); Drupal 7's `$conf['esb_url'] = …`: the variable `esb_url` (`variable_get('esb_url')`).
   */
  drupalSetting(left, right) {
    const keys = [];
    let target = left;
    while (target?.type === "subscript_expression") {
      const children = target.namedChildren;
      const key = children[1];
      const text = key ? stringText(key) : null;
      if (text === null)
        return;
      keys.unshift(text);
      target = children[0];
    }
    const value = bindingText(this.evaluate(right));
    const drupal7 = target?.text === "$conf" && keys.length === 1;
    if (!(drupal7 || target?.text === "$config" && keys.length >= 2) || value === null)
      return;
    this.facts.bindings.push({
      type: "config",
      name: keys.join("."),
      value,
      loc: locOf(this.file, left),
      source: "drupal-settings",
      environment: this.settingsEnvironment ?? null,
      service: null
    });
  }
  /**
   * Drupal configuration: a config object (`\Drupal::config('esb')`, `$this->config('esb')`, `$configFactory->get('esb')`,
   * `\Drupal::configFactory()->getEditable('esb')`, one kept in `$this->config`) is `config` of its name; `->get('url')` on
   * it reads the key `esb.url`.
   */
  drupalConfig(node) {
    const method = node.childForFieldName("name")?.text ?? "";
    const receiver = node.childForFieldName("object");
    const name = argumentsOf(node)[0];
    const text = name ? this.constantText(name) : null;
    if (!receiver || text === null)
      return null;
    if (method === "config")
      return receiver.text === "$this" ? { kind: "config", key: text } : null;
    if (method !== "get" && method !== "getEditable")
      return null;
    const object = this.evaluate(receiver);
    const bare = object.kind === "step" ? object.value : object;
    if (bare.kind === "config")
      return method === "get" ? { kind: "config", key: `${bare.key}.${text}` } : null;
    return this.isConfigFactory(receiver) ? { kind: "config", key: text } : null;
  }
  /** `$this->apiUrl($id)`: what the class's own method returns for these arguments (`getApiUrl()` building a URL). */
  ownMethodCall(node) {
    const owner = this.classes.at(-1);
    const method = node.childForFieldName("name")?.text;
    if (!owner || !method || node.childForFieldName("object")?.text !== "$this")
      return null;
    return { kind: "call", callee: { kind: "ref", module: null, name: `${owner}.${method}`, member: [] }, args: argumentsOf(node).map((argument) => this.evaluate(argument)) };
  }
  isConfigFactory(node) {
    if (/configFactory|config\.factory/i.test(node.text))
      return true;
    const name = node.type === "variable_name" ? node.text.replace(/^\$/, "") : null;
    return name !== null && (this.scopes.at(-1)?.configFactories?.has(name) ?? false);
  }
  /** A string literal's text, or a class constant's of this file (`self::CONFIG_NAME`). */
  constantText(node) {
    const literal = stringText(node);
    if (literal !== null)
      return literal;
    const value = node.type === "class_constant_access_expression" ? this.evaluate(node) : null;
    const symbol = value?.kind === "ref" && value.module === null ? this.facts.symbols[value.name] : void 0;
    const inner = symbol?.kind === "step" ? symbol.value : symbol;
    return inner?.kind === "lit" ? inner.value : null;
  }
  visitFunctionCall(node) {
    const name = node.childForFieldName("function")?.text.replace(/^\\/, "") ?? "";
    const args = argumentsOf(node);
    if (name === "define" && args[0] && args[1]) {
      const constant = stringText(args[0]);
      if (constant !== null && this.scopes.length === 0) {
        this.facts.symbols[constant] = { kind: "step", label: `define ${constant}`, at: locOf(this.file, args[0]), value: this.evaluate(args[1]) };
        this.facts.exports[constant] = { kind: "ref", module: null, name: constant, member: [] };
      }
      return;
    }
    if (this.declared.has(name) && args.length > 0)
      this.addInvocation(node, { kind: "ref", module: null, name, member: [] }, name, args);
    if (name === "curl_init" && args[0])
      this.addCall(node, "curl", null, args[0]);
    else if (name === "drupal_http_request" && args[0]) {
      const method = optionValue(args[1], "method");
      const options = args[1] && args[1].type !== "array_creation_expression" ? null : "GET";
      this.addCall(node, "drupal_http_request", (method ? stringText(method)?.toUpperCase() : options) ?? null, args[0]);
    } else if (name === "curl_setopt" && args[1]?.text === "CURLOPT_URL" && args[2])
      this.addCall(node, "curl", null, args[2]);
    else if (name === "file_get_contents" && args[0]) {
      const url = this.evaluate(args[0]);
      if (mayBeRemote(url))
        this.facts.calls.push(this.fact("call", node, "file_get_contents", "GET", args[0], url));
    }
  }
  visitMethodCall(node) {
    const method = node.childForFieldName("name")?.text ?? "";
    const args = argumentsOf(node);
    const receiverNode = node.childForFieldName("object") ?? node.childForFieldName("scope");
    if (!receiverNode)
      return;
    const owner = this.classes.at(-1);
    if (owner && args.length > 0 && this.declared.has(`${owner}.${method}`) && ["$this", "self", "static"].includes(receiverNode.text)) {
      this.addInvocation(node, { kind: "ref", module: null, name: `${owner}.${method}`, member: [] }, method, args);
    }
    if (node.type === "scoped_call_expression") {
      const scope = this.className(receiverNode.text);
      if (/^(Illuminate\\Support\\Facades\\)?Http$/.test(scope) && method in verbs && method !== "request" && args[0]) {
        this.addCall(node, "LaravelHttp", verbs[method] ?? null, args[0]);
        return;
      }
      if (/^(Illuminate\\Support\\Facades\\)?Http$/.test(scope) && method === "baseUrl" && args[0]) {
        this.facts.calls.push(this.fact("client-config", args[0], "LaravelHttp", null, args[0], this.evaluate(args[0])));
        return;
      }
      if (/HttpClient$/.test(scope) && (method === "create" || method === "createForBaseUri")) {
        const base = method === "create" ? optionValue(args[0], "base_uri") : args[0];
        if (base)
          this.facts.calls.push(this.fact("client-config", base, "SymfonyHttpClient", null, base, this.evaluate(base)));
      }
      return;
    }
    if (method === "send" && args[1]) {
      const pending = this.evaluate(receiverNode);
      const client2 = withoutSteps(pending);
      const laravel = client2.kind === "client" && client2.client === "LaravelHttp";
      if ((laravel || /http/i.test(receiverNode.text)) && stringText(args[0]) !== null) {
        const fact2 = this.fact("call", node, laravel ? "LaravelHttp" : "instance", stringText(args[0])?.toUpperCase() ?? null, args[1], this.evaluate(args[1]));
        fact2.receiver = pending;
        this.facts.calls.push(fact2);
      }
      return;
    }
    if (!(method in verbs) || !args[0])
      return;
    const receiver = this.evaluate(receiverNode);
    const bare = withoutSteps(receiver);
    const known = bare.kind === "client";
    if (!known && !/client|http|guzzle/i.test(receiverNode.text))
      return;
    let verb = verbs[method] ?? null;
    let urlNode = args[0];
    if (method === "request" || method === "requestAsync") {
      verb = stringText(args[0])?.toUpperCase() ?? null;
      urlNode = args[1];
    }
    if (!urlNode)
      return;
    const client = known ? bare.client : "instance";
    const fact = this.fact("call", node, client, verb, urlNode, this.evaluate(urlNode));
    fact.receiver = receiver;
    this.facts.calls.push(fact);
  }
  /**
   * A step of a fluent client builder (`$request->retry(2)`, `Http::withToken($t)->acceptJson()`): the client it is
   * called on, so a pending request kept in a variable and built on (`$request = $request->withoutVerifying()`) is still one.
   */
  fluentClient(node) {
    const method = node.childForFieldName("name")?.text ?? "";
    const receiverNode = node.childForFieldName("object");
    if (!receiverNode || method in verbs || method === "send")
      return null;
    const receiver = this.evaluate(receiverNode);
    const bare = withoutSteps(receiver);
    return bare.kind === "client" && bare.client === "LaravelHttp" ? receiver : null;
  }
  visitCreation(node) {
    const type = this.className(node.namedChildren[0]?.text ?? "");
    const args = argumentsOf(node);
    const simple = type.split("\\").at(-1) ?? type;
    if (/^[A-Z]\w*$/.test(simple) && args.length > 0) {
      this.facts.symbols[`${CONSTRUCTED}${simple}#${this.creations++}`] = { kind: "object", props: Object.fromEntries(args.map((argument, index) => [String(index), this.evaluate(argument)])) };
    }
    if (type === "GuzzleHttp\\Client" || type === "Client") {
      const base = optionValue(args[0], "base_uri");
      if (base)
        this.facts.calls.push(this.fact("client-config", base.parent ?? base, "Guzzle", null, base, this.evaluate(base)));
    }
  }
  className(name) {
    const bare = name.replace(/^\\/, "");
    return this.uses.get(bare) ?? bare;
  }
  client(client, base, at, nameHint) {
    return { kind: "client", client, base: base ? this.evaluate(base) : null, at: locOf(this.file, base?.parent ?? at), label: nameHint ?? client };
  }
  /** A call of a function or method of this file: the resolver follows it when the callee puts a parameter into a request's URL. */
  addInvocation(node, callee, calleeText, args) {
    const scope = this.scopes.at(-1);
    const invocation = {
      loc: locOf(this.file, node),
      callee,
      args: args.map((argument) => this.evaluate(argument)),
      expression: snippet(node.text),
      enclosing: scope?.key ?? this.classes.at(-1) ?? "<file>",
      calleeText: snippet(calleeText),
      argTexts: args.map((argument) => snippet(argument.text))
    };
    if (scope)
      invocation.fn = scope.key;
    this.facts.invocations.push(invocation);
  }
  addCall(node, client, method, urlNode) {
    this.facts.calls.push(this.fact("call", node, client, method, urlNode, this.evaluate(urlNode)));
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
      case "string":
      case "encapsed_string":
      case "heredoc":
      case "nowdoc":
        return concat(node.namedChildren.map((part) => {
          if (part.type === "string_content" || part.type === "string_value" || part.type === "escape_sequence" || part.type === "heredoc_body" || part.type === "nowdoc_body")
            return lit(part.text);
          if (part.type === "heredoc_start" || part.type === "heredoc_end")
            return lit("");
          return this.evaluate(part);
        }));
      case "integer":
        return lit(node.text);
      case "parenthesized_expression":
        return node.namedChildren[0] ? this.evaluate(node.namedChildren[0], nameHint) : unknown(node.text);
      case "binary_expression": {
        const left = node.childForFieldName("left");
        const right = node.childForFieldName("right");
        const operator = node.childForFieldName("operator")?.text ?? node.children.find((c) => !c.isNamed)?.text;
        if (!left || !right)
          return unknown(node.text);
        if (operator === ".")
          return concat([this.evaluate(left), this.evaluate(right)]);
        if (operator === "??")
          return alt([this.evaluate(left), this.evaluate(right)]);
        if (operator === "?:" || operator === "||" || operator === "or")
          return orElse(this.evaluate(left), this.evaluate(right));
        return unknown(node.text);
      }
      case "conditional_expression": {
        const a = node.childForFieldName("body");
        const b = node.childForFieldName("alternative");
        return a && b ? alt([this.evaluate(a), this.evaluate(b)]) : unknown(node.text);
      }
      case "variable_name": {
        const name = node.text.replace(/^\$/, "");
        for (let i = this.scopes.length - 1; i >= 0; i--) {
          const scope = this.scopes[i];
          const local = scope?.locals.get(name);
          if (local)
            return local;
          const index = scope?.params.indexOf(name) ?? -1;
          if (index >= 0 && i === this.scopes.length - 1)
            return { kind: "param", index, name, member: [] };
        }
        return this.facts.symbols[`$${name}`] ?? unknown(node.text);
      }
      case "name":
        return { kind: "ref", module: null, name: node.text, member: [] };
      case "member_access_expression": {
        const owner = this.classes.at(-1);
        const field = node.childForFieldName("name")?.text ?? "";
        if (node.childForFieldName("object")?.text === "$this" && owner) {
          return this.facts.symbols[`${owner}.${field}`] ?? { kind: "ref", module: null, name: `${owner}.${field}`, member: [] };
        }
        return unknown(node.text);
      }
      case "class_constant_access_expression": {
        const [scopeNode, nameNode] = node.namedChildren;
        const scope = scopeNode?.text ?? "";
        const owner = scope === "self" || scope === "static" ? this.classes.at(-1) ?? scope : scope;
        const key = `${owner.split("\\").at(-1)}.${nameNode?.text ?? ""}`;
        if (this.classes.includes(owner) || scope === "self" || scope === "static")
          return { kind: "ref", module: null, name: key, member: [] };
        const qualified = this.uses.has(owner) || owner.startsWith("\\") || !this.namespace ? this.className(owner) : `${this.namespace}\\${owner}`;
        return { kind: "ref", module: qualified, name: key, member: [] };
      }
      case "subscript_expression": {
        const [target, key] = node.namedChildren;
        const name = key ? stringText(key) : null;
        if (name !== null && (target?.text === "$_ENV" || target?.text === "$_SERVER"))
          return env(name);
        return unknown(node.text);
      }
      case "function_call_expression":
        return this.callValue(node);
      case "member_call_expression":
        return this.drupalConfig(node) ?? this.ownMethodCall(node) ?? this.fluentClient(node) ?? unknown(node.text);
      case "object_creation_expression": {
        const type = this.className(node.namedChildren[0]?.text ?? "");
        if (type === "GuzzleHttp\\Client" || type === "Client")
          return this.client("Guzzle", optionValue(argumentsOf(node)[0], "base_uri"), node, nameHint);
        return unknown(node.text);
      }
      case "scoped_call_expression": {
        const scope = this.className(node.childForFieldName("scope")?.text ?? "");
        const method = node.childForFieldName("name")?.text;
        const args = argumentsOf(node);
        const configName = scope === "Drupal" && method === "config" && args[0] ? this.constantText(args[0]) : null;
        if (configName !== null)
          return { kind: "config", key: configName };
        if (/HttpClient$/.test(scope) && method === "create")
          return this.client("SymfonyHttpClient", optionValue(args[0], "base_uri"), node, nameHint);
        if (/HttpClient$/.test(scope) && method === "createForBaseUri")
          return this.client("SymfonyHttpClient", args[0] ?? null, node, nameHint);
        if (scope === "Drupal" && method === "httpClient")
          return this.client("Guzzle", null, node, nameHint);
        if (/^(Illuminate\\Support\\Facades\\)?Http$/.test(scope))
          return this.client("LaravelHttp", method === "baseUrl" ? args[0] ?? null : null, node, nameHint);
        const key = args[0] ? stringText(args[0]) : null;
        if (/^(Illuminate\\Support\\Facades\\)?Config$/.test(scope) && method === "get" && key !== null)
          return args[1] ? alt([{ kind: "config", key }, this.evaluate(args[1])]) : { kind: "config", key };
        return unknown(node.text);
      }
      default:
        return unknown(node.text);
    }
  }
  callValue(node) {
    const name = node.childForFieldName("function")?.text.replace(/^\\/, "") ?? "";
    const args = argumentsOf(node);
    const key = args[0] ? stringText(args[0]) : null;
    if (name === "getenv" && key !== null)
      return env(key);
    if (name === "variable_get" && key !== null) {
      const fallback = args[1] ? this.evaluate(args[1]) : null;
      return fallback && !(fallback.kind === "lit" && fallback.value === "") && fallback.kind !== "unknown" ? alt([{ kind: "config", key }, fallback]) : { kind: "config", key };
    }
    if (name === "env" && key !== null)
      return args[1] ? alt([env(key), this.evaluate(args[1])]) : env(key);
    if (name === "config" && key !== null)
      return args[1] ? alt([{ kind: "config", key }, this.evaluate(args[1])]) : { kind: "config", key };
    if (name === "sprintf" && key !== null) {
      const rest = args.slice(1);
      return formatTemplate(key, /%(?:\d+\$)?[-+ 0]*\d*(?:\.\d+)?[sdu]/, (_m, i) => rest[i] ? this.evaluate(rest[i]) : null);
    }
    if (name === "rtrim" || name === "trim" || name === "urlencode" || name === "rawurlencode")
      return args[0] ? this.evaluate(args[0]) : unknown(node.text);
    return { kind: "call", callee: { kind: "ref", module: null, name, member: [] }, args: args.map((a) => this.evaluate(a)) };
  }
};
function argumentsOf(node) {
  const list = node.childForFieldName("arguments") ?? node.namedChildren.find((c) => c.type === "arguments");
  return (list?.namedChildren ?? []).filter((c) => c.type === "argument").map((c) => c.namedChildren.at(-1)).filter(Boolean);
}
function optionValue(array, key) {
  if (array?.type !== "array_creation_expression")
    return null;
  for (const element of array.namedChildren) {
    const [k, v] = element.namedChildren;
    if (k && v && stringText(k) === key)
      return v;
  }
  return null;
}
function bindingText(sym) {
  if (sym.kind === "lit")
    return sym.value;
  if (sym.kind === "env")
    return `\${${sym.name}}`;
  if (sym.kind === "alt" && sym.options.length === 2 && sym.options[0]?.kind === "env" && sym.options[1]?.kind === "lit")
    return `\${${sym.options[0].name}:${sym.options[1].value}}`;
  if (sym.kind === "concat") {
    const parts = sym.parts.map(bindingText);
    return parts.every((part) => part !== null) ? parts.join("") : null;
  }
  return null;
}
function stringText(node) {
  if (node.type !== "string" && node.type !== "encapsed_string")
    return null;
  if (node.namedChildren.some((c) => c.type !== "string_content" && c.type !== "string_value" && c.type !== "escape_sequence"))
    return null;
  return node.namedChildren.map((c) => c.text).join("");
}
function mayBeRemote(sym) {
  switch (sym.kind) {
    case "lit":
      return /^https?:\/\//.test(sym.value);
    case "concat":
      return sym.parts[0] ? mayBeRemote(sym.parts[0]) : false;
    case "step":
      return mayBeRemote(sym.value);
    case "env":
      return true;
    case "config":
      return /url|uri|host|base|endpoint|api/i.test(sym.key);
    case "ref":
      return /URL|URI|HOST|BASE|ENDPOINT|API/i.test(sym.name);
    case "alt":
      return sym.options.some(mayBeRemote);
    default:
      return false;
  }
}
var phpExtractor = {
  languages: ["php"],
  extract(file, content, language, options) {
    return extractWithTreeSitter({
      file,
      content,
      language,
      force: options?.force === true,
      grammar: "php",
      worthParsing,
      visit: (root, facts) => new PhpFileVisitor(file, facts).visit(root)
    });
  }
};
export {
  phpExtractor
};
//# sourceMappingURL=php-CRXNTBWG.js.map
