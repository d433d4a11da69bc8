/**
 * Go: net/http (`http.Get/Post/Head/PostForm`, `http.NewRequest[WithContext]`, methods on an `http.Client`)
 * and resty (`resty.New().SetBaseURL(…)`, `client.R().Get(…)`); `const`/`var`, struct fields set in a
 * composite literal or through a method receiver (`c.baseURL`), `os.Getenv`, `fmt.Sprintf`.
 */
import type { CallFact, FileFacts, Invocation, Language, Sym, ExtractOptions } from '../../model.js';
import type { SourceExtractor } from '../index.js';
import { alt, concat, decodeEscapes, env, extractWithTreeSitter, formatTemplate, grpcTarget, lit, locOf, ownReturns, snippet, staticText, unknown } from '../tree-sitter/common.js';
import type { SyntaxNode } from '../tree-sitter/common.js';
import { withAlternative, withoutSteps } from '../facts.js';
import { own } from '../typescript/clients.js';

const worthParsing = (content: string): boolean => /net\/http|resty|dapr\/go-sdk|https?:\/\/|Getenv|LookupEnv|google\.golang\.org\/grpc|exporters\/otlp|sentry-go|providers\/flagd|go-kratos|\bflag\.|Flags\(\)|\benv(?:config)?:"/.test(content);

/**
 * Struct tags of the env-config libraries (caarlos0/env `env:"X" envDefault:"d"`, cleanenv `env:"X" env-default:"d"`,
 * kelseyhightower/envconfig `envconfig:"X" default:"d"`): the field holds the env var, else the default.
 */
const ENV_TAG = /\b(?:env|envconfig):"([A-Za-z_][A-Za-z0-9_]*)/;
const ENV_DEFAULT_TAG = /\b(?:envDefault|env-default|default):"([^"]*)"/;

/** grpc-go's connection makers: function → index of the target argument (`grpc.Dial("cart:7070", …)`, `grpc.DialContext(ctx, addr, …)`). */
const grpcDialFunctions: Record<string, number> = { Dial: 0, DialContext: 1, NewClient: 0 };

/**
 * SDKs whose endpoint is an integration, by constructor (import path and name): the client reported, the option
 * functions of the same package that set the endpoint (`otlptracehttp.WithEndpoint("collector:4318")`), the field of an
 * options struct that does (`sentry.Init(sentry.ClientOptions{Dsn: …})`), and the variable the SDK reads when none is
 * given. An SDK given a connection of its own (`otlptracegrpc.WithGRPCConn(conn)`) has no endpoint here.
 */
interface GoSdk {
  client: string;
  options?: readonly string[];
  field?: string;
  /** The variable the SDK reads when no endpoint is given; none for a client that has no default. */
  fromEnv?: string;
  grpc?: boolean;
}
const OTLP_HTTP: GoSdk = { client: 'opentelemetry-otlp', options: ['WithEndpoint', 'WithEndpointURL'], fromEnv: 'OTEL_EXPORTER_OTLP_ENDPOINT' };
const OTLP_GRPC: GoSdk = { ...OTLP_HTTP, grpc: true };
const OTLP = 'go.opentelemetry.io/otel/exporters/otlp';
const KRATOS = 'github.com/go-kratos/kratos/v2';
const KRATOS_GRPC: GoSdk = { client: 'gRPC', options: ['WithEndpoint'], grpc: true };
const GO_SDKS: Record<string, GoSdk> = {
  [`${OTLP}/otlptrace/otlptracehttp.New`]: OTLP_HTTP,
  [`${OTLP}/otlptrace/otlptracehttp.NewClient`]: OTLP_HTTP,
  [`${OTLP}/otlptrace/otlptracegrpc.New`]: OTLP_GRPC,
  [`${OTLP}/otlptrace/otlptracegrpc.NewClient`]: OTLP_GRPC,
  [`${OTLP}/otlpmetric/otlpmetrichttp.New`]: OTLP_HTTP,
  [`${OTLP}/otlpmetric/otlpmetricgrpc.New`]: OTLP_GRPC,
  [`${OTLP}/otlplog/otlploghttp.New`]: OTLP_HTTP,
  [`${OTLP}/otlplog/otlploggrpc.New`]: OTLP_GRPC,
  'github.com/getsentry/sentry-go.Init': { client: 'sentry', field: 'Dsn', fromEnv: 'SENTRY_DSN' },
  // OpenFeature's flagd provider: gRPC to the flag daemon, `flagd.NewProvider(flagd.WithHost("flagd"))`, else FLAGD_HOST.
  'github.com/open-feature/go-sdk-contrib/providers/flagd/pkg.NewProvider': { client: 'flagd', options: ['WithHost'], fromEnv: 'FLAGD_HOST' },
  // Kratos' transports: `grpc.DialInsecure(ctx, grpc.WithEndpoint("discovery:///billing"))`, `http.NewClient(ctx, http.WithEndpoint("ledger:8000"))`.
  [`${KRATOS}/transport/grpc.Dial`]: KRATOS_GRPC,
  [`${KRATOS}/transport/grpc.DialInsecure`]: KRATOS_GRPC,
  [`${KRATOS}/transport/http.NewClient`]: { client: 'kratos-http', options: ['WithEndpoint'] },
};

const httpFunctions: Record<string, string> = { Get: 'GET', Post: 'POST', Head: 'HEAD', PostForm: 'POST' };
const clientMethods: Record<string, string> = {
  Get: 'GET', Post: 'POST', Put: 'PUT', Patch: 'PATCH', Delete: 'DELETE', Head: 'HEAD', Options: 'OPTIONS', PostForm: 'POST',
};

interface Scope {
  key: string;
  params: string[];
  locals: Map<string, Sym>;
  /** A method's receiver (`c` in `func (c *Client) Get()`) and its struct type: `c.baseURL` is the field `Client.baseURL`. */
  receiver?: { name: string; type: string };
  /** Struct types of locals and parameters (`svc := new(frontendServer)`, `cfg *Config`): `svc.addr` is the field `frontendServer.addr`. */
  types: Map<string, string>;
}

