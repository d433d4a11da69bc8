/**
 * Resolve stage: turn symbolic URL values into concrete targets across files.
 * Joins base URLs and paths, follows constants and exports across modules, follows client
 * instances and wrappers, substitutes env/config bindings, fans out alternatives.
 * Output targets carry a placeholder zone (`self` for a relative URL with no base, `unresolved`
 * when no URL could be worked out, otherwise `unknown`); the judge classifies hosts into zones.
 *
 * Decisions (see also docs):
 * - Wrappers: the request a wrapper makes is always reported where it is written. Its targets are
 *   what the wrapper's callers give (each target's `via` names the caller), or, when no caller
 *   resolves (or nothing invokes it), its URL with the parameter left as a `{…}` placeholder.
 *   A call of a wrapper is a call of its own (`client: wrapper:<name>`) only when it passes the value
 *   that becomes the URL or its start (`callApi('/sandbox')`); one that passes an id or a payload
 *   (`getCourse(id)` → `/courses/${id}`) is evidence of the wrapper's request, not a call. Which
 *   parameter is the URL is decided by data flow (`urlParams`). Both carry the wrapper's request as
 *   their `point`, so the judge reports one finding there with the calls as related locations.
 * - Instance calls (`x.get('/p')`): kept when the receiver resolves to an HTTP client. When it does
 *   not resolve at all, the call is kept as `unresolved` only if the receiver's name says it is a
 *   client (`api`, `http`, `client`, `axios`, `importerApi`…); values from server frameworks
 *   (`express()`, `Router()`, even when named `api`), object literals, strings and `new Map()` are
 *   not clients: dropped.
 * - Client configurations stay listed next to the calls made on them (kind `client-config`, at the
 *   base-URL property), so the place where a base URL is configured is visible in the report.
 * - Env and config reads are evaluated for the service whose code makes the call (see binding-scope.ts): its own
 *   bindings of a name if it has any, else repo-wide fallbacks, never another service's own (the variable then
 *   stays `env:X` and is listed in `unboundEnv`). Code outside every service root sees every binding.
 * - When a URL's scheme and host are known but the path has unknown parts, the target keeps the host
 *   and renders the unknown parts as `{…}` placeholders (`http://importer-api:3000/students/{parameter id}`).
 */
import type { Binding, CallFact, FileFacts, Invocation, Language, Loc, Problem, ResolvedCall, Sym, Target } from '../model.js';
import { scopeBindings, type BindingScope } from './binding-scope.js';
import { asStr, at, Evaluator, isConfigOverride, MAX_ALTERNATIVES, NOT_PASSED, type Context, type Value } from './evaluate.js';
import { inheritingClients, interfaceMappings, HTTP_INTERFACE_MAPPINGS } from '../extract/jvm/http-interfaces.js';
import { describedArguments, descriptionPaths, readPath, type DescriptionPath } from './request-descriptions.js';
import { knownFilesReader, readProjectModules } from './modules/typescript-aliases.js';
import { sdkOfConfigKey } from './sdk-config-keys.js';
import { mergeServices } from './services.js';
import { PATHLESS_CLIENTS } from '../extract/typescript/clients.js';
import { EMPTY_VALUE, asGrpcTarget, targetOf, knownPrefix, mergeParts, joinBase, type StrValue } from './urls.js';
import { IN_MEMORY_TEST_CLIENT, withoutSteps } from '../extract/facts.js';
import { buildToolBindings, devServerProxies } from './build-tool-values.js';
import { ancestorDirs } from './modules/ancestors.js';

export interface ResolveInput {
  /** Facts of every scanned file (sources and manifests). */
  facts: readonly FileFacts[];
  /** Extra bindings not tied to a scanned file (none in the core; manifests add theirs through facts). */
  bindings?: readonly Binding[];
  /**
   * Reads a root-relative file (null when missing). Given, the `package.json` at each service root is read for its
   * `name`, which a workload may carry instead of the service's name. The resolver reads nothing else.
   */
  readText?: (file: string) => string | null;
  /** Folders known to hold a package.json (from discovery); without it every folder above a TS/JS file is asked. */
  packageDirs?: readonly string[];
  /** With `packageDirs`: the build config files (tsconfig, jsconfig, Vite, webpack) that exist, root-relative. */
  moduleConfigs?: readonly string[];
}

export interface ResolveOutput {
  calls: ResolvedCall[];
  /** Env vars read by code and bound nowhere that applies to the reading service, sorted. */
  unboundEnv: string[];
  problems: Problem[];
  /** package.json `name` by service root (root-relative directory), as read through `readText`; pass it on to `attributeServices`. */
  packageNames: Record<string, string>;
}

type FnValue = Extract<Value, { t: 'fn' }>;
type ClientValue = Extract<Value, { t: 'client' }>;

/**
 * Clients whose target is a gRPC channel's: a channel (every extractor's `grpcTarget` calls) and SDKs that speak gRPC to
 * a host they are given without a scheme (OpenFeature's flagd provider, `FLAGD_HOST=flagd`).
 */
const GRPC_CLIENTS: ReadonlySet<string> = new Set(['gRPC', 'flagd']);

interface Resolution {
  client: string;
  method: string | null;
  kind: CallFact['kind'];
  targets: Target[];
  /** The base-URL configuration of the client the call is made on, when it has one (see ResolvedCall.point). */
  point?: Loc;
}

/** One request a wrapper call makes: the call written in the wrapper, and where it goes with these arguments. */
interface Expansion {
  /** The request written in the wrapper, or a call of a nested wrapper that passes it the URL. */
  inner: CallFact | Invocation;
  resolution: Resolution;
}

const MAX_WRAPPER_DEPTH = 8;
/** Languages whose imports the TS/JS module mappings (tsconfig paths, aliases, workspaces) apply to. */
const SCRIPT_LANGUAGES: ReadonlySet<string> = new Set(['typescript', 'javascript', 'vue', 'svelte']);
const CLIENT_WORDS = new Set(['api', 'apis', 'http', 'https', 'client', 'axios', 'got', 'ky', 'rest', 'fetcher', 'requester', 'gateway', 'graphql', 'superagent', 'ofetch', 'xhr']);
/** Packages whose `x.get('/path', handler)` defines a route: never an outbound call, whatever the variable is called. */
const SERVER_FRAMEWORKS = new Set(['express', 'koa', '@koa/router', 'koa-router', 'fastify', '@hapi/hapi', 'hapi', 'restify', 'polka', 'hono', 'h3', 'next/server', '@nestjs/common']);
const DEFAULT_PROTOCOL: Record<string, string> = { 'node:https': 'https:' };
/**
 * Packages whose clients speak another protocol (caches, databases, queues): a value from one is never an HTTP client,
 * however it is named (`client.get(key)` on a Redis client called with a URL-shaped cache key).
 */
