/** Large landscapes in the HTML report: grouping by system and domain beyond a threshold, and the cap on drawn edges. */
import { describe, expect, it } from 'vitest';
import { aggregateLandscape, capEdges } from '../../src/landscape/aggregate.js';
import type { Landscape, LandscapeEdge, LandscapeNode } from '../../src/landscape/types.js';

const service = (name: string, system?: string): LandscapeNode => ({ id: `service:${name}`, kind: 'service', label: name, hosts: [], ...(system ? { system } : {}), repository: 'r' });
const host = (name: string): LandscapeNode => ({ id: `system:${name}`, kind: 'system', label: name, hosts: [name] });
const edge = (from: string, to: string, extra: Partial<LandscapeEdge> = {}): LandscapeEdge => ({ id: `${from}->${to}#direct`, from, to, kind: 'direct', calls: 1, worst: null, ...extra });

describe('aggregateLandscape', () => {
  const landscape: Landscape = {
    version: 1,
    repository: 'r',
    nodes: [service('a', 'sys1'), service('b', 'sys1'), service('c'), host('x.one.example'), host('y.one.example'), { id: 'gateway', kind: 'gateway', label: 'API gateway', hosts: [] }],
    edges: [
      edge('service:a', 'system:x.one.example', { worst: { ruleId: 'r', severity: 'warning', fingerprint: 'f1' }, findings: ['f1'] }),
      edge('service:b', 'system:y.one.example', { calls: 2, worst: { ruleId: 'r', severity: 'error', fingerprint: 'f2' }, findings: ['f2'] }),
      edge('service:a', 'service:b'),
      { ...edge('service:a', 'gateway'), id: 'a-gw-1', kind: 'gateway', api: 'One' },
      { ...edge('service:b', 'gateway'), id: 'b-gw-2', kind: 'gateway', api: 'Two' },
    ],
  };

  it('leaves a landscape within the threshold as it is', () => {
    expect(aggregateLandscape(landscape, 10)).toEqual({ ...landscape, aggregated: false, hiddenEdges: 0 });
  });

  it('groups services by system and hosts by domain; merges edges between groups, drops edges inside one', () => {
    const grouped = aggregateLandscape(landscape, 3);
    expect(grouped.aggregated).toBe(true);
    expect(grouped.nodes.map((node) => `${node.id} ${node.label}`)).toEqual(['gateway API gateway', 'group:repository:r r (1 services)', 'group:system:one.example one.example (2 hosts)', 'group:system:sys1 sys1 (2 services)']);
    expect(grouped.edges.map((e) => `${e.id} ${e.calls} ${e.worst?.fingerprint} ${e.findings?.join(',')} ${e.api}`)).toEqual([
      'group:system:sys1->gateway#gateway 2 undefined undefined undefined',
      'group:system:sys1->group:system:one.example#direct 3 f2 f1,f2 undefined',
    ]);
  });

  it('capEdges keeps direct integrations and the worst first, and counts the rest', () => {
    const many = { ...landscape, aggregated: false, hiddenEdges: 0 };
    const capped = capEdges(many, 2);
    expect(capped.edges.map((e) => e.id)).toEqual(['service:a->system:x.one.example#direct', 'service:b->system:y.one.example#direct']);
    expect(capped.hiddenEdges).toBe(3);
  });
});
