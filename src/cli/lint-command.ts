/**
 * `arch-lint [paths…]`: a scan, then what the flags ask of it — reports, the baseline (read, or rewritten with
 * `--update-baseline`), fixes (`--fix`, `--fix-dry-run`) — and the exit code.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { removeStaleTemporaries, writeFileAtomically } from '../atomic-write.js';
import { UsageError } from '../config/errors.js';
import type { LintResult } from '../model.js';
import type { LintOptions, ScanOutcome } from '../lint.js';
import type { Baseline } from '../judge/suppressions/baseline.js';
import type { CliIO } from './main.js';
import { noProgress, terminalProgress } from './progress.js';
import { scanRoot } from '../scan-root.js';
import { exitCodeOf, exitCodeOfCounts, planReports, writeReports, type ReportEntry } from './reports.js';

export interface LintFlags {
  config?: string;
  /** Repeatable: folders of a deployment repository whose manifests bind this repository's variables. */
  deployments?: string[];
  /** Repeatable; the i-th format goes to the i-th --output, a format without one to stdout. */
  format: string[];
  output: string[];
  maxWarnings?: number;
  quiet?: boolean;
  verbose?: boolean;
  color: boolean;
  now?: Date;
  staged?: boolean;
  changedSince?: string;
  baseline?: string;
  updateBaseline?: boolean;
  force?: boolean;
  reportUnusedDisableDirectives?: boolean;
  cache?: boolean;
  cacheLocation?: string;
  fix?: boolean;
  fixDryRun?: boolean;
  daemon?: boolean;
}

/** `--quiet`: the report keeps errors only (the counts still decide the exit code). */
function errorsOnly(result: LintResult): LintResult {
  return {
    ...result,
    findings: result.findings.filter((finding) => finding.severity === 'error'),
    problems: result.problems.filter((problem) => problem.severity === 'error'),
    summary: { ...result.summary, warnings: 0 },
  };
}

function plural(count: number, word: string, pluralWord = `${word}s`): string {
  return `${count} ${count === 1 ? word : pluralWord}`;
}

function isCi(env: NodeJS.ProcessEnv): boolean {
  const value = (env.CI ?? '').toLowerCase();
  return value === 'true' || value === '1';
}

function checkFlagCombinations(paths: readonly string[], flags: LintFlags): void {
  if (flags.staged && flags.changedSince !== undefined) throw new UsageError('--staged and --changed-since cannot be combined: --staged checks a commit, --changed-since a branch');
  if (flags.fix && flags.fixDryRun) throw new UsageError('--fix and --fix-dry-run cannot be combined');
  if (flags.fix && flags.staged) throw new UsageError('--fix cannot be combined with --staged: it would edit the work tree, not the staged content (use --fix-dry-run to see the changes)');
  if (flags.updateBaseline && (flags.staged || flags.changedSince !== undefined)) {
    throw new UsageError('--update-baseline needs a scan of the whole project: it cannot be combined with --staged or --changed-since');
  }
  if (flags.updateBaseline && (flags.fix || flags.fixDryRun)) throw new UsageError('--update-baseline cannot be combined with --fix or --fix-dry-run');
  if (flags.force && !flags.updateBaseline) throw new UsageError('--force only applies to --update-baseline');
  if (flags.cacheLocation !== undefined && !flags.cache) throw new UsageError('--cache-location needs --cache');
  if (flags.staged && paths.length > 1) throw new UsageError('--staged takes the files from git: give no paths (or only the root directory)');
}

/**
 * Whether a scan draws the progress line: only on a terminal (stderr), and never when a machine-readable report
 * goes to stdout (tools reading both streams must not see it).
 */
export function showsProgress(plan: readonly ReportEntry[], stderrIsTTY: boolean): boolean {
  return stderrIsTTY && !plan.some((entry) => entry.output === null && entry.format !== 'stylish');
}

/** The baseline file a run uses: `--baseline`, else `arch-lint-baseline.json` in the root. */
async function locateBaseline(root: string, flags: LintFlags, io: CliIO): Promise<{ file: string; explicit: boolean }> {
  const { DEFAULT_BASELINE_FILE } = await import('../judge/suppressions/baseline.js');
  return flags.baseline !== undefined ? { file: path.resolve(io.cwd, flags.baseline), explicit: true } : { file: path.join(root, DEFAULT_BASELINE_FILE), explicit: false };
}

