import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  ANY_MEMBER
} from "./chunk-7UNL4XN4.js";
import {
  own
} from "./chunk-5TULVUP7.js";
import {
  CONSTRUCTED,
  CONSTRUCTOR_ARGUMENT,
  FORWARDED_FROM
} from "./chunk-CV25BDJB.js";
import {
  alt,
  config,
  env,
  extractWithTreeSitter,
  instanceMethods,
  locOf,
  orElse,
  snippet,
  staticText,
  unknown
} from "./chunk-3ERYL26K.js";
import "./chunk-CWBZCED3.js";
import {
  IN_MEMORY_TEST_CLIENT,
  PYTEST_FIXTURE,
  concat,
  formatTemplate,
  grpcTarget,
  lit,
  trimSlashes,
  withAlternative
} from "./chunk-CVAD7S7L.js";
import "./chunk-B3SFOPOV.js";

// dist/extract/python/index.js
var worthParsing = (content) => /requests|httpx|aiohttp|urllib|http\.client|HTTPS?Connection|https?:\/\/|environ|getenv|settings|_URL|_HOST|sentry_sdk|openai|ollama|boto3|slack_sdk|otlp|grpc|dapr|flagd|TestClient|test_client|django\.test|rest_framework\.test|locust/i.test(content) || /\bself\.\w+\(\s*(?:\w+\s*=\s*)?f?["'][^"'\n]*\//.test(content) || /\.(?:get|post|put|patch|delete|head|options)\(\s*f?["']\//.test(content);
var requestFunctions = /* @__PURE__ */ new Set(["get", "post", "put", "patch", "delete", "head", "options"]);
var PYTHON_URL_KEEPING_METHODS = /* @__PURE__ */ new Set(["rstrip", "lstrip", "strip", "lower"]);
function requestFunction(canonical) {
  const [head, ...rest] = canonical.split(".");
  const tail = rest.join(".");
  if ((head === "requests" || head === "httpx") && requestFunctions.has(tail))
    return { client: head, method: tail.toUpperCase(), methodFirst: false };
  if ((head === "requests" || head === "httpx" || head === "aiohttp" || head === "urllib3") && tail === "request")
    return { client: head, method: null, methodFirst: true };
  if (head === "httpx" && tail === "stream")
    return { client: "httpx", method: null, methodFirst: true };
  if (canonical === "urllib.request.urlopen")
    return { client: "urllib", method: null, methodFirst: false };
  return null;
}
var clientConstructors = {
  "requests.Session": { client: "requests", baseKeyword: null },
  "requests.session": { client: "requests", baseKeyword: null },
  "httpx.Client": { client: "httpx", baseKeyword: "base_url" },
  "httpx.AsyncClient": { client: "httpx", baseKeyword: "base_url" },
  "aiohttp.ClientSession": { client: "aiohttp", baseKeyword: "base_url" },
  "urllib3.PoolManager": { client: "urllib3", baseKeyword: null },
  "urllib3.HTTPConnectionPool": { client: "urllib3", baseKeyword: null },
  "urllib3.HTTPSConnectionPool": { client: "urllib3", baseKeyword: null }
};
var IN_MEMORY_TEST_CLIENTS = /* @__PURE__ */ new Set([
  "fastapi.testclient.TestClient",
  "starlette.testclient.TestClient",
  "django.test.Client",
  "django.test.AsyncClient",
  "django.test.client.Client",
  "django.test.client.AsyncClient",
  "rest_framework.test.APIClient",
  // Request factories build request objects for a view: no request is sent at all.
  "django.test.RequestFactory",
  "django.test.AsyncRequestFactory",
  "django.test.client.RequestFactory",
  "django.test.client.AsyncRequestFactory",
  "rest_framework.test.APIRequestFactory"
]);
var TEST_CLIENT_METHOD = "test_client";
var IN_MEMORY_TRANSPORTS = /* @__PURE__ */ new Set(["httpx.ASGITransport", "httpx.WSGITransport"]);
var TEST_CASE_CLASSES = /* @__PURE__ */ new Set([
  "django.test.SimpleTestCase",
  "django.test.TestCase",
  "django.test.TransactionTestCase",
  "django.test.LiveServerTestCase",
  "django.contrib.staticfiles.testing.StaticLiveServerTestCase",
  "rest_framework.test.APISimpleTestCase",
  "rest_framework.test.APITestCase",
  "rest_framework.test.APITransactionTestCase",
  "rest_framework.test.APILiveServerTestCase"
]);
var TEST_CASE_CLIENT_FIELDS = /* @__PURE__ */ new Set(["client", "async_client"]);
var LOCUST_USER_CLASSES = /* @__PURE__ */ new Set(["locust.HttpUser", "locust.FastHttpUser", "locust.contrib.fasthttp.FastHttpUser", "locust.HttpLocust"]);
var LOCUST_TASK_SETS = /* @__PURE__ */ new Set(["locust.TaskSet", "locust.SequentialTaskSet"]);
var LOCUST_HOST_VARIABLE = "LOCUST_HOST";
var sdkConfigurations = {
  // A gRPC channel is HTTP/2 to its target (`grpc.insecure_channel('cart:7070')`).
  "grpc.insecure_channel": { client: "gRPC", keyword: "target", position: 0, grpc: true },
  "grpc.secure_channel": { client: "gRPC", keyword: "target", position: 0, grpc: true },
  "grpc.aio.insecure_channel": { client: "gRPC", keyword: "target", position: 0, grpc: true },
  "grpc.aio.secure_channel": { client: "gRPC", keyword: "target", position: 0, grpc: true },
  "sentry_sdk.init": { client: "sentry_sdk", keyword: "dsn", position: 0, fromEnv: "SENTRY_DSN" },
  // OpenFeature's flagd provider: gRPC to the flag daemon, `FlagdProvider(host="flagd", port=8013)`, else FLAGD_HOST.
  "openfeature.contrib.provider.flagd.FlagdProvider": { client: "flagd", keyword: "host", fromEnv: "FLAGD_HOST" },
  "openai.OpenAI": { client: "openai", keyword: "base_url", fromEnv: "OPENAI_BASE_URL" },
  "openai.AsyncOpenAI": { client: "openai", keyword: "base_url", fromEnv: "OPENAI_BASE_URL" },
  "openai.AzureOpenAI": { client: "azure-openai", keyword: "azure_endpoint", fromEnv: "AZURE_OPENAI_ENDPOINT" },
  "openai.AsyncAzureOpenAI": { client: "azure-openai", keyword: "azure_endpoint", fromEnv: "AZURE_OPENAI_ENDPOINT" },
  "langchain_openai.ChatOpenAI": { client: "langchain", keyword: "base_url" },
  "ollama.Client": { client: "ollama", keyword: "host", fromEnv: "OLLAMA_HOST" },
  "boto3.client": { client: "boto3", keyword: "endpoint_url" },
  "boto3.resource": { client: "boto3", keyword: "endpoint_url" },
  "slack_sdk.webhook.WebhookClient": { client: "slack-webhook", keyword: "url", position: 0 },
  "opentelemetry.exporter.otlp.proto.http.trace_exporter.OTLPSpanExporter": { client: "opentelemetry-otlp", keyword: "endpoint", fromEnv: "OTEL_EXPORTER_OTLP_ENDPOINT" },
  "opentelemetry.exporter.otlp.proto.http.metric_exporter.OTLPMetricExporter": { client: "opentelemetry-otlp", keyword: "endpoint", fromEnv: "OTEL_EXPORTER_OTLP_ENDPOINT" }
};
var DAPR_INVOCATIONS = /* @__PURE__ */ new Set(["invoke_method", "invoke_method_async"]);
var ARGPARSE_NAMESPACE = "argparse:namespace";
var DATA_CLASS_DECORATORS = /* @__PURE__ */ new Set(["dataclass", "define", "frozen", "s", "attrs", "mutable"]);
var DATA_CLASS_BASES = /* @__PURE__ */ new Set(["BaseModel", "NamedTuple", "Struct"]);
var CLICK_PARAMETER_DECORATORS = /* @__PURE__ */ new Set(["click.option", "click.argument"]);
var TYPER_PARAMETER_DEFAULTS = /* @__PURE__ */ new Set(["typer.Option", "typer.Argument"]);
var HTTP_CLIENT_CONNECTIONS = /* @__PURE__ */ new Set(["http.client.HTTPConnection", "http.client.HTTPSConnection"]);
var PYTEST_MODULE = /(^|\/)(test_[^/]*|[^/]*_test|conftest)\.py$/;
var FIELD_EXPORT = "field:";
var PythonFileVisitor = class {
  file;
  facts;
  imports = /* @__PURE__ */ new Map();
  /** Module-level names bound to `os.environ` (`env = os.environ`): read as it is. */
  envAliases = /* @__PURE__ */ new Set();
  moduleNames = /* @__PURE__ */ new Set();
  classes = [];
  functions = [];
  isSettingsModule;
  /** pydantic `BaseSettings` classes of the module, as the objects their instances are (see `settingsClass`). */
  settingsClasses = /* @__PURE__ */ new Map();
  /** Numbers the instantiations of project classes in the file (see CONSTRUCTED). */
  creations = 0;
  /** Fields `__init__` sets from its parameters, as the parameters (`Owner.field`): as a request's receiver, such a field stays a parameter. */
  parameterFields = /* @__PURE__ */ new Map();
  /** Methods read as attributes (`@property`), `Class.name`. */
  properties = /* @__PURE__ */ new Set();
  /** The base classes of each class (`class RemsHandler(ServiceHandler)`), as written; a top-level class wins over a nested one of its name. */
  classBases = /* @__PURE__ */ new Map();
  /**
   * Entries read by a constant key of an object the file names (`app.config["USERS_URI"]`), keyed by `entryName`, with
   * what the read would be without a write: a write anywhere in the file (`app.config["USERS_URI"] = …`, perhaps after
   * the function that reads it) is the value, else this (see `keyedEntries`).
   */
  keyedReads = /* @__PURE__ */ new Map();
  /** `self.x` read in a class with bases before anything of the class set it (`Owner.x`): perhaps the base class's field. */
  inheritedReads = /* @__PURE__ */ new Set();
  /** Data classes of the module (`@dataclass`, pydantic `BaseModel`…) by name: their fields in order and defaults (see `dataClass`). */
  dataClasses = /* @__PURE__ */ new Map();
  /** argparse options of the module by `dest` (`parser.add_argument("--api-url", default=…)` → `api_url`), see `commandLineOptions`. */
  argparseOptions = /* @__PURE__ */ new Map();
  constructor(file, facts) {
    this.file = file;
    this.facts = facts;
    this.isSettingsModule = /(^|\/)settings[^/]*\.py$|(^|\/)settings\/[^/]+\.py$/.test(file);
  }
  visit(node) {
    switch (node.type) {
      case "import_statement":
      case "import_from_statement":
        this.recordImport(node);
        return;
      case "function_definition":
        this.visitFunction(node);
        return;
      case "class_definition": {
        const name = node.childForFieldName("name")?.text ?? "?";
        const bases = node.childForFieldName("superclasses")?.namedChildren.filter((base) => base.type === "identifier" || base.type === "attribute").map((base) => base.text) ?? [];
        const topLevel = this.classes.length === 0 && this.functions.length === 0;
        if (bases.length > 0 && (topLevel || !this.classBases.has(name)))
          this.classBases.set(name, bases);
        for (const decorated of node.childForFieldName("body")?.namedChildren.filter((child) => child.type === "decorated_definition") ?? []) {
          const method = decorated.childForFieldName("definition");
          const isProperty = decorated.namedChildren.some((child) => child.type === "decorator" && /^@(?:functools\.)?(?:property|cached_property)$/.test(child.text.trim()));
          const methodName = method?.type === "function_definition" ? method.childForFieldName("name")?.text : void 0;
          if (isProperty && methodName)
            this.properties.add(`${name}.${methodName}`);
        }
        this.classes.push(name);
        if (this.functions.length === 0 && this.classes.length === 1)
          this.moduleNames.add(name);
        this.visitChildren(node);
        this.classes.pop();
        if (this.functions.length === 0 && this.classes.length === 0) {
          this.settingsClass(node, name);
          this.dataClass(node, name);
          this.configClassBindings(node, name);
        }
        return;
      }
      case "assignment": {
        this.visitChildren(node);
        const left = node.childForFieldName("left");
        const right = node.childForFieldName("right");
        if (this.functions.length === 0 && this.classes.length === 0 && left?.type === "identifier" && right && this.canonical(right) === "os.environ")
          this.envAliases.add(left.text);
        this.assign(node);
        return;
      }
      case "with_item":
        this.visitChildren(node);
        this.bindWithItem(node);
        return;
      case "yield": {
        this.visitChildren(node);
        const fn = this.functions.at(-1);
        const value = node.namedChildren[0];
        if (fn?.fixtureParams && value && value.type !== "from")
          fn.returns = withAlternative(fn.returns, this.evaluate(value));
        return;
      }
      case "return_statement": {
        this.visitChildren(node);
        const fn = this.functions.at(-1);
        const value = node.namedChildren[0];
        if (fn && value)
          fn.returns = withAlternative(fn.returns, this.evaluate(value));
        return;
      }
      case "call":
        this.visitCall(node);
        this.visitChildren(node);
        return;
      default:
        this.visitChildren(node);
    }
  }
  visitChildren(node) {
    for (const child of node.namedChildren)
      this.visit(child);
  }
  recordImport(node) {
    if (node.type === "import_statement") {
      for (const child of node.namedChildren) {
        if (child.type === "dotted_name") {
          this.imports.set(child.text, { module: child.text, name: null });
          const first = child.text.split(".")[0] ?? child.text;
          if (!this.imports.has(first))
            this.imports.set(first, { module: first, name: null });
        } else if (child.type === "aliased_import") {
          const module2 = child.childForFieldName("name")?.text ?? "";
          const alias = child.childForFieldName("alias")?.text ?? module2;
          this.imports.set(alias, { module: module2, name: null });
        }
      }
      return;
    }
    const moduleNode = node.childForFieldName("module_name");
    const module = moduleNode?.text ?? "";
    for (const child of node.childrenForFieldName("name")) {
      if (child.type === "dotted_name")
        this.imports.set(child.text, { module, name: child.text });
      else if (child.type === "aliased_import") {
        const name = child.childForFieldName("name")?.text ?? "";
        this.imports.set(child.childForFieldName("alias")?.text ?? name, { module, name });
      }
    }
  }
  visitFunction(node) {
    const name = node.childForFieldName("name")?.text ?? "?";
    const owner = this.classes.at(-1);
    const key = owner && this.functions.length === 0 ? `${owner}.${name}` : this.functions.at(-1) ? `${this.functions.at(-1)?.key}.${name}` : name;
    const params = [];
    const defaults = /* @__PURE__ */ new Map();
    for (const param of node.childForFieldName("parameters")?.namedChildren ?? []) {
      const id = param.type === "identifier" ? param : param.childForFieldName("name") ?? param.namedChildren.find((c) => c.type === "identifier");
      if (id?.type !== "identifier")
        continue;
      params.push(id.text);
      const fallback = param.type === "default_parameter" || param.type === "typed_default_parameter" ? param.childForFieldName("value") : null;
      if (fallback)
        defaults.set(id.text, fallback);
    }
    if (owner && (params[0] === "self" || params[0] === "cls"))
      params.shift();
    const fixture = this.fixtureName(node, name);
    const fixtureParams = fixture !== null || name.startsWith("test") && PYTEST_MODULE.test(this.file);
    const context = { key, params, defaults, locals: /* @__PURE__ */ new Map(), returns: null, fixtureParams };
    const options = this.commandParameters(node, defaults);
    if (options.size > 0)
      context.options = options;
    this.functions.push(context);
    const body = node.childForFieldName("body");
    if (body)
      this.visit(body);
    this.functions.pop();
    this.facts.symbols[key] = { kind: "fn", name: key, params, returns: context.returns };
    if (!owner && this.functions.length === 0)
      this.facts.exports[name] = { kind: "ref", module: null, name: key, member: [] };
    if (fixture !== null && !owner && this.functions.length === 0)
      this.facts.exports[`${PYTEST_FIXTURE}${fixture}`] = { kind: "ref", module: null, name: key, member: [] };
    if (owner && this.classes.length === 1 && this.functions.length === 0)
      this.facts.exports[key] = { kind: "ref", module: null, name: key, member: [] };
  }
  /** The fixture a function decorated `@pytest.fixture` (or `@pytest.fixture(name="…")`, `@pytest_asyncio.fixture`) provides; null for any other. */
  fixtureName(node, name) {
    if (node.parent?.type !== "decorated_definition")
      return null;
    for (const decorator of node.parent.namedChildren.filter((child) => child.type === "decorator")) {
      const expression = decorator.namedChildren[0];
      const callee = expression?.type === "call" ? expression.childForFieldName("function") : expression;
      const canonical = callee ? this.canonical(callee) : null;
      if (canonical !== "pytest.fixture" && canonical !== "pytest_asyncio.fixture")
        continue;
      const renamed = expression?.type === "call" ? expression.childForFieldName("arguments")?.namedChildren.find((arg) => arg.type === "keyword_argument" && arg.childForFieldName("name")?.text === "name") : void 0;
      const value = renamed?.childForFieldName("value");
      return (value ? literalText(value) : null) ?? name;
    }
    return null;
  }
  /**
   * The name of an entry set or read by a constant key on an object the file names by a plain name or attribute chain
   * (`app.config["USERS_URI"]`); null for a key known at run time, `self.…`, the environment and anything else.
   */
  entryName(subscript) {
    const object = subscript.childForFieldName("value");
    const key = subscript.childForFieldName("subscript");
    const name = key ? literalText(key) : null;
    if (!object || name === null || object.type !== "identifier" && object.type !== "attribute")
      return null;
    if (object.text.split(".")[0] === "self" || this.canonical(object) === "os.environ")
      return null;
    return `${object.text.replace(/\s+/g, "")}[${JSON.stringify(name)}]`;
  }
  /**
   * A read by a constant key (`app.config["USERS_URI"]`) whose object is no parameter and held no such entry when
   * read: the file's write of that entry, wherever it is, else `read` (see `keyedReads`).
   */
  keyedRead(node, read) {
    const bare = unwrap(read);
    if (bare.kind !== "unknown" && !(bare.kind === "ref" && bare.module === null))
      return read;
    const entry = this.entryName(node);
    if (entry === null)
      return read;
    if (!this.keyedReads.has(entry))
      this.keyedReads.set(entry, read);
    return { kind: "ref", module: null, name: entry, member: [] };
  }
  /** Entries read and never written in the file are what their reads were (see `keyedReads`). */
  keyedEntries() {
    for (const [entry, read] of this.keyedReads)
      if (!own(this.facts.symbols, entry))
        this.facts.symbols[entry] = read;
  }
  /**
   * `self._request(…)` in a class that inherits `_request` (`class RemsHandler(ServiceHandler)`): the call is of the
   * base class's method, in this file or in the module the base class is imported from (its `Class.method` export).
   */
  inheritedCalls() {
    for (const invocation of this.facts.invocations) {
      const callee = invocation.callee;
      if (callee.kind !== "ref" || callee.module !== null || callee.member.length > 0)
        continue;
      const dot = callee.name.indexOf(".");
      const owner = callee.name.slice(0, dot);
      const method = callee.name.slice(dot + 1);
      if (dot <= 0 || method.includes(".") || !this.classBases.has(owner) || own(this.facts.symbols, callee.name))
        continue;
      const base = this.fromBaseClasses(owner, method, "", (_held, ref) => ref);
      if (base)
        invocation.callee = base;
    }
    for (const key of this.inheritedReads) {
      if (own(this.facts.symbols, key))
        continue;
      const dot = key.indexOf(".");
      const base = this.fromBaseClasses(key.slice(0, dot), key.slice(dot + 1), FIELD_EXPORT, (local, ref) => local.kind === "fn" ? null : ref);
      if (base)
        this.facts.symbols[key] = base;
    }
  }
  /**
   * `name` of the nearest base class of `owner` that has it (up to four levels up): a class of this file (when `local`
   * keeps what it holds), or the export `<prefix>Class.name` of the module a base class is imported from.
   */
  fromBaseClasses(owner, name, prefix, local, depth = 0) {
    for (const base of this.classBases.get(owner) ?? []) {
      const held = own(this.facts.symbols, `${base}.${name}`);
      if (held)
        return local(held, { kind: "ref", module: null, name: `${base}.${name}`, member: [] });
      const imported = this.imports.get(base.split(".")[0] ?? base);
      if (imported && !base.includes(".") && imported.name !== null)
        return { kind: "ref", module: imported.module, name: `${prefix}${imported.name}.${name}`, member: [] };
      if (imported && base.includes(".") && imported.name === null)
        return { kind: "ref", module: imported.module, name: `${prefix}${base.slice(base.indexOf(".") + 1)}.${name}`, member: [] };
      const further = depth < 4 && this.classBases.has(base) ? this.fromBaseClasses(base, name, prefix, local, depth + 1) : null;
      if (further)
        return further;
    }
    return null;
  }
  /**
   * `parser.add_argument("--api-url", "-u", default="http://…", dest="url")` (also on an argument group): the option's
   * default under its `dest` — the explicit one, else the first long option's name (`api_url`), else a positional's name.
   */
  argparseOption(positional, keyword) {
    const names = positional.map((arg) => literalText(arg)).filter((name) => name !== null);
    const destNode = keyword("dest");
    const dest = (destNode ? literalText(destNode) : null) ?? commandOptionName(names);
    const fallback = keyword("default");
    if (!dest || !fallback)
      return;
    this.argparseOptions.set(dest, { kind: "step", label: `default of command-line option ${names[0] ?? dest}`, at: locOf(this.file, fallback), value: this.evaluate(fallback) });
  }
  /**
   * The parameters of a command a framework fills from the command line: click's `@click.option("--server", default=…,
   * envvar="SERVER_URL")` (named by an undashed name it is given, else its first long option) and typer's
   * `server: str = typer.Option("http://…", envvar="SERVER_URL")`. A value is the env var when `envvar` names one, else the default.
   */
  commandParameters(node, defaults) {
    const options = /* @__PURE__ */ new Map();
    const declared = (call, name, firstIsDefault) => {
      const args = call.childForFieldName("arguments");
      const positional = args?.namedChildren.filter((a) => a.type !== "keyword_argument" && a.type !== "comment") ?? [];
      const keyword = keywordArguments(args);
      const names = positional.map((arg) => literalText(arg)).filter((text) => text !== null);
      const parameter = name ?? names.find((text) => !text.startsWith("-")) ?? commandOptionName(names);
      const fallback = keyword?.get("default") ?? (firstIsDefault ? positional[0] : void 0);
      const envvar = keyword?.get("envvar");
      const envName = envvar ? literalText(envvar) : null;
      const values = [...envName ? [env(envName)] : [], ...fallback && fallback.type !== "ellipsis" ? [{ kind: "step", label: `default of command-line option ${names[0] ?? parameter ?? ""}`, at: locOf(this.file, fallback), value: this.evaluate(fallback) }] : []];
      if (parameter && values.length > 0)
        options.set(parameter.replace(/-/g, "_").toLowerCase(), values.length === 1 ? values[0] : alt(values));
    };
    const decorated = node.parent?.type === "decorated_definition" ? node.parent : null;
    for (const decorator of decorated?.namedChildren.filter((child) => child.type === "decorator") ?? []) {
      const call = decorator.namedChildren.find((child) => child.type === "call");
      const callee = call?.childForFieldName("function");
      if (call && callee && CLICK_PARAMETER_DECORATORS.has(this.canonical(callee) ?? ""))
        declared(call, null, false);
    }
    for (const [name, fallback] of defaults) {
      const callee = fallback.type === "call" ? fallback.childForFieldName("function") : null;
      if (callee && TYPER_PARAMETER_DEFAULTS.has(this.canonical(callee) ?? ""))
        declared(fallback, name, true);
    }
    return options;
  }
  /** The module's argparse options as the namespace `parse_args()` returns (called once the module is read). */
  commandLineOptions() {
    if (this.argparseOptions.size === 0)
      return;
    this.facts.symbols[ARGPARSE_NAMESPACE] = { kind: "object", props: Object.fromEntries(this.argparseOptions) };
  }
  assign(node) {
    const left = node.childForFieldName("left");
    const right = node.childForFieldName("right");
    if (!left || !right)
      return;
    const value = this.evaluate(right, left.text);
    const fn = this.functions.at(-1);
    const owner = this.classes.at(-1);
    if (left.type === "identifier") {
      const assigned = { kind: "step", label: `${fn ? "variable" : "const"} ${left.text}`, at: locOf(this.file, left), value };
      const parameter = fn && !fn.locals.has(left.text) ? fn.params.indexOf(left.text) : -1;
      const previous = !inBranch(node) ? void 0 : fn ? fn.locals.get(left.text) ?? (parameter >= 0 ? { kind: "param", index: parameter, name: left.text, member: [] } : void 0) : owner ? this.facts.symbols[`${owner}.${left.text}`] : this.facts.symbols[left.text];
      const stepped = previous ? alt([previous, assigned]) : assigned;
      if (fn)
        fn.locals.set(left.text, stepped);
      else if (owner)
        this.facts.symbols[`${owner}.${left.text}`] = stepped;
      else {
        this.facts.symbols[left.text] = stepped;
        this.facts.exports[left.text] = { kind: "ref", module: null, name: left.text, member: [] };
        this.moduleNames.add(left.text);
        if (this.isSettingsModule)
          this.configBinding(left.text, left, value, environmentOf(this.file));
      }
    } else if (left.type === "subscript") {
      const entry = this.entryName(left);
      if (entry !== null) {
        const assigned = { kind: "step", label: `entry ${entry}`, at: locOf(this.file, left), value };
        const previous = this.facts.symbols[entry];
        this.facts.symbols[entry] = previous ? alt([previous, assigned]) : assigned;
        const object = left.childForFieldName("value");
        const key = left.childForFieldName("subscript");
        const name = key ? literalText(key) : null;
        if (key && name !== null && object?.type === "attribute" && object.childForFieldName("attribute")?.text === "config" && [...this.imports.values()].some((imported) => imported.module === "flask")) {
          this.configBinding(name, key, value, environmentOf(this.file));
        }
      }
    } else if (left.type === "attribute" && owner && left.childForFieldName("object")?.text === "self") {
      const field = left.childForFieldName("attribute")?.text ?? "?";
      const stored = fn && fn.key === `${owner}.__init__` ? this.constructorValue(owner, fn, value) : value;
      if (stored !== value)
        this.parameterFields.set(`${owner}.${field}`, value);
      this.facts.symbols[`${owner}.${field}`] = { kind: "step", label: `field ${owner}.${field}`, at: locOf(this.file, left), value: stored };
      if (this.classes.length === 1)
        this.facts.exports[`${FIELD_EXPORT}${owner}.${field}`] ??= { kind: "ref", module: null, name: `${owner}.${field}`, member: [] };
    }
  }
  /**
   * A value computed in `__init__` with its parameters replaced by what the class's instantiations pass
   * (`Owner#index|name`, positionally or by keyword; see CONSTRUCTOR_ARGUMENT), or the parameter's default.
   */
  constructorValue(owner, fn, value) {
    const replace = (sym) => {
      switch (sym.kind) {
        case "param": {
          const name = fn.params[sym.index] ?? sym.name;
          const fallbackNode = fn.defaults.get(name);
          const fallback = fallbackNode ? this.evaluate(fallbackNode) : null;
          const fallbackText = fallback ? staticText(fallback, this.facts.symbols) : null;
          if (fallbackText !== null && !fallbackText.includes("://"))
            return sym;
          const passed = { kind: "ref", module: null, name: `${CONSTRUCTOR_ARGUMENT}${owner}#${sym.index}|${name}`, member: sym.member };
          return fallback && sym.member.length === 0 ? alt([passed, fallback]) : passed;
        }
        case "concat":
          return { kind: "concat", parts: sym.parts.map(replace) };
        case "alt":
          return { kind: "alt", options: sym.options.map(replace) };
        case "url":
          return { kind: "url", base: replace(sym.base), path: replace(sym.path) };
        case "step":
          return { ...sym, value: replace(sym.value) };
        default:
          return sym;
      }
    };
    return replace(value);
  }
  /** `UsersClient(os.environ["USERS_URL"])`: an instantiation of a (capitalised) project class, kept for the fields its `__init__` sets. */
  recordCreation(callee, args) {
    const name = callee.type === "identifier" ? callee.text : callee.type === "attribute" ? callee.childForFieldName("attribute")?.text : void 0;
    if (!name || !/^[A-Z]\w*[a-z]\w*$/.test(name) || !args)
      return;
    const props = {};
    let index = 0;
    for (const arg of args.namedChildren) {
      if (arg.type === "comment")
        continue;
      if (arg.type === "keyword_argument") {
        const key = arg.childForFieldName("name")?.text;
        const value = arg.childForFieldName("value");
        if (key && value)
          props[key] = this.evaluate(value);
      } else if (arg.type !== "list_splat" && arg.type !== "dictionary_splat")
        props[String(index++)] = this.evaluate(arg);
    }
    this.facts.symbols[`${CONSTRUCTED}${name}#${this.creations++}`] = { kind: "object", props };
  }
  /**
   * `super().__init__(base_url=…)` or `Base.__init__(self, url)` in a subclass's `__init__`: the base class is made with
   * those arguments (a CONSTRUCTED entry, as `Base(…)` would be), the subclass's own parameters in them read as what
   * each instantiation of the subclass passes. The fields the base's `__init__` sets then hold them.
   */
  recordBaseInit(callee, args) {
    const fn = this.functions.at(-1);
    const owner = this.classes.at(-1);
    if (!fn || !owner || !args || fn.key !== `${owner}.__init__` || callee.type !== "attribute" || callee.childForFieldName("attribute")?.text !== "__init__")
      return;
    const object = callee.childForFieldName("object");
    const bases = this.classBases.get(owner) ?? [];
    const viaSuper = object?.type === "call" && object.childForFieldName("function")?.text === "super";
    const named = !viaSuper && object ? bases.find((base) => base === object.text) : void 0;
    const targets = viaSuper ? bases.filter((base) => base !== "object") : named ? [named] : [];
    if (targets.length === 0)
      return;
    const props = {};
    const given = args.namedChildren.filter((arg) => arg.type !== "comment" && !(named !== void 0 && arg.text === "self"));
    if (given.length > 0 && given.every((arg) => (arg.type === "list_splat" || arg.type === "dictionary_splat") && fn.params.includes(arg.namedChildren[0]?.text ?? ""))) {
      for (const base of targets)
        this.facts.symbols[`${CONSTRUCTED}${base.split(".").at(-1) ?? base}#${this.creations++}`] = { kind: "object", props: { [FORWARDED_FROM]: lit(owner) } };
      return;
    }
    if (given.some((arg) => arg.type === "list_splat" || arg.type === "dictionary_splat"))
      return;
    let index = 0;
    let skipSelf = named !== void 0;
    for (const arg of args.namedChildren) {
      if (arg.type === "comment")
        continue;
      if (arg.type === "keyword_argument") {
        const key = arg.childForFieldName("name")?.text;
        const value = arg.childForFieldName("value");
        if (key && value)
          props[key] = this.constructorValue(owner, fn, this.evaluate(value));
      } else if (skipSelf && arg.text === "self")
        skipSelf = false;
      else
        props[String(index++)] = this.constructorValue(owner, fn, this.evaluate(arg));
    }
    for (const base of targets)
      this.facts.symbols[`${CONSTRUCTED}${base.split(".").at(-1) ?? base}#${this.creations++}`] = { kind: "object", props };
  }
  /**
   * A pydantic `BaseSettings` class: each field is read from the env var of its name (upper case, after the
   * `env_prefix` of `model_config = SettingsConfigDict(…)` or of an inner `class Config`), else its default. The class
   * is kept as an object of those values, which is what `Settings()` makes (`settings.users_url`).
   */
  settingsClass(node, name) {
    const bases = node.childForFieldName("superclasses")?.namedChildren.map((base) => base.text.split(".").at(-1)) ?? [];
    if (!bases.includes("BaseSettings"))
      return;
    const body = node.childForFieldName("body");
    const prefixNode = body?.descendantsOfType("keyword_argument").find((argument) => argument.childForFieldName("name")?.text === "env_prefix")?.childForFieldName("value") ?? body?.descendantsOfType("assignment").find((assignment) => assignment.childForFieldName("left")?.text === "env_prefix")?.childForFieldName("right");
    const prefix = prefixNode ? literalText(prefixNode) ?? "" : "";
    const props = {};
    for (const statement of body?.namedChildren ?? []) {
      const assignment = statement.type === "expression_statement" ? statement.namedChildren[0] : void 0;
      const left = assignment?.type === "assignment" ? assignment.childForFieldName("left") : void 0;
      if (left?.type !== "identifier" || left.text === "model_config" || !assignment?.childForFieldName("type"))
        continue;
      const right = assignment.childForFieldName("right");
      const variable = env(`${prefix}${left.text}`.toUpperCase());
      const fallbackNode = fieldDefault(right);
      const value = fallbackNode ? alt([variable, this.evaluate(fallbackNode)]) : variable;
      props[left.text] = { kind: "step", label: `settings field ${name}.${left.text}`, at: locOf(this.file, left), value };
    }
    this.settingsClasses.set(name, { kind: "object", props });
  }
  /**
   * A class whose instances hold what they are made with, field by field: a `@dataclass` (also attrs' `@define`/`@attr.s`/
   * `@frozen`), a pydantic `BaseModel`, a `NamedTuple`, a msgspec `Struct`. Its fields in order, with their defaults.
   */
  dataClass(node, name) {
    const decorated = node.parent?.type === "decorated_definition" ? node.parent : null;
    const decorators = decorated?.namedChildren.filter((child) => child.type === "decorator").map((decorator) => decorator.text.replace(/^@/, "").replace(/\(.*$/s, "").split(".").at(-1) ?? "") ?? [];
    const bases = node.childForFieldName("superclasses")?.namedChildren.map((base) => base.text.split(".").at(-1) ?? "") ?? [];
    if (!decorators.some((decorator) => DATA_CLASS_DECORATORS.has(decorator)) && !bases.some((base) => DATA_CLASS_BASES.has(base)))
      return;
    const fields = [];
    const defaults = {};
    for (const statement of node.childForFieldName("body")?.namedChildren ?? []) {
      const assignment = statement.type === "expression_statement" ? statement.namedChildren[0] : void 0;
      const left = assignment?.type === "assignment" ? assignment.childForFieldName("left") : void 0;
      if (left?.type !== "identifier" || !assignment?.childForFieldName("type"))
        continue;
      fields.push(left.text);
      const fallback = fieldDefault(assignment.childForFieldName("right"));
      if (fallback)
        defaults[left.text] = this.evaluate(fallback);
    }
    this.dataClasses.set(name, { fields, defaults });
  }
  /** `WorkerConfig(ledger_url=os.environ["LEDGER_URL"])` of a data class of the module: an object of its fields (see `dataClass`). */
  dataInstance(spec, positional, keyword) {
    const props = { ...spec.defaults };
    spec.fields.forEach((field, index) => {
      const given = positional[index] ?? keyword(field);
      if (given)
        props[field] = this.evaluate(given);
    });
    return { kind: "object", props };
  }
  /** `current_app.config` (Flask's application in a request or app context). */
  isFlaskConfig(node) {
    return node.type === "attribute" && node.childForFieldName("attribute")?.text === "config" && this.canonical(node.childForFieldName("object") ?? node) === "flask.current_app";
  }
  /**
   * A configuration class of a config module (`class ProductionConfig(Config): USERS_API = os.environ.get(…)` in
   * `config.py`, what Flask's `app.config.from_object(…)` loads): its upper-case attributes are `config` bindings,
   * labelled with the environment the class name says (`Development`, `Testing`, `Production`, `Staging`).
   */
  configClassBindings(node, name) {
    if (!/(?:^|\/)[^/]*(?:config|settings)[^/]*\.py$/i.test(this.file) || !/(?:Config|Settings)$/.test(name))
      return;
    const bases = node.childForFieldName("superclasses")?.namedChildren.map((base) => base.text.split(".").at(-1)) ?? [];
    if (bases.includes("BaseSettings"))
      return;
    const environment = /^(?:Dev|Development|Local)/.test(name) ? "dev" : /^Test/.test(name) ? "test" : /^Prod/.test(name) ? "prod" : /^Staging/.test(name) ? "staging" : environmentOf(this.file);
    for (const statement of node.childForFieldName("body")?.namedChildren ?? []) {
      const assignment = statement.type === "expression_statement" ? statement.namedChildren[0] : void 0;
      const left = assignment?.type === "assignment" ? assignment.childForFieldName("left") : void 0;
      const symbol = left?.type === "identifier" ? this.facts.symbols[`${name}.${left.text}`] : void 0;
      if (left && symbol)
        this.configBinding(left.text, left, symbol, environment);
    }
  }
  /**
   * A `config` binding of an upper-case name whose value can be written as binding text (a literal, an env read with
   * its default): a Django settings constant (`settings.SISU_URL` reads it), a Flask configuration class attribute or
   * `app.config` entry. Other names and values bind nothing.
   */
  configBinding(name, at, value, environment) {
    const text = bindingText(value.kind === "step" ? value.value : value);
    if (text === null || !/^[A-Z][A-Z0-9_]*$/.test(name))
      return;
    this.facts.bindings.push({ type: "config", name, value: text, loc: locOf(this.file, at), source: "django-settings", environment, service: null });
  }
  bindWithItem(node) {
    const pattern = node.childForFieldName("value");
    if (pattern?.type !== "as_pattern")
      return;
    const expression = pattern.namedChildren[0];
    const alias = pattern.childForFieldName("alias")?.namedChildren[0] ?? pattern.namedChildren[1];
    const fn = this.functions.at(-1);
    if (!expression || alias?.type !== "identifier")
      return;
    const value = this.evaluate(expression, alias.text);
    if (fn)
      fn.locals.set(alias.text, value);
  }
  /** Dotted name of a callee/attribute chain with its first segment mapped through imports (`hx.get` → `httpx.get`). */
  canonical(node) {
    const segments = [];
    let current = node;
    while (current?.type === "attribute") {
      segments.unshift(current.childForFieldName("attribute")?.text ?? "");
      current = current.childForFieldName("object");
    }
    if (current?.type !== "identifier")
      return null;
    if (this.functions.some((fn) => fn.locals.has(current.text) || fn.params.includes(current.text)))
      return null;
    if (this.envAliases.has(current.text))
      return ["os.environ", ...segments].join(".");
    return this.throughImports(current.text, segments);
  }
  /** `name.segments…` with `name` replaced by what the file imports under it (`hx` → `httpx`, `TestCase` → `django.test.TestCase`). */
  throughImports(name, segments) {
    const imported = this.imports.get(name);
    const head = !imported ? name : imported.name === null ? imported.module : `${imported.module}.${imported.name}`;
    return [head, ...segments].join(".");
  }
  visitCall(node) {
    const callee = node.childForFieldName("function");
    const args = node.childForFieldName("arguments");
    if (!callee)
      return;
    const canonical = this.canonical(callee);
    const positional = args?.namedChildren.filter((a) => a.type !== "keyword_argument" && a.type !== "comment") ?? [];
    const keyword = (name) => args?.namedChildren.find((a) => a.type === "keyword_argument" && a.childForFieldName("name")?.text === name)?.childForFieldName("value") ?? null;
    if (canonical && IN_MEMORY_TEST_CLIENTS.has(canonical))
      return;
    if (callee.type === "attribute" && callee.childForFieldName("attribute")?.text === "add_argument")
      this.argparseOption(positional, keyword);
    const daprMethod = callee.type === "attribute" ? callee.childForFieldName("attribute")?.text : void 0;
    if (daprMethod !== void 0 && DAPR_INVOCATIONS.has(daprMethod) && [...this.imports.values()].some((imported) => imported.module === "dapr" || imported.module.startsWith("dapr."))) {
      const app = positional[0] ?? keyword("app_id");
      const path = positional[1] ?? keyword("method_name");
      const verb = keyword("http_verb");
      if (app && path) {
        this.facts.calls.push(this.fact("call", node, "Dapr", verb ? literalText(verb)?.toUpperCase() ?? null : "POST", app, concat([lit("http://"), this.evaluate(app), lit("/"), this.evaluate(path)])));
        return;
      }
    }
    if (!canonical || !clientConstructors[canonical] && !sdkConfigurations[canonical])
      this.recordCreation(callee, args);
    this.recordBaseInit(callee, args);
    if (canonical) {
      const spec = requestFunction(canonical);
      if (spec) {
        const methodNode = spec.methodFirst ? positional[0] ?? keyword("method") : null;
        let urlNode = (spec.methodFirst ? positional[1] : positional[0]) ?? keyword("url");
        let method = spec.method ?? (methodNode ? literalText(methodNode)?.toUpperCase() ?? null : null);
        if (spec.client === "urllib" && urlNode?.type === "call" && this.canonical(urlNode.childForFieldName("function") ?? urlNode) === "urllib.request.Request") {
          const inner = urlNode.childForFieldName("arguments");
          const methodKw = inner?.namedChildren.find((a) => a.type === "keyword_argument" && a.childForFieldName("name")?.text === "method")?.childForFieldName("value");
          method = methodKw ? literalText(methodKw)?.toUpperCase() ?? null : method;
          urlNode = inner?.namedChildren[0] ?? null;
        }
        this.addCall(node, spec.client, method, urlNode);
        return;
      }
      if (HTTP_CLIENT_CONNECTIONS.has(canonical)) {
        const made = this.callValue(node);
        if (made.kind === "client" && made.base)
          this.facts.calls.push(this.fact("client-config", node, "http.client", null, positional[0] ?? keyword("host"), made.base));
        return;
      }
      const constructor = clientConstructors[canonical];
      if (constructor && this.servesAppInMemory(constructor.client, keyword))
        return;
      if (constructor) {
        const baseNode = constructor.baseKeyword ? keyword(constructor.baseKeyword) : null;
        if (baseNode) {
          const at = baseNode.parent ?? baseNode;
          this.facts.calls.push(this.fact("client-config", at, constructor.client, null, baseNode, this.evaluate(baseNode)));
        }
        return;
      }
      const sdk = sdkConfigurations[canonical];
      if (sdk) {
        const endpoint = keyword(sdk.keyword) ?? (sdk.position !== void 0 ? positional[sdk.position] ?? null : null);
        if (endpoint) {
          const value = this.evaluate(endpoint);
          this.facts.calls.push(this.fact("client-config", endpoint.parent?.type === "keyword_argument" ? endpoint.parent : endpoint, sdk.client, null, endpoint, sdk.grpc ? grpcTarget(value) : value));
        } else if (sdk.fromEnv)
          this.facts.calls.push({ ...this.fact("client-config", node, sdk.client, null, null, env(sdk.fromEnv)), expression: `(no ${sdk.keyword}: ${sdk.fromEnv} from the environment)` });
        return;
      }
      if (canonical.startsWith("os.") || canonical.startsWith("requests.") || canonical.startsWith("httpx."))
        return;
    }
    if (callee.type === "identifier" || callee.type === "attribute" && callee.childForFieldName("object")?.text === "self") {
      const named = keywordArguments(args);
      if ((positional.length > 0 || named) && !pythonBuiltins.has(callee.text))
        this.addInvocation(node, callee, positional, named);
      if (callee.type === "identifier")
        return;
    }
    if (callee.type === "attribute") {
      const methodName = callee.childForFieldName("attribute")?.text ?? "";
      const objectNode = callee.childForFieldName("object");
      if (!(methodName in instanceMethods) || !objectNode)
        return;
      const owner = this.classes.at(-1);
      const field = objectNode.type === "attribute" && objectNode.childForFieldName("object")?.text === "self" ? objectNode.childForFieldName("attribute")?.text : void 0;
      const receiver = (owner && field ? this.parameterFields.get(`${owner}.${field}`) : void 0) ?? this.evaluate(objectNode);
      const bare = unwrap(receiver);
      const known = bare.kind === "client";
      if (!known && bare.kind !== "ref" && bare.kind !== "param" && bare.kind !== "call")
        return;
      let method = instanceMethods[methodName] ?? null;
      let urlNode = positional[0] ?? keyword("url");
      if (method === null && methodName === "request" || methodName === "stream") {
        const first = positional[0] ? literalText(positional[0]) : null;
        if (first && /^[A-Za-z]+$/.test(first)) {
          method = first.toUpperCase();
          urlNode = positional[1] ?? keyword("url");
        }
      }
      const firstText = urlNode ? literalText(urlNode) : null;
      if (!known && firstText !== null && !/^(\/|https?:)/.test(firstText))
        return;
      if (!known && !urlNode)
        return;
      const client = bare.kind === "client" ? bare.client : "instance";
      const fact = this.fact("call", node, client, method, urlNode, urlNode ? this.evaluate(urlNode) : null);
      fact.receiver = receiver;
      this.facts.calls.push(fact);
    }
  }
  addInvocation(node, callee, positional, named) {
    const fn = this.functions.at(-1);
    this.facts.invocations.push({
      loc: locOf(this.file, node),
      callee: this.evaluate(callee),
      args: positional.map((a) => this.evaluate(a)),
      expression: snippet(node.text),
      argTexts: positional.map((a) => snippet(a.text)),
      ...fn ? { fn: fn.key } : {},
      enclosing: fn?.key ?? this.classes.at(-1) ?? "<module>",
      ...named ? { named: Object.fromEntries([...named].map(([name, value]) => [name, this.evaluate(value)])) } : {}
    });
  }
  addCall(node, client, method, urlNode) {
    this.facts.calls.push(this.fact("call", node, client, method, urlNode, urlNode ? this.evaluate(urlNode) : null));
  }
  fact(kind, at, client, method, urlNode, url) {
    const fn = this.functions.at(-1);
    const fact = {
      kind,
      loc: locOf(this.file, at),
      client,
      method,
      expression: snippet(urlNode?.text ?? ""),
      url,
      enclosing: fn?.key ?? this.classes.at(-1) ?? "<module>"
    };
    if (fn)
      fact.fn = fn.key;
    return fact;
  }
  /** Symbolic value of an expression. Pure: emits nothing. */
  evaluate(node, nameHint) {
    switch (node.type) {
      case "string":
        return this.stringValue(node);
      case "concatenated_string":
        return concat(node.namedChildren.map((part) => this.evaluate(part)));
      case "integer":
      case "float":
        return lit(node.text);
      case "parenthesized_expression":
        return node.namedChildren[0] ? this.evaluate(node.namedChildren[0], nameHint) : unknown(node.text);
      case "binary_operator": {
        const left = node.childForFieldName("left");
        const right = node.childForFieldName("right");
        const operator = node.childForFieldName("operator")?.text;
        if (!left || !right)
          return unknown(node.text);
        if (operator === "+")
          return concat([this.evaluate(left), this.evaluate(right)]);
        if (operator === "%" && (left.type === "string" || left.type === "identifier" || left.type === "attribute"))
          return this.percentFormat(left, right);
        if (operator === "/" && (right.type === "string" || /\bURL\(/.test(left.text) || /url/i.test(left.text)))
          return concat([this.evaluate(left), lit("/"), this.evaluate(right)]);
        return unknown(node.text);
      }
      case "boolean_operator": {
        const left = node.childForFieldName("left");
        const right = node.childForFieldName("right");
        if (!left || !right || node.childForFieldName("operator")?.text !== "or")
          return unknown(node.text);
        return orElse(this.evaluate(left), this.evaluate(right));
      }
      case "conditional_expression": {
        const [whenTrue, , whenFalse] = node.namedChildren;
        if (!whenTrue || !whenFalse)
          return unknown(node.text);
        return alt([this.evaluate(whenTrue), this.evaluate(whenFalse)]);
      }
      case "identifier":
        return this.identifier(node.text);
      case "attribute":
        return this.attribute(node);
      case "subscript": {
        const value = node.childForFieldName("value");
        const key = node.childForFieldName("subscript");
        if (value && key && this.canonical(value) === "os.environ") {
          const name2 = literalText(key);
          return name2 !== null ? env(name2) : { kind: "lookup", source: "env", key: this.evaluate(key) };
        }
        const name = key ? literalText(key) : null;
        if (value && name !== null && this.isFlaskConfig(value))
          return config(name);
        if (value && name !== null)
          return this.keyedRead(node, this.member(this.evaluate(value), name) ?? unknown(node.text));
        return (value && key && key.type !== "integer" && key.type !== "slice" ? this.anyEntry(value) : null) ?? unknown(node.text);
      }
      case "dictionary":
        return this.dictionary(node);
      case "call":
        return this.callValue(node, nameHint);
      default:
        return unknown(node.text);
    }
  }
  /** A dict literal as an object of its string-keyed entries (`{"name": "http://details:9080"}`). */
  dictionary(node) {
    const props = {};
    for (const pair of node.namedChildren) {
      if (pair.type !== "pair")
        continue;
      const key = pair.childForFieldName("key");
      const value = pair.childForFieldName("value");
      const name = key ? literalText(key) : null;
      if (name !== null && value && !Object.hasOwn(props, name))
        props[name] = this.evaluate(value);
    }
    return { kind: "object", props };
  }
  /** The entry `name` of a dict value (`d["name"]`, `d.get("name")`): a member of a name, a parameter or a literal dict; null for other values. */
  /**
   * Any entry of a dict read with a key known only at run time (`ENDPOINTS[kind]`, `ENDPOINTS.get(kind)`): a dict
   * written in place or held by a name of this module, or a module-level constant by its name (`ENDPOINTS`, also
   * imported), whose entries the resolver lists (ANY_MEMBER, as TypeScript's `config[env]`). Null for anything else
   * (a list, a response), which stays unknown.
   */
  anyEntry(objectNode) {
    const base = this.evaluate(objectNode);
    const bare = unwrap(base);
    if (bare.kind === "object") {
      const entries = Object.entries(bare.props);
      return entries.length > 0 ? alt(entries.map(([key, value]) => ({ kind: "step", label: `entry '${key}'`, at: locOf(this.file, objectNode), value }))) : null;
    }
    if (bare.kind !== "ref" || bare.member.length > 0 || bare.name === "*")
      return null;
    const local = bare.module === null ? this.facts.symbols[bare.name] : void 0;
    const table = local !== void 0 ? unwrap(local).kind === "object" : /^[A-Z][A-Z0-9_]*$/.test(bare.name);
    return table ? { ...bare, member: [ANY_MEMBER] } : null;
  }
  member(base, name) {
    if (base.kind === "ref" || base.kind === "param")
      return { ...base, member: [...base.member, name] };
    const bare = unwrap(base);
    if (bare.kind === "ref" || bare.kind === "param")
      return { ...bare, member: [...bare.member, name] };
    if (bare.kind === "object")
      return Object.hasOwn(bare.props, name) ? bare.props[name] ?? null : null;
    if (bare.kind === "alt") {
      const options = bare.options.map((option) => this.member(option, name));
      return options.every((option) => option !== null) ? alt(options) : null;
    }
    return null;
  }
  stringValue(node) {
    const parts = [];
    for (const child of node.namedChildren) {
      if (child.type === "string_content" || child.type === "escape_sequence")
        parts.push(lit(child.text));
      else if (child.type === "interpolation") {
        const expression = child.childForFieldName("expression");
        parts.push(expression ? this.evaluate(expression) : unknown(child.text));
      }
    }
    return concat(parts);
  }
  percentFormat(template, right) {
    const constant = template.type === "string" ? null : staticText(this.evaluate(template), this.facts.symbols);
    const text = literalText(template) ?? (constant?.includes("%") ? constant : null);
    if (text === null)
      return unknown(template.text);
    const args = right.type === "tuple" ? right.namedChildren : [right];
    const named = right.type === "dictionary" ? right : null;
    return formatTemplate(text, /%(\([^)]*\))?[-+ #0-9.]*[sdirf]/, (match, ordinal) => {
      const key = /^%\(([^)]*)\)/.exec(match)?.[1];
      if (key !== void 0 && named) {
        const pair = named.namedChildren.find((p) => p.type === "pair" && literalText(p.childForFieldName("key") ?? p) === key);
        const value = pair?.childForFieldName("value");
        return value ? this.evaluate(value) : null;
      }
      const arg = args[ordinal];
      return arg ? this.evaluate(arg) : null;
    });
  }
  identifier(name) {
    for (let index = this.functions.length - 1; index >= 0; index--) {
      const fn = this.functions[index];
      const local = fn?.locals.get(name);
      if (local)
        return local;
      const option = fn?.options?.get(name);
      if (option)
        return option;
      const param = fn?.params.indexOf(name) ?? -1;
      if (fn?.fixtureParams && param >= 0 && !fn.defaults.has(name))
        return { kind: "call", callee: { kind: "ref", module: PYTEST_FIXTURE, name, member: [] }, args: [] };
      if (fn && param >= 0 && index === this.functions.length - 1)
        return { kind: "param", index: param, name, member: [] };
    }
    const imported = this.imports.get(name);
    if (imported && !this.moduleNames.has(name)) {
      return imported.name === null ? { kind: "ref", module: imported.module, name: "*", member: [] } : { kind: "ref", module: imported.module, name: imported.name, member: [] };
    }
    return { kind: "ref", module: null, name, member: [] };
  }
  attribute(node) {
    const objectNode = node.childForFieldName("object");
    const field = node.childForFieldName("attribute")?.text ?? "";
    if (!objectNode)
      return unknown(node.text);
    const canonical = this.canonical(node);
    if (canonical?.startsWith("django.conf.settings."))
      return config(canonical.slice("django.conf.settings.".length));
    const owner = this.classes.at(-1);
    if (objectNode.text === "self" && owner) {
      const assigned = own(this.facts.symbols, `${owner}.${field}`);
      if (TEST_CASE_CLIENT_FIELDS.has(field) && !assigned && this.isDjangoTestCase(owner))
        return this.inMemoryTestClient(node, `self.${field}`);
      if (field === "client" && !assigned) {
        const locust = this.locustClient(owner, node);
        if (locust)
          return locust;
      }
      if (this.properties.has(`${owner}.${field}`))
        return { kind: "call", callee: { kind: "ref", module: null, name: `${owner}.${field}`, member: [] }, args: [] };
      if (!assigned && this.classBases.has(owner))
        this.inheritedReads.add(`${owner}.${field}`);
      return this.facts.symbols[`${owner}.${field}`] ?? { kind: "ref", module: null, name: `${owner}.${field}`, member: [] };
    }
    if (objectNode.type === "identifier" && this.facts.symbols[`${objectNode.text}.${field}`]) {
      return { kind: "ref", module: null, name: `${objectNode.text}.${field}`, member: [] };
    }
    const base = this.evaluate(objectNode);
    if (base.kind === "ref") {
      if (base.name === "*" && base.member.length === 0)
        return { kind: "ref", module: base.module, name: field, member: [] };
      const imported = objectNode.type === "identifier" ? this.imports.get(objectNode.text) : void 0;
      if (imported?.name && base.module === imported.module && base.member.length === 0 && /^[a-z_][a-z0-9_]*$/.test(imported.name)) {
        const submodule = imported.module.endsWith(".") ? `${imported.module}${imported.name}` : `${imported.module}.${imported.name}`;
        return { kind: "ref", module: submodule, name: field, member: [] };
      }
      return { ...base, member: [...base.member, field] };
    }
    if (base.kind === "param")
      return { ...base, member: [...base.member, field] };
    if (base.kind === "call")
      return { ...base, member: [...base.member ?? [], field] };
    if (base.kind === "step" || base.kind === "alt" || base.kind === "object") {
      const held = this.member(base, field);
      if (held)
        return held;
      const bare = unwrap(base);
      const subscripted = node.parent?.type === "subscript" && node.parent.childForFieldName("value")?.id === node.id;
      if (bare.kind === "call" && !subscripted)
        return { ...bare, member: [...bare.member ?? [], field] };
      return unknown(node.text);
    }
    return unknown(node.text);
  }
  /** A test client of the application under test, served in memory (see `IN_MEMORY_TEST_CLIENTS`). */
  inMemoryTestClient(node, label) {
    const at = locOf(this.file, node);
    return { kind: "client", client: IN_MEMORY_TEST_CLIENT, base: lit("http://localhost"), at, label };
  }
  /** An httpx client given the application itself (`transport=ASGITransport(app=app)`, or httpx < 0.28's `app=app`): it serves it in this process. */
  servesAppInMemory(client, keyword) {
    if (client !== "httpx")
      return false;
    const transport = keyword("transport");
    const made = transport ? unwrap(this.evaluate(transport)) : null;
    const callee = made?.kind === "call" ? unwrap(made.callee) : null;
    return keyword("app") !== null || callee?.kind === "ref" && callee.module !== null && callee.member.length === 0 && IN_MEMORY_TRANSPORTS.has(`${callee.module}.${callee.name}`);
  }
  /** Whether `owner` derives, here or up to four classes up this file, from one of `classes` (canonical names). */
  derivesFrom(owner, classes, depth = 0) {
    const matches = typeof classes === "function" ? classes : (canonical) => classes.has(canonical);
    return (this.classBases.get(owner) ?? []).some((base) => {
      const [first = "", ...rest] = base.split(".");
      return matches(this.throughImports(first, rest)) || depth < 4 && this.classBases.has(base) && this.derivesFrom(base, matches, depth + 1);
    });
  }
  /**
   * A Django or DRF test case: deriving from one of `TEST_CASE_CLASSES`, or, in a file that imports Django or DRF, from
   * a class named `…TestCase` that the file imports from the project (`from tests.setup import BaseTestCase`), not
   * unittest's.
   */
  isDjangoTestCase(owner) {
    if (this.derivesFrom(owner, TEST_CASE_CLASSES))
      return true;
    const django = [...this.imports.values()].some((imported) => /^(?:django|rest_framework)(?:\.|$)/.test(imported.module));
    return django && this.derivesFrom(owner, (canonical) => canonical.includes(".") && canonical.endsWith("TestCase") && !canonical.startsWith("unittest."));
  }
  /** `self.client` of a Locust user or task set (see `LOCUST_USER_CLASSES`): a session to the class's `host` or the run's. */
  locustClient(owner, node) {
    const user = this.derivesFrom(owner, LOCUST_USER_CLASSES);
    if (!user && !this.derivesFrom(owner, LOCUST_TASK_SETS))
      return null;
    const host = user ? this.facts.symbols[`${owner}.host`] : void 0;
    return { kind: "client", client: "locust", base: host ?? env(LOCUST_HOST_VARIABLE), at: locOf(this.file, node), label: `${owner} (Locust)` };
  }
  callValue(node, nameHint) {
    const callee = node.childForFieldName("function");
    const args = node.childForFieldName("arguments");
    if (!callee)
      return unknown(node.text);
    const positional = args?.namedChildren.filter((a) => a.type !== "keyword_argument" && a.type !== "comment") ?? [];
    const keyword = (name) => args?.namedChildren.find((a) => a.type === "keyword_argument" && a.childForFieldName("name")?.text === name)?.childForFieldName("value") ?? null;
    const canonical = this.canonical(callee);
    if ((canonical === "str" || canonical === "yarl.URL" || canonical === "URL") && positional.length === 1 && positional[0] && !keyword("encoded"))
      return this.evaluate(positional[0], nameHint);
    if (canonical === "os.environ.get" || canonical === "os.getenv") {
      const name = positional[0] ? literalText(positional[0]) : null;
      const read = name !== null ? env(name) : positional[0] ? { kind: "lookup", source: "env", key: this.evaluate(positional[0]) } : null;
      if (read === null)
        return unknown(node.text);
      const fallback = positional[1] ?? keyword("default");
      return fallback ? alt([read, this.evaluate(fallback)]) : read;
    }
    if (/^env(\.(str|url))?$/.test(canonical ?? "") && !this.imports.has("env")) {
      const name = positional[0] ? literalText(positional[0]) : null;
      if (name !== null) {
        const fallback = positional[1] ?? keyword("default");
        return fallback ? alt([env(name), this.evaluate(fallback)]) : env(name);
      }
    }
    if (canonical === "urllib.parse.urljoin" || canonical === "urlparse.urljoin") {
      const [base, path] = positional;
      if (base && path)
        return { kind: "url", base: this.evaluate(base), path: this.evaluate(path) };
    }
    if (callee.type === "attribute" && callee.childForFieldName("attribute")?.text === "parse_args" && this.argparseOptions.size > 0)
      return { kind: "ref", module: null, name: ARGPARSE_NAMESPACE, member: [] };
    const settings = callee.type === "identifier" ? this.settingsClasses.get(callee.text) : void 0;
    if (settings)
      return settings;
    const data = callee.type === "identifier" && !this.functions.some((fn) => fn.locals.has(callee.text) || fn.params.includes(callee.text)) ? this.dataClasses.get(callee.text) : void 0;
    if (data)
      return this.dataInstance(data, positional, keyword);
    if (canonical === "urllib.request.Request") {
      const url = positional[0] ?? keyword("url");
      return url ? this.evaluate(url) : unknown(node.text);
    }
    if (canonical === "dict" && !this.moduleNames.has("dict")) {
      const props = {};
      for (const arg of args?.namedChildren ?? []) {
        const name = arg.type === "keyword_argument" ? arg.childForFieldName("name")?.text : void 0;
        const value = arg.childForFieldName("value");
        if (name && value)
          props[name] = this.evaluate(value);
      }
      return { kind: "object", props };
    }
    if (callee.type === "attribute" && callee.childForFieldName("attribute")?.text === "get" && positional[0] && positional.length <= 2) {
      const name = literalText(positional[0]);
      const objectNode = callee.childForFieldName("object");
      if (name !== null && objectNode && this.isFlaskConfig(objectNode))
        return positional[1] ? alt([config(name), this.evaluate(positional[1])]) : config(name);
      const entry = name !== null && !/[/:]/.test(name) && objectNode ? this.member(this.evaluate(objectNode), name) : null;
      if (entry)
        return positional[1] ? alt([entry, this.evaluate(positional[1])]) : entry;
      const any = name === null && positional[0].type !== "string" && objectNode ? this.anyEntry(objectNode) : null;
      if (any)
        return positional[1] ? alt([any, this.evaluate(positional[1])]) : any;
    }
    if (canonical && IN_MEMORY_TEST_CLIENTS.has(canonical) || callee.type === "attribute" && callee.childForFieldName("attribute")?.text === TEST_CLIENT_METHOD)
      return this.inMemoryTestClient(node, nameHint ?? callee.text);
    if (canonical && HTTP_CLIENT_CONNECTIONS.has(canonical)) {
      const host = positional[0] ?? keyword("host");
      const port = positional[1] ?? keyword("port");
      if (host) {
        const scheme = canonical.endsWith("HTTPSConnection") ? "https://" : "http://";
        const base = concat([lit(scheme), this.evaluate(host), ...port ? [lit(":"), this.evaluate(port)] : []]);
        return { kind: "client", client: "http.client", base, at: locOf(this.file, host), label: nameHint ?? "http.client" };
      }
    }
    if (canonical && clientConstructors[canonical]) {
      const spec = clientConstructors[canonical];
      if (this.servesAppInMemory(spec.client, keyword))
        return this.inMemoryTestClient(node, nameHint ?? spec.client);
      const baseNode = spec.baseKeyword ? keyword(spec.baseKeyword) ?? (spec.client === "aiohttp" ? positional[0] ?? null : null) : null;
      return {
        kind: "client",
        client: spec.client,
        base: baseNode ? this.evaluate(baseNode) : null,
        at: locOf(this.file, baseNode?.parent ?? node),
        label: nameHint ?? spec.client
      };
    }
    const stringMethod = callee.type === "attribute" ? callee.childForFieldName("attribute")?.text : void 0;
    const stringObject = callee.type === "attribute" ? callee.childForFieldName("object") : null;
    if (stringObject && stringMethod !== void 0 && PYTHON_URL_KEEPING_METHODS.has(stringMethod)) {
      const value = this.evaluate(stringObject);
      const slash = positional[0] !== void 0 && literalText(positional[0])?.includes("/") === true;
      if (!slash)
        return value;
      return trimSlashes(value, stringMethod === "rstrip" ? "end" : stringMethod === "lstrip" ? "start" : "both");
    }
    if (callee.type === "attribute" && callee.childForFieldName("attribute")?.text === "format") {
      const template = callee.childForFieldName("object");
      const text = template?.type === "string" ? literalText(template) : template?.type === "identifier" || template?.type === "attribute" ? staticText(this.evaluate(template), this.facts.symbols) : null;
      if (text !== null) {
        return formatTemplate(text, /\{[^{}]*\}/, (match, ordinal) => {
          const key = match.slice(1, -1).split(/[!:]/)[0] ?? "";
          const arg = key === "" ? positional[ordinal] : /^\d+$/.test(key) ? positional[Number(key)] : keyword(key);
          return arg ? this.evaluate(arg) : null;
        });
      }
    }
    return { kind: "call", callee: this.evaluate(callee), args: positional.map((a) => this.evaluate(a)) };
  }
};
var pythonBuiltins = /* @__PURE__ */ new Set([
  "print",
  "len",
  "str",
  "int",
  "float",
  "bool",
  "dict",
  "list",
  "set",
  "tuple",
  "range",
  "enumerate",
  "zip",
  "map",
  "filter",
  "sorted",
  "isinstance",
  "getattr",
  "setattr",
  "hasattr",
  "open",
  "super",
  "repr",
  "min",
  "max",
  "sum",
  "any",
  "all",
  "type",
  "id"
]);
function inBranch(node) {
  for (let current = node.parent; current; current = current.parent) {
    if (["if_statement", "elif_clause", "else_clause", "except_clause", "case_clause"].includes(current.type))
      return true;
    if (current.type === "function_definition" || current.type === "class_definition" || current.type === "lambda")
      return false;
  }
  return false;
}
function keywordArguments(args) {
  const named = /* @__PURE__ */ new Map();
  for (const argument of args?.namedChildren ?? []) {
    if (argument.type !== "keyword_argument")
      continue;
    const name = argument.childForFieldName("name")?.text;
    const value = argument.childForFieldName("value");
    if (name && value)
      named.set(name, value);
  }
  return named.size > 0 ? named : null;
}
function unwrap(sym) {
  return sym.kind === "step" ? unwrap(sym.value) : sym;
}
function literalText(node) {
  if (node.type !== "string")
    return null;
  if (node.namedChildren.some((c) => c.type === "interpolation"))
    return null;
  return node.namedChildren.filter((c) => c.type === "string_content" || c.type === "escape_sequence").map((c) => c.text).join("");
}
function fieldDefault(right) {
  if (!right)
    return null;
  if (right.type !== "call" || !/^(?:field|Field)$/.test(right.childForFieldName("function")?.text.split(".").at(-1) ?? ""))
    return right;
  const args = right.childForFieldName("arguments");
  return args?.namedChildren.find((argument) => argument.type !== "keyword_argument" && argument.type !== "comment") ?? keywordArguments(args)?.get("default") ?? null;
}
function commandOptionName(names) {
  const chosen = names.find((name) => name.startsWith("--")) ?? names.find((name) => name.startsWith("-")) ?? names[0];
  return chosen ? chosen.replace(/^-+/, "").replace(/-/g, "_") : null;
}
function bindingText(sym) {
  if (sym.kind === "lit")
    return sym.value;
  if (sym.kind === "env")
    return `\${${sym.name}}`;
  if (sym.kind === "alt" && sym.options.length === 2 && sym.options[0]?.kind === "env" && sym.options[1]?.kind === "lit") {
    return `\${${sym.options[0].name}:${sym.options[1].value}}`;
  }
  if (sym.kind === "concat") {
    const parts = sym.parts.map(bindingText);
    return parts.every((p) => p !== null) ? parts.join("") : null;
  }
  return null;
}
function environmentOf(file) {
  const match = /(?:^|[/_.-])(dev|development|test|staging|prod|production|local)(?:[/_.-]|$)/.exec(file.replace(/\.py$/, ""));
  return match?.[1] ?? null;
}
var pythonExtractor = {
  languages: ["python"],
  extract(file, content, language, options) {
    return extractWithTreeSitter({
      file,
      content,
      language,
      force: options?.force === true,
      grammar: "python",
      worthParsing,
      visit: (root, facts) => {
        const visitor = new PythonFileVisitor(file, facts);
        visitor.visit(root);
        visitor.inheritedCalls();
        visitor.keyedEntries();
        visitor.commandLineOptions();
      }
    });
  }
};
export {
  pythonExtractor
};
//# sourceMappingURL=python-K6NIDGAN.js.map
