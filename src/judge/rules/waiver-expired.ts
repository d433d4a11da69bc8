/**
 * `waiver-expired`: a manifest waiver whose end date has passed. Also home of the waiver date logic
 * the other waiver rules and the suppression step share (`activeWaiverFor`).
 */
import type { GatewayApi, ResolvedCall, ServiceDeclaration, Target, Waiver } from '../../model.js';
import { RULE_ADVICE } from '../rule-advice.js';
import { bypassOption, directTargets } from '../direct-targets.js';
import { findConsumesEntry } from '../../resolve/services.js';
import type { ConsumesEntry } from '../../resolve/services.js';
import { defineRule } from '../rule.js';
import type { RuleFinding } from '../rule.js';

const DAY_MS = 86_400_000;

/** Midnight UTC of a strict `YYYY-MM-DD` calendar date (2027-02-30 is not one), or null. */
export function parseWaiverDate(text: string | null): number | null {
  if (text === null) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? time : null;
}

/** `now`'s calendar day in UTC as `YYYY-MM-DD`. */
export function utcDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/**
 * Whole days from today (UTC) to the waiver's last day: 0 = expires today (still valid today),
 * negative = expired. Null when the expiry is missing or not a date.
 */
export function daysLeft(waiver: Waiver, now: Date): number | null {
  const expires = parseWaiverDate(waiver.expires);
  if (expires === null) return null;
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Math.round((expires - today) / DAY_MS);
}

/** One waiver of one consumes entry of one service. */
export interface DeclaredWaiver {
  service: ServiceDeclaration;
  entry: ConsumesEntry;
  waiver: Waiver;
}

/** Every waiver declared in an `architecture.yaml`, in a stable order. */
export function declaredWaivers(services: readonly ServiceDeclaration[]): DeclaredWaiver[] {
  return services.flatMap((service) =>
    service.consumes.flatMap((entry) => (entry.waiver ? [{ service, entry, waiver: entry.waiver }] : [])),
  );
}

/** `services/x/architecture.yaml:14` */
export function at(loc: { file: string; line: number }): string {
  return `${loc.file}:${loc.line}`;
}

export interface ActiveWaiver extends DeclaredWaiver {
  /** For `Finding.suppressed.justification` and `ResolvedCall.suppressedBy`. */
  justification: string;
}

/**
 * The waiver that allows this call to reach this target, if any: the calling service's `consumes`
 * entry covering the target URL is `via: direct` and carries a waiver with a reason and a valid
 * expiry that is today or later (UTC). With `maxWaiverDays`, a waiver running longer than that does
 * not count either (it is reported by `waiver-invalid`). The no-direct-integration rule / suppression
 * step uses it to mark covered findings `suppressed: { kind: 'waiver', justification }`.
 */
export function activeWaiverFor(
  call: ResolvedCall,
  target: Target,
  services: readonly ServiceDeclaration[],
  now: Date,
  maxWaiverDays?: number,
): ActiveWaiver | null {
  if (!call.service) return null;
  const service = services.find((declared) => declared.name === call.service && declared.source === 'arch-lint');
  if (!service) return null;
  const entry = findConsumesEntry(service, target.url);
  if (!entry || entry.via !== 'direct' || !entry.waiver || entry.waiver.reason === null) return null;
  const left = daysLeft(entry.waiver, now);
  if (left === null || left < 0) return null;
  if (maxWaiverDays !== undefined && left > maxWaiverDays) return null;
  const waiver = entry.waiver;
  const details = [waiver.ticket, waiver.approvedBy ? `approved by ${waiver.approvedBy}` : undefined].filter(Boolean).join(', ');
  const justification = `waiver for '${entry.name}' (${at(waiver.loc)}, until ${waiver.expires}): ${waiver.reason}${details ? ` (${details})` : ''}`;
  return { service, entry, waiver, justification };
}

/** Calls of the service that reach the entry's URL: evidence for waiver and declaration findings. */
export function callsCoveredBy(entry: ConsumesEntry, service: ServiceDeclaration, calls: readonly ResolvedCall[]): ResolvedCall[] {
  return calls.filter((call) => call.service === service.name && call.targets.some((target) => findConsumesEntry({ ...service, consumes: [entry] }, target.url) !== undefined));
}

/** `src/a.ts:3, src/b.ts:9 and 2 more` */
export function listCalls(calls: readonly ResolvedCall[], limit = 3): string {
  const shown = calls.slice(0, limit).map((call) => `${call.file}:${call.line}`);
  return calls.length > limit ? `${shown.join(', ')} and ${calls.length - limit} more` : shown.join(', ');
}

