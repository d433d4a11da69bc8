/**
 * `undeclared-integration`: code of a service with an `architecture.yaml` calls a gateway, ESB or
 * internal target that no `consumes` entry covers. Services known only from Backstage are skipped:
 * Backstage names consumed APIs without URLs, so nothing could ever be declared.
 */
import type { ResolvedCall, ServiceDeclaration, Target } from '../../model.js';
import { findConsumesEntry, urlParts } from '../../resolve/services.js';
import { describeSubject, evidenceLines } from '../describe-call.js';
import { defineRule } from '../rule.js';
import { withinOneSystem } from '../systems.js';
import type { RuleFinding } from '../rule.js';

const INTEGRATION_ZONES = new Set(['gateway', 'esb', 'internal']);

/** The URL a declaration would cover: the target's URL, or its host when only that is known. */
function targetUrl(target: Target): string | null {
  if (target.url && urlParts(target.url)) return target.url;
  return target.host ? `https://${target.host}/` : null;
}

/** A consumes entry to paste: scheme, host and first path segment (a gateway API's context path). */
export function suggestedEntry(target: Target): { name: string; url: string; via: 'gateway' | 'esb' | 'direct' } | null {
  const url = targetUrl(target);
  if (url === null) return null;
  const parsed = new URL(url);
  const first = parsed.pathname.split('/').find((segment) => segment !== '');
  const prefix = `${parsed.protocol}//${parsed.host}${first ? `/${first}` : ''}`;
  const via = target.zone === 'gateway' ? 'gateway' : target.zone === 'esb' ? 'esb' : 'direct';
  const name = target.service ?? (target.zone === 'gateway' && first ? first : [parsed.hostname.split('.')[0], first].filter(Boolean).join('-'));
  return { name: name ?? parsed.hostname, url: prefix, via };
}

function undeclaredTargets(call: ResolvedCall, service: ServiceDeclaration, services: readonly ServiceDeclaration[], allowWithinSystem: boolean): Target[] {
  return call.targets.filter((target) => {
    if (!INTEGRATION_ZONES.has(target.zone) || target.ignored) return false;
    if (target.service === service.name) return false; // the service calling itself
    if (allowWithinSystem && withinOneSystem({ service: service.name }, target, services)) return false;
    const url = targetUrl(target);
    return url !== null && findConsumesEntry(service, url) === undefined;
  });
}

export const undeclaredIntegration = defineRule({
  id: 'undeclared-integration',
  defaultSetting: 'warn',
  description: "Code calls a gateway, ESB or internal target that its service's architecture.yaml does not declare under consumes.",
  check({ calls, services, config }) {
    const findings: RuleFinding[] = [];
    calls.forEach((call, callIndex) => {
      const service = call.service ? services.find((declared) => declared.name === call.service && declared.source === 'arch-lint') : undefined;
      if (!service) return;
      const targets = undeclaredTargets(call, service, services, config.allowWithinSystem);
      if (targets.length === 0) return;
      const suggestion = suggestedEntry(targets[0] as Target);
      const hosts = [...new Set(targets.map((target) => target.host ?? ''))].sort();
      findings.push({
        message:
          `${describeSubject(call)} reaches ${hosts.map((host) => `'${host}'`).join(', ')} [${[...new Set(targets.map((target) => target.zone))].sort().join(', ')}], ` +
          `but ${service.loc.file} (service '${service.name}') declares no consumes entry covering it.` +
          (suggestion ? ` Declare it, e.g. { name: ${suggestion.name}, url: ${suggestion.url}, via: ${suggestion.via} }.` : '') +
          `\n${evidenceLines(targets)}`,
        file: call.file,
        line: call.line,
        column: call.column,
        callIndex,
        identity: [call.enclosing, call.kind, ...hosts],
      });
    });
    return findings;
  },
});
