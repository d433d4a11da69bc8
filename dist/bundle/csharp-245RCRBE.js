import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  CLASS_FILE_PREFIX,
  NAMED_CLIENTS_MODULE,
  OPTIONS_PREFIX
} from "./chunk-OBJV2FEL.js";
import {
  alt,
  config,
  decodeEscapes,
  env,
  extractWithTreeSitter,
  locOf,
  ownReturns,
  snippet,
  staticText,
  unknown
} from "./chunk-3ERYL26K.js";
import "./chunk-CWBZCED3.js";
import {
  IN_MEMORY_TEST_CLIENT,
  concat,
  formatTemplate,
  lit,
  trimSlashes
} from "./chunk-CVAD7S7L.js";
import "./chunk-B3SFOPOV.js";

// dist/extract/csharp/index.js
var worthParsing = (content) => /[Uu]ri\b|[Uu]rl\b|URL|URI|Endpoint|HttpClient|Flurl|WebRequest|HttpRequestMessage|RestClient|RestRequest|RefitClient|RestService\.For|GrpcClient|GrpcChannel|MapForwarder|AddYarp|InvokeMethod|CreateInvokeHttpClient|\[(?:Get|Post|Put|Delete|Patch|Head)\(|https?:\/\/|GetEnvironmentVariable|IConfiguration|Configuration\[|GetValue</.test(content);
var refitAttributes = { Get: "GET", Post: "POST", Put: "PUT", Delete: "DELETE", Patch: "PATCH", Head: "HEAD", Options: "OPTIONS" };
var typedClientRegistrations = /* @__PURE__ */ new Set(["AddHttpClient", "AddRefitClient"]);
var IN_MEMORY_TEST_SERVERS = /(?:^|\.)\w*(?:WebApplicationFactory|TestServer)\b/;
var KNOWN_CREATIONS = /* @__PURE__ */ new Set(["HttpClient", "HttpRequestMessage", "Uri", "RestClient", "RestClientOptions", "RestRequest", "Url"]);
var DAPR_INVOCATIONS = /* @__PURE__ */ new Set(["InvokeMethodAsync", "InvokeMethodGrpcAsync", "CreateInvokeMethodRequest"]);
var grpcClientRegistrations = /* @__PURE__ */ new Set(["AddGrpcClient", "AddCodeFirstGrpcClient"]);
var httpClientMethods = {
  GetAsync: "GET",
  GetStringAsync: "GET",
  GetStreamAsync: "GET",
  GetByteArrayAsync: "GET",
  GetFromJsonAsync: "GET",
  PostAsync: "POST",
  PostAsJsonAsync: "POST",
  PutAsync: "PUT",
  PutAsJsonAsync: "PUT",
  PatchAsync: "PATCH",
  PatchAsJsonAsync: "PATCH",
  DeleteAsync: "DELETE",
  DeleteFromJsonAsync: "DELETE"
};
var flurlMethods = {
  GetAsync: "GET",
  GetJsonAsync: "GET",
  GetStringAsync: "GET",
  GetStreamAsync: "GET",
  GetBytesAsync: "GET",
  DownloadFileAsync: "GET",
  PostAsync: "POST",
  PostJsonAsync: "POST",
  PostStringAsync: "POST",
  PostUrlEncodedAsync: "POST",
  PostMultipartAsync: "POST",
  PutAsync: "PUT",
  PutJsonAsync: "PUT",
  PutStringAsync: "PUT",
  PatchAsync: "PATCH",
  PatchJsonAsync: "PATCH",
  PatchStringAsync: "PATCH",
  DeleteAsync: "DELETE",
  HeadAsync: "HEAD",
  OptionsAsync: "OPTIONS",
  SendAsync: null,
  SendJsonAsync: null,
  SendUrlEncodedAsync: null
};
var FLURL_STEPS = /^(?:AppendPathSegments?|AppendQueryParam|SetQueryParams?|RemoveQueryParams?|SetFragment|ResetToRoot|With\w*|AllowHttpStatus|AllowAnyHttpStatus|ConfigureRequest|OnError|BeforeCall|AfterCall)$/;
var restSharpMethods = {
  GetAsync: "GET",
  PostAsync: "POST",
  PutAsync: "PUT",
  DeleteAsync: "DELETE",
  PatchAsync: "PATCH",
  ExecuteAsync: null,
  Execute: null,
  GetJsonAsync: "GET",
  PostJsonAsync: "POST",
  PutJsonAsync: "PUT"
};
var CSharpFileVisitor = class {
  file;
  facts;
  classes = [];
  fieldTypes = /* @__PURE__ */ new Map();
  scopes = [];
  /** Named client being configured by the enclosing `AddHttpClient("name", c => …)`. */
  configuring = null;
  /** Inside the options lambda of `AddGrpcClient<T>(o => …)`: its `Address` is the gRPC client's endpoint. */
  configuringGrpc = false;
  /** Classes declared anywhere in this file (collected first: a class may be used before its declaration). */
  declaredClasses = /* @__PURE__ */ new Set();
  /** `Class.Method` of every method declared in this file (for calls of a method before its declaration). */
  declaredMethods = /* @__PURE__ */ new Set();
  /** Primary constructor parameter lists of classes/structs, by the offset of the type's name (blanked before parsing). */
  primaryConstructors;
  /** The file uses Flurl (`using Flurl.Http;`): its request methods on strings are requests (see `flurlMethods`). */
  usesFlurl;
  constructor(file, facts, content) {
    this.file = file;
    this.facts = facts;
    this.primaryConstructors = primaryConstructorLists(content);
    this.usesFlurl = /^\s*(?:global\s+)?using\s+Flurl(?:\.Http)?\s*;/m.test(content);
  }
  run(root) {
    for (const declaration of root.descendantsOfType(["class_declaration", "record_declaration", "struct_declaration"])) {
      const name = declaration.childForFieldName("name")?.text;
      if (name)
        this.declaredClasses.add(name);
      for (const method of declaration.childForFieldName("body")?.namedChildren ?? []) {
        const methodName = method.type === "method_declaration" ? method.childForFieldName("name")?.text : void 0;
        if (name && methodName)
          this.declaredMethods.add(`${name}.${methodName}`);
      }
    }
    this.visit(root);
  }
  visit(node) {
    switch (node.type) {
      case "class_declaration":
      case "record_declaration":
      case "struct_declaration": {
        const name = node.childForFieldName("name")?.text ?? "?";
        const qualified = this.classes.length ? `${this.classes.at(-1)}.${name}` : name;
        this.classes.push(qualified);
        const nameNode = node.childForFieldName("name");
        const parameters = nameNode ? this.primaryConstructors.get(nameNode.startIndex) : void 0;
        if (parameters !== void 0)
          this.primaryConstructorFields(qualified, parameters);
        this.visitChildren(node);
        this.classes.pop();
        return;
      }
      case "interface_declaration":
        this.visitInterface(node);
        return;
      case "field_declaration":
      case "property_declaration":
        this.visitMember(node);
        return;
      case "method_declaration":
      case "constructor_declaration":
      case "local_function_statement":
        this.visitMethod(node);
        return;
      case "local_declaration_statement":
        this.visitChildren(node);
        this.declareLocals(node);
        return;
      case "assignment_expression":
        this.visitChildren(node);
        this.visitAssignment(node);
        return;
      case "invocation_expression":
        this.visitInvocation(node);
        return;
      case "object_creation_expression":
        this.visitChildren(node);
        this.visitCreation(node);
        return;
      case "implicit_object_creation_expression":
        this.visitChildren(node);
        if (declaredTypeOf(node) === "HttpRequestMessage")
          this.requestMessage(node);
        return;
      default:
        this.visitChildren(node);
    }
  }
  visitChildren(node) {
    for (const child of node.namedChildren)
      this.visit(child);
  }
  /** A Refit interface: each method with `[Get("…")]`/`[Post("…")]`/… is a call on the client registered for the interface. */
  visitInterface(node) {
    const name = node.childForFieldName("name")?.text ?? "?";
    for (const method of node.descendantsOfType("method_declaration")) {
      for (const attribute of method.descendantsOfType("attribute")) {
        if (attribute.parent?.parent?.id !== method.id)
          continue;
        const verb = refitAttributes[attribute.childForFieldName("name")?.text ?? ""];
        const argument = attribute.descendantsOfType("attribute_argument")[0]?.namedChildren.at(-1);
        if (!verb || !argument)
          continue;
        const fact = this.fact("call", attribute, "Refit", verb, argument, this.evaluate(argument));
        fact.enclosing = `${name}.${method.childForFieldName("name")?.text ?? "?"}`;
        fact.receiver = { kind: "ref", module: NAMED_CLIENTS_MODULE, name: `HttpClient:${name}`, member: [] };
        this.facts.calls.push(fact);
      }
    }
  }
  /** `class SisuClient(HttpClient http, IConfiguration config)`: each parameter is a field; an HttpClient one is the typed client's. */
  primaryConstructorFields(owner, parameters) {
    for (const parameter of splitTopLevel(parameters)) {
      const declaration = parameter.replace(/\[[^\]]*\]/g, "").replace(/=.*$/s, "").trim();
      const match = /^(?:(?:ref|in|out|params|this)\s+)?(.+?)\s+(@?\w+)$/s.exec(declaration);
      if (!match?.[1] || !match[2])
        continue;
      const type = match[1].replace(/\s+/g, " ");
      const key = `${owner}.${match[2]}`;
      this.fieldTypes.set(key, type);
      if (type === "HttpClient")
        this.facts.symbols[key] = { kind: "ref", module: NAMED_CLIENTS_MODULE, name: `HttpClient:${owner.split(".").at(-1)}`, member: [] };
    }
  }
  visitMember(node) {
    const owner = this.classes.at(-1) ?? "?";
    const modifiers = node.namedChildren.filter((c) => c.type === "modifier").map((c) => c.text);
    const constant = modifiers.includes("const") || modifiers.includes("static") && modifiers.includes("readonly");
    const declarations = [];
    if (node.type === "property_declaration") {
      const name = node.childForFieldName("name");
      if (name)
        declarations.push({ name: name.text, type: node.childForFieldName("type")?.text ?? "", value: node.childForFieldName("value"), at: name });
    } else {
      const declaration = node.namedChildren.find((c) => c.type === "variable_declaration");
      const type = declaration?.childForFieldName("type")?.text ?? "";
      for (const declarator of declaration?.namedChildren.filter((c) => c.type === "variable_declarator") ?? []) {
        const name = declarator.namedChildren[0];
        const value = declarator.namedChildren.find((c) => c.type === "equals_value_clause")?.namedChildren[0] ?? null;
        if (name)
          declarations.push({ name: name.text, type, value, at: name });
      }
    }
    for (const { name, type, value, at } of declarations) {
      const key = `${owner}.${name}`;
      this.fieldTypes.set(key, type);
      if (!value)
        continue;
      this.visit(value);
      this.facts.symbols[key] = { kind: "step", label: `${constant ? "constant" : "field"} ${key}`, at: locOf(this.file, at), value: this.evaluate(value, name) };
      if (constant || modifiers.includes("static"))
        this.facts.exports[key] = { kind: "ref", module: null, name: key, member: [] };
    }
  }
  visitMethod(node) {
    const owner = this.classes.at(-1);
    const name = node.type === "constructor_declaration" ? "constructor" : node.childForFieldName("name")?.text ?? "?";
    const key = owner ? `${owner}.${name}` : name;
    const scope = { key, params: [], locals: /* @__PURE__ */ new Map(), types: /* @__PURE__ */ new Map() };
    for (const param of node.childForFieldName("parameters")?.namedChildren ?? []) {
      const paramName = param.childForFieldName("name")?.text;
      if (!paramName)
        continue;
      scope.params.push(paramName);
      const type = param.childForFieldName("type")?.text ?? "";
      scope.types.set(paramName, type);
      if (node.type === "constructor_declaration" && type === "HttpClient" && owner) {
        scope.locals.set(paramName, { kind: "ref", module: NAMED_CLIENTS_MODULE, name: `HttpClient:${owner.split(".").at(-1)}`, member: [] });
      }
    }
    this.scopes.push(scope);
    const body = node.childForFieldName("body");
    if (body)
      this.visit(body);
    const returned = ownReturns(node).flatMap((statement) => statement.namedChildren[0] ? [statement.namedChildren[0]] : []);
    const returns = returned.length > 0 ? alt(returned.map((value) => this.evaluate(value))) : body && body.type !== "block" ? this.evaluate(body) : null;
    this.scopes.pop();
    this.facts.symbols[key] = { kind: "fn", name: key, params: scope.params, returns };
    if (owner && node.type === "method_declaration")
      this.facts.exports[key] = { kind: "ref", module: null, name: key, member: [] };
  }
  declareLocals(node) {
    const scope = this.scopes.at(-1);
    const declaration = node.namedChildren.find((c) => c.type === "variable_declaration");
    const type = declaration?.childForFieldName("type")?.text ?? "";
    for (const declarator of declaration?.namedChildren.filter((c) => c.type === "variable_declarator") ?? []) {
      const name = declarator.namedChildren[0];
      const value = declarator.namedChildren.find((c) => c.type === "equals_value_clause")?.namedChildren[0];
      if (!name)
        continue;
      const sym = value ? { kind: "step", label: `variable ${name.text}`, at: locOf(this.file, name), value: this.evaluate(value, name.text) } : null;
      if (scope) {
        scope.types.set(name.text, type);
        if (sym)
          scope.locals.set(name.text, sym);
      } else if (sym)
        this.facts.symbols[name.text] = sym;
    }
  }
  visitAssignment(node) {
    const left = node.childForFieldName("left");
    const right = node.childForFieldName("right");
    if (!left || !right)
      return;
    const member = left.type === "member_access_expression" ? left.childForFieldName("name")?.text : null;
    if (left.type === "identifier" && left.text === "BaseAddress" && initializedHttpClient(node)) {
      this.facts.calls.push(this.fact("client-config", left, "HttpClient", null, right, this.evaluate(right)));
      return;
    }
    if (member === "Address" && this.configuringGrpc) {
      this.facts.calls.push(this.fact("client-config", left, "gRPC", null, right, this.evaluate(right)));
      return;
    }
    if (member === "BaseAddress") {
      const value = this.evaluate(right);
      this.facts.calls.push(this.fact("client-config", left, "HttpClient", null, right, value));
      const target = left.childForFieldName("expression");
      const label = this.configuring ?? target?.text ?? "HttpClient";
      const client = { kind: "client", client: "HttpClient", base: value, at: locOf(this.file, left), label };
      if (this.configuring) {
        this.facts.symbols[`HttpClient:${this.configuring}`] = client;
        this.facts.exports[`HttpClient:${this.configuring}`] = { kind: "ref", module: null, name: `HttpClient:${this.configuring}`, member: [] };
      } else if (target) {
        this.assignTo(target, client);
        const scope = this.scopes.at(-1);
        if (target.type === "identifier" && scope?.params.includes(target.text))
          scope.locals.set(target.text, client);
      }
      return;
    }
    if (left.type === "identifier" || left.type === "member_access_expression")
      this.assignTo(left, this.evaluate(right, left.text));
  }
  /**
   * Refit without registration: `RestService.For<IOrdersApi>(httpClient)` or `RestService.For<IOrdersApi>("https://…")`
   * makes the interface's `[Get("…")]` methods requests on that client. An HttpClient whose base address this code does
   * not set is the typed client the enclosing class is registered with (`AddHttpClient<IOrders, OrdersClient>()`).
   */
  refitFor(callee, argument) {
    const generic = callee.childForFieldName("name");
    const iface = generic?.type === "generic_name" ? generic.descendantsOfType("type_argument_list")[0]?.namedChildren.at(-1)?.text : void 0;
    if (!iface || !argument)
      return;
    const value = this.evaluate(argument);
    const bare = value.kind === "step" ? value.value : value;
    let client;
    if (bare.kind === "client")
      client = value;
    else if (this.typeOf(argument) === "HttpClient" || bare.kind === "param" && /client/i.test(bare.name)) {
      const owner = this.classes.at(-1)?.split(".").at(-1);
      if (!owner)
        return;
      client = { kind: "ref", module: NAMED_CLIENTS_MODULE, name: `HttpClient:${owner}`, member: [] };
    } else
      client = { kind: "client", client: "Refit", base: value, at: locOf(this.file, argument), label: iface };
    const key = `HttpClient:${iface}`;
    this.facts.symbols[key] = client;
    this.facts.exports[key] = { kind: "ref", module: null, name: key, member: [] };
  }
  assignTo(target, value) {
    const owner = this.classes.at(-1);
    const scope = this.scopes.at(-1);
    if (target.type === "identifier" && scope?.locals.has(target.text))
      scope.locals.set(target.text, value);
    else if (owner && (target.type === "identifier" || target.type === "member_access_expression" && target.childForFieldName("expression")?.type === "this_expression")) {
      const name = target.type === "identifier" ? target.text : target.childForFieldName("name")?.text ?? "";
      if (this.fieldTypes.has(`${owner}.${name}`))
        this.facts.symbols[`${owner}.${name}`] = { kind: "step", label: `field ${owner}.${name}`, at: locOf(this.file, target), value };
    }
  }
  visitInvocation(node) {
    const callee = node.childForFieldName("function");
    const args = argumentsOf(node);
    const name = callee?.type === "member_access_expression" ? nameOf(callee.childForFieldName("name")) : nameOf(callee);
    if (name === "ConfigureHttpClient") {
      const registered = registeredType(callee);
      if (registered) {
        const previous = this.configuring;
        this.configuring = registered;
        this.visitChildren(node);
        this.configuring = previous;
        return;
      }
    }
    if (name !== null && grpcClientRegistrations.has(name)) {
      const previous = this.configuringGrpc;
      this.configuringGrpc = true;
      this.visitChildren(node);
      this.configuringGrpc = previous;
      return;
    }
    if (name === "ForAddress" && callee?.type === "member_access_expression" && callee.childForFieldName("expression")?.text === "GrpcChannel" && args[0] && !this.onInMemoryTestClient(args[0])) {
      this.facts.calls.push(this.fact("client-config", node, "gRPC", null, args[0], this.evaluate(args[0])));
    }
    if (name !== null && typedClientRegistrations.has(name)) {
      const nameArg = args[0] ? stringText(args[0]) : null;
      const generic = callee?.childForFieldName("name")?.descendantsOfType("type_argument_list")[0]?.namedChildren.at(-1)?.text ?? null;
      const previous = this.configuring;
      this.configuring = nameArg ?? generic;
      this.visitChildren(node);
      this.configuring = previous;
      return;
    }
    this.visitChildren(node);
    if (name === "Configure" || name === "Bind" || name === "BindConfiguration")
      this.optionsBinding(name, callee, args);
    if (name === "For" && callee?.type === "member_access_expression" && callee.childForFieldName("expression")?.text === "RestService")
      this.refitFor(callee, args[0]);
    if (callee?.type !== "member_access_expression" && name && !(name in httpClientMethods))
      this.pushInvocation(node, callee, name, args);
    if (name !== null && DAPR_INVOCATIONS.has(name) && callee?.type === "member_access_expression") {
      const verb = args[0] ? httpMethodConstant(args[0].text) : null;
      const [app, path] = verb ? [args[1], args[2]] : [args[0], args[1]];
      if (app && path) {
        const grpc = name.startsWith("InvokeMethodGrpc");
        const url = concat([lit("http://"), this.evaluate(app), lit("/"), this.evaluate(path)]);
        this.facts.calls.push(this.fact("call", node, "Dapr", grpc ? null : verb ?? "POST", app, url));
      }
      return;
    }
    if (name === "AddYarp" && args[0] && stringText(args[0]) !== null) {
      this.aspireYarp(node, stringText(args[0]) ?? "");
      return;
    }
    if (name === "MapForwarder" && args[1]) {
      const target = stringText(args[1]);
      if (target !== null)
        (this.facts.routes ??= []).push({ path: args[0] ? stringText(args[0]) : null, target, loc: locOf(this.file, args[1]) });
      return;
    }
    if (callee?.type !== "member_access_expression" || !name)
      return;
    const receiverNode = callee.childForFieldName("expression");
    if (!receiverNode)
      return;
    if (name === "Create" && /^(?:System\.Net\.)?(?:Http)?WebRequest$/.test(receiverNode.text) && args[0]) {
      this.facts.calls.push(this.fact("call", node, "WebRequest", null, args[0], this.evaluate(args[0])));
      return;
    }
    if (name in flurlMethods && this.usesFlurl) {
      const url = this.flurlUrl(receiverNode);
      if (url) {
        const method = flurlMethods[name] ?? httpMethodConstant(args[0]?.text ?? "");
        this.facts.calls.push(this.fact("call", node, "Flurl", method, url.at, url.value));
        return;
      }
    }
    const receiver = this.evaluate(receiverNode);
    const bare = receiver.kind === "step" ? receiver.value : receiver;
    const type = this.typeOf(receiverNode) ?? "";
    const isRestSharp = /RestClient/.test(type) || bare.kind === "client" && bare.client === "RestSharp";
    if (isRestSharp && name in restSharpMethods) {
      const request = args[0];
      const requestValue = request ? this.evaluate(request) : null;
      const resource = requestValue && requestValue.kind === "step" ? requestValue.value : requestValue;
      const url = resource && resource.kind === "object" ? resource.props.resource ?? null : null;
      const method = restSharpMethods[name] ?? (resource && resource.kind === "object" && resource.props.method?.kind === "lit" ? resource.props.method.value : null);
      const fact = this.fact("call", node, "RestSharp", method, request ?? null, url);
      fact.receiver = receiver;
      this.facts.calls.push(fact);
      return;
    }
    if (name in httpClientMethods && args[0]) {
      const namedClient = bare.kind === "ref" && bare.module === NAMED_CLIENTS_MODULE;
      const known = bare.kind === "client" || namedClient || /HttpClient/.test(type) || /http|client/i.test(receiverNode.text);
      if (!known) {
        this.pushInvocation(node, callee, name, args);
        return;
      }
      const fact = this.fact("call", node, "HttpClient", httpClientMethods[name] ?? null, args[0], this.evaluate(args[0]));
      fact.receiver = receiver;
      this.facts.calls.push(fact);
      return;
    }
    this.pushInvocation(node, callee, name, args);
  }
  /**
   * A call of a method of the project that may be a wrapper (`_requestProvider.GetAsync<T>(uri)`, `SendAsync(uri)` in the
   * same class): the resolver keeps it when the method makes a request with a parameter in its URL. The method is found
   * by its class: this class, a field's or parameter's type, or the implementation `RequestProvider` of `IRequestProvider`
   * (in its own file, see src/resolve/modules/csharp.ts). Calls with no arguments cannot pass a URL and are skipped.
   */
  pushInvocation(node, callee, name, args) {
    if (!callee || args.length === 0)
      return;
    const owner = this.classes.at(-1)?.split(".").at(-1);
    let target = null;
    if (callee.type !== "member_access_expression") {
      if (owner && this.declaredMethods.has(`${owner}.${name}`))
        target = { kind: "ref", module: null, name: `${this.classes.at(-1)}.${name}`, member: [] };
    } else {
      const receiverNode = callee.childForFieldName("expression");
      const type = receiverNode ? this.typeOf(receiverNode) ?? "" : "";
      const declared = type.replace(/<.*$/s, "").replace(/\?$/, "").split(".").at(-1) ?? "";
      const implementation = /^I[A-Z]/.test(declared) && !this.declaredClasses.has(declared) ? declared.slice(1) : declared;
      if (/^[A-Z]\w*$/.test(implementation) && !/^(?:HttpClient|String|Task|Uri|List|Dictionary|Console|Math|Convert)$/.test(implementation)) {
        target = { kind: "ref", module: this.declaredClasses.has(implementation) ? null : `${CLASS_FILE_PREFIX}${implementation}`, name: `${implementation}.${name}`, member: [] };
      }
    }
    if (!target)
      return;
    const scope = this.scopes.at(-1);
    const invocation = {
      loc: locOf(this.file, node),
      callee: target,
      args: args.map((arg) => this.evaluate(arg)),
      expression: snippet(args[0]?.text ?? node.text),
      enclosing: scope?.key ?? this.classes.at(-1) ?? "<top-level>",
      calleeText: snippet(callee.text),
      argTexts: args.map((arg) => snippet(arg.text))
    };
    if (scope)
      invocation.fn = scope.key;
    this.facts.invocations.push(invocation);
  }
  visitCreation(node) {
    const type = node.childForFieldName("type")?.text ?? "";
    const args = argumentsOf(node);
    if (type === "HttpRequestMessage")
      this.requestMessage(node);
    if ((type === "RestClient" || type === "RestClientOptions") && args[0]) {
      this.facts.calls.push(this.fact("client-config", args[0], "RestSharp", null, args[0], this.evaluate(args[0])));
    }
    const className = type.split(".").at(-1) ?? "";
    if (/^[A-Z]\w*$/.test(className) && !KNOWN_CREATIONS.has(className)) {
      for (const arg of args) {
        const value = arg.type === "invocation_expression" || arg.type === "object_creation_expression" ? this.evaluate(arg) : null;
        if (value?.kind !== "client" || value.client !== "HttpClient")
          continue;
        const key = `HttpClient:${className}`;
        this.facts.symbols[key] = value;
        this.facts.exports[key] = { kind: "ref", module: null, name: key, member: [] };
        break;
      }
    }
  }
  /**
   * `new HttpRequestMessage(HttpMethod.Post, uri)`, `new(method: HttpMethod.Get, requestUri: uri)` or
   * `new HttpRequestMessage { Method = …, RequestUri = … }`: a request, sent by the HttpClient whose `SendAsync` it is
   * given (directly, or through the variable that holds it), else by the class's own HttpClient.
   */
  requestMessage(node) {
    const initialized = initializerValues(node);
    const named = namedArguments(node);
    const positional = positionalArguments(node);
    const urlNode = named.get("requestUri") ?? positional[1] ?? initialized.get("RequestUri") ?? null;
    const methodText = named.get("method")?.text ?? positional[0]?.text ?? initialized.get("Method")?.text ?? "";
    if (!urlNode)
      return;
    const method = httpMethodConstant(methodText);
    const fact = this.fact("call", node, "HttpClient", method, urlNode, this.evaluate(urlNode));
    const client = this.senderOf(node) ?? this.ownHttpClient();
    if (client)
      fact.receiver = client;
    this.facts.calls.push(fact);
  }
  /** The HttpClient that sends a request message: `client.SendAsync(new …)`, or `client.SendAsync(request)` in the same method. */
  senderOf(creation) {
    const sends = (invocation) => {
      const callee = invocation?.type === "invocation_expression" ? invocation.childForFieldName("function") : null;
      const name = callee?.type === "member_access_expression" ? nameOf(callee.childForFieldName("name")) : null;
      return name === "SendAsync" || name === "Send" ? callee?.childForFieldName("expression") ?? null : null;
    };
    let receiverNode = null;
    const argument = creation.parent?.type === "argument" ? creation.parent : null;
    if (argument)
      receiverNode = sends(argument.parent?.parent);
    else {
      const holder = creation.parent?.type === "equals_value_clause" ? creation.parent.parent?.namedChildren[0] : creation.parent?.type === "assignment_expression" ? creation.parent.childForFieldName("left") : null;
      const body = holder?.type === "identifier" ? enclosingBody(creation) : null;
      for (const invocation of body?.descendantsOfType("invocation_expression") ?? []) {
        const first = argumentsOf(invocation)[0];
        const receiver2 = first?.type === "identifier" && first.text === holder?.text ? sends(invocation) : null;
        if (receiver2) {
          receiverNode = receiver2;
          break;
        }
      }
    }
    if (!receiverNode)
      return null;
    const receiver = this.evaluate(receiverNode);
    const bare = receiver.kind === "step" ? receiver.value : receiver;
    const known = bare.kind === "client" || bare.kind === "ref" && bare.module === NAMED_CLIENTS_MODULE;
    return known ? receiver : null;
  }
  /** The HttpClient field (or primary constructor parameter) of the enclosing class, when it has exactly one. */
  ownHttpClient() {
    const owner = this.classes.at(-1);
    if (!owner)
      return null;
    const names = [...this.fieldTypes].filter(([key, type]) => type === "HttpClient" && key.startsWith(`${owner}.`) && !key.slice(owner.length + 1).includes(".")).map(([key]) => key.slice(owner.length + 1));
    return names.length === 1 && names[0] ? this.identifier(names[0]) : null;
  }
  /**
   * Whether `target.callee()` makes the client of an in-memory test server: `GetTestClient()` (TestHost), or
   * `CreateClient()`/`CreateDefaultClient()` on a `WebApplicationFactory` or `TestServer` (by the receiver's declared
   * type, its creation, or a `WithWebHostBuilder(…)` chain).
   */
  makesInMemoryTestClient(callee, target) {
    if (callee === "GetTestClient")
      return true;
    if (callee !== "CreateClient" && callee !== "CreateDefaultClient" || !target)
      return false;
    const receiver = target.type === "invocation_expression" ? target.childForFieldName("function") : target;
    if (receiver?.type === "member_access_expression" && /^With(?:WebHostBuilder|TestServer)$/.test(nameOf(receiver.childForFieldName("name")) ?? ""))
      return true;
    const type = target.type === "object_creation_expression" ? target.childForFieldName("type")?.text ?? "" : this.typeOf(target) ?? "";
    return IN_MEMORY_TEST_SERVERS.test(type);
  }
  /** `client.BaseAddress` of a variable holding an in-memory test server's client. */
  onInMemoryTestClient(node) {
    if (node.type !== "member_access_expression" || nameOf(node.childForFieldName("name")) !== "BaseAddress")
      return false;
    const object = node.childForFieldName("expression");
    if (object?.type !== "identifier")
      return false;
    const value = this.identifier(object.text);
    const bare = value.kind === "step" ? value.value : value;
    return bare.kind === "client" && bare.client === IN_MEMORY_TEST_CLIENT;
  }
  /**
   * .NET Aspire's YARP resource in an AppHost: `builder.AddYarp("edge").WithConfiguration(yarp => { var c =
   * yarp.AddCluster(catalogApi); yarp.AddRoute("/catalog/{**rest}", c); })`. Each route goes to the resource its cluster
   * is made of (`catalogApi = builder.AddProject<…>("catalog-api")`, as `http://catalog-api`), and the gateway is the
   * resource `edge`, the host the other resources call.
   */
  aspireYarp(node, gateway) {
    let chain = node;
    while (chain.parent && (chain.parent.type === "member_access_expression" || chain.parent.type === "invocation_expression"))
      chain = chain.parent;
    let root = node;
    while (root.parent)
      root = root.parent;
    const held = /* @__PURE__ */ new Map();
    for (const declarator of root.descendantsOfType("variable_declarator")) {
      const value = declarator.namedChildren.find((child) => child.type === "equals_value_clause")?.namedChildren[0];
      const variable = declarator.namedChildren[0];
      if (value && variable?.type === "identifier")
        held.set(variable.text, value);
    }
    const resourceOf = (expression, depth = 0) => {
      if (!expression || depth > 4)
        return null;
      if (expression.type === "identifier")
        return resourceOf(held.get(expression.text), depth + 1);
      let call = expression.type === "invocation_expression" ? expression : null;
      while (call) {
        const callee = call.childForFieldName("function");
        const method = nameOf(callee?.type === "member_access_expression" ? callee.childForFieldName("name") : callee) ?? "";
        const first = argumentsOf(call)[0];
        if (method === "AddCluster")
          return resourceOf(first, depth + 1);
        if (/^Add[A-Z]\w*$/.test(method) && first && stringText(first) !== null)
          return stringText(first);
        const receiver = callee?.type === "member_access_expression" ? callee.childForFieldName("expression") : null;
        call = receiver?.type === "invocation_expression" ? receiver : null;
      }
      return null;
    };
    for (const route of chain.descendantsOfType("invocation_expression")) {
      const callee = route.childForFieldName("function");
      if (callee?.type !== "member_access_expression" || nameOf(callee.childForFieldName("name")) !== "AddRoute")
        continue;
      const [pathNode, target] = argumentsOf(route);
      const resource = resourceOf(target);
      if (resource && target)
        (this.facts.routes ??= []).push({ path: pathNode ? stringText(pathNode) : null, target: `http://${resource}`, loc: locOf(this.file, target), workload: gateway });
    }
  }
  /** The options class `T` of an `IOptions<T>` (also `IOptionsSnapshot`/`IOptionsMonitor`) value: a typed name, or a service-provider lookup of one. */
  optionsClassOf(node) {
    let type = this.typeOf(node);
    if (type === null && node.type === "invocation_expression") {
      const callee = node.childForFieldName("function");
      const method = callee?.type === "member_access_expression" ? callee.childForFieldName("name") : callee;
      if (method?.type === "generic_name" && /^Get(?:Required)?Service$/.test(nameOf(method) ?? ""))
        type = method.descendantsOfType("type_argument_list")[0]?.namedChildren[0]?.text ?? null;
    }
    return /^IOptions(?:Snapshot|Monitor)?<\s*([\w.]+)\s*>$/.exec(type ?? "")?.[1]?.split(".").at(-1) ?? null;
  }
  /**
   * `services.Configure<T>(config.GetSection("urls"))` / `Configure<T>(config)`, `AddOptions<T>().Bind(section)` and
   * `AddOptions<T>().BindConfiguration("urls")`: the section the options class is bound to, exported for its readers.
   */
  optionsBinding(name, callee, args) {
    const generic = (node) => node?.type === "generic_name" ? node.descendantsOfType("type_argument_list")[0]?.namedChildren[0]?.text.split(".").at(-1) ?? null : null;
    const method = callee?.type === "member_access_expression" ? callee.childForFieldName("name") : callee;
    let optionsClass = null;
    let source;
    if (name === "Configure" && args.length === 1) {
      optionsClass = generic(method);
      source = args[0];
    } else if ((name === "Bind" || name === "BindConfiguration") && callee?.type === "member_access_expression") {
      const receiver = callee.childForFieldName("expression");
      const adder = receiver?.type === "invocation_expression" ? receiver.childForFieldName("function") : null;
      const adderName = adder?.type === "member_access_expression" ? adder.childForFieldName("name") : adder;
      if (nameOf(adderName) === "AddOptions")
        optionsClass = generic(adderName);
      source = args[0];
    }
    if (!optionsClass || !source)
      return;
    const section = name === "BindConfiguration" ? stringText(source) : source.type === "invocation_expression" ? sectionPath(source) : /config/i.test(source.text) ? "" : null;
    if (section === null)
      return;
    const key = `${OPTIONS_PREFIX}${optionsClass}`;
    this.facts.symbols[key] = lit(section);
    this.facts.exports[key] = { kind: "ref", module: null, name: key, member: [] };
  }
  typeOf(node) {
    const name = node.type === "identifier" ? node.text : node.type === "member_access_expression" && node.childForFieldName("expression")?.type === "this_expression" ? node.childForFieldName("name")?.text : null;
    if (!name)
      return null;
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const type = this.scopes[i]?.types.get(name);
      if (type)
        return type;
    }
    return this.fieldTypes.get(`${this.classes.at(-1)}.${name}`) ?? null;
  }
  /**
   * The URL a Flurl chain sends to (see `flurlMethods`): its first value, a string (literal, interpolated, a name
   * holding one) or `new Url(…)`, with each `AppendPathSegment(s)` joined on; null when the chain starts elsewhere
   * (`httpClient.GetAsync(…)` is HttpClient's).
   */
  flurlUrl(node) {
    const segments = [];
    let current = node;
    while (current?.type === "invocation_expression") {
      const callee = current.childForFieldName("function");
      const step = callee?.type === "member_access_expression" ? nameOf(callee.childForFieldName("name")) ?? "" : "";
      if (!FLURL_STEPS.test(step))
        return null;
      if (step.startsWith("AppendPathSegment"))
        segments.unshift(current.childForFieldName("arguments")?.namedChildren.map((argument) => argument.namedChildren[0] ?? argument) ?? []);
      current = callee?.childForFieldName("expression") ?? null;
    }
    if (!current)
      return null;
    const root = current.type === "object_creation_expression" && /^(?:Flurl\.)?Url$/.test(current.childForFieldName("type")?.text ?? "") ? current.childForFieldName("arguments")?.namedChildren[0]?.namedChildren[0] ?? null : current;
    const isText = root !== null && (/string_literal|interpolated_string_expression|verbatim_string_literal|raw_string_literal/.test(root.type) || (root.type === "identifier" || root.type === "member_access_expression") && /string|Url/i.test(this.typeOf(root) ?? "string"));
    if (!root || !isText)
      return null;
    let value = this.evaluate(root);
    for (const group of segments)
      for (const segment of group)
        value = { kind: "url", base: value, path: this.evaluate(segment), join: "segment" };
    return { at: root, value };
  }
  fact(kind, at, client, method, urlNode, url) {
    const scope = this.scopes.at(-1);
    const fact = { kind, loc: locOf(this.file, at), client, method, expression: snippet(urlNode?.text ?? ""), url, enclosing: scope?.key ?? this.classes.at(-1) ?? "<top-level>" };
    if (scope)
      fact.fn = scope.key;
    return fact;
  }
  evaluate(node, nameHint) {
    switch (node.type) {
      case "string_literal":
      case "verbatim_string_literal":
      case "raw_string_literal":
        return lit(stringText(node) ?? "");
      case "integer_literal":
        return lit(node.text);
      case "interpolated_string_expression": {
        const verbatim = /^(?:\$@|@\$)/.test(node.text);
        return concat(node.namedChildren.map((part) => {
          if (part.type === "interpolation") {
            const expression = part.namedChildren[0];
            return expression ? this.evaluate(expression) : unknown(part.text);
          }
          const text = part.text.replace(/\{\{/g, "{").replace(/\}\}/g, "}");
          return lit(verbatim ? text.replace(/""/g, '"') : decodeEscapes(text));
        }));
      }
      case "parenthesized_expression":
      case "await_expression":
      case "arrow_expression_clause":
        return node.namedChildren[0] ? this.evaluate(node.namedChildren[0], nameHint) : unknown(node.text);
      case "postfix_unary_expression":
        return node.text.endsWith("!") && node.namedChildren[0] ? this.evaluate(node.namedChildren[0], nameHint) : unknown(node.text);
      case "binary_expression": {
        const left = node.childForFieldName("left");
        const right = node.childForFieldName("right");
        const operator = node.childForFieldName("operator")?.text ?? node.children.find((c) => !c.isNamed)?.text;
        if (!left || !right)
          return unknown(node.text);
        if (operator === "+")
          return concat([this.evaluate(left), this.evaluate(right)]);
        if (operator === "??")
          return alt([this.evaluate(left), this.evaluate(right)]);
        return unknown(node.text);
      }
      case "conditional_expression": {
        const a = node.childForFieldName("consequence");
        const b = node.childForFieldName("alternative");
        return a && b ? alt([this.evaluate(a), this.evaluate(b)]) : unknown(node.text);
      }
      case "identifier":
        return this.identifier(node.text);
      case "member_access_expression": {
        const target = node.childForFieldName("expression");
        const name = node.childForFieldName("name")?.text ?? "";
        if ((name === "Value" || name === "CurrentValue") && target) {
          const optionsClass = this.optionsClassOf(target);
          if (optionsClass)
            return { kind: "ref", module: NAMED_CLIENTS_MODULE, name: `${OPTIONS_PREFIX}${optionsClass}`, member: [] };
        }
        if (target?.type === "this_expression")
          return this.identifier(name);
        const section = name === "Value" && target ? sectionPath(target) : null;
        if (section !== null)
          return config(section);
        if (target?.type === "member_access_expression" && /^[A-Z]\w*(?:\.[A-Z]\w*)+$/.test(target.text) && !this.isLocal(target.text.split(".")[0] ?? "")) {
          const outer = target.text.split(".")[0] ?? "";
          const declaredHere = this.declaredClasses.has(outer);
          return { kind: "ref", module: declaredHere ? null : `${CLASS_FILE_PREFIX}${outer}`, name: `${target.text}.${name}`, member: [] };
        }
        if (target?.type === "identifier" && /^[A-Z]/.test(target.text) && !this.isLocal(target.text)) {
          const declaredHere = this.classes.some((c) => c === target.text || c.endsWith(`.${target.text}`)) || this.declaredClasses.has(target.text);
          return { kind: "ref", module: declaredHere ? null : `${CLASS_FILE_PREFIX}${target.text}`, name: `${target.text}.${name}`, member: [] };
        }
        const base = target ? this.evaluate(target) : unknown(node.text);
        if (base.kind === "ref" || base.kind === "param")
          return { ...base, member: [...base.member, name] };
        if (base.kind === "step" && (base.value.kind === "ref" || base.value.kind === "param"))
          return { ...base, value: { ...base.value, member: [...base.value.member, name] } };
        return unknown(node.text);
      }
      case "element_access_expression": {
        const key = node.childForFieldName("subscript")?.namedChildren[0]?.namedChildren[0];
        const text = key ? stringText(key) : null;
        const expression = node.childForFieldName("expression");
        const section = expression ? sectionPath(expression) : null;
        if (text !== null && section !== null)
          return config(`${section}:${text}`);
        const configuration = /config/i.test(expression?.text ?? "");
        if (text !== null && configuration)
          return config(text);
        if (key && configuration)
          return { kind: "lookup", source: "config", key: this.evaluate(key) };
        return unknown(node.text);
      }
      case "object_creation_expression":
        return this.creationValue(node, nameHint);
      case "implicit_object_creation_expression": {
        const args = argumentsOf(node);
        if (args[0] && args.length <= 2)
          return args[1] ? { kind: "url", base: this.evaluate(args[0]), path: this.evaluate(args[1]) } : this.evaluate(args[0]);
        return unknown(node.text);
      }
      case "invocation_expression":
        return this.invocationValue(node);
      default:
        return unknown(node.text);
    }
  }
  isLocal(name) {
    return this.scopes.some((s) => s.locals.has(name) || s.params.includes(name));
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
      if (this.fieldTypes.has(key))
        return this.facts.symbols[key] ?? { kind: "ref", module: null, name: key, member: [] };
    }
    return this.facts.symbols[name] ?? { kind: "ref", module: null, name, member: [] };
  }
  creationValue(node, nameHint) {
    const type = node.childForFieldName("type")?.text ?? "";
    const args = argumentsOf(node);
    if (type === "Uri" && args[0])
      return args[1] && !args[1].text.startsWith("UriKind") ? { kind: "url", base: this.evaluate(args[0]), path: this.evaluate(args[1]) } : this.evaluate(args[0]);
    if (type === "HttpClient") {
      const base = baseAddressInitializer(node);
      return { kind: "client", client: "HttpClient", base: base ? this.evaluate(base) : null, at: locOf(this.file, base?.parent ?? node), label: nameHint ?? `HttpClient` };
    }
    if (type === "RestClient") {
      return { kind: "client", client: "RestSharp", base: args[0] ? this.evaluate(args[0]) : null, at: locOf(this.file, args[0] ?? node), label: nameHint ?? `RestSharp client` };
    }
    if (type === "RestRequest") {
      const props = {};
      if (args[0])
        props.resource = this.evaluate(args[0]);
      const method = /Method\.(\w+)/.exec(args[1]?.text ?? "")?.[1];
      if (method)
        props.method = lit(method.toUpperCase());
      return { kind: "object", props };
    }
    return unknown(node.text);
  }
  invocationValue(node) {
    const callee = node.childForFieldName("function");
    const args = argumentsOf(node);
    const calleeName = callee?.type === "member_access_expression" ? nameOf(callee.childForFieldName("name")) : nameOf(callee);
    const target = callee?.type === "member_access_expression" ? callee.childForFieldName("expression") : null;
    const first = args[0];
    const key = first ? stringText(first) : null;
    if (calleeName === "GetEnvironmentVariable" && first)
      return key !== null ? env(key) : { kind: "lookup", source: "env", key: this.evaluate(first) };
    if ((calleeName === "GetValue" || calleeName === "GetConnectionString") && key !== null) {
      const section = target ? sectionPath(target) : null;
      const value = config(calleeName === "GetConnectionString" ? `ConnectionStrings:${key}` : section !== null ? `${section}:${key}` : key);
      return args[1] ? alt([value, this.evaluate(args[1])]) : value;
    }
    if (calleeName === "GetSection" && key !== null && target)
      return config(sectionPath(node) ?? key);
    if (this.makesInMemoryTestClient(calleeName, target)) {
      return { kind: "client", client: IN_MEMORY_TEST_CLIENT, base: lit("http://localhost"), at: locOf(this.file, node), label: target?.text ?? "test server" };
    }
    if (calleeName === "CreateInvokeHttpClient" && first) {
      return { kind: "client", client: "HttpClient", base: concat([lit("http://"), this.evaluate(first)]), at: locOf(this.file, first), label: `Dapr invocation client of ${first.text}` };
    }
    if (calleeName === "CreateClient") {
      return key !== null ? { kind: "ref", module: NAMED_CLIENTS_MODULE, name: `HttpClient:${key}`, member: [] } : { kind: "client", client: "HttpClient", base: null, at: locOf(this.file, node), label: "HttpClient" };
    }
    if (target && calleeName !== null && URL_KEEPING_METHODS.has(calleeName)) {
      const value = this.evaluate(target);
      const slash = args.some((argument) => argument.text === "'/'" || argument.text === '"/"');
      if (!slash)
        return value;
      return trimSlashes(value, calleeName === "TrimEnd" ? "end" : calleeName === "TrimStart" ? "start" : "both");
    }
    const template = calleeName === "Format" && target?.text === "string" && first ? key ?? staticText(this.evaluate(first), this.facts.symbols) : null;
    if (template !== null) {
      const rest = args.slice(1);
      return formatTemplate(template, /\{(\d+)(?:[,:][^}]*)?\}/, (match) => {
        const arg = rest[Number(/\d+/.exec(match)?.[0] ?? 0)];
        return arg ? this.evaluate(arg) : null;
      });
    }
    const owner = this.classes.at(-1);
    const simpleOwner = owner?.split(".").at(-1);
    if (callee?.type === "identifier" && owner && simpleOwner && this.declaredMethods.has(`${simpleOwner}.${callee.text}`) && !this.isLocal(callee.text)) {
      return { kind: "call", callee: { kind: "ref", module: null, name: `${owner}.${callee.text}`, member: [] }, args: args.map((a) => this.evaluate(a)) };
    }
    return { kind: "call", callee: callee ? this.evaluate(callee) : unknown(node.text), args: args.map((a) => this.evaluate(a)) };
  }
};
var URL_KEEPING_METHODS = /* @__PURE__ */ new Set(["Trim", "TrimEnd", "TrimStart", "ToString", "ToLower", "ToLowerInvariant"]);
function sectionPath(node) {
  if (node.type !== "invocation_expression")
    return null;
  const callee = node.childForFieldName("function");
  if (callee?.type !== "member_access_expression" || nameOf(callee.childForFieldName("name")) !== "GetSection")
    return null;
  const first = argumentsOf(node)[0];
  const key = first ? stringText(first) : null;
  if (key === null)
    return null;
  const receiver = callee.childForFieldName("expression");
  const outer = receiver ? sectionPath(receiver) : null;
  return outer !== null ? `${outer}:${key}` : key;
}
function initializerValues(creation) {
  const values = /* @__PURE__ */ new Map();
  const initializer = creation.childForFieldName("initializer") ?? creation.namedChildren.find((c) => c.type === "initializer_expression");
  for (const assignment of initializer?.namedChildren ?? []) {
    const left = assignment.childForFieldName("left");
    const right = assignment.childForFieldName("right");
    if (assignment.type === "assignment_expression" && left && right)
      values.set(left.text, right);
  }
  return values;
}
function registeredType(callee) {
  let current = callee?.childForFieldName("expression") ?? null;
  while (current) {
    if (current.type === "invocation_expression") {
      const fn = current.childForFieldName("function");
      const name = fn?.type === "member_access_expression" ? fn.childForFieldName("name") : fn;
      if (name?.type === "generic_name" && typedClientRegistrations.has(name.namedChildren[0]?.text ?? ""))
        return name.descendantsOfType("type_argument_list")[0]?.namedChildren.at(-1)?.text ?? null;
      current = fn?.type === "member_access_expression" ? fn.childForFieldName("expression") : null;
    } else if (current.type === "member_access_expression")
      current = current.childForFieldName("expression");
    else
      return null;
  }
  return null;
}
function initializedHttpClient(assignment) {
  const initializer = assignment.parent;
  const creation = initializer?.parent;
  return initializer?.type === "initializer_expression" && creation?.type === "object_creation_expression" && creation.childForFieldName("type")?.text === "HttpClient";
}
function baseAddressInitializer(creation) {
  const initializer = creation.childForFieldName("initializer") ?? creation.namedChildren.find((c) => c.type === "initializer_expression");
  for (const assignment of initializer?.namedChildren ?? []) {
    if (assignment.type === "assignment_expression" && assignment.childForFieldName("left")?.text === "BaseAddress")
      return assignment.childForFieldName("right");
  }
  return null;
}
function argumentsOf(node) {
  const list = node.childForFieldName("arguments") ?? node.namedChildren.find((c) => c.type === "argument_list");
  return (list?.namedChildren ?? []).filter((c) => c.type === "argument").map((c) => c.namedChildren.at(-1)).filter(Boolean);
}
function namedArguments(node) {
  const named = /* @__PURE__ */ new Map();
  const list = node.childForFieldName("arguments") ?? node.namedChildren.find((c) => c.type === "argument_list");
  for (const argument of list?.namedChildren ?? []) {
    const name = argument.type === "argument" ? argument.namedChildren.find((c) => c.type === "name_colon")?.namedChildren[0]?.text : void 0;
    const value = argument.namedChildren.at(-1);
    if (name && value)
      named.set(name, value);
  }
  return named;
}
function positionalArguments(node) {
  const list = node.childForFieldName("arguments") ?? node.namedChildren.find((c) => c.type === "argument_list");
  return (list?.namedChildren ?? []).filter((c) => c.type === "argument" && !c.namedChildren.some((part) => part.type === "name_colon")).map((c) => c.namedChildren.at(-1)).filter(Boolean);
}
function declaredTypeOf(creation) {
  const declarator = creation.parent?.type === "equals_value_clause" ? creation.parent.parent : null;
  const declaration = declarator?.type === "variable_declarator" ? declarator.parent : null;
  return declaration?.type === "variable_declaration" ? declaration.childForFieldName("type")?.text.split(".").at(-1) ?? null : null;
}
function enclosingBody(node) {
  for (let current = node.parent; current; current = current.parent) {
    if (/^(?:method_declaration|local_function_statement|constructor_declaration|lambda_expression|accessor_declaration)$/.test(current.type))
      return current;
  }
  return null;
}
function httpMethodConstant(text) {
  return /HttpMethod\.(\w+)/.exec(text)?.[1]?.toUpperCase() ?? null;
}
function nameOf(node) {
  if (!node)
    return null;
  if (node.type === "generic_name")
    return node.namedChildren[0]?.text ?? null;
  return node.type === "identifier" ? node.text : null;
}
function stringText(node) {
  if (node.type === "string_literal")
    return decodeEscapes(node.text.replace(/^"|"$/g, ""));
  if (node.type === "verbatim_string_literal")
    return node.text.replace(/^@"|"$/g, "").replace(/""/g, '"');
  if (node.type === "raw_string_literal")
    return node.text.replace(/^"{3,}|"{3,}$/g, "").trim();
  return null;
}
function blankFileScopedNamespace(content) {
  return content.replace(/^[ \t]*namespace\s+[\w.]+\s*;/m, (match) => match.replace(/[^\n]/g, " "));
}
var RECORD_BASE_LIST = /(\brecord\s+(?:class\s+|struct\s+)?\w+(?:\s*<[^<>{}();]*>)?\s*\((?:[^()]|\([^()]*\))*\))(\s*:[^;{()]*(?:\([^()]*\)[^;{()]*)?)(?=[;{])/g;
var PRIMARY_CONSTRUCTOR = /\b(?:class|struct)\s+(\w+)(?:\s*<[^<>{}();]*>)?\s*(\((?:[^()]|\([^()]*\))*\))/g;
function primaryConstructorLists(content) {
  const lists = /* @__PURE__ */ new Map();
  for (const match of content.matchAll(PRIMARY_CONSTRUCTOR)) {
    const list = match[2] ?? "()";
    lists.set((match.index ?? 0) + match[0].indexOf(match[1] ?? ""), list.slice(1, -1));
  }
  return lists;
}
var PRIMARY_BASE_CALL = /\b(?:class|struct)\s+\w+(?:\s*<[^<>{}();]*>)?\s*\((?:[^()]|\([^()]*\))*\)\s*:\s*[\w.]+(?:\s*<(?:[^<>{}();]|<[^<>{}();]*>)*>)?\s*(\((?:[^()]|\([^()]*\))*\))/g;
function blankPrimaryConstructors(content) {
  const withoutRecordBases = content.includes("record") ? content.replace(RECORD_BASE_LIST, (match, head, bases) => head + bases.replace(/[^\n]/g, " ")) : content;
  const withoutBaseArguments = withoutRecordBases.replace(PRIMARY_BASE_CALL, (match, list) => match.slice(0, match.length - list.length) + list.replace(/[^\n]/g, " "));
  return withoutBaseArguments.replace(PRIMARY_CONSTRUCTOR, (match, _name, list) => match.slice(0, match.length - list.length) + list.replace(/[^\n]/g, " "));
}
function blankRawStrings(content) {
  return content.replace(/("{3,})[ \t]*\r?\n[\s\S]*?\1/g, (match) => `@"${match.slice(2, -1).replace(/[^\n]/g, " ")}"`);
}
function skipLiteralOrComment(text, i) {
  const char = text[i];
  if (char === "/" && text[i + 1] === "/") {
    const end = text.indexOf("\n", i);
    return end < 0 ? text.length : end;
  }
  if (char === "/" && text[i + 1] === "*") {
    const end = text.indexOf("*/", i + 2);
    return end < 0 ? text.length : end + 2;
  }
  const verbatim = char === "@" && text[i + 1] === '"';
  if (char === '"' || verbatim || char === "'") {
    const quote = char === "'" ? "'" : '"';
    let j = verbatim ? i + 2 : i + 1;
    while (j < text.length) {
      if (!verbatim && text[j] === "\\")
        j += 2;
      else if (text[j] === quote) {
        if (verbatim && text[j + 1] === '"')
          j += 2;
        else
          return j + 1;
      } else if (text[j] === "\n" && !verbatim)
        return j;
      else
        j++;
    }
    return text.length;
  }
  return i;
}
function opensCollection(content, i) {
  let k = i - 1;
  while (k >= 0 && /\s/.test(content[k]))
    k--;
  if (k < 0)
    return false;
  const previous = content[k];
  if ("=(,:".includes(previous))
    return true;
  if (previous === ">")
    return content[k - 1] === "=";
  if (previous === "?")
    return content[k - 1] === "?" || k < i - 1;
  return content.slice(k - 5, k + 1) === "return" && !/\w/.test(content[k - 6] ?? " ");
}
var AFTER_COLLECTION = /^\s*[),;}:?]/;
function rewriteCollectionExpressions(content) {
  if (!content.includes("["))
    return content;
  const chars = [...content];
  if (chars.length !== content.length)
    return content;
  for (let i = 0; i < content.length; i++) {
    const skipped = skipLiteralOrComment(content, i);
    if (skipped > i) {
      i = skipped - 1;
      continue;
    }
    if (content[i] !== "[" || !opensCollection(content, i))
      continue;
    let depth = 0;
    let end = -1;
    for (let j = i; j < content.length; j++) {
      const after = skipLiteralOrComment(content, j);
      if (after > j) {
        j = after - 1;
        continue;
      }
      if (content[j] === "[")
        depth++;
      else if (content[j] === "]" && --depth === 0) {
        end = j;
        break;
      } else if (content[j] === ";")
        break;
    }
    if (end < 0 || !AFTER_COLLECTION.test(content.slice(end + 1, end + 1 + 200)))
      continue;
    if (content.slice(i + 1, end).trim() === "" && end === i + 1) {
      chars[i] = '"';
      chars[end] = '"';
    } else {
      chars[i] = "(";
      chars[end] = ")";
      let last = end - 1;
      while (last > i && /\s/.test(content[last]))
        last--;
      if (content[last] === ",")
        chars[last] = " ";
    }
  }
  return chars.join("");
}
function splitTopLevel(list) {
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const char = list[i];
    if (char === "<" || char === "(" || char === "[")
      depth++;
    else if (char === ">" || char === ")" || char === "]")
      depth--;
    else if (char === "," && depth === 0) {
      parts.push(list.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(list.slice(start));
  return parts.filter((part) => part.trim() !== "");
}
var csharpExtractor = {
  languages: ["csharp"],
  extract(file, content, language, options) {
    return extractWithTreeSitter({
      file,
      content,
      language,
      force: options?.force === true,
      grammar: "c_sharp",
      worthParsing,
      testDoubles: "csharp",
      prepare: (text) => rewriteCollectionExpressions(blankRawStrings(blankPrimaryConstructors(blankFileScopedNamespace(text)))),
      visit: (root, facts) => new CSharpFileVisitor(file, facts, content).run(root)
    });
  }
};
export {
  csharpExtractor
};
//# sourceMappingURL=csharp-245RCRBE.js.map