/** A field of a struct declaration: its name (an embedded struct's is its type), tag and struct type, if any. */
interface StructField {
  name: string;
  tag: string;
  type: string | null;
  embedded: boolean;
  at: SyntaxNode;
}

/** A function that stores an env var through a pointer (`func mustMapEnv(target *string, key string) { …; *target = os.Getenv(key) }`): which argument is which. */
interface EnvSetter {
  target: number;
  key: number;
}

class GoFileVisitor {
  /** Local package name → import path. */
  private readonly imports = new Map<string, string>();
  private readonly scopes: Scope[] = [];

  constructor(private readonly file: string, private readonly facts: FileFacts) {}

  /** Package-level names declared in this file (collected first: Go allows use before declaration). */
  private readonly fileNames = new Set<string>();
  /** Struct fields this file sets anywhere (`x.f = …`, `T{f: …}`, `&x.f` passed on): a field it does not set is another file's. */
  private readonly fieldsSetHere = new Set<string>();
  /** Methods declared in this file, as `Type.method`. */
  private readonly methods = new Set<string>();
  /** Functions of this file that set an env var through a pointer, by name. */
  private readonly envSetters = new Map<string, EnvSetter>();
  /** Struct types of this file that the environment fills by tag (see `envConfigStructs`). */
  private readonly envStructs = new Set<string>();
  /** The types of the fields of this file's structs (`Client.client` → `web.HTTPClient`), for methods called on a field. */
  private readonly fieldTypes = new Map<string, string>();

