/**
 * `arch-lint graph` as a subprocess on the example workspace: each format, checked by reading it back — the JSON
 * against the report schema's landscape, dot rendered by Graphviz (WASM build), mermaid parsed by mermaid itself in
 * headless Chromium (skipped without it) and by a reader of the subset we write — and `--service`/`--depth`.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { instance } from '@viz-js/viz';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { Landscape } from '../../src/landscape/types.js';
import { assertBuilt, repo, run } from '../cli/subprocess.js';
import { chromiumMissing, chromiumPath, launchChromium } from '../helpers/chromium.js';

const workspace = 'fixtures/example-workspace';
const args = (...extra: string[]): string[] => ['graph', workspace, '--now', '2026-11-24', ...extra];

beforeAll(assertBuilt);

function landscapeOf(...extra: string[]): Landscape {
  const outcome = run(args('--format', 'json', ...extra));
  expect(outcome.stderr).toBe('');
  expect(outcome.code).toBe(0);
  return JSON.parse(outcome.stdout) as Landscape;
}

/** Nodes and edges of the mermaid flowchart subset formatMermaid writes. */
function readMermaid(text: string): { nodes: string[]; edges: [string, string, string][] } {
  const lines = text.trim().split('\n');
  expect(lines[0]).toBe('flowchart LR');
  const nodes: string[] = [];
  const edges: [string, string, string][] = [];
  for (const line of lines.slice(1)) {
    const edge = /^ {2}(n\d+) (-->|==>|-\.->)\|"([^"]*)"\| (n\d+)$/.exec(line);
    const node = /^ {2}(n\d+)[[{(>/]+"([^"]*)"[\]})/]+$/.exec(line);
    if (edge) edges.push([edge[1]!, edge[4]!, edge[2]!]);
    else if (node) nodes.push(node[2]!);
    else expect(line).toMatch(/^ {2}linkStyle \d+ stroke:#[0-9a-f]{6},stroke-width:[\d.]+px/);
  }
  return { nodes, edges };
}

describe('arch-lint graph', () => {
  it('--format json is the landscape of the report, valid against the report schema', () => {
    const landscape = landscapeOf();
    const schema = JSON.parse(readFileSync(path.join(repo, 'schemas/report.schema.json'), 'utf8')) as { definitions: object };
    const validate = new Ajv({ strict: false }).compile({ definitions: schema.definitions, $ref: '#/definitions/landscape' });
    expect(validate(landscape), JSON.stringify(validate.errors)).toBe(true);
    expect(landscape.nodes).toHaveLength(12);
    expect(landscape.edges).toHaveLength(16);
  });

  it('--format mermaid: every node and edge, direct integrations drawn as violations (==>, red)', () => {
    const landscape = landscapeOf();
    const outcome = run(args());
    expect(outcome.code).toBe(0);
    const read = readMermaid(outcome.stdout);
    expect(read.nodes).toEqual(landscape.nodes.map((node) => node.label));
    expect(read.edges).toHaveLength(landscape.edges.length);
    const live = landscape.edges.filter((edge) => edge.kind === 'direct' && !edge.worst?.suppressed).length;
    expect(read.edges.filter((edge) => edge[2] === '==>')).toHaveLength(live);
    expect(outcome.stdout).toContain('stroke:#c62828,stroke-width:3px');
  });

  it('--format dot: Graphviz renders it with every node and edge', async () => {
    const landscape = landscapeOf();
    const outcome = run(args('--format', 'dot'));
    expect(outcome.code).toBe(0);
    const viz = await instance();
    const rendered = viz.renderJSON(outcome.stdout) as { objects: { name: string }[]; edges: unknown[] };
    expect(rendered.objects.map((object) => object.name).sort()).toEqual(landscape.nodes.map((node) => node.id).sort());
    expect(rendered.edges).toHaveLength(landscape.edges.length);
  });

  it('--service and --depth focus on one service; -o writes a file; unknown service and format are usage errors', () => {
    const depth1 = landscapeOf('--service', 'course-feedback');
    expect(depth1.nodes.map((node) => node.id)).toEqual(['external:api.openai.com', 'gateway', 'local', 'service:course-feedback', 'service:study-importer', 'system:sis-helsinki.funidata.fi', 'unresolved']);
    expect(depth1.edges.every((edge) => edge.from === 'service:course-feedback' || edge.to === 'service:course-feedback' || edge.from !== edge.to)).toBe(true);
    const depth0 = landscapeOf('--service', 'course-feedback', '--depth', '0');
    expect(depth0.nodes.map((node) => node.id)).toEqual(['service:course-feedback']);
    const depth2 = landscapeOf('--service', 'course-feedback', '--depth', '2');
    expect(depth2.nodes.map((node) => node.id)).toContain('service:room-booking');
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'arch-lint-graph-')), 'out/landscape.dot');
    const written = run(args('--format', 'dot', '-o', file));
    expect([written.code, written.stdout]).toEqual([0, '']);
    expect(readFileSync(file, 'utf8')).toMatch(/^digraph landscape \{/);
    const missing = run(args('--service', 'nope'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("no service 'nope'");
    const badFormat = run(args('--format', 'png'));
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain("unknown graph format 'png'");
  });

  it('--help lists every option', () => {
    const help = run(['graph', '--help']).stdout;
    for (const flag of ['--config', '--format', '--output', '--service', '--depth', '--now']) expect(help).toContain(flag);
  });
});

describe.skipIf(chromiumPath === null)(`mermaid renders the graph in Chromium${chromiumPath === null ? ` (${chromiumMissing})` : ''}`, () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('mermaid draws every node and edge of the example workspace', async () => {
    const landscape = landscapeOf();
    const diagram = run(args()).stdout;
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html><body></body></html>');
    await page.addScriptTag({ path: path.join(repo, 'node_modules/mermaid/dist/mermaid.min.js') });
    const drawn = await page.evaluate(async (text) => {
      const mermaid = (globalThis as unknown as { mermaid: { initialize(o: object): void; render(id: string, text: string): Promise<{ svg: string }> } }).mermaid;
      mermaid.initialize({ startOnLoad: false });
      const { svg } = await mermaid.render('landscape', text);
      const doc = (globalThis as unknown as { document: { body: { innerHTML: string }; querySelectorAll(selector: string): { length: number } } }).document;
      doc.body.innerHTML = svg;
      return { nodes: doc.querySelectorAll('g.node').length, edges: doc.querySelectorAll('path.flowchart-link').length };
    }, diagram);
    expect(drawn).toEqual({ nodes: landscape.nodes.length, edges: landscape.edges.length });
    await page.close();
  }, 60_000);
});
