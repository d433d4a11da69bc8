/**
 * The landscape as a Graphviz digraph (`arch-lint graph --format dot`): node ids are the landscape's ids, quoted;
 * violations red and bold, the approved ways green, unverified dashed.
 */
import { edgeColours, edgeLabel, isViolation, nodeColours } from './style.js';
import type { Landscape, LandscapeNodeKind } from './types.js';

/** A DOT double-quoted string. */
export function dotString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n')}"`;
}

const shapes: Readonly<Record<LandscapeNodeKind, string>> = {
  service: 'box',
  repository: 'box',
  gateway: 'hexagon',
  esb: 'hexagon',
  system: 'cylinder',
  external: 'component',
  local: 'ellipse',
  unknown: 'parallelogram',
  unresolved: 'octagon',
};

export function formatDot(landscape: Pick<Landscape, 'nodes' | 'edges'>): string {
  const lines = ['digraph landscape {', '  rankdir=LR;', '  node [fontname="Helvetica", style="filled,rounded"];', '  edge [fontname="Helvetica", fontsize=10];'];
  for (const node of landscape.nodes) {
    lines.push(`  ${dotString(node.id)} [label=${dotString(node.label)}, shape=${shapes[node.kind]}, fillcolor=${dotString(nodeColours[node.kind])}];`);
  }
  for (const edge of landscape.edges) {
    const violation = isViolation(edge);
    const colour = violation ? edgeColours.direct : edgeColours[edge.kind];
    const style = edge.kind === 'unverified' || edge.kind === 'local' || edge.route ? 'dashed' : violation ? 'bold' : 'solid';
    lines.push(`  ${dotString(edge.from)} -> ${dotString(edge.to)} [label=${dotString(edgeLabel(edge))}, color=${dotString(colour)}, style=${style}${violation ? ', penwidth=2' : ''}];`);
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
