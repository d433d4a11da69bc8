/**
 * The baseline (`arch-lint-baseline.json`): known findings frozen so a legacy codebase can adopt
 * arch-lint without failing on day one. Identity is architectural — rule, service, file, target
 * (host or gateway API) and the call's enclosing symbol — never the line, so entries survive edits
 * elsewhere in the file, moving the call within its function, and reformatting.
 * Entries are matched as a multiset: two identical calls in one function need two entries.
 */
import { NotRegularFileError, readRegularFileSync } from '../../regular-file.js';
import { KnownError } from '../../config/errors.js';
import type { Finding, LintResult, ResolvedCall } from '../../model.js';
import type { SuppressionPass } from './passes.js';
import { productionTargets } from '../production.js';
import { firstSchemaError, validateBaseline as baselineSchemaValidator } from '../../validators/index.js';

export const BASELINE_VERSION = 1;
export const DEFAULT_BASELINE_FILE = 'arch-lint-baseline.json';

export interface BaselineEntry {
  rule: string;
  /** Service whose code makes the call; null when no manifest claims the file. */
  service: string | null;
  file: string;
  /** Where the call goes: gateway API, host, or `unresolved <expression>`; several targets joined with ` | `. Empty when the finding is not about a call. */
  target: string;
  /** Enclosing symbol of the call (`ImporterClient.fetchStudents`, `<module>`); empty when not about a call. */
  symbol: string;
  /** The finding's fingerprint, the identity of findings that are not about a call. */
  fingerprint?: string;
  /** The message when the baseline was written: for people reading the file, not part of the identity. */
  message: string;
  /** Free text kept across `--update-baseline` runs (who accepted this debt, which ticket pays it). */
  comment?: string;
}

export interface Baseline {
  $schema?: string;
  version: typeof BASELINE_VERSION;
  entries: BaselineEntry[];
}

/** A baseline file that cannot be read, parsed or validated, or an update the CI rule refuses. */
export class BaselineError extends KnownError {
  override name = 'BaselineError';
}

/**
 * What a call reaches, as stable text: API names first, hosts next, unresolved expressions last. Production targets
 * only (when there are any): renaming a mock in docker-compose.e2e.yml or adding a test cluster changes no entry.
 */
function targetOf(call: ResolvedCall): string {
  const parts = new Set<string>();
  for (const target of productionTargets(call.targets)) {
    if (target.api) parts.add(`api:${target.api}`);
    else if (target.host) parts.add(target.host);
    else if (target.url) parts.add(target.url);
    else parts.add(`unresolved ${call.expression}`);
  }
  if (parts.size === 0) parts.add(`unresolved ${call.expression}`);
  return [...parts].sort().join(' | ');
}

function identityOf(finding: Finding, call: ResolvedCall | undefined): Omit<BaselineEntry, 'message' | 'comment'> {
  if (!call) return { rule: finding.ruleId, service: null, file: finding.file, target: '', symbol: '', fingerprint: finding.fingerprint };
  return { rule: finding.ruleId, service: call.service ?? null, file: finding.file, target: targetOf(call), symbol: call.enclosing };
}

function keyOf(entry: Omit<BaselineEntry, 'message' | 'comment'>): string {
  return JSON.stringify([entry.rule, entry.service, entry.file, entry.target, entry.symbol, entry.fingerprint ?? null]);
}

/** The architectural identity of a finding (pass its call when it has one). Never contains a line number. */
export function baselineKey(finding: Finding, call?: ResolvedCall): string {
  return keyOf(identityOf(finding, call));
}

function callOf(finding: Finding, calls: readonly ResolvedCall[]): ResolvedCall | undefined {
  return finding.callIndex === undefined ? undefined : calls[finding.callIndex];
}

/** What is wrong with `data` as a baseline, or null. Precompiled from schemas/baseline.schema.json (`npm run validators`). */
function validateBaseline(data: unknown): string | null {
  return baselineSchemaValidator(data) ? null : firstSchemaError(baselineSchemaValidator, 'does not match the baseline schema');
}

/** Parse and validate baseline text; `file` names it in errors. */
export function parseBaseline(text: string, file: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new BaselineError(`${file}: not valid JSON (${error instanceof Error ? error.message : String(error)}). Fix it, or delete it and run 'arch-lint --update-baseline' to write a new one.`);
  }
  if (typeof data === 'object' && data !== null && 'version' in data && data.version !== BASELINE_VERSION) {
    throw new BaselineError(`${file}: baseline version ${JSON.stringify(data.version)} is not supported by this arch-lint (it reads version ${BASELINE_VERSION}). Upgrade arch-lint, or rewrite the file with 'arch-lint --update-baseline'.`);
  }
  const problem = validateBaseline(data);
  if (problem) throw new BaselineError(`${file}: invalid baseline: ${problem} (schema: schemas/baseline.schema.json).`);
  return data as Baseline;
}

/** Read a baseline file; null when it does not exist. Throws BaselineError when it exists but is not a valid baseline. */
export async function readBaseline(path: string): Promise<Baseline | null> {
  let text: string;
  try {
    text = readRegularFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    if (error instanceof NotRegularFileError) throw new BaselineError(`${path}: the baseline is not a regular file (${error.what}); give a regular file.`);
    throw new BaselineError(`${path}: cannot read the baseline (${error instanceof Error ? error.message : String(error)}).`);
  }
  return parseBaseline(text, path);
}

