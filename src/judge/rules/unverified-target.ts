import type { RelatedLocation, ResolvedCall, Zone } from '../../model.js';
import { isBrowserCode, isTestCode } from '../code-role.js';
import { describeCall } from '../describe-call.js';
import { defineRule, type RuleFinding } from '../rule.js';

/** Zones that say where a call goes in production: one of these and the target is verified. */
const VERIFIED: ReadonlySet<Zone> = new Set<Zone>(['internal', 'external', 'gateway', 'esb', 'unknown']);

/** Variables a browser bundler fixes at build time (`VITE_API_URL`, `REACT_APP_API`, `NEXT_PUBLIC_…`): not a server's deployment value. */
const BROWSER_VARIABLE = /^(VITE|REACT_APP|NEXT_PUBLIC|NUXT_PUBLIC|PUBLIC|EXPO_PUBLIC|GATSBY|VUE_APP|STORYBOOK)_/;

function byLocation(a: { file: string; line: number; column: number }, b: { file: string; line: number; column: number }): number {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column;
}

/**
 * The variables that decide where a server-side call goes and that nothing the scan reads binds: the call's targets
 * are unresolved on an environment variable, and no other target names a host outside the local machine.
 */
function unboundVariables(call: ResolvedCall): string[] {
  if (call.kind !== 'call' || isTestCode(call.file) || isBrowserCode(call.file)) return [];
  if (call.targets.some((target) => target.host !== null && VERIFIED.has(target.zone))) return [];
  const variables = call.targets.flatMap((target) => (target.zone === 'unresolved' && target.env && !BROWSER_VARIABLE.test(target.env) ? [target.env] : []));
  return [...new Set(variables)].sort();
}

export const unverifiedTarget = defineRule({
  id: 'unverified-target',
  defaultSetting: 'warn',
  description: 'Server-side calls reach a host held in an environment variable that nothing in the scan binds, so whether they bypass the gateway cannot be verified.',
  check({ calls }) {
    // One finding per unbound variable per service, at its first call; the other calls are related locations.
    const groups = new Map<string, { variable: string; service: string | undefined; calls: { call: ResolvedCall; index: number }[] }>();
    calls.forEach((call, index) => {
      for (const variable of unboundVariables(call)) {
        const key = `${call.service ?? ''}\u0000${variable}`;
        const group = groups.get(key) ?? { variable, service: call.service, calls: [] };
        group.calls.push({ call, index });
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
        if (!point || (point.file === first.call.file && point.line === first.call.line && point.column === first.call.column)) continue;
        points.set(`${point.file}:${point.line}:${point.column}`, { ...point, message: `the integration point these calls go through (a client configuration or a wrapper request)` });
      }
      related.push(...points.values());
      related.sort(byLocation);
      const count = sorted.length === 1 ? 'a call' : `${sorted.length} calls`;
      const service = group.service ? ` of service '${group.service}'` : '';
      findings.push({
        message:
          `\`${group.variable}\` is bound nowhere arch-lint reads, so the host ${count}${service} reach${sorted.length === 1 ? 'es' : ''} cannot be verified ` +
          `(first: ${describeCall(first.call)}). Make it verifiable: bind it in a deployment file of this repository, ` +
          'pass the deployment repository with `--deployments <dir>` (or `deployments:` in the config), or state its production value under `bindings:` in the config.',
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
