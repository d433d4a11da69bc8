#!/usr/bin/env node
// `npm run bench [-- <size>] [options]`: generates (or reuses) a deterministic synthetic corpus in
// bench-corpus/<size>/, times cold scans with the built CLI against a grep peer, and prints a table
// (or JSON with --json, for tracking). A figure to watch, not a timed test.
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CORPUS_SEED, CORPUS_VERSION, generateCorpus } from './bench/corpus.mjs';
import { measureColdScan, measureDaemon, measurePeer, measurePerLanguage, measureStaged, measureWarmCache, readCorpusMeta, writeCorpusMeta } from './bench/measure.mjs';

const USAGE = `usage: npm run bench -- [size] [options]

  size                 files in the synthetic corpus (default 2000), e.g. 20000
  --runs <n>           cold scans to time; the median is reported (default 5)
  --staged             also time 'arch-lint --staged' with 5 changed files (pre-commit latency), without
                       and with a warm --cache
  --cache              also time a warm '--cache' re-run, as a fraction of the cold scan
  --per-language       also time each language's part of the corpus on its own (files/s)
  --all                all of the above
  --merge <n>          instead of scans: time 'arch-lint merge' over n generated JSON reports of 2,000 calls
                       each (bench-corpus/merge-<n>/; target for 500: ≤ 10 s, ≤ 1 GiB)
  --peers <dir>        instead of the synthetic corpus: time arch-lint's cold scan on <dir> beside ast-grep (the call
                       patterns of scripts/bench/peer-patterns.mjs) and ripgrep, runs interleaved; with --cache and
                       --staged, also those figures (--staged on a copy under bench-corpus/, never in <dir>); with
                       --daemon, re-scans through the resident daemon in that copy (nothing changed, a comment
                       appended to one file, a request appended to it)
  --copies <n,n,…>     with --peers: compare on bench-corpus/peers-<name>-x<n>/ holding n copies of <dir> instead,
                       one comparison per n, and print a scaling table, e.g. --copies 1,2,4
  --eslint             with --peers: also ESLint (typescript-eslint's parser, no-restricted-syntax for the same calls)
  --eslint-runs <n>    rounds ESLint takes part in (default 1: it is slow)
  --regenerate         rewrite the corpus even if an identical one exists
  --json               print the figures as JSON instead of a table
  -h, --help           this text
`;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function parseOptions(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      runs: { type: 'string', default: '5' },
      staged: { type: 'boolean', default: false },
      daemon: { type: 'boolean', default: false },
      cache: { type: 'boolean', default: false },
      'per-language': { type: 'boolean', default: false },
      all: { type: 'boolean', default: false },
      regenerate: { type: 'boolean', default: false },
      merge: { type: 'string' },
      peers: { type: 'string' },
      copies: { type: 'string' },
      eslint: { type: 'boolean', default: false },
      'eslint-runs': { type: 'string', default: '1' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const size = Number(positionals[0] ?? 2000);
  const runs = Number(values.runs);
  if (!Number.isInteger(size) || size < 10) throw new Error(`size must be a whole number ≥ 10, got '${positionals[0]}'`);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number ≥ 1, got '${values.runs}'`);
  const copies = values.copies === undefined ? null : values.copies.split(',').map(Number);
  if (copies?.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--copies expects whole numbers ≥ 1 separated by commas, got '${values.copies}'`);
  for (const flag of ['copies', 'eslint', 'daemon']) if (values[flag] !== undefined && values[flag] !== false && !values.peers) throw new Error(`--${flag} goes with --peers <dir>`);
  const eslintRuns = Number(values['eslint-runs']);
  if (!Number.isInteger(eslintRuns) || eslintRuns < 1) throw new Error(`--eslint-runs must be a whole number ≥ 1, got '${values['eslint-runs']}'`);
  return {
    size,
    runs,
    staged: values.staged || values.all,
    daemon: values.daemon,
    cache: values.cache || values.all,
    perLanguage: values['per-language'] || values.all,
    regenerate: values.regenerate,
    merge: values.merge === undefined ? null : Number(values.merge),
    peers: values.peers ?? null,
    copies,
    eslintRuns: values.eslint ? eslintRuns : 0,
    json: values.json,
    help: values.help,
  };
}

