/**
 * A system's own gateways, read from their configuration: Spring Cloud Gateway (`spring.cloud.gateway.routes`, also under
 * `server.webflux`/`server.webmvc`), Zuul (`zuul.routes.<name>.url` / `.serviceId`, and `zuul.routes.<serviceId>: /path/**`) and YARP (`ReverseProxy:Clusters:…:Address`,
 * with the paths of the `ReverseProxy:Routes` that use the cluster), and the routes extractors found in code and nginx
 * configurations (`FileFacts.routes`). The service whose configuration holds routes is a
 * gateway: calls to it are zone `gateway`, and its routes are gateway → backend edges (the report's `gatewayRoutes`),
 * never direct integrations. Pure function of the facts.
 */
import type { Binding, FileFacts, GatewayRoute, RouteFact, ServiceDeclaration, WorkloadFact } from '../model.js';
import { moduleForFile, moduleForHost, moduleHosts, moduleNameForHost, serviceForFile, serviceForHost, serviceHosts, type ModuleService } from './services.js';
import { targetOf } from './urls.js';

export interface GatewayConfig {
  routes: GatewayRoute[];
  /**
   * Services that are gateways: those whose configuration holds routes, manifests with `kind: gateway`, and workloads
   * (compose services, Kubernetes workloads) that run an API gateway's image — their names are the hosts other services call. Sorted.
   */
  gateways: string[];
}

/** Container images of API gateways and edge proxies (repository name, registry and tag dropped): a workload running one is a gateway. */
const GATEWAY_IMAGES = new Set(['envoy', 'envoyproxy/envoy', 'traefik', 'kong', 'kong/kong-gateway', 'devopsfaith/krakend', 'tykio/tyk-gateway', 'apache/apisix']);

function imageRepository(image: string): string {
  const withoutTag = (image.split('@')[0] ?? image).replace(/:[^/:]*$/, '');
  const parts = withoutTag.split('/');
  // A registry host (`docker.io/`, `ghcr.io/`, `localhost:5000/`) is not part of the repository name.
  if (parts.length > 1 && /[.:]|^localhost$/.test(parts[0] ?? '')) parts.shift();
  if (parts[0] === 'library') parts.shift();
  return parts.join('/').toLowerCase();
}

const SPRING_ROUTE = /^(spring\.cloud\.gateway(?:\.server\.webflux|\.server\.webmvc|\.mvc)?\.routes\[\d+\])\.uri$/;
const ZUUL_ROUTE = /^(zuul\.routes\.[^.]+)\.(url|service-id|serviceId)$/;
/** Zuul's short form, `zuul.routes.<serviceId>: /path/**`: the route's name is the service it goes to. */
const ZUUL_SHORT_ROUTE = /^zuul\.routes\.([^.]+)$/;
const YARP_DESTINATION = /^ReverseProxy:Clusters:([^:]+):Destinations:[^:]+:Address$/i;

/** The path predicate of a Spring Cloud Gateway route (`Path=/api/vet/**`), as written. */
function springPath(prefix: string, bindings: readonly Binding[]): string | null {
  for (const binding of bindings) {
    if (!binding.name.startsWith(`${prefix}.predicates[`)) continue;
    const match = /^\s*Path\s*=\s*([^,\s]+)/.exec(binding.value);
    if (match?.[1]) return match[1];
    if (/\.args\.(?:pattern|_genkey_0)$/.test(binding.name) && bindings.some((other) => other.name === binding.name.replace(/\.args\..*$/, '.name') && other.value === 'Path')) return binding.value;
  }
  return null;
}

/**
 * A route target with the variables it is written with put in (`http://${CATALOGUE_HOST}:8080/` of an nginx template,
 * `${CATALOG_URL:http://catalog}` of Spring): an env var bound to one value in the scan's deployment files (a Dockerfile's
 * `ENV`, compose, Kubernetes) is that value; else the default written with it (`:default`, `:-default`). Null when a
 * variable is left without a value.
 */
export function withVariables(target: string, envValues: ReadonlyMap<string, ReadonlySet<string>>): string | null {
  let complete = true;
  const filled = target.replace(/\$\{([A-Za-z_][\w.-]*)(?::-?([^}]*))?\}/g, (_, name: string, fallback: string | undefined) => {
    const values = envValues.get(name);
    if (values?.size === 1) return [...values][0]!;
    if (fallback !== undefined && !values) return fallback;
    complete = false;
    return '';
  });
  return complete && !filled.includes('${') ? filled : null;
}

