/**
 * Which service each env/config binding belongs to, and the environment it applies in (issue 3, point 2).
 * Deployment files usually live apart from the code, so a binding belongs to:
 * 1. the service its reader already named (`Binding.service`);
 * 2. the service its workload runs (compose service / Deployment / Helm release: by name, build context or image,
 *    see `serviceForWorkload`; a workload name known elsewhere in the scan counts too);
 * 3. for a dotenv file loaded by compose `env_file`, the services of the workloads that load it;
 * 4. the service whose root holds the file;
 * 5. otherwise nobody: a repo-wide fallback, used by a service only for variables it binds nowhere itself.
 * Where no manifest claims a file or a workload, the build modules stand for services (as `attributeServices` has
 * them): a module's own `application.properties` belongs to it, and so does a compose service that builds its folder
 * or is named after it, so a module does not read another module's values (see `moduleServices`).
 * Computed once per scan; lookups are memoised per binding and per file.
 */
import type { Binding, FileFacts, ManifestKind, ServiceDeclaration, WorkloadFact } from '../model.js';
import {
  mergeServices, moduleForFile, moduleForHost, moduleForWorkload, moduleServices, serviceForFile, serviceForWorkload, serviceForWorkloadName, workloadModules,
  workloadServices, type AttributionOptions,
} from './services.js';

export interface BindingScope {
  /** Whether the scan declares any service: without one every binding applies everywhere and none is called a fallback. */
  readonly hasServices: boolean;
  /** Services the binding belongs to, sorted; empty = a repo-wide fallback. */
  ownersOf(binding: Binding): readonly string[];
  /**
   * The binding's environment label: as its reader found it, else the environment of the compose service that loads
   * its env file, else by kind: `cluster` for Kubernetes/OpenShift/Helm files that name none, `default` for the rest
   * (a bare `.env`, `application.yml`, a Dockerfile: values that apply unless an environment overrides them).
   */
  environmentOf(binding: Binding): string;
  /** The service whose code the file is (nearest manifest above it), or null. */
  serviceOfFile(file: string): string | null;
}

/** Environment labels that say only where a value was written, not which environment: a more specific label wins over them. */
export const GENERIC_ENVIRONMENTS: ReadonlySet<string> = new Set(['default', 'cluster']);

const CLUSTER_KINDS: ReadonlySet<ManifestKind> = new Set(['kubernetes', 'helm-values']);

function defaultEnvironment(source: ManifestKind): string {
  return CLUSTER_KINDS.has(source) ? 'cluster' : 'default';
}

export function scopeBindings(facts: readonly FileFacts[], options: AttributionOptions = {}): BindingScope {
  const services: ServiceDeclaration[] = mergeServices(facts.flatMap((fileFacts) => fileFacts.services));
  const modules = moduleServices(facts);
  const serviceNames = new Set([...services.map((service) => service.name), ...modules.map((module) => module.name)]);
  const knownWorkloads = workloadServices(facts, services, options);
  const knownModules = workloadModules(facts, modules);
  /** `file\0workload name` → the workload fact declared there. */
  const localWorkloads = new Map<string, WorkloadFact>();
  /** env file path → workloads that load it (`env_file`). */
  const envFileLoaders = new Map<string, WorkloadFact[]>();
  for (const fileFacts of facts) {
    for (const workload of fileFacts.workloads ?? []) {
      localWorkloads.set(`${workload.loc.file}\0${workload.name.toLowerCase()}`, workload);
      for (const envFile of workload.envFiles ?? []) {
        const loaders = envFileLoaders.get(envFile);
        if (loaders) loaders.push(workload);
        else envFileLoaders.set(envFile, [workload]);
      }
    }
  }

  const fileOwners = new Map<string, string | null>();
  const serviceOfFile = (file: string): string | null => {
    let owner = fileOwners.get(file);
    if (owner === undefined) {
      owner = serviceForFile(file, services)?.name ?? moduleForFile(file, modules)?.name ?? null;
      fileOwners.set(file, owner);
    }
    return owner;
  };

  const workloadOwners = new Map<string, string | null>();
  /** The service a workload named `name` in `file` runs: its own fact there first, else its name, else what the rest of the scan says of the name. */
  const serviceOfWorkload = (file: string, name: string): string | null => {
    const key = `${file}\0${name.toLowerCase()}`;
    let owner = workloadOwners.get(key);
    if (owner === undefined) {
      const local = localWorkloads.get(key);
      const running = local ? serviceForWorkload(local, services, options) : serviceForWorkloadName(name, services, options);
      // A compose override file's entry (`basket.api:` with only `environment`) runs what the base file builds.
      owner = running?.name ?? knownWorkloads.get(name.toLowerCase()) ?? ((local ? moduleForWorkload(local, modules) : moduleForHost(name, modules)) ?? knownModules.get(name.toLowerCase()))?.name ?? null;
      workloadOwners.set(key, owner);
    }
    return owner;
  };

  const owners = new Map<Binding, readonly string[]>();
  const ownersOf = (binding: Binding): readonly string[] => {
    const known = owners.get(binding);
    if (known) return known;
    let result: readonly string[] = [];
    if (binding.service !== null && serviceNames.has(binding.service)) result = [binding.service];
    else if (binding.workload !== undefined && binding.workload !== '') {
      const running = serviceOfWorkload(binding.loc.file, binding.workload);
      if (running) result = [running];
    }
    if (result.length === 0) {
      const loaders = envFileLoaders.get(binding.loc.file) ?? [];
      result = [...new Set(loaders.flatMap((workload) => serviceOfWorkload(workload.loc.file, workload.name) ?? []))].sort();
    }
    if (result.length === 0) {
      const root = serviceOfFile(binding.loc.file);
      if (root) result = [root];
    }
    owners.set(binding, result);
    return result;
  };

  const environmentOf = (binding: Binding): string => {
    if (binding.environment) return binding.environment;
    const loadedBy = (envFileLoaders.get(binding.loc.file) ?? []).find((workload) => workload.environment);
    return loadedBy?.environment ?? defaultEnvironment(binding.source);
  };

  // Build modules scope bindings, but only a declared service makes a binding of nobody a "repo-wide fallback" in the evidence.
  return { hasServices: services.length > 0, ownersOf, environmentOf, serviceOfFile };
}

