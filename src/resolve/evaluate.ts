/**
 * Evaluates Syms across files: follows refs through exports, re-exports and `export *`, applies
 * member paths, substitutes wrapper arguments for parameters, expands env/config bindings, and
 * fans out alternatives (capped). Top-level symbols and exports are memoised; cycles and deep
 * recursion end in an `unknown` value instead of a stack overflow.
 */
import { ANY_MEMBER, type Binding, type FileFacts, type Loc, type Problem, type Sym } from '../model.js';
import { own, SAME_CLIENT_MEMBERS } from '../extract/typescript/clients.js';
import { dirname, moduleResolvers, type ModuleFiles } from './modules.js';
import { goPackageDirs } from './modules/go.js';
import { isTestCode } from '../judge/code-role.js';
import { CONSTRUCTED, CONSTRUCTOR_ARGUMENT, FORWARDED_FROM } from '../extract/jvm/http-interfaces.js';
import { NAMED_CLIENTS_MODULE, OPTIONS_PREFIX } from '../extract/csharp/named-clients.js';
import { BUILTIN_MODULE, envObjectMember, IN_MEMORY_TEST_CLIENT, PYTEST_FIXTURE } from '../extract/facts.js';
import { CHART_VALUE_PREFIX } from '../extract/manifests/helm-template.js';
import type { ProjectModules } from './modules/typescript-aliases.js';
import { ScopedBindingIndex, GENERIC_ENVIRONMENTS, type BindingScope, type ScopedLookup } from './binding-scope.js';
import { dotnetEnvNames, parseBindingValue, placeholderSyntax, relaxedEnvNames, relaxedKey, type PlaceholderSyntax, type ValuePiece } from './binding-values.js';
import { appendPath, combineTrail, joinBase, knownPrefix, mergeParts, render, resolveWhatwg, type Part, type StrValue } from './urls.js';

export const MAX_ALTERNATIVES = 32;
const MAX_DEPTH = 12;
const MAX_BINDING_DEPTH = 5;
/**
 * Definitions followed inside one another (a constant defined from another constant, an import of an import…):
 * beyond this the value is `unresolved: too deep` and one `definition-too-deep` warning names where. Keeps the
 * native stack far from its limit (800 chained constants or 700 chained modules used to crash the scan).
 */
const MAX_DEFINITION_NESTING = 120;

/** Where a Sym is evaluated: its file, and for a wrapper's body the arguments of the call being followed. */
export interface Context {
  file: string;
  /**
   * The service whose process runs the code: the service of the call being resolved (not of the file the code is
   * in: a module shared between services reads the env of whichever imports it). Env and config reads use its bindings.
   */
  service: string | null;
  args: { syms: readonly Sym[]; ctx: Context } | null;
  /** For a function another one returned: the arguments of the call that made it (read by `param` Syms with `outer`). */
  closure?: { syms: readonly Sym[]; ctx: Context } | null;
  depth: number;
}

/** Whose rules map env vars onto configuration keys, for the code reading a key. */
type ConfigFlavour = 'spring' | 'dotnet' | null;

export type Value =
  | StrValue
  | { t: 'client'; client: string; base: Value[] | null; label: string; at: Loc; via: string[] }
  | { t: 'fn'; file: string; key: string; at: Loc | null; returns: Sym | null; via: string[]; /** Returned by a call: its arguments (see Context). */ closure?: { syms: readonly Sym[]; ctx: Context } }
  | { t: 'obj'; props: Record<string, Sym>; ctx: Context; via: string[] }
  | { t: 'ns'; file: string; via: string[] }
  /** A value imported from a package outside the scan (`express()`, `new Map()` are not clients). */
  | { t: 'external'; module: string; via: string[] }
  /** The environment held as a value (`const env = process.env`, Vite's `loadEnv(…)`): its members are env vars (see `envObject`). */
  | { t: 'env-object'; sym: Extract<Sym, { kind: 'lookup' }>; via: string[] }
  | { t: 'unknown'; text: string; via: string[] };

export function at(loc: Loc): string {
  return `${loc.file}:${loc.line}`;
}

/** The environment of a value: the outer binding's label unless it only says where the value was written (`default`, `cluster`). */
function moreSpecific(outer: string, inner: string | undefined): string {
  return GENERIC_ENVIRONMENTS.has(outer) && inner !== undefined ? inner : outer;
}

function withVia<T extends Value>(value: T, prefix: readonly string[]): T {
  if (prefix.length === 0) return value;
  return { ...value, via: [...prefix, ...value.via.filter((step) => !prefix.includes(step))] };
}

function capped(values: Value[]): Value[] {
  if (values.length <= MAX_ALTERNATIVES) return values;
  const kept = values.slice(0, MAX_ALTERNATIVES);
  const last = kept[kept.length - 1];
  if (last) kept[kept.length - 1] = withVia(last, [`(more than ${MAX_ALTERNATIVES} possible values; the rest were not listed)`]);
  return kept;
}

/** A value as string parts: non-string values become holes named after what they were. */
export function asStr(value: Value): StrValue {
  switch (value.t) {
    case 'str':
      return value;
    case 'unknown':
      return { t: 'str', parts: [{ hole: value.text }], via: value.via };
    case 'client':
      return { t: 'str', parts: [{ hole: `client ${value.label}` }], via: value.via };
    case 'fn':
      return { t: 'str', parts: [{ hole: `function ${value.key}` }], via: value.via };
    case 'external':
      return { t: 'str', parts: [{ hole: `value from ${value.module}` }], via: value.via };
    default:
      return { t: 'str', parts: [{ hole: 'object' }], via: value.via };
  }
}

/**
 * The pieces of a concatenation joined. A leading `//` that no piece starts with comes from a base path of `/` put
 * before a path (`${PUBLIC_URL}/mocking` with `PUBLIC_URL=/`): that is the path `/mocking` on the caller's origin, not
 * a protocol-relative URL to the host `mocking` (one is written `//host/…` in a single piece).
 */
function rootSlashOnce(pieces: readonly StrValue[]): Part[] {
  const parts = mergeParts(pieces.flatMap((piece) => piece.parts));
  const first = parts[0];
  if (typeof first !== 'string' || !first.startsWith('//')) return parts;
  const lead = pieces.find((piece) => piece.parts.some((part) => part !== ''));
  const leadText = lead?.parts.find((part) => part !== '');
  if (typeof leadText === 'string' && leadText.startsWith('//')) return parts;
  parts[0] = first.replace(/^\/+/, '/');
  return parts;
}

/** A URL whose text starts with two schemes (`http://https://…`, `http://http//…`). */
const DOUBLE_SCHEME = /^[a-z][a-z0-9+.-]*:\/\/[a-z][a-z0-9+.-]*:?\/\//i;

/** How the text of a parameter its caller leaves out ends (`parameter options (not passed)`). */
export const NOT_PASSED = ' (not passed)';

/** How the hole of a binding written empty ends (`API_URL is empty`): not configured, not a relative URL. */
const EMPTY_BINDING = ' is empty';