export const waiverExpired = defineRule({
  id: 'waiver-expired',
  defaultSetting: 'error',
  description: 'A manifest waiver for a direct integration has passed its expiry date; the calls it covered are reported again.',
  check({ services, calls, now }) {
    const findings: RuleFinding[] = [];
    for (const { service, entry, waiver } of declaredWaivers(services)) {
      const left = daysLeft(waiver, now);
      if (left === null || left >= 0) continue;
      const covered = callsCoveredBy(entry, service, calls);
      // no-direct-integration judges internal hosts only: a covered call to a host no zone names is not reported again.
      const reportedAgain = covered.filter((call) => call.targets.some((target) => target.zone === 'internal' && !target.ignored));
      const unjudged = covered.filter((call) => !reportedAgain.includes(call));
      const sentences: string[] = [];
      if (reportedAgain.length > 0) {
        sentences.push(`The ${reportedAgain.length === 1 ? 'call' : `${reportedAgain.length} calls`} it covered (${listCalls(reportedAgain)}) ${reportedAgain.length === 1 ? 'is' : 'are'} reported again by no-direct-integration.`);
      }
      if (unjudged.length > 0) {
        sentences.push(
          `The ${unjudged.length === 1 ? 'call' : `${unjudged.length} calls`} it covered (${listCalls(unjudged)}) ${unjudged.length === 1 ? 'reaches a host' : 'reach hosts'} ` +
            "in no 'internal' zone of the config, so no-direct-integration does not judge " + (unjudged.length === 1 ? 'it' : 'them') + ': classify the host in `zones`.',
        );
      }
      const evidence = sentences.length > 0 ? sentences.join(' ') : 'No call in the service reaches it any more: remove the entry if the integration is gone.';
      findings.push({
        message:
          `Waiver for the direct integration '${entry.name}' (${entry.url}) of service '${service.name}' expired on ${waiver.expires} ` +
          `(${-left} day${left === -1 ? '' : 's'} ago; today is ${utcDay(now)} UTC). ${evidence} ` +
          RULE_ADVICE['waiver-expired'],
        file: waiver.loc.file,
        line: waiver.loc.line,
        column: waiver.loc.column,
        identity: [service.name, entry.name, entry.url],
      });
    }
    return findings;
  },
});

/** Minimal view of the judge's suppression context (src/judge/suppressions/passes.ts) this pass needs. */
export interface WaiverSuppressionContext {
  calls: ResolvedCall[];
  services: readonly ServiceDeclaration[];
  /** The gateway catalogue: targets gateway-bypass reports are not no-direct-integration's, so need no waiver. */
  catalog?: readonly GatewayApi[];
  config: { allowWithinSystem: boolean; maxWaiverDays: number; rules?: Record<string, { setting: string }>; gateway?: { entrypoints: readonly string[] } };
  now: Date;
}

/**
 * Suppression pass for manifest waivers: a `no-direct-integration` finding is marked
 * `suppressed: { kind: 'waiver', justification }` when every direct (internal, not ignored, not
 * within one system) target of its call is covered by an active waiver; the call gets `suppressedBy`.
 * Invalid waivers (no reason or date, longer than maxWaiverDays) and expired ones suppress nothing.
 * Shaped as a `SuppressionPass` (src/judge/suppressions/passes.ts) so the judge can list it.
 */
export function suppressWaivedFindings<F extends { ruleId: string; callIndex?: number; suppressed?: { kind: 'waiver' | 'directive' | 'baseline'; justification: string } }>(
  findings: F[],
  context: WaiverSuppressionContext,
): F[] {
  return findings.map((finding) => {
    if (finding.ruleId !== 'no-direct-integration' || finding.callIndex === undefined || finding.suppressed) return finding;
    const call = context.calls[finding.callIndex];
    if (!call) return finding;
    const direct = directTargets(call, context.services, { allowWithinSystem: context.config.allowWithinSystem, bypass: bypassOption(context.config, context.catalog) });
    if (direct.length === 0) return finding;
    const waivers = direct.map((target) => activeWaiverFor(call, target, context.services, context.now, context.config.maxWaiverDays));
    if (waivers.some((waiver) => waiver === null)) return finding;
    const justification = [...new Set(waivers.map((waiver) => (waiver as ActiveWaiver).justification))].join('; ');
    call.suppressedBy = justification;
    return { ...finding, suppressed: { kind: 'waiver', justification } };
  });
}
