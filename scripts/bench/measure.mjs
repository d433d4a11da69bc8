// Measurements for `npm run bench`: each function runs something as a child process N times and
// returns plain numbers, so the entry script only prints. Add a new figure as one more function here.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const TIME_BIN = '/usr/bin/time';
const MAXRSS_MARKER = '__ARCH_LINT_BENCH_MAXRSS_KB=';

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** `/usr/bin/time -v` gives the child's peak RSS; without it, run the CLI inside a wrapper that prints its own maxRSS. */
export function commandWithMemory(repoRoot, cliArgs) {
  if (existsSync(TIME_BIN)) {
    return { command: TIME_BIN, args: ['-v', process.execPath, path.join(repoRoot, 'bin/arch-lint.js'), ...cliArgs], memoryFrom: 'time' };
  }
  const mainUrl = pathToFileURL(path.join(repoRoot, 'dist/bundle/main.js')).href; // what bin/arch-lint.js runs
  const wrapper = `const { main } = await import(${JSON.stringify(mainUrl)});
const code = await main(process.argv.slice(1));
process.stderr.write('\\n${MAXRSS_MARKER}' + process.resourceUsage().maxRSS + '\\n');
process.exitCode = code;`;
  return { command: process.execPath, args: ['--input-type=module', '-e', wrapper, '--', ...cliArgs], memoryFrom: 'wrapper' };
}

/** User + system CPU seconds of the child (from `/usr/bin/time -v`), or null: steadier than wall time on a shared machine. */
export function cpuSeconds(stderr) {
  const user = /User time \(seconds\): ([\d.]+)/.exec(stderr);
  const system = /System time \(seconds\): ([\d.]+)/.exec(stderr);
  return user && system ? Number(user[1]) + Number(system[1]) : null;
}

export function peakRssKb(stderr, memoryFrom) {
  const pattern = memoryFrom === 'time' ? /Maximum resident set size \(kbytes\): (\d+)/ : new RegExp(`${MAXRSS_MARKER}(\\d+)`);
  const match = pattern.exec(stderr);
  return match ? Number(match[1]) : null;
}

/** Exit 0 and 1 are normal lint outcomes; anything else means the scan failed and the figure is meaningless. */
export function runOnce(command, args, cwd) {
  const start = performance.now();
  const child = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const seconds = (performance.now() - start) / 1000;
  return { seconds, status: child.status, stdout: child.stdout ?? '', stderr: child.stderr ?? '', error: child.error };
}

export function failure(label, run) {
  const tail = (run.stderr || run.stdout || String(run.error ?? '')).trim().split('\n').slice(-8).join('\n');
  return new Error(`${label} failed (exit ${run.status}):\n${tail}`);
}

