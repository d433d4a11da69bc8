/**
 * Evaluates Syms across files: follows refs through exports, re-exports and `export *`, applies
 * member paths, substitutes wrapper arguments for parameters, expands env/config bindings, and
 * fans out alternatives (capped). Top-level symbols and exports are memoised; cycles and deep
 * recursion end in an `unknown` value instead of a stack overflow.
 */
import type { Binding, FileFacts, Loc, Problem, Sym } from '../model.js';
import { own } from '../extract/typescript/clients.js';
import { moduleResolvers, type ModuleFiles } from './modules.js';
import { combineTrail, joinBase, mergeParts, resolveWhatwg, type Part, type StrValue } from './urls.js';

export const MAX_ALTERNATIVES = 32;
const MAX_DEPTH = 12;
const MAX_BINDING_DEPTH = 5;

/** Where a Sym is evaluated: its file, and for a wrapper's body the arguments of the call being followed. */
export interface Context {
  file: string;
  args: { syms: readonly Sym[]; ctx: Context } | null;
  depth: number;
}

export type Value =
  | StrValue
  | { t: 'client'; client: string; base: Value[] | null; label: string; at: Loc; via: string[] }
  | { t: 'fn'; file: string; key: string; at: Loc | null; returns: Sym | null; via: string[] }
  | { t: 'obj'; props: Record<string, Sym>; ctx: Context; via: string[] }
  | { t: 'ns'; file: string; via: string[] }
  /** A value imported from a package outside the scan (`express()`, `new Map()` are not clients). */
  | { t: 'external'; module: string; via: string[] }
  | { t: 'unknown'; text: string; via: string[] };

