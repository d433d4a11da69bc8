/**
 * `gateway-bypass`: a call reaches a backend that a gateway catalogue API already fronts. The message
 * names the API, the gateway URL to call instead and the credential its plans ask for; when the URL
 * comes from one string literal, the finding carries a fix rewriting it to the gateway URL.
 * Reported instead of `no-direct-integration` for the same target (that rule skips `bypassedApiFor` targets).
 */
import { bypassedApiFor, matchBackend } from '../../catalog/match.js';
import type { BackendMatch } from '../../catalog/match.js';
import type { Finding, GatewayApi, ResolvedCall, Target } from '../../model.js';
import { describeSubject, evidenceLines } from '../describe-call.js';
import { defineRule } from '../rule.js';
import { withinOneSystem } from '../systems.js';
import type { RuleFinding } from '../rule.js';

/** The header Gravitee API-key plans read (the portal's `apikeyHeader`); rule option `apiKeyHeader`. */
const DEFAULT_API_KEY_HEADER = 'X-Api-Key';

export const gatewayBypass = defineRule({
  id: 'gateway-bypass',
  defaultSetting: 'error',
  description: 'A call reaches a backend that an API published on the gateway already fronts: call the gateway URL instead.',
  check({ calls, catalog, config, options, services }) {
    if (catalog.length === 0) return [];
    const apiKeyHeader = typeof options.apiKeyHeader === 'string' && options.apiKeyHeader !== '' ? options.apiKeyHeader : DEFAULT_API_KEY_HEADER;
    const entrypoints = config.gateway.entrypoints;
    const findings: RuleFinding[] = [];
    calls.forEach((call, callIndex) => {
      const seen = new Set<string>();
      for (const target of call.targets) {
        // A service calling its own backend (or, with allowWithinSystem, one of its system's) is not an integration.
        if (call.service !== undefined && target.service !== undefined) {
          if (call.service === target.service) continue;
          if (config.allowWithinSystem && withinOneSystem(call, target, services)) continue;
        }
        const match = bypassedApiFor(target, catalog, entrypoints);
        if (match === null) continue;
        const literal = target.literal;
        const key = `${match.api.id} ${match.gatewayUrl ?? ''} ${literal ? `${literal.file}:${literal.offset}` : ''}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const fix = fixFor(target, match, catalog, entrypoints);
        findings.push({
          message: messageFor(call, target, match, apiKeyHeader),
          file: call.file,
          line: call.line,
          column: call.column,
          callIndex,
          ...(fix ? { fix } : {}),
          identity: [call.enclosing, call.kind, match.api.id, match.backend.url, match.strength],
        });
      }
    });
    return findings;
  },
});

function messageFor(call: ResolvedCall, target: Target, match: BackendMatch, apiKeyHeader: string): string {
  const what = describeSubject(call);
  const reached = target.url ?? target.host ?? 'its target';
  const evidence = `\n${evidenceLines([target])}`;
  const api = `gateway API '${match.api.name}' (${match.api.id})`;
  const instead = match.gatewayUrl ? match.gatewayUrl : `the gateway path ${match.gatewayPath} (no gateway entrypoint is configured: set gateway.entrypoints)`;
  const credential = credentialOf(match.api.plans, apiKeyHeader);
  if (match.strength === 'host') {
    return (
      `${what} goes to ${reached}, on the host of ${match.backend.url}, the backend of ${api}. ` +
      `This is a weaker, host-only match: the path is not under the published backend, so check whether the API covers it. ` +
      `If it does, call ${instead} instead${credential}.${evidence}`
    );
  }
  return `${what} goes to ${reached}, the backend of ${api}, bypassing the gateway. Call ${instead} instead${credential}.${evidence}`;
}

/** What a consumer must send, from the API's plans: `, with an API key in the X-Api-Key header (plan 'Key')`. */
export function credentialOf(plans: GatewayApi['plans'], apiKeyHeader: string = DEFAULT_API_KEY_HEADER): string {
  if (plans.length === 0) return ', subscribing to one of its plans in the developer portal';
  if (plans.some((plan) => plan.security === 'KEY_LESS')) return ' (a keyless plan needs no credential)';
  const options = plans.map((plan) => `${describeSecurity(plan.security, apiKeyHeader)} (plan '${plan.name}')`);
  return `, with ${[...new Set(options)].join(' or ')}`;
}

function describeSecurity(security: string, apiKeyHeader: string): string {
  switch (security) {
    case 'API_KEY':
      return `an API key in the ${apiKeyHeader} header`;
    case 'OAUTH2':
      return 'an OAuth2 access token (Authorization: Bearer)';
    case 'JWT':
      return 'a JWT (Authorization: Bearer)';
    case 'MTLS':
      return 'a TLS client certificate';
    default:
      return `the plan's ${security} credential`;
  }
}

/**
 * A fix when the target's URL (or base) is one string literal that is itself under the same backend:
 * the literal is rewritten to its gateway URL. Host-only matches never get a fix.
 */
function fixFor(target: Target, match: BackendMatch, catalog: readonly GatewayApi[], entrypoints: readonly string[]): Finding['fix'] | undefined {
  const literal = target.literal;
  if (!literal || match.strength !== 'prefix' || match.gatewayUrl === null) return undefined;
  const rewritten = matchBackend(literal.text, catalog, entrypoints);
  if (rewritten === null || rewritten.strength !== 'prefix' || rewritten.api.id !== match.api.id || rewritten.gatewayUrl === null) return undefined;
  if (rewritten.gatewayUrl === literal.text) return undefined;
  return {
    file: literal.file,
    range: [literal.offset, literal.offset + literal.text.length],
    text: rewritten.gatewayUrl,
    expected: literal.text,
    description: `Replace ${literal.text} with the gateway URL ${rewritten.gatewayUrl} (${match.api.name}) in ${literal.file}:${literal.line}`,
  };
}
