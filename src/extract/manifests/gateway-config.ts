/**
 * Declarative configurations of API gateways and edge proxies, as gateway routes: Ocelot (`ocelot*.json`), KrakenD
 * (`krakend*.json` / `.yaml`), Kong's declarative configuration (`_format_version`), Envoy's static configuration
 * (`static_resources`) and Traefik's file provider (`http.routers` / `http.services`). Each format is data in
 * GATEWAY_FORMATS: how to recognise a parsed document, and how to read its routes (the path the gateway matches, the
 * backend URL it forwards to, where that is written). A document of no format gives nothing; JSON is read as YAML, with
 * the comments and trailing commas .NET and KrakenD accept blanked first.
 *
 * YAML files of any name reach this module through the Kubernetes reader (a document without `apiVersion`/`kind` is
 * offered here); JSON files only by name (see discover/classify.ts).
 */
import type { FileFacts, ManifestKind, RouteFact } from '../../model.js';
import { emptyFacts } from '../facts.js';
import type { ManifestReader } from '../index.js';
import { blankJsonComments } from './appsettings.js';
import { field, items, parseYaml, path, text } from './yaml-tree.js';
import type { YamlValue } from './yaml-tree.js';

export interface GatewayFormat {
  name: string;
  /** Whether a document is this format's configuration (cheap: top-level keys only). */
  matches(document: YamlValue): boolean;
  routes(document: YamlValue, file: string): RouteFact[];
}

/** A map's value under `key`, compared without case (.NET binds Ocelot's keys so). */
function fieldIgnoringCase(value: YamlValue | undefined, key: string): YamlValue | undefined {
  if (value?.kind !== 'map') return undefined;
  const lower = key.toLowerCase();
  return value.entries.find((entry) => entry.key.toLowerCase() === lower)?.value;
}

/** A path template up to its first placeholder (`/api/{version}/{everything}` → `/api/`, KrakenD's `/users/{id}` → `/users/`). */
function templatePrefix(template: string | undefined): string {
  if (!template) return '';
  const brace = template.indexOf('{');
  return brace < 0 ? template : template.slice(0, brace);
}

function origin(scheme: string, host: string, port: string | undefined): string {
  return `${scheme}://${host}${port ? `:${port}` : ''}`;
}

/** A value's place in the file. */
function at(file: string, node: YamlValue): RouteFact['loc'] {
  return { file, line: node.line, column: node.column };
}

/** A host list written as one string or a list of strings (KrakenD's `host`). */
function hostList(value: YamlValue | undefined): { host: string; node: YamlValue }[] {
  if (value === undefined) return [];
  const nodes = value.kind === 'seq' ? value.items : [value];
  return nodes.flatMap((node) => {
    const host = text(node);
    return host ? [{ host, node }] : [];
  });
}

/** Joins a base URL and a path without doubling the slash between them. */
function joinUrl(base: string, pathPart: string): string {
  if (!pathPart) return base;
  return `${base.replace(/\/+$/, '')}/${pathPart.replace(/^\/+/, '')}`;
}

/** Ocelot: `Routes` (`ReRoutes` before Ocelot 16), each with `DownstreamHostAndPorts` or a discovered `ServiceName`. */
const ocelot: GatewayFormat = {
  name: 'Ocelot',
  matches: (document) => items(fieldIgnoringCase(document, 'Routes') ?? fieldIgnoringCase(document, 'ReRoutes')).some((route) => route.kind === 'map' && route.entries.some((entry) => /^downstream/i.test(entry.key))),
  routes(document, file) {
    const routes: RouteFact[] = [];
    for (const route of items(fieldIgnoringCase(document, 'Routes') ?? fieldIgnoringCase(document, 'ReRoutes'))) {
      const scheme = text(fieldIgnoringCase(route, 'DownstreamScheme')) ?? 'http';
      const downstreamPath = templatePrefix(text(fieldIgnoringCase(route, 'DownstreamPathTemplate')));
      const upstream = text(fieldIgnoringCase(route, 'UpstreamPathTemplate')) ?? null;
      const hosts = items(fieldIgnoringCase(route, 'DownstreamHostAndPorts'));
      for (const hostAndPort of hosts) {
        const hostNode = fieldIgnoringCase(hostAndPort, 'Host');
        const host = text(hostNode);
        if (!host || !hostNode) continue;
        routes.push({ path: upstream, target: `${origin(scheme, host, text(fieldIgnoringCase(hostAndPort, 'Port')))}${downstreamPath}`, loc: at(file, hostNode) });
      }
      // Service discovery (Consul, Eureka, Kubernetes): the service's name is the host the gateway resolves.
      const serviceNode = fieldIgnoringCase(route, 'ServiceName');
      const service = text(serviceNode);
      if (hosts.length === 0 && service && serviceNode) routes.push({ path: upstream, target: `${scheme}://${service}${downstreamPath}`, loc: at(file, serviceNode) });
    }
    return routes;
  },
};

