#!/usr/bin/env node
// `node scripts/bench/compare-builds.mjs <git-ref> [--size 20000 | --corpus <dir>] [--runs 11] [--cold]`: the `--staged` (5 staged files, as
// `npm run bench` stages them) and warm `--cache` timings (with `--cold`, cold scans without a cache instead) of this tree's build against <git-ref>'s, interleaved run by
// run so that both see the same load — on these shared machines a build's absolute figures drift by ±20% within an
// hour, a ratio measured this way does not. Builds <git-ref> in a temporary git worktree (node_modules linked).
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { repoRoot, withBuildOf } from './build-ref.mjs';
import { median } from './measure.mjs';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { size: { type: 'string', default: '20000' }, corpus: { type: 'string' }, runs: { type: 'string', default: '11' }, cold: { type: 'boolean', default: false } } });
const ref = positionals[0];
if (!ref) throw new Error('usage: node scripts/bench/compare-builds.mjs <git-ref> [--size 20000] [--runs 11]');
const runs = Number(values.runs);
// `--corpus <dir>`: any directory instead of the synthetic corpus (a real repository; with --cold only, as the other
// figures stage files and need a git repository with a commit).
if (values.corpus && !values.cold) throw new Error('--corpus is for --cold comparisons');
const corpus = values.corpus ? path.resolve(values.corpus) : path.join(repoRoot, 'bench-corpus', values.size);
const corpusName = values.corpus ? corpus : `${values.size}-file corpus`;
if (!existsSync(path.join(corpus, '.git'))) throw new Error(`${corpus} is missing or not a git repository${values.corpus ? '' : `: run "npm run bench -- ${values.size} --staged" once first`}`);

const git = (cwd, ...args) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
await withBuildOf(ref, async (otherCli, scratch) => {
  const builds = { [ref]: otherCli, 'this tree': path.join(repoRoot, 'bin/arch-lint.js') };
  const time = (cli, args, cwd) => {
    const start = performance.now();
    const run = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
    if (run.status !== 0 && run.status !== 1) throw new Error(`${cli} failed: ${run.stderr}`);
    return performance.now() - start;
  };
  const timings = {};
  const record = (label, name, ms) => ((timings[label] ??= {})[name] ??= []).push(ms);

  if (values.cold) {
    // Cold scans of the whole corpus, no cache: what a first run or a CI job without a cache pays.
    const coldReport = (name) => path.join(scratch, `cold-${name.replace(/\W/g, '_')}.json`);
    for (let run = 0; run < runs; run++) for (const [name, cli] of Object.entries(builds)) record('cold scan', name, time(cli, [corpus, '--format', 'json', '--output', coldReport(name)], repoRoot));
    console.log(`${runs} interleaved runs each, ${corpusName}; medians (ms)`);
    const [before, after] = Object.keys(builds).map((name) => median(timings['cold scan'][name]));
    console.log(`cold scan            ${ref}: ${before.toFixed(0)}  this tree: ${after.toFixed(0)}  (${(((after - before) / before) * 100).toFixed(0)}%)`);
    const [a, b] = Object.keys(builds).map((name) => JSON.stringify({ ...JSON.parse(readFileSync(coldReport(name), 'utf8')), tool: null }));
    console.log(`JSON reports ${a === b ? 'identical' : 'DIFFER'} (tool version aside)`);
    process.exitCode = 0;
  } else {
    // --staged: five TypeScript files changed and staged, as measureStaged does.
    const staged = git(corpus, 'ls-files', '*.ts').split('\n').filter((file) => file.includes('/utils')).slice(0, 5);
    try {
      for (const file of staged) appendFileSync(path.join(corpus, file), `\nexport const compareStaged = () => fetch('https://orgreg.apps.ocp-prod-0.k8s.it.helsinki.fi/api/units')\n`);
      git(corpus, 'add', ...staged);
      for (const cli of Object.values(builds)) time(cli, ['--staged', '--format', 'json'], corpus);
      for (let run = 0; run < runs; run++) for (const [name, cli] of Object.entries(builds)) record('--staged, 5 files', name, time(cli, ['--staged', '--format', 'json'], corpus));
    } finally {
      git(corpus, 'reset', '-q', '--hard', 'HEAD');
    }

    // Warm --cache: each build its own cache, filled, then (once the reset files are over a second old) re-runs.
    const reports = {};
    const warmArgs = (name) => [corpus, '--format', 'json', '--output', path.join(scratch, `${name.replace(/\W/g, '_')}.json`), '--cache', '--cache-location', path.join(scratch, `cache-${name.replace(/\W/g, '_')}/`)];
    spawnSync('sleep', ['1.2']);
    for (const [name, cli] of Object.entries(builds)) for (let fill = 0; fill < 2; fill++) time(cli, warmArgs(name), repoRoot);
    for (let run = 0; run < runs; run++) for (const [name, cli] of Object.entries(builds)) record('warm --cache', name, time(cli, warmArgs(name), repoRoot));
    for (const name of Object.keys(builds)) reports[name] = JSON.parse(readFileSync(warmArgs(name)[4], 'utf8'));
    const [a, b] = Object.values(reports).map((report) => JSON.stringify({ ...report, tool: null }));

    console.log(`${runs} interleaved runs each, ${values.size}-file corpus; medians (ms)`);
    for (const [label, byBuild] of Object.entries(timings)) {
      const [before, after] = Object.keys(builds).map((name) => median(byBuild[name]));
      console.log(`${label.padEnd(20)} ${ref}: ${before.toFixed(0)}  this tree: ${after.toFixed(0)}  (${(((after - before) / before) * 100).toFixed(0)}%)`);
    }
    console.log(`JSON reports of the warm runs ${a === b ? 'identical' : 'DIFFER'} (tool version aside)`);
  }
});
