/**
 * The programmatic API: `lint` and `scan`. The CLI, tests and other front ends call them. A scan loads the config,
 * discovers the files and — with `--cache` — reuses the result of an identical earlier scan; otherwise it runs the
 * pipeline (extract → resolve → judge, wired in `pipeline.ts`, which is loaded only then).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { FactsCache, buildId, cacheFilePath, defaultCacheLocation } from './cache/facts-cache.js';
import { scanRoot } from './scan-root.js';
import type { WalkMemo } from './discover/walk.js';
import { WalkMemoFile } from './cache/walk-memos.js';
import { cacheWriteProblem } from './atomic-write.js';
import { contentHash } from './content-hash.js';
import { RACY_MARGIN_MS, ResultCache, scanKey, statsAreSettled, type CatalogInputs, type ReadInputs } from './cache/result-cache.js';
import { UsageError } from './config/errors.js';
import { loadConfig } from './config/load.js';
import { discover, toPosix, type DiscoverResult } from './discover/index.js';
import { changedLines } from './discover/git.js';
import { deploymentFolders, discoverDeploymentFiles } from './discover/deployments.js';
import { packageRoot } from './package-root.js';
import { ruleIds } from './judge/rules/ids.js';
import type { StagedIndex } from './discover/staged.js';
import type { LintResult, Problem, RuleSetting } from './model.js';
import type { Baseline } from './judge/suppressions/baseline.js';
import type { SuppressionPass } from './judge/suppressions/passes.js';
import type { StageMemo } from './cache/resident-memo.js';
import type { PipelineOutput } from './pipeline.js';

export interface LintOptions {
  /** Working directory (default `process.cwd()`); relative paths are relative to it. */
  cwd?: string;
  /** Files or directories to scan (default: cwd). A single directory becomes the root; otherwise the root is cwd. */
  paths?: readonly string[];
  /** Config file to use instead of searching upward from the root. */
  configFile?: string;
  /** `--deployments`: folders of a deployment repository whose manifests bind this repository's variables (read only). */
  deployments?: readonly string[];
  /** Preset to scan with when no config file is found (default `recommended`): what `arch-lint init --preset` writes. */
  preset?: string;
  /** "Today" for date comparisons (waiver expiry); default now. */
  now?: Date;
  /** Rule settings that win over the config. */
  rules?: Record<string, RuleSetting>;
  /** Files read and extracted at once (default 8). */
  concurrency?: number;
  /** Report inline suppression comments that suppress nothing (`--report-unused-disable-directives`). */
  reportUnusedDisableDirectives?: boolean;
  /** Suppression passes run after the built-in ones (inline directives, then manifest waivers), e.g. the baseline. */
  suppressionPasses?: readonly SuppressionPass[];
  /** Known findings to report as suppressed (kind `baseline`); runs after every other suppression pass. Read it with `readBaseline`. */
  baseline?: Baseline | null;
  /** Where `baseline` was read from (absolute, or relative to cwd), for the report's `baseline.file`. */
  baselineFile?: string;
  /**
   * `--staged`: scan the files staged in git with their staged content (not the work tree), resolved with the
   * modules they import (transitively) and the repository's manifests that can bind what they read; findings, calls and
   * problems are reported for the staged files only. `paths` must name at most the root directory.
   */
  staged?: boolean;
  /**
   * `--changed-since <ref>`: scan everything, report only findings on lines changed since the merge base of `ref`
   * and HEAD (work tree included), or whose target was decided by a changed line (a binding, the URL literal).
   */
  changedSince?: string;
  /** Keep per-file facts between runs in this cache file or directory (see docs/cache.md); `true` = the default location. */
  cache?: boolean | string;
  /**
   * With `cache`: also keep the whole result, and reuse it while nothing it depends on has changed (default true;
   * never for `staged`, `changedSince` or custom `suppressionPasses`). See src/cache/result-cache.ts.
   */
  reuseResult?: boolean;
  /** Called as files are read and extracted (`done` of `total`), e.g. for a progress line. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Resident mode: facts and walk memos kept in memory between scans of this root (`residentState(root)`), used
   * instead of the `cache` option's files (which are then neither read nor written). The result is the same.
   */
  resident?: ResidentState;
}

function readToolVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('package.json', packageRoot), 'utf8')) as { version?: unknown };
  return typeof manifest.version === 'string' ? manifest.version : '0.0.0';
}

export const toolVersion = readToolVersion();


/**
 * State kept in memory between scans of one root by a long-lived process (the resident mode, src/daemon/; an
 * editor integration): the per-file facts (the `--cache` file's logic, in memory) and the last directory walks. It
 * replaces the `cache` option's files; every other input is read again on each scan, as in a cold run.
 */