  run(root: SyntaxNode): void {
    for (const spec of root.descendantsOfType(['const_spec', 'var_spec'])) {
      if (spec.parent?.parent?.type !== 'source_file' && spec.parent?.parent?.parent?.type !== 'source_file') continue;
      for (const name of spec.childrenForFieldName('name')) this.fileNames.add(name.text);
    }
    for (const child of root.namedChildren) {
      if (child.type === 'method_declaration') {
        const type = structType(child.childForFieldName('receiver')?.namedChildren[0]?.childForFieldName('type') ?? null);
        if (type) this.methods.add(`${type}.${child.childForFieldName('name')?.text ?? ''}`);
      }
      if (child.type !== 'function_declaration') continue;
      const name = child.childForFieldName('name')?.text ?? '';
      this.fileNames.add(name);
      const setter = envSetter(child);
      if (setter) this.envSetters.set(name, setter);
    }
    for (const selector of root.descendantsOfType('selector_expression')) {
      const parent = selector.parent;
      const assigned = parent?.type === 'expression_list' && parent.parent?.type === 'assignment_statement' && parent.parent.childForFieldName('left')?.id === parent.id;
      if (assigned || (parent?.type === 'unary_expression' && parent.text.startsWith('&'))) this.fieldsSetHere.add(selector.childForFieldName('field')?.text ?? '');
    }
    for (const element of root.descendantsOfType('keyed_element')) this.fieldsSetHere.add(element.namedChildren[0]?.text ?? '');
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
  private envConfigStructs(root: SyntaxNode): void {
    const structs = new Map<string, StructField[]>();
    for (const spec of root.descendantsOfType('type_spec')) {
      const name = spec.childForFieldName('name')?.text;
      const body = spec.childForFieldName('type');
      if (!name || body?.type !== 'struct_type') continue;
      const fields: StructField[] = [];
      for (const declaration of body.descendantsOfType('field_declaration')) {
        if (declaration.parent?.parent?.id !== body.id) continue;
        const tag = declaration.childForFieldName('tag')?.text ?? '';
        const typeNode = declaration.childForFieldName('type');
        const names = declaration.childrenForFieldName('name');
        const type = structType(typeNode);
        // Every field's declared type, of another package's too (`client *web.HTTPClient`), for methods called on it.
        const declared = typeOfValue(typeNode);
        if (declared) for (const id of names) this.fieldTypes.set(`${name}.${id.text}`, declared);
        if (names.length === 0 && type) fields.push({ name: type, tag, type, embedded: true, at: typeNode! });
        for (const id of names) fields.push({ name: id.text, tag, type, embedded: false, at: id });
      }
      structs.set(name, fields);
    }
    const values = new Map<string, Record<string, Sym> | null>();
    const valueOf = (type: string, depth: number): Record<string, Sym> | null => {
      if (values.has(type)) return values.get(type) ?? null;
      const fields = structs.get(type);
      if (!fields || depth > 8) return null;
      values.set(type, null);
      const props: Record<string, Sym> = Object.create(null) as Record<string, Sym>;
      for (const field of fields) {
        const envName = ENV_TAG.exec(field.tag)?.[1];
        const fallback = ENV_DEFAULT_TAG.exec(field.tag)?.[1];
        if (envName) {
          const read = env(envName);
          props[field.name] = fallback === undefined || fallback === '' ? read : { kind: 'alt', options: [read, { kind: 'lit', value: fallback }] };
          continue;
        }
        const inner = field.type ? valueOf(field.type, depth + 1) : null;
        if (!inner) continue;
        props[field.name] = { kind: 'object', props: inner };
        if (field.embedded) for (const [promoted, value] of Object.entries(inner)) if (!Object.hasOwn(props, promoted)) props[promoted] = value;
      }
      const result = Object.keys(props).length > 0 ? props : null;
      values.set(type, result);
      return result;
    };
    for (const type of structs.keys()) {
      const props = valueOf(type, 0);
      if (!props) continue;
      const at = structs.get(type)![0]!.at;
      for (const [field, value] of Object.entries(props)) this.setFieldValue(`${type}.${field}`, at, value);
      this.facts.symbols[type] = { kind: 'step', label: `struct ${type} filled from the environment`, at: locOf(this.file, at), value: { kind: 'object', props } };
      this.facts.exports[type] ??= { kind: 'ref', module: null, name: type, member: [] };
      this.envStructs.add(type);
    }
  }

  visit(node: SyntaxNode): void {
    switch (node.type) {
      case 'import_spec': {
        const path = stringValue(node.childForFieldName('path'));
        if (path === null) return;
        const alias = node.childForFieldName('name')?.text;
        const segments = path.split('/');
        const last = /^v\d+$/.test(segments.at(-1) ?? '') ? segments.at(-2) : segments.at(-1);
        // The package name Go code uses by convention: `sentry-go` is `sentry`, `go-resty` `resty`, `yaml.v3` `yaml`.
        const name = last?.replace(/^go-|-go$|\.v\d+$/g, '');
        this.imports.set(alias ?? name ?? path, path);
        return;
      }
      case 'const_spec':
      case 'var_spec':
        this.visitChildren(node);
        if (node.type === 'var_spec') this.declareTypes(node.childrenForFieldName('name'), typeOfValue(node.childForFieldName('type')));
        this.declare(node.childrenForFieldName('name'), node.childForFieldName('value')?.namedChildren ?? [], node.type === 'const_spec' ? 'const' : 'var');
        return;
      case 'short_var_declaration':
      case 'assignment_statement':
        this.visitChildren(node);
        if (node.type === 'assignment_statement' && this.assignPackageVariables(node)) return;
        this.declare(node.childForFieldName('left')?.namedChildren ?? [], node.childForFieldName('right')?.namedChildren ?? [], 'variable');
        this.assignFields(node.childForFieldName('left')?.namedChildren ?? [], node.childForFieldName('right')?.namedChildren ?? []);
        return;
      case 'composite_literal':
        this.visitChildren(node);
        this.structFields(node);
        return;
      case 'function_declaration':
      case 'method_declaration':
      case 'func_literal':
        this.visitFunction(node);
        return;
      case 'call_expression':
        this.visitChildren(node);
        this.visitCall(node);
        return;
      default:
        this.visitChildren(node);
    }
  }

  private visitChildren(node: SyntaxNode): void {
    for (const child of node.namedChildren) this.visit(child);
  }

  private declare(names: SyntaxNode[], values: SyntaxNode[], label: string): void {
    const scope = this.scopes.at(-1);
    // `var addr string` in a function: a local of the zero value, until something sets it (`mustMapEnv(&addr, "ADDR")`).
    if (values.length === 0 && scope && names[0]?.parent?.childForFieldName('type')?.text === 'string') {
      for (const nameNode of names) if (nameNode.type === 'identifier' && nameNode.text !== '_') scope.locals.set(nameNode.text, { kind: 'lit', value: '' });
      return;
    }
    names = valuedNames(names, values);
    // Pair names with values only when counts match.
    if (names.length !== values.length) return;
    names.forEach((nameNode, index) => {
      const valueNode = values[index];
      if (nameNode.type !== 'identifier' || !valueNode || nameNode.text === '_') return;
      const value: Sym = { kind: 'step', label: `${label} ${nameNode.text}`, at: locOf(this.file, nameNode), value: this.evaluate(valueNode, nameNode.text) };
      if (scope) {
        scope.locals.set(nameNode.text, value);
        const type = constructedType(valueNode);
        if (type) scope.types.set(nameNode.text, type);
      } else {
        this.facts.symbols[nameNode.text] = value;
        // Every package-level name is exported to the package's other files (lower-case ones too).
        this.facts.exports[nameNode.text] = { kind: 'ref', module: null, name: nameNode.text, member: [] };
      }
    });
  }

  /**
   * `registryURL = "https://…"` inside a function (`init()`, a setup helper) to a package-level variable: one more value
   * the variable may hold wherever it is read. True when the assignment was one.
   */
  private assignPackageVariables(node: SyntaxNode): boolean {
    const values = node.childForFieldName('right')?.namedChildren ?? [];
    const names = valuedNames(node.childForFieldName('left')?.namedChildren ?? [], values);
    if (this.scopes.length === 0 || names.length !== values.length) return false;
    const isLocal = (name: string): boolean => this.scopes.some((scope) => scope.locals.has(name) || scope.params.includes(name) || scope.receiver?.name === name);
    if (!names.every((name) => name.type === 'identifier' && !isLocal(name.text))) return false;
    names.forEach((nameNode, index) => {
      if (nameNode.text === '_') return;
      const step: Sym = { kind: 'step', label: `assignment to ${nameNode.text}`, at: locOf(this.file, nameNode), value: this.evaluate(values[index]!, nameNode.text) };
      this.facts.symbols[nameNode.text] = withAlternative(this.facts.symbols[nameNode.text], step);
      this.facts.exports[nameNode.text] ??= { kind: 'ref', module: null, name: nameNode.text, member: [] };
    });
    return true;
  }

  /** `&Client{baseURL: os.Getenv("X")}`: each keyed element of a struct literal is the field `Client.baseURL`. */
  private structFields(node: SyntaxNode): void {
    const type = node.childForFieldName('type');
    if (type?.type !== 'type_identifier') return;
    for (const element of node.childForFieldName('body')?.namedChildren ?? []) {
      if (element.type !== 'keyed_element') continue;
      const [keyNode, valueNode] = element.namedChildren;
      const field = keyNode?.namedChildren[0];
      const value = valueNode?.namedChildren[0];
      if (field?.type !== 'identifier' || !value) continue;
      this.setField(`${type.text}.${field.text}`, field, value);
    }
  }

  /** `c.baseURL = …` in a method of `c`'s type. */
  private assignFields(left: SyntaxNode[], right: SyntaxNode[]): void {
    if (left.length !== right.length) return;
    left.forEach((target, index) => {
      const value = right[index];
      if (target.type !== 'selector_expression' || !value) return;
      const owner = this.receiverType(target.childForFieldName('operand'));
      const field = target.childForFieldName('field');
      if (owner && field) this.setField(`${owner}.${field.text}`, field, value);
    });
  }

  private setField(key: string, at: SyntaxNode, valueNode: SyntaxNode): void {
    // The first assignment seen wins: a constructor's value, not a later reset to "".
    if (this.facts.symbols[key]) return;
    this.setFieldValue(key, at, this.evaluate(valueNode, key));
  }

  private setFieldValue(key: string, at: SyntaxNode, value: Sym): void {
    this.facts.symbols[key] = { kind: 'step', label: `field ${key}`, at: locOf(this.file, at), value };
    // Methods in the package's other files read it too (`fe.cartAddr` in handlers.go, set in main.go).
    this.facts.exports[key] ??= { kind: 'ref', module: null, name: key, member: [] };
  }

  private declareTypes(names: SyntaxNode[], type: string | null): void {
    const scope = this.scopes.at(-1);
    if (scope && type) for (const name of names) scope.types.set(name.text, type);
  }

  /** The struct type of a method receiver, a local or a parameter whose type is known (`new(T)`, `&T{…}`, `var x T`, `x *T`), or null. */
  private receiverType(node: SyntaxNode | null): string | null {
    // `c.client` in a method of `Client`: the field's declared type.
    if (node?.type === 'selector_expression') {
      const owner = this.receiverType(node.childForFieldName('operand'));
      return owner ? (this.fieldTypes.get(`${owner}.${node.childForFieldName('field')?.text ?? ''}`) ?? null) : null;
    }
    if (node?.type !== 'identifier') return null;
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const scope = this.scopes[i];
      const typed = scope?.types.get(node.text);
      if (typed) return typed;
      if (scope?.locals.has(node.text) || scope?.params.includes(node.text)) return null;
      if (scope?.receiver?.name === node.text) return scope.receiver.type;
    }
    return null;
  }

