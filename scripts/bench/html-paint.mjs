#!/usr/bin/env node
/* global performance, document -- evaluated in the page, not in Node */
// `node scripts/bench/html-paint.mjs <report.html>… [--runs n]`: opens each HTML report in headless Chromium
// (Debian's /usr/bin/chromium, or ARCH_LINT_CHROMIUM) and prints the median first contentful paint and the time until
// the landscape is drawn (body[data-landscape="ready"]), with the number of nodes and edges drawn. A figure to watch.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string', default: '3' } } });
const executablePath = process.env.ARCH_LINT_CHROMIUM || '/usr/bin/chromium';
if (!existsSync(executablePath)) throw new Error(`no Chromium at ${executablePath} (apt-get install -y chromium, or set ARCH_LINT_CHROMIUM)`);
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
try {
  for (const file of positionals) {
    const paints = [];
    const ready = [];
    let drawn = null;
    for (let run = 0; run < Number(values.runs); run++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
      const start = Date.now();
      await page.goto(pathToFileURL(path.resolve(file)).href);
      await page.waitForSelector('body[data-landscape="ready"]', { timeout: 120_000 });
      ready.push(Date.now() - start);
      paints.push(await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN));
      drawn = await page.evaluate(() => ({ nodes: document.querySelectorAll('#landscape g.node').length, edges: document.querySelectorAll('#landscape g.edge').length }));
      await page.close();
    }
    console.log(`${file}: first paint median ${Math.round(median(paints))} ms, landscape drawn median ${median(ready)} ms (runs: ${ready.join(', ')} ms); ${drawn.nodes} nodes, ${drawn.edges} edges drawn`);
  }
} finally {
  await browser.close();
}
