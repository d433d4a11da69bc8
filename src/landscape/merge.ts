/**
 * One landscape for the organisation: the landscapes of many repositories' JSON reports joined into one. A call's
 * target host is joined to the repository and service that serves it (the hosts a report records for its services:
 * manifests, Routes, Ingresses, Services, compose names), so edges connect services across repositories. Services
 * are namespaced by repository (`service:<repository>/<name>`); the gateway, the ESB, localhost, unresolved and hosts
 * nobody serves are shared. Conflicts are reported, never merged silently: a repository seen twice keeps its first
 * report; reports of different arch-lint versions are merged with a warning.
 */
import { edgeId, foldEdge } from './build.js';
import type { Landscape, LandscapeEdge, LandscapeNode } from './types.js';

export interface MergeInput {
  /** Where the report came from (as given on the command line). */
  report: string;
  toolVersion: string;
  landscape: Landscape;
}

export interface MergeProblem {
  /** The report concerned, or null for the merge as a whole. */
  report: string | null;
  severity: 'error' | 'warning';
  message: string;
}

/** `arch-lint merge --format json` (schemas/landscape.schema.json). */
export interface MergedLandscape {
  version: 1;
  repositories: { name: string; report: string; toolVersion: string }[];
  nodes: LandscapeNode[];
  edges: LandscapeEdge[];
  problems: MergeProblem[];
}

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Host names that mean one thing across the organisation: not single-label names (compose and in-cluster short names). */
const joinable = (host: string): boolean => host.includes('.');

export function mergeLandscapes(inputs: readonly MergeInput[], extraProblems: readonly MergeProblem[] = []): MergedLandscape {
  const problems: MergeProblem[] = [...extraProblems];
  const kept: MergeInput[] = [];
  const seen = new Map<string, string>();
  for (const input of inputs) {
    const first = seen.get(input.landscape.repository);
    if (first !== undefined) {
      problems.push({ report: input.report, severity: 'error', message: `repository '${input.landscape.repository}' is already merged from ${first}: this report was left out (two reports of one repository: is one stale?)` });
      continue;
    }
    seen.set(input.landscape.repository, input.report);
    kept.push(input);
  }
  const versions = [...new Set(kept.map((input) => input.toolVersion))].sort();
  if (versions.length > 1) {
    const byVersion = versions.map((version) => `${version} (${kept.filter((input) => input.toolVersion === version).map((input) => input.report).join(', ')})`);
    problems.push({ report: null, severity: 'warning', message: `reports were written by different arch-lint versions: ${byVersion.join('; ')}; merged, but what they find may differ` });
  }

  // Which merged node serves each host: services of every repository.
  const local = (repository: string, id: string): string => {
    if (id.startsWith('service:')) return `service:${repository}/${id.slice('service:'.length)}`;
    if (id.startsWith('repository:')) return `repository:${repository}`;
    return id;
  };
  const servedBy = new Map<string, string>();
  const nodes = new Map<string, LandscapeNode>();
  for (const input of kept) {
    const repository = input.landscape.repository;
    for (const node of input.landscape.nodes) {
      if (node.kind !== 'service' && node.kind !== 'repository') continue;
      const id = local(repository, node.id);
      nodes.set(id, { ...node, id, repository });
      for (const host of node.hosts) {
        if (!joinable(host)) continue;
        const claimed = servedBy.get(host);
        if (claimed === undefined) servedBy.set(host, id);
        else if (claimed !== id) problems.push({ report: input.report, severity: 'warning', message: `host '${host}' is served by both ${claimed} and ${id}: calls to it are joined to ${claimed}` });
      }
    }
  }

  const edges = new Map<string, LandscapeEdge>();
  for (const input of kept) {
    const repository = input.landscape.repository;
    const ownNodes = new Map(input.landscape.nodes.map((node) => [node.id, node]));
    const resolve = (id: string): string => {
      const node = ownNodes.get(id);
      if (node && (node.kind === 'system' || node.kind === 'unknown' || node.kind === 'external')) {
        const served = node.hosts.map((host) => servedBy.get(host)).find((found) => found !== undefined);
        if (served !== undefined) return served;
      }
      const merged = local(repository, id);
      if (!nodes.has(merged) && node) nodes.set(merged, merged === id ? { ...node } : { ...node, id: merged, repository });
      else if (node && merged === id) {
        const existing = nodes.get(merged)!;
        for (const host of node.hosts) if (!existing.hosts.includes(host)) existing.hosts.push(host);
      }
      return merged;
    };
    for (const edge of input.landscape.edges) {
      const from = resolve(edge.from);
      const to = resolve(edge.to);
      const existing = foldEdge(edges, edge, edgeId(from, to, edge.kind, edge.api), from, to);
      // The same gateway route seen from several repositories: one edge.
      if (existing && !edge.route) existing.calls += edge.calls;
    }
  }
  return {
    version: 1,
    repositories: kept.map((input) => ({ name: input.landscape.repository, report: input.report, toolVersion: input.toolVersion })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
    nodes: [...nodes.values()].map((node) => ({ ...node, hosts: [...node.hosts].sort() })).sort(byId),
    edges: [...edges.values()].sort(byId),
    problems,
  };
}