  /** `mustMapEnv(&svc.cartAddr, "CART_ADDR")`: the field (or package variable) holds that env var. */
  private envSetterCall(setter: EnvSetter, args: SyntaxNode[]): void {
    const name = stringValue(args[setter.key]);
    if (name !== null) this.storeThrough(args[setter.target], env(name), `assignment to`);
  }

  /**
   * `flag.StringVar(&addr, "addr", "localhost:8080", usage)`, cobra's `cmd.Flags().StringVarP(&addr, "addr", "a",
   * "localhost:8080", usage)`: the variable holds the flag's default unless the command line sets it.
   */
  private flagVarCall(field: string, args: SyntaxNode[]): void {
    const shorthand = field.endsWith('VarP') ? 1 : 0;
    const flagName = stringValue(args[1]) ?? args[1]?.text ?? '?';
    const fallback = args[2 + shorthand];
    if (fallback) this.storeThrough(args[0], { kind: 'step', label: `default of flag -${flagName}`, at: locOf(this.file, fallback), value: this.evaluate(fallback) }, 'flag into');
  }

  /** What `&x` / `&svc.addr` is given to hold, from here on: a field, a local or a package variable. */
  private storeThrough(target: SyntaxNode | undefined, value: Sym, how: string): void {
    if (target?.type !== 'unary_expression' || !target.text.startsWith('&')) return;
    const operand = target.namedChildren[0];
    if (operand?.type === 'selector_expression') {
      const owner = this.receiverType(operand.childForFieldName('operand'));
      const field = operand.childForFieldName('field');
      if (owner && field && !this.facts.symbols[`${owner}.${field.text}`]) this.setFieldValue(`${owner}.${field.text}`, field, value);
    } else if (operand?.type === 'identifier' && this.isLocal(operand.text)) {
      // A local the function declared (`var addr string`): from here on it holds the value.
      const scope = [...this.scopes].reverse().find((candidate) => candidate.locals.has(operand.text));
      scope?.locals.set(operand.text, { kind: 'step', label: `${how} ${operand.text}`, at: locOf(this.file, operand), value });
    } else if (operand?.type === 'identifier') {
      const step: Sym = { kind: 'step', label: `${how} ${operand.text}`, at: locOf(this.file, operand), value };
      this.facts.symbols[operand.text] = withAlternative(this.facts.symbols[operand.text], step);
      this.facts.exports[operand.text] ??= { kind: 'ref', module: null, name: operand.text, member: [] };
    }
  }

  private visitFunction(node: SyntaxNode): void {
    const name = node.childForFieldName('name')?.text ?? 'func';
    const receiverNode = node.childForFieldName('receiver')?.namedChildren[0];
    const receiverType = receiverNode?.childForFieldName('type')?.text.replace(/^\*/, '');
    const receiverName = receiverNode?.childForFieldName('name')?.text;
    const outer = this.scopes.at(-1);
    const key = node.type === 'func_literal' ? `${outer?.key ?? '<package>'}.func` : receiverType ? `${receiverType}.${name}` : name;
    const params: string[] = [];
    const types = new Map<string, string>();
    for (const param of node.childForFieldName('parameters')?.namedChildren ?? []) {
      const type = typeOfValue(param.childForFieldName('type'));
      for (const id of param.childrenForFieldName('name')) {
        params.push(id.text);
        if (type) types.set(id.text, type);
      }
    }
    const scope: Scope = { key, params, locals: new Map(), types };
    if (receiverType && receiverName) scope.receiver = { name: receiverName, type: receiverType };
    this.scopes.push(scope);
    const body = node.childForFieldName('body');
    if (body) this.visit(body);
    this.scopes.pop();
    if (node.type !== 'func_literal') {
      // Every `return` counts: `if u := os.Getenv("X"); u != "" { return u }; return "https://…"` gives both.
      const returned = ownReturns(node).flatMap((statement) => {
        const value = statement.namedChildren[0]?.namedChildren[0];
        // `return nil, err`: no value, the error path.
        return value && value.text !== 'nil' ? [value] : [];
      });
      this.scopes.push(scope);
      const returns = returned.length > 0 ? alt(returned.map((value) => this.evaluate(value))) : null;
      this.scopes.pop();
      this.facts.symbols[key] = { kind: 'fn', name: key, params, returns };
      // Methods too (`catalog.fetch`): a call on a value of that type in another file of the package may be a wrapper's.
      this.facts.exports[receiverType ? key : name] = { kind: 'ref', module: null, name: key, member: [] };
    }
  }

