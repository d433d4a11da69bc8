#!/usr/bin/env node
// `node scripts/bench/language-overhead.mjs [size] [--runs N]` (after `npm run build`): what registering the
// tree-sitter languages costs a TypeScript-only scan (issue 5: at most 5%). It copies dist/ to a temporary
// variant whose extractor registry lists TypeScript/JavaScript only, then scans the TS/JS part of the bench corpus
// (bench-corpus/<size>/packages) with both builds, alternating runs so machine load hits both alike, and prints
// the medians of wall time and of user+system CPU time (the steadier figure on a shared machine).
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { bundleCli } from '../bundle-cli.mjs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { median } from './measure.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string', default: '7' } } });
const size = positionals[0] ?? '2000';
const runs = Number(values.runs);
const corpus = path.join(repoRoot, 'bench-corpus', size, 'packages');
if (!existsSync(corpus)) throw new Error(`${corpus} is missing: run "npm run bench -- ${size}" once to generate the corpus`);

/** A copy of the built CLI whose registry knows TypeScript/JavaScript only. */
async function tsOnlyVariant() {
  const dir = mkdtempSync(path.join(tmpdir(), 'arch-lint-ts-only-'));
  cpSync(path.join(repoRoot, 'dist'), path.join(dir, 'dist'), { recursive: true });
  cpSync(path.join(repoRoot, 'bin'), path.join(dir, 'bin'), { recursive: true });
  cpSync(path.join(repoRoot, 'package.json'), path.join(dir, 'package.json'));
  symlinkSync(path.join(repoRoot, 'schemas'), path.join(dir, 'schemas'));
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'));
  const registry = path.join(dir, 'dist/extract/index.js');
  const lines = readFileSync(registry, 'utf8').split('\n');
  const unregistered = lines.filter((line) => !/^\s*(python|java|kotlin|go|csharp|php|ruby|vue|svelte): async/.test(line));
  if (lines.length - unregistered.length !== 9) throw new Error('the extractor registry changed shape; update language-overhead.mjs');
  writeFileSync(registry, unregistered.join('\n'));
  // bin/ runs the bundle: bundle the edited copy as the build does.
  await bundleCli(dir);
  return dir;
}

function timeScan(root) {
  const report = path.join(tmpdir(), `arch-lint-overhead-${process.pid}.json`);
  const child = spawnSync('/usr/bin/time', ['-f', '%e %U %S', process.execPath, path.join(root, 'bin/arch-lint.js'), corpus, '--format', 'json', '--output', report], { encoding: 'utf8' });
  if (child.status !== 0 && child.status !== 1) throw new Error(`scan failed: ${child.stderr}`);
  const [wall, user, system] = child.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  const files = JSON.parse(readFileSync(report, 'utf8')).summary.files;
  rmSync(report, { force: true });
  return { wall, cpu: user + system, files };
}

const variant = await tsOnlyVariant();
try {
  const withLanguages = [];
  const tsOnly = [];
  timeScan(repoRoot); // warm the file system cache and the compiler's code cache
  for (let i = 0; i < runs; i++) {
    withLanguages.push(timeScan(repoRoot));
    tsOnly.push(timeScan(variant));
  }
  const summary = (samples) => ({ wallSeconds: median(samples.map((s) => s.wall)), cpuSeconds: median(samples.map((s) => s.cpu)), files: samples[0].files });
  const registered = summary(withLanguages);
  const unregistered = summary(tsOnly);
  console.log(JSON.stringify({ corpus: path.relative(repoRoot, corpus), runs, registered, unregistered, wallOverhead: registered.wallSeconds / unregistered.wallSeconds - 1, cpuOverhead: registered.cpuSeconds / unregistered.cpuSeconds - 1 }, null, 2));
} finally {
  rmSync(variant, { recursive: true, force: true });
}
