/**
 * `--format html` seen the way a person sees it: the built CLI writes the example workspace's report, headless
 * Chromium (Debian's package, driven by playwright-core) opens it from disk. The page loads with no console error and
 * no network request, draws as many nodes and edges as the report's landscape has, filters the findings when a
 * service is clicked or a filter is chosen, shows evidence and unresolved calls; a 1,000-node landscape paints within
 * 2 s and is drawn grouped. Skipped, saying why, where Chromium is absent.
 * With ARCH_LINT_SCREENSHOTS=1 the screenshot goes to docs/images/landscape-example.png (the README's picture).
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { LintResult } from '../../src/model.js';
import type { Landscape } from '../../src/landscape/types.js';
import { assertBuilt, repo, run } from '../cli/subprocess.js';
import { chromiumMissing, chromiumPath, launchChromium } from '../helpers/chromium.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'arch-lint-html-'));

interface Opened {
  page: Page;
  requests: string[];
  errors: string[];
}

async function open(browser: Browser, file: string): Promise<Opened> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  const url = pathToFileURL(file).href;
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => {
    if (request.url() !== url) requests.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await page.waitForSelector('body[data-landscape="ready"]', { timeout: 20_000 });
  return { page, requests, errors };
}

/** A valid report whose landscape has `services` services (in systems of 10) calling `hosts` internal hosts. */
function syntheticReport(services: number, hosts: number): LintResult {
  const nodes: Landscape['nodes'] = [];
  const edges: Landscape['edges'] = [];
  for (let index = 0; index < services; index++) nodes.push({ id: `service:s${index}`, kind: 'service', label: `service-${index}`, hosts: [`s${index}.svc`], system: `system-${Math.floor(index / 10)}`, repository: 'big' });
  for (let index = 0; index < hosts; index++) nodes.push({ id: `system:h${index}.d${index % 40}.example`, kind: 'system', label: `h${index}.d${index % 40}.example`, hosts: [`h${index}.d${index % 40}.example`] });
  for (let index = 0; index < hosts * 4; index++) {
    const from = `service:s${(index * 7) % services}`;
    const to = nodes[services + ((index * 11) % hosts)]!.id;
    edges.push({ id: `${from}->${to}#direct#${index}`, from, to, kind: 'direct', calls: 1, worst: null });
  }
  return {
    version: 1,
    tool: { name: 'arch-lint', version: '0.1.0' },
    root: '/big',
    config: { file: null, extends: [] },
    calls: [],
    findings: [],
    problems: [],
    rules: [],
    unboundEnv: [],
    summary: { files: 0, calls: 0, errors: 0, warnings: 0, suppressed: 0 },
    landscape: { version: 1, repository: 'big', nodes, edges },
  };
}

beforeAll(assertBuilt);