/** KrakenD: `endpoints[].backend[]`, each backend's `host` (else the file's `host`) joined with its `url_pattern`. */
const krakend: GatewayFormat = {
  name: 'KrakenD',
  matches: (document) => items(field(document, 'endpoints')).some((endpoint) => field(endpoint, 'backend') !== undefined),
  routes(document, file) {
    const routes: RouteFact[] = [];
    const defaultHosts = hostList(field(document, 'host'));
    for (const endpoint of items(field(document, 'endpoints'))) {
      const endpointPath = text(field(endpoint, 'endpoint')) ?? null;
      for (const backend of items(field(endpoint, 'backend'))) {
        const own = hostList(field(backend, 'host'));
        const pattern = templatePrefix(text(field(backend, 'url_pattern')));
        for (const { host, node } of own.length > 0 ? own : defaultHosts) {
          // KrakenD's host may omit the scheme (`users:8080`): it then speaks http.
          const base = /^[a-z][a-z\d+.-]*:\/\//i.test(host) ? host : `http://${host}`;
          routes.push({ path: endpointPath, target: joinUrl(base, pattern), loc: at(file, own.length > 0 ? node : backend) });
        }
      }
    }
    return routes;
  },
};

/** Kong's declarative configuration: `services` (a `url`, or `protocol`/`host`/`port`/`path`) with their `routes`' `paths`; a host naming an `upstream` is each of its targets. */
const kong: GatewayFormat = {
  name: 'Kong',
  matches: (document) => field(document, '_format_version') !== undefined && field(document, 'services')?.kind === 'seq',
  routes(document, file) {
    const upstreams = new Map<string, string[]>();
    for (const upstream of items(field(document, 'upstreams'))) {
      const name = text(field(upstream, 'name'));
      if (name) upstreams.set(name, items(field(upstream, 'targets')).flatMap((target) => text(field(target, 'target')) ?? []));
    }
    // Routes written at the top level name their service (`service: orders` or `service: { name: orders }`).
    const topLevelPaths = new Map<string, string[]>();
    for (const route of items(field(document, 'routes'))) {
      const serviceField = field(route, 'service');
      const name = text(serviceField) ?? text(field(serviceField, 'name'));
      if (name) topLevelPaths.set(name, [...(topLevelPaths.get(name) ?? []), ...items(field(route, 'paths')).flatMap((item) => text(item) ?? [])]);
    }
    const routes: RouteFact[] = [];
    for (const service of items(field(document, 'services'))) {
      const urlNode = field(service, 'url');
      const hostNode = field(service, 'host');
      const url = text(urlNode);
      const host = text(hostNode);
      const node = urlNode ?? hostNode;
      if (!node || (!url && !host)) continue;
      const protocol = text(field(service, 'protocol')) ?? 'http';
      const servicePath = text(field(service, 'path')) ?? '';
      const port = text(field(service, 'port'));
      const targets = url
        ? [url]
        : (upstreams.get(host ?? '') ?? [host && port ? `${host}:${port}` : (host ?? '')]).map((hostPort) => `${protocol}://${hostPort}${servicePath}`);
      const name = text(field(service, 'name'));
      const paths = [...items(field(service, 'routes')).flatMap((route) => items(field(route, 'paths')).flatMap((item) => text(item) ?? [])), ...(name ? (topLevelPaths.get(name) ?? []) : [])];
      for (const target of targets) {
        for (const routePath of paths.length > 0 ? paths : [null]) routes.push({ path: routePath, target, loc: at(file, node) });
      }
    }
    return routes;
  },
};

/** Every map below `node` (itself included) that has `key`, depth first. */
function mapsWith(node: YamlValue | undefined, key: string, out: YamlValue[] = [], depth = 0): YamlValue[] {
  if (!node || depth > 64) return out;
  if (node.kind === 'map') {
    if (node.entries.some((entry) => entry.key === key)) out.push(node);
    for (const entry of node.entries) mapsWith(entry.value, key, out, depth + 1);
  } else if (node.kind === 'seq') for (const item of node.items) mapsWith(item, key, out, depth + 1);
  return out;
}

/**
 * Envoy's static configuration: the route tables of the listeners (`match` → `route.cluster`, also weighted clusters)
 * and each cluster's endpoints (`socket_address`, v3 `load_assignment` or v2 `hosts`), https when the cluster has a TLS
 * transport socket.
 */
