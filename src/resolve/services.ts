/**
 * Service attribution (issue 3): which service's code makes each call, which service each target
 * host belongs to, and which `consumes` entry of a manifest covers a URL. Pure functions over the
 * resolver's output and the facts of every file; the pipeline runs them between resolve and judge.
 */
import { MAX_YAML_ALIASES } from '../extract/manifests/service-manifest.js';
import { yaml } from '../lazy-dependencies.js';
import { dirname } from './modules.js';
import type { FileFacts, HostFact, ModuleFact, ResolvedCall, ServiceDeclaration, WorkloadFact } from '../model.js';

export type ConsumesEntry = ServiceDeclaration['consumes'][number];

export interface AttributionOptions {
  /** package.json `name` by directory (root-relative, '' for the root): a workload with that name belongs to the service rooted there. */
  packageNames?: Readonly<Record<string, string>>;
}

export interface Attribution {
  /** The calls, each with `service` (the service whose code makes it) and `targets[].service` (the service whose host it reaches) where known. */
  calls: ResolvedCall[];
  /** Every declared service (manifests of the same name merged), with `hosts` completed from deployment files; sorted by root then name. */
  services: ServiceDeclaration[];
  /** Build modules, the services of files no manifest covers (see `moduleServices`); sorted by root. */
  modules: ModuleService[];
}

/** A build module as a service: its name (Spring's `spring.application.name` when the module sets one, else the build's name) and the other names it goes by. */
export interface ModuleService {
  name: string;
  root: string;
  /** Names a host may use for it: the build name and the application name. */
  aliases: string[];
}

/** Lower case, every run of other characters than letters and digits as one `-`: `Catalog.API` and `catalog-api` are one name. */
function serviceNameKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/**
 * The build modules of the scan (Maven/Gradle modules, .csproj projects, Go modules) as services. A module named by
 * `spring.application.name` in a Spring config file under it takes that name: it is the name discovery
 * (`lb://`, Feign, Eureka) and other services use for it.
 */
export function moduleServices(facts: readonly FileFacts[]): ModuleService[] {
  const modules: ModuleFact[] = facts.flatMap((fileFacts) => fileFacts.modules ?? []);
  const byRoot = new Map<string, ModuleService>();
  // At one root a build file names the module before a Dockerfile does.
  const rank = (module: ModuleFact): number => (module.build === 'docker' ? 1 : 0);
  for (const module of [...modules].sort((a, b) => a.root.localeCompare(b.root) || rank(a) - rank(b) || a.loc.file.localeCompare(b.loc.file))) {
    if (!byRoot.has(module.root)) byRoot.set(module.root, { name: module.name, root: module.root, aliases: [module.name] });
  }
  const roots = [...byRoot.values()];
  const named = new Map<ModuleService, string>();
  for (const binding of facts.flatMap((fileFacts) => fileFacts.bindings)) {
    if (binding.source !== 'spring' || binding.name !== 'spring.application.name' || binding.value.includes('${') || binding.value.trim() === '') continue;
    const module = moduleForFile(binding.loc.file, roots);
    if (module && (!named.has(module) || binding.environment === null)) named.set(module, binding.value.trim());
  }
  // A module's application name that is another module's own build name is not taken: the two would be one service
  // (a configuration copied from the module it was made from: ftgo's delivery service names itself `ftgo-order-service`).
  const buildNames = new Map(roots.map((module) => [serviceNameKey(module.name), module]));
  for (const [module, name] of named) {
    const owner = buildNames.get(serviceNameKey(name));
    if (owner !== undefined && owner !== module) continue;
    module.name = name;
    if (!module.aliases.includes(name)) module.aliases.push(name);
  }
  return roots;
}

/** The module a file belongs to: the one with the deepest root above it. */
export function moduleForFile(file: string, modules: readonly ModuleService[]): ModuleService | undefined {
  let best: ModuleService | undefined;
  for (const module of modules) if (isUnder(file, module.root) && (!best || module.root.length > best.root.length)) best = module;
  return best;
}

/**
 * The module a host names: a single-label host (`customers-service`, a discovery or container name) or the first label of
 * a Kubernetes service host (`catalog-api.shop.svc.cluster.local`) that is a module's name or alias, compared as
 * `serviceNameKey`s. Undefined when none or several modules match.
 */
export function moduleForHost(host: string, modules: readonly ModuleService[]): ModuleService | undefined {
  const name = withoutPort(hostKey(host));
  const label = !name.includes('.') ? name : /^([^.]+)\.[^.]+\.svc(?:\.cluster\.local)?$/.exec(name)?.[1];
  if (!label) return undefined;
  const key = serviceNameKey(label);
  const matches = modules.filter((module) => module.aliases.some((alias) => serviceNameKey(alias) === key));
  return matches.length === 1 ? matches[0] : undefined;
}