  /** `http.Get` → `net/http.Get`; `resty.New` → `github.com/go-resty/resty/v2.New`. */
  private qualified(node: SyntaxNode): string | null {
    if (node.type !== 'selector_expression') return null;
    const operand = node.childForFieldName('operand');
    if (operand?.type !== 'identifier' || this.isLocal(operand.text)) return null;
    const path = this.imports.get(operand.text);
    return path ? `${path}.${node.childForFieldName('field')?.text ?? ''}` : null;
  }

  private isLocal(name: string): boolean {
    return this.scopes.some((s) => s.locals.has(name) || s.params.includes(name));
  }

  private visitCall(node: SyntaxNode): void {
    const callee = node.childForFieldName('function');
    const args = node.childForFieldName('arguments')?.namedChildren ?? [];
    const setter = callee?.type === 'identifier' && !this.isLocal(callee.text) ? this.envSetters.get(callee.text) : undefined;
    if (setter) this.envSetterCall(setter, args);
    if (callee && args.length > 0) this.pushInvocation(node, callee, args);
    if (callee?.type !== 'selector_expression') return;
    const qualified = this.qualified(callee);
    const field = callee.childForFieldName('field')?.text ?? '';
    if (FLAG_VAR_FUNCTIONS.has(field) && (qualified?.startsWith('flag.') || isFlagSet(callee.childForFieldName('operand')))) this.flagVarCall(field, args);
    const dialTarget = qualified?.startsWith('google.golang.org/grpc.') && Object.hasOwn(grpcDialFunctions, field) ? grpcDialFunctions[field] : undefined;
    if (dialTarget !== undefined) {
      // A gRPC connection is HTTP/2 to its target (`host:port`, or `dns:///host:port`): the connection is the integration point.
      const target = args[dialTarget];
      if (target) this.facts.calls.push(this.fact('client-config', target, 'gRPC', null, target, grpcTarget(this.evaluate(target))));
      return;
    }
    // Dapr: `client.InvokeMethod(ctx, "ledger", "entries", "get")` (also WithContent / WithCustomContent) is a request to that app.
    if (DAPR_INVOCATIONS.has(field) && args[1] && args[2] && [...this.imports.values()].some((path) => path.startsWith('github.com/dapr/go-sdk'))) {
      const verb = args[3] ? (staticText(this.evaluate(args[3]), this.facts.symbols)?.toUpperCase() ?? null) : null;
      this.facts.calls.push(this.fact('call', node, 'Dapr', verb, args[1], concat([lit('http://'), this.evaluate(args[1]), lit('/'), this.evaluate(args[2])])));
      return;
    }
    const sdk = qualified ? own(GO_SDKS, qualified) : undefined;
    if (sdk && qualified) {
      this.sdkEndpoint(node, sdk, qualified.slice(0, qualified.lastIndexOf('.')), args);
      return;
    }
    if (qualified?.startsWith('net/http.')) {
      if (field in httpFunctions) this.addCall(node, 'net/http', httpFunctions[field] ?? null, args[0] ?? null);
      else if (field === 'NewRequest' || field === 'NewRequestWithContext') {
        const offset = field === 'NewRequest' ? 0 : 1;
        this.addCall(node, 'net/http', methodOf(args[offset]), args[offset + 1] ?? null);
      }
      return;
    }
    if (qualified) return;
    const operand = callee.childForFieldName('operand');
    if (!operand) return;
    if ((field === 'SetBaseURL' || field === 'SetHostURL') && args[0]) {
      this.facts.calls.push(this.fact('client-config', args[0], 'resty', null, args[0], this.evaluate(args[0])));
      return;
    }
    if (!(field in clientMethods)) return;
    // resty: `client.R().Get(url)` / `resty.New().R().SetBody(b).Post(url)`.
    const request = restyRequest(operand);
    if (request) {
      const clientNode = request.childForFieldName('function')?.childForFieldName('operand');
      const receiver = clientNode ? this.evaluate(clientNode) : undefined;
      this.addCall(node, 'resty', clientMethods[field] ?? null, args[0] ?? null, receiver);
      return;
    }
    const receiver = this.evaluate(operand);
    const bare = receiver.kind === 'step' ? receiver.value : receiver;
    if (bare.kind === 'client') this.addCall(node, bare.client, clientMethods[field] ?? null, args[0] ?? null, receiver);
    else if ((bare.kind === 'param' || bare.kind === 'ref') && args[0] && /client|http/i.test(operand.text)) {
      this.addCall(node, 'instance', clientMethods[field] ?? null, args[0], receiver);
    }
  }

  /**
   * A call of a function of the package (`getJSON(url, &out)`) or a method on a value of known type (`cat.fetch("/items")`):
   * the resolver follows it when the function passes a parameter into a request's URL (a wrapper).
   */
  private pushInvocation(node: SyntaxNode, callee: SyntaxNode, args: SyntaxNode[]): void {
    let target: Sym | null = null;
    if (callee.type === 'identifier' && !this.isLocal(callee.text) && !goBuiltins.has(callee.text)) {
      target = { kind: 'ref', module: this.fileNames.has(callee.text) ? null : SAME_PACKAGE, name: callee.text, member: [] };
    } else if (callee.type === 'selector_expression') {
      const operand = callee.childForFieldName('operand');
      const field = callee.childForFieldName('field')?.text ?? '';
      // A function of another package of the project (`dialer.Dial(name)`, `api.GetJSON(url)`); the standard library's are never wrappers.
      const path = operand?.type === 'identifier' && !this.isLocal(operand.text) ? this.imports.get(operand.text) : undefined;
      if (path !== undefined) {
        if (!isStandardLibrary(path)) target = { kind: 'ref', module: path, name: field, member: [] };
      } else {
        const owner = this.receiverType(operand);
        // A method of another package's type (`web.HTTPClient`): that package's `HTTPClient.GetJSON`.
        const dot = owner?.indexOf('.') ?? -1;
        const ownerPath = owner && dot > 0 ? this.imports.get(owner.slice(0, dot)) : undefined;
        if (owner && ownerPath !== undefined) {
          if (!isStandardLibrary(ownerPath)) target = { kind: 'ref', module: ownerPath, name: `${owner.slice(dot + 1)}.${field}`, member: [] };
        } else if (owner && dot < 0) {
          const key = `${owner}.${field}`;
          target = { kind: 'ref', module: this.methods.has(key) ? null : SAME_PACKAGE, name: key, member: [] };
        }
      }
    }
    if (!target) return;
    const scope = this.scopes.at(-1);
    const invocation: Invocation = {
      loc: locOf(this.file, node), callee: target, args: args.map((arg) => this.evaluate(arg)), expression: snippet(node.text),
      enclosing: scope?.key ?? '<package>', calleeText: snippet(callee.text), argTexts: args.map((arg) => snippet(arg.text)),
    };
    if (scope) invocation.fn = scope.key;
    this.facts.invocations.push(invocation);
  }

