import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  own
} from "./chunk-5TULVUP7.js";
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
  lit
} from "./chunk-CVAD7S7L.js";
import "./chunk-B3SFOPOV.js";

// dist/extract/ruby/index.js
var CLIENT_MODULES = {
  HTTParty: "HTTParty",
  RestClient: "RestClient",
  Faraday: "Faraday",
  Typhoeus: "Typhoeus",
  Excon: "Excon",
  HTTP: "http.rb",
  HTTPX: "HTTPX"
};
var CLIENT_OPTION_METHODS = /* @__PURE__ */ new Set(["auth", "basic_auth", "headers", "timeout", "follow", "via", "accept", "cookies", "use", "persistent", "encoding", "nodelay", "plugin", "with", "with_headers", "with_timeout"]);
var CONNECTION_CONSTRUCTORS = { Excon: "Excon", "RestClient::Resource": "RestClient" };
var REQUEST_CONSTRUCTORS = { "Typhoeus::Request": "Typhoeus" };
var worthParsing = (content) => /Net::HTTP|Faraday|HTTParty|RestClient|Savon|Typhoeus|Excon|HTTPX?\.|open-uri|URI\.open|https?:\/\/|ENV\b|base_uri/.test(content);
var verbs = {
  get: "GET",
  post: "POST",
  put: "PUT",
  patch: "PATCH",
  delete: "DELETE",
  head: "HEAD",
  options: "OPTIONS",
  get_response: "GET",
  post_form: "POST",
  run_request: null
};
var netHttpRequests = { Get: "GET", Post: "POST", Put: "PUT", Patch: "PATCH", Delete: "DELETE", Head: "HEAD" };
var RubyFileVisitor = class {
  file;
  facts;
  classes = [];
  /** Classes that `include HTTParty`, with their `base_uri` once seen. */
  httparty = /* @__PURE__ */ new Map();
  scopes = [];
  /** Modules each class includes (`include RemoteCalls`): their methods are the class's (see `methodCall`). */
  includes = /* @__PURE__ */ new Map();
  constructor(file, facts) {
    this.file = file;
    this.facts = facts;
  }
  visit(node) {
    switch (node.type) {
      case "class":
      case "module": {
        const name = node.childForFieldName("name")?.text ?? "?";
        this.classes.push(this.classes.length ? `${this.classes.at(-1)}::${name}` : name);
        this.visitChildren(node);
        this.classes.pop();
        return;
      }
      case "method":
      case "singleton_method":
        this.visitMethod(node);
        return;
      case "assignment":
        this.visitChildren(node);
        this.visitAssignment(node);
        return;
      case "call": {
        const unbind = this.bindConnectionBlock(node);
        this.visitChildren(node);
        this.visitCall(node);
        unbind?.();
        return;
      }
      default:
        this.visitChildren(node);
    }
  }
  visitChildren(node) {
    for (const child of node.namedChildren)
      this.visit(child);
  }
  visitMethod(node) {
    const name = node.childForFieldName("name")?.text ?? "?";
    const owner = this.classes.at(-1);
    const key = owner ? `${owner}.${name}` : name;
    const params = (node.childForFieldName("parameters")?.namedChildren ?? []).map((p) => p.type === "identifier" ? p.text : p.childForFieldName("name")?.text ?? "").filter(Boolean);
    const scope = { key, params, locals: /* @__PURE__ */ new Map() };
    this.scopes.push(scope);
    for (const child of node.namedChildren)
      if (child.type !== "method_parameters" && child.type !== "identifier")
        this.visit(child);
    const last = params.length === 0 ? (node.childForFieldName("body") ?? node).namedChildren.at(-1) : void 0;
    const made = last?.type === "operator_assignment" || last?.type === "assignment" ? last.childForFieldName("right") : last;
    const returned = made ? this.evaluate(made) : null;
    this.scopes.pop();
    const client = returned && (returned.kind === "client" || returned.kind === "step" && returned.value.kind === "client") ? returned : null;
    this.facts.symbols[key] = { kind: "fn", name: key, params, returns: client };
    if (client)
      this.facts.exports[key] = { kind: "ref", module: null, name: key, member: [] };
  }
  /**
   * A bare name that is no local: a method of the class called without arguments (`connection.get(url)`), or of a module
   * the class includes (in this file, or in the file Rails autoloads it from).
   */
  methodCall(name) {
    const owner = this.classes.at(-1);
    if (!owner)
      return null;
    if (this.facts.symbols[`${owner}.${name}`]?.kind === "fn")
      return { kind: "call", callee: { kind: "ref", module: null, name: `${owner}.${name}`, member: [] }, args: [] };
    for (const module of this.includes.get(owner) ?? []) {
      const key = `${module}.${name}`;
      if (this.facts.symbols[key])
        return { kind: "call", callee: { kind: "ref", module: null, name: key, member: [] }, args: [] };
      return { kind: "call", callee: { kind: "ref", module: autoloadPath(module), name: key, member: [] }, args: [] };
    }
    return null;
  }
  visitAssignment(node) {
    const left = node.childForFieldName("left");
    const right = node.childForFieldName("right");
    if (!left || !right)
      return;
    const owner = this.classes.at(-1);
    const scope = this.scopes.at(-1);
    if (left.type === "constant") {
      const key = owner ? `${owner}.${left.text}` : left.text;
      this.facts.symbols[key] = { kind: "step", label: `constant ${key}`, at: locOf(this.file, left), value: this.evaluate(right, left.text) };
      this.facts.exports[key] = { kind: "ref", module: null, name: key, member: [] };
    } else if (left.type === "identifier" && scope) {
      scope.locals.set(left.text, { kind: "step", label: `variable ${left.text}`, at: locOf(this.file, left), value: this.evaluate(right, left.text) });
    } else if (left.type === "instance_variable" && owner) {
      const key = `${owner}.${left.text}`;
      this.facts.symbols[key] = { kind: "step", label: `${left.text} of ${owner}`, at: locOf(this.file, left), value: this.evaluate(right, left.text) };
    }
  }
  visitCall(node) {
    const method = node.childForFieldName("method")?.text ?? "";
    const receiverNode = node.childForFieldName("receiver");
    const args = argumentsOf(node);
    const owner = this.classes.at(-1);
    if (!receiverNode) {
      if (method === "include" && args[0]?.text === "HTTParty" && owner)
        this.httparty.set(owner, lit(""));
      else if (method === "include" && owner) {
        for (const module2 of args)
          if (module2.type === "constant" || module2.type === "scope_resolution")
            this.includes.set(owner, [...this.includes.get(owner) ?? [], module2.text]);
      }
      if (method === "base_uri" && owner && args[0]) {
        const base = this.evaluate(args[0]);
        this.httparty.set(owner, base);
        this.facts.calls.push(this.fact("client-config", node, "HTTParty", null, args[0], base));
        this.facts.symbols[owner] = { kind: "client", client: "HTTParty", base, at: locOf(this.file, node), label: owner };
      }
      if (method in verbs && owner && this.httparty.has(owner) && args[0])
        this.addCall(node, "HTTParty", verbs[method] ?? null, args[0], this.httpartyClass(owner));
      return;
    }
    const receiverText = receiverNode.text;
    if (receiverText === "Net::HTTP" && method in verbs && args[0])
      return this.addCall(node, "Net::HTTP", verbs[method] ?? null, args[0]);
    if (receiverText === "Net::HTTP" && method === "start" && args[0]) {
      if (node.childForFieldName("block"))
        this.facts.calls.push(this.fact("client-config", node, "Net::HTTP", null, args[0], netHttpOrigin((argument) => this.evaluate(argument), args)));
      else
        this.addCall(node, "Net::HTTP", null, args[0]);
      return;
    }
    const netRequest = /^Net::HTTP::(\w+)$/.exec(receiverText)?.[1];
    if (netRequest && method === "new" && args[0])
      return this.addCall(node, "Net::HTTP", netHttpRequests[netRequest] ?? null, args[0]);
    const module = this.clientModule(receiverNode);
    if (module && method in verbs && args[0])
      return this.addCall(node, module, verbs[method] ?? null, args[0]);
    if (receiverText === "URI" && method === "open" && args[0])
      return this.addCall(node, "open-uri", "GET", args[0]);
    const request = own(REQUEST_CONSTRUCTORS, receiverText);
    if (request && method === "new" && args[0]) {
      const verb2 = args.slice(1).map((argument) => hashValue(argument, "method")).find((value) => value !== null);
      return this.addCall(node, request, verb2 ? verbs[verb2.text.replace(/^:|["']/g, "").toLowerCase()] ?? null : "GET", args[0]);
    }
    const connection = own(CONNECTION_CONSTRUCTORS, receiverText);
    if (connection && method === "new" && args[0]) {
      this.facts.calls.push(this.fact("client-config", node, connection, null, args[0], this.evaluate(args[0])));
      return;
    }
    if (receiverText === "RestClient::Request" && method === "execute") {
      const options = args[0];
      const url = options ? hashValue(options, "url") : null;
      const verb2 = options ? hashValue(options, "method")?.text.replace(/^:/, "").toUpperCase() ?? null : null;
      if (url)
        this.addCall(node, "RestClient", verb2, url);
      return;
    }
    if (receiverText === "Faraday" && method === "new") {
      const base = args[0] ? hashValue(args[0], "url") ?? (args[0].type === "pair" ? null : args[0]) : null;
      if (base)
        this.facts.calls.push(this.fact("client-config", base.parent?.type === "pair" ? base.parent : base, "Faraday", null, base, this.evaluate(base)));
      return;
    }
    if (receiverText === "Savon" && method === "client") {
      const base = savonEndpoint(args[0]);
      if (base)
        this.facts.calls.push(this.fact("client-config", base.parent?.type === "pair" ? base.parent : base, "Savon", null, base, this.evaluate(base)));
      return;
    }
    if (method === "call") {
      const receiver2 = this.evaluate(receiverNode);
      const bare2 = receiver2.kind === "step" ? receiver2.value : receiver2;
      if (bare2.kind === "client" && bare2.client === "Savon") {
        const fact = this.fact("call", node, "Savon", "POST", args[0] ?? null, lit(""));
        fact.receiver = receiver2;
        this.facts.calls.push(fact);
      }
      return;
    }
    if (!(method in verbs))
      return;
    if (receiverNode.type === "call" && receiverNode.childForFieldName("method")?.text === "class" && receiverNode.childForFieldName("receiver")?.type === "self" && owner && this.httparty.has(owner) && args[0]) {
      return this.addCall(node, "HTTParty", verbs[method] ?? null, args[0], this.httpartyClass(owner));
    }
    const evaluated = this.evaluate(receiverNode);
    const ownMethod = evaluated.kind === "unknown" && receiverNode.type === "identifier" ? this.methodCall(receiverNode.text) : null;
    const receiver = ownMethod ?? evaluated;
    const bare = receiver.kind === "step" ? receiver.value : receiver;
    const verb = method === "run_request" ? verbs[args[0]?.text.replace(/^:/, "").toLowerCase() ?? ""] ?? null : verbs[method] ?? null;
    const given = method === "run_request" ? args.slice(1) : args;
    const path = bare.kind !== "client" ? null : bare.client === "RestClient" ? null : given[0]?.type === "pair" ? hashValue(given[0], "path") : given[0] ?? null;
    if (bare.kind === "client" && path)
      this.addCall(node, bare.client, verb, path, receiver);
    else if (ownMethod !== null && given[0])
      this.addCall(node, "instance", verb, given[0], receiver);
    else if (bare.kind === "client" && (bare.client === "RestClient" || args[0]?.type === "pair")) {
      const fact = this.fact("call", node, bare.client, verbs[method] ?? null, null, lit(""));
      fact.receiver = receiver;
      this.facts.calls.push(fact);
    } else if ((bare.kind === "ref" || bare.kind === "param") && given[0] && /conn|client|http|api/i.test(receiverText))
      this.addCall(node, "instance", verb, given[0], receiver);
  }
  /**
   * `Net::HTTP.start(host, port, use_ssl: true) { |http| http.get('/path') }`: the block's parameter is a connection to
   * that host while the block is visited. Returns what undoes the binding.
   */
  bindConnectionBlock(node) {
    if (node.childForFieldName("receiver")?.text !== "Net::HTTP" || node.childForFieldName("method")?.text !== "start")
      return null;
    const args = argumentsOf(node);
    const parameter = node.childForFieldName("block")?.namedChildren.find((child) => child.type === "block_parameters")?.namedChildren.find((child) => child.type === "identifier");
    if (!args[0] || !parameter)
      return null;
    const connection = { kind: "client", client: "Net::HTTP", base: netHttpOrigin((argument) => this.evaluate(argument), args), at: locOf(this.file, node), label: "Net::HTTP.start connection" };
    let scope = this.scopes.at(-1);
    const pushed = !scope;
    if (!scope) {
      scope = { key: this.classes.at(-1) ?? "<main>", params: [], locals: /* @__PURE__ */ new Map() };
      this.scopes.push(scope);
    }
    const locals = scope.locals;
    const previous = locals.get(parameter.text);
    locals.set(parameter.text, connection);
    return () => {
      if (previous)
        locals.set(parameter.text, previous);
      else
        locals.delete(parameter.text);
      if (pushed)
        this.scopes.pop();
    };
  }
  /**
   * The client module a receiver is, directly (`Typhoeus`) or through http.rb's and HTTPX's option methods
   * (`HTTP.auth(token).headers(h)`).
   */
  clientModule(receiver) {
    let node = receiver;
    while (node.type === "call" && CLIENT_OPTION_METHODS.has(node.childForFieldName("method")?.text ?? "")) {
      const inner = node.childForFieldName("receiver");
      if (!inner)
        return null;
      node = inner;
    }
    const client = own(CLIENT_MODULES, node.text);
    return client && (node === receiver || client === "http.rb" || client === "HTTPX") ? client : null;
  }
  httpartyClass(owner) {
    return { kind: "ref", module: null, name: owner, member: [] };
  }
  addCall(node, client, method, urlNode, receiver) {
    const fact = this.fact("call", node, client, method, urlNode, this.evaluate(urlNode));
    if (receiver)
      fact.receiver = receiver;
    this.facts.calls.push(fact);
  }
  fact(kind, at, client, method, urlNode, url) {
    const scope = this.scopes.at(-1);
    const fact = { kind, loc: locOf(this.file, at), client, method, expression: snippet(urlNode?.text ?? ""), url, enclosing: scope?.key ?? this.classes.at(-1) ?? "<main>" };
    if (scope)
      fact.fn = scope.key;
    return fact;
  }
  evaluate(node, nameHint) {
    switch (node.type) {
      case "string":
        return concat(node.namedChildren.map((part) => {
          if (part.type === "interpolation") {
            const inner = part.namedChildren[0];
            return inner ? this.evaluate(inner) : unknown(part.text);
          }
          return lit(part.text);
        }));
      case "integer":
        return lit(node.text);
      case "parenthesized_statements":
        return node.namedChildren[0] ? this.evaluate(node.namedChildren[0], nameHint) : unknown(node.text);
      case "binary": {
        const left = node.childForFieldName("left");
        const right = node.childForFieldName("right");
        const operator = node.childForFieldName("operator")?.text;
        if (!left || !right)
          return unknown(node.text);
        if (operator === "+")
          return concat([this.evaluate(left), this.evaluate(right)]);
        if (operator === "||" || operator === "or")
          return alt([this.evaluate(left), this.evaluate(right)]);
        return unknown(node.text);
      }
      case "conditional": {
        const a = node.childForFieldName("consequence");
        const b = node.childForFieldName("alternative");
        return a && b ? alt([this.evaluate(a), this.evaluate(b)]) : unknown(node.text);
      }
      case "identifier": {
        for (let i = this.scopes.length - 1; i >= 0; i--) {
          const scope = this.scopes[i];
          const local = scope?.locals.get(node.text);
          if (local)
            return local;
          const index = scope?.params.indexOf(node.text) ?? -1;
          if (index >= 0 && i === this.scopes.length - 1)
            return { kind: "param", index, name: node.text, member: [] };
        }
        return unknown(node.text);
      }
      case "instance_variable": {
        const owner = this.classes.at(-1);
        return owner ? this.facts.symbols[`${owner}.${node.text}`] ?? { kind: "ref", module: null, name: `${owner}.${node.text}`, member: [] } : unknown(node.text);
      }
      case "constant": {
        for (let i = this.classes.length - 1; i >= 0; i--) {
          const key = `${this.classes[i]}.${node.text}`;
          if (this.facts.symbols[key])
            return { kind: "ref", module: null, name: key, member: [] };
        }
        return { kind: "ref", module: null, name: node.text, member: [] };
      }
      case "scope_resolution": {
        const scope = node.childForFieldName("scope")?.text;
        const name = node.childForFieldName("name")?.text;
        if (!scope || !name)
          return unknown(node.text);
        const key = `${scope}.${name}`;
        if (this.facts.symbols[key] || this.classes.includes(scope))
          return { kind: "ref", module: null, name: key, member: [] };
        return { kind: "ref", module: autoloadPath(scope), name: key, member: [] };
      }
      case "element_reference": {
        const target = node.childForFieldName("object");
        const key = node.namedChildren[1];
        const name = key ? stringText(key) : null;
        if (target?.text === "ENV" && name !== null)
          return env(name);
        const resource = target ? this.evaluate(target) : null;
        const bare = resource?.kind === "step" ? resource.value : resource;
        if (bare?.kind === "client" && bare.client === "RestClient" && bare.base && key) {
          return { ...bare, base: { kind: "url", base: bare.base, path: this.evaluate(key), join: "segment" } };
        }
        return unknown(node.text);
      }
      case "call":
        return this.callValue(node, nameHint);
      default:
        return unknown(node.text);
    }
  }
  callValue(node, nameHint) {
    const method = node.childForFieldName("method")?.text ?? "";
    const receiver = node.childForFieldName("receiver")?.text;
    const args = argumentsOf(node);
    const key = args[0] ? stringText(args[0]) : null;
    if (receiver === "ENV" && method === "fetch" && key !== null)
      return args[1] ? alt([env(key), this.evaluate(args[1])]) : env(key);
    if (receiver === void 0 && method === "URI" || receiver === "URI" && method === "parse")
      return args[0] ? this.evaluate(args[0]) : unknown(node.text);
    if (receiver === "URI" && method === "join" && args[0] && args[1])
      return { kind: "url", base: this.evaluate(args[0]), path: this.evaluate(args[1]) };
    if (receiver === "Faraday" && method === "new") {
      const base = args[0] ? hashValue(args[0], "url") ?? (args[0].type === "pair" ? null : args[0]) : null;
      return { kind: "client", client: "Faraday", base: base ? this.evaluate(base) : null, at: locOf(this.file, base?.parent ?? node), label: nameHint ?? `Faraday connection` };
    }
    if (receiver === "Net::HTTP" && method === "new" && args[0])
      return { kind: "client", client: "Net::HTTP", base: netHttpOrigin((argument) => this.evaluate(argument), args), at: locOf(this.file, node), label: nameHint ?? "Net::HTTP connection" };
    const connection = receiver !== void 0 ? own(CONNECTION_CONSTRUCTORS, receiver) : void 0;
    if (connection && method === "new" && args[0])
      return { kind: "client", client: connection, base: this.evaluate(args[0]), at: locOf(this.file, node), label: nameHint ?? `${receiver} connection` };
    if (receiver === "Savon" && method === "client") {
      const base = savonEndpoint(args[0]);
      return { kind: "client", client: "Savon", base: base ? this.evaluate(base) : null, at: locOf(this.file, base?.parent ?? node), label: nameHint ?? "Savon client" };
    }
    if (method === "freeze" || method === "to_s" || method === "to_str" || method === "request_uri") {
      const inner = node.childForFieldName("receiver");
      return inner ? this.evaluate(inner, nameHint) : unknown(node.text);
    }
    return unknown(node.text);
  }
};
function netHttpOrigin(evaluate, args) {
  const hostNode = args[0];
  if (!hostNode)
    return unknown("Net::HTTP");
  const uri = hostNode.type === "call" && hostNode.childForFieldName("method")?.text === "host" ? hostNode.childForFieldName("receiver") : null;
  if (uri)
    return evaluate(uri);
  const secure = args.some((argument) => hashValue(argument, "use_ssl")?.text === "true") || args[1]?.text === "443";
  const port = args[1] && args[1].type !== "pair" && !/^(?:80|443|nil)$/.test(args[1].text) ? args[1] : null;
  return concat([lit(secure ? "https://" : "http://"), evaluate(hostNode), ...port ? [lit(":"), evaluate(port)] : []]);
}
function savonEndpoint(options) {
  return options ? hashValue(options, "endpoint") ?? hashValue(options, "wsdl") : null;
}
function autoloadPath(constant) {
  return constant.split("::").map((part) => part.replace(/([a-z\d])([A-Z])/g, "$1_$2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2").toLowerCase()).join("/");
}
function argumentsOf(node) {
  const list = node.childForFieldName("arguments");
  if (!list)
    return [];
  return list.namedChildren.filter((c) => c.type !== "comment");
}
function hashValue(node, key) {
  const pairs = node.type === "pair" ? [node, ...siblingPairs(node)] : node.type === "hash" ? node.namedChildren : [];
  for (const pair of pairs) {
    if (pair.type !== "pair")
      continue;
    const k = pair.childForFieldName("key")?.text.replace(/^:|:$/g, "").replace(/^["']|["']$/g, "");
    if (k === key)
      return pair.childForFieldName("value");
  }
  return null;
}
function siblingPairs(node) {
  return node.parent?.namedChildren.filter((c) => c.type === "pair" && c.id !== node.id) ?? [];
}
function stringText(node) {
  if (node.type === "simple_symbol")
    return node.text.slice(1);
  if (node.type !== "string" || node.namedChildren.some((c) => c.type === "interpolation"))
    return null;
  return node.namedChildren.map((c) => c.text).join("");
}
var rubyExtractor = {
  languages: ["ruby"],
  extract(file, content, language, options) {
    return extractWithTreeSitter({
      file,
      content,
      language,
      force: options?.force === true,
      grammar: "ruby",
      worthParsing,
      visit: (root, facts) => new RubyFileVisitor(file, facts).visit(root)
    });
  }
};
export {
  autoloadPath,
  rubyExtractor
};
//# sourceMappingURL=ruby-3YNK6XCW.js.map