/**
 * Reuses bench-corpus/<size>/ when its recorded generator version and seed match. The corpus is its
 * own git repository, as a scanned project would be: otherwise this repo's .gitignore (which lists
 * bench-corpus/) would hide every file from discovery.
 */
function ensureCorpus(size, regenerate) {
  const corpusDir = path.join(repoRoot, 'bench-corpus', String(size));
  const metaFile = path.join(repoRoot, 'bench-corpus', `${size}.meta.json`);
  const meta = readCorpusMeta(metaFile);
  const reusable = !regenerate && meta && meta.version === CORPUS_VERSION && meta.seed === CORPUS_SEED && existsSync(corpusDir);
  const stats = reusable ? meta.stats : generateCorpus(corpusDir, size);
  if (!reusable) writeCorpusMeta(metaFile, { version: CORPUS_VERSION, seed: CORPUS_SEED, stats });
  if (!existsSync(path.join(corpusDir, '.git'))) execFileSync('git', ['init', '-q'], { cwd: corpusDir });
  return { corpusDir, stats, generated: !reusable };
}

const fmtSeconds = (value) => (value === null || value === undefined ? 'n/a' : `${value.toFixed(value < 1 ? 3 : 2)} s`);
const fmtNumber = (value) => (value === null || value === undefined ? 'n/a' : Math.round(value).toLocaleString('en-US'));

function printTable(figures) {
  const { corpus, cold, peer, staged, warm, perLanguage, environment } = figures;
  const rows = [
    ['corpus', `${fmtNumber(corpus.files)} files in ${path.relative(repoRoot, corpus.dir)} (${corpus.generated ? 'generated' : 'reused'}, seed ${corpus.seed}, v${corpus.version})`],
    ['cold scan, median', `${fmtSeconds(cold.medianSeconds)} over ${cold.seconds.length} runs (min ${fmtSeconds(Math.min(...cold.seconds))}, max ${fmtSeconds(Math.max(...cold.seconds))})`],
    ['cold scan CPU, median', cold.medianCpuSeconds === null ? 'n/a' : `${fmtSeconds(cold.medianCpuSeconds)} user+system (the steadier figure when the machine is shared)`],
    ['files/s', `${fmtNumber(cold.filesPerSecond)} (${fmtNumber(cold.files)} files scanned)`],
    ['calls found', `${fmtNumber(cold.calls)} (generator wrote ~${fmtNumber(corpus.requests)} request sites + ${fmtNumber(corpus.clientConfigs)} client configs)`],
    ['requests by language', Object.keys(corpus.requestsByLanguage ?? {}).sort().map((language) => `${language} ${fmtNumber(cold.requestsByLanguage[language] ?? 0)}/${fmtNumber(corpus.requestsByLanguage[language])}`).join(', ') + ' (found/written)'],
    ['findings / problems', `${fmtNumber(cold.findings)} / ${fmtNumber(cold.problems)}`],
    ['peak memory (RSS)', cold.peakRssMiB === null ? 'n/a' : `${fmtNumber(cold.peakRssMiB)} MiB (${cold.memorySource === 'time' ? '/usr/bin/time -v' : 'process.resourceUsage'})`],
    [`peer: ${peer.command}`, `${fmtSeconds(peer.medianSeconds)} (${fmtNumber(peer.matchedFiles)} files match)`],
    ['ratio arch-lint / peer', `${(cold.medianSeconds / peer.medianSeconds).toFixed(1)}×`],
  ];
  // Targets (issue 4): --staged under 400 ms, a warm --cache re-run under 10% of the cold scan. The range shows how
  // much the shared machine moved during the runs.
  const range = (figure) => `(min ${fmtSeconds(Math.min(...figure.seconds))}, max ${fmtSeconds(Math.max(...figure.seconds))})`;
  if (staged) rows.push(['--staged, 5 files, median', staged.unavailable ? `n/a (${staged.unavailable})` : `${fmtSeconds(staged.medianSeconds)} ${range(staged)}; target < 0.400 s`]);
  if (staged?.warmCache) rows.push(['--staged --cache (warm), median', staged.warmCache.unavailable ? `n/a (${staged.warmCache.unavailable})` : `${fmtSeconds(staged.warmCache.medianSeconds)} ${range(staged.warmCache)}`]);
  if (warm) rows.push(['warm --cache, median', warm.unavailable ? `n/a (${warm.unavailable})` : `${fmtSeconds(warm.medianSeconds)} ${range(warm)} = ${(warm.fractionOfCold * 100).toFixed(1)}% of the cold median; target < 10%`]);
  if (perLanguage) {
    for (const part of perLanguage) rows.push([`  ${part.language}`, `${fmtNumber(part.filesPerSecond)} files/s (${fmtNumber(part.files)} files, ${fmtSeconds(part.medianSeconds)}, ${fmtNumber(part.calls)} calls)`]);
  }
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log(`arch-lint bench · node ${environment.node} · ${environment.cpus} CPUs · load ${environment.loadAverage.map((load) => load.toFixed(2)).join(' ')} · ${environment.date}`);
  for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);
}

