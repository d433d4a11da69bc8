/**
 * `--service X --depth N`: the part of a landscape within N edges (either direction) of a service's node.
 */
import type { Landscape } from './types.js';

/** The node ids a service name (or node id, or label) stands for. */
export function nodesNamed(landscape: Landscape, name: string): string[] {
  const byId = landscape.nodes.filter((node) => node.id === name || node.id === `service:${name}`);
  if (byId.length > 0) return byId.map((node) => node.id);
  return landscape.nodes.filter((node) => node.label === name || node.id.endsWith(`/${name}`)).map((node) => node.id);
}

/** The nodes within `depth` edges of `start` and the edges between them; null when no node is named so. */
export function focusLandscape(landscape: Landscape, name: string, depth: number): Landscape | null {
  const start = nodesNamed(landscape, name);
  if (start.length === 0) return null;
  const neighbours = new Map<string, string[]>();
  for (const edge of landscape.edges) {
    neighbours.set(edge.from, [...(neighbours.get(edge.from) ?? []), edge.to]);
    neighbours.set(edge.to, [...(neighbours.get(edge.to) ?? []), edge.from]);
  }
  const kept = new Set(start);
  let frontier = start;
  for (let step = 0; step < depth && frontier.length > 0; step++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const other of neighbours.get(id) ?? []) {
        if (kept.has(other)) continue;
        kept.add(other);
        next.push(other);
      }
    }
    frontier = next;
  }
  const edges = landscape.edges.filter((edge) => kept.has(edge.from) && kept.has(edge.to));
  return { ...landscape, nodes: landscape.nodes.filter((node) => kept.has(node.id)), edges };
}