  private addCall(node: SyntaxNode, client: string, method: string | null, urlNode: SyntaxNode | null, receiver?: Sym): void {
    const fact = this.fact('call', node, client, method, urlNode, urlNode ? this.evaluate(urlNode) : null);
    if (receiver) fact.receiver = receiver;
    this.facts.calls.push(fact);
  }

  private fact(kind: CallFact['kind'], at: SyntaxNode, client: string, method: string | null, urlNode: SyntaxNode | null, url: Sym | null): CallFact {
    const scope = this.scopes.at(-1);
    const fact: CallFact = { kind, loc: locOf(this.file, at), client, method, expression: snippet(urlNode?.text ?? ''), url, enclosing: scope?.key ?? '<package>' };
    if (scope) fact.fn = scope.key;
    return fact;
  }

  private evaluate(node: SyntaxNode, nameHint?: string): Sym {
    switch (node.type) {
      case 'interpreted_string_literal':
      case 'raw_string_literal':
        return lit(stringValue(node) ?? '');
      case 'int_literal':
        return lit(node.text);
      case 'parenthesized_expression':
        return node.namedChildren[0] ? this.evaluate(node.namedChildren[0]) : unknown(node.text);
      case 'binary_expression': {
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right');
        if (left && right && node.childForFieldName('operator')?.text === '+') return concat([this.evaluate(left), this.evaluate(right)]);
        return unknown(node.text);
      }
      case 'identifier': {
        for (let i = this.scopes.length - 1; i >= 0; i--) {
          const scope = this.scopes[i];
          const local = scope?.locals.get(node.text);
          if (local) return local;
          const index = scope?.params.indexOf(node.text) ?? -1;
          if (index >= 0 && i === this.scopes.length - 1) return { kind: 'param', index, name: node.text, member: [] };
        }
        // Not declared in this file: a package-level name of another file of the same package (directory).
        if (!this.fileNames.has(node.text) && !goPredeclared.has(node.text)) return { kind: 'ref', module: SAME_PACKAGE, name: node.text, member: [] };
        return { kind: 'ref', module: null, name: node.text, member: [] };
      }
      case 'selector_expression': {
        const operand = node.childForFieldName('operand');
        const field = node.childForFieldName('field')?.text ?? '';
        if (operand?.type === 'identifier' && !this.isLocal(operand.text)) {
          const path = this.imports.get(operand.text);
          if (path === 'net/http' && field === 'DefaultClient') return this.client('net/http', null, node, nameHint);
          if (path) return { kind: 'ref', module: path, name: field, member: [] };
        }
        const owner = this.receiverType(operand);
        const dot = owner?.indexOf('.') ?? -1;
        // A struct of another package (`cfg *config.Config`): its field as that package declares it.
        if (owner && dot > 0) {
          const path = this.imports.get(owner.slice(0, dot));
          return path ? { kind: 'ref', module: path, name: `${owner.slice(dot + 1)}.${field}`, member: [] } : unknown(node.text);
        }
        // A field this file never sets is set in another file of the package (main.go's setup, a constructor).
        if (owner) return this.facts.symbols[`${owner}.${field}`] ?? { kind: 'ref', module: this.fieldsSetHere.has(field) ? null : SAME_PACKAGE, name: `${owner}.${field}`, member: [] };
        const base = operand ? this.evaluate(operand) : unknown(node.text);
        if (base.kind === 'ref' || base.kind === 'param') return { ...base, member: [...base.member, field] };
        // A field of a struct value (`cfg.ProductClient.URL`, see `envConfigStructs`).
        const object = withoutSteps(base);
        if (object.kind === 'object' && Object.hasOwn(object.props, field)) return object.props[field]!;
        // A field of what a function returns (`cfg, err := config.Load()`, then `cfg.InventoryHost`).
        if (object.kind === 'call') return { ...object, member: [...(object.member ?? []), field] };
        return unknown(node.text);
      }
      case 'unary_expression':
        return node.namedChildren[0] ? this.evaluate(node.namedChildren[0], nameHint) : unknown(node.text);
      case 'composite_literal': {
        const type = node.childForFieldName('type')?.text ?? '';
        if (type === 'http.Client') return this.client('net/http', null, node, nameHint);
        // `&Config{}` that a library then fills from the environment (see `envConfigStructs`).
        if (this.envStructs.has(type)) return { kind: 'ref', module: null, name: type, member: [] };
        return unknown(node.text);
      }
      case 'call_expression':
        return this.callValue(node, nameHint);
      default:
        return unknown(node.text);
    }
  }

