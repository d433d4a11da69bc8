/**
 * The landscape of one scan: a pure function of the result's calls and findings, the declared services (with the
 * hosts deployment files give them) and the gateway catalogue. See types.ts for what nodes and edges mean.
 */
import type { Finding, GatewayApi, LintResult, ResolvedCall, Target, Zone } from '../model.js';
import type { Landscape, LandscapeEdge, LandscapeEdgeKind, LandscapeFindingRef, LandscapeNode } from './types.js';

export interface LandscapeService {
  name: string;
  system: string | null;
  hosts: readonly string[];
}

export interface LandscapeInput {
  result: Pick<LintResult, 'root' | 'calls' | 'findings' | 'gatewayRoutes'>;
  /** The repository's declared services (attributeServices' output); none: calls are the repository's. */
  services?: readonly LandscapeService[];
  /** The gateway catalogue: routes of the APIs the code uses become gateway → backend edges. */
  catalog?: readonly GatewayApi[];
  /** Zone of a host (the config's policy), for catalogue backends; default `internal`. */
  zoneOf?: (host: string) => Zone;
  /** Repository name; default the root's last folder name. */
  repository?: string;
}

export function repositoryName(root: string): string {
  const parts = root.split(/[\\/]/).filter((part) => part !== '');
  return parts[parts.length - 1] ?? 'repository';
}

function hostOnly(host: string): string {
  let value = host.trim().toLowerCase();
  if (value.startsWith('[')) return value.slice(1, Math.max(1, value.indexOf(']')));
  if (value.split(':').length === 2) value = value.slice(0, value.indexOf(':'));
  return value.endsWith('.') ? value.slice(0, -1) : value;
}

const edgeKindOfZone: Partial<Record<Zone, LandscapeEdgeKind>> = {
  gateway: 'gateway',
  esb: 'esb',
  internal: 'direct',
  external: 'external',
  local: 'local',
  unknown: 'unverified',
  unresolved: 'unverified',
};

/** Which edge kinds a finding of a rule is about (other rules: every edge but `local`). */
const ruleEdgeKinds: Readonly<Record<string, readonly LandscapeEdgeKind[]>> = {
  'no-direct-integration': ['direct'],
  'gateway-bypass': ['direct'],
  'unknown-target': ['unverified'],
};

const severityRank = (ref: LandscapeFindingRef): number => (ref.suppressed ? 0 : ref.severity === 'error' ? 2 : 1);

/** How bad an edge's worst finding is: none < suppressed < warning < error. */
export const findingRank = (ref: LandscapeFindingRef | null): number => (ref === null ? -1 : severityRank(ref));

/**
 * Fold `edge`, renamed `id` (`from` → `to`), into `edges`: added as a copy when the id is new (null is returned);
 * otherwise the existing edge keeps the worse of the two worst findings and the union of their finding ids, and is
 * returned for the caller's own folding (call counts, API, route), which differs between merging and grouping.
 */
export function foldEdge(edges: Map<string, LandscapeEdge>, edge: LandscapeEdge, id: string, from: string, to: string): LandscapeEdge | null {
  const existing = edges.get(id);
  if (!existing) {
    edges.set(id, { ...edge, id, from, to, ...(edge.findings ? { findings: [...edge.findings] } : {}) });
    return null;
  }
  if (findingRank(edge.worst) > findingRank(existing.worst)) existing.worst = edge.worst;
  if (edge.findings) existing.findings = [...new Set([...(existing.findings ?? []), ...edge.findings])].sort();
  return existing;
}

export function edgeId(from: string, to: string, kind: LandscapeEdgeKind, api: string | undefined): string {
  return `${from}->${to}#${kind}${api === undefined ? '' : `@${api}`}`;
}