/**
 * The build module a workload runs, when no manifest's service does: by its name, a container's, its build (the deeper
 * module of the compose build context and the folder of its `dockerfile`: `context: .` with
 * `dockerfile: Services/Orders/Orders.API/Dockerfile` builds `Orders.API`) or its image.
 */
export function moduleForWorkload(workload: WorkloadFact, modules: readonly ModuleService[]): ModuleService | undefined {
  for (const name of [workload.name, ...(workload.containers ?? [])]) {
    const named = moduleForHost(name, modules);
    if (named) return named;
  }
  const built = [workload.buildContext, workload.dockerfile === undefined ? undefined : dirname(workload.dockerfile)]
    .map((dir) => (dir === undefined ? undefined : moduleForFile(dir, modules)))
    .reduce<ModuleService | undefined>((best, module) => (module && (!best || module.root.length > best.root.length) ? module : best), undefined);
  if (built) return built;
  for (const image of workload.images ?? []) {
    const byImage = moduleForHost(imageName(image), modules);
    if (byImage) return byImage;
  }
  return undefined;
}

/**
 * Workload name (lower case) → the build module it runs, learnt from every workload fact of the scan (a compose
 * override's entry runs what the base file's entry of that name builds); a name tied to two modules is left out.
 */
export function workloadModules(facts: readonly FileFacts[], modules: readonly ModuleService[]): Map<string, ModuleService> {
  const owners = new Map<string, ModuleService | null>();
  for (const workload of facts.flatMap((fileFacts) => fileFacts.workloads ?? [])) {
    const module = moduleForWorkload(workload, modules);
    if (!module) continue;
    const key = workload.name.toLowerCase();
    const known = owners.get(key);
    owners.set(key, known === undefined || known === module ? module : null);
  }
  const unambiguous = new Map<string, ModuleService>();
  for (const [name, module] of owners) if (module !== null) unambiguous.set(name, module);
  return unambiguous;
}

/**
 * Host (lower case, as written) → module name: the hosts deployment files give a workload that runs a build module
 * (a compose service `catalog.api` that builds `Catalog.API`, its `container_name`, a Kubernetes Service of that name),
 * where the host does not name the module itself. A host two modules claim is left out.
 */
export function moduleHosts(facts: readonly FileFacts[], modules: readonly ModuleService[]): Map<string, string> {
  const workloads = workloadModules(facts, modules);
  const owners = new Map<string, string | null>();
  for (const fact of facts.flatMap((fileFacts) => fileFacts.hosts)) {
    const module = fact.workload === null ? undefined : workloads.get(fact.workload.toLowerCase());
    if (!module) continue;
    const key = hostKey(fact.host);
    const known = owners.get(key);
    owners.set(key, known === undefined || known === module.name ? module.name : null);
  }
  const unambiguous = new Map<string, string>();
  for (const [host, module] of owners) if (module !== null) unambiguous.set(host, module);
  return unambiguous;
}

/** The module a host names (`moduleForHost`) or a deployment file gives it (`moduleHosts`). */
export function moduleNameForHost(host: string, modules: readonly ModuleService[], hosts: ReadonlyMap<string, string>): string | undefined {
  return moduleForHost(host, modules)?.name ?? serviceForHost(host, hosts);
}

/** Lower-cased host without a trailing dot; a port is kept only when the fact or target names one. */
function hostKey(host: string): string {
  const value = host.trim().toLowerCase();
  return value.endsWith('.') ? value.slice(0, -1) : value;
}

function withoutPort(host: string): string {
  if (host.startsWith('[')) return host.slice(1, Math.max(1, host.indexOf(']')));
  return host.split(':').length === 2 ? host.slice(0, host.indexOf(':')) : host;
}

function lastSegment(dir: string): string {
  return dir.slice(dir.lastIndexOf('/') + 1);
}

function isUnder(file: string, root: string): boolean {
  return root === '' || file === root || file.startsWith(`${root}/`);
}

/**
 * One declaration per service name. An `architecture.yaml` wins over a Backstage Component of the
 * same name; the Backstage one fills in system, owner and dependsOn it leaves empty.
 */