const environmentNow = () => ({ node: process.version, cpus: cpus().length, loadAverage: loadavg(), date: new Date().toISOString() });
const heading = (environment, what) => `arch-lint bench${what} · node ${environment.node} · ${environment.cpus} CPUs · load ${environment.loadAverage.map((load) => load.toFixed(2)).join(' ')} · ${environment.date}`;

/** `--peers <dir>`: arch-lint beside ast-grep, ripgrep (and ESLint) on <dir> or on copies of it. */
async function benchPeers(options, log) {
  const { ensureCopies, measurePeers, resolveAstGrep } = await import('./bench/peers.mjs');
  const dir = path.resolve(options.peers);
  if (!existsSync(dir)) throw new Error(`--peers: ${dir} does not exist`);
  const astGrep = resolveAstGrep(repoRoot);
  const targets = options.copies === null ? [{ copies: null, dir, generated: false }] : options.copies.map((copies) => {
    log(`bench: preparing ${copies} cop${copies === 1 ? 'y' : 'ies'} of ${dir}…`);
    return { copies, ...ensureCopies(repoRoot, dir, copies) };
  });
  const comparisons = targets.map((target) => {
    log(`bench: ${options.runs} interleaved rounds on ${target.dir}…`);
    return { copies: target.copies, generated: target.generated, ...measurePeers({ repoRoot, dir: target.dir, runs: options.runs, eslintRuns: Math.min(options.eslintRuns, options.runs), astGrep }) };
  });
  // The warm --cache re-run reads <dir> itself (its cache goes to a temporary folder); --staged changes files, so it runs in the single copy.
  const single = comparisons.find((comparison) => comparison.copies === null || comparison.copies === 1);
  let warm = null;
  let staged = null;
  if (options.cache) {
    log('bench: warm --cache re-runs…');
    warm = measureWarmCache({ repoRoot, corpusDir: dir, runs: options.runs, coldSeconds: single?.tools['arch-lint'].medianSeconds ?? null });
  }
  if (options.staged) {
    const copy = ensureCopies(repoRoot, dir, 1).dir;
    const pick = (files) => files.filter((file) => !file.endsWith('.d.ts'));
    log(`bench: --staged with 5 changed files in ${copy}…`);
    staged = measureStaged({ repoRoot, corpusDir: copy, runs: options.runs, pick });
    staged.warmCache = measureStaged({ repoRoot, corpusDir: copy, runs: options.runs, pick, cache: true });
  }
  let daemon = null;
  if (options.daemon) {
    const copy = ensureCopies(repoRoot, dir, 1).dir;
    log(`bench: re-scans through the resident daemon in ${copy}…`);
    daemon = measureDaemon({ repoRoot, corpusDir: copy, runs: options.runs });
  }
  const figures = { environment: environmentNow(), astGrep: { ...astGrep, threads: 'default (ast-grep chooses; all cores)' }, comparisons, warm, staged, daemon };
  if (options.json) {
    process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
    return;
  }
  console.log(heading(figures.environment, ` --peers ${dir}`));
  const range = (tool) => `${fmtSeconds(tool.medianSeconds)} (${fmtSeconds(tool.minSeconds)}–${fmtSeconds(tool.maxSeconds)})`;
  const found = {
    'arch-lint': (tool) => `${fmtNumber(tool.calls)} calls in ${fmtNumber(tool.files)} files`,
    'ast-grep': (tool) => `${fmtNumber(tool.matches)} matches in ${fmtNumber(tool.matchedFiles)} files`,
    rg: (tool) => `${fmtNumber(tool.matchedFiles)} files match`,
    eslint: (tool) => `${fmtNumber(tool.matches)} matches in ${fmtNumber(tool.files)} files, ${fmtNumber(tool.parseErrors)} parse errors`,
  };
  for (const comparison of comparisons) {
    console.log(`\n${path.relative(process.cwd(), comparison.dir) || '.'}: ${fmtNumber(comparison.sourceFiles)} TS/JS files${comparison.copies === null ? '' : ` (${comparison.copies} × ${path.basename(dir)}, ${comparison.generated ? 'copied' : 'reused'})`}`);
    const rows = [['tool', 'wall median (min–max)', 'CPU user+sys', 'peak RSS', 'found'], ...Object.entries(comparison.tools).map(([name, tool]) => [`${name} ×${tool.seconds.length}`, range(tool), fmtSeconds(tool.medianCpuSeconds), tool.peakRssMiB === null ? 'n/a' : `${fmtNumber(tool.peakRssMiB)} MiB`, found[name](tool)])];
    printRows(rows);
    console.log(`arch-lint / ast-grep: wall ${comparison.ratios.wall.toFixed(2)}×, CPU ${comparison.ratios.cpu === null ? 'n/a' : `${comparison.ratios.cpu.toFixed(2)}×`}`);
  }
  if (!comparisons[0].tools.rg) console.log('rg: not installed, skipped');
  console.log(`${astGrep.version}: default threads (it picks its own count: all ${cpus().length} cores here); medians of interleaved rounds`);
  if (comparisons.length > 1) {
    console.log('\nscaling');
    printRows([
      ['copies', 'TS/JS files', 'arch-lint wall / CPU', 'ast-grep wall / CPU', 'rg wall', 'ratio wall', 'ratio CPU'],
      ...comparisons.map(({ copies, sourceFiles, tools, ratios }) => [String(copies), fmtNumber(sourceFiles), `${fmtSeconds(tools['arch-lint'].medianSeconds)} / ${fmtSeconds(tools['arch-lint'].medianCpuSeconds)}`, `${fmtSeconds(tools['ast-grep'].medianSeconds)} / ${fmtSeconds(tools['ast-grep'].medianCpuSeconds)}`, fmtSeconds(tools.rg?.medianSeconds), `${ratios.wall.toFixed(2)}×`, ratios.cpu === null ? 'n/a' : `${ratios.cpu.toFixed(2)}×`]),
    ]);
  }
  if (warm) console.log(`\nwarm --cache, median: ${warm.unavailable ? `n/a (${warm.unavailable})` : `${fmtSeconds(warm.medianSeconds)}${warm.fractionOfCold === null ? '' : ` = ${(warm.fractionOfCold * 100).toFixed(1)}% of the cold median`}`}`);
  if (staged) {
    console.log(`--staged, ${staged.changedFiles} files, median: ${staged.unavailable ? `n/a (${staged.unavailable})` : fmtSeconds(staged.medianSeconds)}`);
    console.log(`--staged --cache (warm), median: ${staged.warmCache.unavailable ? `n/a (${staged.warmCache.unavailable})` : fmtSeconds(staged.warmCache.medianSeconds)}`);
  }
  if (daemon) {
    if (daemon.unavailable) console.log(`--daemon: n/a (${daemon.unavailable})`);
    else {
      const span = (figure) => `${fmtSeconds(figure.medianSeconds)} (${fmtSeconds(figure.minSeconds)}–${fmtSeconds(figure.maxSeconds)})`;
      console.log(`--daemon re-scan, median: nothing changed ${span(daemon.unchanged)}; comment appended to ${daemon.file} ${span(daemon.comment)}; request appended ${span(daemon.request)}`);
    }
  }
}

