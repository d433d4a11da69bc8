/**
 * The programmatic API, and the one place the pipeline is wired:
 * discover → extract → resolve → judge → result. The CLI, tests and other front ends call `lint`.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from './config/errors.js';
import { loadConfig } from './config/load.js';
import { discover, readDiscoveredFile } from './discover/index.js';
import { extractFile } from './extract/index.js';
import { judge } from './judge/index.js';
import { ruleIds } from './judge/rules/index.js';
import type { DiscoveredFile, FileFacts, LintResult, Problem, RuleSetting } from './model.js';
import { resolveCalls } from './resolve/index.js';
import { attributeServices, checkOpenApiFiles } from './resolve/services.js';
import { annotateApis } from './catalog/annotate.js';
import { loadCatalogFromGlobs } from './catalog/load.js';
import { attachLiterals } from './fix/literals.js';
import type { SuppressionPass } from './judge/suppressions.js';
import { directiveSuppressionPass } from './judge/suppressions/directives.js';
import { suppressWaivedFindings } from './judge/rules/waiver-expired.js';

export interface LintOptions {
  /** Working directory (default `process.cwd()`); relative paths are relative to it. */
  cwd?: string;
  /** Files or directories to scan (default: cwd). A single directory becomes the root; otherwise the root is cwd. */
  paths?: readonly string[];
  /** Config file to use instead of searching upward from the root. */
  configFile?: string;
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
}

/** Text of a root-relative file, or null when it cannot be read (a missing OpenAPI file is a finding, not an error). */
function readTextOrNull(root: string, relative: string): string | null {
  try {
    return readFileSync(path.join(root, relative), 'utf8');
  } catch {
    return null;
  }
}

function readToolVersion(): string {
  // package.json sits one level above both src/ and dist/.
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: unknown };
  return typeof manifest.version === 'string' ? manifest.version : '0.0.0';
}

export const toolVersion = readToolVersion();

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

function toPosix(value: string): string {
  return value.split(path.sep).join('/');
}

/** The scan root: a single directory argument, else the working directory. */
export function scanRoot(cwd: string, paths: readonly string[]): string {
  if (paths.length !== 1) return cwd;
  const only = path.resolve(cwd, paths[0]!);
  try {
    return statSync(only).isDirectory() ? only : cwd;
  } catch {
    return cwd; // discover reports the missing path
  }
}

function compareProblems(a: Problem, b: Problem): number {
  const fileA = a.file ?? '';
  const fileB = b.file ?? '';
  return (fileA < fileB ? -1 : fileA > fileB ? 1 : 0) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}

export async function lint(options: LintOptions = {}): Promise<LintResult> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const paths = options.paths ?? [];
  for (const given of paths) {
    if (!existsSync(path.resolve(cwd, given))) throw new UsageError(`no such file or directory: ${given}`);
  }
  const root = scanRoot(cwd, paths);
  const config = loadConfig({ root, configFile: options.configFile, cwd, knownRuleIds: ruleIds });
  const discovered = await discover({ root, paths: paths.length > 0 ? paths.map((p) => path.resolve(cwd, p)) : [root], include: config.include, exclude: config.exclude });
  const problems: Problem[] = [...discovered.problems];

  const extracted = await mapWithConcurrency(discovered.files, options.concurrency ?? 8, async (file: DiscoveredFile): Promise<FileFacts | null> => {
    const read = await readDiscoveredFile(file);
    if ('problem' in read) {
      problems.push(read.problem);
      return null;
    }
    return extractFile(file, read.content);
  });
  const facts = extracted.filter((fileFacts): fileFacts is FileFacts => fileFacts !== null);
  for (const fileFacts of facts) problems.push(...fileFacts.problems);

  const resolved = resolveCalls({ facts });
  problems.push(...resolved.problems);

  // Services: which service makes each call and which one each target host belongs to.
  const attributed = attributeServices(resolved.calls, facts);
  const services = checkOpenApiFiles(attributed.services, (file) => readTextOrNull(root, file));

  // The gateway catalogue: which published API each gateway call uses, which backends are fronted.
  const catalog = config.gateway.catalog.length > 0 ? await loadCatalogFromGlobs(config.gateway.catalog, config.baseDir) : { apis: [], problems: [] };
  problems.push(...catalog.problems);
  let calls = annotateApis(attributed.calls, catalog.apis, config.gateway.entrypoints);
  // Literal positions only matter for gateway-bypass fixes, which need a catalogue.
  if (catalog.apis.length > 0) calls = await attachLiterals(calls, facts, async (file) => readTextOrNull(root, file));

  const suppressionPasses: SuppressionPass[] = [
    directiveSuppressionPass({ reportUnused: options.reportUnusedDisableDirectives === true }),
    suppressWaivedFindings,
    ...(options.suppressionPasses ?? []),
  ];
  const judged = judge({ calls, facts, services, catalog: catalog.apis, config, now: options.now ?? new Date(), ruleOverrides: options.rules, problems, suppressionPasses });
  // Schema violations in manifests are findings of `invalid-manifest` when it runs: list them once.
  if (judged.rules.some((rule) => rule.id === 'invalid-manifest')) {
    for (let index = problems.length - 1; index >= 0; index--) if (problems[index]!.code === 'invalid-manifest') problems.splice(index, 1);
  }

  const live = judged.findings.filter((finding) => !finding.suppressed);
  const configFile = config.file === null ? null : path.relative(root, config.file).startsWith('..') ? toPosix(config.file) : toPosix(path.relative(root, config.file));
  return {
    version: 1,
    tool: { name: 'arch-lint', version: toolVersion },
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
    },
  };
}
