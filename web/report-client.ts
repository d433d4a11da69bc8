/**
 * The script of the HTML report (`--format html`), bundled with @dagrejs/dagre by scripts/bundle-html-client.mjs at
 * build time and inlined into every report: it lays out the landscape embedded in the page, draws it as SVG with pan
 * (drag) and zoom (wheel), and filters the findings table by rule, severity, service, or a clicked node or edge.
 * It makes no network request. The page is readable before it runs: summary and tables are in the HTML.
 */
import dagre from '@dagrejs/dagre';
import { edgeColours, isViolation, nodeColours, edgeLabel } from '../src/landscape/style.js';
import type { LandscapeEdge, LandscapeNode } from '../src/landscape/types.js';

interface PageData {
  nodes: LandscapeNode[];
  edges: LandscapeEdge[];
  aggregated: boolean;
}

const SVG = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(name: K, attributes: Record<string, string | number>, parent?: Element): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  parent?.appendChild(element);
  return element;
}

const data = JSON.parse(document.getElementById('arch-lint-data')!.textContent!) as PageData;
const rows = [...document.querySelectorAll<HTMLTableRowElement>('#findings tbody tr.finding')];
const filters = {
  rule: document.getElementById('filter-rule') as HTMLSelectElement,
  severity: document.getElementById('filter-severity') as HTMLSelectElement,
  service: document.getElementById('filter-service') as HTMLSelectElement,
};
const selectionLabel = document.getElementById('selection')!;
const clearButton = document.getElementById('clear-selection') as HTMLButtonElement;
let selected: { label: string; fingerprints: Set<string>; service: string | null } | null = null;
/** Whether the pointer moved since it went down: the click that ends a drag selects nothing. */
let dragged = false;

function fillOptions(select: HTMLSelectElement, attribute: string): void {
  const values = [...new Set(rows.map((row) => row.dataset[attribute] ?? '').filter((value) => value !== ''))].sort();
  for (const value of values) {
    const option = document.createElement('option');
    option.value = value;
    option.textContent = value;
    select.appendChild(option);
  }
}
fillOptions(filters.rule, 'rule');
fillOptions(filters.service, 'service');

function applyFilters(): void {
  let shown = 0;
  for (const row of rows) {
    const visible =
      (filters.rule.value === '' || row.dataset.rule === filters.rule.value) &&
      (filters.severity.value === '' || row.dataset.severity === filters.severity.value) &&
      (filters.service.value === '' || row.dataset.service === filters.service.value) &&
      (selected === null || selected.fingerprints.has(row.dataset.fingerprint ?? '') || (selected.service !== null && row.dataset.service === selected.service));
    row.hidden = !visible;
    const details = row.nextElementSibling as HTMLTableRowElement | null;
    if (details?.classList.contains('evidence')) details.hidden = !visible;
    if (visible) shown++;
  }
  document.getElementById('findings-shown')!.textContent = `${shown} of ${rows.length} shown`;
  selectionLabel.textContent = selected === null ? '' : `Selected: ${selected.label}`;
  clearButton.hidden = selected === null;
  for (const element of document.querySelectorAll('#landscape .selected')) element.classList.remove('selected');
}
for (const select of Object.values(filters)) select.addEventListener('change', applyFilters);
clearButton.addEventListener('click', () => {
  selected = null;
  applyFilters();
});

function select(element: Element, label: string, fingerprints: Iterable<string>, service: string | null): void {
  selected = { label, fingerprints: new Set(fingerprints), service };
  applyFilters();
  element.classList.add('selected');
}

function nodeSize(node: LandscapeNode): { width: number; height: number } {
  return { width: Math.min(320, Math.max(70, node.label.length * 7 + 24)), height: 34 };
}