  /** An SDK constructor's endpoint (see GO_SDKS): the option or field that sets it, else the variable the SDK reads. */
  private sdkEndpoint(node: SyntaxNode, sdk: GoSdk, packagePath: string, args: readonly SyntaxNode[]): void {
    for (const argument of args) {
      // `otlptracehttp.WithEndpoint(addr)` among the options.
      const option = argument.type === 'call_expression' ? argument.childForFieldName('function') : null;
      const optionName = option ? this.qualified(option) : null;
      if (optionName?.startsWith(`${packagePath}.`)) {
        const name = optionName.slice(packagePath.length + 1);
        const value = argument.childForFieldName('arguments')?.namedChildren[0];
        if (name === 'WithGRPCConn' || name === 'WithHTTPClient') return; // a connection made (and reported) elsewhere
        if (sdk.options?.includes(name) && value) {
          const endpoint = this.evaluate(value);
          this.facts.calls.push(this.fact('client-config', argument, sdk.client, null, value, sdk.grpc && name === 'WithEndpoint' ? grpcTarget(endpoint) : endpoint));
          return;
        }
      }
      // `sentry.ClientOptions{Dsn: dsn}`.
      for (const element of argument.type === 'composite_literal' ? (argument.childForFieldName('body')?.namedChildren ?? []) : []) {
        const [keyNode, valueNode] = element.type === 'keyed_element' ? element.namedChildren : [];
        const value = valueNode?.namedChildren[0];
        if (sdk.field && keyNode?.text === sdk.field && value) {
          this.facts.calls.push(this.fact('client-config', element, sdk.client, null, value, this.evaluate(value)));
          return;
        }
      }
    }
    // Options passed on from elsewhere (`New(ctx, opts...)`) may set it; the variable is what the SDK reads otherwise.
    if (sdk.fromEnv === undefined) return;
    const fact = this.fact('client-config', node, sdk.client, null, null, env(sdk.fromEnv));
    this.facts.calls.push({ ...fact, expression: `(no endpoint: ${sdk.fromEnv} from the environment)` });
  }

  private client(client: string, base: SyntaxNode | null, at: SyntaxNode, nameHint?: string): Sym {
    return { kind: 'client', client, base: base ? this.evaluate(base) : null, at: locOf(this.file, base ?? at), label: nameHint ?? client };
  }

