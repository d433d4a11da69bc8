/**
 * Beyond a threshold a landscape is too large to read (and to lay out quickly): services are drawn by system, and
 * hosts known only by name by their domain. Gateway, ESB, localhost and unresolved stay as they are. Edges between
 * the groups are merged (call sites summed, the worst finding kept); edges inside one group are left out.
 */
import { edgeId, findingRank as rank, foldEdge } from './build.js';
import type { Landscape, LandscapeEdge, LandscapeNode } from './types.js';

/** Nodes the HTML report draws one by one; above this it draws groups. */
export const AGGREGATE_ABOVE = 150;
/** Edges the HTML report lays out at most (violations and the most used first); the rest are counted, not drawn. */
const MAX_DRAWN_EDGES = 400;

function domainOf(host: string): string {
  if (/^[\d.]+$/.test(host) || host.includes(':')) return 'IP addresses';
  const labels = host.split('.');
  return labels.length <= 2 ? host : labels.slice(-2).join('.');
}

export interface Aggregated extends Landscape {
  /** Whether nodes were grouped. */
  aggregated: boolean;
  /** Edges left out of the drawing (over MAX_DRAWN_EDGES). */
  hiddenEdges: number;
}

const violationFirst = (a: LandscapeEdge, b: LandscapeEdge): number => Number(b.kind === 'direct') - Number(a.kind === 'direct') || rank(b.worst) - rank(a.worst) || b.calls - a.calls || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** At most `max` edges: direct integrations and the worst findings first, then the most call sites. */
export function capEdges(landscape: Aggregated, max = MAX_DRAWN_EDGES): Aggregated {
  if (landscape.edges.length <= max) return landscape;
  const kept = new Set([...landscape.edges].sort(violationFirst).slice(0, max));
  return { ...landscape, edges: landscape.edges.filter((edge) => kept.has(edge)), hiddenEdges: landscape.hiddenEdges + landscape.edges.length - max };
}

export function aggregateLandscape(landscape: Landscape, threshold = AGGREGATE_ABOVE): Aggregated {
  if (landscape.nodes.length <= threshold) return { ...landscape, aggregated: false, hiddenEdges: 0 };
  const groupOf = new Map<string, string>();
  const groups = new Map<string, LandscapeNode & { members: number }>();
  const place = (node: LandscapeNode, id: string, label: (members: number) => string, kind: LandscapeNode['kind']): void => {
    groupOf.set(node.id, id);
    const group = groups.get(id) ?? { id, kind, label: '', hosts: [], members: 0 };
    group.members++;
    group.label = label(group.members);
    groups.set(id, group);
  };
  for (const node of landscape.nodes) {
    if ((node.kind === 'service' || node.kind === 'repository') && node.system !== undefined) {
      place(node, `group:system:${node.system}`, (count) => `${node.system} (${count} services)`, 'service');
    } else if (node.kind === 'service' || node.kind === 'repository') {
      const repository = node.repository ?? 'services';
      place(node, `group:repository:${repository}`, (count) => `${repository} (${count} services)`, node.kind);
    } else if (node.kind === 'system' || node.kind === 'external' || node.kind === 'unknown') {
      const domain = domainOf(node.hosts[0] ?? node.label);
      place(node, `group:${node.kind}:${domain}`, (count) => `${domain} (${count} hosts)`, node.kind);
    } else {
      groupOf.set(node.id, node.id);
      groups.set(node.id, { ...node, members: 1 });
    }
  }
  const edges = new Map<string, LandscapeEdge>();
  for (const edge of landscape.edges) {
    const from = groupOf.get(edge.from) ?? edge.from;
    const to = groupOf.get(edge.to) ?? edge.to;
    if (from === to) continue;
    // One edge per kind between two groups: the APIs of gateway edges are merged too (kept when all agree).
    const existing = foldEdge(edges, edge, edgeId(from, to, edge.kind, undefined), from, to);
    if (!existing) continue;
    if (existing.api !== edge.api) delete existing.api;
    if (!edge.route) delete existing.route;
    existing.calls += edge.calls;
  }
  const nodes = [...groups.values()].map(({ members: _members, ...node }) => node).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { ...landscape, nodes, edges: [...edges.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)), aggregated: true, hiddenEdges: 0 };
}