export interface ResidentState {
  /** Per-file facts, by path, with each file's stat and content hash (`FactsCache.inMemory`). */
  facts: FactsCache;
  /** The last walks' memos by start folder (see `WalkMemo`): a folder whose stat is unchanged is not listed again. */
  walkMemos: Record<string, WalkMemo>;
  /** The last scan's resolve-and-judge output, reused while its inputs are unchanged (src/cache/resident-memo.ts). */
  lastOutput?: StageMemo<PipelineOutput> | undefined;
  /** How many scans reused `lastOutput` (for tests and `ARCH_LINT_DEBUG`). */
  reusedOutputs?: number;
}

/** Fresh resident state for scans of `root`. */
export function residentState(root: string): ResidentState {
  return { facts: FactsCache.inMemory(root, toolVersion), walkMemos: {} };
}

/** A scan's outcome: the result, or — when `--cache` could reuse it — where its JSON report already is. */
export interface ScanOutcome {
  summary: LintResult['summary'];
  /** An input problem is error-level: the scan is incomplete (exit 1 even without findings). */
  incomplete: boolean;
  /** The result (read from the result cache on first call when the scan was reused). */
  result(): LintResult;
  /**
   * A file holding the result as the JSON report (`formatJson`'s text, byte for byte) when the result cache has
   * it, else null. A concurrent run may remove it; a reader that cannot open it scans again with `reuseResult: false`.
   */
  reportFile: string | null;
  /** Whether the result came from the result cache. */
  reused: boolean;
}

/**
 * `--staged`: start reading git's index; once git names the staged files, their extractors start loading (the
 * TypeScript compiler takes ~80 ms) while git lists the rest.
 */
async function startReadingStagedIndex(root: string): Promise<{ index: Promise<StagedIndex> }> {
  const [{ readStagedIndex }, { preloadExtractors }, { classifyFile }] = await Promise.all([import('./discover/staged.js'), import('./extract/index.js'), import('./discover/classify.js')]);
  const index = readStagedIndex(root, (staged) => {
    // Without the package.json folders a node-config file may look like source here: a wasted load at worst.
    const kinds = staged.map((file) => classifyFile(file, { packageDirs: new Set() })).filter((kind) => kind !== null);
    preloadExtractors(kinds);
  });
  // Awaited (and its failure reported) by the pipeline; until then a rejection must not count as unhandled.
  index.catch(() => undefined);
  // Wrapped: an async function would otherwise wait for the promise it returns.
  return { index };
}

/** `scan`, then the result. */
export async function lint(options: LintOptions = {}): Promise<LintResult> {
  const outcome = await scan(options);
  try {
    return outcome.result();
  } catch (error) {
    // The cached report vanished between the lookup and the read (a concurrent run replaced it): scan.
    if (outcome.reused && (error as NodeJS.ErrnoException).code === 'ENOENT') return (await scan({ ...options, reuseResult: false })).result();
    throw error;
  }
}

