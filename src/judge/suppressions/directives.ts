/**
 * Inline suppression comments, as ESLint has them:
 *   // arch-lint-disable-next-line no-direct-integration -- legacy import job, ends with SIS cut-over
 *   /* arch-lint-disable-line -- reason until 2026-12-31 *\/
 *   # arch-lint-disable no-direct-integration -- reason      … # arch-lint-enable no-direct-integration
 * Extractors find comments (they know the syntax) and call `parseDirectiveComment`; the judge calls
 * `applyDirectives` after the rules, so every rule gets suppression for free.
 */
import { createHash } from 'node:crypto';
import type { Directive, Finding, Loc, Severity } from '../../model.js';
import type { SuppressionPass } from './passes.js';

export type InlineSuppressionPolicy = 'allow' | 'require-ticket' | 'forbid';

const DIRECTIVE = /^arch-lint-(disable-next-line|disable-line|disable|enable)(?=$|[\s,])(.*)$/s;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UNTIL = /(?:^|\s)until\s+(\S+)\s*$/;
/** What counts as a ticket under `inlineSuppressions: require-ticket`: `ABC-123`, `#123`, or a URL. */
const TICKET = /\b[A-Z][A-Z0-9]+-\d+\b|(?:^|\s)#\d+\b|https?:\/\/\S+/;

/** Text of a comment without its delimiters: `//`, `#`, `/* … *\/`, `<!-- … -->`, and leading `*` of block lines. */
function commentBody(text: string): string {
  let body = text.trim();
  if (body.startsWith('/*')) body = body.slice(2).replace(/\*\/\s*$/, '');
  else if (body.startsWith('<!--')) body = body.slice(4).replace(/-->\s*$/, '');
  else if (body.startsWith('//')) body = body.slice(2);
  else if (body.startsWith('#')) body = body.slice(1);
  return body
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*\*(?!\/)/, '').trim())
    .filter((line) => line !== '')
    .join(' ')
    .trim();
}

/**
 * Parse one comment into a directive, or null when it is not one.
 * `text` is the whole comment as written (delimiters included, or already stripped); `loc` where it starts;
 * `nextCodeLine` the first line after the comment that holds code (for `disable-next-line`; defaults to the next line).
 * An `until YYYY-MM-DD` may stand before the `--` or at the end of the reason. A malformed date is kept
 * as written in `until` so that `applyDirectives` can report it instead of silently never expiring.
 */
export function parseDirectiveComment(text: string, loc: Loc, nextCodeLine?: number): Directive | null {
  const body = commentBody(text);
  const match = DIRECTIVE.exec(body);
  if (!match) return null;
  const kind = match[1] as Directive['kind'];
  const rest = match[2] ?? '';
  const separator = rest.search(/(?:^|\s)--(?:\s|$)/);
  let head = separator === -1 ? rest : rest.slice(0, separator);
  let reason = separator === -1 ? '' : rest.slice(separator).replace(/^\s*--/, '');
  let until: string | null = null;

  const untilInHead = UNTIL.exec(head);
  if (untilInHead) {
    until = untilInHead[1] ?? null;
    head = head.slice(0, untilInHead.index);
  }
  const untilInReason = UNTIL.exec(reason);
  if (untilInReason && until === null) {
    until = untilInReason[1] ?? null;
    reason = reason.slice(0, untilInReason.index);
  }
  const rules = head
    .split(/[\s,]+/)
    .map((rule) => rule.trim())
    .filter((rule) => rule !== '');
  const trimmedReason = reason.trim();
  const endLine = loc.line + (text.trim().split(/\r?\n/).length - 1);
  const appliesToLine = kind === 'disable-next-line' ? (nextCodeLine ?? endLine + 1) : kind === 'disable-line' ? endLine : loc.line;
  return { kind, rules: [...new Set(rules)].sort(), reason: trimmedReason === '' ? null : trimmedReason, until, loc, appliesToLine };
}

/** Rule ids of the findings `applyDirectives` produces about the directives themselves. */
export const DIRECTIVE_RULES = {
  withoutReason: 'suppression-without-reason',
  expired: 'suppression-expired',
  unused: 'unused-suppression',
} as const;

export interface ApplyDirectivesOptions {
  /** `--report-unused-disable-directives`: report directives that suppressed nothing. */
  reportUnused?: boolean;
  /** Severity per directive rule; `off` drops those findings. Defaults: without-reason error, expired warning, unused warning. */
  severities?: Partial<Record<(typeof DIRECTIVE_RULES)[keyof typeof DIRECTIVE_RULES], Severity | 'off'>>;
}