describe.skipIf(chromiumPath === null)(`the HTML report in Chromium${chromiumPath === null ? ` (${chromiumMissing})` : ''}`, () => {
  let browser: Browser;
  let report: LintResult;
  const htmlFile = path.join(scratch, 'report.html');

  beforeAll(async () => {
    const jsonFile = path.join(scratch, 'report.json');
    const outcome = run(['fixtures/example-workspace', '--now', '2026-11-24', '--format', 'html', '--output', htmlFile, '--format', 'json', '--output', jsonFile]);
    expect(outcome.code, outcome.stderr).toBe(1);
    report = JSON.parse(readFileSync(jsonFile, 'utf8')) as LintResult;
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('loads with no console error and no network request, and draws every node and edge of the landscape', async () => {
    const { page, requests, errors } = await open(browser, htmlFile);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    expect(await page.locator('#landscape g.node').count()).toBe(report.landscape!.nodes.length);
    expect(await page.locator('#landscape g.edge').count()).toBe(report.landscape!.edges.length);
    expect(await page.locator('#landscape g.edge.violation').count()).toBe(report.landscape!.edges.filter((edge) => edge.kind === 'direct' && !edge.worst?.suppressed).length);
    const summary = await page.locator('#summary').innerText();
    expect(summary).toContain(`${report.summary.errors}\nerrors`);
    const screenshot = await page.screenshot({ fullPage: false });
    const target = process.env.ARCH_LINT_SCREENSHOTS === '1' ? path.join(repo, 'docs/images/landscape-example.png') : path.join(scratch, 'landscape-example.png');
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, screenshot);
    await page.close();
  }, 30_000);

  it('clicking a service filters the findings to it; clicking the background clears; the filters filter', async () => {
    const { page } = await open(browser, htmlFile);
    const visibleServices = async (): Promise<string[]> => page.locator('#findings tr.finding:visible').evaluateAll((rows) => rows.map((row) => (row as unknown as { dataset: { service: string } }).dataset.service));
    expect(await visibleServices()).toHaveLength(report.findings.length);
    await page.locator('#landscape g.node[data-id="service:room-booking"]').click();
    const shown = await visibleServices();
    expect(shown).toEqual(['room-booking', 'room-booking']);
    expect(await page.locator('#selection').innerText()).toBe('Selected: room-booking');
    const box = (await page.locator('#landscape').boundingBox())!;
    await page.mouse.click(box.x + 10, box.y + box.height - 10);
    expect(await visibleServices()).toHaveLength(report.findings.length);
    expect(await page.locator('#selection').innerText()).toBe('');
    await page.locator('#landscape g.node[data-id="service:room-booking"]').click();
    await page.locator('#clear-selection').click();
    expect(await visibleServices()).toHaveLength(report.findings.length);
    await page.locator('#landscape g.edge[data-id="service:course-feedback->service:study-importer#direct"]').dispatchEvent('click');
    const onEdge = await page.locator('#findings tr.finding:visible').evaluateAll((rows) => rows.map((row) => (row as unknown as { dataset: { rule: string } }).dataset.rule));
    expect(onEdge.sort()).toEqual(['no-direct-integration', 'undeclared-integration']);
    await page.locator('#clear-selection').click();
    await page.selectOption('#filter-rule', 'undeclared-integration');
    expect(await visibleServices()).toHaveLength(report.findings.filter((finding) => finding.ruleId === 'undeclared-integration').length);
    await page.selectOption('#filter-rule', '');
    await page.selectOption('#filter-severity', 'warning');
    expect(await visibleServices()).toHaveLength(report.findings.filter((finding) => finding.severity === 'warning').length);
    await page.selectOption('#filter-severity', '');
    await page.selectOption('#filter-service', 'thesis-archive');
    expect(await visibleServices()).toEqual(['thesis-archive']);
    await page.close();
  }, 30_000);

  it('pans by dragging and zooms with the wheel; a drag neither selects nor clears', async () => {
    const { page } = await open(browser, htmlFile);
    const transform = async (): Promise<{ x: number; y: number; scale: number }> => {
      const value = (await page.locator('#landscape g.viewport').getAttribute('transform')) ?? '';
      const match = /translate\(([-\d.]+),([-\d.]+)\) scale\(([-\d.]+)\)/.exec(value)!;
      return { x: Number(match[1]), y: Number(match[2]), scale: Number(match[3]) };
    };
    await page.locator('#landscape g.node[data-id="service:room-booking"]').click();
    const before = await transform();
    const box = (await page.locator('#landscape').boundingBox())!;
    // An empty corner of the drawing area.
    await page.mouse.move(box.x + 10, box.y + box.height - 10);
    await page.mouse.down();
    await page.mouse.move(box.x + 110, box.y + box.height - 60, { steps: 5 });
    await page.mouse.up();
    const panned = await transform();
    expect(panned.x - before.x).toBeCloseTo(100, 0);
    expect(panned.y - before.y).toBeCloseTo(-50, 0);
    expect(await page.locator('#selection').innerText()).toBe('Selected: room-booking');
    await page.mouse.wheel(0, -300);
    await expect.poll(async () => (await transform()).scale).toBeGreaterThan(panned.scale);
    await page.close();
  }, 30_000);

  it("shows each finding's evidence chain and related locations, and the unresolved calls", async () => {
    const { page } = await open(browser, htmlFile);
    const text = await page.locator('#findings').innerText();
    expect(text).toContain('binding IMPORTER_URL = http://importer-api.study-importer.svc.cluster.local:3000');
    expect(text).toContain('course-feedback/src/services/studyRights.ts:21:3');
    const unresolved = await page.locator('#unresolved tbody tr').allInnerTexts();
    expect(unresolved).toHaveLength(report.calls.filter((call) => call.targets.some((target) => target.zone === 'unresolved')).length);
    expect(unresolved[0]).toContain('course-feedback/src/services/summaries.ts:30');
    await page.close();
  }, 30_000);

  it('a 1,000-node landscape: first paint within 2 s, drawn grouped by system and domain, at most 400 edges', async () => {
    const big = syntheticReport(300, 700);
    const bigJson = path.join(scratch, 'big.json');
    const bigHtml = path.join(scratch, 'big.html');
    writeFileSync(bigJson, JSON.stringify(big));
    const outcome = run(['format', bigJson, '--format', 'html', '--output', bigHtml]);
    expect(outcome.code, outcome.stderr).toBe(0);
    const { page, errors, requests } = await open(browser, bigHtml);
    const paint = await page.evaluate(() => (globalThis as unknown as { performance: { getEntriesByName(name: string): { startTime: number }[] } }).performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
    expect(paint).not.toBeNull();
    expect(paint!).toBeLessThanOrEqual(2000);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    const drawn = await page.locator('#landscape g.node').count();
    expect(drawn).toBe(30 + 40);
    expect(await page.locator('.legend').innerText()).toContain('Grouped');
    // Beyond 400 integrations, the direct ones and the most used are drawn, and the legend says how many.
    expect(await page.locator('#landscape g.edge').count()).toBe(400);
    expect(await page.locator('.legend').innerText()).toMatch(/400 of \d+ integrations drawn/);
    await page.close();
  }, 60_000);
});