/** The pipeline: discover → extract → resolve → judge, or the cached result of an identical earlier scan. */
export async function scan(options: LintOptions = {}): Promise<ScanOutcome> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const paths = options.paths ?? [];
  for (const given of paths) {
    if (!existsSync(path.resolve(cwd, given))) throw new UsageError(`no such file or directory: ${given}`);
  }
  const root = scanRoot(cwd, paths);
  // --staged: git reads the index while the config and the pipeline's modules load (a pre-commit hook has ~0.4 s).
  const stagedIndex = options.staged && paths.every((given) => path.resolve(cwd, given) === root) ? (await startReadingStagedIndex(root)).index : undefined;
  const config = loadConfig({ root, configFile: options.configFile, cwd, knownRuleIds: ruleIds, ...(options.preset === undefined ? {} : { preset: options.preset }) });
  if (options.staged && paths.some((given) => path.resolve(cwd, given) !== root)) {
    throw new UsageError('--staged scans the files staged in git: give no paths, or only the root directory');
  }
  // Fail on a missing ref before the scan, not after it.
  const changed = options.changedSince !== undefined ? await changedLines(root, options.changedSince) : null;

  const now = options.now ?? new Date();
  const cacheFile = options.cache && !options.resident ? cacheFilePath(typeof options.cache === 'string' ? path.resolve(cwd, options.cache) : defaultCacheLocation(root), root) : null;
  // A whole result is reused only when every input is known (see src/cache/result-cache.ts).
  const deployments = deploymentFolders(config, options.deployments ?? [], cwd, root);
  // Deployment folders are outside the result cache's key: a scan that reads them is never reused.
  const resultCache = deployments.folders.length === 0 && cacheFile !== null && options.reuseResult !== false && !options.staged && changed === null && (options.suppressionPasses ?? []).length === 0 ? new ResultCache(cacheFile) : null;
  // Taken before discovery's stats: a file changed after this moment cannot be in a stored result's key unchanged.
  const scanStartedAt = Date.now();
  let discovered: DiscoverResult | null = null;
  let cacheWriteTrouble: Problem | null = null;
  let resultKey: string | null = null;
  if (!options.staged) {
    // With --cache, a folder whose stat is unchanged since the last walk is not listed again (see WalkMemo).
    const build = buildId(toolVersion);
    const walkMemoFile = cacheFile === null ? null : new WalkMemoFile(cacheFile, root, build);
    const previousWalks = walkMemoFile?.load() ?? {};
    const memoSource = options.resident?.walkMemos ?? (walkMemoFile ? previousWalks : null);
    const walkMemos = memoSource ? { walkMemos: { previous: memoSource, settledBefore: scanStartedAt - RACY_MARGIN_MS } } : {};
    discovered = await discover({ root, paths: paths.length > 0 ? paths.map((p) => path.resolve(cwd, p)) : [root], include: config.include, exclude: config.exclude, ...walkMemos });
    if (options.resident && discovered.walkMemos) options.resident.walkMemos = { ...options.resident.walkMemos, ...discovered.walkMemos };
    discovered.problems.push(...deployments.problems);
    if (deployments.folders.length > 0) {
      const extra = await discoverDeploymentFiles(deployments.folders, root);
      discovered.files.push(...extra.files);
      discovered.problems.push(...extra.problems);
    }
    // Only a speed-up: a memo that cannot be written is reported with the scan's result, if there is a scan.
    if (walkMemoFile) await walkMemoFile.save(previousWalks, discovered.walkMemos ?? {}).catch((error: unknown) => (cacheWriteTrouble = cacheWriteProblem(walkMemoFile.file, error)));
    if (resultCache) {
      resultKey = scanKey({
        build,
        root,
        paths: paths.map((given) => toPosix(path.relative(root, path.resolve(cwd, given)))),
        config,
        day: now.toISOString().slice(0, 10),
        rules: options.rules ?? null,
        reportUnusedDisableDirectives: options.reportUnusedDisableDirectives === true,
        baseline: options.baseline ?? null,
        baselineFile: options.baselineFile === undefined ? null : path.resolve(cwd, options.baselineFile),
        files: discovered.files,
        problems: discovered.problems,
      });
      const hit = await resultCache.lookup(resultKey, async (patterns, baseDir) => (await import('./catalog/load.js')).catalogFiles(patterns, baseDir));
      if (hit) {
        let parsed: LintResult | null = null;
        return {
          summary: hit.summary,
          // Results with an error-level problem are never stored.
          incomplete: false,
          result: () => (parsed ??= JSON.parse(readFileSync(hit.reportFile, 'utf8')) as LintResult),
          reportFile: hit.reportFile,
          reused: true,
        };
      }
    }
  }
  const { runPipeline } = await import('./pipeline.js');
  const { result, reads, catalogRead } = await runPipeline({ options, cwd, root, paths, config, changed, now, toolVersion, cacheFile, discovered, trackReads: resultCache !== null, ...(stagedIndex ? { stagedIndex } : {}) });
  // Problems without a file sort first.
  if (cacheWriteTrouble) result.problems.unshift(cacheWriteTrouble);
  const incomplete = result.problems.some((problem) => problem.severity === 'error');
  let reportFile: string | null = null;
  // An incomplete scan is not stored (its cause may be gone next time), nor one whose files' stats cannot be trusted.
  // Nor one carrying a warning about the facts cache itself (corrupt, unreadable): the run that reported it repaired it.
  const cacheTrouble = result.problems.some((problem) => problem.code.startsWith('cache-'));
  if (resultCache && resultKey !== null && discovered && !incomplete && !cacheTrouble && statsAreSettled(discovered.files, scanStartedAt)) {
    const { formatJson } = await import('./report/json.js');
    const { redactResult } = await import('./redact.js');
    const catalogInputs: CatalogInputs | null =
      config.gateway.catalog.length > 0 ? { patterns: config.gateway.catalog, baseDir: config.baseDir, files: Object.fromEntries(catalogRead.map((file) => [file.path, file.content === null ? null : contentHash(file.content)])) } : null;
    const readInputs: ReadInputs = Object.fromEntries([...reads].map(([file, hash]) => [path.join(root, file), hash]));
    reportFile = await resultCache.store(resultKey, { reads: readInputs, catalog: catalogInputs }, result.summary, formatJson(redactResult(result))).catch((error: unknown) => {
      result.problems.unshift(cacheWriteProblem(path.dirname(cacheFile!), error));
      return null;
    });
  }
  return { summary: result.summary, incomplete, result: () => result, reportFile, reused: false };
}
