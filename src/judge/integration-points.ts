/**
 * One finding per integration point (DESIGN.md): the findings an integration rule makes about calls that reach the
 * same point — the base-URL configuration of a client, or the request a wrapper makes (`ResolvedCall.point`) — are
 * one finding where a developer changes the integration, with the other call sites as related locations. A new
 * caller of an existing wrapper or client is then not a new finding.
 */
import type { RelatedLocation, ResolvedCall } from '../model.js';
import { describeCall, isCoveredByCalls } from './describe-call.js';
import type { RuleFinding } from './rule.js';

/** Rules whose findings are about where a call goes, so calls through one point are one integration. */
export const INTEGRATION_RULES: ReadonlySet<string> = new Set(['no-direct-integration', 'gateway-bypass', 'undeclared-integration']);

/** The step the resolver puts first in a wrapper's target: `called from src/views/courses.ts:5:9`. */
const CALLER = /^called from (.+):(\d+):(\d+)$/;

interface Entry {
  ruleId: string;
  severity: 'error' | 'warning';
  finding: RuleFinding;
}

function locKey(loc: { file: string; line: number; column: number }): string {
  return `${loc.file}:${loc.line}:${loc.column}`;
}

/** Order of locations: file, line, column. */
export function byLocation(a: { file: string; line: number; column: number }, b: { file: string; line: number; column: number }): number {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column;
}

/** The point a call reaches through: its `point`, or the call itself. */
export function pointOf(call: ResolvedCall): { file: string; line: number; column: number } {
  return call.point ?? call;
}

/**
 * Merges the integration rules' findings per (rule, point, what is reached). The finding at the point itself is kept
 * (a client configuration, a wrapper's request), else the first one by location; the others become its `related`
 * locations. A client configuration whose calls are found but do not name it as their point stays reported at the
 * calls, as before (their evidence shows it).
 */
export function groupByIntegrationPoint<T extends Entry>(entries: readonly T[], calls: readonly ResolvedCall[]): T[] {
  const groups = new Map<string, T[]>();
  const out: T[] = [];
  // Two findings of one rule at one call with the same identity (two targets behind one backend) stay two findings:
  // the n-th at each location joins the n-th group.
  const ordinals = new Map<string, number>();
  for (const entry of entries) {
    const callIndex = entry.finding.callIndex;
    const call = callIndex === undefined ? undefined : calls[callIndex];
    if (!INTEGRATION_RULES.has(entry.ruleId) || !call) {
      out.push(entry);
      continue;
    }
    // The identity's first two parts are the enclosing symbol and the call kind; the rest is what is reached.
    const base = [entry.ruleId, locKey(pointOf(call)), ...entry.finding.identity.slice(2)].join('\u0000');
    const here = `${base}\u0000${locKey(entry.finding)}`;
    const ordinal = ordinals.get(here) ?? 0;
    ordinals.set(here, ordinal + 1);
    const key = `${base}\u0000${ordinal}`;
    const group = groups.get(key);
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  }
  for (const group of groups.values()) {
    const first = group[0]!;
    const point = pointOf(calls[first.finding.callIndex!]!);
    const primary =
      group.find((entry) => locKey(entry.finding) === locKey(point)) ?? [...group].sort((a, b) => byLocation(a.finding, b.finding))[0]!;
    const related = new Map<string, RelatedLocation>();
    for (const entry of group) {
      if (entry === primary || locKey(entry.finding) === locKey(primary.finding)) continue;
      const call = calls[entry.finding.callIndex!]!;
      related.set(locKey(entry.finding), { file: entry.finding.file, line: entry.finding.line, column: entry.finding.column, message: `${describeCall(call)} reaches it` });
    }
    // The calls of wrappers that pass only an id or a payload are not calls of their own, but they reach the point too.
    for (const entry of group) {
      for (const target of calls[entry.finding.callIndex!]!.targets) {
        for (const step of target.via) {
          const caller = CALLER.exec(step);
          if (!caller) continue;
          const where = { file: caller[1]!, line: Number(caller[2]), column: Number(caller[3]) };
          if (locKey(where) !== locKey(primary.finding) && !related.has(locKey(where))) related.set(locKey(where), { ...where, message: 'calls the wrapper that makes this request' });
        }
      }
    }
    const primaryCall = calls[primary.finding.callIndex!]!;
    if (related.size === 0) {
      if (primaryCall.kind === 'client-config' && isCoveredByCalls(primaryCall, calls)) continue;
      out.push(primary);
      continue;
    }
    const list = [...related.values()].sort(byLocation);
    const sites = `${list.length} call site${list.length === 1 ? '' : 's'}`;
    const [head, ...rest] = primary.finding.message.split('\n');
    const message = [`${head} Reached from ${sites} (related locations).`, ...rest].join('\n');
    out.push({ ...primary, finding: { ...primary.finding, message, related: list } });
  }
  return out;
}
