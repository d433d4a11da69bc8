/**
 * Strings with holes, and how they become URLs and Targets: joining a client's base URL with a
 * call's path (axios/got/ky/ofetch), WHATWG `new URL(path, base)`, and the target's host and zone.
 */
import type { Loc, Target } from '../model.js';

/** A piece of a string: known text, or a hole we could not determine (text says what it was). */
export type Part = string | { hole: string };

/** A string value with the evidence that produced it. */
export interface StrValue {
  t: 'str';
  parts: Part[];
  via: string[];
  /** Unbound env var this value depends on. */
  env?: string;
  environment?: string;
  binding?: Loc;
}

const ABSOLUTE = /^[a-z][a-z\d+.-]*:\/\//i;
/** An origin a request can go to: HTTP, WebSocket, or a gRPC channel's target (`grpc://cart:7070`, which is HTTP/2). */
const HTTP_ORIGIN = /^((?:https?|wss?|grpcs?):)?\/\/([^/?#{}\s]+)(?:[/?#]|$)/i;

export function mergeParts(parts: readonly Part[]): Part[] {
  const out: Part[] = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    if (typeof part === 'string') {
      if (part === '') continue;
      if (typeof last === 'string') out[out.length - 1] = last + part;
      else out.push(part);
    } else out.push(part);
  }
  return out;
}

/** Text before the first hole. */
export function knownPrefix(parts: readonly Part[]): string {
  let prefix = '';
  for (const part of parts) {
    if (typeof part !== 'string') break;
    prefix += part;
  }
  return prefix;
}

export function render(parts: readonly Part[]): string {
  return parts.map((part) => (typeof part === 'string' ? part : `{${part.hole}}`)).join('');
}

function holes(parts: readonly Part[]): string[] {
  return parts.flatMap((part) => (typeof part === 'string' ? [] : [part.hole]));
}

export function combineTrail(values: readonly StrValue[]): Omit<StrValue, 't' | 'parts'> {
  const via: string[] = [];
  let env: string | undefined;
  let environment: string | undefined;
  let binding: Loc | undefined;
  for (const value of values) {
    for (const step of value.via) if (!via.includes(step)) via.push(step);
    env ??= value.env;
    environment ??= value.environment;
    binding ??= value.binding;
  }
  const trail: Omit<StrValue, 't' | 'parts'> = { via };
  if (env !== undefined) trail.env = env;
  if (environment !== undefined) trail.environment = environment;
  if (binding !== undefined) trail.binding = binding;
  return trail;
}

/**
 * A client's base URL joined with a call's path, as axios' combineURLs (and got/ky prefixUrl, ofetch
 * joinURL) do: an absolute path wins; otherwise exactly one `/` between base and path.
 */
export function joinBase(base: StrValue, path: StrValue): StrValue {
  const pathParts = mergeParts(path.parts);
  const trail = combineTrail([path, base]);
  if (pathParts.length === 0) return { t: 'str', parts: base.parts, ...trail };
  if (ABSOLUTE.test(knownPrefix(pathParts)) || knownPrefix(pathParts).startsWith('//')) return { ...path, parts: pathParts };
  // A value that starts with an unknown URL (`${process.env.SEED_URL}/seed`) is a URL of its own, which the client does
  // not join to its base: not joined, it stays unresolved with that hole.
  const lead = pathParts[0];
  if (lead !== undefined && typeof lead !== 'string' && MAY_BE_ORIGIN.test(lead.hole)) return { ...path, parts: pathParts };
  const baseParts = mergeParts(base.parts);
  const last = baseParts[baseParts.length - 1];
  if (typeof last === 'string') baseParts[baseParts.length - 1] = last.replace(/\/+$/, '');
  const first = pathParts[0];
  if (typeof first === 'string') pathParts[0] = first.replace(/^\/+/, '');
  return { t: 'str', parts: mergeParts([...baseParts, '/', ...pathParts]), ...trail };
}

/**
 * A hole that holds an origin: an env var or config key named as a URL or a host (`env:SEED_URL`, `config:api.host`).
 * Only those: a variable or property named so (`services[id].API_URL`) often holds a path, and a wrapper's parameter is
 * filled in by its callers.
 */
const MAY_BE_ORIGIN = /^(?:env|config):.*(?:ur[il]|host|origin|endpoint|server|domain|addr)/i;

/** A base that is an origin and nothing more (`https://host:8080`): a path put after it starts with `/`. */
const ORIGIN_ONLY = /^(?:[a-z][a-z\d+.-]*:)?\/\/[^/?#]+$/i;

/**
 * A path put after a base's path by a URI builder (see the `url` Sym's `join`). `append` is Spring's
 * `UriComponentsBuilder.path(p)`: the path as written, a `//` where the two meet made one, and a `/` between a base
 * that is only an origin and a path that does not start with one. `segment` puts exactly one `/` between them (Spring's
 * `pathSegment`, JAX-RS `UriBuilder.path`). An unknown end stays as it is: nothing is invented around a hole.
 */
export function appendPath(base: StrValue, path: StrValue, join: 'append' | 'segment'): StrValue {
  const trail = combineTrail([path, base]);
  const pathParts = mergeParts(path.parts);
  const baseParts = mergeParts(base.parts);
  if (pathParts.length === 0) return { t: 'str', parts: baseParts, ...trail };
  if (baseParts.length === 0) return { t: 'str', parts: pathParts, ...trail };
  const last = baseParts[baseParts.length - 1];
  const first = pathParts[0];
  const baseSlash = typeof last === 'string' && last.endsWith('/');
  const pathSlash = typeof first === 'string' && first.startsWith('/');
  if (baseSlash && pathSlash) pathParts[0] = (first as string).replace(/^\/+/, '');
  else if (!baseSlash && !pathSlash) {
    const originOnly = baseParts.length === 1 && typeof last === 'string' && ORIGIN_ONLY.test(last);
    if (join === 'segment' || originOnly) return { t: 'str', parts: mergeParts([...baseParts, '/', ...pathParts]), ...trail };
  }
  return { t: 'str', parts: mergeParts([...baseParts, ...pathParts]), ...trail };
}

/** WHATWG `new URL(path, base)`: exact when both are known, an approximation (origin / directory) with holes. */
export function resolveWhatwg(base: StrValue, path: StrValue): StrValue {
  const trail = combineTrail([path, base]);
  const pathParts = mergeParts(path.parts);
  const baseParts = mergeParts(base.parts);
  const pathPrefix = knownPrefix(pathParts);
  if (ABSOLUTE.test(pathPrefix)) return { ...path, parts: pathParts };
  const allKnown = pathParts.every((part) => typeof part === 'string') && baseParts.every((part) => typeof part === 'string');
  if (allKnown) {
    try {
      const written = pathParts.join('');
      return { t: 'str', parts: [withTemplates(written, new URL(written, baseParts.join('')).href)], ...trail };
    } catch {
      // Not a valid URL at run time either; fall through to the textual approximation.
    }
  }
  const baseText = knownPrefix(baseParts);
  const origin = HTTP_ORIGIN.exec(baseText);
  if (pathPrefix.startsWith('/') && origin) return { t: 'str', parts: mergeParts([origin[0].replace(/[/?#]$/, ''), ...pathParts]), ...trail };
  if (baseParts.every((part) => typeof part === 'string')) {
    const directory = baseText.slice(0, baseText.lastIndexOf('/') + 1);
    return { t: 'str', parts: mergeParts([directory, ...pathParts]), ...trail };
  }
  return { t: 'str', parts: mergeParts([...baseParts, ...pathParts]), ...trail };
}

function hostOf(origin: string): string | null {
  try {
    const hostname = new URL(origin.startsWith('//') ? `http:${origin}` : origin).hostname.toLowerCase();
    return hostname.replace(/^\[(.*)\]$/, '$1');
  } catch {
    return null;
  }
}

/**
 * `href` with the URI-template placeholders the written URL had (`/users/{id}`, Spring's and OpenAPI's form) put
 * back: WHATWG percent-encodes their braces, and a report should show the path as the code writes it.
 */
function withTemplates(written: string, href: string): string {
  return written.includes('{') ? href.replace(/%7B([^%/?#]*)%7D/gi, '{$1}') : href;
}

function normaliseUrl(text: string): string {
  try {
    const url = new URL(text);
    // Keep the URL as written except for what WHATWG normalises (host case, default port, dot segments).
    return withTemplates(text, text.endsWith('/') || url.pathname !== '/' ? url.href : url.href.replace(/\/$/, ''));
  } catch {
    return text;
  }
}

/**
 * Service-discovery schemes, rewritten to the HTTP URL they are sent to: Spring Cloud LoadBalancer's `lb://name`,
 * .NET service discovery's `https+http://name` (https preferred, http allowed) and `http+https://name`, and gRPC's
 * target schemes (`static://cart:7070`, `dns:///cart:7070`, `discovery:///cart`), sent over HTTP/2 to that host.
 */
const DISCOVERY_SCHEMES: readonly { scheme: RegExp; to: string; what: string }[] = [
  { scheme: /^lb:\/\//i, to: 'http://', what: 'load-balanced service URI (lb://)' },
  { scheme: /^https\+http:\/\//i, to: 'https://', what: 'service discovery URI (https+http://)' },
  { scheme: /^http\+https:\/\//i, to: 'http://', what: 'service discovery URI (http+https://)' },
  // gRPC target schemes (grpc-java name resolvers, grpc-spring-boot-starter's `grpc.client.<name>.address`).
  { scheme: /^static:\/\//i, to: 'grpc://', what: 'gRPC static address (static://)' },
  { scheme: /^dns:\/\/\//i, to: 'grpc://', what: 'gRPC DNS target (dns:///)' },
  { scheme: /^discovery:\/\/\//i, to: 'grpc://', what: 'gRPC target found by service discovery (discovery:///)' },
  { scheme: /^kubernetes:\/\/\//i, to: 'grpc://', what: 'gRPC target resolved by the Kubernetes API (kubernetes:///)' },
  { scheme: /^xds:\/\/\//i, to: 'grpc://', what: 'gRPC target resolved by xDS (xds:///)' },
  // `consul://<agent>/<service>`: the agent is asked for the service's instances; the service is what is reached.
  { scheme: /^consul:\/\/[^/?#]*\//i, to: 'grpc://', what: 'gRPC target resolved by Consul (consul://agent/service)' },
];

/** A URL's known start with a discovery scheme rewritten to plain HTTP, and the evidence step that says so; null without one. */
function withoutDiscoveryScheme(first: string): { rewritten: string; via: string } | null {
  for (const { scheme, to, what } of DISCOVERY_SCHEMES) {
    const match = scheme.exec(first);
    if (!match) continue;
    const host = /^[^/?#:]*/.exec(first.slice(match[0].length))?.[0] ?? '';
    return { rewritten: to + first.slice(match[0].length), via: `${what}: service '${host}'` };
  }
  return null;
}

/**
 * A gRPC channel's target as a URL: an address without a scheme (`billing`, `ledger:50051`, from a variable or an env
 * var as well as written) is a host to dial, never a path on the caller's own origin; `dns:` targets without slashes
 * (`dns:billing:50051`) too. A value with a scheme, or one whose start is unknown, is left as it is.
 */
export function asGrpcTarget(value: StrValue): StrValue {
  const parts = mergeParts(value.parts);
  const first = parts[0];
  if (typeof first !== 'string' || first === '' || first.startsWith('/')) return value;
  if (/^[a-z][a-z\d+.-]*:\/\//i.test(first)) return value;
  const address = first.replace(/^dns:(?!\/\/)/i, '');
  if (/^[a-z][a-z\d+.-]*:(?!\d)/i.test(address)) return value;
  return { ...value, parts: [`grpc://${address}`, ...parts.slice(1)] };
}

/** Values that stand for a URL still to be filled in: a template's placeholder, a word meaning "set me". */
const PLACEHOLDER = /^(?:<[^<>]*>|\$\{[^{}]*\}|\$[A-Z_][A-Z0-9_]*|\{\{[^{}]*\}\}|%[A-Z_][A-Z0-9_]*%|_*(?:change[-_ ]?me|changeit|replace[-_ ]?me|x{3,}|todo|tbd|fixme|placeholder|dummy|none|null|undefined|your[-_ ].*|set[-_ ]?me|fill[-_ ]?me)_*)$/i;

/** A host written as a word to replace: upper case with underscores (`FRONTEND_IP_ADDRESS`, `API_HOST`). */
const PLACEHOLDER_HOST = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;

/** The evidence step of a target whose value is the empty string. */
export const EMPTY_VALUE = 'unresolved: the value is empty';

/** Why a whole value is not a URL at all (empty, a placeholder), or null. Such a value is no relative URL on the caller's own origin. */
function placeholderReason(value: string): string | null {
  if (value.trim() === '') return EMPTY_VALUE;
  if (PLACEHOLDER.test(value.trim())) return `unresolved: '${value.trim()}' is a placeholder, not a URL`;
  // A placeholder with a path after it (`<PAYMENTS_URL>/charges`) is no path on the caller's own origin either.
  const head = value.trim().split('/')[0] ?? '';
  if (head !== '' && head !== value.trim() && PLACEHOLDER.test(head)) return `unresolved: '${head}' is a placeholder, not a URL`;
  return null;
}

/** A URL written without its scheme: `localhost:3003/importer`, `importer:3000`, `importer.it.example.org/api` (three labels or more, not a file name). */
const SCHEMELESS_HOST = /^((?:localhost|[a-z\d](?:[a-z\d-]*[a-z\d])?(?:\.[a-z\d](?:[a-z\d-]*[a-z\d])?)*)):\d{2,5}(?:[/?#].*)?$|^((?:[a-z\d](?:[a-z\d-]*[a-z\d])?\.){2,}(?!(?:json|js|mjs|cjs|ts|tsx|jsx|html?|xml|csv|txt|md|php|png|jpe?g|gif|svg|css|ya?ml|pdf|zip|gz|ico|map|wasm)(?:[/?#]|$))[a-z]{2,})(?:[/?#].*)?$/i;

/** Dapr's service invocation through the sidecar: `…/v1.0/invoke/<app-id>[.<namespace>]/method/<path>`. */
const DAPR_INVOCATION = /\/v1\.0\/invoke\/([A-Za-z0-9][\w-]*)(?:\.[\w-]+)?\/method(?:\/|$)/;

/**
 * A request to the Dapr sidecar's invocation API (`http://localhost:3500/v1.0/invoke/cart-api/method/items`, the
 * sidecar's host and port often unknown) goes to the app it names: the URL `http://cart-api/items`, and the step that
 * says so. Null for any other value.
 */
export function daprInvocation(parts: readonly Part[]): { parts: Part[]; via: string } | null {
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index];
    const match = typeof part === 'string' && part.includes('/invoke/') ? DAPR_INVOCATION.exec(part) : null;
    if (!match || typeof part !== 'string') continue;
    const rest = part.slice((match.index ?? 0) + match[0].length);
    return { parts: [`http://${match[1]}/${rest}`, ...parts.slice(index + 1)], via: `Dapr service invocation through the sidecar: app '${match[1]}'` };
  }
  return null;
}

/** The Target a string value denotes. Zone is a placeholder: `self`, `unresolved`, or `unknown` (the judge classifies hosts). */
export function targetOf(written: StrValue): Target {
  const merged = mergeParts(written.parts);
  const invoked = daprInvocation(merged);
  const parts = invoked?.parts ?? merged;
  const first = parts[0];
  const discovery = typeof first === 'string' ? withoutDiscoveryScheme(first) : null;
  if (discovery) parts[0] = discovery.rewritten;
  const steps = [...(invoked ? [invoked.via] : []), ...(discovery ? [discovery.via] : [])];
  const value = steps.length > 0 ? { ...written, via: [...written.via, ...steps] } : written;
  const prefix = knownPrefix(parts);
  const missing = holes(parts);
  const target = (url: string | null, host: string | null, zone: Target['zone'], extraVia: string[] = []): Target => {
    const result: Target = { url, host, zone, via: [...value.via, ...extraVia] };
    if (value.env !== undefined) result.env = value.env;
    if (value.environment !== undefined) result.environment = value.environment;
    if (value.binding !== undefined) result.binding = value.binding;
    return result;
  };
  if (missing.length === 0) {
    if (/^(?:https?|wss?|grpcs?):\/\//i.test(prefix) || prefix.startsWith('//')) {
      // `http://FRONTEND_IP_ADDRESS`: a word to replace, which no host name can be (upper case with underscores).
      const written = /^(?:[a-z]+:)?\/\/([^/:?#]+)/i.exec(prefix)?.[1];
      if (written && PLACEHOLDER_HOST.test(written)) return target(null, null, 'unresolved', [`unresolved: '${written}' is a placeholder, not a host`]);
      // `https://${RESOURCE || ''}.openai.azure.com`: the part of the host that was empty is missing, not absent.
      if (written?.startsWith('.')) return target(null, null, 'unresolved', [`unresolved: the host '${written}' lacks its first label (an empty value)`]);
      const host = hostOf(prefix);
      return host ? target(normaliseUrl(prefix.startsWith('//') ? `https:${prefix}` : prefix), host, 'unknown') : target(null, null, 'unresolved', [`not a valid URL: ${prefix}`]);
    }
    // A path on the caller's own origin (the common case) is neither a placeholder nor a host without a scheme.
    if (prefix.startsWith('/') && !prefix.startsWith('//')) return target(prefix, null, 'self');
    const placeholder = placeholderReason(prefix);
    if (placeholder) return target(null, null, 'unresolved', [placeholder]);
    if (SCHEMELESS_HOST.test(prefix)) {
      const url = `http://${prefix}`;
      const host = hostOf(url);
      if (host) return target(normaliseUrl(url), host, 'unknown', [`${prefix} has no scheme: read as ${url}`]);
    }
    if (/^[a-z][a-z\d+.-]*:/i.test(prefix) && !/^[a-z][a-z\d+.-]*:\d/i.test(prefix)) return target(null, null, 'unresolved', [`not an HTTP URL: ${prefix}`]);
    return target(prefix, null, 'self');
  }
  const origin = HTTP_ORIGIN.exec(prefix);
  if (origin) {
    const host = hostOf(origin[0].replace(/[/?#]$/, ''));
    if (host) return target(render(parts), host, 'unknown');
  }
  if (prefix.startsWith('/') && !prefix.startsWith('//')) return target(render(parts), null, 'self');
  // A relative path (`'api/owners/' + id`, `./items/${id}`): its first segment, ended by a slash, is no host (one
  // without a dot or a port, as SCHEMELESS_HOST reads a whole value), so it is a path on the caller's own origin.
  if (RELATIVE_PATH_PREFIX.test(prefix)) {
    // Not when it starts with a word meaning "set me" (`${STORE_URL || 'placeholder'}/items/${id}`).
    const placeholder = placeholderReason(prefix);
    return placeholder ? target(null, null, 'unresolved', [placeholder]) : target(render(parts), null, 'self');
  }
  return target(null, null, 'unresolved', [`unresolved: ${missing.join(', ')}`]);
}

/** The start of a relative path: `./`, `../`, or a first segment without a dot or a colon followed by a slash. */
const RELATIVE_PATH_PREFIX = /^(?:\.{1,2}\/|[\w-]+\/)/;