/** A value that is the hole of a binding written empty (and nothing else). */
function isEmptyBinding(value: Value): boolean {
  if (value.t !== 'str') return false;
  const parts = mergeParts(value.parts);
  const only = parts[0];
  return parts.length === 1 && typeof only === 'object' && only.hole.endsWith(EMPTY_BINDING);
}

/** Empty, or bound to an empty value (`${X:-default}` takes the default there too). */
function isEmpty(value: Value): boolean {
  return (value.t === 'str' && mergeParts(value.parts).length === 0) || isEmptyBinding(value);
}

/** The module a Go ref to another file of the same package names (`SAME_PACKAGE` of the Go extractor, not imported here to keep the extractor out of the resolver's chunk). */
const GO_SAME_PACKAGE = '.';

/** Fixtures pytest plugins provide that are a test client of the application under test (pytest-django, pytest-flask), used when the project defines none of that name. */
const PLUGIN_TEST_CLIENT_FIXTURES: ReadonlySet<string> = new Set(['client', 'admin_client', 'async_client', 'async_admin_client', 'api_client']);

/** The evidence step of an env var that overrides a configuration key reads `env:NAME (overrides config KEY by …)`. */
const CONFIG_OVERRIDE = ' (overrides config ';

/** Whether an evidence step is an env var overriding a configuration key (see `configValues`). */
export function isConfigOverride(step: string): boolean {
  return step.startsWith('env:') && step.includes(CONFIG_OVERRIDE);
}

export class Evaluator {
  readonly files = new Map<string, FileFacts>();
  private readonly envIndex = new ScopedBindingIndex();
  private readonly configIndex = new ScopedBindingIndex();
  /** Config bindings by Spring's relaxed form of their key (`sisu.base-url`, `sisu.baseUrl`, `sisu.base_url` → `sisu.baseurl`). */
  private readonly relaxedConfigIndex = new ScopedBindingIndex();
  /** `new Class(…)` creations by class name (CONSTRUCTED symbols), indexed on first use. */
  private creations: Map<string, { file: string; args: Sym }[]> | null = null;
  /** ConfigMap keys by name, for env reads no binding or reference names (a last resort). */
  private readonly configMapKeys = new ScopedBindingIndex();
  private readonly memo = new Map<string, Value[]>();
  private readonly busy = new Set<string>();
  private readonly moduleCache = new Map<string, string | null>();
  readonly unboundEnv = new Set<string>();
  /** ConfigMap name → key → bindings read from its `data` (maps of one name in several services kept together; see configMapEntries). */
  private readonly configMaps = new Map<string, Map<string, Binding[]>>();
  /** Owners of bindings made here (one per key of an `envFrom` map): those of the binding they come from. */
  private readonly derivedOwners = new Map<Binding, readonly string[]>();
  /** Helm values by path (`payment.gateway`), in file order: what a chart's templates read as `.Values.payment.gateway`. */
  private readonly chartValues = new Map<string, Binding[]>();
  private readonly reportedMissing = new Set<string>();
  /** Symbols and exports being evaluated inside one another right now (see MAX_DEFINITION_NESTING). */
  private nesting = 0;
  /** Lookups that found their own name being evaluated (an env cycle): such results depend on the path. */
  private cycleHits = 0;
  private readonly reportedTooDeep = new Set<string>();
  readonly problems: Problem[] = [];
  private readonly fileSet: ModuleFiles;
  /** Go: directory → package-level name → the first file (by path) of that package exporting it; built on first use. */
  private packages: Map<string, Map<string, string>> | null = null;

  constructor(
    facts: readonly FileFacts[],
    bindings: readonly Binding[],
    private readonly scope: BindingScope,
    projectModules?: ProjectModules,
  ) {
    for (const fileFacts of facts) this.files.set(fileFacts.file, fileFacts);
    let byName: Map<string, string[]> | null = null;
    const endingWith = (suffix: string): string[] => {
      if (!byName) {
        byName = new Map();
        for (const path of [...this.files.keys()].sort()) {
          const name = path.slice(path.lastIndexOf('/') + 1);
          const list = byName.get(name);
          if (list) list.push(path);
          else byName.set(name, [path]);
        }
      }
      return (byName.get(suffix.slice(suffix.lastIndexOf('/') + 1)) ?? []).filter((path) => path.endsWith(suffix));
    };
    this.fileSet = { has: (path) => this.files.has(path), endingWith, ...(projectModules ? { projectModules } : {}) };
    const all = [...facts.flatMap((fileFacts) => fileFacts.bindings), ...bindings];
    all.sort((a, b) => a.loc.file.localeCompare(b.loc.file) || a.loc.line - b.loc.line || a.name.localeCompare(b.name));
    const envFrom: Binding[] = [];
    for (const binding of all) {
      if (binding.configMap !== undefined) {
        let data = this.configMaps.get(binding.configMap);
        if (!data) {
          data = new Map<string, Binding[]>();
          this.configMaps.set(binding.configMap, data);
        }
        const entries = data.get(binding.name);
        if (entries) entries.push(binding);
        else data.set(binding.name, [binding]);
        this.configMapKeys.add(binding.name, binding, scope.ownersOf(binding));
      } else if (binding.ref?.kind === 'configmap' && binding.ref.key === null) envFrom.push(binding);
      else if (binding.type === 'chart-value') {
        const list = this.chartValues.get(binding.name);
        if (list) list.push(binding);
        else this.chartValues.set(binding.name, [binding]);
      } else {
        (binding.type === 'env' ? this.envIndex : this.configIndex).add(binding.name, binding, scope.ownersOf(binding));
        if (binding.type === 'config') this.relaxedConfigIndex.add(relaxedKey(binding.name), binding, scope.ownersOf(binding));
      }
    }
    // `envFrom: configMapRef`: every key of the map becomes an env var (with the prefix).
    for (const binding of envFrom) {
      const ref = binding.ref;
      if (!ref) continue;
      const data = this.configMaps.get(ref.name);
      if (!data) {
        this.missingConfigMap(binding, ref.name, ref.optional);
        continue;
      }
      const owners = scope.ownersOf(binding);
      for (const key of data.keys()) {
        const derived: Binding = { ...binding, name: binding.name + key, ref: { ...ref, key } };
        this.derivedOwners.set(derived, owners);
        this.envIndex.add(derived.name, derived, owners);
      }
    }
  }

  private missingConfigMap(binding: Binding, name: string, optional: boolean): void {
    const key = `${at(binding.loc)}\0${name}`;
    if (optional || this.reportedMissing.has(key)) return;
    this.reportedMissing.add(key);
    this.problems.push({
      file: binding.loc.file,
      line: binding.loc.line,
      column: binding.loc.column,
      severity: 'warning',
      code: 'configmap-missing',
      message: `ConfigMap '${name}' referenced for ${binding.name || 'envFrom'} is not in the scanned files; the env var stays unresolved`,
    });
  }

  /** How the code of a file reads configuration: Java and Kotlin through Spring, C# through .NET IConfiguration (env vars override keys in both). */
  private configFlavour(file: string): ConfigFlavour {
    const language = this.files.get(file)?.language;
    if (language === 'java' || language === 'kotlin') return 'spring';
    return language === 'csharp' ? 'dotnet' : null;
  }

