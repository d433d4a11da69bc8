/** `waiver-expiring`: a manifest waiver that ends within the next 30 days (option `days`). */
import { defineRule } from '../rule.js';
import { RULE_ADVICE } from '../rule-advice.js';
import type { RuleFinding } from '../rule.js';
import { callsCoveredBy, daysLeft, declaredWaivers, listCalls, utcDay } from './waiver-expired.js';

export const DEFAULT_EXPIRING_DAYS = 30;

export const waiverExpiring = defineRule({
  id: 'waiver-expiring',
  defaultSetting: 'warn',
  description: 'A manifest waiver for a direct integration expires within 30 days.',
  check({ services, calls, now, options }) {
    const window = typeof options['days'] === 'number' && options['days'] >= 0 ? options['days'] : DEFAULT_EXPIRING_DAYS;
    const findings: RuleFinding[] = [];
    for (const { service, entry, waiver } of declaredWaivers(services)) {
      const left = daysLeft(waiver, now);
      if (left === null || left < 0 || left > window) continue;
      const covered = callsCoveredBy(entry, service, calls);
      const when = left === 0 ? 'today (its last day)' : `in ${left} day${left === 1 ? '' : 's'}`;
      findings.push({
        message:
          `Waiver for the direct integration '${entry.name}' (${entry.url}) of service '${service.name}' expires on ${waiver.expires}, ${when} ` +
          `(today is ${utcDay(now)} UTC)${covered.length > 0 ? `; it covers ${listCalls(covered)}` : ''}. ` +
          RULE_ADVICE['waiver-expiring'],
        file: waiver.loc.file,
        line: waiver.loc.line,
        column: waiver.loc.column,
        identity: [service.name, entry.name, entry.url],
      });
    }
    return findings;
  },
});
