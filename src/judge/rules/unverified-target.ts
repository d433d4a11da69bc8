import type { RelatedLocation, ResolvedCall, Zone } from '../../model.js';
import { isBrowserCode, isTestCode } from '../code-role.js';
import { describeCall } from '../describe-call.js';
import { byLocation } from '../integration-points.js';
import { RULE_ADVICE } from '../rule-advice.js';
import { isDevOrTestTarget, isDevToolCall } from '../production.js';
import { defineRule, type RuleFinding } from '../rule.js';

/** Zones that say where a call goes in production: one of these and the target is verified. */
const VERIFIED: ReadonlySet<Zone> = new Set<Zone>(['internal', 'external', 'gateway', 'esb', 'unknown']);

/** Variables a browser bundler fixes at build time (`VITE_API_URL`, `REACT_APP_API`, `NEXT_PUBLIC_…`): not a server's deployment value. */
const BROWSER_VARIABLE = /^(VITE|REACT_APP|NEXT_PUBLIC|NUXT_PUBLIC|PUBLIC|EXPO_PUBLIC|GATSBY|VUE_APP|STORYBOOK)_/;

/** The first variable a target's chain reads: `env:NAME` or `config:KEY`. */
function variableOf(steps: readonly string[]): string | null {
  for (const step of steps) {
    const match = /^(env|config):([^\s()]+)$/.exec(step);
    if (match) return match[2]!;
  }
  return null;
}

interface Unverified {
  variable: string;
  /** Where the variable is bound, when only development or test environments bind it. */
  devOnly: string[];
  /** Where it is bound to a placeholder (`<IMPORTER_URL>` in `.env.template`) or an empty value. */
  placeholders: string[];
}

/**
 * The variables that decide where a server-side call goes in production and that nothing the scan reads binds
 * for production: no target of a production (or unlabelled) value names a host outside the local machine, and a
 * target is unresolved on a variable or bound only by a development or test file (a compose file for local
 * development, `.env.test`).
 */
function unverifiedVariables(call: ResolvedCall): Unverified[] {
  if (isTestCode(call.file) || isBrowserCode(call.file) || isDevToolCall(call)) return [];
  if (call.targets.some((target) => target.host !== null && VERIFIED.has(target.zone) && !isDevOrTestTarget(target))) return [];
  const found = new Map<string, Unverified>();
  for (const target of call.targets) {
    const devOrTest = isDevOrTestTarget(target);
    if (!devOrTest && target.zone !== 'unresolved') continue;
    const variable = target.env ?? variableOf(target.via);
    if (variable === null || BROWSER_VARIABLE.test(variable)) continue;
    const entry = found.get(variable) ?? { variable, devOnly: [], placeholders: [] };
    if (devOrTest && target.binding) entry.devOnly.push(`${target.binding.file}:${target.binding.line}, ${target.environment}`);
    else if (target.binding && target.via.some((step) => / is a placeholder, not a URL$| is empty$/.test(step))) entry.placeholders.push(`${target.binding.file}:${target.binding.line}`);
    found.set(variable, entry);
  }
  return [...found.values()].sort((a, b) => (a.variable < b.variable ? -1 : 1));
}

export const unverifiedTarget = defineRule({
  id: 'unverified-target',
  defaultSetting: 'warn',
  description: 'Server-side calls reach a host held in a variable that nothing in the scan binds for production, so whether they bypass the gateway cannot be verified.',
  check({ calls }) {
    // One finding per unbound variable per service, at its first call; the other calls are related locations.
    const groups = new Map<string, { variable: string; service: string | undefined; devOnly: Set<string>; placeholders: Set<string>; calls: { call: ResolvedCall; index: number }[] }>();
    calls.forEach((call, index) => {
      for (const { variable, devOnly, placeholders } of unverifiedVariables(call)) {
        const key = `${call.service ?? ''}\u0000${variable}`;
        const group = groups.get(key) ?? { variable, service: call.service, devOnly: new Set<string>(), placeholders: new Set<string>(), calls: [] };
        group.calls.push({ call, index });
        for (const place of devOnly) group.devOnly.add(place);
        for (const place of placeholders) group.placeholders.add(place);
        groups.set(key, group);
      }
    });
    const findings: RuleFinding[] = [];
    for (const group of groups.values()) {
      const sorted = [...group.calls].sort((a, b) => byLocation(a.call, b.call));
      const first = sorted[0]!;
      const related: RelatedLocation[] = sorted.slice(1).map(({ call }) => ({ file: call.file, line: call.line, column: call.column, message: `${describeCall(call)} reaches the host in ${group.variable}` }));
      // The client configurations the calls go through read the variable too: where a fix starts.
      const points = new Map<string, RelatedLocation>();
      for (const { call } of sorted) {
        const point = call.point;
        const key = point ? `${point.file}:${point.line}:${point.column}` : '';
        if (!point || key === `${first.call.file}:${first.call.line}:${first.call.column}` || related.some((entry) => `${entry.file}:${entry.line}:${entry.column}` === key)) continue;
        points.set(key, { ...point, message: `the integration point these calls go through (a client configuration or a wrapper request)` });
      }
      related.push(...points.values());
      related.sort(byLocation);
      const count = sorted.length === 1 ? 'a call' : `${sorted.length} call sites`;
      const service = group.service ? ` of service '${group.service}'` : '';
      findings.push({
        message:
          `\`${group.variable}\` is bound ${group.devOnly.size > 0 ? `only for development or test (${[...group.devOnly].sort().slice(0, 3).join('; ')})` : group.placeholders.size > 0 ? `only to a placeholder or an empty value (${[...group.placeholders].sort().slice(0, 3).join('; ')})` : 'nowhere arch-lint reads'}, so the host ${count}${service} reach${sorted.length === 1 ? 'es' : ''} in production cannot be verified ` +
          `(first: ${describeCall(first.call)}). ${RULE_ADVICE['unverified-target']}`,
        file: first.call.file,
        line: first.call.line,
        column: first.call.column,
        callIndex: first.index,
        ...(related.length > 0 ? { related } : {}),
        identity: [group.service ?? '', group.variable],
      });
    }
    return findings;
  },
});
