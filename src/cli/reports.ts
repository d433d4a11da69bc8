/**
 * Writing the reports of one run: each `--format` to its `--output` (or stdout), the GitHub job summary,
 * and the repository root CI systems resolve paths against. Shared by a scan and `arch-lint format`.
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { writeFileAtomicallySync } from '../atomic-write.js';
import path from 'node:path';
import { UsageError } from '../config/errors.js';
import type { LintResult } from '../model.js';
import type { Formatter } from '../report/index.js';
import type { CliIO } from './main.js';

export interface ReportEntry {
  format: string;
  /** null: standard output. */
  output: string | null;
  formatter: Formatter;
}

/** Pair each format with its output file (the i-th `--output` takes the i-th `--format`); at most one may go to stdout. */
export async function planReports(formats: readonly string[], outputs: readonly string[]): Promise<ReportEntry[]> {
  const { loadFormatter, formatNames } = await import('../report/index.js');
  const names = formats.length > 0 ? formats : ['stylish'];
  if (outputs.length > names.length) throw new UsageError('more --output files than --format options: give one --format per --output');
  const plan: ReportEntry[] = [];
  for (const [index, format] of names.entries()) {
    const formatter = await loadFormatter(format);
    if (!formatter) throw new UsageError(`unknown format '${format}' (available: ${formatNames().join(', ')})`);
    plan.push({ format, output: outputs[index] ?? null, formatter });
  }
  if (plan.filter((entry) => entry.output === null).length > 1) throw new UsageError('several formats would go to stdout: give each --format its own --output');
  return plan;
}

/**
 * The git repository's top level above `root` (found by its `.git` entry, no subprocess), when it is not
 * `root` itself: SARIF's `%SRCROOT%` and the paths GitHub and GitLab show are relative to it.
 */
export function repositoryRootAbove(root: string): string | undefined {
  let dir = path.resolve(root);
  for (;;) {
    if (existsSync(path.join(dir, '.git'))) return dir === path.resolve(root) ? undefined : dir;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export interface WriteReportsOptions {
  /** Colour for stdout (a TTY, no --no-color, no NO_COLOR). */
  color: boolean;
  /** Skip reports that would go to stdout (stdout carries something else, e.g. a fix diff). */
  skipStdout?: boolean;
  /**
   * A file that already holds this result's JSON report (the result cache's): `json` reports are copied from it,
   * byte for byte what the formatter would write, without rendering 20 MB again.
   */
  jsonReportFile?: string | null;
  /** Stylish: `--verbose`. */
  verbose?: boolean;
  /** Warnings `--quiet` left out. */
  hiddenWarnings?: number;
}

/** The width text reports wrap to: the terminal's for stdout, else COLUMNS, else 100. */
function textWidth(io: CliIO, toStdout: boolean): number {
  const columns = Number(io.env.COLUMNS);
  if (toStdout && io.columns !== undefined && io.columns > 0) return io.columns;
  return Number.isInteger(columns) && columns > 0 ? columns : 100;
}

/**
 * Write every planned report. `result` may be a function: it is called only if a report needs the result itself
 * (not when every report is JSON copied from `jsonReportFile`).
 */
export async function writeReports(resultOrLoader: LintResult | (() => LintResult), plan: readonly ReportEntry[], io: CliIO, options: WriteReportsOptions): Promise<void> {
  let loaded: LintResult | null = typeof resultOrLoader === 'function' ? null : resultOrLoader;
  const result = (): LintResult => (loaded ??= (resultOrLoader as () => LintResult)());
  const copyJson = (entry: ReportEntry): boolean => entry.format === 'json' && typeof options.jsonReportFile === 'string';
  // Every output is tried, each written atomically (a full disk leaves the previous file, never half a report); a
  // failure is reported after the others were written.
  const failures: string[] = [];
  let srcRoot: string | undefined | null = null;
  for (const entry of plan) {
    if (entry.output === null && options.skipStdout) continue;
    let text: string | null = null;
    if (!copyJson(entry)) {
      if (srcRoot === null) srcRoot = repositoryRootAbove(result().root);
      text = entry.formatter(result(), {
        color: options.color && entry.output === null,
        ...(srcRoot ? { srcRoot } : {}),
        width: textWidth(io, entry.output === null),
        ...(options.verbose ? { verbose: true } : {}),
        ...(options.hiddenWarnings ? { hiddenWarnings: options.hiddenWarnings } : {}),
      });
    }
    if (entry.output === null) {
      io.stdout(text ?? readFileSync(options.jsonReportFile!, 'utf8'));
    } else {
      const target = path.resolve(io.cwd, entry.output);
      // The cached report removed by a concurrent run throws ENOENT here: the caller scans again.
      if (text === null) text = readFileSync(options.jsonReportFile!, 'utf8');
      try {
        writeFileAtomicallySync(target, text);
      } catch (error) {
        // A path we cannot write (a full disk, a file where a folder should be, no permission) is the user's to fix, not a crash.
        failures.push(`cannot write the ${entry.format} report to ${target} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
      }
    }
  }
  if (failures.length > 0) throw new UsageError(failures.join('; '));
  const summaryFile = io.env.GITHUB_STEP_SUMMARY;
  if (summaryFile && plan.some((entry) => entry.format === 'github')) {
    // The Markdown job summary goes with the annotations; GitHub shows it on the run's page.
    const { githubJobSummary } = await import('../report/github.js');
    const { escapeResultForText, redactResult } = await import('../redact.js');
    appendFileSync(path.resolve(io.cwd, summaryFile), githubJobSummary(escapeResultForText(redactResult(result()))));
  }
}

/** Exit code from a result's counts, as ESLint: 1 for errors or more warnings than allowed, else 0. */
export function exitCodeOf(result: LintResult, maxWarnings: number | undefined, io: CliIO): number {
  return exitCodeOfCounts(result.summary, result.problems.some((problem) => problem.severity === 'error'), maxWarnings, io);
}

/** `exitCodeOf` from the counts alone; `incomplete`: an input problem is error-level. */
export function exitCodeOfCounts(summary: LintResult['summary'], incomplete: boolean, maxWarnings: number | undefined, io: CliIO): number {
  const { errors, warnings } = summary;
  if (errors > 0) return 1;
  // An error-level input problem (a grammar or catalogue that could not be loaded) means the scan is
  // incomplete: a run that silently passes would be worse than one that fails.
  if (incomplete) {
    io.stderr('arch-lint could not analyse every input (see the errors listed); failing the run.\n');
    return 1;
  }
  const limit = maxWarnings ?? -1;
  if (limit >= 0 && warnings > limit) {
    io.stderr(`arch-lint found too many warnings (maximum: ${limit}).\n`);
    return 1;
  }
  return 0;
}
