#!/usr/bin/env node
/**
 * A long fuzz campaign (issue 16): `npm run fuzz -- --cases 10000 [--seed 16]` runs test/security/fuzz.test.ts with
 * that many seeded cases per reader/extractor kind and prints, per kind, the cases run, crashes, hangs (a case
 * slower than 2 s), planted calls missed, planted calls found with their URL lost (tree-sitter error recovery), and the
 * slowest and total time. Exit 1 on a crash, a hang or a missed call.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index >= 0 && args[index + 1] !== undefined ? args[index + 1] : fallback;
};
const cases = Number(option('--cases', '10000'));
const seed = Number(option('--seed', '16'));
if (!Number.isInteger(cases) || cases < 1 || !Number.isInteger(seed)) {
  console.error('usage: npm run fuzz -- [--cases N] [--seed S]');
  process.exit(2);
}

const repo = path.resolve(import.meta.dirname, '..');
const dir = mkdtempSync(path.join(tmpdir(), 'arch-lint-fuzz-'));
const report = path.join(dir, 'report.json');
const started = Date.now();
const run = spawnSync(process.execPath, [path.join(repo, 'node_modules/vitest/vitest.mjs'), 'run', 'test/security/fuzz.test.ts'], {
  cwd: repo,
  stdio: ['ignore', 'inherit', 'inherit'],
  env: { ...process.env, FUZZ_CASES: String(cases), FUZZ_SEED: String(seed), FUZZ_REPORT: report },
});
const seconds = ((Date.now() - started) / 1000).toFixed(1);
let outcomes = [];
try {
  outcomes = JSON.parse(readFileSync(report, 'utf8'));
} catch {
  console.error('the fuzz run wrote no figures (see its output above)');
  process.exit(2);
}
rmSync(dir, { recursive: true, force: true });

const rows = outcomes.map((o) => [o.kind, o.cases, o.crashes, o.hangs, o.missed, o.degraded, o.maxMs.toFixed(0), (o.totalMs / 1000).toFixed(1)]);
const header = ['kind', 'cases', 'crashes', 'hangs', 'missed', 'url lost', 'slowest ms', 'total s'];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => String(row[column]).length)));
const line = (cells) => cells.map((cell, column) => String(cell).padEnd(widths[column])).join('  ');
console.log(`\narch-lint fuzz campaign: ${cases} cases per kind, seed ${seed}, ${seconds} s wall\n`);
console.log(line(header));
for (const row of rows) console.log(line(row));
const total = (key) => outcomes.reduce((sum, o) => sum + o[key], 0);
console.log(`\n${total('cases')} cases: ${total('crashes')} crashes, ${total('hangs')} hangs, ${total('missed')} planted calls missed, ${total('degraded')} found with their URL lost`);
for (const o of outcomes) for (const example of o.examples) console.log(`\n[${o.kind}] ${JSON.stringify(example).slice(0, 600)}`);
process.exit(run.status === 0 && total('crashes') + total('hangs') + total('missed') === 0 ? 0 : 1);