const envoy: GatewayFormat = {
  name: 'Envoy',
  matches: (document) => field(document, 'static_resources')?.kind === 'map',
  routes(document, file) {
    const resources = field(document, 'static_resources');
    const clusters = new Map<string, { url: string; node: YamlValue }[]>();
    for (const cluster of items(field(resources, 'clusters'))) {
      const name = text(field(cluster, 'name'));
      if (!name) continue;
      const tls = field(cluster, 'transport_socket') !== undefined || field(cluster, 'tls_context') !== undefined;
      const endpoints = mapsWith(cluster, 'socket_address').flatMap((holder) => {
        const socket = field(holder, 'socket_address');
        const addressNode = field(socket, 'address');
        const address = text(addressNode);
        return address && addressNode ? [{ url: origin(tls ? 'https' : 'http', address, text(field(socket, 'port_value'))), node: addressNode }] : [];
      });
      clusters.set(name, endpoints);
    }
    const routes: RouteFact[] = [];
    for (const entry of mapsWith(field(resources, 'listeners'), 'route')) {
      const match = field(entry, 'match');
      if (match === undefined) continue;
      const route = field(entry, 'route');
      const matchPath = text(field(match, 'prefix')) ?? text(field(match, 'path')) ?? text(path(match, 'safe_regex', 'regex')) ?? null;
      const rewrite = text(field(route, 'prefix_rewrite')) ?? '';
      const names = [text(field(route, 'cluster')), ...items(path(route, 'weighted_clusters', 'clusters')).map((weighted) => text(field(weighted, 'name')))];
      for (const name of names) {
        for (const endpoint of name ? (clusters.get(name) ?? []) : []) routes.push({ path: matchPath, target: `${endpoint.url}${rewrite}`, loc: at(file, endpoint.node) });
      }
    }
    return routes;
  },
};

/** Traefik's file provider: `http.routers.<r>` (`rule` with `PathPrefix`/`Path`, `service`) and `http.services.<s>.loadBalancer.servers[].url`. */
const traefik: GatewayFormat = {
  name: 'Traefik',
  matches: (document) => path(document, 'http', 'services')?.kind === 'map',
  routes(document, file) {
    const servers = new Map<string, { url: string; node: YamlValue }[]>();
    const services = path(document, 'http', 'services');
    for (const entry of services?.kind === 'map' ? services.entries : []) {
      const list = items(path(entry.value, 'loadBalancer', 'servers')).flatMap((server) => {
        const node = field(server, 'url');
        const url = text(node);
        return url && node ? [{ url, node }] : [];
      });
      servers.set(entry.key, list);
    }
    const routes: RouteFact[] = [];
    const routed = new Set<string>();
    const routers = path(document, 'http', 'routers');
    for (const entry of routers?.kind === 'map' ? routers.entries : []) {
      // `service: api@file` names the file provider's `api`.
      const service = text(field(entry.value, 'service'))?.replace(/@.*$/, '');
      if (!service) continue;
      const rule = text(field(entry.value, 'rule')) ?? '';
      const routePath = /\bPath(?:Prefix)?\(\s*[`"']([^`"']+)[`"']/.exec(rule)?.[1] ?? null;
      routed.add(service);
      for (const server of servers.get(service) ?? []) routes.push({ path: routePath, target: server.url, loc: at(file, server.node) });
    }
    // A service no router of this file names (the routers may be in another file or in container labels).
    for (const [service, list] of servers) if (!routed.has(service)) for (const server of list) routes.push({ path: null, target: server.url, loc: at(file, server.node) });
    return routes;
  },
};

/** The formats, in the order they are tried; the first that matches a document reads it. */
export const GATEWAY_FORMATS: readonly GatewayFormat[] = [kong, ocelot, krakend, envoy, traefik];

/** The gateway format a parsed document is written in, undefined for any other document. */
export function gatewayFormatOf(document: YamlValue): GatewayFormat | undefined {
  return document.kind === 'map' ? GATEWAY_FORMATS.find((candidate) => candidate.matches(document)) : undefined;
}

/** Routes of a parsed document of a gateway configuration; [] for any other document. */
export function gatewayRoutesOf(document: YamlValue, file: string): RouteFact[] {
  return gatewayFormatOf(document)?.routes(document, file) ?? [];
}

/** A gateway configuration's text (JSON read as YAML, comments blanked) as parsed documents, with its parse problems. */
export function parseGatewayConfig(file: string, content: string, json: boolean): ReturnType<typeof parseYaml> {
  return parseYaml(file, json ? blankJsonComments(content) : content);
}

export function readGatewayConfig(file: string, content: string, kind: ManifestKind = 'gateway-config'): FileFacts {
  const facts = emptyFacts(file, kind);
  const parsed = parseGatewayConfig(file, content, file.toLowerCase().endsWith('.json'));
  facts.problems.push(...parsed.problems);
  const routes = parsed.documents.flatMap((document) => gatewayRoutesOf(document, file));
  if (routes.length > 0) facts.routes = routes;
  return facts;
}

export const gatewayConfigReader: ManifestReader = { kinds: ['gateway-config'], read: readGatewayConfig };
