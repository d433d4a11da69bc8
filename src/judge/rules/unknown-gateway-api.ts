/**
 * `unknown-gateway-api`: a call to a gateway entrypoint whose path no catalogue API publishes: a typo,
 * an API that was removed, or a catalogue that is out of date.
 */
import { isGatewayUrl, matchGatewayApi, mayReachGatewayApi } from '../../catalog/match.js';
import { describeCall, isCoveredByCalls } from '../describe-call.js';
import { defineRule } from '../rule.js';
import type { RuleFinding } from '../rule.js';

export const unknownGatewayApi = defineRule({
  id: 'unknown-gateway-api',
  defaultSetting: 'warn',
  description: 'A call goes to the gateway, but no API in the gateway catalogue is published at its path.',
  check({ calls, catalog, config }) {
    // Without a catalogue every gateway call would be "unknown": the rule needs one to say anything.
    if (catalog.length === 0) return [];
    const entrypoints = config.gateway.entrypoints;
    const findings: RuleFinding[] = [];
    calls.forEach((call, callIndex) => {
      // A client's base URL is judged through the calls made with it, as the other rules do.
      if (call.kind === 'client-config' && isCoveredByCalls(call, calls)) return;
      const unknown = new Set<string>();
      for (const target of call.targets) {
        if (target.url === null || target.ignored) continue;
        if (!isGatewayUrl(target.url, entrypoints, catalog) || matchGatewayApi(target.url, catalog, entrypoints) !== null) continue;
        // A base URL the published APIs live under, or a path only known at run time, is no unknown API.
        if (mayReachGatewayApi(target.url, catalog, entrypoints, { base: call.kind === 'client-config' })) continue;
        unknown.add(target.url);
      }
      if (unknown.size === 0) return;
      const urls = [...unknown].sort();
      findings.push({
        message:
          `Call ${describeCall(call)} goes to the gateway at ${urls.join(', ')}, but no API in the gateway catalogue is published at that path. ` +
          'Check the path against the developer portal; if the API is new, refresh the catalogue (arch-lint catalog pull).',
        file: call.file,
        line: call.line,
        column: call.column,
        callIndex,
        identity: [call.enclosing, ...urls.map(pathOf)],
      });
    });
    return findings;
  },
});

/** Host and path without query: what identifies the unknown API across small edits. */
function pathOf(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}${parsed.pathname}`;
  } catch {
    return url;
  }
}