  resolveModule(specifier: string, fromFile: string): string | null {
    const cacheKey = `${fromFile}\0${specifier}`;
    const cached = this.moduleCache.get(cacheKey);
    if (cached !== undefined) return cached;
    const language = this.files.get(fromFile)?.language;
    const resolver = language ? moduleResolvers[language] : undefined;
    const resolved = resolver ? resolver.resolve(specifier, fromFile, this.fileSet) : null;
    this.moduleCache.set(cacheKey, resolved);
    return resolved;
  }

  evaluate(sym: Sym, ctx: Context): Value[] {
    switch (sym.kind) {
      case 'lit':
        return [{ t: 'str', parts: [sym.value], via: [] }];
      case 'concat':
        return this.concat(sym.parts.map((part) => this.evaluate(part, ctx)));
      case 'alt': {
        const values = sym.options.map((option) => this.evaluate(option, ctx));
        // `process.env.BASE_PATH || ''` with BASE_PATH bound empty: where an option is empty the next one applies, so
        // its empty bindings are no value of the whole (they are with `??` or Python's `environ.get(X, default)`).
        if (sym.falsy) return capped(values.flatMap((option, index) => (index < values.length - 1 ? option.filter((value) => !isEmptyBinding(value)) : option)));
        return capped(values.flat());
      }
      case 'env':
        return this.env(sym.name, 0, ctx.service);
      case 'config':
        return this.config(sym.key, 0, ctx.service, this.configFlavour(ctx.file));
      case 'lookup':
        return this.lookup(sym, ctx);
      case 'url': {
        const bases = this.evaluate(sym.base, ctx).map(asStr);
        const paths = this.evaluate(sym.path, ctx).map(asStr);
        const join = sym.join;
        return capped(bases.flatMap((base) => paths.map((path) => (join ? appendPath(base, path, join) : resolveWhatwg(base, path)))));
      }
      case 'ref':
        return this.ref(sym.module, sym.name, sym.member, ctx);
      case 'param': {
        // A destructured parameter (`({ id }) =>`) is named after its property: do not repeat it.
        const path = sym.member[0] === sym.name ? sym.member.slice(1) : sym.member;
        const bound = sym.outer ? ctx.closure : ctx.args;
        // The parameter's default (`target = process.env.HOOK_URL`): what a caller that leaves the argument out passes.
        const fallback = (fallbackSym: Sym, where: Context): Value[] => this.members(this.evaluate(fallbackSym, where).map((value) => withVia(value, [`default of parameter ${sym.name}`])), sym.member, ctx.service);
        const unbound: Value = { t: 'unknown', text: `parameter ${sym.name}${path.map((m) => `.${m}`).join('')}`, via: [] };
        // No caller known: whatever a caller passes, or the default when it passes nothing.
        if (!bound) return sym.fallback ? [unbound, ...fallback(sym.fallback, ctx)] : [unbound];
        const argument = bound.syms[sym.index];
        if (!argument && sym.fallback) return fallback(sym.fallback, { ...ctx, args: null });
        if (!argument) return [{ t: 'unknown', text: `parameter ${sym.name}${NOT_PASSED}`, via: [] }];
        return this.members(this.evaluate(argument, bound.ctx), sym.member, ctx.service);
      }
      case 'object':
        return [{ t: 'obj', props: sym.props, ctx, via: [] }];
      case 'client':
        return [{ t: 'client', client: sym.client, base: sym.base ? this.evaluate(sym.base, ctx) : null, label: sym.label, at: sym.at, via: [] }];
      case 'call': {
        const results = this.call(sym, ctx);
        if (!sym.member || sym.member.length === 0) return results;
        // What cannot be read is named after the call (`requestOptions().baseURL`), as it is written.
        const callee = sym.callee.kind === 'ref' ? `${[sym.callee.name, ...sym.callee.member].join('.')}()` : '';
        return this.members(results, sym.member, ctx.service).map((value) => (value.t === 'unknown' && callee && value.text.startsWith('.') ? { ...value, text: `${callee}${value.text}` } : value));
      }
      case 'fn':
        return [{ t: 'fn', file: ctx.file, key: sym.name, at: null, returns: sym.returns, via: [] }];
      case 'step': {
        const values = this.evaluate(sym.value, ctx);
        return values.map((value) => (value.t === 'fn' ? { ...value, at: value.at ?? sym.at } : withVia(value, [`${sym.label} (${at(sym.at)})`])));
      }
      case 'unknown':
        return [{ t: 'unknown', text: sym.text, via: [] }];
    }
  }

  /** An env var or configuration key named by a value: each name that evaluates to a literal is read as `env`/`config` reads it. */
  private lookup(sym: Extract<Sym, { kind: 'lookup' }>, ctx: Context): Value[] {
    if (envObjectMember(sym, '') !== null) return [{ t: 'env-object', sym, via: [] }];
    const out: Value[] = [];
    for (const key of this.evaluate(sym.key, ctx)) {
      const parts = key.t === 'str' ? key.parts : null;
      const name = parts?.length === 1 && typeof parts[0] === 'string' ? parts[0] : null;
      if (name === null || name.trim() === '') {
        out.push({ t: 'unknown', text: `${sym.source === 'env' ? 'env var' : 'configuration key'} named by ${key.t === 'str' ? render(key.parts) : key.t === 'unknown' ? key.text : 'a value'}`, via: key.via });
        continue;
      }
      const values = sym.source === 'env' ? this.env(name, 0, ctx.service) : this.config(name, 0, ctx.service, this.configFlavour(ctx.file));
      out.push(...values.map((value) => withVia(value, key.via)));
    }
    return capped(out);
  }

  /** Calls a wrapper / factory: evaluates what the function returns with the call's arguments. */
  invoke(fn: Extract<Value, { t: 'fn' }>, args: readonly Sym[], ctx: Context): Value[] {
    if (!fn.returns) return [{ t: 'unknown', text: `${fn.key}()`, via: [] }];
    if (ctx.depth >= MAX_DEPTH) return [{ t: 'unknown', text: `${fn.key}() (call chain too deep)`, via: [] }];
    const bound = { syms: args, ctx };
    const returned = this.evaluate(fn.returns, { file: fn.file, service: ctx.service, args: bound, closure: fn.closure ?? null, depth: ctx.depth + 1 });
    // A function it returns reads this call's arguments where it reads the maker's parameters.
    return returned.map((value) => (value.t === 'fn' && !value.closure ? { ...value, closure: bound } : value));
  }

  private call(sym: Extract<Sym, { kind: 'call' }>, ctx: Context): Value[] {
    if (sym.callee.kind === 'ref' && sym.callee.module === BUILTIN_MODULE && sym.args[0]) return this.builtin(sym.callee.name, sym.args[0], ctx);
    const out: Value[] = [];
    for (const callee of this.evaluate(sym.callee, ctx)) {
      if (callee.t === 'fn') out.push(...this.invoke(callee, sym.args, ctx).map((value) => withVia(value, callee.via)));
      else if (callee.t === 'obj') out.push(callee); // `new ImporterClient()`: the instance has the class's members
      else if (callee.t === 'external') out.push(callee);
      else out.push({ t: 'unknown', text: 'result of a call', via: callee.via });
    }
    return capped(out);
  }

