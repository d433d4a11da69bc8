import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  own
} from "./chunk-5TULVUP7.js";
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
  withAlternative,
  withoutSteps
} from "./chunk-CVAD7S7L.js";
import "./chunk-B3SFOPOV.js";

// dist/extract/go/index.js
var worthParsing = (content) => /net\/http|resty|dapr\/go-sdk|https?:\/\/|Getenv|LookupEnv|google\.golang\.org\/grpc|exporters\/otlp|sentry-go|providers\/flagd|go-kratos|\bflag\.|Flags\(\)|\benv(?:config)?:"/.test(content);
var ENV_TAG = /\b(?:env|envconfig):"([A-Za-z_][A-Za-z0-9_]*)/;
var ENV_DEFAULT_TAG = /\b(?:envDefault|env-default|default):"([^"]*)"/;
var grpcDialFunctions = { Dial: 0, DialContext: 1, NewClient: 0 };
var OTLP_HTTP = { client: "opentelemetry-otlp", options: ["WithEndpoint", "WithEndpointURL"], fromEnv: "OTEL_EXPORTER_OTLP_ENDPOINT" };
var OTLP_GRPC = { ...OTLP_HTTP, grpc: true };
var OTLP = "go.opentelemetry.io/otel/exporters/otlp";
var KRATOS = "github.com/go-kratos/kratos/v2";
var KRATOS_GRPC = { client: "gRPC", options: ["WithEndpoint"], grpc: true };
var GO_SDKS = {
  [`${OTLP}/otlptrace/otlptracehttp.New`]: OTLP_HTTP,
  [`${OTLP}/otlptrace/otlptracehttp.NewClient`]: OTLP_HTTP,
  [`${OTLP}/otlptrace/otlptracegrpc.New`]: OTLP_GRPC,
  [`${OTLP}/otlptrace/otlptracegrpc.NewClient`]: OTLP_GRPC,
  [`${OTLP}/otlpmetric/otlpmetrichttp.New`]: OTLP_HTTP,
  [`${OTLP}/otlpmetric/otlpmetricgrpc.New`]: OTLP_GRPC,
  [`${OTLP}/otlplog/otlploghttp.New`]: OTLP_HTTP,
  [`${OTLP}/otlplog/otlploggrpc.New`]: OTLP_GRPC,
  "github.com/getsentry/sentry-go.Init": { client: "sentry", field: "Dsn", fromEnv: "SENTRY_DSN" },
  // OpenFeature's flagd provider: gRPC to the flag daemon, `flagd.NewProvider(flagd.WithHost("flagd"))`, else FLAGD_HOST.
  "github.com/open-feature/go-sdk-contrib/providers/flagd/pkg.NewProvider": { client: "flagd", options: ["WithHost"], fromEnv: "FLAGD_HOST" },
  // Kratos' transports: `grpc.DialInsecure(ctx, grpc.WithEndpoint("discovery:///billing"))`, `http.NewClient(ctx, http.WithEndpoint("ledger:8000"))`.
  [`${KRATOS}/transport/grpc.Dial`]: KRATOS_GRPC,
  [`${KRATOS}/transport/grpc.DialInsecure`]: KRATOS_GRPC,
  [`${KRATOS}/transport/http.NewClient`]: { client: "kratos-http", options: ["WithEndpoint"] }
};
var httpFunctions = { Get: "GET", Post: "POST", Head: "HEAD", PostForm: "POST" };
var clientMethods = {
  Get: "GET",
  Post: "POST",
  Put: "PUT",
  Patch: "PATCH",
  Delete: "DELETE",
  Head: "HEAD",
  Options: "OPTIONS",
  PostForm: "POST"
};
var GoFileVisitor = class {
  file;
  facts;
  /** Local package name → import path. */
  imports = /* @__PURE__ */ new Map();
  scopes = [];
  constructor(file, facts) {
    this.file = file;
    this.facts = facts;
  }
  /** Package-level names declared in this file (collected first: Go allows use before declaration). */
  fileNames = /* @__PURE__ */ new Set();
  /** Struct fields this file sets anywhere (`x.f = …`, `T{f: …}`, `&x.f` passed on): a field it does not set is another file's. */
  fieldsSetHere = /* @__PURE__ */ new Set();
  /** Methods declared in this file, as `Type.method`. */
  methods = /* @__PURE__ */ new Set();
  /** Functions of this file that set an env var through a pointer, by name. */
  envSetters = /* @__PURE__ */ new Map();
  /** Struct types of this file that the environment fills by tag (see `envConfigStructs`). */
  envStructs = /* @__PURE__ */ new Set();
  /** The types of the fields of this file's structs (`Client.client` → `web.HTTPClient`), for methods called on a field. */
  fieldTypes = /* @__PURE__ */ new Map();
  run(root) {
    for (const spec of root.descendantsOfType(["const_spec", "var_spec"])) {
      if (spec.parent?.parent?.type !== "source_file" && spec.parent?.parent?.parent?.type !== "source_file")
        continue;
      for (const name of spec.childrenForFieldName("name"))
        this.fileNames.add(name.text);
    }
    for (const child of root.namedChildren) {
      if (child.type === "method_declaration") {
        const type = structType(child.childForFieldName("receiver")?.namedChildren[0]?.childForFieldName("type") ?? null);
        if (type)
          this.methods.add(`${type}.${child.childForFieldName("name")?.text ?? ""}`);
      }
      if (child.type !== "function_declaration")
        continue;
      const name = child.childForFieldName("name")?.text ?? "";
      this.fileNames.add(name);
      const setter = envSetter(child);
      if (setter)
        this.envSetters.set(name, setter);
    }
    for (const selector of root.descendantsOfType("selector_expression")) {
      const parent = selector.parent;
      const assigned = parent?.type === "expression_list" && parent.parent?.type === "assignment_statement" && parent.parent.childForFieldName("left")?.id === parent.id;
      if (assigned || parent?.type === "unary_expression" && parent.text.startsWith("&"))
        this.fieldsSetHere.add(selector.childForFieldName("field")?.text ?? "");
    }
    for (const element of root.descendantsOfType("keyed_element"))
      this.fieldsSetHere.add(element.namedChildren[0]?.text ?? "");
    this.envConfigStructs(root);
    this.visit(root);
  }
  /**
   * The file's struct types, read once: each field's declared type (`fieldTypes`), and the structs whose fields the
   * environment fills by tag (see `ENV_TAG`): each such field `T.F` holds its env var (a
   * value of the struct: `cfg.ProductHost`), a field of another such struct of the file (named or embedded,
   * `cfg.ProductClient.URL`) holds that struct's fields, and an embedded struct's fields are the outer struct's too
   * (Go promotes them). The type itself, `T`, is an object of those fields: what `&T{}` makes before a library fills it.
   */
  envConfigStructs(root) {
    const structs = /* @__PURE__ */ new Map();
    for (const spec of root.descendantsOfType("type_spec")) {
      const name = spec.childForFieldName("name")?.text;
      const body = spec.childForFieldName("type");
      if (!name || body?.type !== "struct_type")
        continue;
      const fields = [];
      for (const declaration of body.descendantsOfType("field_declaration")) {
        if (declaration.parent?.parent?.id !== body.id)
          continue;
        const tag = declaration.childForFieldName("tag")?.text ?? "";
        const typeNode = declaration.childForFieldName("type");
        const names = declaration.childrenForFieldName("name");
        const type = structType(typeNode);
        const declared = typeOfValue(typeNode);
        if (declared)
          for (const id of names)
            this.fieldTypes.set(`${name}.${id.text}`, declared);
        if (names.length === 0 && type)
          fields.push({ name: type, tag, type, embedded: true, at: typeNode });
        for (const id of names)
          fields.push({ name: id.text, tag, type, embedded: false, at: id });
      }
      structs.set(name, fields);
    }
    const values = /* @__PURE__ */ new Map();
    const valueOf = (type, depth) => {
      if (values.has(type))
        return values.get(type) ?? null;
      const fields = structs.get(type);
      if (!fields || depth > 8)
        return null;
      values.set(type, null);
      const props = /* @__PURE__ */ Object.create(null);
      for (const field of fields) {
        const envName = ENV_TAG.exec(field.tag)?.[1];
        const fallback = ENV_DEFAULT_TAG.exec(field.tag)?.[1];
        if (envName) {
          const read = env(envName);
          props[field.name] = fallback === void 0 || fallback === "" ? read : { kind: "alt", options: [read, { kind: "lit", value: fallback }] };
          continue;
        }
        const inner = field.type ? valueOf(field.type, depth + 1) : null;
        if (!inner)
          continue;
        props[field.name] = { kind: "object", props: inner };
        if (field.embedded) {
          for (const [promoted, value] of Object.entries(inner))
            if (!Object.hasOwn(props, promoted))
              props[promoted] = value;
        }
      }
      const result = Object.keys(props).length > 0 ? props : null;
      values.set(type, result);
      return result;
    };
    for (const type of structs.keys()) {
      const props = valueOf(type, 0);
      if (!props)
        continue;
      const at = structs.get(type)[0].at;
      for (const [field, value] of Object.entries(props))
        this.setFieldValue(`${type}.${field}`, at, value);
      this.facts.symbols[type] = { kind: "step", label: `struct ${type} filled from the environment`, at: locOf(this.file, at), value: { kind: "object", props } };
      this.facts.exports[type] ??= { kind: "ref", module: null, name: type, member: [] };
      this.envStructs.add(type);
    }
  }
  visit(node) {
    switch (node.type) {
      case "import_spec": {
        const path = stringValue(node.childForFieldName("path"));
        if (path === null)
          return;
        const alias = node.childForFieldName("name")?.text;
        const segments = path.split("/");
        const last = /^v\d+$/.test(segments.at(-1) ?? "") ? segments.at(-2) : segments.at(-1);
        const name = last?.replace(/^go-|-go$|\.v\d+$/g, "");
        this.imports.set(alias ?? name ?? path, path);
        return;
      }
      case "const_spec":
      case "var_spec":
        this.visitChildren(node);
        if (node.type === "var_spec")
          this.declareTypes(node.childrenForFieldName("name"), typeOfValue(node.childForFieldName("type")));
        this.declare(node.childrenForFieldName("name"), node.childForFieldName("value")?.namedChildren ?? [], node.type === "const_spec" ? "const" : "var");
        return;
      case "short_var_declaration":
      case "assignment_statement":
        this.visitChildren(node);
        if (node.type === "assignment_statement" && this.assignPackageVariables(node))
          return;
        this.declare(node.childForFieldName("left")?.namedChildren ?? [], node.childForFieldName("right")?.namedChildren ?? [], "variable");
        this.assignFields(node.childForFieldName("left")?.namedChildren ?? [], node.childForFieldName("right")?.namedChildren ?? []);
        return;
      case "composite_literal":
        this.visitChildren(node);
        this.structFields(node);
        return;
      case "function_declaration":
      case "method_declaration":
      case "func_literal":
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
  declare(names, values, label) {
    const scope = this.scopes.at(-1);
    if (values.length === 0 && scope && names[0]?.parent?.childForFieldName("type")?.text === "string") {
      for (const nameNode of names)
        if (nameNode.type === "identifier" && nameNode.text !== "_")
          scope.locals.set(nameNode.text, { kind: "lit", value: "" });
      return;
    }
    names = valuedNames(names, values);
    if (names.length !== values.length)
      return;
    names.forEach((nameNode, index) => {
      const valueNode = values[index];
      if (nameNode.type !== "identifier" || !valueNode || nameNode.text === "_")
        return;
      const value = { kind: "step", label: `${label} ${nameNode.text}`, at: locOf(this.file, nameNode), value: this.evaluate(valueNode, nameNode.text) };
      if (scope) {
        scope.locals.set(nameNode.text, value);
        const type = constructedType(valueNode);
        if (type)
          scope.types.set(nameNode.text, type);
      } else {
        this.facts.symbols[nameNode.text] = value;
        this.facts.exports[nameNode.text] = { kind: "ref", module: null, name: nameNode.text, member: [] };
      }
    });
  }
  /**
   * `registryURL = "https://…"` inside a function (`init()`, a setup helper) to a package-level variable: one more value
   * the variable may hold wherever it is read. True when the assignment was one.
   */
  assignPackageVariables(node) {
    const values = node.childForFieldName("right")?.namedChildren ?? [];
    const names = valuedNames(node.childForFieldName("left")?.namedChildren ?? [], values);
    if (this.scopes.length === 0 || names.length !== values.length)
      return false;
    const isLocal = (name) => this.scopes.some((scope) => scope.locals.has(name) || scope.params.includes(name) || scope.receiver?.name === name);
    if (!names.every((name) => name.type === "identifier" && !isLocal(name.text)))
      return false;
    names.forEach((nameNode, index) => {
      if (nameNode.text === "_")
        return;
      const step = { kind: "step", label: `assignment to ${nameNode.text}`, at: locOf(this.file, nameNode), value: this.evaluate(values[index], nameNode.text) };
      this.facts.symbols[nameNode.text] = withAlternative(this.facts.symbols[nameNode.text], step);
      this.facts.exports[nameNode.text] ??= { kind: "ref", module: null, name: nameNode.text, member: [] };
    });
    return true;
  }
  /** `&Client{baseURL: os.Getenv("X")}`: each keyed element of a struct literal is the field `Client.baseURL`. */
  structFields(node) {
    const type = node.childForFieldName("type");
    if (type?.type !== "type_identifier")
      return;
    for (const element of node.childForFieldName("body")?.namedChildren ?? []) {
      if (element.type !== "keyed_element")
        continue;
      const [keyNode, valueNode] = element.namedChildren;
      const field = keyNode?.namedChildren[0];
      const value = valueNode?.namedChildren[0];
      if (field?.type !== "identifier" || !value)
        continue;
      this.setField(`${type.text}.${field.text}`, field, value);
    }
  }
  /** `c.baseURL = …` in a method of `c`'s type. */
  assignFields(left, right) {
    if (left.length !== right.length)
      return;
    left.forEach((target, index) => {
      const value = right[index];
      if (target.type !== "selector_expression" || !value)
        return;
      const owner = this.receiverType(target.childForFieldName("operand"));
      const field = target.childForFieldName("field");
      if (owner && field)
        this.setField(`${owner}.${field.text}`, field, value);
    });
  }
  setField(key, at, valueNode) {
    if (this.facts.symbols[key])
      return;
    this.setFieldValue(key, at, this.evaluate(valueNode, key));
  }
  setFieldValue(key, at, value) {
    this.facts.symbols[key] = { kind: "step", label: `field ${key}`, at: locOf(this.file, at), value };
    this.facts.exports[key] ??= { kind: "ref", module: null, name: key, member: [] };
  }
  declareTypes(names, type) {
    const scope = this.scopes.at(-1);
    if (scope && type)
      for (const name of names)
        scope.types.set(name.text, type);
  }
  /** The struct type of a method receiver, a local or a parameter whose type is known (`new(T)`, `&T{…}`, `var x T`, `x *T`), or null. */
  receiverType(node) {
    if (node?.type === "selector_expression") {
      const owner = this.receiverType(node.childForFieldName("operand"));
      return owner ? this.fieldTypes.get(`${owner}.${node.childForFieldName("field")?.text ?? ""}`) ?? null : null;
    }
    if (node?.type !== "identifier")
      return null;
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const scope = this.scopes[i];
      const typed = scope?.types.get(node.text);
      if (typed)
        return typed;
      if (scope?.locals.has(node.text) || scope?.params.includes(node.text))
        return null;
      if (scope?.receiver?.name === node.text)
        return scope.receiver.type;
    }
    return null;
  }
  /** `mustMapEnv(&svc.cartAddr, "CART_ADDR")`: the field (or package variable) holds that env var. */
  envSetterCall(setter, args) {
    const name = stringValue(args[setter.key]);
    if (name !== null)
      this.storeThrough(args[setter.target], env(name), `assignment to`);
  }
  /**
   * `flag.StringVar(&addr, "addr", "localhost:8080", usage)`, cobra's `cmd.Flags().StringVarP(&addr, "addr", "a",
   * "localhost:8080", usage)`: the variable holds the flag's default unless the command line sets it.
   */
  flagVarCall(field, args) {
    const shorthand = field.endsWith("VarP") ? 1 : 0;
    const flagName = stringValue(args[1]) ?? args[1]?.text ?? "?";
    const fallback = args[2 + shorthand];
    if (fallback)
      this.storeThrough(args[0], { kind: "step", label: `default of flag -${flagName}`, at: locOf(this.file, fallback), value: this.evaluate(fallback) }, "flag into");
  }
  /** What `&x` / `&svc.addr` is given to hold, from here on: a field, a local or a package variable. */
  storeThrough(target, value, how) {
    if (target?.type !== "unary_expression" || !target.text.startsWith("&"))
      return;
    const operand = target.namedChildren[0];
    if (operand?.type === "selector_expression") {
      const owner = this.receiverType(operand.childForFieldName("operand"));
      const field = operand.childForFieldName("field");
      if (owner && field && !this.facts.symbols[`${owner}.${field.text}`])
        this.setFieldValue(`${owner}.${field.text}`, field, value);
    } else if (operand?.type === "identifier" && this.isLocal(operand.text)) {
      const scope = [...this.scopes].reverse().find((candidate) => candidate.locals.has(operand.text));
      scope?.locals.set(operand.text, { kind: "step", label: `${how} ${operand.text}`, at: locOf(this.file, operand), value });
    } else if (operand?.type === "identifier") {
      const step = { kind: "step", label: `${how} ${operand.text}`, at: locOf(this.file, operand), value };
      this.facts.symbols[operand.text] = withAlternative(this.facts.symbols[operand.text], step);
      this.facts.exports[operand.text] ??= { kind: "ref", module: null, name: operand.text, member: [] };
    }
  }
  visitFunction(node) {
    const name = node.childForFieldName("name")?.text ?? "func";
    const receiverNode = node.childForFieldName("receiver")?.namedChildren[0];
    const receiverType = receiverNode?.childForFieldName("type")?.text.replace(/^\*/, "");
    const receiverName = receiverNode?.childForFieldName("name")?.text;
    const outer = this.scopes.at(-1);
    const key = node.type === "func_literal" ? `${outer?.key ?? "<package>"}.func` : receiverType ? `${receiverType}.${name}` : name;
    const params = [];
    const types = /* @__PURE__ */ new Map();
    for (const param of node.childForFieldName("parameters")?.namedChildren ?? []) {
      const type = typeOfValue(param.childForFieldName("type"));
      for (const id of param.childrenForFieldName("name")) {
        params.push(id.text);
        if (type)
          types.set(id.text, type);
      }
    }
    const scope = { key, params, locals: /* @__PURE__ */ new Map(), types };
    if (receiverType && receiverName)
      scope.receiver = { name: receiverName, type: receiverType };
    this.scopes.push(scope);
    const body = node.childForFieldName("body");
    if (body)
      this.visit(body);
    this.scopes.pop();
    if (node.type !== "func_literal") {
      const returned = ownReturns(node).flatMap((statement) => {
        const value = statement.namedChildren[0]?.namedChildren[0];
        return value && value.text !== "nil" ? [value] : [];
      });
      this.scopes.push(scope);
      const returns = returned.length > 0 ? alt(returned.map((value) => this.evaluate(value))) : null;
      this.scopes.pop();
      this.facts.symbols[key] = { kind: "fn", name: key, params, returns };
      this.facts.exports[receiverType ? key : name] = { kind: "ref", module: null, name: key, member: [] };
    }
  }
  /** `http.Get` → `net/http.Get`; `resty.New` → `github.com/go-resty/resty/v2.New`. */
  qualified(node) {
    if (node.type !== "selector_expression")
      return null;
    const operand = node.childForFieldName("operand");
    if (operand?.type !== "identifier" || this.isLocal(operand.text))
      return null;
    const path = this.imports.get(operand.text);
    return path ? `${path}.${node.childForFieldName("field")?.text ?? ""}` : null;
  }
  isLocal(name) {
    return this.scopes.some((s) => s.locals.has(name) || s.params.includes(name));
  }
  visitCall(node) {
    const callee = node.childForFieldName("function");
    const args = node.childForFieldName("arguments")?.namedChildren ?? [];
    const setter = callee?.type === "identifier" && !this.isLocal(callee.text) ? this.envSetters.get(callee.text) : void 0;
    if (setter)
      this.envSetterCall(setter, args);
    if (callee && args.length > 0)
      this.pushInvocation(node, callee, args);
    if (callee?.type !== "selector_expression")
      return;
    const qualified = this.qualified(callee);
    const field = callee.childForFieldName("field")?.text ?? "";
    if (FLAG_VAR_FUNCTIONS.has(field) && (qualified?.startsWith("flag.") || isFlagSet(callee.childForFieldName("operand"))))
      this.flagVarCall(field, args);
    const dialTarget = qualified?.startsWith("google.golang.org/grpc.") && Object.hasOwn(grpcDialFunctions, field) ? grpcDialFunctions[field] : void 0;
    if (dialTarget !== void 0) {
      const target = args[dialTarget];
      if (target)
        this.facts.calls.push(this.fact("client-config", target, "gRPC", null, target, grpcTarget(this.evaluate(target))));
      return;
    }
    if (DAPR_INVOCATIONS.has(field) && args[1] && args[2] && [...this.imports.values()].some((path) => path.startsWith("github.com/dapr/go-sdk"))) {
      const verb = args[3] ? staticText(this.evaluate(args[3]), this.facts.symbols)?.toUpperCase() ?? null : null;
      this.facts.calls.push(this.fact("call", node, "Dapr", verb, args[1], concat([lit("http://"), this.evaluate(args[1]), lit("/"), this.evaluate(args[2])])));
      return;
    }
    const sdk = qualified ? own(GO_SDKS, qualified) : void 0;
    if (sdk && qualified) {
      this.sdkEndpoint(node, sdk, qualified.slice(0, qualified.lastIndexOf(".")), args);
      return;
    }
    if (qualified?.startsWith("net/http.")) {
      if (field in httpFunctions)
        this.addCall(node, "net/http", httpFunctions[field] ?? null, args[0] ?? null);
      else if (field === "NewRequest" || field === "NewRequestWithContext") {
        const offset = field === "NewRequest" ? 0 : 1;
        this.addCall(node, "net/http", methodOf(args[offset]), args[offset + 1] ?? null);
      }
      return;
    }
    if (qualified)
      return;
    const operand = callee.childForFieldName("operand");
    if (!operand)
      return;
    if ((field === "SetBaseURL" || field === "SetHostURL") && args[0]) {
      this.facts.calls.push(this.fact("client-config", args[0], "resty", null, args[0], this.evaluate(args[0])));
      return;
    }
    if (!(field in clientMethods))
      return;
    const request = restyRequest(operand);
    if (request) {
      const clientNode = request.childForFieldName("function")?.childForFieldName("operand");
      const receiver2 = clientNode ? this.evaluate(clientNode) : void 0;
      this.addCall(node, "resty", clientMethods[field] ?? null, args[0] ?? null, receiver2);
      return;
    }
    const receiver = this.evaluate(operand);
    const bare = receiver.kind === "step" ? receiver.value : receiver;
    if (bare.kind === "client")
      this.addCall(node, bare.client, clientMethods[field] ?? null, args[0] ?? null, receiver);
    else if ((bare.kind === "param" || bare.kind === "ref") && args[0] && /client|http/i.test(operand.text)) {
      this.addCall(node, "instance", clientMethods[field] ?? null, args[0], receiver);
    }
  }
  /**
   * A call of a function of the package (`getJSON(url, &out)`) or a method on a value of known type (`cat.fetch("/items")`):
   * the resolver follows it when the function passes a parameter into a request's URL (a wrapper).
   */
  pushInvocation(node, callee, args) {
    let target = null;
    if (callee.type === "identifier" && !this.isLocal(callee.text) && !goBuiltins.has(callee.text)) {
      target = { kind: "ref", module: this.fileNames.has(callee.text) ? null : SAME_PACKAGE, name: callee.text, member: [] };
    } else if (callee.type === "selector_expression") {
      const operand = callee.childForFieldName("operand");
      const field = callee.childForFieldName("field")?.text ?? "";
      const path = operand?.type === "identifier" && !this.isLocal(operand.text) ? this.imports.get(operand.text) : void 0;
      if (path !== void 0) {
        if (!isStandardLibrary(path))
          target = { kind: "ref", module: path, name: field, member: [] };
      } else {
        const owner = this.receiverType(operand);
        const dot = owner?.indexOf(".") ?? -1;
        const ownerPath = owner && dot > 0 ? this.imports.get(owner.slice(0, dot)) : void 0;
        if (owner && ownerPath !== void 0) {
          if (!isStandardLibrary(ownerPath))
            target = { kind: "ref", module: ownerPath, name: `${owner.slice(dot + 1)}.${field}`, member: [] };
        } else if (owner && dot < 0) {
          const key = `${owner}.${field}`;
          target = { kind: "ref", module: this.methods.has(key) ? null : SAME_PACKAGE, name: key, member: [] };
        }
      }
    }
    if (!target)
      return;
    const scope = this.scopes.at(-1);
    const invocation = {
      loc: locOf(this.file, node),
      callee: target,
      args: args.map((arg) => this.evaluate(arg)),
      expression: snippet(node.text),
      enclosing: scope?.key ?? "<package>",
      calleeText: snippet(callee.text),
      argTexts: args.map((arg) => snippet(arg.text))
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
    const fact = { kind, loc: locOf(this.file, at), client, method, expression: snippet(urlNode?.text ?? ""), url, enclosing: scope?.key ?? "<package>" };
    if (scope)
      fact.fn = scope.key;
    return fact;
  }
  evaluate(node, nameHint) {
    switch (node.type) {
      case "interpreted_string_literal":
      case "raw_string_literal":
        return lit(stringValue(node) ?? "");
      case "int_literal":
        return lit(node.text);
      case "parenthesized_expression":
        return node.namedChildren[0] ? this.evaluate(node.namedChildren[0]) : unknown(node.text);
      case "binary_expression": {
        const left = node.childForFieldName("left");
        const right = node.childForFieldName("right");
        if (left && right && node.childForFieldName("operator")?.text === "+")
          return concat([this.evaluate(left), this.evaluate(right)]);
        return unknown(node.text);
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
        if (!this.fileNames.has(node.text) && !goPredeclared.has(node.text))
          return { kind: "ref", module: SAME_PACKAGE, name: node.text, member: [] };
        return { kind: "ref", module: null, name: node.text, member: [] };
      }
      case "selector_expression": {
        const operand = node.childForFieldName("operand");
        const field = node.childForFieldName("field")?.text ?? "";
        if (operand?.type === "identifier" && !this.isLocal(operand.text)) {
          const path = this.imports.get(operand.text);
          if (path === "net/http" && field === "DefaultClient")
            return this.client("net/http", null, node, nameHint);
          if (path)
            return { kind: "ref", module: path, name: field, member: [] };
        }
        const owner = this.receiverType(operand);
        const dot = owner?.indexOf(".") ?? -1;
        if (owner && dot > 0) {
          const path = this.imports.get(owner.slice(0, dot));
          return path ? { kind: "ref", module: path, name: `${owner.slice(dot + 1)}.${field}`, member: [] } : unknown(node.text);
        }
        if (owner)
          return this.facts.symbols[`${owner}.${field}`] ?? { kind: "ref", module: this.fieldsSetHere.has(field) ? null : SAME_PACKAGE, name: `${owner}.${field}`, member: [] };
        const base = operand ? this.evaluate(operand) : unknown(node.text);
        if (base.kind === "ref" || base.kind === "param")
          return { ...base, member: [...base.member, field] };
        const object = withoutSteps(base);
        if (object.kind === "object" && Object.hasOwn(object.props, field))
          return object.props[field];
        if (object.kind === "call")
          return { ...object, member: [...object.member ?? [], field] };
        return unknown(node.text);
      }
      case "unary_expression":
        return node.namedChildren[0] ? this.evaluate(node.namedChildren[0], nameHint) : unknown(node.text);
      case "composite_literal": {
        const type = node.childForFieldName("type")?.text ?? "";
        if (type === "http.Client")
          return this.client("net/http", null, node, nameHint);
        if (this.envStructs.has(type))
          return { kind: "ref", module: null, name: type, member: [] };
        return unknown(node.text);
      }
      case "call_expression":
        return this.callValue(node, nameHint);
      default:
        return unknown(node.text);
    }
  }
  /** An SDK constructor's endpoint (see GO_SDKS): the option or field that sets it, else the variable the SDK reads. */
  sdkEndpoint(node, sdk, packagePath, args) {
    for (const argument of args) {
      const option = argument.type === "call_expression" ? argument.childForFieldName("function") : null;
      const optionName = option ? this.qualified(option) : null;
      if (optionName?.startsWith(`${packagePath}.`)) {
        const name = optionName.slice(packagePath.length + 1);
        const value = argument.childForFieldName("arguments")?.namedChildren[0];
        if (name === "WithGRPCConn" || name === "WithHTTPClient")
          return;
        if (sdk.options?.includes(name) && value) {
          const endpoint = this.evaluate(value);
          this.facts.calls.push(this.fact("client-config", argument, sdk.client, null, value, sdk.grpc && name === "WithEndpoint" ? grpcTarget(endpoint) : endpoint));
          return;
        }
      }
      for (const element of argument.type === "composite_literal" ? argument.childForFieldName("body")?.namedChildren ?? [] : []) {
        const [keyNode, valueNode] = element.type === "keyed_element" ? element.namedChildren : [];
        const value = valueNode?.namedChildren[0];
        if (sdk.field && keyNode?.text === sdk.field && value) {
          this.facts.calls.push(this.fact("client-config", element, sdk.client, null, value, this.evaluate(value)));
          return;
        }
      }
    }
    if (sdk.fromEnv === void 0)
      return;
    const fact = this.fact("client-config", node, sdk.client, null, null, env(sdk.fromEnv));
    this.facts.calls.push({ ...fact, expression: `(no endpoint: ${sdk.fromEnv} from the environment)` });
  }
  client(client, base, at, nameHint) {
    return { kind: "client", client, base: base ? this.evaluate(base) : null, at: locOf(this.file, base ?? at), label: nameHint ?? client };
  }
  callValue(node, nameHint) {
    const callee = node.childForFieldName("function");
    const args = node.childForFieldName("arguments")?.namedChildren ?? [];
    if (!callee)
      return unknown(node.text);
    const qualified = this.qualified(callee);
    if ((qualified === "os.Getenv" || qualified === "os.LookupEnv") && args[0]) {
      const name = stringValue(args[0]);
      return name === null ? unknown(node.text) : env(name);
    }
    if (qualified === "fmt.Sprintf" && args[0]) {
      const template = stringValue(args[0]) ?? staticText(this.evaluate(args[0]), this.facts.symbols);
      const rest = args.slice(1);
      if (template !== null)
        return formatTemplate(template, /%[-+# 0]*\d*(?:\.\d+)?[svdq]/, (_m, i) => rest[i] ? this.evaluate(rest[i]) : null);
    }
    if (qualified !== null && FLAG_FUNCTIONS.has(qualified) && args[1]) {
      return { kind: "step", label: `default of flag -${stringValue(args[0]) ?? args[0]?.text ?? "?"}`, at: locOf(this.file, args[1]), value: this.evaluate(args[1]) };
    }
    if (qualified === "net.JoinHostPort" && args[0] && args[1])
      return concat([this.evaluate(args[0]), lit(":"), this.evaluate(args[1])]);
    if ((qualified === "strconv.Itoa" || qualified === "strconv.FormatInt") && args[0])
      return this.evaluate(args[0]);
    if (qualified === "net/url.JoinPath" && args[0]) {
      return { kind: "url", base: this.evaluate(args[0]), path: concat(args.slice(1).flatMap((a) => [lit("/"), this.evaluate(a)])) };
    }
    if (qualified?.endsWith("resty/v2.New") || qualified?.endsWith("resty.New"))
      return this.client("resty", null, node, nameHint);
    if (callee.type === "selector_expression") {
      const field = callee.childForFieldName("field")?.text;
      const operand = callee.childForFieldName("operand");
      if ((field === "SetBaseURL" || field === "SetHostURL") && args[0])
        return this.client("resty", args[0], node, nameHint);
      if (field?.startsWith("Set") && operand)
        return this.evaluate(operand, nameHint);
    }
    if (qualified?.startsWith("strings."))
      return unknown(node.text);
    return { kind: "call", callee: this.evaluate(callee), args: args.map((a) => this.evaluate(a)) };
  }
};
var DAPR_INVOCATIONS = /* @__PURE__ */ new Set(["InvokeMethod", "InvokeMethodWithContent", "InvokeMethodWithCustomContent"]);
var FLAG_FUNCTIONS = /* @__PURE__ */ new Set(["flag.String", "flag.Int", "flag.Int64", "flag.Uint", "flag.Duration"]);
var FLAG_VAR_FUNCTIONS = /* @__PURE__ */ new Set(["StringVar", "StringVarP", "IntVar", "IntVarP", "Int64Var", "Int64VarP", "UintVar", "UintVarP"]);
function isFlagSet(node) {
  if (!node)
    return false;
  if (node.type === "call_expression")
    return /(?:^|\.)(?:Persistent|Local)?Flags$/.test(node.childForFieldName("function")?.text ?? "");
  return node.type === "identifier" && /^(?:fs|flags|flagSet)$/i.test(node.text);
}
var SAME_PACKAGE = ".";
var goPredeclared = /* @__PURE__ */ new Set(["nil", "true", "false", "iota", "err", "ctx", "string", "int", "len", "append", "make", "new", "cap", "error"]);
function isStandardLibrary(path) {
  const first = path.split("/")[0] ?? "";
  return !first.includes(".") && STANDARD_LIBRARY_ROOTS.has(first);
}
var STANDARD_LIBRARY_ROOTS = /* @__PURE__ */ new Set([
  "archive",
  "bufio",
  "bytes",
  "cmp",
  "compress",
  "container",
  "context",
  "crypto",
  "database",
  "debug",
  "embed",
  "encoding",
  "errors",
  "expvar",
  "flag",
  "fmt",
  "go",
  "hash",
  "html",
  "image",
  "index",
  "io",
  "iter",
  "log",
  "maps",
  "math",
  "mime",
  "net",
  "os",
  "path",
  "plugin",
  "reflect",
  "regexp",
  "runtime",
  "slices",
  "sort",
  "strconv",
  "strings",
  "sync",
  "syscall",
  "testing",
  "text",
  "time",
  "unicode",
  "unique",
  "unsafe"
]);
var goBuiltins = /* @__PURE__ */ new Set(["len", "append", "make", "new", "cap", "copy", "delete", "close", "panic", "recover", "print", "println", "min", "max", "clear", "string", "int", "int64", "float64", "byte", "rune", "error"]);
function valuedNames(names, values) {
  return names.length > 1 && values.length === 1 && values[0]?.type === "call_expression" ? names.slice(0, 1) : names;
}
function structType(node) {
  if (!node)
    return null;
  const named = node.type === "pointer_type" ? node.namedChildren[0] : node;
  return named?.type === "type_identifier" ? named.text : null;
}
function typeOfValue(node) {
  const named = node?.type === "pointer_type" ? node.namedChildren[0] : node;
  return named?.type === "qualified_type" ? named.text : structType(node);
}
function constructedType(node) {
  const value = node.type === "unary_expression" && node.text.startsWith("&") ? node.namedChildren[0] : node;
  if (value?.type === "composite_literal")
    return typeOfValue(value.childForFieldName("type"));
  if (value?.type === "call_expression" && value.childForFieldName("function")?.text === "new") {
    const argument = value.childForFieldName("arguments")?.namedChildren[0];
    return argument ? structType(argument) : null;
  }
  return null;
}
function envSetter(node) {
  const params = [];
  for (const param of node.childForFieldName("parameters")?.namedChildren ?? []) {
    const pointer = param.childForFieldName("type")?.type === "pointer_type";
    for (const id of param.childrenForFieldName("name"))
      params.push({ name: id.text, pointer });
  }
  const body = node.childForFieldName("body");
  if (!body || params.length < 2)
    return null;
  let key = -1;
  for (const call of body.descendantsOfType("call_expression")) {
    if (!/^os\.(?:Getenv|LookupEnv)$/.test(call.childForFieldName("function")?.text ?? ""))
      continue;
    const argument = call.childForFieldName("arguments")?.namedChildren[0]?.text;
    key = params.findIndex((param) => param.name === argument);
    if (key >= 0)
      break;
  }
  if (key < 0)
    return null;
  for (const assignment of body.descendantsOfType("assignment_statement")) {
    const left = assignment.childForFieldName("left")?.namedChildren[0];
    if (left?.type !== "unary_expression" || !left.text.startsWith("*"))
      continue;
    const target = params.findIndex((param) => param.pointer && param.name === left.namedChildren[0]?.text);
    if (target >= 0 && target !== key)
      return { target, key };
  }
  return null;
}
function stringValue(node) {
  if (!node)
    return null;
  if (node.type === "raw_string_literal")
    return node.text.slice(1, -1);
  if (node.type !== "interpreted_string_literal")
    return null;
  return decodeEscapes(node.text.slice(1, -1));
}
function restyRequest(operand) {
  let current = operand;
  while (current?.type === "call_expression") {
    const callee = current.childForFieldName("function");
    const name = callee?.type === "selector_expression" ? callee.childForFieldName("field")?.text : void 0;
    if (name === "R")
      return current;
    if (!name?.startsWith("Set"))
      return null;
    current = callee?.childForFieldName("operand") ?? null;
  }
  return null;
}
function methodOf(node) {
  if (!node)
    return null;
  const literal = stringValue(node);
  if (literal !== null)
    return literal.toUpperCase();
  const match = /^http\.Method(\w+)$/.exec(node.text);
  return match?.[1]?.toUpperCase() ?? null;
}
var goExtractor = {
  languages: ["go"],
  extract(file, content, language, options) {
    return extractWithTreeSitter({
      file,
      content,
      language,
      force: options?.force === true,
      grammar: "go",
      worthParsing,
      visit: (root, facts) => new GoFileVisitor(file, facts).run(root)
    });
  }
};
export {
  SAME_PACKAGE,
  goExtractor
};
//# sourceMappingURL=go-F7QJWIWH.js.map
