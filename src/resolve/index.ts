/**
 * Resolve stage: turn symbolic URL values into concrete targets across files.
 * Joins base URLs and paths, follows constants and exports across modules, follows client
 * instances and wrappers, substitutes env/config bindings, fans out alternatives.
 * Output targets carry a placeholder zone (`self` for a relative URL with no base, `unresolved`
 * when no URL could be worked out, otherwise `unknown`); the judge classifies hosts into zones.
 *
 * Decisions (see also docs):
 * - Wrappers: a call (or wrapper invocation) whose URL depends on its function's parameters is
 *   reported at each place the function is invoked, with the arguments substituted; it is reported
 *   at its own place only when nothing in the scan invokes the function (a library export), with the
 *   parameter left as a hole.
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
import type { Binding, CallFact, FileFacts, Invocation, Language, Problem, ResolvedCall, Sym, Target } from '../model.js';
import { scopeBindings, type BindingScope } from './binding-scope.js';
import { asStr, at, Evaluator, MAX_ALTERNATIVES, type Context, type Value } from './evaluate.js';
import { mergeServices } from './services.js';
import { targetOf, knownPrefix, mergeParts, joinBase, type StrValue } from './urls.js';

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

interface Resolution {
  client: string;
  method: string | null;
  kind: CallFact['kind'];
  targets: Target[];
}

const MAX_WRAPPER_DEPTH = 8;
const CLIENT_WORDS = new Set(['api', 'apis', 'http', 'https', 'client', 'axios', 'got', 'ky', 'rest', 'fetcher', 'requester', 'gateway', 'graphql', 'superagent', 'ofetch', 'xhr']);
/** Packages whose `x.get('/path', handler)` defines a route: never an outbound call, whatever the variable is called. */
const SERVER_FRAMEWORKS = new Set(['express', 'koa', '@koa/router', 'koa-router', 'fastify', '@hapi/hapi', 'hapi', 'restify', 'polka', 'hono', 'h3', 'next/server', '@nestjs/common']);
const DEFAULT_PROTOCOL: Record<string, string> = { 'node:https': 'https:' };

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

function looksLikeClient(name: string): boolean {
  return words(name).some((word) => CLIENT_WORDS.has(word));
}

const dependsMemo = new WeakMap<object, boolean>();

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

function callDependsOnParam(fact: CallFact): boolean {
  return dependsOnParam(fact.url) || dependsOnParam(fact.receiver);
}

function invocationDependsOnParam(invocation: Invocation): boolean {
  return dependsOnParam(invocation.callee) || invocation.args.some(dependsOnParam);
}

