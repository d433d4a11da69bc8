/**
 * The pipeline proper — extract → resolve → judge → result — for the files `lint.ts` discovered (or, for
 * `--staged`, the staged files and what they need). Loaded only when a scan runs: a run whose result the cache
 * already holds never loads the extractors, the resolver or the rules.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { FactsCache } from './cache/facts-cache.js';
import { memoKey, readsUnchanged, sameFacts } from './cache/resident-memo.js';
import { cacheWriteProblem } from './atomic-write.js';
import { contentHash } from './content-hash.js';
import type { ResolvedConfig } from './config/types.js';
import type { DiscoverResult } from './discover/index.js';
import { readDiscoveredFile, toPosix } from './discover/index.js';
import type { ReadOutcome } from './discover/read.js';
import { isOnChangedLines } from './discover/git.js';
import { alwaysParsedInStagedRun, manifestMayMatter, manifestNeedles, normalizedName, readManifestOfStagedRun, selectStagedFiles, type StagedIndex } from './discover/staged.js';
import { extractFile } from './extract/index.js';
import { visitSyms } from './extract/facts.js';
import { judge } from './judge/index.js';
import type { BaselineSummary, Binding, DiscoveredFile, FileFacts, FileStat, Finding, LintResult, Problem } from './model.js';
import { resolveCalls } from './resolve/index.js';
import { moduleResolvers } from './resolve/modules.js';
import { filesCallingWrappers } from './resolve/wrapper-callers.js';
import { readProjectModules } from './resolve/modules/typescript-aliases.js';
import { baselineSuppressionPass, type BaselineOutcome } from './judge/suppressions/baseline.js';
import { attributeServices, checkOpenApiFiles } from './resolve/services.js';
import { readGatewayRoutes } from './resolve/gateway-routes.js';
import { annotateApis } from './catalog/annotate.js';
import { attachLiterals, withContentHashes } from './fix/literals.js';
import type { SuppressionPass } from './judge/suppressions/passes.js';
import { directiveSuppressionPass } from './judge/suppressions/directives.js';
import { suppressWaivedFindings } from './judge/rules/waiver-expired.js';
import type { LintOptions } from './lint.js';
import { buildLandscape } from './landscape/build.js';
import { classifyHost } from './judge/zones.js';
import { zoneSummary } from './judge/zone-summary.js';

/** Text of a root-relative file, or null when it cannot be read (a missing OpenAPI file is a finding, not an error). */
function readTextOrNull(root: string, relative: string): string | null {
  try {
    return readFileSync(path.join(root, relative), 'utf8');
  } catch {
    return null;
  }
}

/** Run `work` over `items` with at most `limit` in flight; results keep the input order. */
async function mapWithConcurrency<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}



export interface PipelineInput {
  options: LintOptions;
  cwd: string;
  root: string;
  paths: readonly string[];
  config: ResolvedConfig;
  /** `--changed-since`: the changed lines by file. */
  changed: Map<string, Set<number>> | null;
  now: Date;
  toolVersion: string;
  /** The facts cache file (`--cache`), or null. */
  cacheFile: string | null;
  /** What discovery found; null for `--staged` (the files come from git). */
  discovered: DiscoverResult | null;
  /** `--staged`: git's index, being read since the scan started. */
  stagedIndex?: Promise<StagedIndex>;
  /** Record the files read beside the discovered ones (for the result cache). */
  trackReads: boolean;
}

export interface PipelineOutput {
  result: LintResult;
  /** Root-relative files read beside the discovered ones → sha256 of the content (null: unreadable), when tracked. */
  reads: Map<string, string | null>;
  /** The gateway catalogue files read (content null: unreadable). */
  catalogRead: { path: string; content: string | null }[];
}