/** A repo-wide fallback or another service's bindings, as they are looked up for one service. */
export interface ScopedLookup {
  /** The bindings that apply; empty when none does. */
  bindings: readonly Binding[];
  /** `own`: the service's own; `fallback`: repo-wide ones (it has none of its own); `any`: every binding (code of no service). */
  scope: 'own' | 'fallback' | 'any' | 'none';
  /** Services that bind the name for themselves only, when none of the bindings applies. */
  elsewhere: readonly string[];
}

/**
 * Bindings indexed by name once, looked up per service: a service's own bindings of a name if it has any, else the
 * repo-wide fallbacks, never another service's own. Code of no service (outside every service root) sees them all.
 */
export class ScopedBindingIndex {
  private readonly byName = new Map<string, { own: Map<string, Binding[]>; fallback: Binding[]; all: Binding[] }>();
  /** Lower-cased name → the names indexed, built on first use (see `namesIgnoringCase`). */
  private byLowerName: Map<string, string[]> | null = null;

  add(name: string, binding: Binding, owners: readonly string[]): void {
    let entry = this.byName.get(name);
    if (!entry) {
      entry = { own: new Map(), fallback: [], all: [] };
      this.byName.set(name, entry);
      this.byLowerName = null;
    }
    entry.all.push(binding);
    if (owners.length === 0) entry.fallback.push(binding);
    for (const owner of owners) {
      const list = entry.own.get(owner);
      if (list) list.push(binding);
      else entry.own.set(owner, [binding]);
    }
  }

  /** The names indexed that equal `name` ignoring case (.NET reads its environment so: `urls__orders` sets `Urls:Orders`). */
  namesIgnoringCase(name: string): readonly string[] {
    if (!this.byLowerName) {
      this.byLowerName = new Map();
      for (const indexed of this.byName.keys()) {
        const lower = indexed.toLowerCase();
        const list = this.byLowerName.get(lower);
        if (list) list.push(indexed);
        else this.byLowerName.set(lower, [indexed]);
      }
    }
    return this.byLowerName.get(name.toLowerCase()) ?? [];
  }

  /** The repo-wide fallbacks of a name, whoever asks. */
  fallbacks(name: string): readonly Binding[] {
    return this.byName.get(name)?.fallback ?? [];
  }

  lookup(name: string, service: string | null): ScopedLookup {
    const entry = this.byName.get(name);
    if (!entry) return { bindings: [], scope: 'none', elsewhere: [] };
    if (service === null) return { bindings: entry.all, scope: 'any', elsewhere: [] };
    const own = entry.own.get(service);
    if (own && own.length > 0) return { bindings: own, scope: 'own', elsewhere: [] };
    if (entry.fallback.length > 0) return { bindings: entry.fallback, scope: 'fallback', elsewhere: [] };
    return { bindings: [], scope: 'none', elsewhere: [...entry.own.keys()].sort() };
  }
}
