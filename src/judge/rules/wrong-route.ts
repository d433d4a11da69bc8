/**
 * `wrong-route`: a consumes entry declared `via: gateway` whose URL host is not a gateway host, or
 * `via: esb` whose host is not an ESB host. Hosts are classified with the config's zones.
 */
import { urlParts } from '../../resolve/services.js';
import { classifyHost } from '../zones.js';
import { defineRule } from '../rule.js';
import type { RuleFinding } from '../rule.js';

export const wrongRoute = defineRule({
  id: 'wrong-route',
  defaultSetting: 'error',
  description: "A consumes entry says 'via: gateway' (or 'via: esb') but its URL is not a gateway (or ESB) host.",
  check({ services, config }) {
    const findings: RuleFinding[] = [];
    for (const service of services) {
      for (const entry of service.consumes) {
        if (entry.via === 'direct') continue;
        const host = urlParts(entry.url)?.host;
        if (!host) continue;
        const zone = classifyHost(host, config.zones);
        if (zone === entry.via) continue;
        const patterns = config.zones[entry.via];
        findings.push({
          message:
            `Service '${service.name}' declares '${entry.name}' via ${entry.via}, but its URL ${entry.url} is on host '${host}' (zone ${zone}), ` +
            `not ${entry.via === 'gateway' ? 'a gateway' : 'an ESB'} host (${patterns.length > 0 ? patterns.join(', ') : `no ${entry.via} hosts configured`}). ` +
            `Use the API's ${entry.via === 'gateway' ? 'gateway' : 'ESB'} URL, or declare the entry 'via: direct' with a waiver if it really is point-to-point.`,
          file: entry.loc.file,
          line: entry.loc.line,
          column: entry.loc.column,
          identity: [service.name, entry.name, entry.url],
        });
      }
    }
    return findings;
  },
});