export interface DirectiveOutcome {
  /** The input findings, in input order; those covered by a usable directive carry `suppressed: { kind: 'directive', … }`. */
  findings: Finding[];
  /** Findings about the directives themselves (missing reason or ticket, forbidden, expired, unused), sorted by file and line. */
  directiveFindings: Finding[];
}

interface DirectiveState {
  directive: Directive;
  file: string;
  /** Last line a block `disable` covers (inclusive); the applied line for the line forms. */
  lastLine: number;
  usable: boolean;
  used: boolean;
  expired: boolean;
}

function covers(state: DirectiveState, finding: Pick<Finding, 'ruleId' | 'line'>): boolean {
  const { directive } = state;
  if (directive.kind === 'enable') return false;
  if (directive.rules.length > 0 && !directive.rules.includes(finding.ruleId)) return false;
  if (directive.kind === 'disable') return finding.line >= directive.loc.line && finding.line <= state.lastLine;
  return finding.line === directive.appliesToLine;
}

/** A block `disable` runs to the first later `enable` naming all rules, or one of its rules; else to the end of the file. */
function blockEnd(directive: Directive, directives: readonly Directive[]): number {
  let end = Number.POSITIVE_INFINITY;
  for (const other of directives) {
    if (other.kind !== 'enable' || other.loc.line <= directive.loc.line) continue;
    const ends = other.rules.length === 0 || directive.rules.length === 0 || other.rules.some((rule) => directive.rules.includes(rule));
    if (ends && other.loc.line < end) end = other.loc.line;
  }
  return end;
}

function todayUtc(now: Date): string {
  return now.toISOString().slice(0, 10);
}

function fingerprintOf(ruleId: string, file: string, directive: Directive): string {
  // No line numbers: the directive's identity is what it says, so it survives edits above it.
  const identity = [ruleId, file, directive.kind, directive.rules.join(','), directive.reason ?? '', directive.until ?? ''].join('\u0000');
  return createHash('sha256').update(identity).digest('hex').slice(0, 32);
}

function describe(directive: Directive): string {
  return `arch-lint-${directive.kind}${directive.rules.length > 0 ? ` ${directive.rules.join(', ')}` : ''}`;
}

/**
 * Apply inline directives to the findings of one run.
 * - A directive suppresses the findings it covers unless the policy forbids inline suppressions or it has expired.
 * - Without a reason (or, under `require-ticket`, without a ticket in the reason) it still suppresses, and is itself
 *   reported as `suppression-without-reason`, so the run keeps failing until the reason is written down.
 * - Under `forbid` it suppresses nothing and is reported (exceptions must live in reviewed manifests).
 * - Past its `until` date (UTC, compared with `now`) it suppresses nothing and is reported as `suppression-expired`;
 *   a malformed date is reported the same way.
 * - With `reportUnused`, a directive that suppressed nothing is reported as `unused-suppression`.
 */