export async function runLint(paths: string[], flags: LintFlags, io: CliIO): Promise<number> {
  checkFlagCombinations(paths, flags);
  const plan = await planReports(flags.format, flags.output);
  const root = scanRoot(io.cwd, paths);
  if (flags.updateBaseline && paths.some((given) => path.resolve(io.cwd, given) !== root)) {
    throw new UsageError('--update-baseline needs a scan of the whole project: give no paths, or only the root directory');
  }
  const baselineModule = await import('../judge/suppressions/baseline.js');
  const baselineFile = await locateBaseline(root, flags, io);
  // Temporary files a killed `--update-baseline` left beside the baseline (an hour old or more) are removed.
  removeStaleTemporaries(path.dirname(baselineFile.file), path.basename(baselineFile.file));
  const previous: Baseline | null = await baselineModule.readBaseline(baselineFile.file);
  if (previous === null && baselineFile.explicit && !flags.updateBaseline) {
    throw new UsageError(`baseline file not found: ${flags.baseline} (create it with --update-baseline)`);
  }

  if (paths.length > 1) await warnAboutOwnConfigs(paths, root, flags.config, io);
  const progress = showsProgress(plan, io.stderrIsTTY === true) ? terminalProgress(io.stderr) : noProgress;
  const options: LintOptions = {
    cwd: io.cwd,
    paths,
    configFile: flags.config,
    deployments: flags.deployments ?? [],
    now: flags.now,
    reportUnusedDisableDirectives: flags.reportUnusedDisableDirectives === true,
    baseline: previous,
    baselineFile: baselineFile.file,
    staged: flags.staged === true,
    ...(flags.changedSince !== undefined ? { changedSince: flags.changedSince } : {}),
    ...(flags.cache ? { cache: flags.cacheLocation ?? true } : {}),
    onProgress: progress.update,
  };
  // The resident daemon (--daemon, ARCH_LINT_DAEMON=1) scans with the same options; --fix edits files and scans again
  // in this process. No daemon, or any trouble with it: this process scans (and the answer is the same).
  let outcome: ScanOutcome | null = usesDaemon(flags, io.env) ? await scanInDaemon(options, io) : null;
  // Loaded only for a scan here: a run the daemon served never loads the scanner.
  const scan = async (scanOptions: LintOptions): Promise<ScanOutcome> => (await import('../lint.js')).scan(scanOptions);
  const lint = async (scanOptions: LintOptions): Promise<LintResult> => (await import('../lint.js')).lint(scanOptions);
  if (outcome === null) {
    try {
      outcome = await scan(options);
    } finally {
      progress.done();
    }
  }
  const noColorEnv = io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '';
  const color = flags.color && !noColorEnv && io.isTTY;
  // Pull requests see what they change: the markdown report and the GitHub job summary draw the integrations added or removed.
  if (flags.changedSince !== undefined && plan.some((entry) => entry.format === 'markdown' || entry.format === 'github')) {
    // A picture, not a check: when the merge base cannot be scanned the reports go out without it, and say why.
    await addLandscapeChange(outcome.result(), flags.changedSince, flags, io.cwd).catch((error: unknown) =>
      io.stderr(`arch-lint: the integrations this change adds or removes are not drawn: ${error instanceof Error ? error.message : String(error)}\n`),
    );
  }

  // The plain case, where a result reused from the cache need not even be parsed: JSON reports are copied.
  if (!flags.updateBaseline && !flags.fix && !flags.fixDryRun && !flags.quiet && !flags.staged) {
    try {
      await writeReports(outcome.result, plan, io, { color, jsonReportFile: outcome.reportFile, verbose: flags.verbose === true });
    } catch (error) {
      const gone = outcome.reportFile !== null && (error as NodeJS.ErrnoException).code === 'ENOENT' && (error as NodeJS.ErrnoException).path === outcome.reportFile;
      if (!gone) throw error;
      // A concurrent run replaced the cached result meanwhile: scan again, then report.
      outcome = await scan({ ...options, reuseResult: false, onProgress: undefined });
      await writeReports(outcome.result, plan, io, { color, jsonReportFile: outcome.reportFile, verbose: flags.verbose === true });
    }
    return exitCodeOfCounts(outcome.summary, outcome.incomplete, flags.maxWarnings, io);
  }

  let result: LintResult;
  try {
    result = outcome.result();
  } catch (error) {
    if (!outcome.reused || (error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    result = await lint({ ...options, reuseResult: false, onProgress: undefined });
  }
  if (flags.staged && result.scope?.files.length === 0) {
    io.stdout('arch-lint: nothing staged to check.\n');
    return 0;
  }
  if (flags.updateBaseline) return updateBaseline(result, previous, baselineFile.file, flags, io);
  if (flags.fix || flags.fixDryRun) {
    const { applyFixes } = await import('../fix/apply.js');
    const outcome = await applyFixes(result.root, result, { dryRun: flags.fixDryRun === true });
    const verb = flags.fixDryRun ? 'would fix' : 'fixed';
    for (const fix of outcome.applied) io.stderr(`arch-lint: ${verb} ${fix.file}: ${fix.description}\n`);
    for (const fix of outcome.skipped) io.stderr(`arch-lint: left ${fix.file}: ${fix.description} (${fix.reason})\n`);
    io.stderr(`arch-lint: ${flags.fixDryRun ? `${plural(outcome.applied.length, 'fix', 'fixes')} would be applied` : `applied ${plural(outcome.applied.length, 'fix', 'fixes')}`} in ${plural(outcome.files.length, 'file')}, ${outcome.skipped.length} left.\n`);
    if (outcome.applied.length === 0 && outcome.skipped.length === 0) {
      // Say why nothing applies, and why the exit code is still the scan's.
      const live = result.findings.filter((finding) => !finding.suppressed).length;
      io.stderr(
        `arch-lint: nothing to fix: none of the ${plural(live, 'finding')} carries a fix. Fixes rewrite a backend URL written as one string literal ` +
          'to its gateway URL (gateway-bypass findings whose API the gateway catalogue publishes; docs/fixes.md). ' +
          `The exit code is the scan's${result.summary.errors > 0 ? `: ${plural(result.summary.errors, 'error')} remain` : ''}.\n`,
      );
    }
    if (flags.fixDryRun) {
      // stdout carries the diff; reports go to their --output files only.
      io.stdout(outcome.diff);
      await writeReports(flags.quiet ? errorsOnly(result) : result, plan, io, { color, skipStdout: true, verbose: flags.verbose === true });
      return exitCodeOf(result, flags.maxWarnings, io);
    }
    // Report what is left, as the files are now.
    if (outcome.applied.length > 0) result = await lint({ ...options, onProgress: undefined });
  }

  await writeReports(flags.quiet ? errorsOnly(result) : result, plan, io, { color, verbose: flags.verbose === true, ...(flags.quiet ? { hiddenWarnings: result.summary.warnings } : {}) });
  return exitCodeOf(result, flags.maxWarnings, io);
}

/** Whether this run asks the resident daemon: `--daemon` or `ARCH_LINT_DAEMON` set (not to `0`), and no `--fix`. */
function usesDaemon(flags: LintFlags, env: NodeJS.ProcessEnv): boolean {
  const fromEnv = env.ARCH_LINT_DAEMON !== undefined && env.ARCH_LINT_DAEMON !== '' && env.ARCH_LINT_DAEMON !== '0';
  return (flags.daemon === true || fromEnv) && !flags.fix && !flags.fixDryRun;
}

/** The daemon's outcome for these options, or null (scan here). `ARCH_LINT_DEBUG=1` says on stderr why not. */
async function scanInDaemon(options: LintOptions, io: CliIO): Promise<ScanOutcome | null> {
  const { lintViaDaemon } = await import('../daemon/client.js');
  const debug = io.env.ARCH_LINT_DEBUG !== undefined && io.env.ARCH_LINT_DEBUG !== '' && io.env.ARCH_LINT_DEBUG !== '0' ? (note: string) => io.stderr(`arch-lint: debug: ${note}\n`) : () => undefined;
  const wire = {
    cwd: io.cwd,
    paths: [...(options.paths ?? [])],
    deployments: [...(options.deployments ?? [])],
    now: (options.now ?? new Date()).toISOString(),
    reportUnusedDisableDirectives: options.reportUnusedDisableDirectives === true,
    baseline: options.baseline ?? null,
    staged: options.staged === true,
    ...(options.configFile !== undefined ? { configFile: options.configFile } : {}),
    ...(options.baselineFile !== undefined ? { baselineFile: options.baselineFile } : {}),
    ...(options.changedSince !== undefined ? { changedSince: options.changedSince } : {}),
  };
  const served = await lintViaDaemon(wire, io.env, debug);
  if (served === null) return null;
  const { result, incomplete, elapsedMs } = served;
  debug(`served by the daemon${elapsedMs === null ? '' : ` (scan: ${elapsedMs} ms)`}`);
  return { summary: result.summary, incomplete, result: () => result, reportFile: null, reused: false };
}

/** `landscape.change`: the landscape now against the one at the merge base with `ref`. */
async function addLandscapeChange(result: LintResult, ref: string, flags: LintFlags, cwd: string): Promise<void> {
  if (!result.landscape) return;
  const { diffLandscapes, landscapeAtRevision } = await import('../landscape/change.js');
  const base = await landscapeAtRevision({ root: result.root, ref, ...(flags.config !== undefined ? { configFile: path.resolve(cwd, flags.config) } : {}), ...(flags.now ? { now: flags.now } : {}) });
  result.landscape.change = diffLandscapes(base, result.landscape, ref);
}

/**
 * Several paths scan from the current directory with its config: a path with a config of its own (another
 * repository) is not judged by it. Say so, rather than silently use another repository's rules.
 */
async function warnAboutOwnConfigs(paths: readonly string[], root: string, configFlag: string | undefined, io: CliIO): Promise<void> {
  const { findConfigFile } = await import('../config/load.js');
  const used = configFlag !== undefined ? path.resolve(io.cwd, configFlag) : findConfigFile(root);
  for (const given of paths) {
    const dir = path.resolve(io.cwd, given);
    let isDirectory = false;
    try {
      isDirectory = statSync(dir).isDirectory();
    } catch {
      // a missing path is reported by the scan
    }
    const own = isDirectory ? findConfigFile(dir) : null;
    if (own !== null && own !== used) {
      io.stderr(
        `arch-lint: warning: ${given} has its own config (${path.relative(io.cwd, own) || own}), which this scan does not use: ` +
          `it uses ${used === null ? 'the built-in "recommended" preset' : path.relative(io.cwd, used) || used}. Scan it on its own (arch-lint ${given}) to use its config.\n`,
      );
    }
  }
}

/**
 * `--update-baseline`: every finding that counts (or was already baselined) becomes an entry, stale entries go,
 * comments stay. Under CI the baseline may only shrink unless `--force`.
 */
async function updateBaseline(result: LintResult, previous: Baseline | null, file: string, flags: LintFlags, io: CliIO): Promise<number> {
  const { buildBaseline, checkBaselineUpdate, serializeBaseline, BaselineError } = await import('../judge/suppressions/baseline.js');
  const next = buildBaseline(result, previous);
  const check = checkBaselineUpdate(previous, next, { ci: isCi(io.env), force: flags.force === true });
  if (!check.ok) throw new BaselineError(check.message);
  const stale = result.baseline?.stale.length ?? 0;
  // Entries now = previous entries still found + new ones.
  const added = Math.max(0, next.entries.length - (previous ? previous.entries.length - stale : 0));
  const shown = path.relative(io.cwd, file) || file;
  const text = serializeBaseline(next);
  const unchanged = previous !== null && existsSync(file) && serializeBaseline(previous) === text;
  if (!unchanged) {
    try {
      await writeFileAtomically(file, text);
    } catch (error) {
      // A full disk or a read-only folder: the old baseline is left as it was (the write is atomic); say which file.
      throw new BaselineError(`cannot write the baseline ${shown} (${(error as NodeJS.ErrnoException).code ?? String(error)}); the previous file, if any, is unchanged.`);
    }
  }
  io.stdout(
    `arch-lint: ${unchanged ? 'baseline unchanged' : previous ? 'updated' : 'wrote'} ${shown}: ${plural(next.entries.length, 'entry', 'entries')}` +
      `${previous ? ` (${added} added, ${stale} stale removed)` : ''}.\n`,
  );
  return 0;
}