export function readGatewayRoutes(facts: readonly FileFacts[], services: readonly ServiceDeclaration[], modules: readonly ModuleService[]): GatewayConfig {
  const hosts = serviceHosts(services);
  // The env vars' written values, gathered only when a route target holds a `${VAR}` (see withVariables).
  let envValues: Map<string, Set<string>> | null = null;
  const deploymentEnv = (): Map<string, Set<string>> => {
    if (envValues) return envValues;
    envValues = new Map();
    for (const fileFacts of facts) {
      for (const binding of fileFacts.bindings) {
        if (binding.type !== 'env' || binding.ref || binding.value.trim() === '' || binding.value.includes('$')) continue;
        const values = envValues.get(binding.name) ?? new Set<string>();
        values.add(binding.value);
        envValues.set(binding.name, values);
      }
    }
    return envValues;
  };
  const builtHosts = moduleHosts(facts, modules);
  // The workload that forwards a route written in a file: named by the file (Traefik labels), mounting the ConfigMap that
  // holds it, or bind-mounting the file or its folder. The workloads' mounts are gathered only when some file holds routes.
  let workloads: WorkloadFact[] | null = null;
  const forwardedBy = (route: RouteFact): string | undefined => {
    if (route.workload !== undefined) return route.workload;
    workloads ??= facts.flatMap((fileFacts) => fileFacts.workloads ?? []);
    const { file } = route.loc;
    const mounting = route.configMap === undefined
      ? workloads.find((workload) => workload.mounts?.some((mount) => file === mount || file.startsWith(`${mount}/`)))
      : workloads.find((workload) => workload.configMaps?.includes(route.configMap ?? ''));
    return mounting?.name;
  };
  const routes: GatewayRoute[] = [];
  // The gateway is the service the configuration is for: a config server's `<application>.yml` names it, else the file's own service.
  const ownerOf = (binding: Pick<Binding, 'loc' | 'workload'> & { mounted?: boolean }): string | null => {
    const named = binding.workload === undefined ? undefined : (services.find((service) => service.name === binding.workload)?.name ?? moduleForHost(binding.workload, modules)?.name ?? (binding.mounted ? binding.workload : undefined));
    return named ?? serviceForFile(binding.loc.file, services)?.name ?? moduleForFile(binding.loc.file, modules)?.name ?? null;
  };
  for (const fileFacts of facts) {
    const bindings = fileFacts.bindings.filter((binding) => binding.type === 'config');
    const add = (binding: Pick<Binding, 'loc' | 'workload'> & { mounted?: boolean }, target: string, path: string | null): void => {
      const route: GatewayRoute = { gateway: ownerOf(binding), path, target, loc: binding.loc };
      const written = target.includes('${') ? withVariables(target, deploymentEnv()) : target;
      const resolved = written === null ? null : targetOf({ t: 'str', parts: [written], via: [] });
      const host = resolved?.host;
      const service = host ? (serviceForHost(host, hosts) ?? moduleNameForHost(host, modules, builtHosts)) : undefined;
      if (service) route.service = service;
      routes.push(route);
    };
    // Routes written in code (Spring `RouteLocator` builders, YARP `MapForwarder`) or in a proxy's configuration file
    // (nginx, Apache, Envoy, Ocelot…): a configuration file bind-mounted into a compose service is that service's, one in a
    // ConfigMap is the workload's that mounts it.
    for (const route of fileFacts.routes ?? []) {
      const workload = forwardedBy(route);
      add(workload === undefined ? { loc: route.loc } : { loc: route.loc, workload, mounted: true }, route.target, route.path);
    }
    for (const binding of bindings) {
      const spring = SPRING_ROUTE.exec(binding.name);
      if (spring?.[1]) {
        add(binding, binding.value, springPath(spring[1], bindings));
        continue;
      }
      const zuul = ZUUL_ROUTE.exec(binding.name);
      if (zuul?.[1]) {
        const path = bindings.find((other) => other.name === `${zuul[1]}.path`)?.value ?? null;
        add(binding, zuul[2] === 'url' ? binding.value : `lb://${binding.value}`, path);
        continue;
      }
      const zuulShort = ZUUL_SHORT_ROUTE.exec(binding.name);
      if (zuulShort?.[1] && binding.value.startsWith('/')) {
        add(binding, `lb://${zuulShort[1]}`, binding.value);
        continue;
      }
      const yarp = YARP_DESTINATION.exec(binding.name);
      if (yarp?.[1]) {
        const cluster = yarp[1];
        const route = bindings.find((other) => /^ReverseProxy:Routes:[^:]+:ClusterId$/i.test(other.name) && other.value === cluster);
        const path = route ? (bindings.find((other) => other.name.toLowerCase() === `${route.name.slice(0, -':ClusterId'.length)}:Match:Path`.toLowerCase())?.value ?? null) : null;
        add(binding, binding.value, path);
      }
    }
  }
  routes.sort((a, b) => (a.loc.file < b.loc.file ? -1 : a.loc.file > b.loc.file ? 1 : 0) || a.loc.line - b.loc.line || a.loc.column - b.loc.column || (a.target < b.target ? -1 : a.target > b.target ? 1 : 0));
  const gateways = new Set<string>();
  for (const route of routes) if (route.gateway !== null) gateways.add(route.gateway);
  for (const service of services) if (service.kind === 'gateway') gateways.add(service.name);
  for (const workload of facts.flatMap((fileFacts) => fileFacts.workloads ?? [])) {
    if ((workload.images ?? []).some((image) => GATEWAY_IMAGES.has(imageRepository(image)))) gateways.add(workload.name);
  }
  return { routes, gateways: [...gateways].sort() };
}
