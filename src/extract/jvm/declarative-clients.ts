/**
 * Declarative HTTP client interfaces of the JVM, as data shared by the Java and Kotlin extractors: the annotation that
 * makes an interface a client, the attributes that give its base URL, the attributes that name a service found by
 * discovery (`http://<name>`), the config key that holds the URL of a `configKey`, and an attribute that prefixes every path.
 */
import type { Sym } from '../../model.js';
import { springPlaceholder } from './spring.js';

export interface DeclarativeClientKind {
  client: string;
  url: readonly string[];
  serviceName: readonly string[];
  configKey?: { attribute: string; key: (name: string) => string };
  path?: string;
  /** Where a service's URL is configured, read before discovery (Micronaut's `micronaut.http.services.<id>.url`; the resolver falls back to `http://<id>`). */
  serviceUrlKey?: (name: string) => string;
}

export const declarativeClients: Readonly<Record<string, DeclarativeClientKind>> = {
  // Spring Cloud OpenFeign: `@FeignClient(name = "accounts")` is the service `accounts` found by discovery.
  FeignClient: { client: 'Feign', url: ['url'], serviceName: ['name', 'value'], path: 'path' },
  // Micronaut: `@Client("accounts")`, `@Client(id = "accounts")`, `@Client("https://…")`.
  Client: { client: 'Micronaut', url: [], serviceName: ['value', 'id'], path: 'path', serviceUrlKey: (name) => `micronaut.http.services.${name}.url` },
  // Quarkus / MicroProfile REST Client: `@RegisterRestClient(configKey = "accounts")`, `baseUri = "…"`.
  RegisterRestClient: { client: 'MicroProfile', url: ['baseUri'], serviceName: [], configKey: { attribute: 'configKey', key: (name) => `quarkus.rest-client.${name}.url` } },
};

/** Method annotations that map an interface method to a request: Spring, JAX-RS and Retrofit, Micronaut. Null: the method is in `method = …`. */
export const mappingAnnotations: Readonly<Record<string, string | null>> = {
  GetMapping: 'GET', PostMapping: 'POST', PutMapping: 'PUT', DeleteMapping: 'DELETE', PatchMapping: 'PATCH', RequestMapping: null,
  GET: 'GET', POST: 'POST', PUT: 'PUT', DELETE: 'DELETE', PATCH: 'PATCH', HEAD: 'HEAD', OPTIONS: 'OPTIONS',
  Get: 'GET', Post: 'POST', Put: 'PUT', Delete: 'DELETE', Patch: 'PATCH', Head: 'HEAD', Options: 'OPTIONS',
};

/** One annotation attribute as the extractor sees it: its string text (null when not a plain literal), its value, where it is. */
export interface AttributeValue<Node> {
  text: string | null;
  value: () => Sym;
  node: Node;
}

/**
 * The base URL of a declarative client: its URL attribute, else `http://<service name>`, else the URL its config key names;
 * with the path prefix joined by `joinPath`. `at` is the attribute the base comes from (where the client is configured).
 */
export function declarativeBase<Node>(
  kind: DeclarativeClientKind,
  attribute: (name: string) => AttributeValue<Node> | undefined,
  stepAt: (node: Node) => Extract<Sym, { kind: 'step' }>['at'],
  joinPath: (base: Sym, path: Sym) => Sym,
): { base: Sym | null; at: Node | null } {
  let base: Sym | null = null;
  let at: Node | null = null;
  for (const name of kind.url) {
    const found = attribute(name);
    if (found) {
      base = found.value();
      at = found.node;
      break;
    }
  }
  if (!base) {
    for (const name of kind.serviceName) {
      const found = attribute(name);
      if (!found?.text) continue;
      at = found.node;
      // Micronaut's `@Client("https://…")` (or `"${x.url}"`) is a URL; a bare name is a service found by discovery.
      base = /^[a-z][a-z\d+.-]*:\/\/|^\$\{/i.test(found.text)
        ? springPlaceholder(found.text)
        : kind.serviceUrlKey && /^[\w-]+$/.test(found.text)
          ? { kind: 'config', key: kind.serviceUrlKey(found.text) }
          : { kind: 'step', label: `service name '${found.text}' (service discovery)`, at: stepAt(found.node), value: { kind: 'concat', parts: [{ kind: 'lit', value: 'http://' }, springPlaceholder(found.text)] } };
      break;
    }
  }
  if (!base && kind.configKey) {
    const found = attribute(kind.configKey.attribute);
    if (found?.text) {
      base = { kind: 'config', key: kind.configKey.key(found.text) };
      at = found.node;
    }
  }
  const path = kind.path ? attribute(kind.path) : undefined;
  if (base && path) base = joinPath(base, path.value());
  return { base, at };
}

/** The first or last literal text of a Sym, as far as it is literal (null when it starts or ends with something unknown). */
function edgeText(sym: Sym, end: 'first' | 'last'): string | null {
  if (sym.kind === 'lit') return sym.value;
  if (sym.kind === 'step') return edgeText(sym.value, end);
  if (sym.kind === 'concat') {
    for (const part of end === 'first' ? sym.parts : [...sym.parts].reverse()) {
      const text = edgeText(part, end);
      if (text !== '') return text;
    }
    return '';
  }
  return null;
}

/** A Sym without its leading `/` (when it starts with a literal one). */
function withoutLeadingSlash(sym: Sym): Sym {
  if (sym.kind === 'lit') return { kind: 'lit', value: sym.value.replace(/^\//, '') };
  if (sym.kind === 'concat') {
    const index = sym.parts.findIndex((part) => edgeText(part, 'first') !== '');
    if (index < 0) return sym;
    return { kind: 'concat', parts: sym.parts.map((part, i) => (i === index ? withoutLeadingSlash(part) : part)) };
  }
  return sym;
}

/** Two path pieces joined with exactly one `/` (`/api` + `cards`, `/api/` + `/cards` and `/api` + `/cards` all give `/api/cards`). */
export function joinPathSyms(a: Sym, b: Sym): Sym {
  const left = edgeText(a, 'last');
  const right = edgeText(b, 'first');
  if (right === '') return a;
  if (left?.endsWith('/') && right?.startsWith('/')) return { kind: 'concat', parts: [a, withoutLeadingSlash(b)] };
  if (left?.endsWith('/') || right?.startsWith('/')) return { kind: 'concat', parts: [a, b] };
  return { kind: 'concat', parts: [a, { kind: 'lit', value: '/' }, b] };
}