  /** A string function of `trimSlashes`: applied to the written ends of each value (a hole's end is left as it is). */
  private builtin(name: string, argument: Sym, ctx: Context): Value[] {
    const side = name.slice('trim-slashes-'.length);
    return this.evaluate(argument, ctx).map((value) => {
      if (value.t !== 'str') return value;
      const parts = [...value.parts];
      const first = parts[0];
      if (side !== 'end' && typeof first === 'string') parts[0] = first.replace(/^\/+/, '');
      const last = parts.at(-1);
      if (side !== 'start' && typeof last === 'string') parts[parts.length - 1] = last.replace(/\/+$/, '');
      return { ...value, parts };
    });
  }

  private concat(partValues: Value[][]): Value[] {
    let combos: StrValue[][] = [[]];
    let truncated = false;
    for (const alternatives of partValues) {
      const next: StrValue[][] = [];
      for (const combo of combos) {
        for (const alternative of alternatives) {
          if (next.length >= MAX_ALTERNATIVES) {
            truncated = true;
            break;
          }
          next.push([...combo, asStr(alternative)]);
        }
      }
      combos = next;
    }
    const all: Value[] = combos.map((combo) => ({ t: 'str', parts: rootSlashOnce(combo), ...combineTrail(combo) }));
    // `u.startsWith('http') ? u : 'http://' + u`: a scheme put before a value that has one is the branch that does not
    // run for it; such values go when another remains.
    const single = all.filter((value) => value.t !== 'str' || !DOUBLE_SCHEME.test(knownPrefix(value.parts)));
    const values = single.length > 0 ? single : all;
    const last = values[values.length - 1];
    if (truncated && last) values[values.length - 1] = withVia(last, [`(more than ${MAX_ALTERNATIVES} possible values; the rest were not listed)`]);
    return values;
  }

  // ───────────── env and config bindings ─────────────

  /** How a binding's place is named in evidence: file:line, environment, and whose it is when that matters. */
  private bindingPlace(binding: Binding, service: string | null): string {
    const notes = [at(binding.loc), this.scope.environmentOf(binding)];
    const owners = this.ownersOf(binding);
    if (owners.length === 0) {
      if (this.scope.hasServices) notes.push('repo-wide fallback');
    } else if (service === null || !owners.includes(service)) notes.push(`service ${owners.join(', ')}`);
    return notes.join(', ');
  }

  private ownersOf(binding: Binding): readonly string[] {
    return this.derivedOwners.get(binding) ?? this.scope.ownersOf(binding);
  }

  private fromBindings(kind: Binding['type'], name: string, bindings: readonly Binding[], depth: number, service: string | null): Value[] {
    const out: Value[] = [];
    for (const binding of bindings) {
      // Only the first MAX_ALTERNATIVES values are kept (`capped`): once there are more, the rest changes nothing.
      if (out.length > MAX_ALTERNATIVES) break;
      const ref = binding.ref;
      if (ref && (kind === 'env' || ref.kind !== 'configmap')) {
        out.push(...this.fromReference(name, binding, ref, depth, service));
        continue;
      }
      const stated = binding.reason === undefined ? '' : `, stated in the config: ${binding.reason}`;
      const label = `binding ${name} = ${binding.value} (${this.bindingPlace(binding, service)}${stated})`;
      const head = [kind === 'chart-value' ? `chart value ${name}` : `${kind}:${name}`, label];
      let inner: Value[];
      // An empty value is not configured, not a relative URL on the caller's own origin (`${base}/units` with base '').
      if (binding.value.trim() === '') inner = [{ t: 'str', parts: [{ hole: `${name}${EMPTY_BINDING}` }], via: [] }];
      else if (!binding.value.includes('$')) inner = [{ t: 'str', parts: [binding.value], via: [] }];
      // A chain this deep is most likely generated or circular through many names: stop, and say so.
      else if (depth >= MAX_BINDING_DEPTH) inner = [{ t: 'str', parts: [{ hole: `${binding.value} (references nested more than ${MAX_BINDING_DEPTH} deep are not followed)` }], via: [] }];
      else inner = this.evaluateBindingValue(binding, depth + 1, service);
      const environment = this.scope.environmentOf(binding);
      for (const value of inner) {
        const str = asStr(value);
        const result: StrValue = { ...str, via: [...head, ...str.via.filter((step) => !head.includes(step))] };
        result.environment = moreSpecific(environment, str.environment);
        result.binding ??= binding.loc;
        out.push(result);
      }
    }
    return capped(out);
  }

  /** ConfigMap entries a reference from `binding` means: the same service's map of that name first, then a repo-wide one, else any. */
  private configMapEntries(entries: readonly Binding[], binding: Binding): readonly Binding[] {
    const owners = this.ownersOf(binding);
    if (owners.length > 0) {
      const same = entries.filter((entry) => this.ownersOf(entry).some((owner) => owners.includes(owner)));
      if (same.length > 0) return same;
    }
    const shared = entries.filter((entry) => this.ownersOf(entry).length === 0);
    return shared.length > 0 ? shared : entries;
  }

  /** A Kubernetes `valueFrom`: a ConfigMap key is followed to its value; a Secret or field is never read. */
  private fromReference(name: string, binding: Binding, ref: NonNullable<Binding['ref']>, depth: number, service: string | null): Value[] {
    const head = `env:${name}`;
    const environment = this.scope.environmentOf(binding);
    const reference = `binding ${name} from ${ref.kind} ${ref.name}${ref.key ? ` key ${ref.key}` : ''} (${this.bindingPlace(binding, service)})`;
    const unresolved = (what: string): StrValue => ({ t: 'str', parts: [{ hole: what }], via: [head, reference], binding: binding.loc, environment });
    if (ref.kind !== 'configmap' || ref.key === null) return [unresolved(`${ref.kind} ${ref.name}${ref.key ? `:${ref.key}` : ''} (not read)`)];
    const data = this.configMaps.get(ref.name);
    if (!data) {
      this.missingConfigMap(binding, ref.name, ref.optional);
      return [unresolved(`ConfigMap ${ref.name} (not found)`)];
    }
    const entries = this.configMapEntries(data.get(ref.key) ?? [], binding);
    if (entries.length === 0) return [unresolved(`ConfigMap ${ref.name} key ${ref.key} (not set)`)];
    return this.fromBindings('env', ref.key, entries, depth, service).map((value) => {
      const str = asStr(value);
      const via = [head, reference, ...str.via.filter((step) => step !== `env:${ref.key}`)];
      return { ...str, via, environment: moreSpecific(environment, str.environment) };
    });
  }

  /** A binding's value with its `${…}` placeholders followed, in the scope of the service whose code reads it. */
  private evaluateBindingValue(binding: Binding, depth: number, service: string | null): Value[] {
    const syntax = placeholderSyntax(binding.source);
    return this.evaluatePieces(parseBindingValue(binding.value, syntax), syntax, depth, service, binding);
  }

