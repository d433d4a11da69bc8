/**
 * One pass over a TS/JS syntax tree (no type checker): finds HTTP calls and client configurations,
 * plain-function invocations that may be wrappers, top-level symbols and exports, as symbolic values.
 * Scoping is deliberately simple (one scope per function, no block scopes): enough for URL values.
 */
import type { ts } from 'ts-morph';
import { syntax as typescript } from './compiler.js';
import { ANY_MEMBER, type CallFact, type FileFacts, type Invocation, type Loc, type Sym } from '../../model.js';
import { CLIENT_LIBRARIES, clientExport, ENV_LOADERS, FETCHER_CALLERS, GLOBAL_CLIENTS, GLOBAL_OBJECT_CLIENTS, GRPC_CHANNEL_CREDENTIALS, INJECT_FUNCTIONS, INJECTED_BY_NAME, INJECTED_CLASS_MODULES, INSTANCE_VERBS, JQUERY, own, PAGE_GLOBALS, REWRITE_CONFIG_FILES, toolConfigFile, type CallForm, type ClientLibrary } from './clients.js';
import { envObject, envObjectMember, formatTemplate, grpcTarget, lit, trimSlashes, withAlternative, withoutSteps } from '../facts.js';
import { CONSTRUCTED, CONSTRUCTOR_ARGUMENT } from '../jvm/http-interfaces.js';

interface ImportBinding {
  module: string;
  /** `default`, `*` (namespace / CommonJS require) or the imported name. */
  imported: string;
}

type VarEntry =
  /** A parameter of the keyed function in effect: becomes a `param` Sym. */
  | { kind: 'param'; index: number; name: string; member: string[]; rest?: true; fallback?: () => Sym | undefined }
  /** A value we cannot know from syntax (parameter of an anonymous callback, loop variable). */
  | { kind: 'opaque'; name: string }
  | { kind: 'local'; name: string; at: Loc; compute: () => Sym; memo?: Sym; busy?: boolean; label?: string; assigned?: { at: Loc; compute: () => Sym }[] };

interface Scope {
  parent: Scope | null;
  vars: Map<string, VarEntry>;
  /** Key (in FileFacts.symbols) of the named function whose params `param` Syms refer to. */
  fnKey: string | null;
  enclosing: string;
  className: string | null;
  /** Return values, collected only for the keyed function's own scope. */
  returns: Sym[] | null;
  /** `(child) => visit(child, this scope)`, made once per scope rather than once per node visited. */
  visitChild?: ((child: ts.Node) => void) | undefined;
  /**
   * Properties this scope writes on a parameter, a local or a plain function's `this` (`$scope.url = '/api/x'`), by
   * `owner.property`: what a later read of the property holds (the last write).
   */
  written?: Map<string, Sym>;
}

type CalleeKind =
  | { type: 'library-call'; library: ClientLibrary; form: CallForm; method?: string }
  | { type: 'factory'; library: ClientLibrary; baseProp: string }
  | { type: 'config-urls'; library: ClientLibrary; paths: string[]; defaultBaseUrls: string[] }
  | { type: 'global'; client: string; form: CallForm; method?: string }
  | { type: 'instance'; receiver: ts.Expression; verb: string }
  /** Playwright's `route.fetch(options?)` in a route handler (see `declarePlaywrightRoute`). */
  | { type: 'route-fetch'; receiver: ts.Expression; pattern: string }
  | null;

/** How many elements of a spread rest parameter are passed on as arguments (`(...args) => callApi(...args)`). */
const REST_ELEMENTS = 4;

/** Modules a file imports Playwright from: the test runner and the library. */
const PLAYWRIGHT_MODULES: ReadonlySet<string> = new Set(['@playwright/test', 'playwright', 'playwright-core', '@playwright/experimental-ct-react', '@playwright/experimental-ct-vue']);

/**
 * The URL a Playwright route pattern matches, up to its first wildcard (`'**\/api/**'` → `/api/`,
 * `'https://api.example.org/v1/*'` → `https://api.example.org/v1/`). A pattern that fixes no part of the URL
 * (`'**\/*'`), a regular expression or a predicate is unknown.
 */