function compareEntries(a: BaselineEntry, b: BaselineEntry): number {
  const fields: (keyof BaselineEntry)[] = ['file', 'rule', 'symbol', 'target', 'service', 'fingerprint', 'message'];
  for (const field of fields) {
    const x = String(a[field] ?? '');
    const y = String(b[field] ?? '');
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/**
 * The baseline for a run: one entry per finding that counts or is already baselined (waived and
 * directive-suppressed findings are accepted elsewhere and stay out). Sorted; `comment`s of matching
 * entries in `previous` are kept.
 */
export function buildBaseline(result: LintResult, previous?: Baseline | null): Baseline {
  const comments = new Map<string, string[]>();
  for (const entry of previous?.entries ?? []) {
    if (entry.comment === undefined) continue;
    const list = comments.get(keyOf(entry)) ?? [];
    list.push(entry.comment);
    comments.set(keyOf(entry), list);
  }
  const entries: BaselineEntry[] = [];
  for (const finding of result.findings) {
    if (finding.suppressed && finding.suppressed.kind !== 'baseline') continue;
    const identity = identityOf(finding, callOf(finding, result.calls));
    // The headline only: evidence lines (`↳ …`) change with bindings and would make noisy diffs.
    const entry: BaselineEntry = { ...identity, message: finding.message.split('\n', 1)[0] ?? '' };
    if (entry.fingerprint === undefined) delete entry.fingerprint;
    entries.push(entry);
  }
  entries.sort(compareEntries);
  for (const entry of entries) {
    const comment = comments.get(keyOf(entry))?.shift();
    if (comment !== undefined) entry.comment = comment;
  }
  return { $schema: previous?.$schema ?? './node_modules/arch-lint/schemas/baseline.schema.json', version: BASELINE_VERSION, entries };
}

/** Baseline file text: stable key order, two-space indent, final newline (small diffs in review). */
export function serializeBaseline(baseline: Baseline): string {
  const entries = baseline.entries.map((entry) => {
    const ordered: Record<string, unknown> = { rule: entry.rule, service: entry.service, file: entry.file, target: entry.target, symbol: entry.symbol };
    if (entry.fingerprint !== undefined) ordered.fingerprint = entry.fingerprint;
    ordered.message = entry.message;
    if (entry.comment !== undefined) ordered.comment = entry.comment;
    return ordered;
  });
  const file: Record<string, unknown> = {};
  if (baseline.$schema !== undefined) file.$schema = baseline.$schema;
  file.version = baseline.version;
  file.entries = entries;
  return `${JSON.stringify(file, null, 2)}\n`;
}

export interface BaselineOutcome {
  /** The input findings in input order; matched ones carry `suppressed: { kind: 'baseline', … }`. */
  findings: Finding[];
  /** Entries no finding matched any more (debt paid): report them, `--update-baseline` prunes them. */
  stale: BaselineEntry[];
  /** How many findings the baseline absorbed. */
  baselined: number;
}

/** Mark findings the baseline knows as suppressed (kind `baseline`), and list the entries that no longer occur. */
export function applyBaseline(findings: readonly Finding[], baseline: Baseline, calls: readonly ResolvedCall[]): BaselineOutcome {
  const available = new Map<string, BaselineEntry[]>();
  for (const entry of baseline.entries) {
    const list = available.get(keyOf(entry)) ?? [];
    list.push(entry);
    available.set(keyOf(entry), list);
  }
  let baselined = 0;
  const output = findings.map((finding) => {
    if (finding.suppressed) return finding;
    const entry = available.get(baselineKey(finding, callOf(finding, calls)))?.shift();
    if (!entry) return finding;
    baselined++;
    return { ...finding, suppressed: { kind: 'baseline' as const, justification: entry.comment ?? 'known before the baseline was written' } };
  });
  const stale = [...available.values()].flat().sort(compareEntries);
  return { findings: output, stale, baselined };
}

export type BaselineUpdateCheck = { ok: true } | { ok: false; message: string };

/**
 * The CI rule for `--update-baseline`: under CI the baseline may shrink but never be created or grow
 * (that would silently absorb new violations) unless `force` is given.
 */
export function checkBaselineUpdate(previous: Baseline | null, next: Baseline, options: { ci: boolean; force: boolean }): BaselineUpdateCheck {
  if (!options.ci || options.force) return { ok: true };
  if (previous === null) {
    return { ok: false, message: `refusing to create a baseline in CI (CI=true): it would accept every current finding unreviewed. Create it locally and commit it, or pass --force.` };
  }
  const remaining = new Map<string, number>();
  for (const entry of previous.entries) remaining.set(keyOf(entry), (remaining.get(keyOf(entry)) ?? 0) + 1);
  const added: BaselineEntry[] = [];
  for (const entry of next.entries) {
    const count = remaining.get(keyOf(entry)) ?? 0;
    if (count > 0) remaining.set(keyOf(entry), count - 1);
    else added.push(entry);
  }
  if (added.length === 0) return { ok: true };
  const examples = added.slice(0, 3).map((entry) => `${entry.rule} in ${entry.file}${entry.symbol ? ` (${entry.symbol})` : ''}${entry.target ? ` → ${entry.target}` : ''}`);
  return {
    ok: false,
    message: `refusing to grow the baseline in CI (CI=true): ${added.length} new entr${added.length === 1 ? 'y' : 'ies'}, e.g. ${examples.join('; ')}. Fix the new finding${added.length === 1 ? '' : 's'}, or update the baseline locally and have it reviewed, or pass --force.`,
  };
}

/**
 * The judge's suppression pass for a baseline read beforehand (`readBaseline` is async, passes are not).
 * Put it after the directive and waiver passes, so the baseline only absorbs findings nothing else accepted.
 * `onOutcome` receives the stale entries and the count for the run's summary.
 */
export function baselineSuppressionPass(baseline: Baseline, onOutcome: (outcome: BaselineOutcome) => void = () => {}): SuppressionPass {
  return (findings, context) => {
    const outcome = applyBaseline(findings, baseline, context.calls);
    onOutcome(outcome);
    return outcome.findings;
  };
}