const compareIds = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function buildLandscape(input: LandscapeInput): Landscape {
  const { result } = input;
  const repository = input.repository ?? repositoryName(result.root);
  const services = input.services ?? [];
  const nodes = new Map<string, LandscapeNode>();
  const serviceByName = new Map(services.map((service) => [service.name, service]));
  const serviceByHost = new Map<string, string>();
  for (const service of services) for (const host of service.hosts) if (!serviceByHost.has(hostOnly(host))) serviceByHost.set(hostOnly(host), service.name);

  const addNode = (node: LandscapeNode): string => {
    const existing = nodes.get(node.id);
    if (!existing) nodes.set(node.id, node);
    else for (const host of node.hosts) if (!existing.hosts.includes(host)) existing.hosts.push(host);
    return node.id;
  };
  // Every call of a service asks for its node: built once per service (its hosts never change).
  const serviceIds = new Map<string, string>();
  const serviceNode = (name: string): string => {
    const known = serviceIds.get(name);
    if (known !== undefined) return known;
    const id = addServiceNode(name);
    serviceIds.set(name, id);
    return id;
  };
  const addServiceNode = (name: string): string => {
    const service = serviceByName.get(name);
    const hosts = service ? [...new Set(service.hosts.map(hostOnly))] : [];
    return addNode({ id: `service:${name}`, kind: 'service', label: name, hosts, ...(service?.system ? { system: service.system } : {}), repository });
  };
  for (const service of services) serviceNode(service.name);

  /** The node a host of an internal zone is: the service serving it, else the host as a system. */
  const internalNode = (host: string, service: string | undefined): string => {
    // A service named by attribution: a manifest's, or a build module's (src/resolve/services.ts).
    const known = service ?? serviceByHost.get(host);
    if (known !== undefined) return serviceNode(known);
    return addNode({ id: `system:${host}`, kind: 'system', label: host, hosts: [host] });
  };
  const targetNode = (target: Target): { to: string; kind: LandscapeEdgeKind } | null => {
    const kind = edgeKindOfZone[target.zone];
    if (kind === undefined) return null; // self: a service's own paths are not an integration
    const host = target.host === null ? null : hostOnly(target.host);
    if (host === null || target.zone === 'unresolved') return { to: addNode({ id: 'unresolved', kind: 'unresolved', label: 'unresolved', hosts: [] }), kind };
    switch (target.zone) {
      case 'gateway':
        return { to: addNode({ id: 'gateway', kind: 'gateway', label: 'API gateway', hosts: [host] }), kind };
      case 'esb':
        return { to: addNode({ id: 'esb', kind: 'esb', label: 'ESB', hosts: [host] }), kind };
      case 'internal':
        return { to: internalNode(host, target.service), kind };
      case 'external':
        return { to: addNode({ id: `external:${host}`, kind: 'external', label: host, hosts: [host] }), kind };
      case 'local':
        return { to: addNode({ id: 'local', kind: 'local', label: 'localhost', hosts: [host] }), kind };
      default:
        return { to: addNode({ id: `unknown:${host}`, kind: 'unknown', label: host, hosts: [host] }), kind };
    }
  };
  const sourceNode = (call: ResolvedCall): string =>
    call.service !== undefined ? serviceNode(call.service) : addNode({ id: `repository:${repository}`, kind: 'repository', label: repository, hosts: [], repository });

  interface Building {
    edge: LandscapeEdge;
    calls: Set<number>;
    configs: Set<number>;
    findings: Set<string>;
  }
  const edges = new Map<string, Building>();
  const edgesOfCall: string[][] = [];
  const locKey = (file: string, line: number, column: number): string => `${file}:${line}:${column}`;
  const pointed = new Set<string>();
  for (const call of result.calls) if (call.point) pointed.add(locKey(call.point.file, call.point.line, call.point.column));

  result.calls.forEach((call, index) => {
    const from = sourceNode(call);
    const ids = new Set<string>();
    for (const target of call.targets) {
      const reached = targetNode(target);
      if (!reached) continue;
      const api = reached.kind === 'gateway' ? target.api : undefined;
      const id = edgeId(from, reached.to, reached.kind, api);
      ids.add(id);
      let building = edges.get(id);
      if (!building) {
        building = { edge: { id, from, to: reached.to, kind: reached.kind, calls: 0, worst: null, ...(api !== undefined ? { api } : {}) }, calls: new Set(), configs: new Set(), findings: new Set() };
        edges.set(id, building);
      }
      if (call.kind === 'call') building.calls.add(index);
      else if (!pointed.has(locKey(call.file, call.line, call.column))) building.configs.add(index);
    }
    edgesOfCall[index] = [...ids];
  });

  // Findings: on the edges of the calls at their location and related locations.
  const callsAt = new Map<string, number[]>();
  result.calls.forEach((call, index) => {
    for (const key of [locKey(call.file, call.line, call.column), ...(call.point ? [locKey(call.point.file, call.point.line, call.point.column)] : [])]) {
      const list = callsAt.get(key) ?? [];
      list.push(index);
      callsAt.set(key, list);
    }
  });
  const attach = (finding: Finding): void => {
    const indexes = new Set<number>();
    if (finding.callIndex !== undefined) indexes.add(finding.callIndex);
    if (finding.callIndex === undefined) return; // not about a call (an expired waiver, a manifest)
    for (const key of [locKey(finding.file, finding.line, finding.column), ...(finding.related ?? []).map((related) => locKey(related.file, related.line, related.column))]) {
      for (const index of callsAt.get(key) ?? []) indexes.add(index);
    }
    const kinds = ruleEdgeKinds[finding.ruleId];
    const ref: LandscapeFindingRef = { ruleId: finding.ruleId, severity: finding.severity, fingerprint: finding.fingerprint, ...(finding.suppressed ? { suppressed: true as const } : {}) };
    for (const index of indexes) {
      for (const id of edgesOfCall[index] ?? []) {
        const building = edges.get(id)!;
        if (building.edge.kind === 'local' || (kinds !== undefined && !kinds.includes(building.edge.kind))) continue;
        building.findings.add(finding.fingerprint);
        const worst = building.edge.worst;
        if (worst === null || severityRank(ref) > severityRank(worst) || (severityRank(ref) === severityRank(worst) && ref.fingerprint < worst.fingerprint)) building.edge.worst = ref;
      }
    }
  };
  for (const finding of result.findings) attach(finding);

  // Gateway routes: the backends of the catalogue APIs the code calls.
  const usedApis = new Set([...edges.values()].flatMap((building) => (building.edge.api === undefined ? [] : [building.edge.api])));
  for (const api of input.catalog ?? []) {
    if (!usedApis.has(api.name)) continue;
    for (const backend of api.backends) {
      if (backend.url === null) continue;
      let host: string;
      try {
        host = hostOnly(new URL(backend.url).host);
      } catch {
        continue;
      }
      const zone = input.zoneOf?.(host) ?? 'internal';
      const to = zone === 'external' ? addNode({ id: `external:${host}`, kind: 'external', label: host, hosts: [host] }) : internalNode(host, undefined);
      const id = edgeId('gateway', to, 'gateway', api.name);
      if (!edges.has(id)) edges.set(id, { edge: { id, from: 'gateway', to, kind: 'gateway', calls: 0, worst: null, api: api.name, route: true }, calls: new Set(), configs: new Set(), findings: new Set() });
      addNode({ id: 'gateway', kind: 'gateway', label: 'API gateway', hosts: [] });
    }
  }

  // Routes of the system's own gateways (Spring Cloud Gateway, Zuul, YARP, nginx; the report's gatewayRoutes): gateway → backend edges.
  for (const route of result.gatewayRoutes ?? []) {
    if (route.service === undefined) continue;
    const to = serviceNode(route.service);
    const id = edgeId('gateway', to, 'gateway', undefined);
    if (!edges.has(id)) edges.set(id, { edge: { id, from: 'gateway', to, kind: 'gateway', calls: 0, worst: null, route: true }, calls: new Set(), configs: new Set(), findings: new Set() });
    addNode({ id: 'gateway', kind: 'gateway', label: 'API gateway', hosts: [] });
  }

  const edgeList = [...edges.values()]
    .map((building) => ({ ...building.edge, calls: building.calls.size + building.configs.size, ...(building.findings.size > 0 ? { findings: [...building.findings].sort() } : {}) }))
    .sort(compareIds);
  const nodeList = [...nodes.values()].map((node) => ({ ...node, hosts: [...node.hosts].sort() })).sort(compareIds);
  return { version: 1, repository, nodes: nodeList, edges: edgeList };
}
