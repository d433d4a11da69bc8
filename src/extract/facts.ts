import type { FileFacts, Language, ManifestKind, Sym } from '../model.js';

/** Facts with nothing in them: the starting point every extractor and reader fills. */
export function emptyFacts(file: string, language: Language | ManifestKind): FileFacts {
  return { file, language, calls: [], invocations: [], symbols: {}, exports: {}, reexports: [], bindings: [], directives: [], services: [], hosts: [], problems: [] };
}

/**
 * Call `visit` on every symbolic value a file's facts hold — symbols, exports, each call's URL and receiver, each
 * invocation's callee and arguments — and on every value nested in them. Iterative: generated code can nest
 * expressions deeper than the call stack allows.
 */
export function visitSyms(facts: FileFacts, visit: (sym: Sym) => void): void {
  const stack: Sym[] = [...Object.values(facts.symbols), ...Object.values(facts.exports)];
  for (const call of facts.calls) {
    if (call.url) stack.push(call.url);
    if (call.receiver) stack.push(call.receiver);
  }
  for (const invocation of facts.invocations) stack.push(invocation.callee, ...invocation.args);
  while (stack.length > 0) {
    const sym = stack.pop()!;
    visit(sym);
    switch (sym.kind) {
      case 'concat':
        stack.push(...sym.parts);
        break;
      case 'alt':
        stack.push(...sym.options);
        break;
      case 'url':
        stack.push(sym.base, sym.path);
        break;
      case 'object':
        stack.push(...Object.values(sym.props));
        break;
      case 'client':
        if (sym.base) stack.push(sym.base);
        break;
      case 'call':
        stack.push(sym.callee, ...sym.args);
        break;
      case 'fn':
        if (sym.returns) stack.push(sym.returns);
        break;
      case 'step':
        stack.push(sym.value);
        break;
      case 'lookup':
        stack.push(sym.key);
        break;
      case 'param':
        if (sym.fallback) stack.push(sym.fallback);
        break;
      default:
        break;
    }
  }
}

/** The value under any evidence steps (`const x` → its value). */
export function withoutSteps<T extends Sym | null | undefined>(sym: T): T {
  let current: Sym | null | undefined = sym;
  while (current?.kind === 'step') current = current.value;
  return current as T;
}

/** One more value a name may hold (assigned in another branch, returned by another `return`): an `alt` of all of them. */
export function withAlternative(existing: Sym | null | undefined, next: Sym): Sym {
  if (existing === null || existing === undefined) return next;
  return { kind: 'alt', options: [...(existing.kind === 'alt' ? existing.options : [existing]), next] };
}

/** The directory part of a root-relative path ('' for a file at the root). */
export function directoryOf(file: string): string {
  const slash = file.lastIndexOf('/');
  return slash < 0 ? '' : file.slice(0, slash);
}

/** The env var name Vite's `import.meta.env.BASE_URL` is read under: the config's `base`, which no environment variable sets (see resolve/build-tool-values.ts). */
export const VITE_BASE_URL = 'VITE_BUILTIN_BASE_URL';

/**
 * The URL of a gRPC channel's target: a literal address (`cart:7070`, `dns:///cart:7070`) is `grpc://cart:7070`, so its
 * host is judged as any other; one written with a scheme of its own (`http://…`) is kept. Any other value is left as it
 * is — a parameter must stay the URL's start for the resolver to follow a wrapper (`mustConnGRPC(ctx, &conn, addr)`) —
 * and an address it turns out to hold (`cart:7070` from an env var) is read as a host without a scheme.
 */
