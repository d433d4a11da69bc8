import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  blankJsonComments
} from "./chunk-LSQYQN3F.js";
import {
  field,
  items,
  parseYaml,
  path,
  text
} from "./chunk-QIUQF3M2.js";
import {
  emptyFacts
} from "./chunk-CVAD7S7L.js";

// dist/extract/manifests/gateway-config.js
function fieldIgnoringCase(value, key) {
  if (value?.kind !== "map")
    return void 0;
  const lower = key.toLowerCase();
  return value.entries.find((entry) => entry.key.toLowerCase() === lower)?.value;
}
function templatePrefix(template) {
  if (!template)
    return "";
  const brace = template.indexOf("{");
  return brace < 0 ? template : template.slice(0, brace);
}
function origin(scheme, host, port) {
  return `${scheme}://${host}${port ? `:${port}` : ""}`;
}
function at(file, node) {
  return { file, line: node.line, column: node.column };
}
function hostList(value) {
  if (value === void 0)
    return [];
  const nodes = value.kind === "seq" ? value.items : [value];
  return nodes.flatMap((node) => {
    const host = text(node);
    return host ? [{ host, node }] : [];
  });
}
function joinUrl(base, pathPart) {
  if (!pathPart)
    return base;
  return `${base.replace(/\/+$/, "")}/${pathPart.replace(/^\/+/, "")}`;
}
var ocelot = {
  name: "Ocelot",
  matches: (document) => items(fieldIgnoringCase(document, "Routes") ?? fieldIgnoringCase(document, "ReRoutes")).some((route) => route.kind === "map" && route.entries.some((entry) => /^downstream/i.test(entry.key))),
  routes(document, file) {
    const routes = [];
    for (const route of items(fieldIgnoringCase(document, "Routes") ?? fieldIgnoringCase(document, "ReRoutes"))) {
      const scheme = text(fieldIgnoringCase(route, "DownstreamScheme")) ?? "http";
      const downstreamPath = templatePrefix(text(fieldIgnoringCase(route, "DownstreamPathTemplate")));
      const upstream = text(fieldIgnoringCase(route, "UpstreamPathTemplate")) ?? null;
      const hosts = items(fieldIgnoringCase(route, "DownstreamHostAndPorts"));
      for (const hostAndPort of hosts) {
        const hostNode = fieldIgnoringCase(hostAndPort, "Host");
        const host = text(hostNode);
        if (!host || !hostNode)
          continue;
        routes.push({ path: upstream, target: `${origin(scheme, host, text(fieldIgnoringCase(hostAndPort, "Port")))}${downstreamPath}`, loc: at(file, hostNode) });
      }
      const serviceNode = fieldIgnoringCase(route, "ServiceName");
      const service = text(serviceNode);
      if (hosts.length === 0 && service && serviceNode)
        routes.push({ path: upstream, target: `${scheme}://${service}${downstreamPath}`, loc: at(file, serviceNode) });
    }
    return routes;
  }
};
var krakend = {
  name: "KrakenD",
  matches: (document) => items(field(document, "endpoints")).some((endpoint) => field(endpoint, "backend") !== void 0),
  routes(document, file) {
    const routes = [];
    const defaultHosts = hostList(field(document, "host"));
    for (const endpoint of items(field(document, "endpoints"))) {
      const endpointPath = text(field(endpoint, "endpoint")) ?? null;
      for (const backend of items(field(endpoint, "backend"))) {
        const own = hostList(field(backend, "host"));
        const pattern = templatePrefix(text(field(backend, "url_pattern")));
        for (const { host, node } of own.length > 0 ? own : defaultHosts) {
          const base = /^[a-z][a-z\d+.-]*:\/\//i.test(host) ? host : `http://${host}`;
          routes.push({ path: endpointPath, target: joinUrl(base, pattern), loc: at(file, own.length > 0 ? node : backend) });
        }
      }
    }
    return routes;
  }
};
var kong = {
  name: "Kong",
  matches: (document) => field(document, "_format_version") !== void 0 && field(document, "services")?.kind === "seq",
  routes(document, file) {
    const upstreams = /* @__PURE__ */ new Map();
    for (const upstream of items(field(document, "upstreams"))) {
      const name = text(field(upstream, "name"));
      if (name)
        upstreams.set(name, items(field(upstream, "targets")).flatMap((target) => text(field(target, "target")) ?? []));
    }
    const topLevelPaths = /* @__PURE__ */ new Map();
    for (const route of items(field(document, "routes"))) {
      const serviceField = field(route, "service");
      const name = text(serviceField) ?? text(field(serviceField, "name"));
      if (name)
        topLevelPaths.set(name, [...topLevelPaths.get(name) ?? [], ...items(field(route, "paths")).flatMap((item) => text(item) ?? [])]);
    }
    const routes = [];
    for (const service of items(field(document, "services"))) {
      const urlNode = field(service, "url");
      const hostNode = field(service, "host");
      const url = text(urlNode);
      const host = text(hostNode);
      const node = urlNode ?? hostNode;
      if (!node || !url && !host)
        continue;
      const protocol = text(field(service, "protocol")) ?? "http";
      const servicePath = text(field(service, "path")) ?? "";
      const port = text(field(service, "port"));
      const targets = url ? [url] : (upstreams.get(host ?? "") ?? [host && port ? `${host}:${port}` : host ?? ""]).map((hostPort) => `${protocol}://${hostPort}${servicePath}`);
      const name = text(field(service, "name"));
      const paths = [...items(field(service, "routes")).flatMap((route) => items(field(route, "paths")).flatMap((item) => text(item) ?? [])), ...name ? topLevelPaths.get(name) ?? [] : []];
      for (const target of targets) {
        for (const routePath of paths.length > 0 ? paths : [null])
          routes.push({ path: routePath, target, loc: at(file, node) });
      }
    }
    return routes;
  }
};
function mapsWith(node, key, out = [], depth = 0) {
  if (!node || depth > 64)
    return out;
  if (node.kind === "map") {
    if (node.entries.some((entry) => entry.key === key))
      out.push(node);
    for (const entry of node.entries)
      mapsWith(entry.value, key, out, depth + 1);
  } else if (node.kind === "seq")
    for (const item of node.items)
      mapsWith(item, key, out, depth + 1);
  return out;
}
var envoy = {
  name: "Envoy",
  matches: (document) => field(document, "static_resources")?.kind === "map",
  routes(document, file) {
    const resources = field(document, "static_resources");
    const clusters = /* @__PURE__ */ new Map();
    for (const cluster of items(field(resources, "clusters"))) {
      const name = text(field(cluster, "name"));
      if (!name)
        continue;
      const tls = field(cluster, "transport_socket") !== void 0 || field(cluster, "tls_context") !== void 0;
      const endpoints = mapsWith(cluster, "socket_address").flatMap((holder) => {
        const socket = field(holder, "socket_address");
        const addressNode = field(socket, "address");
        const address = text(addressNode);
        return address && addressNode ? [{ url: origin(tls ? "https" : "http", address, text(field(socket, "port_value"))), node: addressNode }] : [];
      });
      clusters.set(name, endpoints);
    }
    const routes = [];
    for (const entry of mapsWith(field(resources, "listeners"), "route")) {
      const match = field(entry, "match");
      if (match === void 0)
        continue;
      const route = field(entry, "route");
      const matchPath = text(field(match, "prefix")) ?? text(field(match, "path")) ?? text(path(match, "safe_regex", "regex")) ?? null;
      const rewrite = text(field(route, "prefix_rewrite")) ?? "";
      const names = [text(field(route, "cluster")), ...items(path(route, "weighted_clusters", "clusters")).map((weighted) => text(field(weighted, "name")))];
      for (const name of names) {
        for (const endpoint of name ? clusters.get(name) ?? [] : [])
          routes.push({ path: matchPath, target: `${endpoint.url}${rewrite}`, loc: at(file, endpoint.node) });
      }
    }
    return routes;
  }
};
var traefik = {
  name: "Traefik",
  matches: (document) => path(document, "http", "services")?.kind === "map",
  routes(document, file) {
    const servers = /* @__PURE__ */ new Map();
    const services = path(document, "http", "services");
    for (const entry of services?.kind === "map" ? services.entries : []) {
      const list = items(path(entry.value, "loadBalancer", "servers")).flatMap((server) => {
        const node = field(server, "url");
        const url = text(node);
        return url && node ? [{ url, node }] : [];
      });
      servers.set(entry.key, list);
    }
    const routes = [];
    const routed = /* @__PURE__ */ new Set();
    const routers = path(document, "http", "routers");
    for (const entry of routers?.kind === "map" ? routers.entries : []) {
      const service = text(field(entry.value, "service"))?.replace(/@.*$/, "");
      if (!service)
        continue;
      const rule = text(field(entry.value, "rule")) ?? "";
      const routePath = /\bPath(?:Prefix)?\(\s*[`"']([^`"']+)[`"']/.exec(rule)?.[1] ?? null;
      routed.add(service);
      for (const server of servers.get(service) ?? [])
        routes.push({ path: routePath, target: server.url, loc: at(file, server.node) });
    }
    for (const [service, list] of servers)
      if (!routed.has(service))
        for (const server of list)
          routes.push({ path: null, target: server.url, loc: at(file, server.node) });
    return routes;
  }
};
var GATEWAY_FORMATS = [kong, ocelot, krakend, envoy, traefik];
function gatewayFormatOf(document) {
  return document.kind === "map" ? GATEWAY_FORMATS.find((candidate) => candidate.matches(document)) : void 0;
}
function gatewayRoutesOf(document, file) {
  return gatewayFormatOf(document)?.routes(document, file) ?? [];
}
function parseGatewayConfig(file, content, json) {
  return parseYaml(file, json ? blankJsonComments(content) : content);
}
function readGatewayConfig(file, content, kind = "gateway-config") {
  const facts = emptyFacts(file, kind);
  const parsed = parseGatewayConfig(file, content, file.toLowerCase().endsWith(".json"));
  facts.problems.push(...parsed.problems);
  const routes = parsed.documents.flatMap((document) => gatewayRoutesOf(document, file));
  if (routes.length > 0)
    facts.routes = routes;
  return facts;
}
var gatewayConfigReader = { kinds: ["gateway-config"], read: readGatewayConfig };

export {
  GATEWAY_FORMATS,
  gatewayFormatOf,
  gatewayRoutesOf,
  parseGatewayConfig,
  readGatewayConfig,
  gatewayConfigReader
};
//# sourceMappingURL=chunk-HZAO4TZR.js.map