function dedupeTargets(targets: Target[]): Target[] {
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
  private readonly invoked = new Set<string>();
  private readonly callsByFile = new Map<string, CallFact[]>();
  private readonly invocationsByFile = new Map<string, Invocation[]>();

  private readonly scope: BindingScope;
  readonly packageNames: Record<string, string>;

  constructor(private readonly input: ResolveInput) {
    this.packageNames = input.readText ? packageNamesOf(input.facts, input.readText) : {};
    this.scope = scopeBindings(input.facts, { packageNames: this.packageNames });
    this.evaluator = new Evaluator(input.facts, input.bindings ?? [], this.scope);
    for (const facts of input.facts) {
      const calls = [...facts.calls];
      const invocations: Invocation[] = [];
      for (const invocation of facts.invocations) {
        const instanceCall = this.callableInstanceCall(facts.file, invocation);
        if (instanceCall) calls.push(instanceCall);
        else invocations.push(invocation);
      }
      this.callsByFile.set(facts.file, calls);
      this.invocationsByFile.set(facts.file, invocations);
      for (const call of calls) if (call.fn) this.siteList(facts.file, call.fn).calls.push(call);
      for (const invocation of invocations) if (invocation.fn) this.siteList(facts.file, invocation.fn).invocations.push(invocation);
    }
  }

  /** `api('/x')`, `sisu('units', { method: 'POST' })`: a client instance called directly is a call on it. */
  private callableInstanceCall(file: string, invocation: Invocation): CallFact | null {
    const callee = this.evaluator.evaluate(invocation.callee, this.topLevel(file));
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
            invocationDependsOnParam(invocation) && this.calleeFunctions(invocation.callee, this.topLevel(fn.file)).some((inner) => this.isWrapper(inner)),
        );
    }
    this.wrapperBusy.delete(id);
    this.wrapperMemo.set(id, result);
    return result;
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

  /** Keep an instance call whose receiver is not a known client? Only when it looks like one (see header). */
  private keepUnresolvedReceiver(receiver: Sym, values: readonly Value[]): boolean {
    const name = receiverName(receiver);
    return values.some((value) => {
      if (value.t === 'external') return looksLikeClient(value.module) || (looksLikeClient(name) && !SERVER_FRAMEWORKS.has(value.module));
      if (value.t === 'unknown') return looksLikeClient(name);
      return false;
    });
  }

  /** Targets of one call fact evaluated in a context; null when it is not an HTTP call after all. */
  private resolveFact(fact: CallFact, ctx: Context): Resolution | null {
    if (!fact.receiver) {
      const targets = this.urlStrings(fact.url, ctx, fact.client).map(targetOf);
      return { client: fact.client, method: fact.method, kind: fact.kind, targets };
    }
    const receivers = this.evaluator.evaluate(fact.receiver, ctx);
    const clients = receivers.filter((value): value is ClientValue => value.t === 'client');
    const paths = this.urlStrings(fact.url, ctx, fact.client);
    if (clients.length > 0) {
      const targets = clients.flatMap((client) => paths.flatMap((path) => this.evaluator.joinClient(client, path))).map(targetOf);
      return { client: clients[0]?.client ?? fact.client, method: fact.method, kind: fact.kind, targets };
    }
    if (!this.keepUnresolvedReceiver(fact.receiver, receivers)) return null;
    const name = receiverName(fact.receiver);
    const targets = paths.map((path): Target => {
      const parts = mergeParts(path.parts);
      if (/^(?:https?|wss?):\/\//i.test(knownPrefix(parts))) return targetOf(path);
      const target: Target = { url: null, host: null, zone: 'unresolved', via: [...path.via, `client instance '${name}' not resolved (its base URL is unknown)`] };
      if (path.env) target.env = path.env;
      return target;
    });
    return { client: fact.client, method: fact.method, kind: fact.kind, targets };
  }

  /** The requests a wrapper makes when called with `args`, through nested wrappers. */
  private expand(fn: FnValue, args: readonly Sym[], callerCtx: Context, via: string[], chain: Set<string>): Resolution[] {
    const id = `${fn.file}#${fn.key}`;
    if (chain.has(id) || chain.size >= MAX_WRAPPER_DEPTH) return [];
    const sites = this.sites.get(id);
    if (!sites) return [];
    const nextChain = new Set(chain).add(id);
    const ctx: Context = { file: fn.file, service: callerCtx.service, args: { syms: args, ctx: callerCtx }, depth: callerCtx.depth + 1 };
    const step = `wrapper ${fn.key}${fn.at ? ` (${at(fn.at)})` : ''}`;
    const out: Resolution[] = [];
    for (const call of sites.calls) {
      if (!callDependsOnParam(call)) continue;
      const resolution = this.resolveFact(call, ctx);
      if (resolution) out.push({ ...resolution, targets: resolution.targets.map((target) => ({ ...target, via: [...via, step, ...target.via] })) });
    }
    for (const invocation of sites.invocations) {
      if (!invocationDependsOnParam(invocation)) continue;
      for (const inner of this.calleeFunctions(invocation.callee, ctx)) {
        if (this.isWrapper(inner)) out.push(...this.expand(inner, invocation.args, ctx, [...via, step], nextChain));
      }
    }
    return out;
  }

  private record(loc: CallFact['loc'], language: Language, expression: string, enclosing: string, resolution: Resolution): ResolvedCall {
    const targets = resolution.targets.length > 0 ? dedupeTargets(resolution.targets) : [{ url: null, host: null, zone: 'unresolved' as const, via: ['no URL could be determined'] }];
    return {
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
  }

  run(): ResolveOutput {
    const calls: ResolvedCall[] = [];
    const wrappersByInvocation = new Map<Invocation, FnValue[]>();
    for (const facts of this.input.facts) {
      for (const invocation of this.invocationsByFile.get(facts.file) ?? []) {
        const wrappers = this.calleeFunctions(invocation.callee, this.topLevel(facts.file)).filter((fn) => this.isWrapper(fn));
        if (wrappers.length === 0) continue;
        wrappersByInvocation.set(invocation, wrappers);
        for (const fn of wrappers) this.invoked.add(`${fn.file}#${fn.key}`);
      }
    }
    const representedElsewhere = (file: string, fn: string | undefined, dependent: boolean): boolean => dependent && fn !== undefined && this.invoked.has(`${file}#${fn}`);
    for (const facts of this.input.facts) {
      const language = facts.language as Language;
      const ctx = this.topLevel(facts.file);
      for (const call of this.callsByFile.get(facts.file) ?? []) {
        if (representedElsewhere(facts.file, call.fn, callDependsOnParam(call))) continue;
        const resolution = this.resolveFact(call, ctx);
        if (resolution) calls.push(this.record(call.loc, language, call.expression, call.enclosing, resolution));
      }
      for (const invocation of this.invocationsByFile.get(facts.file) ?? []) {
        const wrappers = wrappersByInvocation.get(invocation);
        if (!wrappers || representedElsewhere(facts.file, invocation.fn, invocationDependsOnParam(invocation))) continue;
        for (const fn of wrappers) {
          for (const resolution of this.expand(fn, invocation.args, ctx, [], new Set())) {
            calls.push(this.record(invocation.loc, language, invocation.expression, invocation.enclosing, resolution));
          }
        }
      }
    }
    calls.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || a.client.localeCompare(b.client)));
    return { calls, unboundEnv: [...this.evaluator.unboundEnv].sort(), problems: this.evaluator.problems, packageNames: this.packageNames };
  }
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
