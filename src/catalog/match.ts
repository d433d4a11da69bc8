/**
 * Matching URLs against the gateway catalogue, both ways:
 * - a backend URL → the catalogue API that fronts it, and the gateway URL to call instead;
 * - a gateway URL → the catalogue API whose context path it is under.
 */
import type { GatewayApi, Target } from '../model.js';

/** A URL split into the parts matching compares: lower-case scheme and host, explicit port, path without trailing slash. */
interface UrlParts {
  scheme: string;
  host: string;
  port: string;
  /** `/` for the root, otherwise no trailing slash. */
  path: string;
  /** `?query#hash` as written, kept on rewritten URLs. */
  suffix: string;
  /** The path exactly as written (trailing slash kept), for rewriting. */
  rawPath: string;
}

export interface BackendMatch {
  api: GatewayApi;
  /** The catalogue backend that matched (its `url` is never null here). */
  backend: { url: string; raw: string };
  /**
   * `prefix`: the target is under the backend's URL (scheme, host, port and path prefix).
   * `host`: only the host name is the same: weaker, the path may be something the API does not publish.
   */
  strength: 'prefix' | 'host';
  /** Gateway URL to call instead (entrypoint + context path + rest of the path), or null when no entrypoint is known. */
  gatewayUrl: string | null;
  /** The context path used for `gatewayUrl`. */
  gatewayPath: string;
}

export interface GatewayApiMatch {
  api: GatewayApi;
  path: string;
}

/** Parse and normalise a URL; null when it is not an absolute http(s) URL. */
export function urlParts(value: string): UrlParts | null {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') return null;
  const scheme = url.protocol.slice(0, -1);
  // `URL` already drops a default port; make it explicit so http://h and http://h:80 compare equal.
  const port = url.port || (scheme === 'https' ? '443' : '80');
  const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') || '/' : '/';
  // Rewritten URLs show the resolver's placeholders as the message wrote them, not percent-encoded.
  return { scheme, host: url.hostname.toLowerCase(), port, path, suffix: restorePlaceholders(`${url.search}${url.hash}`), rawPath: restorePlaceholders(url.pathname || '/') };
}

/**
 * The resolver's placeholders for values only known at run time (`{parameter id}`, `{result of a call}`) as
 * written: URL parsing percent-encodes their braces (in a path) and spaces. Only text inside braces changes.
 */
