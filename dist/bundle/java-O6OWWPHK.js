import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  declarativeBase,
  declarativeClients,
  joinPathSyms,
  mappingAnnotations,
  springPlaceholder
} from "./chunk-JTKVUV3B.js";
import {
  CONSTRUCTED,
  CONSTRUCTOR_ARGUMENT,
  HTTP_INTERFACE_EXTENDS,
  HTTP_INTERFACE_MAPPINGS,
  factSym,
  withConstructorArguments
} from "./chunk-CV25BDJB.js";
import {
  alt,
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
  concat,
  formatTemplate,
  grpcTarget,
  lit,
  withoutSteps
} from "./chunk-CVAD7S7L.js";
import "./chunk-B3SFOPOV.js";

// dist/extract/jvm/java.js
var worthParsing = (content) => /RestTemplate|RestClient|WebClient|HttpClient|HttpRequest|openConnection|Unirest|fluent\.Request|FeignClient|RequestLine|Retrofit|okhttp|Http(?:Get|Post|Put|Delete|Patch|Head|Options)\(|RequestBuilder|https?:\/\/|lb:\/\/|getenv|@Value|getProperty|static final String|@Client\(|RegisterRestClient|DiscoveryClient|RouteLocator|LoadBalancerClient|getInstances|\.target\(|\.resource\(|WebResource|WebTarget|ws\.rs\.|ConfigurationProperties|JsonProperty|@GetMapping|@RequestMapping|@(?:GET|POST|PUT|DELETE|PATCH)\b|@(?:Get|Post|Put|Delete|Patch)\(|ChannelBuilder/.test(content);
var HTTP_METHODS = /* @__PURE__ */ new Set(["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE"]);
var URL_VALUE_TYPE = /^(?:String|URI|URL|java\.net\.URI|java\.net\.URL)$/;
function httpMethodName(text) {
  return HTTP_METHODS.has(text) ? text : null;
}
var REQUEST_ENTITY_STEPS = /* @__PURE__ */ new Set(["accept", "acceptCharset", "contentType", "contentLength", "header", "headers", "ifModifiedSince", "ifNoneMatch", "body", "build"]);
function requestEntityUrl(node) {
  let current = node;
  while (current?.type === "method_invocation" && REQUEST_ENTITY_STEPS.has(current.childForFieldName("name")?.text ?? ""))
    current = current.childForFieldName("object");
  if (current?.type !== "method_invocation" || current.childForFieldName("object")?.text !== "RequestEntity")
    return null;
  const verb = current.childForFieldName("name")?.text ?? "";
  const args = current.childForFieldName("arguments")?.namedChildren ?? [];
  if (verb === "method")
    return args[1] ?? null;
  return HTTP_METHODS.has(verb.toUpperCase()) ? args[0] ?? null : null;
}
function requestEntityMethod(argument, at) {
  const verbOf = (text) => {
    const match = /RequestEntity\s*\.\s*(\w+)\s*\(\s*(?:(?:org\.springframework\.http\.)?HttpMethod\.(\w+))?/.exec(text);
    if (!match)
      return null;
    const verb = match[1] === "method" ? match[2] : match[1];
    return verb && HTTP_METHODS.has(verb.toUpperCase()) ? verb.toUpperCase() : null;
  };
  if (argument.type !== "identifier")
    return verbOf(argument.text);
  let body = at;
  while (body && body.type !== "method_declaration" && body.type !== "constructor_declaration" && body.type !== "lambda_expression")
    body = body.parent;
  const declared = new RegExp(`\\b${argument.text}\\s*=\\s*(RequestEntity\\s*\\.[^;]*)`).exec(body?.text ?? "");
  return declared?.[1] ? verbOf(declared[1]) : null;
}
var restTemplateMethods = {
  getForObject: "GET",
  getForEntity: "GET",
  postForObject: "POST",
  postForEntity: "POST",
  postForLocation: "POST",
  put: "PUT",
  delete: "DELETE",
  patchForObject: "PATCH",
  headForHeaders: "HEAD",
  optionsForAllow: "OPTIONS",
  exchange: null,
  execute: null
};
var uriBuilderSteps = /* @__PURE__ */ new Set([
  "path",
  "pathSegment",
  "scheme",
  "host",
  "port",
  "queryParam",
  "queryParams",
  "queryParamIfPresent",
  "replaceQueryParam",
  "replaceQueryParams",
  "query",
  "replaceQuery",
  "fragment",
  "userInfo",
  "uriVariables",
  "cloneBuilder",
  "build",
  "buildAndExpand",
  "expand",
  "encode",
  "normalize",
  "toUriString",
  "toUri",
  "toString"
]);
var URI_BUILDERS = /^(?:UriComponentsBuilder|ServletUriComponentsBuilder|UriBuilder|org\.springframework\.web\.util\.UriBuilder)$/;
var SPRING_URI_BUILDER = "org.springframework.web.util.UriBuilder";
var CURRENT_REQUEST_BUILDERS = /* @__PURE__ */ new Set(["fromCurrentContextPath", "fromCurrentRequest", "fromCurrentRequestUri", "fromCurrentServletMapping", "fromContextPath", "fromRequest", "fromRequestUri", "fromServletMapping"]);
var verbCalls = /* @__PURE__ */ new Set(["get", "post", "put", "patch", "delete", "head", "options"]);
var apacheRequests = {
  HttpGet: "GET",
  HttpPost: "POST",
  HttpPut: "PUT",
  HttpDelete: "DELETE",
  HttpPatch: "PATCH",
  HttpHead: "HEAD",
  HttpOptions: "OPTIONS"
};
var jaxRsVerbs = /* @__PURE__ */ new Set(["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"]);
var discoveryLookups = /* @__PURE__ */ new Set(["getInstances", "choose", "getNextServerFromEureka", "getApplication"]);
var JavaFileVisitor = class {
  file;
  facts;
  packageName = "";
  imports = /* @__PURE__ */ new Map();
  staticImports = /* @__PURE__ */ new Map();
  /** The file imports JAX-RS (`javax.ws.rs.client.*`, `jakarta.ws.rs.core.Response`…): `….request().get()` chains are its client. */
  jaxRsClient = false;
  classes = [];
  classNames = /* @__PURE__ */ new Set();
  /** Calls made on an in-memory test server (see `onInMemoryServer`), dropped once the file is visited. */
  inMemoryCalls = /* @__PURE__ */ new Set();
  fieldTypes = /* @__PURE__ */ new Map();
  /** Fields bound from the configuration (`@ConfigurationProperties`, Jackson-bound configuration classes): `Class.field`. */
  boundFields = /* @__PURE__ */ new Set();
  /** Numbers the `new Project(…)` creations of the file (see CONSTRUCTED). */
  creations = 0;
  scopes = [];
  /** Methods declared in this file, as `Class.method` (`Outer.Inner.method` for nested classes). */
  declaredMethods = /* @__PURE__ */ new Set();
  constructor(file, facts) {
    this.file = file;
    this.facts = facts;
  }
  run(root) {
    for (const node of root.descendantsOfType(["class_declaration", "interface_declaration", "enum_declaration", "record_declaration"])) {
      const name = node.childForFieldName("name")?.text;
      if (name)
        this.classNames.add(name);
    }
    for (const method of root.descendantsOfType("method_declaration")) {
      const owners = [];
      for (let current = method.parent; current; current = current.parent) {
        if (CLASS_DECLARATIONS.has(current.type))
          owners.unshift(current.childForFieldName("name")?.text ?? "?");
      }
      this.declaredMethods.add([...owners, method.childForFieldName("name")?.text ?? "?"].join("."));
    }
    this.visit(root);
    if (this.inMemoryCalls.size > 0)
      this.facts.calls = this.facts.calls.filter((call) => !this.inMemoryCalls.has(call));
  }
  visit(node) {
    switch (node.type) {
      case "package_declaration":
        this.packageName = node.namedChildren.find((c) => c.type === "scoped_identifier" || c.type === "identifier")?.text ?? "";
        return;
      case "import_declaration": {
        const path = node.namedChildren.find((c) => c.type === "scoped_identifier")?.text;
        if (path && /^(?:javax|jakarta)\.ws\.rs\b/.test(path))
          this.jaxRsClient = true;
        if (!path || node.namedChildren.some((c) => c.type === "asterisk"))
          return;
        const last = path.split(".").at(-1) ?? path;
        if (node.children.some((c) => c.type === "static"))
          this.staticImports.set(last, path.slice(0, -last.length - 1));
        else
          this.imports.set(last, path);
        return;
      }
      case "class_declaration":
      case "interface_declaration":
      case "enum_declaration":
      case "record_declaration":
        this.visitClass(node);
        return;
      case "field_declaration":
        this.visitField(node);
        return;
      case "method_declaration":
      case "constructor_declaration":
        this.visitMethod(node);
        return;
      case "local_variable_declaration": {
        this.visitChildren(node);
        const scope = this.scopes.at(-1);
        const type = node.childForFieldName("type")?.text ?? "";
        for (const declarator of node.childrenForFieldName("declarator")) {
          const name = declarator.childForFieldName("name")?.text;
          const value = declarator.childForFieldName("value");
          if (!scope || !name)
            continue;
          scope.types.set(name, type);
          if (value)
            scope.locals.set(name, { kind: "step", label: `variable ${name}`, at: locOf(this.file, declarator), value: this.evaluate(value, name) });
        }
        return;
      }
      case "assignment_expression": {
        this.visitChildren(node);
        const left = node.childForFieldName("left");
        const right = node.childForFieldName("right");
        const owner = this.classes.at(-1);
        if (!left || !right)
          return;
        const field = left.type === "field_access" && left.childForFieldName("object")?.type === "this" ? left.childForFieldName("field")?.text : null;
        const scope = this.scopes.at(-1);
        const parameter = right.type === "identifier" && scope?.key === `${owner}.<init>` ? scope.params.indexOf(right.text) : -1;
        if (field && owner && this.boundFields.has(`${owner}.${field}`)) {
        } else if (field && owner && parameter >= 0 && !scope?.locals.has(right.text)) {
          const simple = owner.split(".").at(-1) ?? owner;
          const injected = this.evaluate(right, field);
          const passed = { kind: "ref", module: null, name: `${CONSTRUCTOR_ARGUMENT}${simple}#${parameter}`, member: [] };
          const value = injected.kind === "param" ? passed : { kind: "alt", options: [injected, passed] };
          this.facts.symbols[`${owner}.${field}`] = { kind: "step", label: `field ${owner}.${field}`, at: locOf(this.file, left), value };
        } else if (field && owner) {
          const value = this.evaluate(right, field);
          const simple = owner.split(".").at(-1) ?? owner;
          const derived = scope?.key === `${owner}.<init>` ? withConstructorArguments(value, simple) : value;
          this.facts.symbols[`${owner}.${field}`] = { kind: "step", label: `field ${owner}.${field}`, at: locOf(this.file, left), value: derived };
        } else if (left.type === "identifier") {
          const scope2 = this.scopes.at(-1);
          if (scope2 && (scope2.locals.has(left.text) || scope2.types.has(left.text))) {
            const value = this.evaluate(right, left.text);
            const previous = scope2.locals.get(left.text);
            scope2.locals.set(left.text, previous && inBranch(node) ? alt([previous, value]) : value);
          }
        }
        return;
      }
      case "method_invocation":
        this.visitChildren(node);
        this.visitInvocation(node);
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
  visitClass(node) {
    const name = node.childForFieldName("name")?.text ?? "?";
    const qualified = this.classes.length > 0 ? `${this.classes.at(-1)}.${name}` : name;
    this.classes.push(qualified);
    const classAnnotations = annotations(node);
    const declarative = classAnnotations.find((a) => a.name in declarativeClients && (a.name !== "Client" || node.type === "interface_declaration"));
    const inherited = node.type === "interface_declaration" ? extendedInterfaces(node) : [];
    if (declarative) {
      const kind = declarativeClients[declarative.name];
      const declared = this.declarativeBase(declarative, kind);
      let { base, at } = declared;
      if (!base && kind.configKey && declarative.name === "RegisterRestClient" && this.classes.length === 1) {
        base = { kind: "config", key: `quarkus.rest-client."${this.packageName ? `${this.packageName}.` : ""}${name}".url` };
        at = node.childForFieldName("name");
      }
      if (base && at)
        this.facts.calls.push(this.fact("client-config", at, kind.client, null, at, base));
      const clientSym = { kind: "client", client: kind.client, base, at: locOf(this.file, at ?? node), label: qualified };
      this.facts.symbols[qualified] = clientSym;
      this.facts.exports[qualified] = { kind: "ref", module: null, name: qualified, member: [] };
      this.declarativeCalls(node, kind.client, clientSym);
      if (inherited.length > 0)
        this.facts.symbols[`${HTTP_INTERFACE_EXTENDS}${qualified}`] = { kind: "object", props: Object.fromEntries(inherited.map((name2) => [name2, this.typeRef(name2)])) };
    } else if (node.type === "interface_declaration" && (node.text.includes("retrofit") || /@(GET|POST|PUT|DELETE|PATCH)\(/.test(node.text))) {
      this.declarativeCalls(node, "Retrofit", null);
      const mappings = this.interfaceMappings(node);
      if (mappings.length > 0)
        this.facts.symbols[`${HTTP_INTERFACE_MAPPINGS}${qualified}`] = { kind: "object", props: Object.fromEntries(mappings.map((fact, index) => [String(index), factSym(fact)])) };
    } else if (node.type === "interface_declaration" && /@RequestLine\(/.test(node.text)) {
      this.declarativeCalls(node, "Feign", null);
    } else if (node.type === "interface_declaration") {
      const mappings = this.interfaceMappings(node);
      if (mappings.length > 0)
        this.facts.symbols[`${HTTP_INTERFACE_MAPPINGS}${qualified}`] = { kind: "object", props: Object.fromEntries(mappings.map((fact, index) => [String(index), factSym(fact)])) };
    }
    const body = node.childForFieldName("body");
    this.bindConfigurationProperties(node, qualified, name, classAnnotations);
    if (body)
      this.visitChildren(body);
    this.classes.pop();
  }
  /**
   * A class whose fields are bound from the application's configuration: Spring `@ConfigurationProperties("sisu")`
   * (field `baseUrl` is the key `sisu.baseUrl`), or a Jackson-bound Dropwizard configuration class (`@JsonProperty`
   * accessors; `KoodistoClientFactory`'s `baseUrl` is `koodistoClient.baseUrl`, the class named after its key by
   * convention). Its string fields read those keys, whatever a setter assigns them from.
   */
  bindConfigurationProperties(node, qualified, name, classAnnotations) {
    const properties = classAnnotations.find((annotation) => annotation.name === "ConfigurationProperties");
    const written = properties ? properties.args.get("prefix") ?? properties.args.get("value") : void 0;
    let prefix = written ? stringText(written) : null;
    const configurationName = /(?:Factory|Configuration|Config|Properties|Settings)$/;
    if (prefix === null && !properties && configurationName.test(name) && /@JsonProperty\b/.test(node.childForFieldName("body")?.text ?? "")) {
      const stem = name.replace(configurationName, "");
      prefix = stem === "" ? null : stem[0].toLowerCase() + stem.slice(1);
    }
    if (prefix === null)
      return;
    const bound = (field, what, at) => {
      const configKey = prefix === "" ? field : `${prefix}.${field}`;
      return { kind: "step", label: `property ${configKey} bound to ${what} ${qualified}.${field}`, at: locOf(this.file, at), value: { kind: "config", key: configKey } };
    };
    for (const component of node.type === "record_declaration" ? node.childForFieldName("parameters")?.namedChildren ?? [] : []) {
      const field = component.childForFieldName("name")?.text;
      if (!field || !URL_VALUE_TYPE.test(component.childForFieldName("type")?.text ?? ""))
        continue;
      const key = `${qualified}.${field}`;
      this.facts.symbols[key] = { kind: "fn", name: key, params: [], returns: bound(field, "record component", component) };
      this.facts.exports[key] = { kind: "ref", module: null, name: key, member: [] };
    }
    for (const declaration of node.childForFieldName("body")?.namedChildren ?? []) {
      if (declaration.type !== "field_declaration")
        continue;
      const type = declaration.childForFieldName("type")?.text ?? "";
      if (!URL_VALUE_TYPE.test(type) || (declaration.namedChildren.find((child) => child.type === "modifiers")?.text.includes("static") ?? false))
        continue;
      for (const declarator of declaration.childrenForFieldName("declarator")) {
        const field = declarator.childForFieldName("name")?.text;
        if (!field)
          continue;
        this.boundFields.add(`${qualified}.${field}`);
        this.facts.symbols[`${qualified}.${field}`] = bound(field, "field", declarator);
      }
    }
  }
  /** Base URL of a declarative client (see declarative-clients.ts). */
  declarativeBase(annotation, kind) {
    return declarativeBase(kind, (name) => {
      const node = annotation.args.get(name);
      return node ? { text: stringText(node), value: () => this.valueAnnotation(node), node } : void 0;
    }, (node) => locOf(this.file, node), joinPathSyms);
  }
  /** Feign / Retrofit / Micronaut / MicroProfile interfaces: each mapped method is a call, reported at its mapping annotation. */
  declarativeCalls(node, client, receiver) {
    const owner = this.classes.at(-1) ?? "?";
    for (const fact of this.interfaceMappings(node)) {
      fact.client = client;
      fact.receiver = receiver ?? { kind: "unknown", text: `${client} service ${owner}` };
      this.facts.calls.push(fact);
    }
  }
  /** The calls an interface's mapped methods make (Spring `@GetMapping`, JAX-RS `@GET @Path`, Retrofit, Micronaut, Feign `@RequestLine`), without a receiver. */
  interfaceMappings(node) {
    const owner = this.classes.at(-1) ?? "?";
    const classPath = annotations(node).find((a) => a.name === "Path" || a.name === "RequestMapping")?.args.get("value") ?? null;
    const facts = [];
    for (const method of node.childForFieldName("body")?.namedChildren ?? []) {
      if (method.type !== "method_declaration")
        continue;
      const methodAnnotations = annotations(method);
      const key = `${owner}.${method.childForFieldName("name")?.text ?? "?"}`;
      for (const annotation of methodAnnotations) {
        let verb;
        let path;
        let expression;
        if (annotation.name === "RequestLine") {
          const line = stringText(annotation.args.get("value") ?? annotation.node) ?? "";
          const match = /^\s*([A-Z]+)\s+(\S*)/.exec(line);
          verb = match?.[1] ?? null;
          path = lit(match?.[2] ?? "");
          expression = snippet(line);
        } else if (annotation.name in mappingAnnotations) {
          verb = mappingAnnotations[annotation.name] ?? null;
          const methodArg = annotation.args.get("method")?.text;
          if (verb === null && methodArg)
            verb = methodArg.split(".").at(-1)?.toUpperCase() ?? null;
          let pathNode = annotation.args.get("value") ?? annotation.args.get("path") ?? annotation.args.get("uri") ?? null;
          if (!pathNode && jaxRsVerbs.has(annotation.name))
            pathNode = methodAnnotations.find((a) => a.name === "Path")?.args.get("value") ?? null;
          path = pathNode ? this.valueAnnotation(pathNode) : lit("");
          expression = snippet(pathNode?.text ?? "");
        } else
          continue;
        if (classPath)
          path = joinPathSyms(this.valueAnnotation(classPath), path);
        facts.push({ kind: "call", loc: locOf(this.file, annotation.node), client: "instance", method: verb, expression, url: path, enclosing: key });
      }
    }
    return facts;
  }
  /** A type named in this file: a class of the file, an import, or a class of the same package. */
  typeRef(name) {
    const simple = name.replace(/<.*$/s, "").trim();
    if (this.classNames.has(simple))
      return { kind: "ref", module: null, name: simple, member: [] };
    const last = simple.split(".").at(-1) ?? simple;
    const imported = simple.includes(".") ? simple : this.imports.get(simple) ?? (this.packageName ? `${this.packageName}.${simple}` : simple);
    return { kind: "ref", module: imported, name: last, member: [] };
  }
  visitField(node) {
    const owner = this.classes.at(-1) ?? "?";
    const type = node.childForFieldName("type")?.text ?? "";
    const injected = annotations(node).find((a) => a.name === "Value")?.args.get("value");
    const isStatic = node.namedChildren.find((c) => c.type === "modifiers")?.text.includes("static") ?? false;
    for (const declarator of node.childrenForFieldName("declarator")) {
      const name = declarator.childForFieldName("name")?.text;
      const valueNode = declarator.childForFieldName("value");
      if (!name)
        continue;
      this.fieldTypes.set(`${owner}.${name}`, type);
      if (valueNode)
        this.visit(valueNode);
      const written = injected ? this.valueAnnotation(injected) : valueNode ? this.evaluate(valueNode, name) : null;
      const bound = this.boundFields.has(`${owner}.${name}`) ? this.facts.symbols[`${owner}.${name}`] : void 0;
      if (bound) {
        if (written)
          this.facts.symbols[`${owner}.${name}`] = { ...bound, value: { kind: "alt", options: [bound.value, written] } };
        continue;
      }
      const value = written;
      if (!value)
        continue;
      this.facts.symbols[`${owner}.${name}`] = { kind: "step", label: `${isStatic ? "constant" : "field"} ${owner}.${name}`, at: locOf(this.file, declarator), value };
      if (isStatic)
        this.facts.exports[`${owner}.${name}`] = { kind: "ref", module: null, name: `${owner}.${name}`, member: [] };
    }
  }
  /** `@Value("${organisation.url:https://…}")` → alt(config, default); other literals as is. */
  valueAnnotation(node) {
    const text = stringText(node);
    return text === null ? this.evaluate(node) : springPlaceholder(text);
  }
  visitMethod(node) {
    const owner = this.classes.at(-1) ?? "?";
    const name = node.type === "constructor_declaration" ? "<init>" : node.childForFieldName("name")?.text ?? "?";
    const key = `${owner}.${name}`;
    const scope = { key, params: [], locals: /* @__PURE__ */ new Map(), types: /* @__PURE__ */ new Map() };
    for (const param of node.childForFieldName("parameters")?.namedChildren ?? []) {
      const paramName = param.childForFieldName("name")?.text;
      if (!paramName)
        continue;
      scope.params.push(paramName);
      scope.types.set(paramName, param.childForFieldName("type")?.text ?? "");
      const injected = annotations(param).find((a) => a.name === "Value")?.args.get("value");
      if (injected)
        scope.locals.set(paramName, this.valueAnnotation(injected));
    }
    this.scopes.push(scope);
    const body = node.childForFieldName("body");
    let returns = null;
    if (body) {
      this.visit(body);
      const returned = ownReturns(node).flatMap((statement) => statement.namedChildren[0] ? [statement.namedChildren[0]] : []);
      if (returned.length > 0)
        returns = alt(returned.map((value) => this.evaluate(value)));
    }
    this.scopes.pop();
    this.facts.symbols[key] = { kind: "fn", name: key, params: scope.params, returns };
    const modifiers = node.namedChildren.find((child) => child.type === "modifiers")?.text ?? "";
    if (name !== "<init>" && !/\bprivate\b/.test(modifiers))
      this.facts.exports[key] ??= { kind: "ref", module: null, name: key, member: [] };
  }
  /** Which URI builder a chain starts from: Spring's (UriComponentsBuilder, its UriBuilder interface) or JAX-RS's UriBuilder; null for none. */
  uriBuilderKind(root) {
    const type = URI_BUILDERS.test(root.text) ? root.text : this.typeOf(root) ?? "";
    if (!URI_BUILDERS.test(type))
      return null;
    if (type !== "UriBuilder")
      return "spring";
    return root.text !== "UriBuilder" && this.imports.get("UriBuilder")?.startsWith("org.springframework.") ? "spring" : "jaxrs";
  }
  /**
   * WebClient's and RestClient's `uri(uriBuilder -> uriBuilder.path("/x").queryParam(…).build())`: the path the lambda
   * builds, relative to the client's base URL (joined with it as a path given as a string is). Null for other lambdas.
   */
  uriLambda(node) {
    const parameters = node.childForFieldName("parameters");
    const parameter = parameters?.type === "identifier" ? parameters : parameters?.namedChildren.length === 1 ? parameters.namedChildren[0] : null;
    const name = parameter?.type === "identifier" ? parameter.text : parameter?.type === "formal_parameter" ? parameter.childForFieldName("name")?.text : parameter?.type === "inferred_parameters" ? parameter.namedChildren[0]?.text : void 0;
    let body = node.childForFieldName("body");
    if (body?.type === "block") {
      const statements = body.namedChildren.filter((child) => child.type !== "line_comment" && child.type !== "block_comment");
      body = statements.length === 1 && statements[0]?.type === "return_statement" ? statements[0].namedChildren[0] ?? null : null;
    }
    const call = node.parent?.type === "argument_list" ? node.parent.parent : null;
    if (call?.type !== "method_invocation" || call.childForFieldName("name")?.text !== "uri")
      return null;
    if (!name || !body || body.type !== "method_invocation" || chainRoot(body).text !== name)
      return null;
    const enclosing = this.scopes.at(-1);
    const scope = {
      key: enclosing?.key ?? "<lambda>",
      params: enclosing?.params ?? [],
      locals: new Map([...enclosing?.locals ?? [], [name, lit("")]]),
      types: new Map([...enclosing?.types ?? [], [name, SPRING_URI_BUILDER]])
    };
    this.scopes.push(scope);
    try {
      return this.evaluate(body);
    } finally {
      this.scopes.pop();
    }
  }
  /**
   * The client a builder chain starting at `root` makes: `WebClient.builder()…`, `RestClient.builder()…`, `new
   * Retrofit.Builder()…`, or a builder Spring injects (`WebClient.Builder builder` / `RestClient.Builder`, a parameter or
   * field of any name). Null for any other chain.
   */
  builderClient(root) {
    const type = root.type === "identifier" || root.type === "field_access" ? this.typeOf(root) ?? "" : "";
    if (/^WebClient/.test(root.text) || /^(?:[\w.]+\.)?WebClient\.Builder$/.test(type))
      return "WebClient";
    if (/^RestClient/.test(root.text) || /^(?:[\w.]+\.)?RestClient\.Builder$/.test(type))
      return "RestClient";
    return /Retrofit\.Builder/.test(root.text) ? "Retrofit" : null;
  }
  typeOf(node) {
    if (node.type === "identifier") {
      for (let i = this.scopes.length - 1; i >= 0; i--) {
        const type = this.scopes[i]?.types.get(node.text);
        if (type)
          return type;
      }
      return this.fieldTypes.get(`${this.classes.at(-1)}.${node.text}`) ?? null;
    }
    if (node.type === "field_access" && node.childForFieldName("object")?.type === "this") {
      return this.fieldTypes.get(`${this.classes.at(-1)}.${node.childForFieldName("field")?.text}`) ?? null;
    }
    return null;
  }
  /**
   * A call of a method of this class (`get("/orders")`, `this.post(path, body)`) or of a project class on a typed receiver
   * (`ordersClient.fetch("/orders")`): the resolver follows it when the method puts a parameter into a request's URL (a wrapper).
   */
  pushInvocation(node, name, objectNode, args) {
    if (args.length === 0)
      return;
    let target = null;
    const owner = this.classes.at(-1);
    if ((!objectNode || objectNode.type === "this") && owner && this.declaredMethods.has(`${owner}.${name}`)) {
      target = { kind: "ref", module: null, name: `${owner}.${name}`, member: [] };
    } else if (objectNode) {
      const type = this.typeOf(objectNode)?.replace(/<.*$/s, "");
      if (type && /^[A-Z]\w*$/.test(type) && !JDK_TYPES.has(type)) {
        target = this.classNames.has(type) && this.declaredMethods.has(`${type}.${name}`) ? { kind: "ref", module: null, name: `${type}.${name}`, member: [] } : this.staticField(type, name);
      }
    }
    if (!target)
      return;
    const values = args.map((arg) => this.evaluate(arg));
    if (!values.some(passesUrl))
      return;
    const scope = this.scopes.at(-1);
    const invocation = {
      loc: locOf(this.file, node),
      callee: target,
      args: values,
      expression: snippet(node.text),
      enclosing: scope?.key ?? owner ?? "<top-level>",
      calleeText: snippet(objectNode ? `${objectNode.text}.${name}` : name),
      argTexts: args.map((arg) => snippet(arg.text))
    };
    if (scope)
      invocation.fn = scope.key;
    this.facts.invocations.push(invocation);
  }
  visitInvocation(node) {
    const name = node.childForFieldName("name")?.text ?? "";
    const objectNode = node.childForFieldName("object");
    const args = node.childForFieldName("arguments")?.namedChildren ?? [];
    this.pushInvocation(node, name, objectNode, args);
    if (!objectNode)
      return;
    const objectText = objectNode.text;
    if (this.isApacheRequestBuilder(objectText) && args[0] && HTTP_METHODS.has(name.toUpperCase())) {
      this.addCall(node, "ApacheHttpClient", name.toUpperCase(), args[0], void 0);
      return;
    }
    if (name === "setUri" && args[0] && objectNode) {
      const start = chainRoot(objectNode).parent;
      const made = start?.type === "method_invocation" && this.isApacheRequestBuilder(start.childForFieldName("object")?.text ?? "") ? start : null;
      const verb = made?.childForFieldName("name")?.text ?? "";
      const created = made?.childForFieldName("arguments")?.namedChildren[0];
      const method = verb === "create" ? created ? stringText(created)?.toUpperCase() ?? null : null : HTTP_METHODS.has(verb.toUpperCase()) && !created ? verb.toUpperCase() : void 0;
      if (method !== void 0) {
        this.addCall(node, "ApacheHttpClient", method, args[0], void 0);
        return;
      }
    }
    if (name in restTemplateMethods && args.length > 0) {
      const type = this.typeOf(objectNode);
      if (type !== null && !type.includes("RestTemplate") && !type.includes("RestOperations"))
        return;
      if (type === null && !/rest/i.test(objectText))
        return;
      if (type === null && this.jaxRsClient && chainSteps(objectNode).has("request"))
        return;
      let method = restTemplateMethods[name] ?? null;
      if (method === null)
        method = httpMethodName(args[1]?.text.split(".").at(-1) ?? "") ?? (args[0] ? requestEntityMethod(args[0], node) : null);
      const receiver = this.evaluate(objectNode);
      const bare = receiver.kind === "step" ? receiver.value : receiver;
      this.addCall(node, "RestTemplate", method, args[0] ?? null, bare.kind === "client" ? receiver : void 0);
      return;
    }
    if (name === "openConnection" && args.length === 0) {
      const url = this.urlConstruction(objectNode);
      if (url) {
        this.addCall(node, "HttpURLConnection", this.requestMethodSet(node) ?? "GET", url, void 0);
        return;
      }
    }
    const fluent = objectText === "Unirest" ? "Unirest" : objectText === "Request" && /\.fluent\.Request$/.test(this.imports.get("Request") ?? "") ? "ApacheHttpClient" : null;
    if (fluent && args[0] && HTTP_METHODS.has(name.toUpperCase())) {
      this.addCall(node, fluent, name.toUpperCase(), args[0], void 0);
      return;
    }
    if (name === "uri" && args[0] && inGatewayRoute(node)) {
      const path = chainArgument(objectNode, "path");
      (this.facts.routes ??= []).push({ path: path ? stringText(path) : null, target: stringText(args[0]) ?? args[0].text, loc: locOf(this.file, args[0]) });
      return;
    }
    if (name === "uri" && objectNode.type === "method_invocation") {
      const verb = objectNode.childForFieldName("name")?.text ?? "";
      const receiverNode = objectNode.childForFieldName("object");
      if (receiverNode && (verbCalls.has(verb) || verb === "method")) {
        const method = verb === "method" ? objectNode.childForFieldName("arguments")?.namedChildren[0]?.text.split(".").at(-1)?.toUpperCase() ?? null : verb.toUpperCase();
        const receiver = this.evaluate(receiverNode);
        const bare = receiver.kind === "step" ? receiver.value : receiver;
        const type = this.typeOf(receiverNode) ?? "";
        const client = bare.kind === "client" ? bare.client : /WebClient/.test(type) ? "WebClient" : /RestClient/.test(type) ? "RestClient" : "instance";
        this.addCall(node, client, method, args[0] ?? null, receiver);
        return;
      }
      const steps = chainSteps(objectNode);
      if (args[0] && steps.has("newBuilder") && HTTP_REQUEST_CLASS.test(chainRoot(objectNode).text)) {
        const before = HTTP_REQUEST_METHODS.find((method) => steps.has(method)) ?? null;
        this.addCall(node, "java.net.http", chainMethod(node, HTTP_REQUEST_METHODS) ?? before ?? "GET", args[0], void 0);
      }
      return;
    }
    if (HTTP_REQUEST_CLASS.test(objectText) && name === "newBuilder" && args[0]) {
      this.addCall(node, "java.net.http", chainMethod(node, HTTP_REQUEST_METHODS) ?? "GET", args[0], void 0);
      return;
    }
    if (name === "url" && chainRoot(node).type === "object_creation_expression" && /^Request\.Builder$|okhttp3\.Request\.Builder/.test(chainRoot(node).childForFieldName("type")?.text ?? "") && args[0]) {
      this.addCall(node, "OkHttp", chainMethod(node, ["get", "post", "put", "delete", "patch", "head"])?.toUpperCase() ?? "GET", args[0], void 0);
      return;
    }
    if (name === "baseUrl" && args[0]) {
      const client = this.builderClient(chainRoot(node));
      if (client)
        this.facts.calls.push(this.fact("client-config", args[0], client, null, args[0], this.evaluate(args[0])));
      return;
    }
    if (name === "create" && args[0]?.type === "class_literal") {
      const receiver = withoutSteps(this.evaluate(objectNode));
      const created = args[0].text.replace(/\.class$/, "");
      if (receiver.kind === "client") {
        const key = `created-client@${node.startPosition.row + 1}:${node.startPosition.column + 1}`;
        this.facts.symbols[key] = receiver;
        this.facts.symbols[`${HTTP_INTERFACE_EXTENDS}${key}`] = { kind: "object", props: { [created]: this.typeRef(created) } };
      }
      return;
    }
    const channelTarget = grpcChannelTarget(objectText, name, args);
    if (channelTarget) {
      this.facts.calls.push(this.fact("client-config", channelTarget.at, "gRPC", null, channelTarget.at, grpcTarget(channelTarget.parts.length === 1 ? this.evaluate(channelTarget.parts[0]) : concat([this.evaluate(channelTarget.parts[0]), lit(":"), this.evaluate(channelTarget.parts[1])]))));
      return;
    }
    if (name === "create" && (objectText === "WebClient" || objectText === "RestClient") && args[0]) {
      this.facts.calls.push(this.fact("client-config", args[0], objectText, null, args[0], this.evaluate(args[0])));
      return;
    }
    if (this.jaxRsClient && JAX_RS_VERBS.includes(name) && objectNode.type === "method_invocation" && !chainSteps(objectNode).has("request")) {
      const given = objectNode.childForFieldName("arguments")?.namedChildren.find((argument) => /\bWebTarget$/.test(this.typeOf(argument) ?? "") || argument.type === "method_invocation" && WEB_TARGET_STEPS.has(argument.childForFieldName("name")?.text ?? ""));
      if (given) {
        const target = this.webTarget(given);
        this.facts.calls.push(this.fact("call", node, "JAX-RS", name.toUpperCase(), target.node, target.value));
        return;
      }
    }
    if (name === "request" && objectNode.type === "method_invocation") {
      const url = this.jaxRsTarget(objectNode);
      if (url) {
        this.facts.calls.push(this.fact("call", node, "JAX-RS", chainMethod(node, JAX_RS_VERBS) ?? "GET", url.node, url.value));
        return;
      }
    }
    if (name === "request" && this.jaxRsClient) {
      const method = chainMethod(node, JAX_RS_VERBS);
      if (method) {
        const target = this.webTarget(objectNode);
        this.facts.calls.push(this.fact("call", node, "JAX-RS", method, target.node, target.value));
        return;
      }
    }
    if ((JAX_RS_VERBS.includes(name) || name === "method") && this.jaxRsClient) {
      const builder = invocationBuilderRoot(objectNode);
      if (builder && /^(?:(?:javax|jakarta)\.ws\.rs\.client\.)?(?:Invocation\.Builder|Builder|SyncInvoker|AsyncInvoker)$/.test(this.typeOf(builder) ?? "")) {
        const method = name === "method" ? args[0] ? stringText(args[0])?.toUpperCase() ?? null : null : name.toUpperCase();
        this.facts.calls.push(this.fact("call", node, "JAX-RS", method, builder, this.evaluate(builder)));
        return;
      }
    }
    if (JERSEY_VERBS.has(name)) {
      const root = webResourceRoot(objectNode, (candidate) => this.typeOf(candidate));
      if (root) {
        const segments = chainPaths(root.node).map((segment) => this.evaluate(segment));
        const value = concat([this.evaluate(root.node), ...segments.flatMap((segment) => [lit("/"), segment])]);
        this.facts.calls.push(this.fact("call", root.node, "Jersey", name.toUpperCase(), root.node, value));
        return;
      }
    }
    if (name === "resource" && args[0] && /client/i.test(this.typeOf(objectNode) ?? objectText)) {
      const segments = chainPaths(node).map((segment) => this.evaluate(segment));
      const value = concat([this.evaluate(args[0]), ...segments.flatMap((segment) => [lit("/"), segment])]);
      this.facts.calls.push(this.fact("call", node, "Jersey", chainMethod(node, ["get", "post", "put", "delete", "head"]) ?? "GET", args[0], value));
      return;
    }
    if (name === "rootUri" && args[0] && chainRoot(node).text.includes("RestTemplateBuilder")) {
      this.facts.calls.push(this.fact("client-config", args[0], "RestTemplate", null, args[0], this.evaluate(args[0])));
    }
  }
  /** The URL of a JAX-RS `WebTarget` chain (`client.target(base).path("a").path(b)`), null when the chain has no `target(…)` on a client. */
  jaxRsTarget(node) {
    const segments = [];
    let current = node;
    while (current?.type === "method_invocation") {
      const step = current.childForFieldName("name")?.text ?? "";
      const first = current.childForFieldName("arguments")?.namedChildren[0];
      const receiver = current.childForFieldName("object");
      if (step === "path" && first)
        segments.unshift(this.evaluate(first));
      else if (step === "target" && first && receiver && /client/i.test(this.typeOf(receiver) ?? receiver.text)) {
        return { node: first, value: concat([this.evaluate(first), ...segments.flatMap((segment) => [lit("/"), segment])]) };
      }
      current = receiver;
    }
    return null;
  }
  /** A JAX-RS `WebTarget` expression and its URL: its `path(…)` steps joined to what it starts from (`client.target(url)`, a variable, a field, a getter). */
  webTarget(node) {
    const segments = [];
    let current = node;
    while (current.type === "method_invocation" && WEB_TARGET_STEPS.has(current.childForFieldName("name")?.text ?? "")) {
      const first = current.childForFieldName("arguments")?.namedChildren[0];
      if (current.childForFieldName("name")?.text === "path" && first)
        segments.unshift(this.evaluate(first));
      const object = current.childForFieldName("object");
      if (!object)
        break;
      current = object;
    }
    return { node: current, value: segments.length === 0 ? this.evaluate(current) : concat([this.evaluate(current), ...segments.flatMap((segment) => [lit("/"), segment])]) };
  }
  visitCreation(node) {
    const type = node.childForFieldName("type")?.text.split(".").at(-1)?.replace(/<.*$/s, "") ?? "";
    const args = node.childForFieldName("arguments")?.namedChildren ?? [];
    const method = apacheRequests[type];
    if (method && args[0])
      this.addCall(node, "ApacheHttpClient", method, args[0], void 0);
    if (args.length > 0 && /^[A-Z]\w*$/.test(type) && !JDK_TYPES.has(type)) {
      this.facts.symbols[`${CONSTRUCTED}${type}#${this.creations++}`] = { kind: "object", props: Object.fromEntries(args.map((arg, index) => [String(index), this.evaluate(arg)])) };
    }
  }
  /**
   * The URL argument of what `openConnection()` is called on: `new URL(x)` written there (also through a cast or
   * `URI.create(x).toURL()`), or a local of the method declared with one (`URL url = new URL(x); url.openConnection()`).
   */
  urlConstruction(node) {
    let value = node;
    while (value?.type === "parenthesized_expression" || value?.type === "cast_expression")
      value = value.childForFieldName("value") ?? value.namedChildren.at(-1) ?? null;
    if (value?.type === "identifier") {
      const method = enclosingMethod(value);
      const declarator = method?.descendantsOfType("variable_declarator").find((candidate) => candidate.childForFieldName("name")?.text === value.text && candidate.startIndex < node.startIndex);
      value = declarator?.childForFieldName("value") ?? null;
    }
    if (value?.type === "object_creation_expression" && /^(?:java\.net\.)?URL$/.test(value.childForFieldName("type")?.text ?? ""))
      return value.childForFieldName("arguments")?.namedChildren[0] ?? null;
    if (value?.type === "method_invocation" && value.childForFieldName("name")?.text === "toURL") {
      const inner = value.childForFieldName("object");
      if (inner?.type === "method_invocation" && inner.childForFieldName("name")?.text === "create" && inner.childForFieldName("object")?.text === "URI")
        return inner.childForFieldName("arguments")?.namedChildren[0] ?? null;
    }
    return null;
  }
  /** The method an `openConnection()`'s connection is given in its method (`conn.setRequestMethod("POST")`), by the variable holding it. */
  requestMethodSet(node) {
    let statement = node.parent;
    while (statement && statement.type !== "variable_declarator" && statement.type !== "assignment_expression" && !statement.type.endsWith("statement"))
      statement = statement.parent;
    const variable = statement?.type === "variable_declarator" ? statement.childForFieldName("name")?.text : statement?.type === "assignment_expression" ? statement.childForFieldName("left")?.text : void 0;
    const method = enclosingMethod(node);
    if (!variable || !method)
      return null;
    for (const call of method.descendantsOfType("method_invocation")) {
      if (call.childForFieldName("name")?.text !== "setRequestMethod" || call.childForFieldName("object")?.text !== variable)
        continue;
      const written = stringText(call.childForFieldName("arguments")?.namedChildren[0] ?? call);
      if (written)
        return written.toUpperCase();
    }
    return null;
  }
  /** Whether a class name is one of Apache HttpClient's request builders, as this file imports it. */
  isApacheRequestBuilder(name) {
    const imported = this.imports.get(name);
    return imported !== void 0 && APACHE_REQUEST_BUILDERS.test(imported);
  }
  addCall(node, client, method, urlNode, receiver) {
    const fact = this.fact("call", node, client, method, urlNode, urlNode ? this.evaluate(urlNode) : null);
    if (receiver)
      fact.receiver = receiver;
    this.facts.calls.push(fact);
  }
  fact(kind, at, client, method, urlNode, url) {
    const scope = this.scopes.at(-1);
    const fact = {
      kind,
      loc: locOf(this.file, at),
      client,
      method,
      expression: snippet(urlNode?.text ?? ""),
      url,
      enclosing: scope?.key ?? this.classes.at(-1) ?? "<module>"
    };
    if (scope)
      fact.fn = scope.key;
    if (kind === "call" && this.onInMemoryServer(at))
      this.inMemoryCalls.add(fact);
    return fact;
  }
  /**
   * Whether the request at `node` goes to an in-memory test server (`resources.client().resource("/x")` on a
   * Dropwizard `ResourceTestRule`): the application under test, served without a network. Such calls are dropped.
   */
  onInMemoryServer(node) {
    for (let current = node; current && current.type !== "method_declaration" && current.type !== "class_body"; current = current.parent) {
      if (current.type !== "method_invocation")
        continue;
      const root = chainRoot(current);
      if ((root.type === "identifier" || root.type === "field_access") && IN_MEMORY_TEST_SERVERS.test(this.typeOf(root) ?? ""))
        return true;
    }
    return false;
  }
  evaluate(node, nameHint) {
    switch (node.type) {
      case "string_literal":
        return lit(stringText(node) ?? "");
      case "decimal_integer_literal":
        return lit(node.text);
      case "parenthesized_expression":
        return node.namedChildren[0] ? this.evaluate(node.namedChildren[0], nameHint) : unknown(node.text);
      case "binary_expression": {
        const left = node.childForFieldName("left");
        const right = node.childForFieldName("right");
        if (left && right && node.childForFieldName("operator")?.text === "+")
          return concat([this.evaluate(left), this.evaluate(right)]);
        return unknown(node.text);
      }
      case "ternary_expression": {
        const a = node.childForFieldName("consequence");
        const b = node.childForFieldName("alternative");
        return a && b ? alt([this.evaluate(a), this.evaluate(b)]) : unknown(node.text);
      }
      case "identifier":
        return this.identifier(node.text);
      case "field_access": {
        const objectNode = node.childForFieldName("object");
        const field = node.childForFieldName("field")?.text ?? "";
        if (objectNode?.type === "this")
          return this.classField(field);
        if (objectNode && /^[A-Z]/.test(objectNode.text))
          return this.staticField(objectNode.text, field);
        return unknown(node.text);
      }
      case "method_invocation":
        return this.invocationValue(node, nameHint);
      case "lambda_expression":
        return this.uriLambda(node) ?? unknown(node.text);
      case "object_creation_expression": {
        const type = node.childForFieldName("type")?.text ?? "";
        const args = node.childForFieldName("arguments")?.namedChildren ?? [];
        if ((type === "URI" || type === "URL") && args[0])
          return this.evaluate(args[0]);
        if (/RestTemplate$/.test(type))
          return { kind: "client", client: "RestTemplate", base: null, at: locOf(this.file, node), label: nameHint ?? `RestTemplate` };
        return { kind: "call", callee: { kind: "ref", module: null, name: type, member: [] }, args: args.map((a) => this.evaluate(a)) };
      }
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
    const staticOwner = this.staticImports.get(name);
    if (staticOwner)
      return { kind: "ref", module: staticOwner, name: `${staticOwner.split(".").at(-1)}.${name}`, member: [] };
    return this.classField(name);
  }
  classField(field) {
    for (let i = this.classes.length - 1; i >= 0; i--) {
      const key = `${this.classes[i]}.${field}`;
      if (this.facts.symbols[key] || this.fieldTypes.has(key))
        return this.facts.symbols[key] ?? { kind: "ref", module: null, name: key, member: [] };
    }
    return { kind: "ref", module: null, name: `${this.classes.at(-1) ?? ""}.${field}`, member: [] };
  }
  /** `Config.BASE`: a constant of this file, an imported class, or a class of the same package. */
  staticField(owner, field) {
    if (this.classNames.has(owner))
      return { kind: "ref", module: null, name: `${owner}.${field}`, member: [] };
    const imported = this.imports.get(owner) ?? (this.packageName ? `${this.packageName}.${owner}` : owner);
    return { kind: "ref", module: imported, name: `${owner}.${field}`, member: [] };
  }
  invocationValue(node, nameHint) {
    const name = node.childForFieldName("name")?.text ?? "";
    const objectNode = node.childForFieldName("object");
    const objectText = objectNode?.text ?? "";
    const args = node.childForFieldName("arguments")?.namedChildren ?? [];
    const first = args[0];
    const entity = requestEntityUrl(node);
    if (entity)
      return this.evaluate(entity);
    if (objectText === "System" && name === "getenv" && first) {
      const key = stringText(first);
      return key === null ? { kind: "lookup", source: "env", key: this.evaluate(first) } : env(key);
    }
    if (objectText === "System.getenv()" && (name === "getOrDefault" || name === "get") && first) {
      const key = stringText(first);
      if (key !== null)
        return args[1] ? alt([env(key), this.evaluate(args[1])]) : env(key);
    }
    if (objectText === "System" && name === "getProperty" && first) {
      const key = stringText(first);
      return key === null ? unknown(node.text) : args[1] ? alt([{ kind: "config", key }, this.evaluate(args[1])]) : { kind: "config", key };
    }
    if (name === "getProperty" && first && /env/i.test(objectText)) {
      const key = stringText(first);
      const read = key !== null ? { kind: "config", key } : { kind: "lookup", source: "config", key: this.evaluate(first) };
      return args[1] && !/\.class$/.test(args[1].text) ? alt([read, this.evaluate(args[1])]) : read;
    }
    if (objectText === "String" && name === "format" && first || name === "formatted" && objectNode) {
      const templateNode = name === "formatted" ? objectNode : first;
      const rest = name === "formatted" ? args : args.slice(1);
      const template = templateNode ? stringText(templateNode) ?? staticText(this.evaluate(templateNode), this.facts.symbols) : null;
      if (template !== null)
        return formatTemplate(template, /%[-#+ 0,(]*\d*(?:\.\d+)?[sd]/, (_m, i) => rest[i] ? this.evaluate(rest[i]) : null);
    }
    if (objectText === "URI" && name === "create" || objectText === "URL" && name === "of" || name === "fromHttpUrl" || name === "fromUriString" || (name === "fromUri" || name === "fromPath") && /^(?:UriComponentsBuilder|UriBuilder)$/.test(objectText)) {
      return first ? this.evaluate(first) : unknown(node.text);
    }
    if (name === "newInstance" && /^(?:UriComponentsBuilder|UriBuilder)$/.test(objectText) || objectText === "ServletUriComponentsBuilder" && CURRENT_REQUEST_BUILDERS.has(name))
      return lit("");
    if (name === "concat" && objectNode && first)
      return concat([this.evaluate(objectNode), this.evaluate(first)]);
    if (objectText === "String" && name === "join" && first && args.length > 2) {
      const separator = this.evaluate(first);
      return concat(args.slice(1).flatMap((element, index) => index === 0 ? [this.evaluate(element)] : [separator, this.evaluate(element)]));
    }
    const builderRoot = objectNode && uriBuilderSteps.has(name) ? chainRoot(node) : null;
    const builder = builderRoot ? this.uriBuilderKind(builderRoot) : null;
    if (objectNode && builder) {
      const built = this.evaluate(objectNode);
      if (name === "path" && first)
        return { kind: "url", base: built, path: this.evaluate(first), join: builder === "spring" ? "append" : "segment" };
      if (name === "pathSegment")
        return args.reduce((url, segment) => ({ kind: "url", base: url, path: this.evaluate(segment), join: "segment" }), built);
      if (name === "scheme" && first)
        return concat([built, this.evaluate(first), lit(":")]);
      if (name === "host" && first)
        return concat([built, lit("//"), this.evaluate(first)]);
      if (name === "port" && first && !/^-1$/.test(first.text))
        return concat([built, lit(":"), this.evaluate(first)]);
      return built;
    }
    const discovered = discoveredService(node);
    if (discovered)
      return { kind: "step", label: `service instance '${discovered.name}' (${discovered.how})`, at: locOf(this.file, discovered.node), value: lit(`http://${discovered.name}`) };
    if (name === "orElse" && objectNode?.type === "method_invocation" && first) {
      const inner = objectNode.childForFieldName("arguments")?.namedChildren[0];
      if (inner)
        return alt([this.evaluate(inner), this.evaluate(first)]);
    }
    if (name === "build" || name === "create" || name === "baseUrl") {
      const client = this.builderClient(chainRoot(node));
      if (client) {
        const baseArg = chainArgument(node, "baseUrl") ?? (name === "create" && objectText === client ? first ?? null : null);
        return { kind: "client", client, base: baseArg ? this.evaluate(baseArg) : null, at: locOf(this.file, baseArg ?? node), label: nameHint ?? client };
      }
    }
    if (this.jaxRsClient && objectNode && (name === "request" || INVOCATION_STEPS.has(name) && chainSteps(objectNode).has("request"))) {
      return name === "request" ? this.webTarget(objectNode).value : this.evaluate(objectNode);
    }
    if (this.jaxRsClient && objectNode && WEB_TARGET_STEPS.has(name)) {
      return this.webTarget(node).value;
    }
    if ((name === "resource" || name === "target") && first && objectNode && /client/i.test(this.typeOf(objectNode) ?? objectText))
      return this.evaluate(first);
    if (objectNode && WEB_RESOURCE_STEPS.has(name) && webResourceRoot(objectNode, (candidate) => this.typeOf(candidate))) {
      return name === "path" && first ? concat([this.evaluate(objectNode), lit("/"), this.evaluate(first)]) : this.evaluate(objectNode);
    }
    const receiverType = objectNode ? this.typeOf(objectNode) : null;
    if (receiverType && /^[A-Z][\w]*$/.test(receiverType) && !JDK_TYPES.has(receiverType)) {
      return { kind: "call", callee: this.staticField(receiverType, name), args: args.map((a) => this.evaluate(a)) };
    }
    return { kind: "call", callee: objectNode ? { kind: "unknown", text: snippet(`${objectText}.${name}`) } : this.identifier(name), args: args.map((a) => this.evaluate(a)) };
  }
};
function passesUrl(value) {
  if (/^(?:\/|https?:\/\/)/.test(leadingText(value)))
    return true;
  let inner = value;
  for (let depth = 0; (inner.kind === "step" || inner.kind === "url" && inner.join) && depth < 8; depth++) {
    inner = inner.kind === "step" ? inner.value : inner.kind === "url" ? { kind: "concat", parts: [inner.base, inner.path] } : inner;
  }
  if (inner.kind !== "concat" || inner.parts[0]?.kind === "lit")
    return false;
  const firstLiteral = inner.parts.find((part) => part.kind === "lit");
  return firstLiteral?.kind === "lit" && firstLiteral.value.startsWith("/");
}
function leadingText(sym, depth = 0) {
  if (depth > 8)
    return "";
  if (sym.kind === "lit")
    return sym.value;
  if (sym.kind === "step")
    return leadingText(sym.value, depth + 1);
  if (sym.kind === "url" && sym.join)
    return leadingText(sym.base, depth + 1);
  if (sym.kind === "concat")
    return sym.parts[0] ? leadingText(sym.parts[0], depth + 1) : "";
  return "";
}
var CLASS_DECLARATIONS = /* @__PURE__ */ new Set(["class_declaration", "interface_declaration", "enum_declaration", "record_declaration"]);
var JDK_TYPES = /* @__PURE__ */ new Set(["String", "Object", "Integer", "Long", "Boolean", "List", "Map", "Set", "Optional", "URI", "URL", "StringBuilder", "Environment", "RestTemplate", "WebClient", "RestClient", "HttpClient", "WebResource", "WebTarget", "Client", "Logger", "ObjectMapper", "JsonNode"]);
function inGatewayRoute(node) {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === "lambda_expression") {
      const invocation = current.parent?.type === "argument_list" ? current.parent.parent : null;
      return invocation?.type === "method_invocation" && invocation.childForFieldName("name")?.text === "route";
    }
    if (current.type === "method_declaration" || current.type === "class_body")
      return false;
  }
  return false;
}
function chainArgument(node, name) {
  let current = node;
  while (current?.type === "method_invocation") {
    if (current.childForFieldName("name")?.text === name)
      return current.childForFieldName("arguments")?.namedChildren[0] ?? null;
    current = current.childForFieldName("object");
  }
  return null;
}
function inBranch(node) {
  for (let current = node.parent; current; current = current.parent) {
    if (["if_statement", "switch_block_statement_group", "switch_rule", "catch_clause", "ternary_expression"].includes(current.type))
      return true;
    if (current.type === "method_declaration" || current.type === "constructor_declaration" || current.type === "lambda_expression")
      return false;
  }
  return false;
}
var JERSEY_VERBS = /* @__PURE__ */ new Set(["get", "post", "put", "delete", "head"]);
var JAX_RS_VERBS = ["get", "post", "put", "delete", "head", "patch", "options", "trace"];
var WEB_TARGET_STEPS = /* @__PURE__ */ new Set(["path", "queryParam", "matrixParam", "resolveTemplate", "resolveTemplates", "resolveTemplateFromEncoded", "register", "property"]);
var INVOCATION_STEPS = /* @__PURE__ */ new Set(["accept", "acceptLanguage", "acceptEncoding", "header", "headers", "cookie", "cacheControl", "property", "async", "rx"]);
function chainSteps(node) {
  const steps = /* @__PURE__ */ new Set();
  for (let current = node; current?.type === "method_invocation"; current = current.childForFieldName("object")) {
    steps.add(current.childForFieldName("name")?.text ?? "");
  }
  return steps;
}
function invocationBuilderRoot(node) {
  let current = node;
  while (current.type === "method_invocation" && INVOCATION_STEPS.has(current.childForFieldName("name")?.text ?? "")) {
    const object = current.childForFieldName("object");
    if (!object)
      return null;
    current = object;
  }
  return current.type === "identifier" || current.type === "field_access" ? current : null;
}
var GRPC_CHANNEL_BUILDERS = /^(?:io\.grpc\.(?:netty\.(?:shaded\.)?|okhttp\.)?)?(?:ManagedChannelBuilder|NettyChannelBuilder|OkHttpChannelBuilder|Grpc)$/;
function grpcChannelTarget(objectText, name, args) {
  if (!GRPC_CHANNEL_BUILDERS.test(objectText) || !args[0])
    return null;
  if (name === "forTarget" || name === "newChannelBuilder")
    return { at: args[0], parts: [args[0]] };
  if ((name === "forAddress" || name === "newChannelBuilderForAddress") && args[1])
    return { at: args[0], parts: [args[0], args[1]] };
  return null;
}
var IN_MEMORY_TEST_SERVERS = /^(?:io\.dropwizard\.testing\.junit5?\.)?(?:ResourceTestRule|ResourceExtension)$/;
var WEB_RESOURCE_STEPS = /* @__PURE__ */ new Set(["path", "queryParam", "queryParams", "type", "accept", "header", "entity", "cookie", "acceptLanguage", "getRequestBuilder"]);
function webResourceRoot(node, typeOf) {
  let current = node;
  while (current.type === "method_invocation" && WEB_RESOURCE_STEPS.has(current.childForFieldName("name")?.text ?? "")) {
    const object = current.childForFieldName("object");
    if (!object)
      return null;
    current = object;
  }
  if (current.type !== "identifier" && current.type !== "field_access")
    return null;
  return /^(?:com\.sun\.jersey\.api\.client\.)?WebResource(?:\.Builder)?$/.test(typeOf(current) ?? "") ? { node: current } : null;
}
function chainPaths(node) {
  const paths = [];
  let current = node;
  while (current.parent?.type === "method_invocation" && current.parent.childForFieldName("object")?.id === current.id) {
    current = current.parent;
    const first = current.childForFieldName("arguments")?.namedChildren[0];
    if (current.childForFieldName("name")?.text === "path" && first)
      paths.push(first);
  }
  return paths;
}
function discoveredService(node) {
  let current = node;
  while (current?.type === "method_invocation") {
    const step = current.childForFieldName("name")?.text ?? "";
    const receiver = current.childForFieldName("object");
    const first = current.childForFieldName("arguments")?.namedChildren[0];
    const name = first ? stringText(first) : null;
    if (discoveryLookups.has(step) && name && receiver && /discovery|balancer|eureka/i.test(receiver.text))
      return { name, how: `${receiver.text}.${step}`, node: current };
    current = receiver;
  }
  return null;
}
function extendedInterfaces(node) {
  const list = node.namedChildren.find((c) => c.type === "extends_interfaces");
  const types = list?.namedChildren.find((c) => c.type === "type_list")?.namedChildren ?? list?.namedChildren ?? [];
  return types.map((type) => type.text);
}
function annotations(node) {
  const modifiers = node.namedChildren.find((c) => c.type === "modifiers");
  const result = [];
  for (const annotation of modifiers?.namedChildren ?? []) {
    if (annotation.type !== "annotation" && annotation.type !== "marker_annotation")
      continue;
    const name = annotation.childForFieldName("name")?.text.split(".").at(-1) ?? "";
    const args = /* @__PURE__ */ new Map();
    for (const arg of annotation.childForFieldName("arguments")?.namedChildren ?? []) {
      if (arg.type === "element_value_pair") {
        const key = arg.childForFieldName("key")?.text;
        const value = arg.childForFieldName("value");
        if (key && value)
          args.set(key, value);
      } else
        args.set("value", arg);
    }
    result.push({ node: annotation, name, args });
  }
  return result;
}
function stringText(node) {
  if (node.type !== "string_literal")
    return null;
  return decodeEscapes(node.namedChildren.map((c) => c.text).join("").replace(/^\n\s*/, ""));
}
var HTTP_REQUEST_CLASS = /(?:^|\.)HttpRequest$/;
var HTTP_REQUEST_METHODS = ["GET", "POST", "PUT", "DELETE", "HEAD"];
function enclosingMethod(node) {
  for (let current = node.parent; current; current = current.parent)
    if (current.type === "method_declaration" || current.type === "constructor_declaration" || current.type === "lambda_expression")
      return current;
  return null;
}
var APACHE_REQUEST_BUILDERS = /^org\.apache\.(?:http\.client\.methods\.RequestBuilder|hc\.core5\.http\.io\.support\.ClassicRequestBuilder|hc\.client5\.http\.async\.methods\.SimpleRequestBuilder|hc\.core5\.http\.nio\.support\.AsyncRequestBuilder)$/;
function chainRoot(node) {
  let current = node;
  while (current.type === "method_invocation" && current.childForFieldName("object"))
    current = current.childForFieldName("object");
  return current;
}
function chainMethod(node, names) {
  let current = node;
  while (current.parent?.type === "method_invocation" && current.parent.childForFieldName("object")?.id === current.id) {
    current = current.parent;
    const name = current.childForFieldName("name")?.text ?? "";
    if (names.includes(name))
      return name.toUpperCase();
    if (name === "method")
      return stringText(current.childForFieldName("arguments")?.namedChildren[0] ?? current)?.toUpperCase() ?? null;
  }
  return null;
}
var javaExtractor = {
  languages: ["java"],
  extract(file, content, language, options) {
    return extractWithTreeSitter({
      file,
      content,
      language,
      force: options?.force === true,
      grammar: "java",
      worthParsing,
      testDoubles: "java",
      visit: (root, facts) => new JavaFileVisitor(file, facts).run(root)
    });
  }
};
export {
  javaExtractor
};
//# sourceMappingURL=java-O6OWWPHK.js.map