  private callValue(node: SyntaxNode, nameHint?: string): Sym {
    const callee = node.childForFieldName('function');
    const args = node.childForFieldName('arguments')?.namedChildren ?? [];
    if (!callee) return unknown(node.text);
    const qualified = this.qualified(callee);
    // `os.LookupEnv` too: its first result is the value (`host, ok := os.LookupEnv("HOST")`).
    if ((qualified === 'os.Getenv' || qualified === 'os.LookupEnv') && args[0]) {
      const name = stringValue(args[0]);
      return name === null ? unknown(node.text) : env(name);
    }
    if (qualified === 'fmt.Sprintf' && args[0]) {
      const template = stringValue(args[0]) ?? staticText(this.evaluate(args[0]), this.facts.symbols);
      const rest = args.slice(1);
      if (template !== null) return formatTemplate(template, /%[-+# 0]*\d*(?:\.\d+)?[svdq]/, (_m, i) => (rest[i] ? this.evaluate(rest[i]) : null));
    }
    // `flag.String("addr", "localhost:8080", usage)`: a pointer to the flag's value, its default unless the command line sets it.
    if (qualified !== null && FLAG_FUNCTIONS.has(qualified) && args[1]) {
      return { kind: 'step', label: `default of flag -${stringValue(args[0]) ?? args[0]?.text ?? '?'}`, at: locOf(this.file, args[1]), value: this.evaluate(args[1]) };
    }
    if (qualified === 'net.JoinHostPort' && args[0] && args[1]) return concat([this.evaluate(args[0]), lit(':'), this.evaluate(args[1])]);
    if ((qualified === 'strconv.Itoa' || qualified === 'strconv.FormatInt') && args[0]) return this.evaluate(args[0]);
    if ((qualified === 'net/url.JoinPath') && args[0]) {
      return { kind: 'url', base: this.evaluate(args[0]), path: concat(args.slice(1).flatMap((a) => [lit('/'), this.evaluate(a)])) };
    }
    if (qualified?.endsWith('resty/v2.New') || qualified?.endsWith('resty.New')) return this.client('resty', null, node, nameHint);
    if (callee.type === 'selector_expression') {
      const field = callee.childForFieldName('field')?.text;
      const operand = callee.childForFieldName('operand');
      if ((field === 'SetBaseURL' || field === 'SetHostURL') && args[0]) return this.client('resty', args[0], node, nameHint);
      if (field?.startsWith('Set') && operand) return this.evaluate(operand, nameHint);
    }
    if (qualified?.startsWith('strings.')) return unknown(node.text);
    return { kind: 'call', callee: this.evaluate(callee), args: args.map((a) => this.evaluate(a)) };
  }
}

/** The standard library's flag constructors that return a pointer to the value (`flag.String(name, default, usage)`). */
/** Dapr client methods that invoke another app's method, `(ctx, appID, methodName, verb, …)`: requests to that app. */
const DAPR_INVOCATIONS: ReadonlySet<string> = new Set(['InvokeMethod', 'InvokeMethodWithContent', 'InvokeMethodWithCustomContent']);

const FLAG_FUNCTIONS: ReadonlySet<string> = new Set(['flag.String', 'flag.Int', 'flag.Int64', 'flag.Uint', 'flag.Duration']);
/** Flag functions that store into a variable (`flag.StringVar(&v, name, default, usage)`; pflag/cobra's `…VarP` add a shorthand). */
const FLAG_VAR_FUNCTIONS: ReadonlySet<string> = new Set(['StringVar', 'StringVarP', 'IntVar', 'IntVarP', 'Int64Var', 'Int64VarP', 'UintVar', 'UintVarP']);

/** A flag set of cobra/pflag (`cmd.Flags()`, `rootCmd.PersistentFlags()`) or the standard library's (`fs := flag.NewFlagSet(…)`, by name). */
function isFlagSet(node: SyntaxNode | null): boolean {
  if (!node) return false;
  if (node.type === 'call_expression') return /(?:^|\.)(?:Persistent|Local)?Flags$/.test(node.childForFieldName('function')?.text ?? '');
  return node.type === 'identifier' && /^(?:fs|flags|flagSet)$/i.test(node.text);
}

/** Module specifier for "another file of this package" (the Go resolver looks in the same directory). */
export const SAME_PACKAGE = '.';
const goPredeclared = new Set(['nil', 'true', 'false', 'iota', 'err', 'ctx', 'string', 'int', 'len', 'append', 'make', 'new', 'cap', 'error']);
/** An import path of Go's standard library (`net/http`, `encoding/json`): its first element has no dot, unlike a module path's host. */
function isStandardLibrary(path: string): boolean {
  const first = path.split('/')[0] ?? '';
  return !first.includes('.') && STANDARD_LIBRARY_ROOTS.has(first);
}
const STANDARD_LIBRARY_ROOTS = new Set([
  'archive', 'bufio', 'bytes', 'cmp', 'compress', 'container', 'context', 'crypto', 'database', 'debug', 'embed', 'encoding', 'errors',
  'expvar', 'flag', 'fmt', 'go', 'hash', 'html', 'image', 'index', 'io', 'iter', 'log', 'maps', 'math', 'mime', 'net', 'os', 'path',
  'plugin', 'reflect', 'regexp', 'runtime', 'slices', 'sort', 'strconv', 'strings', 'sync', 'syscall', 'testing', 'text', 'time',
  'unicode', 'unique', 'unsafe',
]);
/** Built-in functions and conversions: never wrappers. */
const goBuiltins = new Set(['len', 'append', 'make', 'new', 'cap', 'copy', 'delete', 'close', 'panic', 'recover', 'print', 'println', 'min', 'max', 'clear', 'string', 'int', 'int64', 'float64', 'byte', 'rune', 'error']);

/**
 * The names an assignment gives values: `cfg, err := config.Load()` and `host, ok = os.LookupEnv("HOST")` give the
 * first name the call's value (Go returns the value before the error or the flag); otherwise all of them.
 */
function valuedNames(names: SyntaxNode[], values: SyntaxNode[]): SyntaxNode[] {
  return names.length > 1 && values.length === 1 && values[0]?.type === 'call_expression' ? names.slice(0, 1) : names;
}

/** A struct type named by a declaration's type (`T`, `*T`), or null for other types. */
function structType(node: SyntaxNode | null): string | null {
  if (!node) return null;
  const named = node.type === 'pointer_type' ? node.namedChildren[0] : node;
  return named?.type === 'type_identifier' ? named.text : null;
}

/** `structType`, or a struct of another package as written (`config.Config` for `*config.Config`). */
function typeOfValue(node: SyntaxNode | null): string | null {
  const named = node?.type === 'pointer_type' ? node.namedChildren[0] : node;
  return named?.type === 'qualified_type' ? named.text : structType(node);
}

/** The struct type a value constructs: `new(T)`, `&T{…}`, `T{…}`; null otherwise. */
function constructedType(node: SyntaxNode): string | null {
  const value = node.type === 'unary_expression' && node.text.startsWith('&') ? node.namedChildren[0] : node;
  if (value?.type === 'composite_literal') return typeOfValue(value.childForFieldName('type'));
  if (value?.type === 'call_expression' && value.childForFieldName('function')?.text === 'new') {
    const argument = value.childForFieldName('arguments')?.namedChildren[0];
    return argument ? structType(argument) : null;
  }
  return null;
}

/**
 * Whether a function stores an env var through a pointer parameter: `*target = v` (or `= os.Getenv(key)`) where `v` comes
 * from `os.Getenv(key)` / `os.LookupEnv(key)` of a string parameter. Which parameter is the pointer and which the name.
 */
function envSetter(node: SyntaxNode): EnvSetter | null {
  const params: { name: string; pointer: boolean }[] = [];
  for (const param of node.childForFieldName('parameters')?.namedChildren ?? []) {
    const pointer = param.childForFieldName('type')?.type === 'pointer_type';
    for (const id of param.childrenForFieldName('name')) params.push({ name: id.text, pointer });
  }
  const body = node.childForFieldName('body');
  if (!body || params.length < 2) return null;
  let key = -1;
  for (const call of body.descendantsOfType('call_expression')) {
    if (!/^os\.(?:Getenv|LookupEnv)$/.test(call.childForFieldName('function')?.text ?? '')) continue;
    const argument = call.childForFieldName('arguments')?.namedChildren[0]?.text;
    key = params.findIndex((param) => param.name === argument);
    if (key >= 0) break;
  }
  if (key < 0) return null;
  for (const assignment of body.descendantsOfType('assignment_statement')) {
    const left = assignment.childForFieldName('left')?.namedChildren[0];
    if (left?.type !== 'unary_expression' || !left.text.startsWith('*')) continue;
    const target = params.findIndex((param) => param.pointer && param.name === left.namedChildren[0]?.text);
    if (target >= 0 && target !== key) return { target, key };
  }
  return null;
}

function stringValue(node: SyntaxNode | null | undefined): string | null {
  if (!node) return null;
  if (node.type === 'raw_string_literal') return node.text.slice(1, -1);
  if (node.type !== 'interpreted_string_literal') return null;
  return decodeEscapes(node.text.slice(1, -1));
}

/** The `x.R()` call a resty request chain starts from, through request setters (`.SetBody(b)`, `.SetHeader(…)`); null if none. */
function restyRequest(operand: SyntaxNode): SyntaxNode | null {
  let current: SyntaxNode | null = operand;
  while (current?.type === 'call_expression') {
    const callee = current.childForFieldName('function');
    const name = callee?.type === 'selector_expression' ? callee.childForFieldName('field')?.text : undefined;
    if (name === 'R') return current;
    if (!name?.startsWith('Set')) return null;
    current = callee?.childForFieldName('operand') ?? null;
  }
  return null;
}

function methodOf(node: SyntaxNode | undefined): string | null {
  if (!node) return null;
  const literal = stringValue(node);
  if (literal !== null) return literal.toUpperCase();
  const match = /^http\.Method(\w+)$/.exec(node.text);
  return match?.[1]?.toUpperCase() ?? null;
}

export const goExtractor: SourceExtractor = {
  languages: ['go'],
  extract(file: string, content: string, language: Language, options?: ExtractOptions): Promise<FileFacts> {
    return extractWithTreeSitter({
      file, content, language, force: options?.force === true, grammar: 'go', worthParsing,
      visit: (root, facts) => new GoFileVisitor(file, facts).run(root),
    });
  },
};