  private evaluatePieces(pieces: readonly ValuePiece[], syntax: PlaceholderSyntax, depth: number, service: string | null, self: Binding): Value[] {
    if (pieces.length === 0) return [{ t: 'str', parts: [], via: [] }];
    return this.concat(pieces.map((piece): Value[] => (piece.kind === 'text' ? [{ t: 'str', parts: [piece.text], via: [] }] : this.placeholder(piece, syntax, depth, service, self))));
  }

  /**
   * `FOO: ${FOO:-x}` in compose, `ENV FOO=${FOO}` in a Dockerfile: the inner FOO is the outer environment's (the shell's,
   * the project `.env`), so only repo-wide fallbacks other than the binding itself can give it a value.
   */
  private outerEnv(name: string, self: Binding, depth: number, service: string | null): Value[] | null {
    // In a Dockerfile the inner FOO is also the image build's argument (`ARG FOO`), passed by the service's build.
    const buildArguments = self.source === 'dockerfile' ? this.envLookup(name, service).bindings.filter((binding) => binding.buildArgument === true) : [];
    const outer = [...buildArguments, ...this.envIndex.fallbacks(name).filter((binding) => binding !== self && !buildArguments.includes(binding))];
    return outer.length > 0 ? this.fromBindings('env', name, outer, depth, service) : null;
  }

  private placeholder(piece: Extract<ValuePiece, { kind: 'ref' }>, syntax: PlaceholderSyntax, depth: number, service: string | null, self: Binding): Value[] {
    const chartValue = syntax === 'kubernetes' && piece.name.startsWith(CHART_VALUE_PREFIX) ? piece.name.slice(CHART_VALUE_PREFIX.length) : null;
    const selfReference = syntax !== 'spring' && self.type === 'env' && piece.name === self.name;
    const bound =
      chartValue !== null
        ? this.chartValue(chartValue, self, depth, service)
        : syntax === 'spring'
        ? this.configValues(piece.name, depth, service, 'spring')
        : selfReference
          ? this.outerEnv(piece.name, self, depth, service)
          : this.envLookup(piece.name, service).bindings.length > 0
            ? this.env(piece.name, depth, service)
            : null;
    const word = (): Value[] => this.evaluatePieces(piece.word, syntax, depth, service, self);
    switch (piece.form) {
      case 'plain':
        if (bound) return bound;
        if (chartValue !== null) return [{ t: 'str', parts: [{ hole: `.Values.${chartValue}` }], via: [`.Values.${chartValue} is set in none of the chart's values files`] }];
        if (selfReference) {
          this.unboundEnv.add(piece.name);
          return [{ t: 'str', parts: [{ hole: `env:${piece.name}` }], via: [`env:${piece.name} (passed through from the environment that starts it)`], env: piece.name }];
        }
        return syntax === 'spring' ? this.config(piece.name, depth, service, 'spring') : this.env(piece.name, depth, service);
      case 'default': {
        if (!bound) return word().map((value) => withVia(value, [`${piece.written}: ${piece.name} is not bound, so the default applies`]));
        // Bound somewhere is not bound everywhere: the default still runs wherever the variable is not set.
        const fallback = word().map((value) => withVia(value, [`${piece.written}: the default, wherever ${piece.name} is not set`]));
        return capped([...(piece.colon ? bound.filter((value) => !isEmpty(value)) : bound), ...fallback]);
      }
      case 'alternate':
        if (!bound) return [{ t: 'str', parts: [], via: [] }];
        return piece.colon && bound.every(isEmpty) ? [{ t: 'str', parts: [], via: [] }] : word();
    }
  }

  /**
   * `.Values.<path>` in a chart template (`self`): the chart's values files that set it (the chart is the folder above
   * the template's `templates/`; its values files are there or below), else the values files anywhere in the scan that
   * set that path, else (charts passing env vars through, `.Values.env.SISU_URL`) an env binding of its last segment.
   */
  private chartValue(path: string, self: Binding, depth: number, service: string | null): Value[] | null {
    const all = this.chartValues.get(path) ?? [];
    const templates = self.loc.file.lastIndexOf('templates/');
    const chart = templates >= 0 ? self.loc.file.slice(0, templates) : self.loc.file.slice(0, self.loc.file.lastIndexOf('/') + 1);
    const own = all.filter((binding) => binding.loc.file.startsWith(chart));
    const bindings = own.length > 0 ? own : all;
    if (bindings.length > 0) return this.fromBindings('chart-value', `.Values.${path}`, bindings, depth, service);
    const last = path.slice(path.lastIndexOf('.') + 1);
    return this.envLookup(last, service).bindings.length > 0 ? this.env(last, depth, service) : null;
  }

  /** Env bindings of a name that apply to a service; ConfigMap keys of that name are env vars only through a reference, by key name as a last resort. */
  private envLookup(name: string, service: string | null): ScopedLookup {
    const direct = this.envIndex.lookup(name, service);
    if (direct.bindings.length > 0) return direct;
    const byKey = this.configMapKeys.lookup(name, service);
    return byKey.bindings.length > 0 ? byKey : direct;
  }

  private env(name: string, depth: number, service: string | null): Value[] {
    const key = `env\0${service ?? ''}\0${name}`;
    // Memoised per depth too (the depth cap makes a deeper evaluation differ): 80 services whose `.env` files chain
    // four variables each took 154 s when every nested lookup was computed again for every combination.
    const memoKey = `${key}\0${depth}`;
    const cached = this.memo.get(memoKey);
    if (cached) return cached;
    if (this.busy.has(key)) {
      this.cycleHits++;
      return [{ t: 'str', parts: [{ hole: `env:${name}` }], via: [`env:${name} (refers to itself)`] }];
    }
    const lookup = this.envLookup(name, service);
    let values: Value[];
    const hitsBefore = this.cycleHits;
    if (lookup.bindings.length > 0) {
      this.busy.add(key);
      values = this.fromBindings('env', name, lookup.bindings, depth, service);
      this.busy.delete(key);
    } else {
      this.unboundEnv.add(name);
      const via = [`env:${name}`];
      // Another service's own binding never applies here (it runs elsewhere); say where it is bound, for whoever fixes it.
      if (lookup.elsewhere.length > 0) via.push(`env:${name} is bound only for service${lookup.elsewhere.length === 1 ? '' : 's'} ${lookup.elsewhere.join(', ')}, not for ${service ?? 'this code'}`);
      values = [{ t: 'str', parts: [{ hole: `env:${name}` }], via, env: name }];
    }
    // A value cut short by a cycle depends on the path that reached it: only memoised at the top, as before.
    if (depth === 0 || this.cycleHits === hitsBefore) this.memo.set(memoKey, values);
    return values;
  }