export function mergeServices(declarations: readonly ServiceDeclaration[]): ServiceDeclaration[] {
  const byName = new Map<string, ServiceDeclaration>();
  // Two manifests of one kind with the same name are two services (a mistake, but both roots stay attributed).
  const separate: ServiceDeclaration[] = [];
  const ordered = [...declarations].sort((a, b) => (a.source === b.source ? 0 : a.source === 'arch-lint' ? -1 : 1));
  for (const declaration of ordered) {
    const existing = byName.get(declaration.name);
    if (!existing || existing.source === declaration.source) {
      const copy = { ...declaration, hosts: [...declaration.hosts], dependsOn: [...declaration.dependsOn] };
      if (existing) separate.push(copy);
      else byName.set(declaration.name, copy);
      continue;
    }
    existing.system ??= declaration.system;
    existing.owner ??= declaration.owner;
    existing.hosts = [...new Set([...existing.hosts, ...declaration.hosts])];
    existing.dependsOn = [...new Set([...existing.dependsOn, ...declaration.dependsOn])];
    if (existing.provides.length === 0) existing.provides = declaration.provides;
  }
  return [...byName.values(), ...separate].sort((a, b) => a.root.localeCompare(b.root) || a.name.localeCompare(b.name));
}

/**
 * The service a file belongs to: the one whose manifest directory is the nearest above the file.
 * Files outside every service root belong to no service (undefined). When several services share a
 * root (a catalog file with two Components), the one named like the directory wins, else the first by name.
 */
export function serviceForFile(file: string, services: readonly ServiceDeclaration[]): ServiceDeclaration | undefined {
  let best: ServiceDeclaration | undefined;
  for (const service of services) {
    if (!isUnder(file, service.root)) continue;
    if (!best || service.root.length > best.root.length) {
      best = service;
    } else if (service.root === best.root) {
      const directory = lastSegment(service.root);
      const serviceFits = service.name === directory;
      const bestFits = best.name === directory;
      if ((serviceFits && !bestFits) || (serviceFits === bestFits && service.name < best.name)) best = service;
    }
  }
  return best;
}

/** Names a workload may carry to mean this service: manifest name, package.json name (scope dropped), directory name. */
function workloadNames(service: ServiceDeclaration, options: AttributionOptions): Set<string> {
  const names = new Set([service.name.toLowerCase()]);
  const packageName = options.packageNames?.[service.root];
  if (packageName) {
    names.add(packageName.toLowerCase());
    names.add(lastSegment(packageName).toLowerCase());
  }
  if (service.root !== '') names.add(lastSegment(service.root).toLowerCase());
  return names;
}

/** The service a workload name means by name alone: the exact manifest name first, else the one service whose package or directory is so named. */
export function serviceForWorkloadName(name: string, services: readonly ServiceDeclaration[], options: AttributionOptions): ServiceDeclaration | undefined {
  const wanted = name.toLowerCase();
  const named = services.filter((service) => workloadNames(service, options).has(wanted));
  return named.find((service) => service.name.toLowerCase() === wanted) ?? (named.length === 1 ? named[0] : undefined);
}

/** The repository name of a container image, without registry, path, tag or digest: `quay.io/toska/study-importer:production` → `study-importer`. */
export function imageName(image: string): string {
  const withoutDigest = image.split('@')[0] ?? image;
  const lastSegment = withoutDigest.slice(withoutDigest.lastIndexOf('/') + 1);
  return lastSegment.split(':')[0]?.toLowerCase() ?? '';
}

/** The service with the deepest root containing a root-relative directory. */
function serviceForDirectory(directory: string, services: readonly ServiceDeclaration[]): ServiceDeclaration | undefined {
  let best: ServiceDeclaration | undefined;
  for (const service of services) {
    if (isUnder(directory, service.root) && (!best || service.root.length > best.root.length)) best = service;
  }
  return best;
}

/**
 * The service a workload (compose service, Deployment…) runs, from what the workload itself says: its name
 * (manifest, package or directory name), a container's name (pod container, compose `container_name`), its compose
 * build context (a directory under the service's root), or its image's repository name (`…/study-importer:prod`). Where the file is does not count here: a compose file under a
 * service's root also runs its dependencies (`db`, `redis`).
 */
export function serviceForWorkload(workload: WorkloadFact, services: readonly ServiceDeclaration[], options: AttributionOptions = {}): ServiceDeclaration | undefined {
  const named = serviceForWorkloadName(workload.name, services, options);
  if (named) return named;
  // A Deployment named `web` whose container is `grades` runs grades.
  for (const container of workload.containers ?? []) {
    const byContainer = serviceForWorkloadName(container, services, options);
    if (byContainer) return byContainer;
  }
  if (workload.buildContext !== undefined) {
    const built = serviceForDirectory(workload.buildContext, services);
    if (built) return built;
  }
  for (const image of workload.images ?? []) {
    const byImage = serviceForWorkloadName(imageName(image), services, options);
    if (byImage) return byImage;
  }
  return undefined;
}