export function applyDirectives(
  findings: readonly Finding[],
  directivesByFile: ReadonlyMap<string, readonly Directive[]>,
  policy: InlineSuppressionPolicy,
  now: Date,
  options: ApplyDirectivesOptions = {},
): DirectiveOutcome {
  const today = todayUtc(now);
  const severities: Record<string, Severity | 'off' | undefined> = { [DIRECTIVE_RULES.withoutReason]: 'error', [DIRECTIVE_RULES.expired]: 'warning', [DIRECTIVE_RULES.unused]: 'warning', ...options.severities };
  const statesByFile = new Map<string, DirectiveState[]>();
  for (const [file, directives] of directivesByFile) {
    statesByFile.set(
      file,
      directives.map((directive) => {
        const expired = directive.until !== null && (!DATE.test(directive.until) || directive.until < today);
        return {
          directive,
          file,
          lastLine: directive.kind === 'disable' ? blockEnd(directive, directives) : directive.appliesToLine,
          usable: policy !== 'forbid' && !expired && directive.kind !== 'enable',
          used: false,
          expired,
        };
      }),
    );
  }

  const output = findings.map((finding) => {
    if (finding.suppressed) return finding;
    // Directive findings are about the comments themselves: a directive cannot silence them.
    if (Object.values(DIRECTIVE_RULES).includes(finding.ruleId as never)) return finding;
    const matchAt = (file: string, line: number): DirectiveState | undefined => {
      const states = statesByFile.get(file) ?? [];
      const at = { ruleId: finding.ruleId, line };
      for (const state of states) if (!state.usable && covers(state, at)) state.used = true; // it tried: not "unused"
      return states.find((state) => state.usable && covers(state, at));
    };
    let matches = [matchAt(finding.file, finding.line)];
    // One finding for several call sites (related locations): disabling it at every call site disables it too.
    if (!matches[0] && finding.related && finding.related.length > 0) matches = finding.related.map((where) => matchAt(where.file, where.line));
    if (matches.some((match) => match === undefined)) return finding;
    for (const match of matches) match!.used = true;
    const justification = matches[0]!.directive.reason ?? '(no reason given)';
    return { ...finding, suppressed: { kind: 'directive' as const, justification } };
  });

  const directiveFindings: Finding[] = [];
  const report = (ruleId: string, state: DirectiveState, message: string): void => {
    const severity = severities[ruleId];
    if (severity === undefined || severity === 'off') return;
    const { directive } = state;
    directiveFindings.push({ ruleId, severity, message, file: state.file, line: directive.loc.line, column: directive.loc.column, fingerprint: fingerprintOf(ruleId, state.file, directive) });
  };
  for (const states of statesByFile.values()) {
    for (const state of states) {
      const { directive } = state;
      if (directive.kind === 'enable') continue;
      if (policy === 'forbid') {
        report(DIRECTIVE_RULES.withoutReason, state, `Inline suppression \`${describe(directive)}\` is not allowed here (inlineSuppressions: forbid), so it suppresses nothing. Record the exception as a waiver in the service manifest instead.`);
        continue;
      }
      if (state.expired) {
        const when = directive.until !== null && DATE.test(directive.until) ? `expired on ${directive.until}` : `has an unreadable date 'until ${directive.until ?? ''}' (expected YYYY-MM-DD)`;
        report(DIRECTIVE_RULES.expired, state, `Suppression \`${describe(directive)}\` ${when}, so it no longer suppresses anything. Fix the integration, or renew the exception with a new date and reason.`);
        continue;
      }
      if (directive.reason === null) {
        report(DIRECTIVE_RULES.withoutReason, state, `Suppression \`${describe(directive)}\` has no reason. Add one after \`--\`: \`${describe(directive)} -- why this direct integration is acceptable\`.`);
      } else if (policy === 'require-ticket' && !TICKET.test(directive.reason)) {
        report(DIRECTIVE_RULES.withoutReason, state, `Suppression \`${describe(directive)}\` gives no ticket (inlineSuppressions: require-ticket). Name one in the reason, e.g. \`-- ARCH-123 legacy import job\`.`);
      }
      if (options.reportUnused && !state.used) {
        report(DIRECTIVE_RULES.unused, state, `Unused suppression \`${describe(directive)}\`: no finding${directive.rules.length > 0 ? ` of ${directive.rules.join(', ')}` : ''} on ${directive.kind === 'disable' ? 'the lines it covers' : `line ${directive.appliesToLine}`}. Remove it.`);
      }
    }
  }
  directiveFindings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)));
  return { findings: output, directiveFindings };
}

/**
 * The judge's suppression pass for inline directives: collects `FileFacts.directives`, applies them with
 * the config's `inlineSuppressions` policy, and appends the directive findings.
 */
export function directiveSuppressionPass(options: ApplyDirectivesOptions = {}): SuppressionPass {
  return (findings, context) => {
    const directivesByFile = new Map<string, Directive[]>();
    for (const facts of context.facts) if (facts.directives.length > 0) directivesByFile.set(facts.file, facts.directives);
    // Severities follow the config's rule settings (`rules: { unused-suppression: error }`), as for any rule.
    const severities: ApplyDirectivesOptions['severities'] = {};
    for (const id of Object.values(DIRECTIVE_RULES)) {
      const setting = context.config.rules?.[id]?.setting;
      if (setting) severities[id] = setting === 'warn' ? 'warning' : setting;
    }
    const outcome = applyDirectives(findings, directivesByFile, context.config.inlineSuppressions, context.now, { ...options, severities: { ...severities, ...options.severities } });
    return [...outcome.findings, ...outcome.directiveFindings];
  };
}