function routePatternBase(pattern: ts.Expression): Sym {
  const expression = skipOuter(pattern);
  if (!typescript.isStringLiteralLike(expression)) return unknown('URL matched by the route');
  const fixed = expression.text.replace(/^\*\*(?=\/)/, '').split(/[*?{[]/)[0] ?? '';
  return fixed.length > 1 ? { kind: 'lit', value: fixed } : unknown(`URL matched by '${expression.text}'`);
}

/** Playwright's test functions, whose callbacks receive the fixtures (`test`, `test.describe`, `test.beforeAll`, `setup`). */
const PLAYWRIGHT_TEST_FUNCTIONS: ReadonlySet<string> = new Set(['test', 'setup']);

/** `xhr = new XMLHttpRequest(`, `const xhr = new window.XMLHttpRequest(`, `private xhr = new XMLHttpRequest(`, `this.xhr = …`. */
const XHR_ASSIGNMENT = /(this\s*\.\s*)?([\w$]+)\s*(?::\s*XMLHttpRequest\s*)?=\s*new\s+(?:(?:window|globalThis|self)\s*\.\s*)?XMLHttpRequest\b/g;

/** The receivers (`xhr`, `this.xhr`) a file assigns an XMLHttpRequest; a class field (`private xhr = new …`) is a `this.` one too. */
function xhrNamesOf(text: string): Set<string> {
  const names = new Set<string>();
  if (!text.includes('XMLHttpRequest')) return names;
  for (const match of text.matchAll(XHR_ASSIGNMENT)) {
    names.add(`this.${match[2]!}`);
    if (match[1] === undefined) names.add(match[2]!);
  }
  return names;
}

/** `name` or `this.name` as written, for values tracked by name within a file; null for any other expression. */
function assignedName(node: ts.Expression): string | null {
  if (typescript.isIdentifier(node)) return node.text;
  if (typescript.isPropertyAccessExpression(node) && node.expression.kind === typescript.SyntaxKind.ThisKeyword) return `this.${node.name.text}`;
  return null;
}

/** A call fact as the walker builds it (the location and enclosing symbol are added by `pushCall`). */
type RequestFact = Omit<CallFact, 'loc' | 'enclosing' | 'fn'>;

type FunctionNode =
  | ts.FunctionDeclaration
  | ts.FunctionExpression
  | ts.ArrowFunction
  | ts.MethodDeclaration
  | ts.ConstructorDeclaration
  | ts.GetAccessorDeclaration
  | ts.SetAccessorDeclaration;

/** Kinds below this are tokens: identifiers, literals, keywords, punctuation (leaves of the tree). */
const { FirstNode } = typescript.SyntaxKind;

/** k6's global environment object (`__ENV.BASE_URL`). */
const K6_ENV = '__ENV';
/** Modifiers that make a constructor parameter a field too (`constructor(private readonly api: Api)`). */
const PARAMETER_PROPERTY_MODIFIERS = [typescript.SyntaxKind.PublicKeyword, typescript.SyntaxKind.PrivateKeyword, typescript.SyntaxKind.ProtectedKeyword, typescript.SyntaxKind.ReadonlyKeyword];
/** `undefined`, `void`, `never` in a union type: they add no class. */
const NULLISH_TYPES: ReadonlySet<ts.SyntaxKind> = new Set([typescript.SyntaxKind.UndefinedKeyword, typescript.SyntaxKind.VoidKeyword, typescript.SyntaxKind.NeverKeyword]);
const MAX_EXPRESSION = 120;
const MAX_SYM_DEPTH = 150;

function isFunctionNode(node: ts.Node): node is FunctionNode {
  return (
    typescript.isFunctionDeclaration(node) ||
    typescript.isFunctionExpression(node) ||
    typescript.isArrowFunction(node) ||
    typescript.isMethodDeclaration(node) ||
    typescript.isConstructorDeclaration(node) ||
    typescript.isGetAccessorDeclaration(node) ||
    typescript.isSetAccessorDeclaration(node)
  );
}

/** Strip wrappers that do not change the value: parens, `as`, `!`, `satisfies`, `await`. */
/**
 * The body of a module wrapper: a function expression called at once as a whole top-level statement
 * (`(function () { 'use strict'; var request = require('request'); … }());`, `(() => { … })()`, `!function ($) { … }(jQuery)`,
 * `(function () { … }).call(this)`), as older CommonJS and browser code scopes a file. Its statements are the module's:
 * its `require`s are imports, its functions the file's. Null for any other statement.
 */
function moduleWrapperBody(statement: ts.Statement): readonly ts.Statement[] | null {
  if (!typescript.isExpressionStatement(statement)) return null;
  let expression = skipOuter(statement.expression);
  if (typescript.isPrefixUnaryExpression(expression)) expression = skipOuter(expression.operand);
  else if (typescript.isVoidExpression(expression)) expression = skipOuter(expression.expression);
  if (!typescript.isCallExpression(expression)) return null;
  let callee = skipOuter(expression.expression);
  // `(function () { … }).call(this)`
  if (typescript.isPropertyAccessExpression(callee) && (callee.name.text === 'call' || callee.name.text === 'apply')) callee = skipOuter(callee.expression);
  if (!(typescript.isFunctionExpression(callee) || typescript.isArrowFunction(callee)) || !typescript.isBlock(callee.body)) return null;
  // What a wrapper is given is a global or `this` (`window`, `jQuery`), never a computed value.
  if (!expression.arguments.every((argument) => typescript.isIdentifier(argument) || argument.kind === typescript.SyntaxKind.ThisKeyword)) return null;
  return callee.body.statements;
}

/** Top-level statements with module wrappers replaced by their bodies (nested wrappers too, a few deep). */
function moduleStatements(statements: readonly ts.Statement[], depth = 0): readonly ts.Statement[] {
  if (depth > 2 || !statements.some((statement) => moduleWrapperBody(statement) !== null)) return statements;
  return statements.flatMap((statement) => {
    const body = moduleWrapperBody(statement);
    return body ? moduleStatements(body, depth + 1) : [statement];
  });
}

function skipOuter(node: ts.Expression): ts.Expression {
  let current = node;
  for (;;) {
    if (
      typescript.isParenthesizedExpression(current) ||
      typescript.isAsExpression(current) ||
      typescript.isNonNullExpression(current) ||
      typescript.isSatisfiesExpression(current) ||
      typescript.isTypeAssertionExpression(current) ||
      typescript.isAwaitExpression(current)
    ) {
      current = current.expression;
    } else return current;
  }
}

function propertyNameText(name: ts.PropertyName | ts.BindingName): string | null {
  if (typescript.isIdentifier(name) || typescript.isStringLiteral(name) || typescript.isNumericLiteral(name) || typescript.isPrivateIdentifier(name)) return name.text;
  return null;
}

/** Relative specifiers and the `@/`, `~/` aliases name project files; anything else is a package. */
function isProjectSpecifier(specifier: string): boolean {
  return specifier.startsWith('.') || specifier.startsWith('@/') || specifier.startsWith('~/') || specifier.startsWith('/');
}

/**
 * A bare specifier that may be the project's own mapping rather than a package (tsconfig `paths`, a bundler alias,
 * package.json `imports`, a workspace package), which only the resolver can tell: a `#` import, a name npm would refuse
 * (`@commonServices/ApiClientService`: npm names are lower-case), or — for a call that passes a path in a string
 * (`api.get(`/tax-classes/${id}`)`, `callApi('/orders')`) — any bare name but Node's own modules. A call kept so is an
 * invocation the resolver drops when the specifier names no project file.
 */
function mayBeProjectMapping(specifier: string, args: readonly ts.Expression[], holdsPath?: (argument: ts.Expression) => boolean): boolean {
  if (specifier.startsWith('#')) return true;
  const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : (specifier.split('/')[0] ?? '');
  if (name !== name.toLowerCase()) return true;
  if (specifier.startsWith('node:') || NODE_MODULES.has(name)) return false;
  return args.some((argument) => PATH_IN_STRING.test(argument.getText()) || holdsPath?.(argument) === true);
}

/** A name that says it holds a URL (`TOKEN_URL`, `Endpoints.revoke`'s `revokeUrl`, `subscription.url`, `apiBase`). */
const URL_NAME = /(?:url|uri|endpoint|href|base|host)$/i;

/** A parameter default that may hold a URL: an expression other than a number, boolean, object, array, function or `null`/`undefined`. */
function mayHoldUrl(expression: ts.Expression): boolean {
  const inner = skipOuter(expression);
  if (typescript.isNumericLiteral(inner) || typescript.isObjectLiteralExpression(inner) || typescript.isArrayLiteralExpression(inner) || typescript.isArrowFunction(inner) || typescript.isFunctionExpression(inner)) return false;
  if (inner.kind === typescript.SyntaxKind.TrueKeyword || inner.kind === typescript.SyntaxKind.FalseKeyword || inner.kind === typescript.SyntaxKind.NullKeyword) return false;
  return !(typescript.isIdentifier(inner) && inner.text === 'undefined');
}

/** A string literal or template holding a `/`. */
const PATH_IN_STRING = /(['"`])[^'"`\n]*\/[^'"`\n]*\1|`[^`]*\/[^`]*`/;
const NODE_MODULES: ReadonlySet<string> = new Set([
  'assert', 'buffer', 'child_process', 'crypto', 'dns', 'events', 'fs', 'fs/promises', 'http', 'http2', 'https', 'net', 'os', 'path', 'process',
  'querystring', 'readline', 'stream', 'string_decoder', 'timers', 'tls', 'url', 'util', 'v8', 'vm', 'worker_threads', 'zlib',
]);

/** `a + 1`, `1 + a`: a number added to something that is not text (a string or template on either side makes it text). */
function isArithmetic(left: ts.Expression, right: ts.Expression): boolean {
  const isText = (node: ts.Expression): boolean => {
    const inner = skipOuter(node);
    return typescript.isStringLiteralLike(inner) || typescript.isTemplateExpression(inner) || (typescript.isBinaryExpression(inner) && inner.operatorToken.kind === typescript.SyntaxKind.PlusToken && (isText(inner.left) || isText(inner.right)));
  };
  const isNumber = (node: ts.Expression): boolean => typescript.isNumericLiteral(skipOuter(node));
  return (isNumber(left) || isNumber(right)) && !isText(left) && !isText(right);
}

/** Globals whose `location` is the page's. */
const OWN_PAGE_GLOBALS: ReadonlySet<string> = new Set(['window', 'document', 'globalThis', 'self']);

/** A string or template that starts like a URL or a path (`'/api/x'`, `` `${base}/x` `` does not, `'http://…'` does). */
function startsLikeUrl(node: ts.Expression): boolean {
  const inner = skipOuter(node);
  const text = typescript.isStringLiteralLike(inner) ? inner.text : typescript.isTemplateExpression(inner) ? inner.head.text : null;
  return text !== null && /^(?:\/|https?:\/\/)/i.test(text);
}

/** Methods that add endpoints to an API made elsewhere (RTK Query). */
const REQUEST_API_EXTENSIONS: ReadonlySet<string> = new Set(['injectEndpoints', 'enhanceEndpoints']);
/** Builder methods whose `{ query }` argument describes one request (RTK Query). */
const ENDPOINT_BUILDERS: ReadonlySet<string> = new Set(['query', 'mutation', 'infiniteQuery']);

/** The value of a property written `name: value` (or shorthand `name`) in an object literal. */
function objectProperty(object: ts.ObjectLiteralExpression, name: string): ts.Expression | undefined {
  for (const property of object.properties) {
    if (typescript.isPropertyAssignment(property) && propertyNameText(property.name) === name) return property.initializer;
    if (typescript.isShorthandPropertyAssignment(property) && property.name.text === name) return property.name;
  }
  return undefined;
}

function unknown(text: string): Sym {
  return { kind: 'unknown', text: text.length > MAX_EXPRESSION ? `${text.slice(0, MAX_EXPRESSION - 1)}…` : text };
}

function memberOf(base: Sym, key: string): Sym {
  switch (base.kind) {
    case 'ref':
    case 'param':
      return { ...base, member: [...base.member, key] };
    case 'object': {
      if (key !== ANY_MEMBER) return own(base.props, key) ?? unknown(`.${key}`);
      const values = Object.values(base.props);
      return values.length === 0 ? unknown('[…]') : values.length === 1 ? values[0]! : { kind: 'alt', options: values };
    }
    case 'step':
      return { ...base, value: memberOf(base.value, key) };
    case 'alt':
      // `(cond ? undefined : { method }).method`: the member of each possible value.
      return { kind: 'alt', options: base.options.map((option) => memberOf(option, key)) };
    case 'call':
      // `requestOptions().baseURL`: read from what the function returns, where the resolver follows the call.
      return { ...base, member: [...(base.member ?? []), key] };
    case 'unknown':
      return unknown(`${base.text}.${key}`);
    case 'url':
      // `new URL(path, base).href` is the URL itself.
      return key === 'href' ? base : unknown(`.${key}`);
    case 'lookup':
      // A member of the environment held in a variable (`env.API_URL` for `const env = process.env`).
      return envObjectMember(base, key) ?? unknown(`.${key}`);
    default:
      return unknown(`.${key}`);
  }
}

/** Where a client library keeps its default base URL (`axios.defaults.baseURL`). */
const DEFAULT_BASE_PROPS: ReadonlySet<string> = new Set(['baseURL']);
/** String methods that keep a URL's meaning (`base.replace(/\/$/, '')`, `url.trim()`, `new URL(…).toString()`). */
const URL_KEEPING_METHODS: ReadonlySet<string> = new Set(['replace', 'replaceAll', 'trim', 'trimEnd', 'trimStart', 'toString', 'toJSON', 'valueOf', 'toLowerCase', 'normalize']);
/** Node's util module, whose `format` fills a printf-style template. */
const NODE_UTIL_MODULES: ReadonlySet<string> = new Set(['util', 'node:util']);

/** Packages whose default export joins URL segments with `/` (`urlJoin(base, 'api', id)`). */
const URL_JOIN_MODULES: ReadonlySet<string> = new Set(['url-join', 'proper-url-join', 'urljoin']);
/** Packages whose default export returns the URL it is given, normalised (`removeTrailingSlash(url)`). */
const URL_KEEPING_MODULES: ReadonlySet<string> = new Set(['remove-trailing-slash', 'normalize-url']);

/**
 * What `text.replace(pattern, replacement)` does when the pattern takes slashes off an end (`/\/$/`, `/\/+$/`,
 * `/^\/+/`) and the replacement is empty; null for any other pattern (a pattern from the scanned code is never run).
 */
function slashTrim(pattern: ts.Expression | undefined, replacement: ts.Expression | undefined): 'end' | 'start' | null {
  if (!pattern || pattern.kind !== typescript.SyntaxKind.RegularExpressionLiteral || !replacement || !typescript.isStringLiteralLike(replacement) || replacement.text !== '') return null;
  const source = (pattern as ts.RegularExpressionLiteral).text.replace(/\/[a-z]*$/, '').slice(1);
  if (/^\\\/[+*]?\$$/.test(source)) return 'end';
  if (/^\^\\\/[+*]?$/.test(source)) return 'start';
  return null;
}

/**
 * Values written one after another with `separator` between them; no second `/` where a literal already ends or
 * starts with one (what `url-join` does, and `[base, path].join('/')` gives for the common `https://host/` + `api`).
 */
function joined(values: readonly Sym[], separator: string): Sym {
  const parts: Sym[] = [];
  values.forEach((value, index) => {
    const previous = parts[parts.length - 1];
    const slashBefore = previous?.kind === 'lit' && previous.value.endsWith('/');
    const slashAfter = value.kind === 'lit' && value.value.startsWith('/');
    if (index > 0 && !(separator === '/' && (slashBefore || slashAfter))) parts.push({ kind: 'lit', value: separator });
    parts.push(index > 0 && separator === '/' && slashBefore && slashAfter && value.kind === 'lit' ? { kind: 'lit', value: value.value.replace(/^\/+/, '') } : value);
  });
  return { kind: 'concat', parts };
}

/** Whether a value is an object whose properties a computed key may read: a literal, a module's name, a module, a call's result. */
function keyedObject(sym: Sym): boolean {
  switch (sym.kind) {
    case 'object':
    case 'ref':
    case 'call':
      return true;
    case 'step':
      return keyedObject(sym.value);
    default:
      return false;
  }
}

/** The functions a conditional or a default chooses between (`cond ? mock : (path) => fetch(path)`, `custom || ((url) => …)`). */
function functionBranches(node: ts.Expression): (ts.ArrowFunction | ts.FunctionExpression)[] {
  const value = skipOuter(node);
  if (typescript.isArrowFunction(value) || typescript.isFunctionExpression(value)) return [value];
  if (typescript.isConditionalExpression(value)) return [...functionBranches(value.whenTrue), ...functionBranches(value.whenFalse)];
  if (typescript.isBinaryExpression(value) && (value.operatorToken.kind === typescript.SyntaxKind.BarBarToken || value.operatorToken.kind === typescript.SyntaxKind.QuestionQuestionToken)) {
    return [...functionBranches(value.left), ...functionBranches(value.right)];
  }
  return [];
}

/** `x.member` as `x` and `'member'` (parentheses and type assertions aside); any other expression as itself and null. */
function peelMember(node: ts.Expression): { expression: ts.Expression; member: string | null } {
  const expression = skipOuter(node);
  return typescript.isPropertyAccessExpression(expression) ? { expression: skipOuter(expression.expression), member: expression.name.text } : { expression, member: null };
}

/** `sym` with each parameter it holds replaced by `replace(parameter)`, through every kind of value that holds others. */
function mapParams(sym: Sym, replace: (param: Extract<Sym, { kind: 'param' }>) => Sym): Sym {
  const map = (inner: Sym): Sym => mapParams(inner, replace);
  switch (sym.kind) {
    case 'param':
      return replace(sym);
    case 'concat':
      return { kind: 'concat', parts: sym.parts.map(map) };
    case 'alt':
      return { kind: 'alt', options: sym.options.map(map) };
    case 'url':
      return { kind: 'url', base: map(sym.base), path: map(sym.path) };
    case 'object':
      return { kind: 'object', props: Object.fromEntries(Object.entries(sym.props).map(([name, value]) => [name, map(value)])) };
    case 'client':
      return sym.base === null ? sym : { ...sym, base: map(sym.base) };
    case 'call':
      return { ...sym, callee: map(sym.callee), args: sym.args.map(map) };
    case 'step':
      return { ...sym, value: map(sym.value) };
    default:
      return sym;
  }
}

/** A value a constructor computes, with its parameters as the arguments `new Class(…)` passes (see CONSTRUCTOR_ARGUMENT). */
/** What `type` holds when jQuery's options use it as the method. */
const HTTP_METHOD_NAMES: ReadonlySet<string> = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);

function constructorArguments(sym: Sym, className: string): Sym {
  return mapParams(sym, (param) => (param.outer ? param : { kind: 'ref', module: null, name: `${CONSTRUCTOR_ARGUMENT}${className}#${param.index}`, member: param.member }));
}

/** Whether a value depends on a parameter of the function it was computed in. */
function containsParam(sym: Sym): boolean {
  switch (sym.kind) {
    case 'param':
      return true;
    case 'concat':
      return sym.parts.some(containsParam);
    case 'alt':
      return sym.options.some(containsParam);
    case 'url':
      return containsParam(sym.base) || containsParam(sym.path);
    case 'object':
      return Object.values(sym.props).some(containsParam);
    case 'client':
      return sym.base !== null && containsParam(sym.base);
    case 'call':
      return containsParam(sym.callee) || sym.args.some(containsParam);
    case 'step':
      return containsParam(sym.value);
    default:
      return false;
  }
}

/**
 * A value computed in an enclosing function, as read from a function inside it: the enclosing function's parameters
 * are, in a function it returns (`toOuter`), the maker's parameters bound by the call that made it (`outer: 1`); in any
 * other inner function they are unknown, named after the parameter. The rest of the value is kept
 * (`const PATH = \`/api/node/${id}\`` read in `return async (dispatch) => fetch(PATH)`).
 */
function rebindParams(sym: Sym, toOuter: boolean): Sym {
  return mapParams(sym, (param) => {
    if (toOuter && !param.outer) return { ...param, outer: 1 };
    // A destructured parameter (`({ id }) =>`) is named after its property: not twice.
    return unknown([param.name, ...(param.member[0] === param.name ? param.member.slice(1) : param.member)].join('.'));
  });
}

export class FileWalker {
  private readonly imports = new Map<string, ImportBinding>();
  /** Whether the file imports a class whose instances a framework injects (see `declareInjectedServices`). */
  private importsInjectedClass: boolean | undefined;
  /** Variables and `this.` fields set to gRPC channel credentials, found when first needed (see `grpcCredentialNames`). */
  private grpcCredentials: Set<string> | undefined;
  /** Whether the file imports Playwright (see `declarePlaywrightRoute`). */
  private importsPlaywright: boolean | undefined;
  /** The route parameters of Playwright route handlers → their pattern's text. */
  private readonly playwrightRoutes = new Map<VarEntry, string>();
  private readonly topNames = new Set<string>();
  /** Module-level names declared with an object literal (`var helpers = {}`), whose properties top-level assignments add. */
  private readonly topObjectNames = new Set<string>();
  /** Variables and `this.` fields assigned an XMLHttpRequest (see isXhr), read from the text when first needed. */
  private xhrNames: Set<string> | undefined;
  private readonly fnKeys = new Map<ts.Node, string>();
  /** Functions of a Vue options-API component (see `keyComponent`): `this` in them is the component. */
  private readonly componentOf = new Map<ts.Node, string>();
  /** Keys of functions declared inside other functions (`const callApi = (path) => api.get(path)`): wrappers, but not symbols people name. */
  private readonly localFnKeys = new Set<string>();
  /** Functions a keyed function returns (`(base) => (path) => …`) → the key of the function returning them. */
  private readonly returnedFrom = new Map<string, string>();
  /** Numbers the `new Class(…)` creations of the file (see CONSTRUCTED). */
  private creations = 0;
  private readonly root: Scope = { parent: null, vars: new Map(), fnKey: null, enclosing: '<module>', className: null, returns: null };

  constructor(
    private readonly sf: ts.SourceFile,
    private readonly facts: FileFacts,
  ) {}

  /** The module's statements, a module wrapper's body in place of the wrapper (see `moduleWrapperBody`). */
  private moduleStatements: readonly ts.Statement[] = [];

  run(): void {
    this.moduleStatements = moduleStatements(this.sf.statements);
    this.collectTopLevel();
    this.collectRewriteDestinations();
    for (const statement of this.moduleStatements) this.visit(statement, this.root);
    this.visitToolConfigFile();
  }

  /** An object literal, or a top-level constant holding one (`const config: Config = {…}; export default config`). */
  private topLevelObject(expression: ts.Expression): ts.ObjectLiteralExpression | null {
    if (typescript.isObjectLiteralExpression(expression)) return expression;
    if (!typescript.isIdentifier(expression)) return null;
    for (const statement of this.sf.statements) {
      if (!typescript.isVariableStatement(statement)) continue;
      const declaration = statement.declarationList.declarations.find((candidate) => typescript.isIdentifier(candidate.name) && candidate.name.text === expression.text);
      const value = declaration?.initializer ? skipOuter(declaration.initializer) : null;
      if (value) return typescript.isObjectLiteralExpression(value) ? value : null;
    }
    return null;
  }

  /**
   * The rewrite destinations of a config file of REWRITE_CONFIG_FILES (`next.config.js`), wherever its rewrite function
   * is (a plugin may wrap the config): reported when the walk reaches them, in their function's scope.
   */
  private collectRewriteDestinations(): void {
    const name = this.facts.file.slice(this.facts.file.lastIndexOf('/') + 1);
    const config = REWRITE_CONFIG_FILES.find((candidate) => candidate.file.test(name));
    if (!config) return;
    const pending = { library: config.library, defaultBaseUrls: [] };
    // `depth`: how many of `within` enclose the node; `keyed`: the object literal of the innermost one, whose plain values are targets.
    const visit = (node: ts.Node, depth: number, keyed: ts.Node | null): void => {
      let inside = depth;
      let object = keyed;
      const named = (typescript.isMethodDeclaration(node) || typescript.isPropertyAssignment(node) || typescript.isFunctionDeclaration(node)) && node.name ? propertyNameText(node.name) : null;
      if (depth < config.within.length && named === config.within[depth]) {
        inside = depth + 1;
        if (inside === config.within.length && config.keyedTargets && typescript.isPropertyAssignment(node)) object = skipOuter(node.initializer);
      }
      if (depth === config.within.length && typescript.isPropertyAssignment(node)) {
        const value = skipOuter(node.initializer);
        const plain = !typescript.isObjectLiteralExpression(value) && !typescript.isArrayLiteralExpression(value) && !isFunctionNode(value);
        if (named === config.property || (plain && keyed !== null && typescript.isObjectLiteralExpression(keyed) && keyed.properties.includes(node))) this.pendingConfigUrls.set(node, pending);
      }
      typescript.forEachChild(node, (child) => visit(child, inside, object));
    };
    visit(this.sf, 0, null);
  }

  /** A tool's config file (`cypress.config.js`) whose default export is a plain object: its URLs, as `defineConfig` would declare them. */
  private visitToolConfigFile(): void {
    const tool = toolConfigFile(this.facts.file.slice(this.facts.file.lastIndexOf('/') + 1));
    if (!tool) return;
    for (const statement of this.sf.statements) {
      const assignment = typescript.isExpressionStatement(statement) && typescript.isBinaryExpression(statement.expression) ? statement.expression : null;
      const exported = typescript.isExportAssignment(statement)
        ? statement.expression
        : assignment && assignment.operatorToken.kind === typescript.SyntaxKind.EqualsToken && this.isModuleExports(skipOuter(assignment.left)) ? assignment.right : null;
      const object = exported ? this.topLevelObject(skipOuter(exported)) : null;
      if (!object) continue;
      for (const property of this.configUrlProperties(object, tool.paths)) {
        this.pushConfigUrl(property, tool.library, tool.defaultBaseUrls, this.root);
      }
    }
  }

  // ───────────── positions and text ─────────────

  private loc(node: ts.Node): Loc {
    const position = this.sf.getLineAndCharacterOfPosition(node.getStart(this.sf));
    return { file: this.facts.file, line: position.line + 1, column: position.character + 1 };
  }

  private text(node: ts.Node): string {
    const start = node.getStart(this.sf);
    // Cut before normalising whitespace: expressions can be whole functions.
    const text = this.sf.text.slice(start, Math.min(node.end, start + MAX_EXPRESSION * 4)).replace(/\s+/g, ' ');
    return text.length > MAX_EXPRESSION ? `${text.slice(0, MAX_EXPRESSION - 1)}…` : text;
  }

  // ───────────── top level: imports, names, function keys ─────────────

  private requireSpecifier(node: ts.Expression | undefined): { module: string; member: string | null } | null {
    if (!node) return null;
    const { expression, member } = peelMember(node);
    if (
      typescript.isCallExpression(expression) &&
      typescript.isIdentifier(expression.expression) &&
      expression.expression.text === 'require' &&
      expression.arguments.length === 1
    ) {
      const argument = expression.arguments[0];
      if (argument && typescript.isStringLiteralLike(argument)) return { module: argument.text, member };
    }
    return null;
  }

  private collectTopLevel(): void {
    for (const statement of this.moduleStatements) {
      if (typescript.isImportDeclaration(statement) && typescript.isStringLiteral(statement.moduleSpecifier)) {
        const module = statement.moduleSpecifier.text;
        const clause = statement.importClause;
        if (!clause) continue;
        if (clause.name) this.imports.set(clause.name.text, { module, imported: 'default' });
        const bindings = clause.namedBindings;
        if (bindings && typescript.isNamespaceImport(bindings)) this.imports.set(bindings.name.text, { module, imported: '*' });
        if (bindings && typescript.isNamedImports(bindings)) {
          for (const element of bindings.elements) {
            this.imports.set(element.name.text, { module, imported: (element.propertyName ?? element.name).text });
          }
        }
      } else if (typescript.isImportEqualsDeclaration(statement) && typescript.isExternalModuleReference(statement.moduleReference)) {
        const expression = statement.moduleReference.expression;
        if (typescript.isStringLiteral(expression)) this.imports.set(statement.name.text, { module: expression.text, imported: '*' });
      } else if (typescript.isVariableStatement(statement)) {
        for (const declaration of statement.declarationList.declarations) this.collectDeclaration(declaration);
      } else if ((typescript.isFunctionDeclaration(statement) || typescript.isClassDeclaration(statement)) && statement.name) {
        this.topNames.add(statement.name.text);
      }
      this.assignFunctionKeys(statement);
    }
  }

  /**
   * A client library's import under another name, as ESM code gets at a CommonJS package (`const Sentry =
   * SentryTransport.default`, `const { IncomingWebhook } = slack` after `import slack from '…'`): the binding it stands
   * for. Only for libraries of the client table (a destructured name only when the table lists that export); other
   * modules' aliases stay values (their evidence names the alias).
   */
  private libraryAlias(node: ts.Expression | undefined, destructured: string | null): ImportBinding | null {
    if (!node) return null;
    const { expression, member } = peelMember(node);
    if (!typescript.isIdentifier(expression)) return null;
    const imported = this.imports.get(expression.text);
    if (!imported || !own(CLIENT_LIBRARIES, imported.module)) return null;
    const whole = imported.imported === 'default' || imported.imported === '*';
    if (destructured !== null) return member === null && whole && clientExport(imported.module, destructured) ? { module: imported.module, imported: destructured } : null;
    if (member === null) return imported;
    return member === 'default' && whole ? { module: imported.module, imported: 'default' } : null;
  }

  private collectDeclaration(declaration: ts.VariableDeclaration): void {
    if (typescript.isIdentifier(declaration.name)) {
      const alias = this.libraryAlias(declaration.initializer, null);
      if (alias) {
        this.imports.set(declaration.name.text, alias);
        return;
      }
    } else if (typescript.isObjectBindingPattern(declaration.name) && !this.requireSpecifier(declaration.initializer)) {
      for (const element of declaration.name.elements) {
        const key = element.propertyName ? propertyNameText(element.propertyName) : typescript.isIdentifier(element.name) ? element.name.text : null;
        const alias = typescript.isIdentifier(element.name) && key ? this.libraryAlias(declaration.initializer, key) : null;
        if (alias && typescript.isIdentifier(element.name)) this.imports.set(element.name.text, alias);
        else if (typescript.isIdentifier(element.name)) this.topNames.add(element.name.text);
      }
      return;
    }
    const required = this.requireSpecifier(declaration.initializer);
    if (typescript.isIdentifier(declaration.name)) {
      if (required) this.imports.set(declaration.name.text, { module: required.module, imported: required.member ?? '*' });
      else this.topNames.add(declaration.name.text);
      if (declaration.initializer && typescript.isObjectLiteralExpression(skipOuter(declaration.initializer))) this.topObjectNames.add(declaration.name.text);
      return;
    }
    if (typescript.isObjectBindingPattern(declaration.name)) {
      for (const element of declaration.name.elements) {
        if (!typescript.isIdentifier(element.name)) continue;
        const key = element.propertyName ? propertyNameText(element.propertyName) : element.name.text;
        if (required && key) this.imports.set(element.name.text, { module: required.module, imported: key });
        else this.topNames.add(element.name.text);
      }
    }
  }

  /**
   * `helpers.get = …` at the top level, on a module-level name the file declares with an object literal
   * (`var helpers = {}`): the object's name and the property; null for anything else (an export, an import's member, a nested property).
   */
  private topLevelObjectMember(target: ts.Expression): { owner: string; property: string } | null {
    const left = skipOuter(target);
    if (!typescript.isPropertyAccessExpression(left) || !typescript.isIdentifier(left.expression)) return null;
    const owner = left.expression.text;
    if (owner === 'module' || owner === 'exports' || this.imports.has(owner) || !this.topObjectNames.has(owner)) return null;
    return { owner, property: left.name.text };
  }

  private isModuleExports(node: ts.Expression): boolean {
    return typescript.isPropertyAccessExpression(node) && typescript.isIdentifier(node.expression) && node.expression.text === 'module' && node.name.text === 'exports';
  }

  /** Name of the CommonJS export an assignment target writes (`exports.x`, `module.exports.x` → x; `module.exports` → default). */
  private commonJsExportName(target: ts.Expression): string | null {
    if (this.isModuleExports(target)) return 'default';
    if (typescript.isPropertyAccessExpression(target)) {
      const object = target.expression;
      if ((typescript.isIdentifier(object) && object.text === 'exports') || this.isModuleExports(object)) return target.name.text;
    }
    return null;
  }

  private keyObjectFunctions(object: ts.ObjectLiteralExpression, prefix: string): void {
    for (const property of object.properties) {
      const name = property.name ? propertyNameText(property.name) : null;
      if (!name) continue;
      const key = prefix ? `${prefix}.${name}` : name;
      if (typescript.isMethodDeclaration(property)) this.fnKeys.set(property, key);
      else if (typescript.isPropertyAssignment(property)) {
        const value = skipOuter(property.initializer);
        if (typescript.isArrowFunction(value) || typescript.isFunctionExpression(value)) this.fnKeys.set(value, key);
      }
    }
  }

  /**
   * A Vue options-API component (`export default { methods: { … } }`, `new Vue({…})`, `Vue.component('n', {…})`,
   * `defineComponent({…})`, `createApp({…}).mount(…)`): each function of `methods` is `<name>.<method>`, and `this` in
   * any of the component's functions (methods, hooks, `computed`, `watch`) is the component, so `this.load('/api/x')`
   * calls that method (a wrapper call when it puts its argument in a request).
   */
  private keyComponent(component: ts.ObjectLiteralExpression, held: string | null): void {
    // Its export or variable name, else its own `name: 'TodoList'`, else where it is written.
    const declared = component.properties.find((property) => typescript.isPropertyAssignment(property) && property.name && propertyNameText(property.name) === 'name');
    const written = declared && typescript.isPropertyAssignment(declared) && typescript.isStringLiteralLike(declared.initializer) ? declared.initializer.text : null;
    const name = held ?? written ?? `component@${this.loc(component).line}`;
    const functionOf = (property: ts.ObjectLiteralElementLike): FunctionNode | null => {
      if (typescript.isMethodDeclaration(property)) return property;
      if (!typescript.isPropertyAssignment(property)) return null;
      const value = skipOuter(property.initializer);
      return typescript.isArrowFunction(value) || typescript.isFunctionExpression(value) ? value : null;
    };
    for (const property of component.properties) {
      const propertyName = property.name ? propertyNameText(property.name) : null;
      if (propertyName === null) continue;
      const fn = functionOf(property);
      if (fn) {
        this.componentOf.set(fn, name);
        continue;
      }
      if (!typescript.isPropertyAssignment(property) || !['methods', 'computed', 'watch'].includes(propertyName)) continue;
      const group = skipOuter(property.initializer);
      if (!typescript.isObjectLiteralExpression(group)) continue;
      for (const member of group.properties) {
        const memberName = member.name ? propertyNameText(member.name) : null;
        const memberFn = functionOf(member);
        if (memberName === null || !memberFn) continue;
        this.componentOf.set(memberFn, name);
        if (propertyName === 'methods') this.fnKeys.set(memberFn, `${name}.${memberName}`);
      }
    }
  }

  /** The options object of a Vue component an expression is, or makes (see `keyComponent`); null for anything else. */
  private componentObject(expression: ts.Expression): ts.ObjectLiteralExpression | null {
    const value = skipOuter(expression);
    const isComponent = (object: ts.Node): object is ts.ObjectLiteralExpression =>
      typescript.isObjectLiteralExpression(object) &&
      object.properties.some((property) => typescript.isPropertyAssignment(property) && property.name && propertyNameText(property.name) === 'methods' && typescript.isObjectLiteralExpression(skipOuter(property.initializer)));
    if (isComponent(value)) return value;
    if (typescript.isCallExpression(value) || typescript.isNewExpression(value)) {
      const argument = value.arguments?.map((arg) => skipOuter(arg)).find(isComponent);
      if (argument) return argument;
      // `createApp({…}).mount('#app')`
      const callee = skipOuter(value.expression);
      if (typescript.isPropertyAccessExpression(callee)) return this.componentObject(callee.expression);
    }
    return null;
  }

  private assignFunctionKeys(statement: ts.Statement): void {
    const declaration = typescript.isVariableStatement(statement) && statement.declarationList.declarations.length === 1 ? statement.declarationList.declarations[0]! : null;
    const written = typescript.isExportAssignment(statement) || typescript.isExpressionStatement(statement) ? statement.expression : declaration?.initializer;
    const component = written ? this.componentObject(written) : null;
    if (component) {
      this.keyComponent(component, typescript.isExportAssignment(statement) ? 'default' : declaration && typescript.isIdentifier(declaration.name) ? declaration.name.text : null);
      return;
    }
    if (typescript.isFunctionDeclaration(statement)) {
      const isDefault = statement.modifiers?.some((modifier) => modifier.kind === typescript.SyntaxKind.DefaultKeyword);
      this.fnKeys.set(statement, statement.name?.text ?? (isDefault ? 'default' : '<anonymous>'));
    } else if (typescript.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (!typescript.isIdentifier(declaration.name) || !declaration.initializer) continue;
        const value = skipOuter(declaration.initializer);
        if (typescript.isArrowFunction(value) || typescript.isFunctionExpression(value)) this.fnKeys.set(value, declaration.name.text);
        else if (typescript.isObjectLiteralExpression(value)) this.keyObjectFunctions(value, declaration.name.text);
        else {
          // `const getJson = USE_MOCKS ? mockGetJson : (path) => fetch(…)`: the function chosen at run time is the name's.
          const name = declaration.name.text;
          const branches = functionBranches(value);
          if (branches.length === 1) this.fnKeys.set(branches[0]!, name);
          else branches.forEach((branch, index) => this.fnKeys.set(branch, `${name}#${index + 1}`));
        }
      }
    } else if (typescript.isClassDeclaration(statement)) {
      const className = statement.name?.text ?? 'default';
      for (const member of statement.members) {
        if (typescript.isConstructorDeclaration(member)) this.fnKeys.set(member, `${className}.constructor`);
        else if ((typescript.isMethodDeclaration(member) || typescript.isGetAccessorDeclaration(member)) && member.name) {
          const name = propertyNameText(member.name);
          if (name) this.fnKeys.set(member, `${className}.${name}`);
        } else if (typescript.isPropertyDeclaration(member) && member.initializer) {
          const name = propertyNameText(member.name);
          const value = skipOuter(member.initializer);
          if (name && (typescript.isArrowFunction(value) || typescript.isFunctionExpression(value))) this.fnKeys.set(value, `${className}.${name}`);
        }
      }
    } else if (typescript.isExportAssignment(statement)) {
      const value = skipOuter(statement.expression);
      if (typescript.isArrowFunction(value) || typescript.isFunctionExpression(value)) this.fnKeys.set(value, 'default');
      else if (typescript.isObjectLiteralExpression(value)) this.keyObjectFunctions(value, 'default');
    } else if (typescript.isExpressionStatement(statement) && typescript.isBinaryExpression(statement.expression)) {
      const assignment = statement.expression;
      if (assignment.operatorToken.kind !== typescript.SyntaxKind.EqualsToken) return;
      const member = this.topLevelObjectMember(assignment.left);
      const exportName = this.commonJsExportName(assignment.left) ?? (member && `${member.owner}.${member.property}`);
      if (!exportName) return;
      const value = skipOuter(assignment.right);
      if (typescript.isArrowFunction(value) || typescript.isFunctionExpression(value)) this.fnKeys.set(value, exportName);
      else if (typescript.isObjectLiteralExpression(value) && exportName === 'default') this.keyObjectFunctions(value, '');
    }
  }

  // ───────────── symbolic values ─────────────

  private lookup(name: string, scope: Scope): Sym {
    for (let current: Scope | null = scope; current; current = current.parent) {
      const entry = current.vars.get(name);
      if (!entry) continue;
      // A `param` Sym means a parameter of the function the value is used in: an enclosing function's parameter is not one.
      const outerFunction = current.fnKey !== scope.fnKey;
      if (entry.kind === 'param') {
        if (!outerFunction) {
          const fallback = entry.fallback?.();
          return { kind: 'param', index: entry.index, name: entry.name, member: entry.member, ...(fallback ? { fallback } : {}) };
        }
        // A returned function reads its maker's parameters: bound by the call that made it.
        if (scope.fnKey !== null && this.returnedFrom.get(scope.fnKey) === current.fnKey) return { kind: 'param', index: entry.index, name: entry.name, member: entry.member, outer: 1 };
        return unknown(name);
      }
      if (entry.kind === 'opaque') return unknown(name);
      if (!entry.memo) {
        if (entry.busy) return unknown(name);
        entry.busy = true;
        const initial = entry.compute();
        // A variable assigned later (`let base; if (…) base = a; else base = b`) holds any of its values.
        const assigned = (entry.assigned ?? []).map((assignment): Sym => ({ kind: 'step', label: `assignment to ${name}`, at: assignment.at, value: assignment.compute() }));
        const options = initial.kind === 'unknown' && assigned.length > 0 ? assigned : [initial, ...assigned];
        entry.memo = { kind: 'step', label: `${entry.label ?? 'const'} ${name}`, at: entry.at, value: options.length === 1 ? options[0]! : { kind: 'alt', options } };
        entry.busy = false;
      }
      if (!outerFunction || !containsParam(entry.memo)) return entry.memo;
      return rebindParams(entry.memo, scope.fnKey !== null && this.returnedFrom.get(scope.fnKey) === current.fnKey);
    }
    const imported = this.imports.get(name);
    if (imported) return { kind: 'ref', module: imported.module, name: imported.imported, member: [] };
    if (this.topNames.has(name)) return { kind: 'ref', module: null, name, member: [] };
    return unknown(name);
  }

  private isLocallyBound(name: string, scope: Scope): boolean {
    for (let current: Scope | null = scope; current; current = current.parent) if (current.vars.has(name)) return true;
    return this.imports.has(name) || this.topNames.has(name);
  }

  private isProcessEnv(node: ts.Expression): boolean {
    const expression = skipOuter(node);
    // k6's scripts read the environment (`-e NAME=…` and the process's) as the global `__ENV`.
    if (typescript.isIdentifier(expression) && expression.text === K6_ENV) return true;
    if (!typescript.isPropertyAccessExpression(expression) || expression.name.text !== 'env') return false;
    const object = expression.expression;
    if (typescript.isIdentifier(object) && object.text === 'process') return true;
    // import.meta.env (Vite) reads the same way.
    return typescript.isMetaProperty(object) && object.keywordToken === typescript.SyntaxKind.ImportKeyword;
  }

  private isImportMetaEnv(node: ts.Expression): boolean {
    const object = skipOuter(node);
    return typescript.isPropertyAccessExpression(object) && typescript.isMetaProperty(object.expression);
  }

  /**
   * A variable read from `process.env` or `import.meta.env`. Vite's `import.meta.env.BASE_URL` is no environment
   * variable but the config's `base`: it is read under a name of its own (see resolve/build-tool-values.ts).
   */
  private envRead(env: ts.Expression, key: string): Sym {
    return envObjectMember(envObject(this.isImportMetaEnv(env)), key) ?? unknown(key);
  }

  /** Name of the member accessed: `a.b` → b, `a['b']` → b, else null. */
  private accessedName(node: ts.PropertyAccessExpression | ts.ElementAccessExpression): string | null {
    if (typescript.isPropertyAccessExpression(node)) return node.name.text;
    const argument = node.argumentExpression;
    return typescript.isStringLiteralLike(argument) || typescript.isNumericLiteral(argument) ? argument.text : null;
  }

  /** Each expression is evaluated once: nested calls would otherwise be re-evaluated at every level (quadratic). */
  private readonly symMemo = new Map<ts.Node, Sym>();
  private symDepth = 0;

  symOf(node: ts.Expression | undefined, scope: Scope): Sym {
    if (!node) return unknown('');
    const cached = this.symMemo.get(node);
    if (cached) return cached;
    // Generated code can nest thousands of `+` deep; past this depth a value is not a URL anyone wrote.
    if (this.symDepth > MAX_SYM_DEPTH) return unknown(this.text(node));
    this.symDepth++;
    try {
      const sym = this.computeSym(node, scope);
      this.symMemo.set(node, sym);
      return sym;
    } finally {
      this.symDepth--;
    }
  }

  private computeSym(node: ts.Expression, scope: Scope): Sym {
    const expression = skipOuter(node);
    if (typescript.isStringLiteralLike(expression) || typescript.isNumericLiteral(expression)) return { kind: 'lit', value: expression.text };
    if (typescript.isTemplateExpression(expression)) {
      const parts: Sym[] = [];
      if (expression.head.text) parts.push({ kind: 'lit', value: expression.head.text });
      for (const span of expression.templateSpans) {
        parts.push(this.symOf(span.expression, scope));
        if (span.literal.text) parts.push({ kind: 'lit', value: span.literal.text });
      }
      return { kind: 'concat', parts };
    }
    if (typescript.isBinaryExpression(expression)) {
      const operator = expression.operatorToken.kind;
      if (operator === typescript.SyntaxKind.PlusToken) {
        // `PORT + 1`: arithmetic, not text — one unknown number, not the port's text with `1` after it.
        if (isArithmetic(expression.left, expression.right)) return unknown(this.text(expression));
        const parts: Sym[] = [];
        for (const side of [this.symOf(expression.left, scope), this.symOf(expression.right, scope)]) {
          if (side.kind === 'concat') parts.push(...side.parts);
          else parts.push(side);
        }
        return { kind: 'concat', parts };
      }
      if (operator === typescript.SyntaxKind.BarBarToken || operator === typescript.SyntaxKind.QuestionQuestionToken) {
        const options = [this.symOf(expression.left, scope), this.symOf(expression.right, scope)];
        return operator === typescript.SyntaxKind.BarBarToken ? { kind: 'alt', options, falsy: true } : { kind: 'alt', options };
      }
      if (operator === typescript.SyntaxKind.AmpersandAmpersandToken || operator === typescript.SyntaxKind.CommaToken) return this.symOf(expression.right, scope);
      return unknown(this.text(expression));
    }
    if (typescript.isConditionalExpression(expression)) {
      return { kind: 'alt', options: [this.symOf(expression.whenTrue, scope), this.symOf(expression.whenFalse, scope)] };
    }
    if (typescript.isIdentifier(expression)) return expression.text === 'undefined' ? unknown('undefined') : this.lookup(expression.text, scope);
    if (typescript.isPropertyAccessExpression(expression) || typescript.isElementAccessExpression(expression)) return this.memberSym(expression, scope);
    if (typescript.isCallExpression(expression)) return this.callSym(expression, scope);
    if (typescript.isNewExpression(expression)) return this.newSym(expression, scope);
    if (typescript.isObjectLiteralExpression(expression)) return this.objectSym(expression, scope);
    if (typescript.isArrowFunction(expression) || typescript.isFunctionExpression(expression)) {
      const key = this.fnKeys.get(expression);
      return key ? { kind: 'ref', module: null, name: key, member: [] } : unknown('<function>');
    }
    return unknown(this.text(expression));
  }

  private memberSym(expression: ts.PropertyAccessExpression | ts.ElementAccessExpression, scope: Scope): Sym {
    // `const env = process.env` (or `import.meta.env`): the environment as a value, whose members are env reads.
    if (this.isProcessEnv(expression)) return envObject(this.isImportMetaEnv(expression));
    // The page's own origin (`${window.location.origin}/api/x` is `/api/x` on it): a request to the caller's own server.
    if (this.isOwnOrigin(expression, scope)) return { kind: 'step', label: `the page's own origin (${this.text(expression)})`, at: this.loc(expression), value: { kind: 'lit', value: '' } };
    const key = this.accessedName(expression);
    if (key === null) {
      // `process.env[name]` in a helper given the name (`const getEnv = (name, fallback) => process.env[name] || fallback`):
      // the env var each caller names.
      if (typescript.isElementAccessExpression(expression) && this.isProcessEnv(expression.expression) && !this.isImportMetaEnv(expression.expression)) {
        return { kind: 'lookup', source: 'env', key: this.symOf(expression.argumentExpression, scope) };
      }
      // `config[env]`, `require('./config')[process.env.NODE_ENV]`: any of the object's properties.
      if (typescript.isElementAccessExpression(expression) && !this.isProcessEnv(expression.expression)) {
        const object = this.symOf(skipOuter(expression.expression), scope);
        if (keyedObject(object)) return memberOf(object, ANY_MEMBER);
      }
      return unknown(this.text(expression));
    }
    if (this.isProcessEnv(expression.expression)) return this.envRead(expression.expression, key);
    const object = skipOuter(expression.expression);
    const written = this.writtenProperty(object, key, scope);
    if (written) return written;
    if (object.kind === typescript.SyntaxKind.ThisKeyword) {
      return scope.className ? { kind: 'ref', module: null, name: `${scope.className}.${key}`, member: [] } : unknown(this.text(expression));
    }
    return memberOf(this.symOf(object, scope), key);
  }

  /**
   * The name of an object whose properties a function's own writes are followed on: a parameter or local of a function
   * (`$scope`, `options`), or `this` in a plain function (a class's fields are its symbols). Null for anything else.
   */
  /** What this function (or one around it) last wrote on `object.key` (see `Scope.written`); asked only where one writes any. */
  private writtenProperty(object: ts.Expression, key: string, scope: Scope): Sym | undefined {
    let writes = false;
    for (let current: Scope | null = scope; current && !writes; current = current.parent) writes = current.written !== undefined;
    const owner = writes ? this.writableOwner(object, scope) : null;
    if (owner === null) return undefined;
    for (let current: Scope | null = scope; current; current = current.parent) {
      const written = current.written?.get(`${owner}.${key}`);
      if (written) return written;
    }
    return undefined;
  }

  private writableOwner(object: ts.Expression, scope: Scope): string | null {
    if (scope === this.root) return null;
    if (object.kind === typescript.SyntaxKind.ThisKeyword) return scope.className ? null : 'this';
    return typescript.isIdentifier(object) && this.isShadowed(object.text, scope) ? object.text : null;
  }

  private objectSym(expression: ts.ObjectLiteralExpression, scope: Scope): Sym {
    const props: Record<string, Sym> = Object.create(null) as Record<string, Sym>;
    for (const property of expression.properties) {
      if (typescript.isPropertyAssignment(property)) {
        const name = propertyNameText(property.name);
        if (name !== null) props[name] = this.symOf(property.initializer, scope);
      } else if (typescript.isShorthandPropertyAssignment(property)) {
        props[property.name.text] = this.lookup(property.name.text, scope);
      } else if (typescript.isMethodDeclaration(property)) {
        const name = propertyNameText(property.name);
        const key = this.fnKeys.get(property);
        if (name !== null && key) props[name] = { kind: 'ref', module: null, name: key, member: [] };
      } else if (typescript.isSpreadAssignment(property)) {
        const spread = this.symOf(property.expression, scope);
        if (spread.kind === 'object') Object.assign(props, spread.props);
      }
    }
    return { kind: 'object', props };
  }

  /** A name for a client instance, from where it is stored (`const importer = axios.create(…)` → importer). */
  private instanceLabel(node: ts.Node, fallback: string): string {
    let current = node.parent;
    while (current && (typescript.isParenthesizedExpression(current) || typescript.isAsExpression(current) || typescript.isAwaitExpression(current))) current = current.parent;
    if (!current) return fallback;
    if (typescript.isVariableDeclaration(current) && typescript.isIdentifier(current.name)) return current.name.text;
    if ((typescript.isPropertyAssignment(current) || typescript.isPropertyDeclaration(current)) && current.name) return propertyNameText(current.name) ?? fallback;
    if (typescript.isBinaryExpression(current) && typescript.isPropertyAccessExpression(current.left)) return current.left.name.text;
    if (typescript.isReturnStatement(current) || typescript.isArrowFunction(current)) {
      for (let parent: ts.Node | undefined = current; parent; parent = parent.parent) {
        const key = this.fnKeys.get(parent);
        if (key) return `${key}()`;
      }
    }
    return fallback;
  }

  /**
   * The options objects a config function is given: a literal, or what an arrow function returns (`defineConfig(({ mode })
   * => ({ … }))`), from each `return` of its body, also inside `if`s (`if (command === 'serve') return { … }; return { … }`).
   */
  private configObjects(argument: ts.Expression | undefined): ts.ObjectLiteralExpression[] {
    if (!argument) return [];
    const inner = skipOuter(argument);
    if (typescript.isObjectLiteralExpression(inner)) return [inner];
    if (!typescript.isArrowFunction(inner) && !typescript.isFunctionExpression(inner)) return [];
    if (!typescript.isBlock(inner.body)) return this.configObjects(inner.body);
    const found: ts.ObjectLiteralExpression[] = [];
    const visit = (node: ts.Node): void => {
      // A function inside the body returns for itself, not for the config function.
      if (typescript.isArrowFunction(node) || typescript.isFunctionExpression(node) || typescript.isFunctionDeclaration(node) || typescript.isMethodDeclaration(node)) return;
      if (typescript.isReturnStatement(node)) found.push(...this.configObjects(node.expression));
      else node.forEachChild(visit);
    };
    inner.body.forEachChild(visit);
    return found;
  }

  /** The properties at `paths` (`*` = every property) of a config object whose values are not objects: each holds a URL. */
  private configUrlProperties(argument: ts.Expression | undefined, paths: readonly string[]): ts.PropertyAssignment[] {
    const roots = this.configObjects(argument);
    if (roots.length === 0) return [];
    const found: ts.PropertyAssignment[] = [];
    for (const path of paths) {
      let level: ts.PropertyAssignment[] = [];
      let objects: ts.ObjectLiteralExpression[] = roots;
      for (const name of path.split('.')) {
        level = objects.flatMap((object) => object.properties.filter((property): property is ts.PropertyAssignment => typescript.isPropertyAssignment(property) && (name === '*' || propertyNameText(property.name) === name)));
        objects = level.flatMap((property) => {
          const value = skipOuter(property.initializer);
          return typescript.isObjectLiteralExpression(value) ? [value] : [];
        });
      }
      for (const property of level) if (!typescript.isObjectLiteralExpression(skipOuter(property.initializer)) && !found.includes(property)) found.push(property);
    }
    return found.sort((a, b) => a.getStart() - b.getStart());
  }

  /** The property holding the base URL in a literal options object; `baseProp` may be a path (`sentry.dsn`). */
  private baseProperty(argument: ts.Expression | undefined, baseProp: string): ts.PropertyAssignment | ts.ShorthandPropertyAssignment | null {
    let found: ts.PropertyAssignment | ts.ShorthandPropertyAssignment | null = null;
    let current: ts.Expression | undefined = argument;
    for (const name of baseProp.split('.')) {
      if (!current) return null;
      const config = skipOuter(current);
      if (!typescript.isObjectLiteralExpression(config)) return null;
      found = null;
      for (const property of config.properties) {
        if ((typescript.isPropertyAssignment(property) || typescript.isShorthandPropertyAssignment(property)) && propertyNameText(property.name) === name) found = property;
      }
      if (!found) return null;
      current = typescript.isPropertyAssignment(found) ? found.initializer : undefined;
    }
    return found;
  }

  private clientSym(node: ts.CallExpression | ts.NewExpression, library: ClientLibrary, baseProp: string, scope: Scope): Sym {
    const argument = node.arguments?.[0];
    const property = this.baseProperty(argument, baseProp);
    let base: Sym | null = null;
    let at = this.loc(node);
    if (library.inProcessBase) {
      // Given a URL rather than an application (`supertest('https://staging.example.org')`), it sends real requests there.
      const given = argument ? this.symOf(argument, scope) : null;
      const url = given !== null && ['lit', 'concat', 'env'].includes(withoutSteps(given).kind) ? given : null;
      const value: Sym = url ?? { kind: 'step', label: 'the application under test, served in this process', at, value: { kind: 'lit', value: library.inProcessBase } };
      return { kind: 'client', client: library.client, base: value, at, label: this.instanceLabel(node, library.client) };
    }
    if (property) {
      base = typescript.isPropertyAssignment(property) ? this.symOf(property.initializer, scope) : this.lookup(property.name.text, scope);
      at = this.loc(property);
    } else if (argument && !typescript.isObjectLiteralExpression(skipOuter(argument))) {
      // `new GraphQLClient(endpoint)`: the argument is the URL; otherwise an options object made elsewhere.
      base = library.urlArgument ? this.symOf(argument, scope) : memberOf(this.symOf(argument, scope), baseProp);
    }
    return { kind: 'client', client: library.client, base, at, label: this.instanceLabel(node, library.client) };
  }

  private callSym(expression: ts.CallExpression, scope: Scope): Sym {
    const callee = skipOuter(expression.expression);
    const args = expression.arguments;
    const kind = this.classifyCallee(callee, scope);
    if (kind?.type === 'factory') return this.clientSym(expression, kind.library, kind.baseProp, scope);
    // Vite's `loadEnv(mode, root, prefix)`: the variables of the package's `.env` files and the process, as an object.
    const loader = typescript.isIdentifier(callee) && !this.isShadowed(callee.text, scope) ? this.imports.get(callee.text) : undefined;
    if (loader && own(ENV_LOADERS, loader.module)?.includes(loader.imported)) return envObject(false);
    // `inject(HttpClient)`: the framework's instance of an injected client class.
    const injector = typescript.isIdentifier(callee) && !this.isShadowed(callee.text, scope) ? this.imports.get(callee.text) : undefined;
    const injected = args[0] && typescript.isIdentifier(args[0]) && injector && own(INJECT_FUNCTIONS, injector.module)?.includes(injector.imported) ? this.injectedClient(this.lookup(args[0].text, scope), this.loc(expression), args[0].text) : null;
    if (injected) return injected;
    // An RTK Query API (`createApi(…)`, `api.injectEndpoints(…)`) stands for the client its requests go through.
    const requestApi = this.requestApiOf(expression, scope);
    if (requestApi) return requestApi.client;
    if (typescript.isPropertyAccessExpression(callee)) {
      const method = callee.name.text;
      // `base.replace(/\/+$/, '')`: the slash taken off the literals of the value (its env or config parts are read later).
      const slashes = method === 'replace' || method === 'replaceAll' ? slashTrim(args[0], args[1]) : null;
      if (slashes) return trimSlashes(this.symOf(callee.expression, scope), slashes);
      if (URL_KEEPING_METHODS.has(method)) return this.symOf(callee.expression, scope);
      if (method === 'concat') return { kind: 'concat', parts: [this.symOf(callee.expression, scope), ...args.map((argument) => this.symOf(argument, scope))] };
      // `[base, 'api', id].join('/')`: the elements with the separator between them.
      const list = skipOuter(callee.expression);
      const separator = args[0];
      if (method === 'join' && typescript.isArrayLiteralExpression(list) && !list.elements.some(typescript.isSpreadElement) && (separator === undefined || typescript.isStringLiteralLike(separator))) {
        return joined(list.elements.map((element) => this.symOf(element, scope)), separator === undefined ? ',' : separator.text);
      }
      // node-config / NestJS ConfigService: `config.get('sisu.baseUrl')`.
      const receiver = skipOuter(callee.expression);
      const receiverName = typescript.isIdentifier(receiver) ? receiver.text : typescript.isPropertyAccessExpression(receiver) ? receiver.name.text : '';
      const first = args[0];
      if ((method === 'get' || method === 'getOrThrow') && /config/i.test(receiverName) && first && typescript.isStringLiteralLike(first)) {
        return { kind: 'config', key: first.text };
      }
      if (method === 'resolve' && receiverName === 'url' && args.length === 2) {
        return { kind: 'url', base: this.symOf(args[0], scope), path: this.symOf(args[1], scope) };
      }
    }
    const formatted = this.utilFormat(callee, args, scope);
    if (formatted) return formatted;
    if (typescript.isIdentifier(callee) && (callee.text === 'String' || callee.text === 'encodeURI') && args.length === 1 && !this.isLocallyBound(callee.text, scope)) {
      return this.symOf(args[0], scope);
    }
    // `require('../config/config')[env]` where no declaration names the module: the module itself, as `const x = require(…)` is.
    const required = this.requireSpecifier(expression);
    if (required && !this.isLocallyBound('require', scope)) return { kind: 'ref', module: required.module, name: '*', member: [] };
    // URL helpers from npm: `urlJoin(base, 'api', path)` joins with `/`; `removeTrailingSlash(url)` keeps the URL.
    const helper = typescript.isIdentifier(callee) ? this.imports.get(callee.text) : undefined;
    if (helper && (helper.imported === 'default' || helper.imported === '*') && args.length > 0) {
      if (URL_JOIN_MODULES.has(helper.module)) return joined(args.map((argument) => this.symOf(argument, scope)), '/');
      if (helper.module === 'remove-trailing-slash') return trimSlashes(this.symOf(args[0], scope), 'end');
      if (URL_KEEPING_MODULES.has(helper.module)) return this.symOf(args[0], scope);
    }
    return { kind: 'call', callee: this.symOf(callee, scope), args: args.map((argument) => this.symOf(argument, scope)) };
  }

  /**
   * Node's `util.format('http://catalogue%s', domain)` (also `format` imported from `util`): each `%s`, `%d`, `%i`, `%f`,
   * `%j`, `%o`, `%O` takes the next argument, `%%` is `%`. Null for any other call or a template that is no literal.
   */
  private utilFormat(callee: ts.Expression, args: readonly ts.Expression[], scope: Scope): Sym | null {
    const template = args[0];
    if (!template || !typescript.isStringLiteralLike(template)) return null;
    const owner = typescript.isPropertyAccessExpression(callee) && callee.name.text === 'format' ? skipOuter(callee.expression) : callee;
    if (!typescript.isIdentifier(owner) || this.isShadowed(owner.text, scope)) return null;
    const imported = this.imports.get(owner.text);
    if (!imported || !NODE_UTIL_MODULES.has(imported.module)) return null;
    if (owner === callee ? imported.imported !== 'format' : imported.imported !== '*' && imported.imported !== 'default') return null;
    let next = 1;
    return formatTemplate(template.text, /%[sdifjoO%]/, (match) => {
      if (match === '%%') return lit('%');
      const argument = args[next++];
      return argument ? this.symOf(argument, scope) : null;
    });
  }

  private newSym(expression: ts.NewExpression, scope: Scope): Sym {
    const callee = skipOuter(expression.expression);
    const args = expression.arguments ?? [];
    if (typescript.isIdentifier(callee) && callee.text === 'URL' && !this.isLocallyBound('URL', scope)) {
      if (args.length >= 2) return { kind: 'url', base: this.symOf(args[1], scope), path: this.symOf(args[0], scope) };
      return this.symOf(args[0], scope);
    }
    // A fetch Request (the global one, or undici's and node-fetch's): where it goes is its first argument.
    if (typescript.isIdentifier(callee) && callee.text === 'Request' && !this.isLocallyBound('Request', scope) && args.length >= 1) return this.symOf(args[0], scope);
    const kind = this.classifyCallee(callee, scope);
    if (kind?.type === 'factory') return this.clientSym(expression, kind.library, kind.baseProp, scope);
    this.recordCreation(callee, args, scope);
    const constructor = this.symOf(callee, scope);
    // An instance has its class's members (`new ImporterClient().fetchStudents`): the class ref stands for it.
    if (constructor.kind === 'ref') return constructor;
    return { kind: 'call', callee: constructor, args: args.map((argument) => this.symOf(argument, scope)) };
  }

  /**
   * `new SisImporterClient({ httpClient, token })` of a class of the scan (a top-level or imported name): its
   * arguments, for the fields its constructor sets from its parameters (CONSTRUCTOR_ARGUMENT).
   */
  private recordCreation(callee: ts.Expression, args: readonly ts.Expression[], scope: Scope): void {
    if (args.length === 0 || !typescript.isIdentifier(callee) || this.isShadowed(callee.text, scope)) return;
    const imported = this.imports.get(callee.text);
    if (!imported && !this.topNames.has(callee.text)) return;
    const className = imported && imported.imported !== 'default' && imported.imported !== '*' ? imported.imported : callee.text;
    const props: Record<string, Sym> = Object.create(null) as Record<string, Sym>;
    args.forEach((argument, index) => {
      props[String(index)] = this.symOf(argument, scope);
    });
    this.facts.symbols[`${CONSTRUCTED}${className}#${this.creations++}`] = { kind: 'object', props };
  }

  // ───────────── call classification ─────────────

  private classifyCallee(callee: ts.Expression, scope: Scope): CalleeKind {
    if (typescript.isIdentifier(callee)) {
      const name = callee.text;
      for (let current: Scope | null = scope; current; current = current.parent) if (current.vars.has(name)) return null;
      const imported = this.imports.get(name);
      if (imported) {
        const found = clientExport(imported.module, imported.imported);
        if (!found) return null;
        if (found.entry.callable) return { type: 'library-call', library: found.library, ...found.entry.callable };
        if (found.entry.factoryBaseProp) return { type: 'factory', library: found.library, baseProp: found.entry.factoryBaseProp };
        if (found.library.inProcessBase && found.entry === found.library.main) return { type: 'factory', library: found.library, baseProp: '' };
        if (found.entry.configUrls) return { type: 'config-urls', library: found.library, paths: found.entry.configUrls, defaultBaseUrls: found.entry.defaultBaseUrls ?? [] };
        return null;
      }
      if (this.topNames.has(name)) return null;
      const global = own(GLOBAL_CLIENTS, name);
      return global ? { type: 'global', ...global } : null;
    }
    if (!typescript.isPropertyAccessExpression(callee)) return null;
    const method = callee.name.text;
    const object = skipOuter(callee.expression);
    if (typescript.isIdentifier(object) && !this.isShadowed(object.text, scope)) {
      const imported = this.imports.get(object.text);
      if (imported) {
        const found = clientExport(imported.module, imported.imported);
        if (found) {
          const fn = own(found.entry.methods, method);
          if (fn) return { type: 'library-call', library: found.library, ...fn };
          const baseProp = own(found.entry.factories, method);
          if (baseProp) return { type: 'factory', library: found.library, baseProp };
          if (imported.imported === '*') {
            const named = own(found.library.named, method);
            if (named?.callable) return { type: 'library-call', library: found.library, ...named.callable };
            if (named?.factoryBaseProp) return { type: 'factory', library: found.library, baseProp: named.factoryBaseProp };
          }
          return null;
        }
        // The namespace of a library with named exports only (`slack.IncomingWebhook` of `require('@slack/webhook')`).
        const named = imported.imported === '*' ? clientExport(imported.module, method) : null;
        if (named?.entry.callable) return { type: 'library-call', library: named.library, ...named.entry.callable };
        if (named?.entry.factoryBaseProp) return { type: 'factory', library: named.library, baseProp: named.entry.factoryBaseProp };
      } else if (!this.topNames.has(object.text)) {
        const jquery = object.text === '$' || object.text === 'jQuery' ? own(JQUERY.main?.methods, method) : undefined;
        if (jquery) return { type: 'library-call', library: JQUERY, ...jquery };
        const page = own(PAGE_GLOBALS, object.text);
        const pageFactory = own(page?.main?.factories, method);
        if (page && pageFactory) return { type: 'factory', library: page, baseProp: pageFactory };
        const global = own(own(GLOBAL_OBJECT_CLIENTS, object.text), method);
        if (global) return { type: 'global', ...global };
      }
    }
    // `ns.Named.method(…)` through a namespace import or require (`openidClient.Issuer.discover(url)`).
    if (typescript.isPropertyAccessExpression(object) && typescript.isIdentifier(object.expression) && !this.isShadowed(object.expression.text, scope)) {
      const imported = this.imports.get(object.expression.text);
      const found = imported?.imported === '*' ? clientExport(imported.module, object.name.text) : null;
      const fn = own(found?.entry.methods, method);
      if (found && fn) return { type: 'library-call', library: found.library, ...fn };
      const baseProp = own(found?.entry.factories, method);
      if (found && baseProp) return { type: 'factory', library: found.library, baseProp };
    }
    if (method === 'open' && this.isXhr(object)) return { type: 'global', client: 'xhr', form: 'open' };
    const pattern = method === 'fetch' && typescript.isIdentifier(object) ? this.playwrightRoutePattern(object.text, scope) : undefined;
    if (pattern !== undefined) return { type: 'route-fetch', receiver: object, pattern };
    if (Object.hasOwn(INSTANCE_VERBS, method)) return { type: 'instance', receiver: object, verb: method };
    return null;
  }

  /**
   * `ChannelCredentials.createInsecure()`, `grpc.credentials.createSsl(…)`: channel credentials of a gRPC package; also
   * either branch of a conditional, and a variable or `this.` field the file sets to such credentials (by name within
   * the file, as `isXhr`: credentials are made once and handed to each client).
   */
  private isGrpcChannelCredentials(node: ts.Expression): boolean {
    const call = skipOuter(node);
    if (typescript.isConditionalExpression(call)) return this.isGrpcChannelCredentials(call.whenTrue) || this.isGrpcChannelCredentials(call.whenFalse);
    const key = assignedName(call);
    if (key !== null) return this.grpcCredentialNames().has(key);
    if (!typescript.isCallExpression(call) || !typescript.isPropertyAccessExpression(call.expression)) return false;
    const method = call.expression.name.text;
    let object = skipOuter(call.expression.expression);
    // `grpc.credentials.createInsecure()` through a namespace or default import.
    let member: string | null = null;
    if (typescript.isPropertyAccessExpression(object)) {
      member = object.name.text;
      object = skipOuter(object.expression);
    }
    if (!typescript.isIdentifier(object)) return false;
    const imported = this.imports.get(object.text);
    if (!imported) return false;
    const known = own(GRPC_CHANNEL_CREDENTIALS, imported.module);
    const name = member ?? (imported.imported === '*' || imported.imported === 'default' ? null : imported.imported);
    return known !== undefined && name !== null && known.objects.includes(name) && known.methods.includes(method);
  }

  /** Variables and `this.` fields the file sets to gRPC channel credentials (see `isGrpcChannelCredentials`). */
  private grpcCredentialNames(): ReadonlySet<string> {
    if (this.grpcCredentials) return this.grpcCredentials;
    const names = new Set<string>();
    this.grpcCredentials = names;
    if (![...this.imports.values()].some((binding) => Object.hasOwn(GRPC_CHANNEL_CREDENTIALS, binding.module))) return names;
    const visit = (node: ts.Node): void => {
      let target: ts.Node | undefined;
      let value: ts.Expression | undefined;
      if (typescript.isVariableDeclaration(node) || typescript.isPropertyDeclaration(node)) [target, value] = [node.name, node.initializer];
      else if (typescript.isBinaryExpression(node) && node.operatorToken.kind === typescript.SyntaxKind.EqualsToken) [target, value] = [node.left, node.right];
      const key = target === undefined ? null : typescript.isPropertyDeclaration(node) && typescript.isIdentifier(target) ? `this.${target.text}` : assignedName(target as ts.Expression);
      if (key !== null && value && this.isGrpcChannelCredentials(value)) names.add(key);
      typescript.forEachChild(node, visit);
    };
    visit(this.sf);
    return names;
  }

  /**
   * Whether a receiver is an XMLHttpRequest: a variable or `this.` field the file assigns `new XMLHttpRequest()`
   * (or `new window.XMLHttpRequest()`). By name within the file: such objects are made and opened side by side.
   */
  private isXhr(receiver: ts.Expression): boolean {
    const key = assignedName(receiver);
    if (key === null) return false;
    this.xhrNames ??= xhrNamesOf(this.sf.text);
    return this.xhrNames.has(key);
  }

  /** `window.location.origin`, `location.origin`, `document.location.origin`, `globalThis.location.origin`, `self.location.origin` (the globals, not shadowed). */
  private isOwnOrigin(expression: ts.PropertyAccessExpression | ts.ElementAccessExpression, scope: Scope): boolean {
    if (!typescript.isPropertyAccessExpression(expression) || expression.name.text !== 'origin') return false;
    const location = skipOuter(expression.expression);
    if (typescript.isIdentifier(location)) return location.text === 'location' && !this.isShadowed('location', scope);
    if (!typescript.isPropertyAccessExpression(location) || location.name.text !== 'location') return false;
    const owner = skipOuter(location.expression);
    return typescript.isIdentifier(owner) && OWN_PAGE_GLOBALS.has(owner.text) && !this.isShadowed(owner.text, scope);
  }

  private isShadowed(name: string, scope: Scope): boolean {
    for (let current: Scope | null = scope; current; current = current.parent) if (current.vars.has(name)) return true;
    return false;
  }

  // ───────────── facts ─────────────

  /** `{ method: 'PUT' }` → PUT; undefined when there is no literal options object or no method in it; null when not a literal. */
  private methodOption(argument: ts.Expression | undefined, scope?: Scope): string | null | undefined {
    if (!argument) return undefined;
    const options = skipOuter(argument);
    if (typescript.isArrowFunction(options) || typescript.isFunctionExpression(options)) return undefined; // a callback, not options
    const held = scope ? this.heldOptions(options, scope) : null;
    if (held) {
      // `const options = { uri, method: 'POST' }; request(options, cb)`: the object the name holds.
      if (!held.props.method) return undefined;
      const method = withoutSteps(held.props.method);
      return method.kind === 'lit' ? method.value.toUpperCase() : null;
    }
    if (!typescript.isObjectLiteralExpression(options)) return null;
    let typed: string | undefined;
    for (const property of options.properties) {
      // `{ method }`: a variable's value, known to the resolver only (see `methodSym`).
      if (typescript.isShorthandPropertyAssignment(property) && property.name.text === 'method') return null;
      if (!typescript.isPropertyAssignment(property)) continue;
      const name = propertyNameText(property.name);
      const value = skipOuter(property.initializer);
      // jQuery's `$.ajax({ type: 'POST' })`: `type` is `method` when it names one.
      if (name === 'type' && typescript.isStringLiteralLike(value) && HTTP_METHOD_NAMES.has(value.text.toUpperCase())) typed = value.text.toUpperCase();
      if (name !== 'method') continue;
      return typescript.isStringLiteralLike(value) ? value.text.toUpperCase() : null;
    }
    // `{ ...init, headers }`: the method of the caller's options, when a parameter is spread in (see `methodSym`).
    if (typed === undefined && scope && this.spreadParameter(options, scope)) return null;
    return typed;
  }

  /** The parameter spread into an options object without a method of its own (`{ ...init, headers }`): its Sym. */
  private spreadParameter(options: ts.ObjectLiteralExpression, scope: Scope): Sym | undefined {
    for (const property of [...options.properties].reverse()) {
      if (!typescript.isSpreadAssignment(property)) continue;
      // `{ ...init }`, or `{ ...rest }` of `const { timeout, ...rest } = init || {}`: the caller's options.
      const spread = withoutSteps(this.symOf(property.expression, scope));
      const param = spread.kind === 'alt' ? spread.options.map((option) => withoutSteps(option)).find((option) => option.kind === 'param') : spread;
      return param?.kind === 'param' ? param : undefined;
    }
    return undefined;
  }

  /** The object literal a name of the function or the module holds (`const options = { uri, method }`); null for anything else. */
  private heldOptions(node: ts.Expression, scope: Scope): Extract<Sym, { kind: 'object' }> | null {
    if (!typescript.isIdentifier(node)) return null;
    const held = withoutSteps(this.lookup(node.text, scope));
    return held?.kind === 'object' ? held : null;
  }

  private urlProperty(argument: ts.Expression): ts.Expression | null {
    const options = skipOuter(argument);
    if (!typescript.isObjectLiteralExpression(options)) return null;
    for (const property of options.properties) {
      const name = typescript.isPropertyAssignment(property) || typescript.isShorthandPropertyAssignment(property) ? propertyNameText(property.name) : null;
      if (name !== 'url' && name !== 'uri') continue;
      if (typescript.isPropertyAssignment(property)) return property.initializer;
      if (typescript.isShorthandPropertyAssignment(property)) return property.name;
    }
    return null;
  }

  private pushCall(node: ts.Node, scope: Scope, fact: RequestFact): void {
    const call: CallFact = { ...fact, loc: this.loc(node), enclosing: scope.enclosing };
    if (scope.fnKey) call.fn = scope.fnKey;
    this.facts.calls.push(call);
  }

  /** URL and method of a call in one of the library call forms. */
  private requestOf(form: CallForm, fixedMethod: string | undefined, args: readonly ts.Expression[], scope: Scope): { url: Sym | null; expression: string; method: string | null; methodFrom?: Sym } {
    // `fetch(...args)` in `(...args) => fetch(...args)`: URL and options are the caller's.
    const rest = args.length === 1 && typescript.isSpreadElement(args[0]!) ? this.restElements(args[0], scope) : null;
    if (rest && fixedMethod === undefined) {
      const [first, second] = rest;
      // `(method, url)` forms take the method first; `(url, options)` forms read it from the options (or the config).
      if (form === 'method-url' || form === 'open') return { url: second!, expression: this.text(args[0]!), method: null, methodFrom: first! };
      return { url: first!, expression: this.text(args[0]!), method: null, methodFrom: memberOf(form === 'fetch' || form === 'node-http' ? second! : first!, 'method') };
    }
    if (rest) return { url: rest[0]!, expression: this.text(args[0]!), method: fixedMethod ?? null };
    const request = this.requestInForm(form, fixedMethod, args, scope);
    if (request.method !== null || fixedMethod !== undefined) return request;
    // Not written here: where it comes from, for a wrapper's callers to fill in.
    const from = form === 'method-url' && args[0] && args[1] && !typescript.isObjectLiteralExpression(skipOuter(args[0])) ? this.symOf(args[0], scope)
      : this.methodSym(form === 'fetch' || form === 'node-http' ? (args[1] ?? args[0]) : args[0], scope);
    return from ? { ...request, methodFrom: from } : request;
  }

  /**
   * `...args` spreading the enclosing function's rest parameter: its first elements, each the caller's argument at that
   * position (`(...args) => fetch(...args)` called as `get('/x', { method: 'POST' })`). Null for any other spread.
   */
  private restElements(spread: ts.SpreadElement, scope: Scope): Extract<Sym, { kind: 'param' }>[] | null {
    const list = skipOuter(spread.expression);
    if (!typescript.isIdentifier(list)) return null;
    let entry: VarEntry | undefined;
    for (let current: Scope | null = scope; current && !entry; current = current.parent) entry = current.vars.get(list.text);
    const first = entry?.kind === 'param' && entry.rest ? this.lookup(list.text, scope) : null;
    if (first?.kind !== 'param') return null;
    return Array.from({ length: REST_ELEMENTS }, (_, offset) => ({ ...first, index: first.index + offset, name: `${first.name}[${offset}]` }));
  }

  /** The `method` an options argument holds when it is not written as a literal: its property's value, or `options.method` of a variable. */
  private methodSym(argument: ts.Expression | undefined, scope: Scope): Sym | undefined {
    if (!argument) return undefined;
    const options = skipOuter(argument);
    if (typescript.isObjectLiteralExpression(options)) {
      for (const property of options.properties) {
        if (typescript.isShorthandPropertyAssignment(property) && property.name.text === 'method') return this.symOf(property.name, scope);
        if (typescript.isPropertyAssignment(property) && propertyNameText(property.name) === 'method') return this.symOf(property.initializer, scope);
      }
      const spread = this.spreadParameter(options, scope);
      return spread ? memberOf(spread, 'method') : undefined;
    }
    if (typescript.isIdentifier(options) || typescript.isPropertyAccessExpression(options)) return memberOf(this.symOf(options, scope), 'method');
    return undefined;
  }

  private requestInForm(form: CallForm, fixedMethod: string | undefined, args: readonly ts.Expression[], scope: Scope): { url: Sym | null; expression: string; method: string | null } {
    const first = args[0];
    const second = args[1];
    const isObject = (node: ts.Expression | undefined): boolean => node !== undefined && (typescript.isObjectLiteralExpression(skipOuter(node)) || this.heldOptions(skipOuter(node), scope) !== null);
    const withDefault = (method: string | null | undefined): string | null => (method === undefined ? 'GET' : method);
    const urlOf = (node: ts.Expression | undefined): { url: Sym | null; expression: string } =>
      node ? { url: this.symOf(node, scope), expression: this.text(this.urlProperty(node) ?? node) } : { url: null, expression: '' };
    switch (form) {
      case 'verb':
        return { ...urlOf(first), method: fixedMethod ?? null };
      case 'fetch': {
        // `fetch(new Request(url, init), init2)`: init2's method wins over the Request's own.
        const request = first !== undefined ? skipOuter(first) : undefined;
        const requestInit = request && typescript.isNewExpression(request) && typescript.isIdentifier(skipOuter(request.expression)) && (skipOuter(request.expression) as ts.Identifier).text === 'Request' ? request.arguments?.[1] : undefined;
        // A method not written as a literal but held by a variable (`fetch(url, options)`, `{ method }`): null, for the
        // resolver to read at each wrapper call; options computed otherwise (`normalize(init)`) keep fetch's default.
        const given = this.methodOption(second, scope);
        const traced = given === null && this.methodSym(second, scope) !== undefined;
        const method = traced ? null : (given ?? this.methodOption(requestInit, scope));
        return { ...urlOf(first), method: fixedMethod ?? withDefault(method) };
      }
      case 'config':
        return { ...urlOf(first), method: withDefault(this.methodOption(first, scope)) };
      case 'url-or-config':
        if (isObject(first)) return { ...urlOf(first), method: withDefault(this.methodOption(first, scope)) };
        return { ...urlOf(first), method: withDefault(this.methodOption(second, scope)) };
      case 'node-http':
        return { ...urlOf(first), method: fixedMethod ?? withDefault(isObject(first) ? this.methodOption(first, scope) : this.methodOption(second, scope)) };
      case 'method-url': {
        if (first && typescript.isStringLiteralLike(skipOuter(first)) && second && /^[A-Za-z]+$/.test((skipOuter(first) as ts.StringLiteralLike).text) && args.length >= 2) {
          return { ...urlOf(second), method: (skipOuter(first) as ts.StringLiteralLike).text.toUpperCase() };
        }
        if (isObject(first)) return { ...urlOf(first), method: withDefault(this.methodOption(first, scope)) };
        // `superagent(httpMethod, url)`, `cy.request(method, path)`: a method held in a variable, as its name or a path in second place says.
        if (first && second && !typescript.isArrowFunction(skipOuter(second)) && !typescript.isFunctionExpression(skipOuter(second)) && (/method|verb/i.test(this.text(first)) || startsLikeUrl(second))) {
          const method = this.symOf(first, scope);
          return { ...urlOf(second), method: method.kind === 'lit' && /^[A-Za-z]+$/.test(method.value) ? method.value.toUpperCase() : null };
        }
        return { ...urlOf(first), method: 'GET' };
      }
      case 'open': {
        const method = first !== undefined ? skipOuter(first) : undefined;
        return { ...urlOf(second), method: method && typescript.isStringLiteralLike(method) && /^[A-Za-z]+$/.test(method.text) ? method.text.toUpperCase() : null };
      }
    }
  }

  /**
   * An API defined with request descriptions (RTK Query): `createApi({ baseQuery, endpoints })` — where `baseQuery` is
   * the client — or `api.injectEndpoints({ endpoints })` / `api.enhanceEndpoints(…)` on an API made elsewhere. Gives
   * the client the API stands for, and the node holding its endpoints; null when `node` is neither.
   */
  private requestApiOf(node: ts.CallExpression, scope: Scope): { client: Sym; endpoints: ts.Expression | undefined } | null {
    const callee = skipOuter(node.expression);
    const config = node.arguments[0] ? skipOuter(node.arguments[0]) : undefined;
    const configObject = config && typescript.isObjectLiteralExpression(config) ? config : undefined;
    if (typescript.isIdentifier(callee) && !this.isShadowed(callee.text, scope)) {
      const imported = this.imports.get(callee.text);
      const found = imported ? clientExport(imported.module, imported.imported) : null;
      const api = found?.entry.requestApi;
      if (!api || !configObject) return null;
      const base = objectProperty(configObject, api.client);
      return { client: base ? this.symOf(base, scope) : unknown(this.text(node)), endpoints: objectProperty(configObject, api.endpoints) };
    }
    if (typescript.isPropertyAccessExpression(callee) && REQUEST_API_EXTENSIONS.has(callee.name.text)) {
      return { client: this.symOf(callee.expression, scope), endpoints: configObject ? objectProperty(configObject, 'endpoints') : undefined };
    }
    return null;
  }

  /**
   * Each endpoint of a request-description API is a call at its `query`: `builder.query({ query: (id) => \`/items/${id}\` })`,
   * `builder.mutation({ query: (body) => ({ url, method, body }) })`, joined with the API's client.
   */
  private visitRequestApi(node: ts.CallExpression, scope: Scope): boolean {
    const api = this.requestApiOf(node, scope);
    if (!api) return false;
    const findQueries = (current: ts.Node): void => {
      if (typescript.isObjectLiteralExpression(current) && this.isEndpointDefinition(current)) {
        const fn = skipOuter(objectProperty(current, 'query')!);
        const fnScope: Scope = { parent: scope, vars: new Map(), fnKey: scope.fnKey, enclosing: scope.enclosing, className: scope.className, returns: null };
        let returned: ts.Expression | undefined = fn;
        if (typescript.isArrowFunction(fn) || typescript.isFunctionExpression(fn)) {
          for (const parameter of fn.parameters) this.declareOpaque(parameter.name, fnScope);
          returned = typescript.isBlock(fn.body) ? fn.body.statements.find(typescript.isReturnStatement)?.expression : fn.body;
        }
        if (returned) {
          const value = skipOuter(returned);
          const method = typescript.isObjectLiteralExpression(value) ? this.methodOption(value) : undefined;
          const urlNode = typescript.isObjectLiteralExpression(value) ? (objectProperty(value, 'url') ?? value) : value;
          this.pushCall(fn, scope, {
            kind: 'call',
            client: 'rtk-query',
            method: method === undefined ? 'GET' : method,
            expression: this.text(urlNode),
            url: this.symOf(urlNode, fnScope),
            receiver: api.client,
          });
        }
      }
      typescript.forEachChild(current, findQueries);
    };
    if (api.endpoints) findQueries(api.endpoints);
    return true;
  }

  /** `{ query: … }` passed to `builder.query(…)` / `builder.mutation(…)` / `builder.infiniteQuery(…)`. */
  private isEndpointDefinition(object: ts.ObjectLiteralExpression): boolean {
    if (!objectProperty(object, 'query')) return false;
    const parent = object.parent;
    if (!typescript.isCallExpression(parent)) return false;
    const callee = skipOuter(parent.expression);
    return typescript.isPropertyAccessExpression(callee) && ENDPOINT_BUILDERS.has(callee.name.text);
  }

  private visitCall(node: ts.CallExpression | ts.NewExpression, scope: Scope): void {
    const callee = skipOuter(node.expression);
    const args = node.arguments ?? [];
    if (typescript.isNewExpression(node) && args[0] && args[1] && this.isGrpcChannelCredentials(args[1])) {
      // A gRPC client: HTTP/2 to its target, the integration point (see GRPC_CHANNEL_CREDENTIALS).
      this.pushCall(args[0], scope, { kind: 'client-config', client: 'gRPC', method: null, expression: this.text(args[0]), url: grpcTarget(this.symOf(args[0], scope)) });
      return;
    }
    if (typescript.isCallExpression(node) && this.visitRequestApi(node, scope)) return;
    const kind = this.classifyCallee(callee, scope);
    if (kind?.type === 'config-urls') {
      // The options a config function returns read its locals (`const target = env.API || '…'`): they are reported when
      // the walk reaches them in the function's scope.
      const returned = args[0] !== undefined && isFunctionNode(skipOuter(args[0]));
      for (const property of this.configUrlProperties(args[0], kind.paths)) {
        if (returned) this.pendingConfigUrls.set(property, { library: kind.library, defaultBaseUrls: kind.defaultBaseUrls });
        else this.pushConfigUrl(property, kind.library, kind.defaultBaseUrls, scope);
      }
      return;
    }
    // An in-process client (supertest's `request(app)`) configures nothing: its calls carry the local origin.
    if (kind?.type === 'factory' && kind.library.inProcessBase) return;
    if (kind?.type === 'factory') {
      // `createProxyMiddleware('/api', { target })`: the options after a path.
      const first = args[0] ? skipOuter(args[0]) : undefined;
      const argument = kind.library.optionsAfterPath && args[1] && first && typescript.isStringLiteralLike(first) ? args[1] : args[0];
      const property = this.baseProperty(argument, kind.baseProp);
      const fromEnv = own(kind.library.defaultsFromEnv, kind.baseProp);
      const devServer = kind.library.devServerFile;
      const client = devServer && devServer.file.test(this.facts.file) ? devServer.client : kind.library.client;
      if (property) {
        const value = typescript.isPropertyAssignment(property) ? property.initializer : property.name;
        this.pushCall(property, scope, { kind: 'client-config', client, method: null, expression: this.text(value), url: this.symOf(value, scope) });
      } else if (argument && !typescript.isObjectLiteralExpression(skipOuter(argument))) {
        const value = this.symOf(argument, scope);
        this.pushCall(node, scope, { kind: 'client-config', client, method: null, expression: this.text(argument), url: kind.library.urlArgument ? value : memberOf(value, kind.baseProp) });
      } else if (fromEnv) {
        // The SDK reads its endpoint from the environment when the option is absent (`Sentry.init({})` → SENTRY_DSN).
        this.pushCall(node, scope, { kind: 'client-config', client, method: null, expression: `(no ${kind.baseProp}: ${fromEnv} from the environment)`, url: { kind: 'env', name: fromEnv } });
      }
      return;
    }
    // A client that is a constructor sends its request too (`new EventSource(url)`).
    if (kind?.type === 'library-call' || kind?.type === 'global') {
      this.pushCall(node, scope, this.requestFact(kind, args, scope));
      return;
    }
    if (!typescript.isCallExpression(node)) return;
    if (kind?.type === 'route-fetch') {
      this.pushCall(node, scope, this.routeFetchFact(kind, args[0], scope));
      return;
    }
    if (kind?.type === 'instance') {
      if (args.length === 0) return;
      // A function argument after the URL means a route definition (`app.get('/x', handler)`) or a callback API (`cache.get(key, load)`), not an HTTP call.
      if (args.slice(1).some((argument) => typescript.isArrowFunction(skipOuter(argument)) || typescript.isFunctionExpression(skipOuter(argument)))) return;
      const fact = this.requestFact(kind, args, scope);
      const receiver = fact.receiver!;
      this.pushCall(node, scope, fact);
      // `api.get(…)` on a project module or object may also be a wrapper named like a verb (`http.request({ path })`):
      // the resolver keeps whichever the receiver turns out to be.
      const projectRef = receiver.kind === 'ref' && (receiver.module === null || isProjectSpecifier(receiver.module) || mayBeProjectMapping(receiver.module, args));
      if (projectRef || receiver.kind === 'step') this.pushInvocation(node, memberOf(receiver, kind.verb), args, scope);
      // `this.get('/items')` in a class or component with a method of that name: that method.
      else if (skipOuter(kind.receiver).kind === typescript.SyntaxKind.ThisKeyword && scope.className) this.pushInvocation(node, this.symOf(callee, scope), args, scope);
      return;
    }
    if (args.length === 0) return;
    this.visitPassedRequest(node, args, scope);
    if (this.visitFetcherCall(node, callee, args, scope)) return;
    const calleeSym = this.symOf(callee, scope);
    if (calleeSym.kind !== 'ref' && calleeSym.kind !== 'param' && calleeSym.kind !== 'step') return;
    // Functions of packages outside the project cannot be wrappers the resolver could follow.
    if (calleeSym.kind === 'ref' && calleeSym.module !== null && !isProjectSpecifier(calleeSym.module) && !mayBeProjectMapping(calleeSym.module, args, (argument) => this.holdsPath(argument, scope))) return;
    this.pushInvocation(node, calleeSym, args, scope);
  }

  /**
   * A client's method handed to a helper together with its arguments (`retry(axios.get, [url])`,
   * `withBackoff(api.post, [path, body])`): the helper makes the request, here, with the array's elements.
   */
  private visitPassedRequest(node: ts.CallExpression, args: readonly ts.Expression[], scope: Scope): void {
    let list: ts.ArrayLiteralExpression | undefined;
    for (const argument of args) {
      const inner = skipOuter(argument);
      if (typescript.isArrayLiteralExpression(inner)) {
        list = inner;
        break;
      }
    }
    if (!list || list.elements.length === 0 || list.elements.some(typescript.isSpreadElement)) return;
    for (const argument of args) {
      const method = skipOuter(argument);
      if (!typescript.isPropertyAccessExpression(method) && !typescript.isIdentifier(method)) continue;
      const kind = this.classifyCallee(method, scope);
      if (kind?.type === 'library-call' || kind?.type === 'global' || kind?.type === 'instance') {
        this.pushCall(node, scope, this.requestFact(kind, [...list.elements], scope));
        return;
      }
    }
  }

  /**
   * A library that calls the function it is given with a key it is given (`useSWR('/api/user', fetcher)`, see
   * FETCHER_CALLERS): the fetcher is invoked here with the key. An inline fetcher (`(url) => fetch(url)`) is a wrapper.
   */
  private visitFetcherCall(node: ts.CallExpression, callee: ts.Expression, args: readonly ts.Expression[], scope: Scope): boolean {
    const imported = typescript.isIdentifier(callee) && !this.isShadowed(callee.text, scope) ? this.imports.get(callee.text) : undefined;
    const positions = imported ? own(own(FETCHER_CALLERS, imported.module), imported.imported === '*' ? 'default' : imported.imported) : undefined;
    const key = positions ? args[positions.key] : undefined;
    const fetcherArgument = positions ? args[positions.fetcher] : undefined;
    if (!key || !fetcherArgument) return false;
    const fetcher = skipOuter(fetcherArgument);
    // An inline fetcher is the keyed local function it becomes (`useUser.fetcher`), invoked with the key.
    const localKey = typescript.isArrowFunction(fetcher) || typescript.isFunctionExpression(fetcher) ? this.keyLocalFunction(fetcher, 'fetcher', scope) : null;
    const fetcherSym: Sym = localKey !== null ? { kind: 'ref', module: null, name: localKey, member: [] } : this.symOf(fetcher, scope);
    if (fetcherSym.kind !== 'ref' && fetcherSym.kind !== 'param' && fetcherSym.kind !== 'step') return false;
    this.pushInvocation(node, fetcherSym, [key], scope);
    return true;
  }

  /** The request a client function or method sends with these arguments (the receiver kept for an instance's). */
  private requestFact(kind: Extract<CalleeKind, { type: 'library-call' | 'global' | 'instance' }>, args: readonly ts.Expression[], scope: Scope): RequestFact {
    if (kind.type === 'instance') {
      const verb = own(INSTANCE_VERBS, kind.verb) ?? null;
      const request = verb ? this.requestOf('verb', verb, args, scope) : this.requestOf('config', undefined, args, scope);
      return { kind: 'call', client: 'instance', ...request, receiver: this.symOf(kind.receiver, scope) };
    }
    const client = kind.type === 'global' ? kind.client : kind.library.client;
    const request = this.requestOf(kind.form, kind.method, args, scope);
    // axios's own functions given a `baseURL` in the request's config join it with the path, as an instance's would.
    const base = client === 'axios' ? this.requestBaseURL(kind.form, kind.method, args, scope) : null;
    if (base) return { kind: 'call', client, ...request, receiver: { kind: 'client', client, base: base.value, at: base.at, label: 'axios (baseURL of the request)' } };
    return { kind: 'call', client, ...request };
  }

  /**
   * The `baseURL` written in an axios request's config (`axios.get('/carts', { baseURL })`, `axios.post(path, data,
   * { baseURL })`, `axios({ url, baseURL })`), in the literal object or the one a name holds; null without one.
   */
  private requestBaseURL(form: CallForm, method: string | undefined, args: readonly ts.Expression[], scope: Scope): { value: Sym; at: Loc } | null {
    const withData = method === 'POST' || method === 'PUT' || method === 'PATCH';
    const config = form === 'verb' ? args[withData ? 2 : 1] : form === 'config' ? args[0] : args[0] && typescript.isObjectLiteralExpression(skipOuter(args[0])) ? args[0] : args[1];
    if (!config) return null;
    const property = this.baseProperty(config, 'baseURL');
    if (property) return { value: typescript.isPropertyAssignment(property) ? this.symOf(property.initializer, scope) : this.lookup(property.name.text, scope), at: this.loc(property) };
    const inner = skipOuter(config);
    const topLevel = typescript.isIdentifier(inner) && !this.isShadowed(inner.text, scope) ? withoutSteps(this.facts.symbols[inner.text]) : undefined;
    const held = this.heldOptions(inner, scope) ?? (topLevel?.kind === 'object' ? topLevel : null);
    const value = held ? own(held.props, 'baseURL') : undefined;
    return value ? { value, at: this.loc(config) } : null;
  }

  /**
   * An argument that is not written as a string but holds a URL or a path: a name that says so (`TOKEN_URL`,
   * `subscription.url`), or one this file binds to a string with a `/` (`const A = 'http://crm/a'`, `Endpoints.revoke`).
   */
  private holdsPath(argument: ts.Expression, scope: Scope): boolean {
    const inner = skipOuter(argument);
    if (!typescript.isIdentifier(inner) && !typescript.isPropertyAccessExpression(inner)) return false;
    const name = typescript.isIdentifier(inner) ? inner.text : inner.name.text;
    if (URL_NAME.test(name)) return true;
    let value = withoutSteps(this.symOf(inner, scope));
    // A constant or class member of this file (`A`, `Endpoints.revoke`): what the file binds it to.
    if (value?.kind === 'ref' && value.module === null) value = withoutSteps(this.facts.symbols[[value.name, ...value.member].join('.')] ?? this.facts.symbols[value.name]);
    const texts = value?.kind === 'lit' ? [value.value] : value?.kind === 'concat' ? value.parts.map((part) => withoutSteps(part)).flatMap((part) => (part?.kind === 'lit' ? [part.value] : [])) : [];
    return texts.some((text) => text.includes('/'));
  }

  private pushInvocation(node: ts.CallExpression, callee: Sym, args: readonly ts.Expression[], scope: Scope): void {
    // `(...args) => callApi(...args)`: the rest parameter's elements are the callee's arguments from there on.
    const spread = args.flatMap((argument, position) => {
      const rest = typescript.isSpreadElement(argument) ? this.restElements(argument, scope) : null;
      return rest && position === args.length - 1 ? rest.map((sym, offset) => ({ sym, text: `${this.text(argument)}[${offset}]` })) : [{ sym: this.symOf(argument, scope), text: this.text(argument) }];
    });
    const argTexts = spread.map((argument) => argument.text);
    const invocation: Invocation = {
      loc: this.loc(node),
      callee,
      args: spread.map((argument) => argument.sym),
      // The first argument's text, shared with argTexts (a second copy of each string on 18,000 invocations is memory).
      expression: argTexts[0] ?? this.text(node),
      enclosing: scope.enclosing,
      calleeText: this.text(node.expression),
      argTexts,
    };
    if (scope.fnKey) invocation.fn = scope.fnKey;
    this.facts.invocations.push(invocation);
  }

  // ───────────── declarations ─────────────

  private declareVariable(declaration: ts.VariableDeclaration, scope: Scope): void {
    const initializer = declaration.initializer;
    const atTop = scope === this.root;
    if (typescript.isIdentifier(declaration.name)) {
      const name = declaration.name.text;
      if (atTop) {
        if (!initializer || this.requireSpecifier(initializer) || this.libraryAlias(initializer, null)) return;
        const value = skipOuter(initializer);
        if ((typescript.isArrowFunction(value) || typescript.isFunctionExpression(value)) && this.fnKeys.get(value) === name) return; // visitFunction records it
        this.facts.symbols[name] = { kind: 'step', label: `const ${name}`, at: this.loc(declaration), value: this.symOf(initializer, scope) };
      } else {
        // `const axios = require('axios')` inside a function (a lazy require): the client library, as at the top level,
        // unless the file uses the name for something else.
        const required = this.requireSpecifier(initializer);
        if (required && own(CLIENT_LIBRARIES, required.module) && !this.imports.has(name) && !this.topNames.has(name) && !this.isShadowed('require', scope)) {
          this.imports.set(name, { module: required.module, imported: required.member ?? '*' });
          return;
        }
        const value = initializer ? skipOuter(initializer) : undefined;
        if (value && (typescript.isArrowFunction(value) || typescript.isFunctionExpression(value))) this.keyLocalFunction(value, name, scope);
        scope.vars.set(name, { kind: 'local', name, at: this.loc(declaration), compute: () => (initializer ? this.symOf(initializer, scope) : unknown(name)) });
      }
      return;
    }
    if (!typescript.isObjectBindingPattern(declaration.name)) {
      this.declareOpaque(declaration.name, scope);
      return;
    }
    if (atTop && this.requireSpecifier(initializer)) return;
    for (const element of declaration.name.elements) {
      if (!typescript.isIdentifier(element.name)) {
        this.declareOpaque(element.name, scope);
        continue;
      }
      const name = element.name.text;
      const key = element.propertyName ? propertyNameText(element.propertyName) : name;
      if (atTop && key !== null && this.libraryAlias(initializer, key)) continue;
      const compute = (): Sym => {
        if (!initializer || key === null) return unknown(name);
        // `...rest`: the object without the properties named before it; as a whole, what the properties come from.
        if (element.dotDotDotToken) return this.symOf(initializer, scope);
        const source = skipOuter(initializer);
        // `const { env } = process`: the environment as a value.
        const fromProcess = key === 'env' && typescript.isIdentifier(source) && source.text === 'process' && !this.isLocallyBound('process', scope);
        const value: Sym = this.isProcessEnv(initializer) ? this.envRead(initializer, key) : fromProcess ? envObject(false) : memberOf(this.symOf(initializer, scope), key);
        return element.initializer ? { kind: 'alt', options: [value, this.symOf(element.initializer, scope)] } : value;
      };
      if (atTop) this.facts.symbols[name] = { kind: 'step', label: `const ${name}`, at: this.loc(element), value: compute() };
      else scope.vars.set(name, { kind: 'local', name, at: this.loc(element), compute });
    }
  }

  private declareOpaque(name: ts.BindingName, scope: Scope): void {
    if (scope === this.root) return;
    if (typescript.isIdentifier(name)) scope.vars.set(name.text, { kind: 'opaque', name: name.text });
    else for (const element of name.elements) if (!typescript.isOmittedExpression(element)) this.declareOpaque(element.name, scope);
  }

  /**
   * Gives a function declared inside another one (`const callApi = (path) => api.get(path)`) a key of its own, so the
   * resolver can follow it as a wrapper and report its call sites. Not when it takes no parameter (it cannot be a
   * wrapper) or reads a parameter of an enclosing function: then the enclosing function is the wrapper, as before.
   */
  private keyLocalFunction(node: FunctionNode, name: string, scope: Scope): string | null {
    const existing = this.fnKeys.get(node);
    if (existing !== undefined) return existing;
    if (node.parameters.length === 0 || this.readsEnclosingParameters(node, scope)) return null;
    return this.keyLocal(node, `${scope.enclosing}.${name}`);
  }

  /** Key a function declared inside another one: `base`, or `base#2`… when the name is taken. */
  private keyLocal(node: FunctionNode, base: string): string {
    let key = base;
    for (let occurrence = 2; this.localFnKeys.has(key); occurrence++) key = `${base}#${occurrence}`;
    this.localFnKeys.add(key);
    this.fnKeys.set(node, key);
    return key;
  }

  /**
   * A function with parameters that the keyed function `outerKey` returns (`(method) => (url) => axios({ method, url })`,
   * `return function request(path) { … }`) is keyed `<outerKey>()`: calling what the maker returned is calling it, and
   * it reads the maker's parameters as bound by the call that made it (`param` Syms with `outer: 1`).
   */
  private keyReturnedFunction(expression: ts.Expression, outerKey: string): void {
    const value = skipOuter(expression);
    if (!(typescript.isArrowFunction(value) || typescript.isFunctionExpression(value)) || value.parameters.length === 0 || this.fnKeys.has(value)) return;
    this.returnedFrom.set(this.keyLocal(value, `${outerKey}()`), outerKey);
  }

  /** Whether any name used in `node` is, in `scope`, a parameter of the function in effect or a local computed from one. */
  private readsEnclosingParameters(node: FunctionNode, scope: Scope): boolean {
    let reads = false;
    // The parent is passed down: inside types, nodes have no parent pointer (see setParents).
    const check = (child: ts.Node, parent: ts.Node): void => {
      if (reads) return;
      if (typescript.isIdentifier(child)) {
        const isPropertyName = (typescript.isPropertyAccessExpression(parent) || typescript.isPropertyAssignment(parent)) && parent.name === child;
        if (!isPropertyName && this.isShadowed(child.text, scope) && containsParam(this.lookup(child.text, scope))) reads = true;
        return;
      }
      typescript.forEachChild(child, (grandchild) => check(grandchild, child));
    };
    typescript.forEachChild(node, (child) => check(child, node));
    return reads;
  }

  /**
   * A Playwright test's callback (`test('…', async ({ request, page }) => …)`, `test.beforeAll(…)`, `setup(…)` with
   * `test`/`setup` imported, from `@playwright/test` or a fixtures module): its `request` fixture, and the `request` of
   * its `page` and `context`, are API request contexts whose `get/post/…` send requests to the configured base URL.
   */
  private declarePlaywrightFixtures(node: FunctionNode, fnScope: Scope): void {
    const parameter = node.parameters[0];
    const call = node.parent;
    if (!parameter || !typescript.isObjectBindingPattern(parameter.name) || !typescript.isCallExpression(call) || !call.arguments.includes(node as ts.Expression)) return;
    let callee = skipOuter(call.expression);
    while (typescript.isPropertyAccessExpression(callee)) callee = skipOuter(callee.expression);
    if (!typescript.isIdentifier(callee) || !PLAYWRIGHT_TEST_FUNCTIONS.has(callee.text) || !this.imports.has(callee.text)) return;
    const at = this.loc(parameter);
    const context: Sym = { kind: 'client', client: 'playwright', base: null, at, label: 'Playwright request fixture' };
    for (const element of parameter.name.elements) {
      if (!typescript.isIdentifier(element.name)) continue;
      const fixture = element.propertyName ? propertyNameText(element.propertyName) : element.name.text;
      const value: Sym | null = fixture === 'request' ? context : fixture === 'page' || fixture === 'context' ? { kind: 'object', props: { request: context } } : null;
      if (value) fnScope.vars.set(element.name.text, { kind: 'local', name: element.name.text, at, label: `Playwright fixture`, compute: () => value });
    }
  }

  /**
   * The handler of Playwright's `page.route(pattern, (route) => …)` (also `context.route`): `route.fetch(options?)`
   * sends the intercepted request on, from the test, to `options.url` or else to the URL the pattern matched. The
   * route is a client whose base is the pattern's fixed part (`'**\/api/**'` → `/api/`), see `routePatternBase`.
   */
  private declarePlaywrightRoute(node: FunctionNode, fnScope: Scope): void {
    const parameter = node.parameters[0];
    const call = node.parent;
    if (!parameter || !typescript.isIdentifier(parameter.name) || !typescript.isCallExpression(call) || call.arguments[1] !== node) return;
    const callee = skipOuter(call.expression);
    const pattern = call.arguments[0];
    if (!typescript.isPropertyAccessExpression(callee) || callee.name.text !== 'route' || !pattern) return;
    this.importsPlaywright ??= [...this.imports.values()].some((binding) => PLAYWRIGHT_MODULES.has(binding.module));
    if (!this.importsPlaywright) return;
    const at = this.loc(parameter);
    const route: Sym = { kind: 'client', client: 'playwright', base: routePatternBase(pattern), at, label: 'Playwright route' };
    const entry: VarEntry = { kind: 'local', name: parameter.name.text, at, label: 'Playwright route handler', compute: () => route };
    fnScope.vars.set(parameter.name.text, entry);
    this.playwrightRoutes.set(entry, this.text(pattern));
  }

  /** The pattern of the Playwright route `name` is, when it is one (see `declarePlaywrightRoute`). */
  private playwrightRoutePattern(name: string, scope: Scope): string | undefined {
    for (let current: Scope | null = scope; current; current = current.parent) {
      const entry = current.vars.get(name);
      if (entry) return this.playwrightRoutes.get(entry);
    }
    return undefined;
  }

  /**
   * `route.fetch(options?)`: to `options.url`, else to the URL the route matched (the route's base, the pattern's text
   * shown as the expression); with the intercepted request's method unless `options.method` says.
   */
  private routeFetchFact(kind: Extract<CalleeKind, { type: 'route-fetch' }>, options: ts.Expression | undefined, scope: Scope): RequestFact {
    const url = options ? this.urlProperty(options) : null;
    return {
      kind: 'call', client: 'instance', method: this.methodOption(options) ?? null, receiver: this.symOf(kind.receiver, scope),
      ...(url && options ? { url: this.symOf(options, scope), expression: this.text(url) } : { url: { kind: 'lit', value: '' }, expression: kind.pattern }),
    };
  }

  /**
   * Parameters a framework fills with an HTTP client: typed with an injected client class (Angular's
   * `constructor(private http: HttpClient)`, see `ClientExport.injected`) or named as an injected service
   * (AngularJS's `function ($http)`, also through an array annotation `['$http', function (http) {…}]`; see
   * INJECTED_BY_NAME). Each is a client instance without a base URL.
   */
  private declareInjectedServices(node: FunctionNode, fnScope: Scope): void {
    const annotation = node.parent && typescript.isArrayLiteralExpression(node.parent) && node.parent.elements.at(-1) === node ? node.parent.elements.slice(0, -1) : null;
    node.parameters.forEach((parameter, index) => {
      if (!typescript.isIdentifier(parameter.name)) return;
      const annotated = annotation?.[index];
      const injectedName = annotated && typescript.isStringLiteralLike(annotated) ? annotated.text : parameter.name.text;
      const byName = own(INJECTED_BY_NAME, injectedName);
      const typed = !byName && parameter.type && this.fileImportsInjectedClass() ? this.instanceOfType(parameter.type) : null;
      if (!byName && !typed) return;
      const at = this.loc(parameter);
      const client: Sym | null = byName ? { kind: 'client', client: byName.client, base: null, at, label: injectedName } : this.injectedClient(typed, at, parameter.name.text);
      if (!client) return;
      const name = parameter.name.text;
      fnScope.vars.set(name, { kind: 'local', name, at, label: 'injected', compute: () => client });
    });
  }

  /** Whether the file imports a class whose instances a framework injects: typed parameters are looked at only then (most files have many, none of them such). */
  private fileImportsInjectedClass(): boolean {
    return (this.importsInjectedClass ??= [...this.imports.values()].some((binding) => INJECTED_CLASS_MODULES.has(binding.module)));
  }

  /** The client an instance of `type` is when its class is an injected client (`ClientExport.injected`); null otherwise. */
  private injectedClient(type: Sym | null, at: Loc, label: string): Sym | null {
    if (type?.kind !== 'ref' || type.module === null || type.member.length > 1) return null;
    const found = clientExport(type.module, type.member[0] ?? type.name);
    return found?.entry.injected ? { kind: 'client', client: found.library.client, base: null, at, label } : null;
  }

  private visitFunction(node: FunctionNode, scope: Scope): void {
    const key = this.fnKeys.get(node) ?? null;
    const fnScope: Scope = {
      parent: scope,
      vars: new Map(),
      fnKey: key ?? scope.fnKey,
      enclosing: key && !this.localFnKeys.has(key) ? key : scope.enclosing,
      className: this.componentOf.get(node) ?? scope.className,
      returns: key ? [] : null,
    };
    const params: string[] = [];
    node.parameters.forEach((parameter, index) => {
      const name = parameter.name;
      const defaultValue = parameter.initializer;
      if (typescript.isIdentifier(name) && defaultValue && typescript.isConstructorDeclaration(node)) {
        // `new X()` arguments are not followed, so a constructor parameter is known only by its default (`baseURL = process.env.X`).
        params.push(name.text);
        fnScope.vars.set(name.text, { kind: 'local', name: name.text, at: this.loc(parameter), label: 'default of parameter', compute: () => this.symOf(defaultValue, scope) });
      } else if (typescript.isIdentifier(name)) {
        params.push(name.text);
        const rest = parameter.dotDotDotToken !== undefined ? { rest: true as const } : {};
        // A default that may be a URL (`target = process.env.HOOK_URL`, `base = API_URL`): what a caller that leaves the argument out passes.
        // (symOf keeps each expression's value, so asking again costs nothing.)
        const fallback = defaultValue && mayHoldUrl(defaultValue) ? { fallback: () => this.symOf(defaultValue, scope) } : {};
        fnScope.vars.set(name.text, key ? { kind: 'param', index, name: name.text, member: [], ...rest, ...fallback } : { kind: 'opaque', name: name.text });
      } else {
        params.push(`arg${index}`);
        if (typescript.isObjectBindingPattern(name)) {
          for (const element of name.elements) {
            if (!typescript.isIdentifier(element.name)) continue;
            const property = element.propertyName ? propertyNameText(element.propertyName) : element.name.text;
            fnScope.vars.set(
              element.name.text,
              key && property ? { kind: 'param', index, name: element.name.text, member: [property] } : { kind: 'opaque', name: element.name.text },
            );
          }
        } else this.declareOpaque(name, fnScope);
      }
      if (parameter.initializer) this.visit(parameter.initializer, scope);
    });
    this.declarePlaywrightFixtures(node, fnScope);
    this.declarePlaywrightRoute(node, fnScope);
    this.declareInjectedServices(node, fnScope);
    const body = node.body;
    if (body && typescript.isBlock(body)) {
      // Function declarations are hoisted: callable from anywhere in the body, before or after them.
      for (const statement of body.statements) {
        if (!typescript.isFunctionDeclaration(statement) || !statement.name) continue;
        const localKey = this.keyLocalFunction(statement, statement.name.text, fnScope);
        if (localKey) fnScope.vars.set(statement.name.text, { kind: 'local', name: statement.name.text, at: this.loc(statement), label: 'function', compute: () => ({ kind: 'ref', module: null, name: localKey, member: [] }) });
      }
      this.visit(body, fnScope);
    } else if (body) {
      if (key) this.keyReturnedFunction(body, key);
      fnScope.returns?.push(this.symOf(body, fnScope));
      this.visit(body, fnScope);
    }
    if (key) {
      const returns = fnScope.returns ?? [];
      const value: Sym = { kind: 'fn', name: key, params, returns: returns.length === 0 ? null : returns.length === 1 ? (returns[0] ?? null) : { kind: 'alt', options: returns } };
      this.facts.symbols[key] = { kind: 'step', label: `function ${key}`, at: this.loc(node), value };
    }
  }

  private visitClass(node: ts.ClassDeclaration | ts.ClassExpression, scope: Scope): void {
    const className = node.name?.text ?? 'default';
    const classScope: Scope = { ...scope, parent: scope, vars: new Map(), className, returns: null, visitChild: undefined };
    const props: Record<string, Sym> = Object.create(null) as Record<string, Sym>;
    for (const member of node.members) {
      const name = member.name ? propertyNameText(member.name) : null;
      if (name !== null) props[name] = { kind: 'ref', module: null, name: `${className}.${name}`, member: [] };
    }
    this.facts.symbols[className] = { kind: 'step', label: `class ${className}`, at: this.loc(node), value: { kind: 'object', props } };
    // Fields whose declared type is all that says what they hold (`private client: ApiClient`, a constructor's
    // `private readonly http: HttpClient`): an instance of that class, unless the class assigns them a value.
    const typedFields: { key: string; type: ts.TypeNode; at: ts.Node }[] = [];
    for (const member of node.members) {
      if (typescript.isPropertyDeclaration(member) && !member.initializer && member.type) {
        const name = propertyNameText(member.name);
        if (name !== null) typedFields.push({ key: `${className}.${name}`, type: member.type, at: member });
      } else if (typescript.isConstructorDeclaration(member)) {
        for (const parameter of member.parameters) {
          if (parameter.type && typescript.isIdentifier(parameter.name) && PARAMETER_PROPERTY_MODIFIERS.some((kind) => this.hasModifier(parameter, kind))) {
            typedFields.push({ key: `${className}.${parameter.name.text}`, type: parameter.type, at: parameter });
          }
        }
      }
    }
    for (const member of node.members) {
      if (typescript.isPropertyDeclaration(member) && member.initializer) {
        const name = propertyNameText(member.name);
        const value = skipOuter(member.initializer);
        const isFunction = typescript.isArrowFunction(value) || typescript.isFunctionExpression(value);
        if (name !== null && !(isFunction && this.fnKeys.has(value))) {
          this.facts.symbols[`${className}.${name}`] ??= { kind: 'step', label: `field ${className}.${name}`, at: this.loc(member), value: this.symOf(member.initializer, classScope) };
        }
        this.visit(member.initializer, classScope);
      } else {
        this.visit(member, classScope);
      }
    }
    for (const { key, type, at } of typedFields) {
      const typed = this.instanceOfType(type);
      const instance = (this.fileImportsInjectedClass() ? this.injectedClient(typed, this.loc(at), key) : null) ?? typed;
      if (!instance) continue;
      // A constructor parameter stored as it is (`this.client = client`) says no more than the type does.
      const assigned = withoutSteps(this.facts.symbols[key]);
      const fromParameter = assigned?.kind === 'param' || (assigned?.kind === 'ref' && assigned.module === null && assigned.name.startsWith(CONSTRUCTOR_ARGUMENT));
      if (assigned && !fromParameter && assigned.kind !== 'unknown') continue;
      this.facts.symbols[key] = { kind: 'step', label: `field ${key}: ${this.text(type)}`, at: this.loc(at), value: instance };
    }
  }

  /**
   * The class a declared type names, standing for an instance of it (as `new ApiClient()` does): `ApiClient`,
   * `ApiClient<T>`, `sdk.ApiClient`, `ApiClient | null`. Null for anything else or a name not declared or imported here.
   */
  private instanceOfType(type: ts.TypeNode): Sym | null {
    let named: ts.TypeNode = type;
    if (typescript.isUnionTypeNode(named)) {
      const kinds = named.types.filter((member) => !NULLISH_TYPES.has(member.kind) && !(typescript.isLiteralTypeNode(member) && member.literal.kind === typescript.SyntaxKind.NullKeyword));
      if (kinds.length !== 1) return null;
      named = kinds[0]!;
    }
    if (!typescript.isTypeReferenceNode(named)) return null;
    const typeName = named.typeName;
    if (typescript.isIdentifier(typeName)) {
      const sym = this.lookup(typeName.text, this.root);
      return sym.kind === 'ref' ? sym : null;
    }
    if (!typescript.isIdentifier(typeName.left)) return null;
    const namespace = this.lookup(typeName.left.text, this.root);
    return namespace.kind === 'ref' ? memberOf(namespace, typeName.right.text) : null;
  }

  private visitAssignment(node: ts.BinaryExpression, scope: Scope): void {
    const target = skipOuter(node.left);
    if (this.visitDefaultsAssignment(target, node, scope)) return;
    if (typescript.isPropertyAccessExpression(target) && target.expression.kind === typescript.SyntaxKind.ThisKeyword && scope.className) {
      const key = `${scope.className}.${target.name.text}`;
      const written = this.symOf(node.right, scope);
      // Set in the constructor from its parameters: what each `new Class(…)` of the scan passes.
      const value = scope.fnKey === `${scope.className}.constructor` ? constructorArguments(written, scope.className) : written;
      this.facts.symbols[key] ??= { kind: 'step', label: `field ${key}`, at: this.loc(node), value };
      return;
    }
    if (typescript.isIdentifier(target) && this.recordAssignment(target.text, node, scope)) return;
    if (scope !== this.root) {
      const owner = typescript.isPropertyAccessExpression(target) ? this.writableOwner(target.expression, scope) : null;
      if (owner !== null && typescript.isPropertyAccessExpression(target)) {
        scope.written ??= new Map();
        scope.written.set(`${owner}.${target.name.text}`, { kind: 'step', label: this.text(target), at: this.loc(node), value: this.symOf(node.right, scope) });
      }
      return;
    }
    const member = this.topLevelObjectMember(target);
    if (member !== null) {
      // `helpers.simpleHttpRequest = function (url) { … }` on `var helpers = {}`: a property of that object from here on.
      const held = withoutSteps(this.facts.symbols[member.owner]);
      if (held?.kind === 'object') held.props[member.property] ??= this.symOf(node.right, scope);
      return;
    }
    const exportName = this.commonJsExportName(target);
    if (!exportName) return;
    const written = this.symOf(node.right, scope);
    // A value written right here keeps its place in the evidence (`module.exports = { URL: '…' }`, `exports.URL = '…'`).
    const value: Sym = exportName !== 'default' && written.kind !== 'step' && written.kind !== 'ref' ? { kind: 'step', label: `export ${exportName}`, at: this.loc(node), value: written } : written;
    this.facts.exports[exportName] = value;
    if (exportName === 'default') {
      this.facts.exports['*'] = value;
      const literal = skipOuter(node.right);
      const places = new Map<string, Loc>();
      if (typescript.isObjectLiteralExpression(literal)) for (const property of literal.properties) if (typescript.isPropertyAssignment(property)) places.set(propertyNameText(property.name) ?? '', this.loc(property));
      if (value.kind === 'object') {
        for (const [name, prop] of Object.entries(value.props)) {
          if (Object.hasOwn(this.facts.exports, name)) continue;
          const place = places.get(name);
          this.facts.exports[name] = place && prop.kind !== 'step' && prop.kind !== 'ref' ? { kind: 'step', label: `property ${name}`, at: place, value: prop } : prop;
        }
      }
    }
  }

  /**
   * `axios.defaults.baseURL = url`: every request of the library's own functions in this process without a URL of its
   * own origin goes there (a client-config with `defaults`); `api.defaults.baseURL = url` on an instance held by a
   * module-level name: that instance's base URL.
   */
  private visitDefaultsAssignment(target: ts.Expression, node: ts.BinaryExpression, scope: Scope): boolean {
    if (!typescript.isPropertyAccessExpression(target) || !DEFAULT_BASE_PROPS.has(target.name.text)) return false;
    const defaults = skipOuter(target.expression);
    if (!typescript.isPropertyAccessExpression(defaults) || defaults.name.text !== 'defaults') return false;
    const owner = skipOuter(defaults.expression);
    if (!typescript.isIdentifier(owner) || this.isShadowed(owner.text, scope)) return false;
    const value = this.symOf(node.right, scope);
    const imported = this.imports.get(owner.text);
    const library = imported ? clientExport(imported.module, imported.imported) : null;
    if (library && library.entry === library.library.main && library.entry.callable) {
      this.pushCall(node, scope, { kind: 'client-config', client: library.library.client, method: null, expression: this.text(node.right), url: value, defaults: true });
      return true;
    }
    const held = imported ? undefined : withoutSteps(this.facts.symbols[owner.text]);
    if (held?.kind !== 'client') return false;
    const client: Sym = { ...held, base: held.base ? { kind: 'alt', options: [held.base, value] } : value, at: this.loc(node) };
    this.facts.symbols[owner.text] = { kind: 'step', label: `${owner.text}.defaults.${target.name.text}`, at: this.loc(node), value: client };
    this.pushCall(node, scope, { kind: 'client-config', client: held.client, method: null, expression: this.text(node.right), url: value });
    return true;
  }

  /** `name = value` to a variable declared in this file: one more value it may hold where it is read. */
  private recordAssignment(name: string, node: ts.BinaryExpression, scope: Scope): boolean {
    const compute = (): Sym => this.symOf(node.right, scope);
    for (let current: Scope | null = scope; current; current = current.parent) {
      const entry = current.vars.get(name);
      if (!entry) continue;
      if (entry.kind !== 'local') return true;
      (entry.assigned ??= []).push({ at: this.loc(node), compute });
      entry.memo = undefined;
      return true;
    }
    if (!this.topNames.has(name) || this.imports.has(name)) return false;
    // A module-level `let`: every value assigned to it anywhere in the module.
    const step: Sym = { kind: 'step', label: `assignment to ${name}`, at: this.loc(node), value: compute() };
    this.facts.symbols[name] = withAlternative(this.facts.symbols[name], step);
    return true;
  }

  private hasModifier(node: ts.Node, kind: ts.SyntaxKind): boolean {
    return typescript.canHaveModifiers(node) && (typescript.getModifiers(node)?.some((modifier) => modifier.kind === kind) ?? false);
  }

  private recordExports(statement: ts.Statement): void {
    const exported = this.hasModifier(statement, typescript.SyntaxKind.ExportKeyword);
    const isDefault = this.hasModifier(statement, typescript.SyntaxKind.DefaultKeyword);
    if (exported && typescript.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        const names = typescript.isIdentifier(declaration.name)
          ? [declaration.name.text]
          : typescript.isObjectBindingPattern(declaration.name)
            ? declaration.name.elements.flatMap((element) => (typescript.isIdentifier(element.name) ? [element.name.text] : []))
            : [];
        for (const name of names) this.facts.exports[name] = this.lookup(name, this.root);
      }
    } else if (exported && (typescript.isFunctionDeclaration(statement) || typescript.isClassDeclaration(statement))) {
      const key = statement.name?.text ?? (isDefault ? 'default' : null);
      if (key) {
        const ref: Sym = { kind: 'ref', module: null, name: key, member: [] };
        if (isDefault) this.facts.exports.default = ref;
        if (statement.name) this.facts.exports[statement.name.text] = ref;
      }
    } else if (typescript.isExportAssignment(statement)) {
      this.facts.exports.default = this.symOf(statement.expression, this.root);
    } else if (typescript.isExportDeclaration(statement)) {
      const module = statement.moduleSpecifier && typescript.isStringLiteral(statement.moduleSpecifier) ? statement.moduleSpecifier.text : null;
      const clause = statement.exportClause;
      if (!clause) {
        if (module) this.facts.reexports.push(module);
      } else if (typescript.isNamespaceExport(clause)) {
        if (module) this.facts.exports[clause.name.text] = { kind: 'ref', module, name: '*', member: [] };
      } else {
        for (const element of clause.elements) {
          const local = (element.propertyName ?? element.name).text;
          this.facts.exports[element.name.text] = module ? { kind: 'ref', module, name: local, member: [] } : this.lookup(local, this.root);
        }
      }
    }
  }

  /** A URL property of a tool's config object: a client configuration. */
  private pushConfigUrl(property: ts.PropertyAssignment, library: ClientLibrary, defaultBaseUrls: readonly string[], scope: Scope): void {
    this.pushCall(property, scope, { kind: 'client-config', client: library.client, method: null, expression: this.text(property.initializer), url: this.symOf(property.initializer, scope), ...defaultBase(property, defaultBaseUrls) });
  }

  /** URL properties of the options a config function returns, reported when the walk reaches them (see visitCall). */
  private readonly pendingConfigUrls = new Map<ts.Node, { library: ClientLibrary; defaultBaseUrls: readonly string[] }>();

  private visit(node: ts.Node, scope: Scope): void {
    const kind = node.kind;
    if (this.pendingConfigUrls.size > 0 && kind === typescript.SyntaxKind.PropertyAssignment) {
      const pending = this.pendingConfigUrls.get(node);
      if (pending) {
        this.pendingConfigUrls.delete(node);
        this.pushConfigUrl(node as ts.PropertyAssignment, pending.library, pending.defaultBaseUrls, scope);
      }
    }
    // Tokens (identifiers, literals, keywords: about half of all nodes) have no children and are none of the below.
    if (kind < FirstNode) return;
    // Types never hold calls: skipping them saves a good part of the walk on TypeScript code.
    if ((kind >= typescript.SyntaxKind.FirstTypeNode && kind <= typescript.SyntaxKind.LastTypeNode) || kind === typescript.SyntaxKind.InterfaceDeclaration || kind === typescript.SyntaxKind.TypeAliasDeclaration || kind === typescript.SyntaxKind.ImportDeclaration) {
      return;
    }
    if (node.parent === this.sf && typescript.isStatement(node)) this.recordExports(node);
    if (isFunctionNode(node)) {
      this.visitFunction(node, scope);
      return;
    }
    if (typescript.isClassDeclaration(node) || typescript.isClassExpression(node)) {
      this.visitClass(node, scope);
      return;
    }
    if (typescript.isVariableDeclaration(node)) this.declareVariable(node, scope);
    else if (typescript.isReturnStatement(node) && node.expression && scope.returns) {
      if (scope.fnKey !== null) this.keyReturnedFunction(node.expression, scope.fnKey);
      scope.returns.push(this.symOf(node.expression, scope));
    }
    else if (typescript.isCallExpression(node) || typescript.isNewExpression(node)) this.visitCall(node, scope);
    else if (typescript.isBinaryExpression(node) && node.operatorToken.kind === typescript.SyntaxKind.EqualsToken) this.visitAssignment(node, scope);
    else if (typescript.isBinaryExpression(node) && typescript.isBinaryExpression(node.left)) {
      // Long `a + b + c …` chains are left-deep trees: walk them in a loop, not thousands of frames deep.
      const rights: ts.Expression[] = [];
      let current: ts.Expression = node;
      while (typescript.isBinaryExpression(current) && current.operatorToken.kind !== typescript.SyntaxKind.EqualsToken) {
        rights.push(current.right);
        current = current.left;
      }
      this.visit(current, scope);
      for (let index = rights.length - 1; index >= 0; index--) {
        const right = rights[index];
        if (right) this.visit(right, scope);
      }
      return;
    }
    else if (typescript.isCatchClause(node) && node.variableDeclaration) this.declareOpaque(node.variableDeclaration.name, scope);
    typescript.forEachChild(node, (scope.visitChild ??= (child) => this.visit(child, scope)));
  }
}

/** `{ defaults: true }` for a config URL that is also the base of the library's own requests (Cypress' `baseUrl`). */
function defaultBase(property: ts.PropertyAssignment, names: readonly string[]): { defaults?: true } {
  const name = propertyNameText(property.name);
  return name !== null && names.includes(name) ? { defaults: true } : {};
}