  /**
   * Values of a configuration key for a service, or null when nothing binds it: its config bindings, and with
   * Spring (a Spring binding of the key, or JVM code reading it) the env vars that override it by relaxed binding,
   * with .NET (an appsettings binding, or C# code) the `A__B` env var that overrides `A:B`.
   */
  private configValues(key: string, depth: number, service: string | null, flavour: ConfigFlavour): Value[] | null {
    const out: Value[] = [];
    let lookup = this.configIndex.lookup(key, service);
    // Spring binds `sisu.base-url` in YAML to a `baseUrl` property (relaxed binding), in every direction.
    if (lookup.bindings.length === 0 && flavour === 'spring') lookup = this.relaxedConfigIndex.lookup(relaxedKey(key), service);
    if (lookup.bindings.length > 0) out.push(...this.fromBindings('config', key, lookup.bindings, depth, service));
    const spring = flavour === 'spring' || lookup.bindings.some((binding) => binding.source === 'spring');
    const dotnet = flavour === 'dotnet' || lookup.bindings.some((binding) => binding.source === 'appsettings');
    // .NET matches env var names without case: `urls__orders` overrides `Urls:Orders`.
    const overrides = spring ? relaxedEnvNames(key) : dotnet ? [...new Set(dotnetEnvNames(key).flatMap((name) => this.envIndex.namesIgnoringCase(name)))] : [];
    for (const envName of overrides) {
      if (this.envLookup(envName, service).bindings.length === 0) continue;
      const overriding = `env:${envName}${CONFIG_OVERRIDE}${key} by ${spring ? 'Spring relaxed binding' : '.NET configuration'})`;
      for (const value of this.env(envName, depth, service)) {
        out.push({ ...value, via: [`config:${key}`, ...value.via.map((step) => (step === `env:${envName}` ? overriding : step))] });
      }
    }
    if (out.length > 0) return capped(out);
    // NestJS ConfigService, Spring `${SISU_URL}` and similar read env vars by the same name.
    if (/^[A-Z][A-Z0-9_]*$/.test(key) && this.envLookup(key, service).bindings.length > 0) return this.env(key, depth, service);
    return null;
  }