export function at(loc: Loc): string {
  return `${loc.file}:${loc.line}`;
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

export class Evaluator {
  readonly files = new Map<string, FileFacts>();
  private readonly envBindings = new Map<string, Binding[]>();
  private readonly configBindings = new Map<string, Binding[]>();
  private readonly memo = new Map<string, Value[]>();
  private readonly busy = new Set<string>();
  private readonly moduleCache = new Map<string, string | null>();
  readonly unboundEnv = new Set<string>();
  /** ConfigMap name → key → bindings read from its `data`. */
  private readonly configMaps = new Map<string, Map<string, Binding[]>>();
  private readonly reportedMissing = new Set<string>();
  readonly problems: Problem[] = [];
  private readonly fileSet: ModuleFiles;

  constructor(facts: readonly FileFacts[], bindings: readonly Binding[]) {
    for (const fileFacts of facts) this.files.set(fileFacts.file, fileFacts);
    this.fileSet = { has: (path) => this.files.has(path) };
    const all = [...facts.flatMap((fileFacts) => fileFacts.bindings), ...bindings];
    all.sort((a, b) => a.loc.file.localeCompare(b.loc.file) || a.loc.line - b.loc.line || a.name.localeCompare(b.name));
    const add = (map: Map<string, Binding[]>, key: string, binding: Binding): void => {
      const list = map.get(key) ?? [];
      list.push(binding);
      map.set(key, list);
    };
    const envFrom: Binding[] = [];
    for (const binding of all) {
      if (binding.configMap !== undefined) {
        const data = this.configMaps.get(binding.configMap) ?? new Map<string, Binding[]>();
        add(data, binding.name, binding);
        this.configMaps.set(binding.configMap, data);
      } else if (binding.ref?.kind === 'configmap' && binding.ref.key === null) envFrom.push(binding);
      else add(binding.type === 'env' ? this.envBindings : this.configBindings, binding.name, binding);
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
      for (const key of data.keys()) add(this.envBindings, binding.name + key, { ...binding, name: binding.name + key, ref: { ...ref, key } });
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
      case 'alt':
        return capped(sym.options.flatMap((option) => this.evaluate(option, ctx)));
      case 'env':
        return this.env(sym.name, 0);
      case 'config':
        return this.config(sym.key);
      case 'url': {
        const bases = this.evaluate(sym.base, ctx).map(asStr);
        const paths = this.evaluate(sym.path, ctx).map(asStr);
        return capped(bases.flatMap((base) => paths.map((path) => resolveWhatwg(base, path))));
      }
      case 'ref':
        return this.ref(sym.module, sym.name, sym.member, ctx);
      case 'param': {
        // A destructured parameter (`({ id }) =>`) is named after its property: do not repeat it.
        const path = sym.member[0] === sym.name ? sym.member.slice(1) : sym.member;
        if (!ctx.args) return [{ t: 'unknown', text: `parameter ${sym.name}${path.map((m) => `.${m}`).join('')}`, via: [] }];
        const argument = ctx.args.syms[sym.index];
        if (!argument) return [{ t: 'unknown', text: `parameter ${sym.name} (not passed)`, via: [] }];
        return this.members(this.evaluate(argument, ctx.args.ctx), sym.member);
      }
      case 'object':
        return [{ t: 'obj', props: sym.props, ctx, via: [] }];
      case 'client':
        return [{ t: 'client', client: sym.client, base: sym.base ? this.evaluate(sym.base, ctx) : null, label: sym.label, at: sym.at, via: [] }];
      case 'call':
        return this.call(sym, ctx);
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

  /** Calls a wrapper / factory: evaluates what the function returns with the call's arguments. */
  invoke(fn: Extract<Value, { t: 'fn' }>, args: readonly Sym[], ctx: Context): Value[] {
    if (!fn.returns) return [{ t: 'unknown', text: `${fn.key}()`, via: [] }];
    if (ctx.depth >= MAX_DEPTH) return [{ t: 'unknown', text: `${fn.key}() (call chain too deep)`, via: [] }];
    return this.evaluate(fn.returns, { file: fn.file, args: { syms: args, ctx }, depth: ctx.depth + 1 });
  }

  private call(sym: Extract<Sym, { kind: 'call' }>, ctx: Context): Value[] {
    const out: Value[] = [];
    for (const callee of this.evaluate(sym.callee, ctx)) {
      if (callee.t === 'fn') out.push(...this.invoke(callee, sym.args, ctx).map((value) => withVia(value, callee.via)));
      else if (callee.t === 'obj') out.push(callee); // `new ImporterClient()`: the instance has the class's members
      else if (callee.t === 'external') out.push(callee);
      else out.push({ t: 'unknown', text: 'result of a call', via: callee.via });
    }
    return capped(out);
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
    const values: Value[] = combos.map((combo) => ({ t: 'str', parts: mergeParts(combo.flatMap((part) => part.parts)), ...combineTrail(combo) }));
    const last = values[values.length - 1];
    if (truncated && last) values[values.length - 1] = withVia(last, [`(more than ${MAX_ALTERNATIVES} possible values; the rest were not listed)`]);
    return values;
  }

  // ───────────── env and config bindings ─────────────

  /** A binding's value as a Sym: `${OTHER}`, `${OTHER:-default}`, `${OTHER:default}` and `$OTHER` become env reads. */
  private bindingSym(value: string): Sym {
    const parts: Sym[] = [];
    const pattern = /\$\{([A-Za-z_][\w.]*)(?::-?([^}]*))?\}|\$([A-Za-z_]\w*)/g;
    let last = 0;
    for (const match of value.matchAll(pattern)) {
      const index = match.index ?? 0;
      if (index > last) parts.push({ kind: 'lit', value: value.slice(last, index) });
      const name = match[1] ?? match[3] ?? '';
      const fallback = match[2];
      const read: Sym = { kind: 'env', name };
      parts.push(fallback !== undefined ? { kind: 'alt', options: [read, { kind: 'lit', value: fallback }] } : read);
      last = index + match[0].length;
    }
    if (last < value.length) parts.push({ kind: 'lit', value: value.slice(last) });
    return parts.length === 1 && parts[0] ? parts[0] : { kind: 'concat', parts };
  }

  private fromBindings(kind: 'env' | 'config', name: string, bindings: readonly Binding[], depth: number): Value[] {
    const out: Value[] = [];
    for (const binding of bindings) {
      const ref = binding.ref;
      if (ref && (kind === 'env' || ref.kind !== 'configmap')) {
        out.push(...this.fromReference(name, binding, ref, depth));
        continue;
      }
      const label = `binding ${name} = ${binding.value} (${at(binding.loc)}${binding.environment ? `, ${binding.environment}` : ''})`;
      const head = [kind === 'env' ? `env:${name}` : `config:${name}`, label];
      const inner =
        depth >= MAX_BINDING_DEPTH || !binding.value.includes('$')
          ? [{ t: 'str' as const, parts: [binding.value] as Part[], via: [] as string[] }]
          : this.evaluateBindingValue(binding.value, depth + 1);
      for (const value of inner) {
        const str = asStr(value);
        const result: StrValue = { ...str, via: [...head, ...str.via.filter((step) => !head.includes(step))] };
        result.environment ??= binding.environment ?? undefined;
        if (result.environment === undefined) delete result.environment;
        result.binding ??= binding.loc;
        out.push(result);
      }
    }
    return capped(out);
  }

  /** A Kubernetes `valueFrom`: a ConfigMap key is followed to its value; a Secret or field is never read. */
  private fromReference(name: string, binding: Binding, ref: NonNullable<Binding['ref']>, depth: number): Value[] {
    const head = `env:${name}`;
    const reference = `binding ${name} from ${ref.kind} ${ref.name}${ref.key ? ` key ${ref.key}` : ''} (${at(binding.loc)}${binding.environment ? `, ${binding.environment}` : ''})`;
    const unresolved = (what: string): StrValue => {
      const value: StrValue = { t: 'str', parts: [{ hole: what }], via: [head, reference], binding: binding.loc };
      if (binding.environment) value.environment = binding.environment;
      return value;
    };
    if (ref.kind !== 'configmap' || ref.key === null) return [unresolved(`${ref.kind} ${ref.name}${ref.key ? `:${ref.key}` : ''} (not read)`)];
    const data = this.configMaps.get(ref.name);
    if (!data) {
      this.missingConfigMap(binding, ref.name, ref.optional);
      return [unresolved(`ConfigMap ${ref.name} (not found)`)];
    }
    const entries = data.get(ref.key);
    if (!entries || entries.length === 0) return [unresolved(`ConfigMap ${ref.name} key ${ref.key} (not set)`)];
    return this.fromBindings('env', ref.key, entries, depth).map((value) => {
      const str = asStr(value);
      const via = [head, reference, ...str.via.filter((step) => step !== `env:${ref.key}`)];
      const result: StrValue = { ...str, via };
      if (binding.environment && result.environment === undefined) result.environment = binding.environment;
      return result;
    });
  }

  private evaluateBindingValue(value: string, depth: number): Value[] {
    const sym = this.bindingSym(value);
    const evaluateAt = (part: Sym): Value[] => {
      if (part.kind === 'env') return this.env(part.name, depth);
      if (part.kind === 'alt') return part.options.flatMap(evaluateAt);
      if (part.kind === 'concat') return this.concat(part.parts.map(evaluateAt));
      return this.evaluate(part, { file: '', args: null, depth: 0 });
    };
    return evaluateAt(sym);
  }

  private env(name: string, depth: number): Value[] {
    const key = `env\0${name}`;
    if (depth === 0) {
      const cached = this.memo.get(key);
      if (cached) return cached;
    }
    if (this.busy.has(key)) return [{ t: 'str', parts: [{ hole: `env:${name}` }], via: [`env:${name} (refers to itself)`] }];
    // Keys of ConfigMaps are env vars only through a reference; by key name they are a last resort.
    const bindings = this.envBindings.get(name) ?? [...this.configMaps.values()].flatMap((data) => data.get(name) ?? []);
    let values: Value[];
    if (bindings && bindings.length > 0) {
      this.busy.add(key);
      values = this.fromBindings('env', name, bindings, depth);
      this.busy.delete(key);
    } else {
      this.unboundEnv.add(name);
      values = [{ t: 'str', parts: [{ hole: `env:${name}` }], via: [`env:${name}`], env: name }];
    }
    if (depth === 0) this.memo.set(key, values);
    return values;
  }

  private config(key: string): Value[] {
    const bindings = this.configBindings.get(key);
    if (bindings && bindings.length > 0) return this.fromBindings('config', key, bindings, 0);
    // NestJS ConfigService and similar read env vars by the same name.
    if (/^[A-Z][A-Z0-9_]*$/.test(key)) return this.env(key, 0);
    return [{ t: 'str', parts: [{ hole: `config:${key}` }], via: [`config:${key}`] }];
  }

  // ───────────── symbols, exports, members ─────────────

  private ref(module: string | null, name: string, member: readonly string[], ctx: Context): Value[] {
    if (module === null) {
      const file = ctx.file;
      const symbols = this.files.get(file)?.symbols ?? {};
      // `Class.method`, `api.getStudents` are stored under their dotted key.
      const first = member[0];
      if (first !== undefined && own(symbols, `${name}.${first}`)) return this.members(this.symbol(file, `${name}.${first}`), member.slice(1));
      if (!own(symbols, name)) return [{ t: 'unknown', text: [name, ...member].join('.'), via: [] }];
      return this.members(this.symbol(file, name), member);
    }
    const target = this.resolveModule(module, ctx.file);
    if (target === null) return [{ t: 'external', module, via: [] }];
    return this.members(this.exported(target, name, new Set()), member);
  }

  /** A top-level symbol's value, memoised. */
  symbol(file: string, name: string): Value[] {
    const key = `sym\0${file}\0${name}`;
    const cached = this.memo.get(key);
    if (cached) return cached;
    if (this.busy.has(key)) return [{ t: 'unknown', text: `${name} (defined in terms of itself)`, via: [] }];
    const sym = own(this.files.get(file)?.symbols, name);
    if (!sym) return [{ t: 'unknown', text: name, via: [] }];
    this.busy.add(key);
    const values = this.evaluate(sym, { file, args: null, depth: 0 });
    this.busy.delete(key);
    this.memo.set(key, values);
    return values;
  }

  /** The value a module exports under `name` (`*` = the namespace / CommonJS module.exports). */
  exported(file: string, name: string, seen: Set<string>): Value[] {
    const key = `exp\0${file}\0${name}`;
    const cached = this.memo.get(key);
    if (cached) return cached;
    const facts = this.files.get(file);
    if (!facts || seen.has(key) || this.busy.has(key)) return [{ t: 'unknown', text: `${name} (circular export)`, via: [] }];
    seen.add(key);
    this.busy.add(key);
    let values: Value[] | null = null;
    const direct = own(facts.exports, name);
    if (direct) values = this.evaluate(direct, { file, args: null, depth: 0 });
    else if (name === '*') values = [{ t: 'ns', file, via: [] }];
    else {
      for (const specifier of facts.reexports) {
        const target = this.resolveModule(specifier, file);
        if (!target) continue;
        const found = this.exported(target, name, seen);
        if (!(found.length === 1 && found[0]?.t === 'unknown')) {
          values = found;
          break;
        }
      }
      const whole = own(facts.exports, '*');
      if (!values && whole) values = this.members(this.evaluate(whole, { file, args: null, depth: 0 }), [name]);
    }
    this.busy.delete(key);
    const result = values ?? [{ t: 'unknown', text: `${name} (not exported by ${file})`, via: [] }];
    this.memo.set(key, result);
    return result;
  }

  members(values: Value[], member: readonly string[]): Value[] {
    let current = values;
    for (const name of member) {
      const next: Value[] = [];
      for (const value of current) {
        if (value.t === 'obj') {
          const prop = own(value.props, name);
          next.push(...(prop ? this.evaluate(prop, value.ctx).map((inner) => withVia(inner, value.via)) : [{ t: 'unknown' as const, text: `.${name}`, via: value.via }]));
        } else if (value.t === 'ns') next.push(...this.exported(value.file, name, new Set()).map((inner) => withVia(inner, value.via)));
        else if (value.t === 'external') next.push(value);
        else next.push({ t: 'unknown', text: `.${name}`, via: value.via });
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