/** `file` relative to the scan root in posix form, or as it is (posix) when it lies outside the root. */
function relativeToRoot(root: string, file: string): string {
  const relative = path.relative(root, file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? toPosix(file) : toPosix(relative);
}

/** The config's `bindings:` as bindings of the resolver: an env var, or a configuration key when the name has a `.` or `:`. */
function statedBindings(config: ResolvedConfig, root: string): Binding[] {
  return config.bindings.map((stated) => {
    return {
      type: /[.:]/.test(stated.name) ? 'config' : 'env',
      name: stated.name,
      value: stated.value,
      loc: { file: relativeToRoot(root, stated.file), line: stated.line, column: 1 },
      source: 'arch-lint-config',
      environment: stated.environment ?? 'prod',
      service: stated.service ?? null,
      reason: stated.reason,
    };
  });
}

/** Extract, resolve and judge; the result of a `lint`. */
export async function runPipeline(input: PipelineInput): Promise<PipelineOutput> {
  const { options, cwd, root, paths, config, changed, now, cacheFile, discovered } = input;
  const problems: Problem[] = [];
  let cache: FactsCache | null = null;
  if (options.resident) {
    // Resident mode: the facts of earlier scans, in memory (lint.ts then gives no cache file).
    cache = options.resident.facts;
    cache.beginRun();
  } else if (cacheFile !== null) {
    const opened = await FactsCache.open(cacheFile, root, input.toolVersion);
    if (opened.problem) problems.push(opened.problem);
    cache = opened.cache;
  }
  const context: ExtractionContext = { cache, problems, concurrency: options.concurrency ?? 8, onProgress: options.onProgress };
  let collected: CollectedFacts;
  if (discovered === null) {
    collected = await collectStagedFacts(root, config.include, config.exclude, input.stagedIndex, context);
  } else {
    problems.push(...discovered.problems);
    const extracted = await extractAll(discovered.files.map((file) => ({ file, content: null })), context, { done: 0, total: discovered.files.length });
    const byPath = new Map(discovered.files.map((file) => [file.path, file]));
    const facts = await withWrapperCallers(extracted, (file) => byPath.get(file), () => null, context);
    collected = { facts, problems, reported: null };
  }
  const facts = collected.facts;
  for (const fileFacts of facts) problems.push(...fileFacts.problems);
  // Saved before resolution: nothing downstream can change what is written.
  // Only a scan of the whole root may forget files it did not see (cache entries, baseline entries).
  const wholeRoot = !options.staged && paths.every((given) => path.resolve(cwd, given) === root);
  if (cache) await cache.save({ prune: wholeRoot }).catch((error: unknown) => problems.push(cacheWriteProblem(cache.file, error)));

  // Resident mode: the last scan's output while nothing it was computed from has changed (src/cache/resident-memo.ts).
  const resident = options.resident && discovered !== null && changed === null && !options.staged && (options.suppressionPasses ?? []).length === 0 && config.gateway.catalog.length === 0 ? options.resident : null;
  const stageKey = resident
    ? memoKey({
        root,
        paths,
        config,
        day: now.toISOString().slice(0, 10),
        rules: options.rules ?? null,
        reportUnusedDisableDirectives: options.reportUnusedDisableDirectives === true,
        baseline: options.baseline ?? null,
        baselineFile: options.baselineFile ?? null,
        packageDirs: discovered?.packageDirs ?? null,
        moduleConfigs: discovered?.moduleConfigs ?? null,
        problems,
      })
    : null;
  if (resident && stageKey !== null) {
    const memo = resident.lastOutput;
    if (memo && memo.key === stageKey && sameFacts(memo.facts, facts) && readsUnchanged(memo.reads, (file) => readTextOrNull(root, file))) {
      resident.reusedOutputs = (resident.reusedOutputs ?? 0) + 1;
      return structuredClone(memo.output);
    }
  }

  // Files read beside the discovered ones (package.json, OpenAPI documents, sources of fixes): the result cache
  // checks them again before reusing this result. Discovered files are in its key already. The resident memo keeps
  // every file read (a discovered package.json is read for more than its facts hold).
  const reads = new Map<string, string | null>();
  const allReads = resident ? new Map<string, string | null>() : null;
  const discoveredPaths = input.trackReads && discovered ? new Set(discovered.files.map((file) => file.path)) : null;
  const readInput = (file: string): string | null => {
    const text = readTextOrNull(root, file);
    const forResultCache = discoveredPaths !== null && !discoveredPaths.has(file) && !reads.has(file);
    const forMemo = allReads !== null && !allReads.has(file);
    if (forResultCache || forMemo) {
      const hash = text === null ? null : contentHash(text);
      if (forResultCache) reads.set(file, hash);
      if (forMemo) allReads.set(file, hash);
    }
    return text;
  };
  const resolved = resolveCalls({ facts, bindings: statedBindings(config, root), readText: readInput, ...(discovered?.packageDirs ? { packageDirs: discovered.packageDirs, moduleConfigs: discovered.moduleConfigs ?? [] } : {}) });
  problems.push(...resolved.problems);

  // Services: which service makes each call and which one each target host belongs to.
  const attributed = attributeServices(resolved.calls, facts, { packageNames: resolved.packageNames });
  const services = checkOpenApiFiles(attributed.services, readInput);
  // The system's own gateways (routes in their configuration, `kind: Gateway`): calls to them are zone `gateway`.
  const gateway = readGatewayRoutes(facts, services, attributed.modules);

  // The gateway catalogue: which published API each gateway call uses, which backends are fronted.
  // Loaded only when configured: the catalogue reader brings globby and the YAML parser.
  const catalog = config.gateway.catalog.length > 0 ? await (await import('./catalog/load.js')).loadCatalogFromGlobs(config.gateway.catalog, config.baseDir) : { apis: [], problems: [], read: [] };
  problems.push(...catalog.problems);
  let calls = annotateApis(attributed.calls, catalog.apis, config.gateway.entrypoints);
  // Literal positions only matter for gateway-bypass fixes, which need a catalogue. The texts they are read from
  // are kept: each fix records the hash of the content its range was computed on.
  const literalSources = new Map<string, string | null>();
  const readLiteralSource = (file: string): string | null => {
    if (!literalSources.has(file)) literalSources.set(file, readInput(file));
    return literalSources.get(file) ?? null;
  };
  if (catalog.apis.length > 0) calls = await attachLiterals(calls, facts, async (file) => readLiteralSource(file));

  const suppressionPasses: SuppressionPass[] = [
    directiveSuppressionPass({ reportUnused: options.reportUnusedDisableDirectives === true }),
    suppressWaivedFindings,
    ...(options.suppressionPasses ?? []),
  ];
  // The baseline goes last: it only absorbs findings nothing else accepted.
  let baselineOutcome: BaselineOutcome | null = null;
  if (options.baseline) suppressionPasses.push(baselineSuppressionPass(options.baseline, (outcome) => (baselineOutcome = outcome)));
  const judged = judge({ calls, facts, services, catalog: catalog.apis, config, now, ruleOverrides: options.rules, problems, suppressionPasses, gatewayServices: gateway.gateways });
  judged.findings = withContentHashes(judged.findings, (file) => literalSources.get(file));
  // Schema violations in manifests are findings of `invalid-manifest` when it runs: list them once.
  if (judged.rules.some((rule) => rule.id === 'invalid-manifest')) {
    for (let index = problems.length - 1; index >= 0; index--) if (problems[index]!.code === 'invalid-manifest') problems.splice(index, 1);
  }

  const live = judged.findings.filter((finding) => !finding.suppressed);
  const configFile = config.file === null ? null : relativeToRoot(root, config.file);
  const full: LintResult = {
    version: 1,
    tool: { name: 'arch-lint', version: input.toolVersion },
    root,
    config: { file: configFile, extends: config.extends },
    calls: judged.calls,
    findings: judged.findings,
    problems: problems.sort(compareProblems),
    rules: judged.rules,
    unboundEnv: resolved.unboundEnv,
    summary: {
      files: facts.length,
      calls: judged.calls.length,
      errors: live.filter((finding) => finding.severity === 'error').length,
      warnings: live.filter((finding) => finding.severity === 'warning').length,
      suppressed: judged.findings.length - live.length,
      ...zoneSummary(judged.calls),
    },
  };
  if (gateway.routes.length > 0) full.gatewayRoutes = gateway.routes;

  let result = full;
  if (collected.reported) {
    const staged = collected.reported;
    result = restrictResult(full, () => true, staged);
    result.summary.files = staged.size;
    result.scope = { kind: 'staged', files: [...staged].sort() };
  } else if (changed) {
    result = restrictResult(full, (finding) => isOnChangedLines(finding, finding.callIndex === undefined ? undefined : full.calls[finding.callIndex], changed), null);
    result.problems = result.problems.filter((problem) => problem.file === null || changed.has(problem.file));
    result.scope = { kind: 'changed-since', ref: options.changedSince!, files: [...changed.keys()].sort() };
  }
  // The landscape of everything scanned (a --changed-since run reports on part of the findings, not of the landscape).
  result.landscape = buildLandscape({ result: full, services, catalog: catalog.apis, zoneOf: (host) => classifyHost(host, config.zones) });
  if (options.baseline) {
    const outcome = baselineOutcome as BaselineOutcome | null;
    const summary: BaselineSummary = {
      file: options.baselineFile === undefined ? null : relativeToRoot(root, path.resolve(cwd, options.baselineFile)),
      baselined: result.findings.filter((finding) => finding.suppressed?.kind === 'baseline').length,
      // A staged run, or a scan of some files, sees part of the code: entries for the rest would all look stale.
      stale: wholeRoot && outcome ? outcome.stale : [],
    };
    result.baseline = summary;
  }
  const output: PipelineOutput = { result, reads, catalogRead: catalog.read };
  // An incomplete result is not kept: its cause (a grammar that failed to load) may be gone next time.
  if (resident && stageKey !== null && allReads) {
    resident.lastOutput = result.problems.some((problem) => problem.severity === 'error') ? undefined : { key: stageKey, facts: [...facts], reads: allReads, output: structuredClone(output) };
  }
  return output;
}

function compareProblems(a: Problem, b: Problem): number {
  const fileA = a.file ?? '';
  const fileB = b.file ?? '';
  return (fileA < fileB ? -1 : fileA > fileB ? 1 : 0) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}

interface CollectedFacts {
  facts: FileFacts[];
  problems: Problem[];
  /** `--staged`: the staged files (root-relative); null = every file scanned is reported on. */
  reported: Set<string> | null;
}

interface ExtractionContext {
  cache: FactsCache | null;
  problems: Problem[];
  concurrency: number;
  onProgress?: (done: number, total: number) => void;
}

/**
 * One file's facts: from the cache when it knows the file (by size and mtime, else by content hash), else read
 * and extracted. `content` is given for staged files (their index content, not the work tree's).
 */
async function factsOf(file: DiscoveredFile, content: string | null, context: ExtractionContext): Promise<FileFacts | null> {
  const { cache } = context;
  let info: FileStat | null = null;
  if (cache && content === null) {
    try {
      // Discovery's stat when there is one. Synchronous on purpose: 20,000 stat promises cost ten times more than the calls.
      info = file.stat ?? statSync(file.absPath);
      const known = cache.lookupByStat(file, info);
      if (known) return known;
    } catch {
      // unreadable: readDiscoveredFile reports it
    }
  }
  // Taken before reading: the cache's racy-mtime rule must not trust a file written while it was read.
  const readAt = Date.now();
  const text = await textOf(file, content, context);
  if (text === null) return null;
  if (!cache) return extractFile(file, text);
  const cached = cache.lookupByContent(file, text);
  if (cached.facts) return cached.facts;
  const facts = await extractFile(file, text);
  cache.store(file, cached.hash, info, facts, readAt);
  return facts;
}

/** The text given (a staged file's), else the file read from disk; null when it cannot be read (the problem is recorded). */
async function textOf(file: DiscoveredFile, content: string | null, context: ExtractionContext): Promise<string | null> {
  if (content !== null) return content;
  const read = await readDiscoveredFile(file);
  if ('problem' in read) {
    context.problems.push(read.problem);
    return null;
  }
  return read.content;
}

/**
 * Files a pre-filter skipped that call a wrapper by name, parsed after all, round by round until none is left (a file
 * parsed so may be a wrapper itself). Not cached: which files they are depends on other files (resolve/wrapper-callers.ts).
 */
async function withWrapperCallers(
  facts: FileFacts[],
  fileAt: (path: string) => DiscoveredFile | undefined,
  contentOf: (path: string) => string | null,
  context: ExtractionContext,
): Promise<FileFacts[]> {
  const parsed = new Set<string>();
  let current = facts;
  for (;;) {
    const paths = filesCallingWrappers(current).filter((file) => !parsed.has(file));
    if (paths.length === 0) return current;
    for (const file of paths) parsed.add(file);
    const reread = await mapWithConcurrency(paths, context.concurrency, async (file) => {
      const discovered = fileAt(file);
      const text = discovered ? await textOf(discovered, contentOf(file), context) : null;
      return discovered && text !== null ? extractFile(discovered, text, { force: true }) : null;
    });
    const replaced = new Map(reread.flatMap((fileFacts) => (fileFacts ? [[fileFacts.file, fileFacts] as const] : [])));
    current = current.map((fileFacts) => replaced.get(fileFacts.file) ?? fileFacts);
  }
}

async function extractAll(items: readonly { file: DiscoveredFile; content: string | null }[], context: ExtractionContext, progress: { done: number; total: number }): Promise<FileFacts[]> {
  const extracted = await mapWithConcurrency(items, context.concurrency, async (item) => {
    const facts = await factsOf(item.file, item.content, context);
    progress.done++;
    context.onProgress?.(progress.done, progress.total);
    return facts;
  });
  return extracted.filter((fileFacts): fileFacts is FileFacts => fileFacts !== null);
}

/** Module specifiers a file's facts refer to (`ref` syms with a module, re-exports), as written. */
function referencedModules(facts: FileFacts): Set<string> {
  const modules = new Set<string>(facts.reexports);
  visitSyms(facts, (sym) => {
    if (sym.kind === 'ref' && sym.module !== null) modules.add(sym.module);
  });
  return modules;
}

/**
 * `--staged`: the staged files (staged content), the manifests that are always parsed (service manifests…), and —
 * wave by wave — the source files they import, read from the work tree unless staged too; then the other
 * manifests that can matter to that code (`manifestMayMatter`).
 */
async function collectStagedFacts(root: string, include: readonly string[], exclude: readonly string[], index: Promise<StagedIndex> | undefined, context: ExtractionContext): Promise<CollectedFacts> {
  const selection = await selectStagedFiles({ root, include, exclude, ...(index ? { index } : {}) });
  context.problems.push(...selection.problems);
  const stagedContent = new Map(selection.staged.map((entry) => [entry.file.path, entry.content]));
  const reported = new Set([...selection.staged.map((entry) => entry.file.path), ...selection.problems.flatMap((problem) => (problem.file === null ? [] : [problem.file]))]);
  // Nothing staged (that arch-lint reads): nothing to resolve either.
  if (reported.size === 0) return { facts: [], problems: context.problems, reported };
  // Imports through the project's own mappings (tsconfig paths, aliases, workspace packages) are followed too.
  const projectModules = readProjectModules(
    selection.staged.map((entry) => entry.file.path),
    (file) => readTextOrNull(root, file),
  );
  const sourceFiles = { has: (candidate: string) => selection.sourceFile(candidate) !== undefined, projectModules };
  const queued = new Set<string>();
  // Each manifest's text is read once (null: gone from the work tree, or too large — not read at all).
  const manifestTexts = new Map<string, ReadOutcome | null>();
  const textOf = (file: DiscoveredFile): ReadOutcome | null => {
    if (!manifestTexts.has(file.path)) manifestTexts.set(file.path, readManifestOfStagedRun(file));
    return manifestTexts.get(file.path) ?? null;
  };
  // A manifest waiting for a later round is compared again: its normalized text is kept.
  const normalizedTexts = new Map<string, string>();
  const normalizedTextOf = (file: string, text: string): string => {
    let normalized = normalizedTexts.get(file);
    if (normalized === undefined) normalizedTexts.set(file, (normalized = normalizedName(text)));
    return normalized;
  };
  // A manifest to extract: with its text, or with none when reading failed (factsOf reports the problem).
  const toExtract = (file: DiscoveredFile, read: ReadOutcome): { file: DiscoveredFile; content: string | null } => ({ file, content: 'problem' in read ? null : read.content });
  // Manifests that only bind names or declare hosts wait until the code is read: most cannot matter to it.
  let pendingManifests = selection.manifests.filter((file) => !alwaysParsedInStagedRun(file));
  let wave: { file: DiscoveredFile; content: string | null }[] = [...selection.staged.map((entry) => ({ file: entry.file, content: entry.content }))];
  for (const file of selection.manifests.filter(alwaysParsedInStagedRun)) {
    const read = textOf(file);
    if (read) wave.push(toExtract(file, read));
  }
  for (const item of wave) queued.add(item.file.path);
  const progress = { done: 0, total: wave.length };
  const facts: FileFacts[] = [];
  while (wave.length > 0) {
    const extracted = await extractAll(wave, context, progress);
    facts.push(...extracted);
    const next: { file: DiscoveredFile; content: string | null }[] = [];
    for (const fileFacts of extracted) {
      const resolver = moduleResolvers[fileFacts.language];
      if (!resolver) continue;
      for (const specifier of [...referencedModules(fileFacts)].sort()) {
        const target = resolver.resolve(specifier, fileFacts.file, sourceFiles);
        if (target === null || queued.has(target)) continue;
        queued.add(target);
        next.push({ file: selection.sourceFile(target)!, content: stagedContent.get(target) ?? null });
      }
    }
    // Once no import is left to follow: the manifests that mention what the code (and the manifests read so far)
    // name, until a round adds none. Parsing is what costs; texts are read once (`textOf`).
    if (next.length === 0 && pendingManifests.length > 0) {
      const needles = manifestNeedles(facts);
      const waiting: DiscoveredFile[] = [];
      for (const file of pendingManifests) {
        const read = textOf(file);
        if (read === null) continue;
        if ('problem' in read || manifestMayMatter(file, read.content, needles, () => normalizedTextOf(file.path, read.content))) next.push(toExtract(file, read));
        else waiting.push(file);
      }
      pendingManifests = waiting;
    }
    progress.total += next.length;
    wave = next;
  }
  const withCallers = await withWrapperCallers(facts, (file) => selection.sourceFile(file), (file) => stagedContent.get(file) ?? null, context);
  return { facts: withCallers, problems: context.problems, reported };
}

/**
 * Keep what a partial run reports on: findings kept by `keepFinding`; with `files`, also only the calls and
 * problems of those files (finding → call indexes renumbered). Counts are recomputed.
 */
function restrictResult(result: LintResult, keepFinding: (finding: Finding) => boolean, files: ReadonlySet<string> | null): LintResult {
  let calls = result.calls;
  let findings = result.findings.filter(keepFinding);
  let problems = result.problems;
  if (files) {
    const renumbered = new Map<number, number>();
    calls = [];
    result.calls.forEach((call, index) => {
      if (!files.has(call.file)) return;
      renumbered.set(index, calls.length);
      calls.push(call);
    });
    findings = findings.filter((finding) => files.has(finding.file)).map((finding) => {
      if (finding.callIndex === undefined) return finding;
      const callIndex = renumbered.get(finding.callIndex);
      if (callIndex !== undefined) return { ...finding, callIndex };
      const { callIndex: _dropped, ...rest } = finding;
      return rest;
    });
    problems = problems.filter((problem) => problem.file === null || files.has(problem.file));
  }
  const live = findings.filter((finding) => !finding.suppressed);
  return {
    ...result,
    calls,
    findings,
    problems,
    summary: {
      ...result.summary,
      calls: calls.length,
      errors: live.filter((finding) => finding.severity === 'error').length,
      warnings: live.filter((finding) => finding.severity === 'warning').length,
      suppressed: findings.length - live.length,
      ...zoneSummary(calls),
    },
  };
}