  private config(key: string, depth: number, service: string | null, flavour: ConfigFlavour): Value[] {
    const values = this.configValues(key, depth, service, flavour);
    if (values) return values;
    // A MicroProfile REST client's URL under its other spellings: `quarkus.rest-client.<key>.url` with or without quotes,
    // and the MicroProfile `<key>/mp-rest/url`.
    // Micronaut's `@Client(id = "stock")`: the URL under `micronaut.http.services.stock.url` (or `urls`), else the service
    // found by discovery, `http://stock`.
    const micronaut = /^micronaut\.http\.services\.([\w-]+)\.url$/.exec(key)?.[1];
    if (micronaut) {
      return this.configValues(`micronaut.http.services.${micronaut}.urls[0]`, depth, service, flavour)
        ?? [{ t: 'str', parts: [`http://${micronaut}`], via: [`service name '${micronaut}' (service discovery; no micronaut.http.services.${micronaut}.url)`] }];
    }
    const restClient = /^quarkus\.rest-client\.("?)(.+)\1\.url$/.exec(key)?.[2];
    for (const alias of restClient ? [`quarkus.rest-client.${restClient}.url`, `quarkus.rest-client."${restClient}".url`, `${restClient}/mp-rest/url`].filter((name) => name !== key) : []) {
      const aliased = this.configValues(alias, depth, service, flavour);
      if (aliased) return aliased;
    }
    if (/^[A-Z][A-Z0-9_]*$/.test(key)) return this.env(key, depth, service);
    return [{ t: 'str', parts: [{ hole: `config:${key}` }], via: [`config:${key}`] }];
  }

  // ───────────── symbols, exports, members ─────────────

  private ref(module: string | null, name: string, member: readonly string[], ctx: Context): Value[] {
    if (module === null && name.startsWith(CONSTRUCTOR_ARGUMENT)) return this.members(this.constructorArguments(name.slice(CONSTRUCTOR_ARGUMENT.length), ctx), member, ctx.service);
    if (module === null) {
      const file = ctx.file;
      const symbols = this.files.get(file)?.symbols ?? {};
      // `Class.method`, `api.getStudents` are stored under their dotted key.
      const first = member[0];
      if (first !== undefined && own(symbols, `${name}.${first}`)) return this.members(this.symbol(file, `${name}.${first}`, ctx.service), member.slice(1), ctx.service);
      if (!own(symbols, name)) return [{ t: 'unknown', text: [name, ...member].join('.'), via: [] }];
      return this.members(this.symbol(file, name, ctx.service), member, ctx.service);
    }
    if (module === PYTEST_FIXTURE) {
      const file = this.fixtureFile(name, ctx.file);
      // pytest-django's and pytest-flask's own fixtures (`def test_x(client): client.get("/p")`): the app under test, in memory.
      if (file === null && PLUGIN_TEST_CLIENT_FIXTURES.has(name) && member.length === 0) {
        const at = { file: ctx.file, line: 1, column: 1 };
        // The fixture is a function pytest calls: one that returns the client.
        return [{ t: 'fn', file: ctx.file, key: `${PYTEST_FIXTURE}${name}`, at, returns: { kind: 'client', client: IN_MEMORY_TEST_CLIENT, base: { kind: 'lit', value: 'http://localhost' }, at, label: `pytest fixture ${name}` }, via: [] }];
      }
      if (file === null) return [{ t: 'unknown', text: [name, ...member].join('.'), via: [] }];
      return this.members(this.exported(file, `${PYTEST_FIXTURE}${name}`, new Set(), ctx.service).map((value) => withVia(value, [`pytest fixture ${name} (${file})`])), member, ctx.service);
    }
    let target = this.resolveModule(module, ctx.file);
    // Go: a name of the package, or of an imported one, is in whichever of its files declares it (`dialer.Dial` in
    // `dialer/grpc.go`), not only in a conventionally named one.
    if ((target === null || !own(this.files.get(target)?.exports, name)) && this.files.get(ctx.file)?.language === 'go') {
      target = (module === GO_SAME_PACKAGE ? this.samePackageFile(ctx.file, name) : this.goImportedFile(module, ctx.file, name)) ?? target;
    }
    // Kotlin: a top-level constant of the package is in whichever file of the folder declares it (`Hosts.kt`), not only in a conventionally named one.
    if ((target === null || !own(this.files.get(target)?.exports, name)) && this.files.get(ctx.file)?.language === 'kotlin' && /^[a-z][\w.]*$/.test(module)) {
      target = this.samePackageFile(ctx.file, name) ?? target;
    }
    if (module === NAMED_CLIENTS_MODULE && name.startsWith(OPTIONS_PREFIX)) return this.optionsValue(name, target, member, ctx);
    if (module === NAMED_CLIENTS_MODULE && (target === null || !own(this.files.get(target)?.exports, name))) {
      // .NET clients registered anywhere (an extension method's `AddHttpClient<T>`), not only in Program.cs/Startup.cs;
      // a class shared by several apps has the client each of them registers.
      const registering = this.registeringFiles(name, ctx.file);
      if (registering.length > 0) return this.members(capped(registering.flatMap((file) => this.exported(file, name, new Set(), ctx.service))), member, ctx.service);
      // Registered without a base address (`AddHttpClient<ICatalogService, CatalogService>()`), or not found: still an
      // HttpClient, whose requests carry their own absolute URLs.
      return [{ t: 'client', client: 'HttpClient', base: null, label: name.replace(/^HttpClient:/, ''), at: { file: ctx.file, line: 1, column: 1 }, via: [] }];
    }
    if (target === null && module === GO_SAME_PACKAGE) {
      // Go: a name no file of the package declares (a field set at run time, a generated file not scanned).
      return [{ t: 'unknown', text: [name, ...member].join('.'), via: [] }];
    }
    if (target === null) {
      // Python: `from .config import settings` then `settings.url` is read as the submodule `.config.settings` (it is
      // one after `from . import config`); when no such module is scanned, it is the name `settings` of `.config`.
      const dot = module.lastIndexOf('.');
      if (this.files.get(ctx.file)?.language === 'python' && dot > 0 && module[dot - 1] !== '.') {
        const parent = module.slice(0, dot);
        if (this.resolveModule(parent, ctx.file) !== null) return this.ref(parent, module.slice(dot + 1), [name, ...member], ctx);
      }
      return [{ t: 'external', module, via: [] }];
    }
    return this.members(this.exported(target, name, new Set(), ctx.service), member, ctx.service);
  }

  /**
   * A property of a .NET options class bound to configuration (`_urls.Orders` of `IOptions<UrlsConfig>`): the configuration
   * key under the section its Program.cs/Startup.cs (or any registering file) binds the class to, `urls:Orders`; at the
   * root when no file binds it (`Configure<T>(configuration)`, the common case). Nested classes go on down the path.
   */
  private optionsValue(name: string, target: string | null, member: readonly string[], ctx: Context): Value[] {
    if (member.length === 0) return [{ t: 'unknown', text: name.slice(OPTIONS_PREFIX.length), via: [] }];
    const files = target !== null && own(this.files.get(target)?.exports, name) ? [target] : this.registeringFiles(name, ctx.file);
    const sections = files.flatMap((file) => this.exported(file, name, new Set(), ctx.service)).flatMap((value) => (value.t === 'str' && value.parts.every((part) => typeof part === 'string') ? [value.parts.join('')] : []));
    const keys = [...new Set(sections.length > 0 ? sections : [''])].map((section) => [section, ...member].filter((part) => part !== '').join(':'));
    return capped(keys.flatMap((key) => this.config(key, 0, ctx.service, this.configFlavour(ctx.file))));
  }

  /** Where pytest finds the fixture `name` for a test in `file`: the file itself, else the nearest `conftest.py` above it that defines it. */
  private fixtureFile(name: string, file: string): string | null {
    const key = `${PYTEST_FIXTURE}${name}`;
    if (own(this.files.get(file)?.exports, key)) return file;
    for (let dir = dirname(file); ; dir = dirname(dir)) {
      const conftest = dir === '' ? 'conftest.py' : `${dir}/conftest.py`;
      if (own(this.files.get(conftest)?.exports, key)) return conftest;
      if (dir === '') return null;
    }
  }

  /** The Go or Kotlin file of `file`'s package (its directory), other than itself, that exports `name`; null when none does. */
  private samePackageFile(file: string, name: string): string | null {
    const found = this.packageNames().get(dirname(file))?.get(name);
    return found !== undefined && found !== file ? found : null;
  }

  /** The file of the package an import path names (see `goPackageDirs`) that exports `name`; null when none does. */
  private goImportedFile(specifier: string, file: string, name: string): string | null {
    const packages = this.packageNames();
    for (const dir of goPackageDirs(specifier, file)) {
      const found = packages.get(dir)?.get(name);
      if (found !== undefined) return found;
    }
    return null;
  }

  /** Go and Kotlin packages (directories) of the scan: each exported name and the first file (by path) that declares it. */
  private packageNames(): Map<string, Map<string, string>> {
    if (!this.packages) {
      this.packages = new Map();
      for (const path of [...this.files.keys()].sort()) {
        const facts = this.files.get(path);
        // Go packages, and Kotlin's (a top-level `const val` of another file of the folder's package).
        if (facts?.language !== 'go' && facts?.language !== 'kotlin') continue;
        const dir = dirname(path);
        let names = this.packages.get(dir);
        if (!names) this.packages.set(dir, (names = new Map()));
        for (const exported of Object.keys(facts.exports)) if (!names.has(exported)) names.set(exported, path);
      }
    }
    return this.packages;
  }

  /**
   * What every `new Class(…)` in the scan passes as a constructor's k-th argument (`Class#k`), each evaluated where it
   * is written: the value of a field the constructor sets from that parameter.
   */
  private constructorArguments(classAndIndex: string, ctx: Context): Value[] {
    const [className, index] = classAndIndex.split('#') as [string, string];
    // Python passes an argument by position or by keyword: `Owner#0|base_url` is whichever a creation uses.
    const keys = index.split('|');
    if (!this.creations) {
      this.creations = new Map();
      for (const [file, facts] of this.files) {
        for (const [key, sym] of Object.entries(facts.symbols)) {
          if (!key.startsWith(CONSTRUCTED)) continue;
          const name = key.slice(CONSTRUCTED.length).split('#')[0]!;
          const list = this.creations.get(name) ?? [];
          list.push({ file, args: sym });
          this.creations.set(name, list);
        }
      }
    }
    if (ctx.depth > 6) return [{ t: 'unknown', text: `argument ${Number(index) + 1} of new ${className}(…) (too deep)`, via: [] }];
    const out: Value[] = [];
    // Production first: what a test passes (`new S3Service({ endpoint: process.env.S3_TEST_ENDPOINT })` in a spec)
    // configures production code only in tests, so it counts only for a class that is test code itself.
    const all = this.creationsOf(className, new Set([className]));
    const creations = isTestCode(ctx.file) ? all : all.filter((creation) => !isTestCode(creation.file));
    for (const creation of creations) {
      const props = creation.args.kind === 'object' ? creation.args.props : {};
      const argument = keys.map((key) => own(props, key)).find((found) => found !== undefined);
      if (!argument) continue;
      const where: Context = { file: creation.file, service: this.scope.serviceOfFile(creation.file), args: null, depth: ctx.depth + 1 };
      out.push(...this.evaluate(argument, where).map((value) => withVia(value, [`passed to new ${className}(…) in ${creation.file}`])));
    }
    if (out.length > 0) return capped(out);
    // A Python parameter no instantiation passes takes its default, which the extractor gives as the other alternative.
    if (keys.length > 1 && creations.length > 0) return [];
    return [{ t: 'unknown', text: `argument ${Number(keys[0]) + 1} of new ${className}(…)`, via: [] }];
  }

  /** The creations of a class, with those of each class that hands its own arguments on to it (FORWARDED_FROM). */
  private creationsOf(className: string, seen: Set<string>): { file: string; args: Sym }[] {
    return (this.creations?.get(className) ?? []).flatMap((creation) => {
      const from = creation.args.kind === 'object' ? own(creation.args.props, FORWARDED_FROM) : undefined;
      if (from === undefined) return [creation];
      if (from.kind !== 'lit' || seen.has(from.value) || seen.size > 6) return [];
      return this.creationsOf(from.value, new Set([...seen, from.value]));
    });
  }

  /** The C# files that register a named or typed client (export `HttpClient:<name>`) nearest to `fromFile` (most leading folders shared), sorted. */
  private registeringFiles(name: string, fromFile: string): string[] {
    const key = `${name}\0${fromFile}`;
    const cached = this.registeredMemo.get(key);
    if (cached !== undefined) return cached;
    let best: string[] = [];
    let bestShared = -1;
    const from = fromFile.split('/');
    for (const [file, facts] of this.files) {
      if (facts.language !== 'csharp' || !own(facts.exports, name)) continue;
      const parts = file.split('/');
      let shared = 0;
      while (shared < parts.length - 1 && shared < from.length - 1 && parts[shared] === from[shared]) shared++;
      if (shared > bestShared) {
        best = [file];
        bestShared = shared;
      } else if (shared === bestShared) best.push(file);
    }
    best.sort();
    this.registeredMemo.set(key, best);
    return best;
  }
  private readonly registeredMemo = new Map<string, string[]>();

  /** A top-level symbol's value, memoised. */
  symbol(file: string, name: string, service: string | null): Value[] {
    const key = `sym\0${service ?? ''}\0${file}\0${name}`;
    const cached = this.memo.get(key);
    if (cached) return cached;
    if (this.busy.has(key)) return [{ t: 'unknown', text: `${name} (defined in terms of itself)`, via: [] }];
    const sym = own(this.files.get(file)?.symbols, name);
    if (!sym) return [{ t: 'unknown', text: name, via: [] }];
    if (this.nesting >= MAX_DEFINITION_NESTING) return this.tooDeep(file, name);
    this.busy.add(key);
    this.nesting++;
    let values: Value[];
    try {
      values = this.evaluate(sym, { file, service, args: null, depth: 0 });
    } finally {
      this.nesting--;
      this.busy.delete(key);
    }
    this.memo.set(key, values);
    return values;
  }

  /** The value a module exports under `name` (`*` = the namespace / CommonJS module.exports). */
  exported(file: string, name: string, seen: Set<string>, service: string | null): Value[] {
    const key = `exp\0${service ?? ''}\0${file}\0${name}`;
    const cached = this.memo.get(key);
    if (cached) return cached;
    const facts = this.files.get(file);
    if (!facts || seen.has(key) || this.busy.has(key)) return [{ t: 'unknown', text: `${name} (circular export)`, via: [] }];
    if (this.nesting >= MAX_DEFINITION_NESTING) return this.tooDeep(file, name);
    seen.add(key);
    this.busy.add(key);
    this.nesting++;
    try {
      return this.exportedValue(file, name, seen, service, key, facts);
    } finally {
      this.nesting--;
      this.busy.delete(key);
    }
  }

  /** `unresolved: too deep`, and one warning per file where a chain of definitions was cut. Not memoised. */
  private tooDeep(file: string, name: string): Value[] {
    if (!this.reportedTooDeep.has(file)) {
      this.reportedTooDeep.add(file);
      this.problems.push({
        file,
        severity: 'warning',
        code: 'definition-too-deep',
        message: `'${name}' is reached through more than ${MAX_DEFINITION_NESTING} definitions nested in one another (constants or modules defined from each other); arch-lint stopped following there and reports the calls that use it as unresolved (too deep)`,
      });
    }
    return [{ t: 'unknown', text: `${name} (unresolved: too deep)`, via: [] }];
  }

  private exportedValue(file: string, name: string, seen: Set<string>, service: string | null, key: string, facts: FileFacts): Value[] {
    let values: Value[] | null = null;
    const direct = own(facts.exports, name);
    if (direct) values = this.evaluate(direct, { file, service, args: null, depth: 0 });
    else if (name === '*') values = [{ t: 'ns', file, via: [] }];
    else {
      for (const specifier of facts.reexports) {
        const target = this.resolveModule(specifier, file);
        if (!target) continue;
        const found = this.exported(target, name, seen, service);
        if (!(found.length === 1 && found[0]?.t === 'unknown')) {
          values = found;
          break;
        }
      }
      const whole = own(facts.exports, '*');
      if (!values && whole) values = this.members(this.evaluate(whole, { file, service, args: null, depth: 0 }), [name], service);
    }
    let result = values ?? [{ t: 'unknown', text: `${name} (not exported by ${file})`, via: [] }];
    // A file a build configuration replaces (Angular's `environment.ts` by `environment.prod.ts` in `production`):
    // what the replacement exports is one more possible value, the one that build runs with.
    for (const replaced of this.fileSet.projectModules?.replacements.get(file) ?? []) {
      if (!this.files.has(replaced.with)) continue;
      const step = `${replaced.with} in place of ${file} in the '${replaced.configuration}' build (${replaced.config})`;
      result = [...result, ...this.exported(replaced.with, name, seen, service).map((value) => withVia(value, [step]))];
    }
    this.memo.set(key, result);
    return result;
  }

  members(values: Value[], member: readonly string[], service: string | null): Value[] {
    let current = values;
    for (const name of member) {
      const next: Value[] = [];
      for (const value of current) {
        if (value.t === 'obj' && name === ANY_MEMBER) {
          // `config[env]`: each property is a possible value, named in the evidence.
          const props = Object.entries(value.props);
          if (props.length === 0) next.push({ t: 'unknown', text: '[…]', via: value.via });
          for (const [key, prop] of props) next.push(...this.evaluate(prop, value.ctx).map((inner) => withVia(inner, [...value.via, `property '${key}'`])));
        } else if (value.t === 'obj') {
          const prop = own(value.props, name);
          next.push(...(prop ? this.evaluate(prop, value.ctx).map((inner) => withVia(inner, value.via)) : [{ t: 'unknown' as const, text: `.${name}`, via: value.via }]));
        } else if (value.t === 'ns') next.push(...this.exported(value.file, name, new Set(), service).map((inner) => withVia(inner, value.via)));
        else if (value.t === 'env-object' && name !== ANY_MEMBER) {
          const read = envObjectMember(value.sym, name);
          next.push(...(read?.kind === 'env' ? this.env(read.name, 0, service).map((inner) => withVia(inner, value.via)) : [{ t: 'unknown' as const, text: `.${name}`, via: value.via }]));
        }
        else if (value.t === 'external') next.push(value);
        else if (value.t === 'client' && SAME_CLIENT_MEMBERS.get(value.client)?.includes(name)) next.push(value);
        // A property of an argument the caller left out is left out too (`parameter options (not passed).method`).
        else if (value.t === 'unknown' && value.text.endsWith(NOT_PASSED)) next.push({ t: 'unknown', text: `${value.text}.${name}`, via: value.via });
        else next.push({ t: 'unknown', text: name === ANY_MEMBER ? '[…]' : `.${name}`, via: value.via });
      }
      current = capped(next);
    }
    return current;
  }

  /** Bases of a client value as strings (null = no base URL configured). */
  clientBases(client: Extract<Value, { t: 'client' }>): StrValue[] | null {
    if (!client.base) return null;
    return client.base.map(asStr);
  }

  joinClient(client: Extract<Value, { t: 'client' }>, path: StrValue): StrValue[] {
    const bases = this.clientBases(client);
    const instance = `${client.client} instance '${client.label}' (${at(client.at)})`;
    if (!bases) return [{ ...path, via: [...path.via, instance] }];
    return bases.map((base) => {
      const joined = joinBase(base, path);
      return { ...joined, via: [...path.via, instance, ...client.via, ...base.via.filter((step) => !path.via.includes(step))] };
    });
  }
}
