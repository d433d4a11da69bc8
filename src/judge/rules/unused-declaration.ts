/**
 * `unused-declaration`: a `consumes` entry that no call in the service's code reaches. Calls whose
 * target could not be worked out might still reach it; the message says how many there are.
 */
import { defineRule } from '../rule.js';
import type { RuleFinding } from '../rule.js';
import { callsCoveredBy } from './waiver-expired.js';

export const unusedDeclaration = defineRule({
  id: 'unused-declaration',
  defaultSetting: 'warn',
  description: "A consumes entry in a service's architecture.yaml that no call in the service's code reaches.",
  check({ services, calls }) {
    const findings: RuleFinding[] = [];
    for (const service of services) {
      if (service.source !== 'arch-lint') continue;
      const own = calls.filter((call) => call.service === service.name);
      const unresolved = own.filter((call) => call.targets.some((target) => target.url === null || target.zone === 'unresolved')).length;
      for (const entry of service.consumes) {
        if (callsCoveredBy(entry, service, own).length > 0) continue;
        const caveat = unresolved > 0 ? ` (${unresolved} call${unresolved === 1 ? '' : 's'} in the service could not be resolved and might reach it)` : '';
        findings.push({
          message:
            `Service '${service.name}' declares it consumes '${entry.name}' (${entry.url}, via ${entry.via}), ` +
            `but none of its ${own.length} call${own.length === 1 ? '' : 's'} under '${service.root || '.'}' reaches that URL${caveat}. ` +
            'Remove the entry if the integration is gone, or fix its URL.',
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