/** Cold scans: a full run with no cache, `runs` times. Returns timings, peak memory and what the report says. */
export function measureColdScan({ repoRoot, corpusDir, runs, extraArgs = [] }) {
  const workDir = mkdtempSync(path.join(tmpdir(), 'arch-lint-bench-'));
  const reportFile = path.join(workDir, 'report.json');
  try {
    const { command, args, memoryFrom } = commandWithMemory(repoRoot, [corpusDir, '--format', 'json', '--output', reportFile, ...extraArgs]);
    const seconds = [];
    const cpu = [];
    const rss = [];
    for (let i = 0; i < runs; i++) {
      const run = runOnce(command, args, repoRoot);
      if (run.status !== 0 && run.status !== 1) throw failure('arch-lint scan', run);
      seconds.push(run.seconds);
      const used = cpuSeconds(run.stderr);
      if (used !== null) cpu.push(used);
      const kb = peakRssKb(run.stderr, memoryFrom);
      if (kb !== null) rss.push(kb);
    }
    const report = JSON.parse(readFileSync(reportFile, 'utf8'));
    return {
      seconds,
      medianSeconds: median(seconds),
      medianCpuSeconds: cpu.length ? median(cpu) : null,
      peakRssMiB: rss.length ? Math.max(...rss) / 1024 : null,
      memorySource: memoryFrom,
      files: report.summary?.files ?? null,
      calls: report.summary?.calls ?? report.calls?.length ?? null,
      /** Request sites only (not client configurations), to compare with what the generator wrote. */
      requestsByLanguage: countBy((report.calls ?? []).filter((call) => call.kind !== 'client-config'), (call) => call.language),
      findings: report.findings?.length ?? null,
      problems: report.problems?.length ?? null,
    };
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

function countBy(items, key) {
  const counts = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

/** The text-search peer: anything that looks like an HTTP call or URL (ripgrep when installed, else grep). */
export function textSearchCommand(dir) {
  const hasRipgrep = spawnSync('rg', ['--version']).status === 0;
  return hasRipgrep
    ? { label: 'rg -l', command: 'rg', args: ['-l', '-e', 'fetch\\(|axios|https?://', dir], ripgrep: true }
    : { label: 'grep -rlE', command: 'grep', args: ['-rlE', '--exclude-dir=.git', 'fetch\\(|axios|https?://', dir], ripgrep: false };
}

/** The peer of the synthetic-corpus bench: the text search, `runs` times. */
export function measurePeer({ corpusDir, runs }) {
  const { label, command, args } = textSearchCommand(corpusDir);
  const seconds = [];
  let matchedFiles = 0;
  for (let i = 0; i < runs; i++) {
    const run = runOnce(command, args, process.cwd());
    if (run.status !== 0 && run.status !== 1) throw failure(`peer ${command}`, run);
    seconds.push(run.seconds);
    matchedFiles = run.stdout.split('\n').filter(Boolean).length;
  }
  return { command: label, seconds, medianSeconds: median(seconds), matchedFiles };
}

/** One run of any command under `/usr/bin/time -v` when present: wall seconds, plus the child's CPU (user + system) and peak RSS. */
export function timedRun(command, args, cwd) {
  const run = existsSync(TIME_BIN) ? runOnce(TIME_BIN, ['-v', command, ...args], cwd) : runOnce(command, args, cwd);
  return { ...run, cpuSeconds: cpuSeconds(run.stderr), rssKb: peakRssKb(run.stderr, 'time') };
}

/**
 * Several tools on the same input, round-robin (a, b, c, a, b, c…) so that each sees the same load on a shared machine.
 * A tool is `{ name, command, args, cwd, runs?, summarize?(lastRun) }`: it takes part in its first `runs` rounds only
 * (default all), and `summarize` adds what its last run's output says (matches, files…). Exit 0 and 1 are normal.
 */
export function measureInterleaved(tools, runs) {
  const timings = new Map(tools.map((tool) => [tool.name, { seconds: [], cpu: [], rss: [], last: null }]));
  for (let round = 0; round < runs; round++) {
    for (const tool of tools) {
      if (round >= (tool.runs ?? runs)) continue;
      const run = timedRun(tool.command, tool.args, tool.cwd);
      if (run.status !== 0 && run.status !== 1) throw failure(tool.name, run);
      const timing = timings.get(tool.name);
      timing.seconds.push(run.seconds);
      if (run.cpuSeconds !== null) timing.cpu.push(run.cpuSeconds);
      if (run.rssKb !== null) timing.rss.push(run.rssKb);
      timing.last = run;
    }
  }
  return Object.fromEntries(
    tools.map((tool) => {
      const { seconds, cpu, rss, last } = timings.get(tool.name);
      return [
        tool.name,
        {
          command: tool.label ?? tool.command,
          seconds,
          medianSeconds: median(seconds),
          minSeconds: Math.min(...seconds),
          maxSeconds: Math.max(...seconds),
          medianCpuSeconds: cpu.length ? median(cpu) : null,
          peakRssMiB: rss.length ? Math.max(...rss) / 1024 : null,
          ...(tool.summarize ? tool.summarize(last) : {}),
        },
      ];
    }),
  );
}

/**
 * Pre-commit latency: the corpus becomes a git repository (once), 5 TypeScript files get a new call
 * and are staged, and `arch-lint --staged` runs from the corpus root. The work tree is reset afterwards
 * so the corpus stays deterministic. Returns null figures with a reason when the CLI lacks `--staged`. `pick` chooses
 * the files to change among the tracked `.ts` files (default: the synthetic corpus's utils modules).
 */
export function measureStaged({ repoRoot, corpusDir, runs, changedFiles = 5, cache = false, pick = (files) => files.filter((file) => file.includes('/utils')) }) {
  const git = ensureCommitted(corpusDir);
  const candidates = pick(git('ls-files', '*.ts').split('\n').filter(Boolean)).slice(0, changedFiles);
  try {
    for (const [i, file] of candidates.entries()) {
      appendFileSync(path.join(corpusDir, file), `\nexport const benchStaged${i} = () => fetch('https://orgreg.apps.ocp-prod-0.k8s.it.helsinki.fi/api/units')\n`);
    }
    git('add', ...candidates);
    // With `cache`, a first run fills a cache in a temporary folder (as an earlier commit's hook run would have).
    const cacheDir = cache ? mkdtempSync(path.join(tmpdir(), 'arch-lint-bench-staged-cache-')) : null;
    const args = [path.join(repoRoot, 'bin/arch-lint.js'), '--staged', '--format', 'json', ...(cacheDir ? ['--cache', '--cache-location', path.join(cacheDir, 'cache')] : [])];
    if (cacheDir) runOnce(process.execPath, args, corpusDir);
    const seconds = [];
    for (let i = 0; i < runs; i++) {
      const run = runOnce(process.execPath, args, corpusDir);
      if (run.status !== 0 && run.status !== 1) return { seconds: [], medianSeconds: null, changedFiles: candidates.length, unavailable: firstLine(run) };
      seconds.push(run.seconds);
    }
    if (cacheDir) rmSync(cacheDir, { recursive: true, force: true });
    return { seconds, medianSeconds: median(seconds), changedFiles: candidates.length, unavailable: null };
  } finally {
    git('reset', '-q', '--hard', 'HEAD');
  }
}

/** `corpusDir` as a git repository with its files committed (once), so that edits can be reset; returns a git runner. */
function ensureCommitted(corpusDir) {
  const git = (...args) => execFileSync('git', args, { cwd: corpusDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const hasCommit = spawnSync('git', ['rev-parse', '--verify', '-q', 'HEAD'], { cwd: corpusDir }).status === 0;
  if (!hasCommit) {
    git('-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', 'add', '-A');
    git('-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', 'commit', '-q', '-m', 'bench corpus');
  }
  return git;
}

/** Warm `--cache` re-run: one run fills the cache, then `runs` runs over the unchanged corpus. */
export function measureWarmCache({ repoRoot, corpusDir, runs, coldSeconds }) {
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'arch-lint-bench-cache-'));
  const cli = [path.join(repoRoot, 'bin/arch-lint.js'), corpusDir, '--format', 'json', '--output', path.join(cacheDir, 'report.json'), '--cache', '--cache-location', path.join(cacheDir, 'cache')];
  try {
    const fill = runOnce(process.execPath, cli, repoRoot);
    if (fill.status !== 0 && fill.status !== 1) return { seconds: [], medianSeconds: null, fractionOfCold: null, unavailable: firstLine(fill) };
    const seconds = [];
    for (let i = 0; i < runs; i++) seconds.push(runOnce(process.execPath, cli, repoRoot).seconds);
    const warm = median(seconds);
    return { seconds, medianSeconds: warm, fractionOfCold: coldSeconds ? warm / coldSeconds : null, unavailable: null };
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

/**
 * Files/s per language: scans each language's part of the corpus on its own (TS/JS packages under
 * `packages/`, each other language under `services/<kind>/`). Includes start-up time, so small parts
 * read slower than they are; the TypeScript figure is the one to compare across versions (the
 * "other languages must not slow a TS-only scan" budget).
 */
export function measurePerLanguage({ repoRoot, corpusDir, runs }) {
  const parts = [{ language: 'typescript+javascript', dir: path.join(corpusDir, 'packages') }];
  const servicesDir = path.join(corpusDir, 'services');
  if (existsSync(servicesDir)) {
    for (const kind of readdirSync(servicesDir).sort()) parts.push({ language: kind, dir: path.join(servicesDir, kind) });
  }
  return parts.map(({ language, dir }) => {
    const result = measureColdScan({ repoRoot, corpusDir: dir, runs });
    return { language, files: result.files, medianSeconds: result.medianSeconds, filesPerSecond: result.files ? result.files / result.medianSeconds : null, calls: result.calls };
  });
}

function firstLine(run) {
  return (run.stderr || run.stdout || `exit ${run.status}`).trim().split('\n')[0];
}

/** Remembers how a corpus was generated, so an unchanged one is reused instead of rewritten. */
export function readCorpusMeta(metaFile) {
  try {
    return JSON.parse(readFileSync(metaFile, 'utf8'));
  } catch {
    return null;
  }
}

export function writeCorpusMeta(metaFile, meta) {
  writeFileSync(metaFile, `${JSON.stringify(meta, null, 2)}\n`);
}

/**
 * The resident mode (`--daemon`): a daemon of this build in a private temporary socket folder, warmed by two scans of
 * `corpusDir` (a git repository with a commit: the single copy the peers bench makes), then per round three timed CLI
 * runs: nothing changed; a comment appended to one `.ts` file (its facts stay the same); a request appended to it
 * (its facts change: a whole resolution). Each edit is timed after the 1 s racy margin, as an editor's save would be.
 * The work tree is reset and the daemon stopped afterwards.
 */
export function measureDaemon({ repoRoot, corpusDir, runs, pick = (files) => files.filter((file) => !file.endsWith('.d.ts')) }) {
  const git = ensureCommitted(corpusDir);
  const file = pick(git('ls-files', '*.ts').split('\n').filter(Boolean))[0];
  if (!file) return { unavailable: 'no .ts file to edit' };
  const socketDir = mkdtempSync(path.join(tmpdir(), 'arch-lint-bench-daemon-'));
  const env = { ...process.env, ARCH_LINT_DAEMON_DIR: socketDir };
  const cli = path.join(repoRoot, 'bin/arch-lint.js');
  const scanArgs = [cli, corpusDir, '--daemon', '--format', 'json', '--output', path.join(socketDir, 'report.json')];
  const run = (args) => {
    const start = performance.now();
    const child = spawnSync(process.execPath, args, { cwd: corpusDir, env, encoding: 'utf8' });
    if (child.status !== 0 && child.status !== 1) throw failure(`arch-lint ${args.slice(1, 3).join(' ')}`, { status: child.status, stderr: child.stderr, stdout: child.stdout });
    return (performance.now() - start) / 1000;
  };
  const settle = () => spawnSync('sleep', ['1.1']);
  const figures = { unchanged: [], comment: [], request: [] };
  try {
    run([cli, 'daemon', 'start']);
    run(scanArgs);
    run(scanArgs);
    for (let round = 0; round < runs; round++) {
      figures.unchanged.push(run(scanArgs));
      appendFileSync(path.join(corpusDir, file), `\n// bench ${round}\n`);
      settle();
      figures.comment.push(run(scanArgs));
      appendFileSync(path.join(corpusDir, file), `\nexport const benchDaemon${round} = () => fetch('https://orgreg.apps.ocp-prod-0.k8s.it.helsinki.fi/api/units/${round}')\n`);
      settle();
      figures.request.push(run(scanArgs));
    }
  } finally {
    spawnSync(process.execPath, [cli, 'daemon', 'stop'], { env });
    git('checkout', '-q', '--', file);
    rmSync(socketDir, { recursive: true, force: true });
  }
  const summary = (seconds) => ({ seconds, medianSeconds: median(seconds), minSeconds: Math.min(...seconds), maxSeconds: Math.max(...seconds) });
  return { file, unavailable: null, unchanged: summary(figures.unchanged), comment: summary(figures.comment), request: summary(figures.request) };
}