/**
 * Workload name (lower case) → the service it runs, learnt from every workload fact of the scan; a name two
 * workloads tie to different services is left out (ambiguous). A Kubernetes Service, Route or a binding names
 * its workload by the same name, usually in another file.
 */
export function workloadServices(facts: readonly FileFacts[], services: readonly ServiceDeclaration[], options: AttributionOptions = {}): Map<string, string> {
  const owners = new Map<string, string | null>();
  for (const workload of facts.flatMap((fileFacts) => fileFacts.workloads ?? [])) {
    const service = serviceForWorkload(workload, services, options);
    if (!service) continue;
    const key = workload.name.toLowerCase();
    const known = owners.get(key);
    owners.set(key, known === undefined || known === service.name ? service.name : null);
  }
  const unambiguous = new Map<string, string>();
  for (const [name, service] of owners) if (service !== null) unambiguous.set(name, service);
  return unambiguous;
}

/**
 * The service a host fact belongs to: a workload named like the service first (deployment files
 * usually live apart from the code), then a workload known to run the service (its compose build
 * context or image, see `workloadServices`), then the service whose root contains the deployment file —
 * but only for a fact with no workload, a Route or an Ingress: a compose file or k8s Services under
 * a service's root also name its dependencies (`db`, `redis`), which are not the service.
 */
export function serviceForHostFact(
  fact: HostFact,
  services: readonly ServiceDeclaration[],
  options: AttributionOptions = {},
  workloads: ReadonlyMap<string, string> = new Map(),
): ServiceDeclaration | undefined {
  if (fact.workload) {
    const named = serviceForWorkloadName(fact.workload, services, options);
    if (named) return named;
    const running = workloads.get(fact.workload.toLowerCase());
    const known = running === undefined ? undefined : services.find((service) => service.name === running);
    if (known) return known;
    if (fact.source === 'compose-service' || fact.source === 'k8s-service') return undefined;
  }
  return serviceForFile(fact.loc.file, services);
}

/** Host (lower case, as written: with a port if it has one) → service name. A host claimed by two services goes to the first by name. */
export function serviceHosts(services: readonly ServiceDeclaration[]): Map<string, string> {
  const hosts = new Map<string, string>();
  for (const service of [...services].sort((a, b) => a.name.localeCompare(b.name))) {
    for (const host of service.hosts) {
      const key = hostKey(host);
      if (!hosts.has(key)) hosts.set(key, service.name);
    }
  }
  return hosts;
}

/** The service whose host this is: exact match (port included) first, then the host without its port. */
export function serviceForHost(host: string, hosts: ReadonlyMap<string, string>): string | undefined {
  const key = hostKey(host);
  return hosts.get(key) ?? hosts.get(withoutPort(key));
}

/**
 * Attributes calls and targets to services.
 * - `call.service`: the service whose root contains the call's file (nearest manifest above it).
 * - `target.service`: the service one of whose hosts (`spec.hosts`, or a Route/Ingress/Service/compose
 *   host matched to it) is the target's host.
 * Inputs are not mutated.
 */
export function attributeServices(calls: readonly ResolvedCall[], facts: readonly FileFacts[], options: AttributionOptions = {}): Attribution {
  const services = mergeServices(facts.flatMap((fileFacts) => fileFacts.services));
  const learnt = new Map<ServiceDeclaration, Set<string>>(services.map((service) => [service, new Set(service.hosts.map(hostKey))]));
  const workloads = workloadServices(facts, services, options);
  for (const fact of facts.flatMap((fileFacts) => fileFacts.hosts)) {
    const owner = serviceForHostFact(fact, services, options, workloads);
    if (owner) learnt.get(owner)?.add(hostKey(fact.host));
  }
  const completed = services.map((service) => ({ ...service, hosts: [...(learnt.get(service) ?? [])].sort() }));
  const hosts = serviceHosts(completed);

  const modules = moduleServices(facts);
  const builtHosts = moduleHosts(facts, modules);
  // Many calls share hosts and files: each is looked up once.
  const byHost = new Map<string, string | undefined>();
  const byFile = new Map<string, string | undefined>();
  const serviceOfHost = (host: string): string | undefined => {
    if (!byHost.has(host)) byHost.set(host, serviceForHost(host, hosts) ?? moduleNameForHost(host, modules, builtHosts));
    return byHost.get(host);
  };
  const ownerOfFile = (file: string): string | undefined => {
    if (!byFile.has(file)) byFile.set(file, serviceForFile(file, completed)?.name ?? moduleForFile(file, modules)?.name);
    return byFile.get(file);
  };
  const attributed = calls.map((call): ResolvedCall => {
    const copy: ResolvedCall = {
      ...call,
      targets: call.targets.map((target) => {
        // A host no manifest claims may name a build module of the repository (`http://customers-service`).
        const service = target.host ? serviceOfHost(target.host) : undefined;
        return service ? { ...target, service } : { ...target };
      }),
    };
    // Code outside every manifest's service belongs to its build module.
    const owner = ownerOfFile(call.file);
    if (owner) copy.service = owner;
    return copy;
  });
  return { calls: attributed, services: completed, modules };
}

