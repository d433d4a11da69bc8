/**
 * The landscape as a mermaid flowchart (`arch-lint graph --format mermaid`, the pull-request diagram). Node ids are
 * `n<index>`; labels are quoted with mermaid's entity escapes. Violations are red and thick, the approved ways green.
 */
import { edgeColours, edgeLabel, isViolation } from './style.js';
import type { Landscape, LandscapeEdge, LandscapeNode, LandscapeNodeKind } from './types.js';

/** Text safe inside a mermaid quoted label. */
export function mermaidText(text: string): string {
  return text.replace(/[&"<>#`\n\r]/g, (char) => `#${char.codePointAt(0)};`);
}

const shapes: Readonly<Record<LandscapeNodeKind, [string, string]>> = {
  service: ['[', ']'],
  repository: ['[', ']'],
  gateway: ['{{', '}}'],
  esb: ['[[', ']]'],
  system: ['[(', ')]'],
  external: ['>', ']'],
  local: ['(', ')'],
  unknown: ['[/', '/]'],
  unresolved: ['((', '))'],
};

export interface MermaidOptions {
  /** Extra edge classes: `added`/`removed` for the pull-request diagram. */
  edgeStatus?: ReadonlyMap<string, 'added' | 'removed'>;
}

export function formatMermaid(landscape: Pick<Landscape, 'nodes' | 'edges'>, options: MermaidOptions = {}): string {
  const ids = new Map<string, string>();
  const lines = ['flowchart LR'];
  landscape.nodes.forEach((node: LandscapeNode, index) => {
    const id = `n${index}`;
    ids.set(node.id, id);
    const [open, close] = shapes[node.kind];
    lines.push(`  ${id}${open}"${mermaidText(node.label)}"${close}`);
  });
  const styles: string[] = [];
  let index = 0;
  landscape.edges.forEach((edge: LandscapeEdge) => {
    const from = ids.get(edge.from);
    const to = ids.get(edge.to);
    if (from === undefined || to === undefined) return;
    const status = options.edgeStatus?.get(edge.id);
    const label = `${status === undefined ? '' : `${status}: `}${edgeLabel(edge)}`;
    const violation = isViolation(edge);
    const arrow = status === 'removed' ? '-.->' : violation ? '==>' : edge.kind === 'unverified' || edge.kind === 'local' ? '-.->' : '-->';
    lines.push(`  ${from} ${arrow}|"${mermaidText(label)}"| ${to}`);
    const colour = status === 'removed' ? '#9e9e9e' : violation ? edgeColours.direct : edgeColours[edge.kind];
    styles.push(`  linkStyle ${index} stroke:${colour},stroke-width:${violation ? 3 : 1.5}px${status === 'removed' ? ',stroke-dasharray:4' : ''}`);
    index++;
  });
  return `${[...lines, ...styles].join('\n')}\n`;
}