function restorePlaceholders(text: string): string {
  return text.replace(/(?:\{|%7B)([^{}/?#%]*(?:%20[^{}/?#%]*)*)(?:\}|%7D)/gi, (_whole, inner: string) => `{${inner.replace(/%20/g, ' ')}}`);
}

/** Whether `path` is `prefix` or below it, on a segment boundary (`/api` covers `/api/units`, not `/apis`). */
function underPath(path: string, prefix: string): boolean {
  return prefix === '/' || path === prefix || path.startsWith(`${prefix}/`);
}

/**
 * The catalogue API whose backend fronts `url`: longest backend prefix first; if none, an API with a
 * backend on the same host name (flagged `host`). Null when no backend is on that host.
 */
export function matchBackend(url: string, catalog: readonly GatewayApi[], entrypoints: readonly string[] = []): BackendMatch | null {
  const target = urlParts(url);
  if (target === null) return null;
  type Candidate = { api: GatewayApi; backend: { url: string; raw: string }; parts: UrlParts };
  let best: Candidate | null = null;
  let hostOnly: Candidate | null = null;
  for (const api of catalog) {
    for (const backend of api.backends) {
      if (backend.url === null) continue;
      const parts = urlParts(backend.url);
      if (parts === null || parts.host !== target.host) continue;
      const candidate = { api, backend: { url: backend.url, raw: backend.raw }, parts };
      if (parts.scheme === target.scheme && parts.port === target.port && underPath(target.path, parts.path)) {
        if (best === null || parts.path.length > best.parts.path.length) best = candidate;
      } else if (hostOnly === null || parts.path.length < hostOnly.parts.path.length) {
        // For a host-only match the shortest backend path is the nearest guess at the API's root.
        hostOnly = candidate;
      }
    }
  }
  const chosen = best ?? hostOnly;
  if (chosen === null) return null;
  const strength = best ? 'prefix' : 'host';
  const route = gatewayRouteOf(chosen.api, entrypoints);
  const remainder = strength === 'prefix' ? remainderOf(target, chosen.parts.path) : '';
  const gatewayUrl = route.base === null ? null : joinUrl(route.base, route.path, strength === 'prefix' ? remainder : '', strength === 'prefix' ? target.suffix : '');
  return { api: chosen.api, backend: chosen.backend, strength, gatewayUrl, gatewayPath: route.path };
}

/** The target's path below the backend's path, as written (keeps a trailing slash). */
function remainderOf(target: UrlParts, backendPath: string): string {
  if (backendPath === '/') return target.rawPath === '/' ? '' : target.rawPath;
  return target.rawPath.slice(backendPath.length);
}

/**
 * Where the gateway publishes an API: a path on the default entrypoint (the first configured) when
 * the API has one, else its first virtual host.
 */
function gatewayRouteOf(api: GatewayApi, entrypoints: readonly string[]): { base: string | null; path: string } {
  const onEntrypoint = api.paths.find((entry) => entry.host === null);
  if (onEntrypoint) return { base: entrypoints[0] ?? null, path: onEntrypoint.path };
  const onHost = api.paths[0];
  if (!onHost) return { base: null, path: '/' };
  const scheme = entrypoints[0] ? (urlParts(entrypoints[0])?.scheme ?? 'https') : 'https';
  return { base: `${scheme}://${onHost.host}`, path: onHost.path };
}

function joinUrl(base: string, contextPath: string, remainder: string, suffix: string): string {
  const trimmedBase = base.replace(/\/+$/, '');
  const context = contextPath === '/' ? '' : contextPath;
  let path = `${context}${remainder}`;
  if (path !== '' && !path.startsWith('/')) path = `/${path}`;
  return `${trimmedBase}${path}${suffix}`;
}

/** Whether `url` is on one of the gateway entrypoints or on a virtual host a catalogue API names. */
export function isGatewayUrl(url: string, entrypoints: readonly string[], catalog: readonly GatewayApi[] = []): boolean {
  return gatewayBaseFor(url, entrypoints, catalog) !== null;
}

/** The entrypoint base path the URL is under ('' when at the host root), or null when it is not a gateway URL. */
function gatewayBaseFor(url: string, entrypoints: readonly string[], catalog: readonly GatewayApi[]): { basePath: string; parts: UrlParts } | null {
  const parts = urlParts(url);
  if (parts === null) return null;
  let basePath: string | null = null;
  for (const entrypoint of entrypoints) {
    const entry = urlParts(entrypoint);
    // Hosts are compared without ports: the test gateway is also reached on :1443.
    if (entry === null || entry.host !== parts.host || !underPath(parts.path, entry.path)) continue;
    const candidate = entry.path === '/' ? '' : entry.path;
    if (basePath === null || candidate.length > basePath.length) basePath = candidate;
  }
  if (basePath === null && catalog.some((api) => api.paths.some((entry) => entry.host === parts.host))) basePath = '';
  return basePath === null ? null : { basePath, parts };
}

/**
 * For a URL on the gateway: the catalogue API whose context path it is under (longest path wins;
 * a path bound to a virtual host only matches that host). Null when it is not a gateway URL or no API matches.
 */
export function matchGatewayApi(url: string, catalog: readonly GatewayApi[], entrypoints: readonly string[]): GatewayApiMatch | null {
  const base = gatewayBaseFor(url, entrypoints, catalog);
  if (base === null) return null;
  const path = base.parts.path.slice(base.basePath.length) || '/';
  let best: GatewayApiMatch | null = null;
  for (const api of catalog) {
    for (const entry of api.paths) {
      if (entry.host !== null && entry.host !== base.parts.host) continue;
      if (!underPath(path, entry.path)) continue;
      if (best === null || entry.path.length > best.path.length) best = { api, path: entry.path };
    }
  }
  return best;
}

/**
 * Whether `url`, on the gateway, may still lead to a published API although no API matches it as written:
 * its path up to the first part only known at run time (`{parameter id}`), or, for a base URL
 * (`base: true`, an HTTP client's `baseURL`), its whole path, is the entrypoint root or a prefix of some
 * catalogue API's context path. `https://gw/secure` may be the base of an API at `/secure/rapo/report`;
 * `https://gw/{parameter path}` may be any API. A complete path that matches no API is not excused.
 */
export function mayReachGatewayApi(url: string, catalog: readonly GatewayApi[], entrypoints: readonly string[], options: { base: boolean }): boolean {
  const base = gatewayBaseFor(url, entrypoints, catalog);
  if (base === null) return false;
  const segments = (base.parts.path.slice(base.basePath.length) || '/').split('/');
  // Placeholders come through URL parsing percent-encoded.
  const unknownAt = segments.findIndex((segment) => /\{|%7B/i.test(segment));
  if (unknownAt === -1 && !options.base) return false;
  const known = (unknownAt === -1 ? segments : segments.slice(0, unknownAt)).join('/') || '/';
  return catalog.some((api) => api.paths.some((entry) => (entry.host === null || entry.host === base.parts.host) && underPath(entry.path, known)));
}

/** Zones whose targets cannot be a bypass: already on the gateway, the service itself, this machine, or not known. */
const NOT_A_BYPASS = new Set(['gateway', 'self', 'local', 'unresolved']);

/**
 * The catalogue API a target bypasses: its URL (or, with no URL, its host) is a backend a catalogue API
 * fronts. Null for targets on the gateway, ignored hosts, or hosts no API fronts.
 * `no-direct-integration` skips targets for which this is non-null, so `gateway-bypass` reports them instead.
 */
export function bypassedApiFor(target: Target, catalog: readonly GatewayApi[], entrypoints: readonly string[] = []): BackendMatch | null {
  if (catalog.length === 0 || target.ignored || NOT_A_BYPASS.has(target.zone)) return null;
  const url = target.url !== null && urlParts(target.url) !== null ? target.url : target.host !== null ? `https://${target.host}` : null;
  if (url === null || isGatewayUrl(url, entrypoints, catalog)) return null;
  const match = matchBackend(url, catalog, entrypoints);
  // A bare host says nothing about the path: never more than a host-only match.
  return match && target.url !== url ? { ...match, strength: 'host', gatewayUrl: match.gatewayUrl === null ? null : gatewayRootUrl(match, entrypoints) } : match;
}

function gatewayRootUrl(match: BackendMatch, entrypoints: readonly string[]): string | null {
  const route = gatewayRouteOf(match.api, entrypoints);
  return route.base === null ? null : joinUrl(route.base, route.path, '', '');
}