/** A URL cut into the parts that decide coverage: host (lower case), port (null when the scheme's default), path segments. */
interface UrlParts {
  host: string;
  port: string | null;
  segments: string[];
}

/**
 * Normalises a URL for prefix matching: scheme ignored (http and https reach the same service),
 * default ports dropped, query/fragment dropped, trailing slash and empty segments ignored.
 * Null when it is not an absolute http(s) URL.
 */
export function urlParts(url: string): UrlParts | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const defaultPort = parsed.port === '' || (parsed.protocol === 'http:' && parsed.port === '80') || (parsed.protocol === 'https:' && parsed.port === '443');
  return {
    host: hostKey(parsed.hostname),
    port: defaultPort ? null : parsed.port,
    segments: parsed.pathname.split('/').filter((segment) => segment !== ''),
  };
}

/** Whether `url` starts with `prefix` (host and port equal, path prefix on whole segments). */
export function urlCovers(prefix: string, url: string): boolean {
  const wanted = urlParts(prefix);
  const actual = urlParts(url);
  if (!wanted || !actual) return false;
  if (wanted.host !== actual.host) return false;
  // `https://host:443` and `http://host:80` were folded to null; any other port must match.
  if (wanted.port !== actual.port && !(wanted.port === null && actual.port === null)) return false;
  return wanted.segments.every((segment, index) => actual.segments[index] === segment);
}

/**
 * The `consumes` entry of `service` that covers `url`: the one with the longest matching URL prefix.
 * Undefined when none does, or when the URL is not absolute (unresolved, `env:X`, relative).
 */
export function findConsumesEntry(service: ServiceDeclaration, url: string | null): ConsumesEntry | undefined {
  if (url === null) return undefined;
  let best: { entry: ConsumesEntry; length: number } | undefined;
  for (const entry of service.consumes) {
    if (!urlCovers(entry.url, url)) continue;
    const length = urlParts(entry.url)?.segments.length ?? 0;
    if (!best || length > best.length) best = { entry, length };
  }
  return best?.entry;
}

/** Root-relative path of a file named relative to the manifest in directory `root` (`..` allowed, never above the scan root). */
export function pathFromRoot(root: string, relative: string): string | null {
  const parts = root === '' ? [] : root.split('/');
  for (const segment of relative.replace(/\\/g, '/').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else {
      parts.push(segment);
    }
  }
  return parts.join('/');
}

/** Whether text is an OpenAPI (3.x) or Swagger (2.0) document, in YAML or JSON. */
export function isOpenApiDocument(text: string): boolean {
  const doc = yaml().parseDocument(text, { prettyErrors: false });
  if (doc.errors.length > 0) return false;
  try {
    const value: unknown = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    const record = value as Record<string, unknown>;
    return (typeof record['openapi'] === 'string' || typeof record['swagger'] === 'string' || typeof record['swagger'] === 'number') && typeof record['info'] === 'object';
  } catch {
    return false;
  }
}

/**
 * Sets `provides[].openapiStatus` for every provided API that names an OpenAPI file. Rules cannot
 * read files, and a manifest reader only sees its own file, so the pipeline checks the files here;
 * `readText` gets a root-relative path and returns the file's text or null when it does not exist.
 * An API exposed through the gateway that names no file is left unchecked: the rule reports it anyway.
 */
export function checkOpenApiFiles(services: readonly ServiceDeclaration[], readText: (path: string) => string | null): ServiceDeclaration[] {
  return services.map((service) => ({
    ...service,
    provides: service.provides.map((api) => {
      if (api.openapi === null) return api;
      const path = pathFromRoot(service.root, api.openapi);
      const text = path === null ? null : readText(path);
      const openapiStatus = text === null ? 'missing' : isOpenApiDocument(text) ? 'ok' : 'unparseable';
      return { ...api, openapiStatus };
    }),
  }));
}
