/** How the diagrams draw each kind of edge and node: shared by mermaid, dot and the HTML report. */
import type { LandscapeEdge, LandscapeEdgeKind, LandscapeNodeKind } from './types.js';

/** Direct integrations are violations (red, thick); gateway and ESB edges the approved way (green); the rest grey. */
export const edgeColours: Readonly<Record<LandscapeEdgeKind, string>> = {
  direct: '#c62828',
  gateway: '#2e7d32',
  esb: '#2e7d32',
  external: '#6d4c41',
  local: '#9e9e9e',
  unverified: '#ef6c00',
};

export const nodeColours: Readonly<Record<LandscapeNodeKind, string>> = {
  service: '#e3f2fd',
  repository: '#e3f2fd',
  gateway: '#c8e6c9',
  esb: '#c8e6c9',
  system: '#fff3e0',
  external: '#efebe9',
  local: '#f5f5f5',
  unknown: '#ffe0b2',
  unresolved: '#ffcdd2',
};

/** An edge's label: its kind, the API, the number of call sites and the worst finding. */
export function edgeLabel(edge: LandscapeEdge): string {
  const parts: string[] = [edge.route ? 'route' : edge.kind];
  if (edge.api !== undefined) parts.push(edge.api);
  if (!edge.route) parts.push(`${edge.calls} call${edge.calls === 1 ? '' : 's'}`);
  if (edge.worst) parts.push(`${edge.worst.ruleId}${edge.worst.suppressed ? ' (suppressed)' : ''}`);
  return parts.join(' · ');
}

/** Whether an edge is drawn as a violation: a direct integration, or any edge carrying a live error. */
export function isViolation(edge: LandscapeEdge): boolean {
  return (edge.kind === 'direct' && !edge.worst?.suppressed) || (edge.worst !== null && !edge.worst.suppressed && edge.worst.severity === 'error');
}
