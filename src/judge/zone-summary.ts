/**
 * How the calls of a result spread over the zones, for the summary: every report can say how many calls were
 * judged and how many were not (unresolved, or reaching a host in no zone), so a run never passes silently.
 */
import type { LintResult, ResolvedCall, Zone } from '../model.js';

/** Summary order: judged zones first, then what could not be judged. */
const SUMMARY_ZONES: readonly Zone[] = ['gateway', 'esb', 'internal', 'external', 'local', 'self', 'unknown', 'unresolved'];

/** Calls per zone (a call whose targets lie in several zones counts once in each) and the hosts in no zone by calls. */
export function zoneSummary(calls: readonly ResolvedCall[]): Pick<Required<LintResult['summary']>, 'zones' | 'noZoneHosts'> {
  const zones = Object.fromEntries(SUMMARY_ZONES.map((zone) => [zone, 0])) as Record<Zone, number>;
  const hosts = new Map<string, number>();
  for (const call of calls) {
    const reached = new Set<Zone>(call.targets.length === 0 ? ['unresolved'] : call.targets.map((target) => target.zone));
    for (const zone of reached) zones[zone] += 1;
    const noZone = new Set(call.targets.flatMap((target) => (target.zone === 'unknown' && target.host ? [target.host] : [])));
    for (const host of noZone) hosts.set(host, (hosts.get(host) ?? 0) + 1);
  }
  const noZoneHosts = [...hosts].map(([host, count]) => ({ host, calls: count })).sort((a, b) => b.calls - a.calls || (a.host < b.host ? -1 : a.host > b.host ? 1 : 0));
  return { zones, noZoneHosts };
}