function draw(): void {
  // One layout edge per pair of nodes: parallel edges (different kinds) share its route.
  const graph = new dagre.graphlib.Graph();
  graph.setGraph({ rankdir: 'LR', nodesep: 18, ranksep: 90, edgesep: 8, marginx: 20, marginy: 20 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const node of data.nodes) graph.setNode(node.id, { ...nodeSize(node) });
  for (const edge of data.edges) if (edge.from !== edge.to) graph.setEdge(edge.from, edge.to, {});
  dagre.layout(graph);

  const host = document.getElementById('landscape')!;
  const canvas = svg('svg', { width: '100%', height: '100%', role: 'img', 'aria-label': 'Integration landscape' }, host);
  const defs = svg('defs', {}, canvas);
  for (const [name, colour] of Object.entries(edgeColours)) {
    const marker = svg('marker', { id: `arrow-${name}`, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' }, defs);
    svg('path', { d: 'M 0 0 L 10 5 L 0 10 z', fill: colour }, marker);
  }
  const viewport = svg('g', { class: 'viewport' }, canvas);
  const fingerprintsOfNode = new Map<string, Set<string>>();
  for (const edge of data.edges) {
    for (const end of [edge.from, edge.to]) {
      const set = fingerprintsOfNode.get(end) ?? new Set<string>();
      for (const fingerprint of edge.findings ?? []) set.add(fingerprint);
      fingerprintsOfNode.set(end, set);
    }
    const points: { x: number; y: number }[] = (graph.edge(edge.from, edge.to) as { points?: { x: number; y: number }[] } | undefined)?.points ?? [];
    const violation = isViolation(edge);
    const colour = violation ? edgeColours.direct : edgeColours[edge.kind];
    const group = svg('g', { class: `edge kind-${edge.kind}${violation ? ' violation' : ''}`, 'data-id': edge.id }, viewport);
    const d = points.map((point, index) => `${index === 0 ? 'M' : 'L'} ${point.x.toFixed(1)} ${point.y.toFixed(1)}`).join(' ');
    svg('path', { d, class: 'hit', stroke: 'transparent', 'stroke-width': 10, fill: 'none' }, group);
    const line = svg('path', { d, class: 'line', stroke: colour, 'stroke-width': violation ? 3 : 1.5, fill: 'none', 'marker-end': `url(#arrow-${violation ? 'direct' : edge.kind})` }, group);
    if (edge.kind === 'unverified' || edge.kind === 'local' || edge.route) line.setAttribute('stroke-dasharray', '5 4');
    svg('title', {}, group).textContent = `${edge.from.replace(/^[a-z]+:/, '')} → ${edge.to.replace(/^[a-z]+:/, '')}: ${edgeLabel(edge)}`;
    group.addEventListener('click', (event) => {
      event.stopPropagation();
      if (dragged) return;
      select(group, `${edge.from} → ${edge.to} (${edge.kind})`, edge.findings ?? [], null);
    });
  }
  for (const node of data.nodes) {
    const box = graph.node(node.id);
    const { width, height } = nodeSize(node);
    const group = svg('g', { class: `node kind-${node.kind}`, 'data-id': node.id, transform: `translate(${(box.x - width / 2).toFixed(1)},${(box.y - height / 2).toFixed(1)})` }, viewport);
    svg('rect', { width, height, rx: node.kind === 'service' ? 4 : 14, fill: nodeColours[node.kind], stroke: '#546e7a' }, group);
    const text = svg('text', { x: width / 2, y: height / 2 + 4, 'text-anchor': 'middle' }, group);
    text.textContent = node.label.length > 44 ? `${node.label.slice(0, 42)}…` : node.label;
    svg('title', {}, group).textContent = `${node.label} (${node.kind}${node.system ? `, system ${node.system}` : ''})${node.hosts.length > 0 ? `\n${node.hosts.join('\n')}` : ''}`;
    group.addEventListener('click', (event) => {
      event.stopPropagation();
      if (dragged) return;
      select(group, node.label, fingerprintsOfNode.get(node.id) ?? [], node.kind === 'service' ? node.label : null);
    });
  }

  // Pan (drag) and zoom (wheel, around the pointer); fit the drawing at first.
  const size = graph.graph();
  const bounds = host.getBoundingClientRect();
  let scale = Math.min(1, bounds.width / Math.max(1, size.width ?? 1), bounds.height / Math.max(1, size.height ?? 1));
  let x = (bounds.width - (size.width ?? 0) * scale) / 2;
  let y = 0;
  const apply = (): void => viewport.setAttribute('transform', `translate(${x.toFixed(1)},${y.toFixed(1)}) scale(${scale.toFixed(4)})`);
  apply();
  canvas.addEventListener('wheel', (event) => {
    event.preventDefault();
    const rect = canvas.getBoundingClientRect();
    const px = event.clientX - rect.left;
    const py = event.clientY - rect.top;
    const factor = Math.exp(-event.deltaY * 0.0015);
    const next = Math.min(8, Math.max(0.05, scale * factor));
    x = px - ((px - x) * next) / scale;
    y = py - ((py - y) * next) / scale;
    scale = next;
    apply();
  }, { passive: false });
  let drag: { x: number; y: number; moved: boolean } | null = null;
  canvas.addEventListener('pointerdown', (event) => {
    drag = { x: event.clientX, y: event.clientY, moved: false };
    dragged = false;
  });
  window.addEventListener('pointermove', (event) => {
    if (!drag) return;
    const dx = event.clientX - drag.x;
    const dy = event.clientY - drag.y;
    if (Math.abs(dx) + Math.abs(dy) > 2) drag.moved = dragged = true;
    x += dx;
    y += dy;
    drag.x = event.clientX;
    drag.y = event.clientY;
    apply();
  });
  window.addEventListener('pointerup', () => (drag = null));
  canvas.addEventListener('click', () => {
    if (!dragged && selected !== null) {
      selected = null;
      applyFilters();
    }
  });
  document.body.dataset.landscape = 'ready';
}

applyFilters();
// Let the summary and tables paint first; the layout of a large landscape takes a moment.
requestAnimationFrame(() => setTimeout(draw, 0));