function printRows(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  for (const row of rows) console.log(row.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd());
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  if (options.help) {
    process.stdout.write(USAGE);
    return;
  }
  if (!existsSync(path.join(repoRoot, 'dist/bundle/main.js'))) throw new Error('dist/ is missing: run "npm run build" first (npm run bench does).');

  const log = options.json ? () => {} : (text) => process.stderr.write(`${text}\n`);
  if (options.merge !== null) {
    if (!Number.isInteger(options.merge) || options.merge < 1) throw new Error('--merge expects a whole number of reports ≥ 1');
    const { ensureMergeReports, measureMerge } = await import('./bench/merge.mjs');
    const dir = path.join(repoRoot, 'bench-corpus', `merge-${options.merge}`);
    log(`bench: preparing ${options.merge} reports of 2,000 calls…`);
    if (options.regenerate) rmSync(dir, { recursive: true, force: true });
    const { generated } = await ensureMergeReports(repoRoot, dir, options.merge, 2000);
    log(`bench: ${options.runs} merges…`);
    const merge = { ...measureMerge({ repoRoot, dir, runs: options.runs }), generated };
    const environment = { node: process.version, cpus: cpus().length, loadAverage: loadavg(), date: new Date().toISOString() };
    if (options.json) process.stdout.write(`${JSON.stringify({ environment, merge }, null, 2)}\n`);
    else {
      console.log(`arch-lint bench · node ${environment.node} · ${environment.cpus} CPUs · load ${environment.loadAverage.map((load) => load.toFixed(2)).join(' ')} · ${environment.date}`);
      console.log(`merge of ${merge.reports} reports (${merge.reportMiB.toFixed(0)} MiB)  median ${fmtSeconds(merge.medianSeconds)} (runs: ${merge.seconds.map((value) => value.toFixed(2)).join(', ')}; CPU ${fmtSeconds(merge.medianCpuSeconds)}), peak ${merge.peakRssMiB === null ? 'n/a' : `${merge.peakRssMiB.toFixed(0)} MiB`}, ${fmtNumber(merge.nodes)} nodes, ${fmtNumber(merge.edges)} edges`);
    }
    return;
  }
  if (options.peers !== null) {
    await benchPeers(options, log);
    return;
  }
  log(`bench: preparing a ${options.size}-file corpus…`);
  const { corpusDir, stats, generated } = ensureCorpus(options.size, options.regenerate);

  log(`bench: ${options.runs} cold scans…`);
  const cold = measureColdScan({ repoRoot, corpusDir, runs: options.runs });
  cold.filesPerSecond = cold.files ? cold.files / cold.medianSeconds : stats.files / cold.medianSeconds;

  log('bench: peer text search…');
  const peer = measurePeer({ corpusDir, runs: options.runs });

  let staged = null;
  let warm = null;
  let perLanguage = null;
  if (options.staged) {
    log('bench: --staged with 5 changed files…');
    staged = measureStaged({ repoRoot, corpusDir, runs: options.runs });
    log('bench: --staged --cache (warm) with 5 changed files…');
    staged.warmCache = measureStaged({ repoRoot, corpusDir, runs: options.runs, cache: true });
  }
  if (options.cache) {
    log('bench: warm --cache re-runs…');
    warm = measureWarmCache({ repoRoot, corpusDir, runs: options.runs, coldSeconds: cold.medianSeconds });
  }
  if (options.perLanguage) {
    log('bench: per-language scans…');
    perLanguage = measurePerLanguage({ repoRoot, corpusDir, runs: Math.min(options.runs, 3) });
  }

  const figures = {
    // Load average at the end of the run: these machines are shared, and figures under load are slower.
    environment: { node: process.version, cpus: cpus().length, loadAverage: loadavg(), date: new Date().toISOString() },
    corpus: { dir: corpusDir, generated, version: CORPUS_VERSION, seed: CORPUS_SEED, ...stats },
    cold,
    peer,
    staged,
    warm,
    perLanguage,
  };
  if (options.json) process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
  else printTable(figures);
}

main().catch((error) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