const NON_HTTP_PACKAGES: ReadonlySet<string> = new Set([
  'redis', 'ioredis', '@redis/client', 'memcached', 'memjs', 'node-cache', 'lru-cache', 'keyv', 'cache-manager',
  'mongodb', 'mongoose', 'pg', 'mysql', 'mysql2', 'sqlite3', 'better-sqlite3', 'knex', 'sequelize', '@prisma/client', 'typeorm', 'mssql', 'oracledb',
  'kafkajs', 'amqplib', 'amqp-connection-manager', 'bull', 'bullmq', 'nats', 'mqtt', 'ws', 'socket.io', 'socket.io-client', 'ldapjs', 'nodemailer',
]);

/** The package a module specifier names (`@redis/client/dist/x` → `@redis/client`, `pg/lib` → `pg`). */
function packageName(module: string): string {
  const parts = module.split('/');
  return module.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? module);
}

function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}

/** The name a receiver is known by (`this.http` → http, `importerApi` → importerApi). */
function receiverName(sym: Sym): string {
  switch (sym.kind) {
    case 'ref':
      return sym.member[sym.member.length - 1] ?? sym.name.split('.').pop() ?? sym.name;
    case 'param':
      return sym.member[sym.member.length - 1] ?? sym.name;
    case 'step':
      return sym.label.split(' ').pop() ?? sym.label;
    case 'call':
      return receiverName(sym.callee);
    case 'unknown':
      return sym.text;
    default:
      return sym.kind;
  }
}

/** Names of values that carry a URL or a path (`baseUrl`, `endpointPath`, `route`). */
const URL_NAME = /url|uri|href|path|route|endpoint|link/i;

/** A URL or a path: a scheme, a slash in the known text, or a part named like one (`${baseUrl}`). */
function looksLikeUrlOrPath(value: StrValue): boolean {
  const parts = mergeParts(value.parts);
  if (/^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(knownPrefix(parts))) return true;
  return parts.some((part) => (typeof part === 'string' ? part.includes('/') : URL_NAME.test(part.hole)));
}

function looksLikeClient(name: string): boolean {
  return words(name).some((word) => CLIENT_WORDS.has(word));
}

const dependsMemo = new WeakMap<object, boolean>();

/** A URL that names its own origin (`https://…`, `//host`): a default base URL does not apply to it. */
const ORIGIN_PREFIX = /^(?:[a-z][a-z\d+.-]*:)?\/\//i;

/** Whether a Sym refers to a parameter of its enclosing function (without following refs). */
export function dependsOnParam(sym: Sym | null | undefined): boolean {
  if (!sym) return false;
  const cached = dependsMemo.get(sym);
  if (cached !== undefined) return cached;
  let result: boolean;
  switch (sym.kind) {
    case 'param':
      result = true;
      break;
    case 'concat':
      result = sym.parts.some(dependsOnParam);
      break;
    case 'alt':
      result = sym.options.some(dependsOnParam);
      break;
    case 'url':
      result = dependsOnParam(sym.base) || dependsOnParam(sym.path);
      break;
    case 'object':
      result = Object.values(sym.props).some(dependsOnParam);
      break;
    case 'client':
      result = dependsOnParam(sym.base);
      break;
    case 'call':
      result = dependsOnParam(sym.callee) || sym.args.some(dependsOnParam);
      break;
    case 'step':
      result = dependsOnParam(sym.value);
      break;
    default:
      result = false;
  }
  dependsMemo.set(sym, result);
  return result;
}