export function grpcTarget(target: Sym): Sym {
  if (target.kind !== 'lit') return target;
  const address = target.value.replace(/^dns:\/{0,3}/, '');
  return { kind: 'lit', value: /^[a-z][a-z0-9+.-]*:\/\//i.test(address) ? address : `grpc://${address}` };
}

/**
 * The client of an application under test served in memory, without a network (ASP.NET Core's `TestServer`:
 * `factory.CreateClient()` on a `WebApplicationFactory`, `server.GetTestClient()`): the resolver drops the requests
 * made on it, as no integration leaves the process.
 */
export const IN_MEMORY_TEST_CLIENT = 'in-memory test server';

/** The environment as a value (see `envObject`): the text of its key says which one. */
const PROCESS_ENV = 'process.env';
const IMPORT_META_ENV = 'import.meta.env';

/**
 * `process.env`, `import.meta.env` or what an env loader returns (Vite's `loadEnv(mode, dir)`), held as a value
 * (`const env = process.env`): a lookup of an unknown key, whose members (`env.API_URL`, `const { API_URL } = env`) are
 * env reads — in the extractor (`envObjectMember`) and in the resolver, through a module's constant.
 */
export function envObject(importMeta: boolean): Sym {
  return { kind: 'lookup', source: 'env', key: { kind: 'unknown', text: importMeta ? IMPORT_META_ENV : PROCESS_ENV } };
}

/** The env read `key` of an environment object (see `envObject`); null for any other Sym. */
export function envObjectMember(sym: Sym, key: string): Sym | null {
  if (sym.kind !== 'lookup' || sym.source !== 'env' || sym.key.kind !== 'unknown') return null;
  if (sym.key.text === PROCESS_ENV) return { kind: 'env', name: key };
  // Vite's `import.meta.env.BASE_URL` is the config's `base`, read under a name of its own.
  if (sym.key.text === IMPORT_META_ENV) return { kind: 'env', name: key === 'BASE_URL' ? VITE_BASE_URL : key };
  return null;
}

// ───────────── small Sym builders, shared by every extractor ─────────────

export const lit = (value: string): Sym => ({ kind: 'lit', value });

export function concat(parts: Sym[]): Sym {
  // Adjacent literals merge, so `"a" "b"` and `f"{x}"` stay small and comparable.
  const merged: Sym[] = [];
  for (const part of parts) {
    if (part.kind === 'lit' && part.value === '') continue;
    const last = merged.at(-1);
    if (part.kind === 'lit' && last?.kind === 'lit') merged[merged.length - 1] = lit(last.value + part.value);
    else if (part.kind === 'concat') merged.push(...part.parts);
    else merged.push(part);
  }
  if (merged.length === 0) return lit('');
  return merged.length === 1 ? (merged[0] as Sym) : { kind: 'concat', parts: merged };
}

/** A template whose placeholders (`placeholder`, e.g. printf's `%s`) `pick` fills; a placeholder it gives null for stays as written. */
export function formatTemplate(template: string, placeholder: RegExp, pick: (match: string, ordinal: number) => Sym | null): Sym {
  const parts: Sym[] = [];
  let last = 0;
  let ordinal = 0;
  for (const match of template.matchAll(new RegExp(placeholder.source, 'g'))) {
    const index = match.index ?? 0;
    parts.push(lit(template.slice(last, index)));
    const value = pick(match[0], ordinal++);
    parts.push(value ?? lit(match[0]));
    last = index + match[0].length;
  }
  parts.push(lit(template.slice(last)));
  return concat(parts);
}

/** Words followed by `(` that are no function a project declares: keywords and the most common built-ins of the languages read. */
const NOT_CALLEES = new Set(['if', 'for', 'while', 'switch', 'catch', 'return', 'func', 'function', 'def', 'fn', 'new', 'sizeof', 'typeof', 'await', 'print', 'println', 'len', 'make', 'append', 'panic', 'str', 'int', 'list', 'dict', 'set', 'range', 'isinstance', 'super', 'this', 'self']);

/** The names a source text calls (`name(`, `obj.name (`), sorted and distinct; comments and strings are not told apart (a superset). */
export function calledNames(content: string): string[] {
  const names = new Set<string>();
  for (const match of content.matchAll(/([A-Za-z_$][\w$]*)\s*(?:<[^<>()]*>\s*)?\(/g)) {
    const name = match[1] as string;
    if (name.length > 1 && !NOT_CALLEES.has(name)) names.add(name);
  }
  return [...names].sort();
}

/**
 * pytest passes a test (and a fixture) the fixture of each parameter's name, found in the test's module or in a
 * `conftest.py` of its folder or above: such a parameter is read as a call of `{ module: PYTEST_FIXTURE, name }`, and
 * a fixture function (`@pytest.fixture`) is exported as `PYTEST_FIXTURE + name` besides its own name.
 */
export const PYTEST_FIXTURE = 'pytest:fixture:';

/** `sym` with `change` applied to each literal it is (through steps and alternatives); other values unchanged. */
export function mapLiterals(sym: Sym, change: (text: string) => string): Sym {
  switch (sym.kind) {
    case 'lit':
      return { kind: 'lit', value: change(sym.value) };
    case 'step':
      return { ...sym, value: mapLiterals(sym.value, change) };
    case 'alt':
      return { ...sym, options: sym.options.map((option) => mapLiterals(option, change)) };
    default:
      return sym;
  }
}

/**
 * The module of the string functions the resolver itself applies (`trimSlashes`): a `call` Sym of a ref to it is
 * evaluated there, not looked up.
 */
export const BUILTIN_MODULE = '<arch-lint builtin>';

/**
 * `value` without the slashes at its end, its start or both (`base.rstrip('/')`, `url.TrimEnd('/')`,
 * `strings.TrimSuffix(base, "/")`): taken off a written value now, and off a value known only to the resolver (an env
 * var, a setting) there.
 */
export function trimSlashes(value: Sym, side: 'end' | 'start' | 'both'): Sym {
  const pattern = side === 'end' ? /\/+$/ : side === 'start' ? /^\/+/ : /^\/+|\/+$/g;
  const literal = withoutSteps(value);
  if (literal.kind === 'lit') return mapLiterals(value, (text) => text.replace(pattern, ''));
  return { kind: 'call', callee: { kind: 'ref', module: BUILTIN_MODULE, name: `trim-slashes-${side}`, member: [] }, args: [value] };
}
