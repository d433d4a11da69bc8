/**
 * Declarative HTTP clients that inherit their mappings (`@FeignClient(name = "cards") interface CardClient extends CardService {}`,
 * with `CardService`'s `@GetMapping`s in another file). Facts are per file, so the Java extractor records both halves as
 * symbols — the mapped methods of an interface that is not a client, and the interfaces a client extends — and the
 * resolver joins them (`inheritHttpInterfaces` in src/resolve/index.ts). Kept free of imports so the resolver does not
 * load the tree-sitter runtime.
 */
import type { CallFact, FileFacts, Sym } from '../../model.js';

/** Symbol key prefix: the mapped methods of an interface (an `object` Sym, one `fact` per mapping). */
export const HTTP_INTERFACE_MAPPINGS = 'http-interface-mappings:';
/** Symbol key prefix: the interfaces a declarative client extends (an `object` Sym, name → `ref`). */
export const HTTP_INTERFACE_EXTENDS = 'http-interface-extends:';
/**
 * Constructor injection across files: `new TarjontaClient(resource, …)` is kept as the symbol
 * `constructed:TarjontaClient#<n>` (an object of its arguments by index), and a field a constructor sets from its k-th
 * parameter reads `constructor-argument:TarjontaClient#k`: the resolver joins the two by class name.
 */
export const CONSTRUCTED = 'constructed:';
/**
 * The property of a CONSTRUCTED object that says the class is made with whatever another class is made with (Python
 * `super().__init__(*args, **kwargs)` in that class's `__init__`): its value is a `lit` naming the other class.
 */
export const FORWARDED_FROM = '*forwarded-from';
export const CONSTRUCTOR_ARGUMENT = 'constructor-argument:';

/** `value` with each constructor parameter read as what the `new Owner(…)` calls pass (`Owner#k`), in strings built from them. */
export function withConstructorArguments(value: Sym, owner: string, depth = 0): Sym {
  if (depth > 8) return value;
  switch (value.kind) {
    case 'param':
      return value.outer ? value : { kind: 'ref', module: null, name: `${CONSTRUCTOR_ARGUMENT}${owner}#${value.index}`, member: value.member };
    case 'concat':
      return { kind: 'concat', parts: value.parts.map((part) => withConstructorArguments(part, owner, depth + 1)) };
    case 'alt':
      return { kind: 'alt', options: value.options.map((option) => withConstructorArguments(option, owner, depth + 1)) };
    case 'url':
      return { ...value, base: withConstructorArguments(value.base, owner, depth + 1), path: withConstructorArguments(value.path, owner, depth + 1) };
    case 'step':
      return { ...value, value: withConstructorArguments(value.value, owner, depth + 1) };
    default:
      return value;
  }
}

/** One mapping as a Sym (symbols hold Syms only). */
export function factSym(fact: CallFact): Sym {
  return {
    kind: 'object',
    props: {
      method: { kind: 'lit', value: fact.method ?? '' },
      url: fact.url ?? { kind: 'lit', value: '' },
      at: { kind: 'step', label: fact.enclosing, at: fact.loc, value: { kind: 'lit', value: fact.expression } },
    },
  };
}

/** The mapped methods an interface declares, as call facts without a receiver; empty when `facts` has none for `name`. */
export function interfaceMappings(facts: FileFacts, name: string): CallFact[] {
  const mappings = facts.symbols[`${HTTP_INTERFACE_MAPPINGS}${name}`];
  if (mappings?.kind !== 'object') return [];
  return Object.values(mappings.props).flatMap((mapping): CallFact[] => {
    if (mapping.kind !== 'object') return [];
    const { method, url, at } = mapping.props;
    if (at?.kind !== 'step' || at.value.kind !== 'lit' || !url) return [];
    const verb = method?.kind === 'lit' && method.value !== '' ? method.value : null;
    return [{ kind: 'call', loc: at.at, client: 'instance', method: verb, expression: at.value.value, url, enclosing: at.label }];
  });
}

/** Declarative clients of a file that extend other interfaces: the client's symbol name and the `ref`s of the interfaces. */
export function inheritingClients(facts: FileFacts): { client: string; parents: Extract<Sym, { kind: 'ref' }>[] }[] {
  const out: { client: string; parents: Extract<Sym, { kind: 'ref' }>[] }[] = [];
  for (const [key, value] of Object.entries(facts.symbols)) {
    if (!key.startsWith(HTTP_INTERFACE_EXTENDS) || value.kind !== 'object') continue;
    const parents = Object.values(value.props).filter((sym): sym is Extract<Sym, { kind: 'ref' }> => sym.kind === 'ref');
    out.push({ client: key.slice(HTTP_INTERFACE_EXTENDS.length), parents });
  }
  return out;
}