/** Text that may stand before a URL-carrying parameter: nothing, `/`, or an origin (`https://host:8080`, optionally with `/`). */
const LEADING_TEXT = /^(?:[a-z][a-z\d+.-]*:\/\/[^/?#]+)?\/?$/i;
/** Names of parameters that carry an identifier, not a path: `id`, `userId`, `student_number`, `uid`, `code`, `key`, an OID (`komoOid`, as Finnish national systems name theirs). */
const ID_NAME = /(?:^|[a-z0-9_])(?:id|ids|uid|uuid|guid|key|code|number|num|no)$|Id$|ID$|Oids?$/;

/** An absolute base URL with a path, that a path parameter continues (`http://trainer:3000/api`). */
const BASE_URL_WITH_PATH = /^[a-z][a-z\d+.-]*:\/\/[^/?#]+\/[^?#]*$/i;

/** Names of parameters that carry a URL or a path (`url`, `path`, `subPath`, `route`, `endpoint`), not an identifier. */
const URL_PARAM_NAME = /^(?:url|uri|href|path|route|endpoint|(?:[a-z]+(?:Url|Uri|Path|Route|Endpoint)))$/;

/** URL-carrying properties of an options object (`{ url }`, Redux `{ route }`). */
const URL_PROPS = ['url', 'uri', 'href', 'path', 'route', 'endpoint'];

/**
 * Parameters that reach a URL as the whole value or its start (`url`, `${base}/x`, `{ url }`), not in the middle
 * (`/courses/${id}`): those are the parameters a caller passes a URL, path or route in.
 */
export function leadingParams(sym: Sym | null | undefined, pathConstant: (sym: Sym) => string | null = () => null): number[] {
  if (!sym) return [];
  const leading = (inner: Sym | null | undefined): number[] => leadingParams(inner, pathConstant);
  switch (sym.kind) {
    case 'param':
      // A maker's parameter (`outer`) is bound already: callers of the returned function do not pass it.
      return sym.outer ? [] : [sym.index];
    case 'step':
      return leading(sym.value);
    case 'concat': {
      // Text before the parameter may be an origin (`https://host${path}`) or a single `/` (`${base}/${path}`), not a path (`/courses/${id}`).
      let before = '';
      for (const part of sym.parts) {
        const inner = part.kind === 'step' ? part.value : part;
        if (part.kind === 'lit') before += part.value;
        else if (inner.kind === 'param' && !inner.outer) {
          // `/${userId}` on a configured client passes an id, not a path: the parameter's name tells (`/${path}` does pass one).
          const name = inner.member.at(-1) ?? inner.name;
          if (before.endsWith('/') && ID_NAME.test(name)) return [];
          if (LEADING_TEXT.test(before)) return leading(part);
          // After a path, a parameter named as one is the rest of the path (`importer.get(`grapa/${url}`)`, `/api/v1/${path}`,
          // `'http://trainer:3000/api' + path`).
          return (before.endsWith('/') || BASE_URL_WITH_PATH.test(before)) && URL_PARAM_NAME.test(name) ? leading(part) : [];
        } else {
          // A choice between spellings of the parameter (`${host}${path.startsWith('/') ? path : `/${path}`}`) leads as its options do.
          const options = inner.kind === 'alt' ? leading(inner) : [];
          if (options.length > 0) return LEADING_TEXT.test(before) ? options : [];
          // A constant holding a path (`EVENTS_PATH + identifier`, EVENTS_PATH = '/api/events/') counts as if written in place.
          const path = pathConstant(part);
          if (path !== null) before += path;
          else if (before !== '') return [];
        }
      }
      return [];
    }
    case 'alt':
      return sym.options.flatMap(leading);
    case 'url':
      // A URI builder's path after its base (`fromHttpUrl(base).path(path)`) leads as `${base}${path}` does.
      if (sym.join) return leading({ kind: 'concat', parts: [sym.base, ...(sym.join === 'segment' ? [{ kind: 'lit', value: '/' } as const] : []), sym.path] });
      return [...leading(sym.base), ...leading(sym.path)];
    case 'object': {
      const prop = URL_PROPS.map((name) => (Object.hasOwn(sym.props, name) ? sym.props[name] : undefined)).find((value) => value !== undefined);
      return leading(prop);
    }
    default:
      return [];
  }
}

/** The HTTP method a wrapper's name says it sends (`post`, `api.put`, `deleteJson`, `patch_item`); null for other names, and for `get…` (GET is what an unknown method reads as anyway). */
function methodNamed(callee: string): string | null {
  const match = /^(post|put|patch|delete|del|head)(?=[A-Z_\d]|$)/.exec(callee.slice(callee.lastIndexOf('.') + 1));
  if (!match) return null;
  return match[1] === 'del' ? 'DELETE' : (match[1] as string).toUpperCase();
}

/** The parameter a Sym reads (`options.method`: index and member path), through steps; null when it reads none directly. */
function paramRoot(sym: Sym): { index: number; member: readonly string[] } | null {
  if (sym.kind === 'param') return sym.outer ? null : { index: sym.index, member: sym.member };
  return sym.kind === 'step' ? paramRoot(sym.value) : null;
}

function isInvocation(site: CallFact | Invocation): site is Invocation {
  return 'callee' in site;
}

function callDependsOnParam(fact: CallFact): boolean {
  return dependsOnParam(fact.url) || dependsOnParam(fact.receiver);
}

export function invocationDependsOnParam(invocation: Invocation): boolean {
  return dependsOnParam(invocation.callee) || invocation.args.some(dependsOnParam);
}

/**
 * An empty string the code starts a variable with and then replaces (`String url = ""; if (…) url = A; else url = B;`,
 * Go's `var url string`), or a null it gives in another branch (see NO_VALUE): no request goes to it while another
 * value is possible. Empty values from the environment or a configuration stay (a deployment that leaves the variable
 * empty is worth seeing).
 */
function isNoValue(target: Target): boolean {
  return target.zone === 'unresolved' && NO_VALUE.has(target.via.at(-1) ?? '') && target.env === undefined && target.binding === undefined && target.environment === undefined;
}

/**
 * The last evidence step of a target that is no value at all: the empty string, or a null written in the code as the
 * other branch (`dsn: inProduction ? SENTRY_DSN : null`, `url = None` then set): the client is off, no request goes there.
 */
const NO_VALUE: ReadonlySet<string> = new Set([EMPTY_VALUE, ...['null', 'undefined', 'None', 'nil', 'void 0'].map((word) => `unresolved: ${word}`)]);

function dedupeTargets(all: Target[]): Target[] {
  const targets = all.some((target) => !isNoValue(target)) ? all.filter((target) => !isNoValue(target)) : all;
  const seen = new Set<string>();
  const out: Target[] = [];
  for (const target of targets) {
    const key = JSON.stringify([target.url, target.host, target.zone, target.env ?? null, target.environment ?? null, target.binding ?? null]);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(target);
  }
  if (out.length > MAX_ALTERNATIVES) {
    const kept = out.slice(0, MAX_ALTERNATIVES);
    const last = kept[kept.length - 1];
    if (last) last.via = [...last.via, `(more than ${MAX_ALTERNATIVES} possible targets; the rest were not listed)`];
    return kept;
  }
  return out;
}

class CallResolver {
  private readonly evaluator: Evaluator;
  private readonly sites = new Map<string, { calls: CallFact[]; invocations: Invocation[] }>();
  private readonly wrapperMemo = new Map<string, boolean>();
  private readonly wrapperBusy = new Set<string>();
  private readonly urlParamMemo = new Map<string, ReadonlySet<number>>();
  private readonly invoked = new Set<string>();
  private readonly callsByFile = new Map<string, CallFact[]>();
  private readonly invocationsByFile = new Map<string, Invocation[]>();
  private readonly topLevelMemo = new Map<Sym, { file: string; values: readonly Value[] }>();
  /** Process-wide default base URLs set on a library (`axios.defaults.baseURL = …`), by client. */
  private readonly libraryDefaults = new Map<string, { file: string; fact: CallFact }[]>();
  private readonly defaultBasesMemo = new Map<string, StrValue[]>();

  private readonly scope: BindingScope;
  readonly packageNames: Record<string, string>;
  /** Invocations that read an argument at a property path of an object nothing passes (`callApi(action.requestSettings.route)`), by path: where request descriptions are performed. */
  private readonly performers = new Map<DescriptionPath, { file: string; invocation: Invocation }[]>();
  private readonly descriptionMemo = new Map<string, Map<DescriptionPath, number>>();

  /** The files' facts, with package.json's development proxies (read here, not by an extractor). */
  private readonly facts: readonly FileFacts[];

  constructor(private readonly input: ResolveInput) {
    // Service names and module mappings both read package.json files: each file is read once.
    const readText = input.readText ? readOnce(input.readText) : undefined;
    const scripts = input.facts.filter((facts) => SCRIPT_LANGUAGES.has(facts.language)).map((facts) => facts.file);
    const known = input.packageDirs ? { packageDirs: input.packageDirs, configs: input.moduleConfigs ?? [] } : undefined;
    // Without discovery's package folders, every folder above a script may hold one.
    const packageDirs = input.packageDirs ?? [...new Set(scripts.flatMap((file) => ancestorDirs(file)))].sort();
    // Only the package.json files and build configs discovery found are read (not five Vite config names per package).
    const buildFiles = readText ? knownFilesReader(readText, known) : undefined;
    // Create React App's `proxy` in package.json: client configurations of files no extractor reads.
    const proxies = buildFiles && scripts.length > 0 ? devServerProxies(packageDirs, buildFiles) : [];
    this.facts = proxies.length > 0 ? [...input.facts, ...proxies] : input.facts;
    this.packageNames = readText ? packageNamesOf(this.facts, readText) : {};
    this.scope = scopeBindings(this.facts, { packageNames: this.packageNames });
    const projectModules = readText && scripts.length > 0 ? readProjectModules(scripts, readText, known) : undefined;
    const buildTools = buildFiles ? buildToolBindings(packageDirs, buildFiles) : [];
    this.evaluator = new Evaluator(this.facts, [...(input.bindings ?? []), ...buildTools], this.scope, projectModules);
    const inherited = inheritHttpInterfaces(this.facts, (specifier, from) => this.evaluator.resolveModule(specifier, from));
    for (const facts of this.facts) {
      for (const call of facts.calls) {
        if (call.kind !== 'client-config' || !call.defaults) continue;
        const list = this.libraryDefaults.get(call.client) ?? [];
        list.push({ file: facts.file, fact: call });
        this.libraryDefaults.set(call.client, list);
      }
    }
    for (const facts of this.facts) {
      // An inherited call replaces the call its interface reported without a client (a Retrofit interface before `create`).
      const own = inherited.get(facts.file) ?? [];
      const replaced = new Set(own.map((call) => `${call.loc.line}:${call.loc.column}`));
      const calls = [...facts.calls.filter((call) => !replaced.has(`${call.loc.line}:${call.loc.column}`)), ...own, ...sdkConfigurations(facts)];
      const invocations: Invocation[] = [];
      for (const written of facts.invocations) {
        const invocation = written.named ? this.withNamedArguments(facts.file, written) : written;
        const instanceCall = this.callableInstanceCall(facts.file, invocation);
        if (instanceCall) calls.push(instanceCall);
        else invocations.push(invocation);
      }
      this.callsByFile.set(facts.file, calls);
      this.invocationsByFile.set(facts.file, invocations);
      for (const call of calls) if (call.fn) this.siteList(facts.file, call.fn).calls.push(call);
      for (const invocation of invocations) if (invocation.fn) this.siteList(facts.file, invocation.fn).invocations.push(invocation);
      for (const invocation of invocations) {
        for (const path of new Set(invocation.args.map(readPath))) {
          if (path === null) continue;
          const list = this.performers.get(path) ?? [];
          list.push({ file: facts.file, invocation });
          this.performers.set(path, list);
        }
      }
    }
  }

  /**
   * Arguments passed by name (`self._request(method="GET", path="/x")`) at the positions of the callee's parameters of
   * those names, once the callee is known; a parameter passed by neither is `unknown`. A new invocation: facts stay as extracted.
   */
  private withNamedArguments(file: string, invocation: Invocation): Invocation {
    const named = invocation.named ?? {};
    for (const fn of this.topLevelFunctions(invocation.callee, file)) {
      const declared = this.evaluator.files.get(fn.file)?.symbols[fn.key];
      if (declared?.kind !== 'fn') continue;
      const args: Sym[] = [...invocation.args];
      for (const [name, value] of Object.entries(named)) {
        const index = declared.params.indexOf(name);
        if (index < 0 || index < invocation.args.length) continue;
        while (args.length < index) args.push({ kind: 'unknown', text: `${declared.params[args.length] ?? 'argument'} (not passed)` });
        args[index] = value;
      }
      return { ...invocation, args };
    }
    return invocation;
  }

  /** `api('/x')`, `sisu('units', { method: 'POST' })`: a client instance called directly is a call on it. */
  private callableInstanceCall(file: string, invocation: Invocation): CallFact | null {
    const callee = this.topLevelValues(invocation.callee, file);
    if (!callee.some((value) => value.t === 'client')) return null;
    const methodOf = (sym: Sym | undefined): string | null | undefined => {
      const value = sym?.kind === 'step' ? sym.value : sym;
      if (value?.kind !== 'object') return undefined;
      const method = value.props.method;
      return method?.kind === 'lit' ? method.value.toUpperCase() : method ? null : undefined;
    };
    const method = methodOf(invocation.args[1]) ?? methodOf(invocation.args[0]);
    const call: CallFact = {
      kind: 'call',
      loc: invocation.loc,
      client: 'instance',
      method: method === undefined ? 'GET' : method,
      expression: invocation.expression,
      url: invocation.args[0] ?? null,
      receiver: invocation.callee,
      enclosing: invocation.enclosing,
    };
    if (invocation.fn) call.fn = invocation.fn;
    return call;
  }

  /** The default base URLs of `client` set in the process running `ctx`'s code: by its service, or anywhere when the default's file has none. */
  private defaultBases(client: string, ctx: Context): StrValue[] {
    const defaults = this.libraryDefaults.get(client);
    if (!defaults) return [];
    // The same for every call of the client in one service and package: evaluated once.
    const memoKey = `${client}\0${ctx.service ?? ''}\0${this.packageOf(ctx.file) ?? ''}`;
    const known = this.defaultBasesMemo.get(memoKey);
    if (known) return known;
    const out: StrValue[] = [];
    for (const { file, fact } of defaults) {
      const service = this.scope.serviceOfFile(file);
      if (service !== null && ctx.service !== null && service !== ctx.service) continue;
      // Another package (a folder with its own package.json) is another program: a bundle or a process of its own.
      if (this.packageOf(file) !== this.packageOf(ctx.file)) continue;
      const step = `${fact.client} default base URL (${at(fact.loc)})`;
      for (const value of this.urlStrings(fact.url, { ...this.topLevel(file), service: ctx.service }, client)) out.push({ ...value, via: [step, ...value.via] });
    }
    this.defaultBasesMemo.set(memoKey, out);
    return out;
  }

  /** The nearest folder holding a package.json above `file` (root-relative, '' for the root); null when discovery did not say. */
  private packageOf(file: string): string | null {
    let nearest: string | null = null;
    for (const dir of this.input.packageDirs ?? []) if ((dir === '' || file.startsWith(`${dir}/`)) && (nearest === null || dir.length > nearest.length)) nearest = dir;
    return nearest;
  }

  /** The context of a file's top-level code: run by the service whose root holds the file. */
  private topLevel(file: string): Context {
    return { file, service: this.scope.serviceOfFile(file), args: null, depth: 0 };
  }

  private siteList(file: string, key: string): { calls: CallFact[]; invocations: Invocation[] } {
    const id = `${file}#${key}`;
    let list = this.sites.get(id);
    if (!list) {
      list = { calls: [], invocations: [] };
      this.sites.set(id, list);
    }
    return list;
  }

  /**
   * What `sym` evaluates to in `file`'s top-level context, evaluated once: every invocation's callee is evaluated there
   * when the resolver is built, and most again when wrappers are linked (a fifth of the resolve stage on a monorepo).
   */
  private topLevelValues(sym: Sym, file: string): readonly Value[] {
    // A symbol belongs to one file's facts; should one be shared, the other files' answers are simply not kept.
    const memo = this.topLevelMemo.get(sym);
    if (memo?.file === file) return memo.values;
    const values = this.evaluator.evaluate(sym, this.topLevel(file));
    if (!memo) this.topLevelMemo.set(sym, { file, values });
    return values;
  }

  /** `calleeFunctions` in `file`'s top-level context. */
  private topLevelFunctions(callee: Sym, file: string): FnValue[] {
    // One function reached twice (`service = require('./service')` in two places) is one callee; a function made by a
    // call keeps each of its closures.
    const seen = new Set<string>();
    return this.topLevelValues(callee, file).filter((value): value is FnValue => {
      if (value.t !== 'fn') return false;
      if (value.closure) return true;
      const key = `${value.file}#${value.key}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }

  private calleeFunctions(callee: Sym, ctx: Context): FnValue[] {
    return this.evaluator.evaluate(callee, ctx).filter((value): value is FnValue => value.t === 'fn');
  }

  /** Whether calling the function sends a request whose URL or client depends on the arguments. */
  private isWrapper(fn: FnValue): boolean {
    const id = `${fn.file}#${fn.key}`;
    const cached = this.wrapperMemo.get(id);
    if (cached !== undefined) return cached;
    if (this.wrapperBusy.has(id)) return false;
    this.wrapperBusy.add(id);
    const sites = this.sites.get(id);
    let result = false;
    if (sites) {
      result =
        sites.calls.some(callDependsOnParam) ||
        sites.invocations.some(
          (invocation) =>
            invocationDependsOnParam(invocation) && this.topLevelFunctions(invocation.callee, fn.file).some((inner) => this.isWrapper(inner)),
        );
    }
    this.wrapperBusy.delete(id);
    this.wrapperMemo.set(id, result);
    return result;
  }

  /** Indexes of a wrapper's parameters that become its request's URL or the URL's start (see `leadingParams`), through nested wrappers. */
  private urlParams(fn: FnValue): ReadonlySet<number> {
    const id = `${fn.file}#${fn.key}`;
    const cached = this.urlParamMemo.get(id);
    if (cached) return cached;
    const found = new Set<number>();
    // Cycles read as no URL parameter until the first answer is complete.
    this.urlParamMemo.set(id, found);
    const sites = this.sites.get(id);
    const pathConstant = (sym: Sym): string | null => this.pathConstant(sym, fn.file);
    for (const call of sites?.calls ?? []) for (const index of leadingParams(call.url, pathConstant)) found.add(index);
    for (const invocation of sites?.invocations ?? []) {
      if (!invocationDependsOnParam(invocation)) continue;
      for (const inner of this.topLevelFunctions(invocation.callee, fn.file)) {
        if (!this.isWrapper(inner)) continue;
        for (const index of this.urlParams(inner)) for (const outer of leadingParams(invocation.args[index])) found.add(outer);
      }
    }
    return found;
  }

  /** The text of a reference to a constant that holds a path ending in `/` (`'/api/events/'`), else null. */
  private pathConstant(sym: Sym, file: string): string | null {
    if (sym.kind !== 'ref' && !(sym.kind === 'step' && sym.value.kind === 'ref')) return null;
    const values = this.evaluator.evaluate(sym, this.topLevel(file));
    const parts = values.length === 1 && values[0]?.t === 'str' ? mergeParts(values[0].parts) : [];
    const text = parts.length === 1 ? parts[0] : undefined;
    return typeof text === 'string' && /^\/[^/].*\/$/.test(text) ? text : null;
  }

  /** Where a function's returned description holds its parameters, when some performing site reads one of those paths. */
  private describedPaths(fn: FnValue): Map<DescriptionPath, number> {
    const id = `${fn.file}#${fn.key}`;
    let paths = this.descriptionMemo.get(id);
    if (!paths) {
      paths = descriptionPaths(fn.returns);
      for (const path of [...paths.keys()]) if (!this.performers.has(path)) paths.delete(path);
      this.descriptionMemo.set(id, paths);
    }
    return paths;
  }

  /**
   * The requests a call of a describing function (`callBuilder('/deadlines', 'GET_DEADLINES')`) makes where its
   * description is performed: each performing site calls a wrapper with the URL read from the description.
   */
  private expandDescription(fn: FnValue, invocation: Invocation, ctx: Context): { urlIndex: number; expansions: Expansion[] } | null {
    const paths = this.describedPaths(fn);
    if (paths.size === 0) return null;
    let urlIndex: number | null = null;
    const expansions: Expansion[] = [];
    for (const path of paths.keys()) {
      for (const performer of this.performers.get(path) ?? []) {
        const site = performer.invocation;
        for (const wrapper of this.topLevelFunctions(site.callee, performer.file)) {
          if (!this.isWrapper(wrapper)) continue;
          const siteUrl = this.urlArgument(wrapper, site);
          const readAt = siteUrl === null ? null : readPath(site.args[siteUrl]);
          const index = readAt === null ? undefined : paths.get(readAt);
          if (index === undefined || index >= invocation.args.length) continue;
          urlIndex ??= index;
          const via = [`request description ${invocation.calleeText ?? fn.key}${fn.at ? ` (${at(fn.at)})` : ''}, performed at ${at(site.loc)}`];
          expansions.push(...this.expand(wrapper, describedArguments(site.args, paths, invocation.args), ctx, via, new Set()));
        }
      }
    }
    return urlIndex === null || expansions.length === 0 ? null : { urlIndex, expansions };
  }

  /** The argument of an invocation that carries the URL, when it passes one (null: it passes only ids or payloads). */
  private urlArgument(fn: FnValue, invocation: Invocation): number | null {
    for (const index of [...this.urlParams(fn)].sort((a, b) => a - b)) if (index < invocation.args.length) return index;
    return null;
  }

  /** URL strings of a call's URL argument: strings as they are; option objects (`{ url }`, `{ hostname, path }`) assembled. */
  private urlStrings(sym: Sym | null, ctx: Context, client: string): StrValue[] {
    if (!sym) return [{ t: 'str', parts: [{ hole: 'no URL argument' }], via: [] }];
    return this.evaluator.evaluate(sym, ctx).flatMap((value) => (value.t === 'obj' ? this.urlFromOptions(value, client) : [asStr(value)]));
  }

  private urlFromOptions(options: Extract<Value, { t: 'obj' }>, client: string): StrValue[] {
    const props = options.props;
    const withVia = (values: StrValue[]): StrValue[] => values.map((value) => ({ ...value, via: [...options.via, ...value.via] }));
    // `uri` is the `request` package's spelling of `url`.
    const urlSym = props.url ?? props.uri;
    if (urlSym) {
      const paths = this.evaluator.evaluate(urlSym, options.ctx).map(asStr);
      const baseSym = props.baseURL ?? props.prefixUrl ?? props.baseUrl;
      if (!baseSym) return withVia(paths);
      const bases = this.evaluator.evaluate(baseSym, options.ctx).map(asStr);
      return withVia(bases.flatMap((base) => paths.map((path) => joinBase(base, path))));
    }
    const host = props.hostname ?? props.host;
    if (host) {
      const parts: Sym[] = [props.protocol ?? { kind: 'lit', value: DEFAULT_PROTOCOL[client] ?? 'http:' }, { kind: 'lit', value: '//' }, host];
      if (props.port) parts.push({ kind: 'lit', value: ':' }, props.port);
      parts.push(props.path ?? { kind: 'lit', value: '/' });
      return withVia(this.evaluator.evaluate({ kind: 'concat', parts }, options.ctx).map(asStr));
    }
    return withVia([{ t: 'str', parts: [{ hole: 'options without a URL' }], via: [] }]);
  }

  /**
   * Keep an instance call whose receiver is not a known client? Only with evidence that it is an HTTP client (see
   * header): a value from a package whose name says it is one, or a receiver named like a client (`api`, `http`…)
   * called with a URL or a path. `redisClient.get(key)`, `cache.get('k')` have neither.
   */
  private keepUnresolvedReceiver(receiver: Sym, values: readonly Value[], paths: readonly StrValue[]): boolean {
    const name = receiverName(receiver);
    const urlArgument = paths.some(looksLikeUrlOrPath);
    return values.some((value) => {
      if (value.t === 'external' && NON_HTTP_PACKAGES.has(packageName(value.module))) return false;
      if (value.t === 'external') return looksLikeClient(value.module) || (looksLikeClient(name) && urlArgument && !SERVER_FRAMEWORKS.has(value.module));
      if (value.t === 'unknown') return looksLikeClient(name) && urlArgument;
      return false;
    });
  }

  /** The call's method: as written, else the value its source holds in this context (a wrapper's caller passes `'POST'`); null when not one known word. */
  private methodOf(fact: CallFact, ctx: Context): string | null {
    if (fact.method !== null || !fact.methodFrom || !ctx.args) return fact.method;
    // The caller leaves the argument out (`dbClient(path)` of `dbClient(path, options = { method: 'GET' })`): no method given, GET.
    // Or passes options without it (`request({ url })` of `request({ url, method = 'GET' })`).
    const root = paramRoot(fact.methodFrom);
    if (root !== null && root.index >= ctx.args.syms.length) return 'GET';
    const passed = root !== null && root.member.length > 0 ? withoutSteps(ctx.args.syms[root.index]) : undefined;
    if (passed?.kind === 'object' && !Object.hasOwn(passed.props, root!.member[0] as string)) return 'GET';
    const words = new Set<string>();
    const values = this.evaluator.evaluate(fact.methodFrom, ctx);
    // Left out further up (`(...args) => request(...args)` called with the URL only): no method given, GET.
    if (values.length > 0 && values.every((value) => value.t === 'unknown' && value.text.includes(NOT_PASSED))) return 'GET';
    // Values that are no text (`init.method` of `init = method === 'GET' ? undefined : { method }`) leave the choice to the others.
    for (const value of values) {
      if (value.t !== 'str') continue;
      const text = value.parts.every((part) => typeof part === 'string') ? value.parts.join('') : null;
      if (text === null || !/^[A-Za-z]+$/.test(text)) return null;
      words.add(text.toUpperCase());
    }
    return words.size === 1 ? ([...words][0] as string) : null;
  }

  /** Targets of one call fact evaluated in a context; null when it is not an HTTP call after all. */
  private resolveFact(fact: CallFact, ctx: Context): Resolution | null {
    if (!fact.receiver) {
      const paths = this.urlStrings(fact.url, ctx, fact.client);
      const bases = fact.kind === 'call' ? this.defaultBases(fact.client, ctx) : [];
      // A path (not a URL of its own origin) goes to the library's default base URL when the process sets one.
      const joined = paths.flatMap((path) => (bases.length > 0 && !ORIGIN_PREFIX.test(knownPrefix(mergeParts(path.parts))) ? bases.map((base) => joinBase(base, path)) : [path]));
      const all = (GRPC_CLIENTS.has(fact.client) ? joined.map(asGrpcTarget) : joined).map(targetOf);
      // A configuration read from one binding: not the values the key has in other profiles' bindings (whose evidence
      // names another place), but this one's, with what its placeholders and the env vars overriding it give.
      const at = fact.bindingAt;
      const here = `(${at?.file}:${at?.line}`;
      const otherBinding = (step: string): boolean => step.startsWith(`binding ${fact.expression} = `) && !step.includes(`${here},`) && !step.includes(`${here})`);
      const targets = at ? all.filter((target) => target.via.some(isConfigOverride) || !target.via.some(otherBinding)) : all;
      return { client: fact.client, method: this.methodOf(fact, ctx), kind: fact.kind, targets };
    }
    const receivers = this.evaluator.evaluate(fact.receiver, ctx);
    const clients = receivers.filter((value): value is ClientValue => value.t === 'client');
    // Requests to an application under test served in memory leave no process: not integrations.
    if (clients.length > 0 && clients.length === receivers.length && clients.every((client) => client.client === IN_MEMORY_TEST_CLIENT)) return null;
    const paths = this.urlStrings(fact.url, ctx, fact.client);
    if (clients.length > 0) {
      // A client that sends to its base URL itself (a GraphQL endpoint): the call's argument is a query, not a path.
      const pathsOf = (client: ClientValue): StrValue[] => (PATHLESS_CLIENTS.has(client.client) ? [{ t: 'str', parts: [], via: [] }] : paths);
      const targets = clients.flatMap((client) => pathsOf(client).flatMap((path) => this.evaluator.joinClient(client, path))).map(targetOf);
      const resolution: Resolution = { client: clients[0]?.client ?? fact.client, method: this.methodOf(fact, ctx), kind: fact.kind, targets };
      const configured = clients.find((client) => client.base !== null);
      if (configured) resolution.point = configured.at;
      return resolution;
    }
    if (!this.keepUnresolvedReceiver(fact.receiver, receivers, paths)) return null;
    const name = receiverName(fact.receiver);
    const targets = paths.map((path): Target => {
      const parts = mergeParts(path.parts);
      if (/^(?:https?|wss?):\/\//i.test(knownPrefix(parts))) return targetOf(path);
      const target: Target = { url: null, host: null, zone: 'unresolved', via: [...path.via, `client instance '${name}' not resolved (its base URL is unknown)`] };
      if (path.env) target.env = path.env;
      return target;
    });
    return { client: fact.client, method: this.methodOf(fact, ctx), kind: fact.kind, targets };
  }

  /** The requests a wrapper makes when called with `args`, through nested wrappers. */
  private expand(fn: FnValue, args: readonly Sym[], callerCtx: Context, via: string[], chain: Set<string>): Expansion[] {
    const id = `${fn.file}#${fn.key}`;
    if (chain.has(id) || chain.size >= MAX_WRAPPER_DEPTH) return [];
    const sites = this.sites.get(id);
    if (!sites) return [];
    const nextChain = new Set(chain).add(id);
    const ctx: Context = { file: fn.file, service: callerCtx.service, args: { syms: args, ctx: callerCtx }, closure: fn.closure ?? null, depth: callerCtx.depth + 1 };
    const step = `wrapper ${fn.key}${fn.at ? ` (${at(fn.at)})` : ''}`;
    const out: Expansion[] = [];
    for (const call of sites.calls) {
      if (!callDependsOnParam(call)) continue;
      const resolution = this.resolveFact(call, ctx);
      if (resolution) out.push({ inner: call, resolution: { ...resolution, targets: resolution.targets.map((target) => ({ ...target, via: [...via, step, ...target.via] })) } });
    }
    for (const invocation of sites.invocations) {
      if (!invocationDependsOnParam(invocation)) continue;
      for (const inner of this.calleeFunctions(invocation.callee, ctx)) {
        if (!this.isWrapper(inner)) continue;
        const nested = this.expand(inner, invocation.args, ctx, [...via, step], nextChain);
        out.push(...nested);
        if (nested.length > 0 && this.urlArgument(inner, invocation) !== null) out.push({ inner: invocation, resolution: this.wrapperCall(invocation, inner, nested) });
      }
    }
    return out;
  }

  private record(loc: CallFact['loc'], language: Language, expression: string, enclosing: string, resolution: Resolution): ResolvedCall {
    const targets = resolution.targets.length > 0 ? dedupeTargets(resolution.targets) : [{ url: null, host: null, zone: 'unresolved' as const, via: ['no URL could be determined'] }];
    const call: ResolvedCall = {
      file: loc.file,
      line: loc.line,
      column: loc.column,
      language,
      client: resolution.client,
      method: resolution.method,
      expression,
      kind: resolution.kind,
      enclosing,
      targets,
    };
    const point = resolution.point;
    if (point && !(point.file === loc.file && point.line === loc.line && point.column === loc.column)) call.point = { file: point.file, line: point.line, column: point.column };
    return call;
  }

  /** A call of a wrapper that passes its URL: one call, with every request the wrapper makes for it. */
  private wrapperCall(invocation: Invocation, fn: FnValue, expansions: readonly Expansion[]): Resolution {
    const name = invocation.calleeText ?? fn.key;
    const first = expansions[0];
    const inner = expansions.find((expansion) => expansion.resolution.method !== null)?.resolution.method ?? null;
    const named = methodNamed(name);
    const resolution: Resolution = {
      client: `wrapper:${name.length > 60 ? fn.key : name}`,
      // `api.post(url, body)` over `send(method, url)`: the method the wrapper is named for, where the request's own is
      // not known (a parameter, or fetch's default).
      method: named !== null && (inner === null || inner === 'GET') ? named : inner,
      kind: 'call',
      targets: expansions.flatMap((expansion) => expansion.resolution.targets),
    };
    const request = expansions.find((expansion) => !isInvocation(expansion.inner));
    if (request) resolution.point = request.resolution.point ?? request.inner.loc;
    else if (first?.resolution.point) resolution.point = first.resolution.point;
    return resolution;
  }

  /** A wrapper's own request, resolved with what its callers pass; a placeholder for the parameter where none resolves. */
  private innerResolution(call: CallFact, ctx: Context, fromCallers: readonly Resolution[] | undefined): Resolution | null {
    const own = this.resolveFact(call, ctx);
    if (!fromCallers || fromCallers.length === 0) return own;
    const targets = fromCallers.flatMap((resolution) => resolution.targets);
    const resolves = targets.some((target) => target.url !== null);
    const named = fromCallers.find((resolution) => resolution.client !== 'instance') ?? fromCallers[0];
    const resolution: Resolution = {
      client: own && own.client !== 'instance' ? own.client : (named?.client ?? call.client),
      method: call.method ?? named?.method ?? null,
      kind: call.kind,
      targets: resolves || !own ? targets : own.targets,
    };
    const point = own?.point ?? fromCallers.find((caller) => caller.point)?.point;
    if (point) resolution.point = point;
    return resolution;
  }

  run(): ResolveOutput {
    const calls: ResolvedCall[] = [];
    const wrappersByInvocation = new Map<Invocation, FnValue[]>();
    for (const facts of this.facts) {
      for (const invocation of this.invocationsByFile.get(facts.file) ?? []) {
        const wrappers = this.topLevelFunctions(invocation.callee, facts.file).filter((fn) => this.isWrapper(fn));
        if (wrappers.length === 0) continue;
        wrappersByInvocation.set(invocation, wrappers);
        for (const fn of wrappers) this.invoked.add(`${fn.file}#${fn.key}`);
      }
    }
    const representedElsewhere = (file: string, fn: string | undefined, dependent: boolean): boolean => dependent && fn !== undefined && this.invoked.has(`${file}#${fn}`);
    // What each wrapper's own request gives for its callers, gathered from every call of a wrapper (nested ones expand from the outermost).
    const fromCallers = new Map<CallFact | Invocation, Resolution[]>();
    const addFromCaller = (expansions: readonly { inner: CallFact | Invocation; resolution: Resolution }[], caller: string): void => {
      for (const { inner, resolution } of expansions) {
        const list = fromCallers.get(inner) ?? [];
        list.push({ ...resolution, targets: resolution.targets.map((target) => ({ ...target, via: [caller, ...target.via] })) });
        fromCallers.set(inner, list);
      }
    };
    for (const facts of this.facts) {
      const language = facts.language as Language;
      const ctx = this.topLevel(facts.file);
      for (const invocation of this.invocationsByFile.get(facts.file) ?? []) {
        const wrappers = wrappersByInvocation.get(invocation);
        const caller = `called from ${at(invocation.loc)}:${invocation.loc.column}`;
        if (!wrappers && this.performers.size > 0) {
          // A call of a function that describes a request performed elsewhere: a call of its own where it passes the URL.
          for (const fn of this.topLevelFunctions(invocation.callee, facts.file)) {
            const described = this.expandDescription(fn, invocation, ctx);
            if (!described) continue;
            addFromCaller(described.expansions, caller);
            const expression = invocation.argTexts?.[described.urlIndex] ?? invocation.expression;
            calls.push(this.record(invocation.loc, language, expression, invocation.enclosing, this.wrapperCall(invocation, fn, described.expansions)));
          }
        }
        if (!wrappers || representedElsewhere(facts.file, invocation.fn, invocationDependsOnParam(invocation))) continue;
        for (const fn of wrappers) {
          const expansions = this.expand(fn, invocation.args, ctx, [], new Set());
          addFromCaller(expansions, caller);
          const urlIndex = this.urlArgument(fn, invocation);
          if (urlIndex === null || expansions.length === 0 || isBareParam(invocation.args[urlIndex]) || isNumberLiteral(invocation.args[urlIndex])) continue;
          const expression = invocation.argTexts?.[urlIndex] ?? invocation.expression;
          calls.push(this.record(invocation.loc, language, expression, invocation.enclosing, this.wrapperCall(invocation, fn, expansions)));
        }
      }
    }
    for (const facts of this.facts) {
      const language = facts.language as Language;
      const ctx = this.topLevel(facts.file);
      for (const call of this.callsByFile.get(facts.file) ?? []) {
        const viaCallers = representedElsewhere(facts.file, call.fn, callDependsOnParam(call)) ? fromCallers.get(call) : undefined;
        const resolution = this.innerResolution(call, ctx, viaCallers);
        if (resolution) calls.push(this.record(call.loc, language, call.expression, call.enclosing, resolution));
      }
      // Calls of wrappers inside wrappers (`getJson(\`${base}/teachers/${id}\`)` in `teacher(id)`): a call when they pass the URL.
      for (const invocation of this.invocationsByFile.get(facts.file) ?? []) {
        const wrappers = wrappersByInvocation.get(invocation);
        if (!wrappers || !representedElsewhere(facts.file, invocation.fn, invocationDependsOnParam(invocation))) continue;
        for (const fn of wrappers) {
          const urlIndex = this.urlArgument(fn, invocation);
          // Passing its own parameter on unchanged (`ilmoRequest = (path) => request(ilmo, path)`), a wrapper adds
          // nothing to the URL: its callers are the calls, not this line.
          if (urlIndex === null || isPassedOn(invocation.args[urlIndex])) continue;
          const viaCallers = fromCallers.get(invocation) ?? [];
          const resolves = viaCallers.some((resolution) => resolution.targets.some((target) => target.url !== null));
          const resolution = resolves ? mergeResolutions(viaCallers) : this.wrapperCall(invocation, fn, this.expand(fn, invocation.args, ctx, [], new Set()));
          if (resolution.targets.length === 0) continue;
          calls.push(this.record(invocation.loc, language, invocation.argTexts?.[urlIndex] ?? invocation.expression, invocation.enclosing, resolution));
        }
      }
    }
    calls.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || a.client.localeCompare(b.client)));
    return { calls, unboundEnv: [...this.evaluator.unboundEnv].sort(), problems: this.evaluator.problems, packageNames: this.packageNames };
  }
}

/**
 * Calls a declarative client inherits (`@FeignClient(name = "cards") interface CardClient extends CardService {}`, or a
 * Retrofit client's `retrofit.create(CardApi.class)`): each
 * mapped method of the extended interface, reported where the mapping is written, made on the client (its base URL).
 * The interface is found by its import (or package), else as the one scanned interface of that name.
 */
export function inheritHttpInterfaces(facts: readonly FileFacts[], resolveModule: (specifier: string, fromFile: string) => string | null): Map<string, CallFact[]> {
  const byFile = new Map(facts.map((fileFacts) => [fileFacts.file, fileFacts]));
  // The files declaring each interface's mappings, built when an interface is first looked up by name alone.
  let declaringFiles: Map<string, FileFacts[]> | null = null;
  const declaringByName = (key: string): FileFacts[] => {
    if (declaringFiles === null) {
      declaringFiles = new Map();
      for (const candidate of facts) {
        for (const symbol of Object.keys(candidate.symbols)) {
          if (!symbol.startsWith(HTTP_INTERFACE_MAPPINGS)) continue;
          const list = declaringFiles.get(symbol) ?? [];
          list.push(candidate);
          declaringFiles.set(symbol, list);
        }
      }
    }
    return declaringFiles.get(key) ?? [];
  };
  const out = new Map<string, CallFact[]>();
  for (const fileFacts of facts) {
    for (const { client, parents } of inheritingClients(fileFacts)) {
      const clientSym = fileFacts.symbols[client];
      if (clientSym?.kind !== 'client') continue;
      for (const parent of parents) {
        const key = `${HTTP_INTERFACE_MAPPINGS}${parent.name}`;
        const resolved = parent.module === null ? fileFacts.file : resolveModule(parent.module, fileFacts.file);
        let declaring = resolved === null ? undefined : byFile.get(resolved);
        if (!declaring?.symbols[key]) {
          const named = declaringByName(key);
          declaring = named.length === 1 ? named[0] : undefined;
        }
        if (!declaring) continue;
        const list = out.get(declaring.file) ?? [];
        for (const mapping of interfaceMappings(declaring, parent.name)) list.push({ ...mapping, client: clientSym.client, receiver: clientSym });
        out.set(declaring.file, list);
      }
    }
  }
  return out;
}

/**
 * The bindings of a configuration file that set an SDK's endpoint (`sentry.dsn`, `Serilog:WriteTo:0:Args:serverUrl`), as
 * client configurations. Each is reported where it is written, with the value written there (and the env vars that
 * override it): a key set in several profiles (`---` documents, `application-docker.yml`) is one configuration per
 * profile, each with its own host, not each with all of them (see `CallFact.bindingAt`). A config server's
 * `<application>.yml` configures that application, not the server the file sits in: its value is read as written (the
 * key, looked up in the server's own scope, would be bound nowhere).
 */
function sdkConfigurations(facts: FileFacts): CallFact[] {
  const out: CallFact[] = [];
  for (const binding of facts.bindings) {
    if (binding.type !== 'config' || binding.configMap !== undefined) continue;
    const sdk = sdkOfConfigKey(binding.name);
    const url: Sym = binding.source === 'spring' && binding.workload !== undefined && !binding.value.includes('${')
      ? { kind: 'step', label: `${binding.name} in the configuration of '${binding.workload}'`, at: binding.loc, value: { kind: 'lit', value: binding.value } }
      : { kind: 'config', key: binding.name };
    if (sdk) out.push({ kind: 'client-config', loc: binding.loc, client: sdk, method: null, expression: binding.name, url, enclosing: '<config>', bindingAt: binding.loc });
    for (const url of configServerImports(binding.name, binding.value)) {
      out.push({ kind: 'client-config', loc: binding.loc, client: 'spring-cloud-config', method: null, expression: binding.name, url: { kind: 'lit', value: url }, enclosing: '<config>' });
    }
  }
  return out;
}

/** `spring.config.import: optional:configserver:http://config:8888` (Spring Boot 2.4+, also a list or comma-separated): the config server's URLs. */
function configServerImports(key: string, value: string): string[] {
  if (!/^spring\.config\.import(\[\d+\])?$/i.test(key)) return [];
  return value.split(',').flatMap((item) => /^\s*(?:optional:)?configserver:(\S+)\s*$/i.exec(item)?.[1] ?? []);
}

/** `read`, remembering each file's text (or its absence). */
function readOnce(read: (file: string) => string | null): (file: string) => string | null {
  const texts = new Map<string, string | null>();
  return (file) => {
    if (!texts.has(file)) texts.set(file, read(file));
    return texts.get(file) ?? null;
  };
}

/** A number (`ask('question', 'prompt', 0.8)` in a test): whatever the wrapper does with it, it is no URL. */
function isNumberLiteral(sym: Sym | undefined): boolean {
  const value = withoutSteps(sym);
  return value?.kind === 'lit' && /^-?\d+(?:\.\d+)?$/.test(value.value);
}

/** A parameter passed on as it is (not a member, not part of a string). */
function isBareParam(sym: Sym | undefined): boolean {
  const value = withoutSteps(sym);
  return value?.kind === 'param' && !value.outer && value.member.length === 0;
}

/** A parameter, or a property of one (`({ url }) => fetchData(url)`, `(options) => fetchData(options.url)`), given on as the caller passed it. */
function isPassedOn(sym: Sym | undefined): boolean {
  const value = withoutSteps(sym);
  return value?.kind === 'param' && !value.outer;
}

/** Resolutions of one call from several callers, as one. */
function mergeResolutions(resolutions: readonly Resolution[]): Resolution {
  const first = resolutions[0]!;
  const merged: Resolution = { ...first, targets: resolutions.flatMap((resolution) => resolution.targets) };
  return merged;
}

/** `name` of the package.json at each service root, for matching workloads named after the package. */
function packageNamesOf(facts: readonly FileFacts[], readText: (file: string) => string | null): Record<string, string> {
  const names: Record<string, string> = {};
  for (const service of mergeServices(facts.flatMap((fileFacts) => fileFacts.services))) {
    if (Object.hasOwn(names, service.root)) continue;
    const text = readText(service.root === '' ? 'package.json' : `${service.root}/package.json`);
    if (text === null) continue;
    try {
      const manifest: unknown = JSON.parse(text);
      const name = typeof manifest === 'object' && manifest !== null ? (manifest as Record<string, unknown>)['name'] : undefined;
      if (typeof name === 'string' && name !== '') names[service.root] = name;
    } catch {
      // Not JSON: the directory name still matches.
    }
  }
  return names;
}

export function resolveCalls(input: ResolveInput): ResolveOutput {
  return new CallResolver(input).run();
}
