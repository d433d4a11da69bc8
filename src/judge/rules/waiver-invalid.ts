/**
 * `waiver-invalid`: a waiver without reason or expiry, with an expiry that is not a date, running
 * longer than `maxWaiverDays` from today, or attached to an entry that is not `via: direct`.
 * Manifests record no grant date, so the length is measured from today (`--now`): a waiver may never
 * reach further ahead than the policy allows.
 */
import { defineRule } from '../rule.js';
import type { RuleFinding } from '../rule.js';
import { daysLeft, declaredWaivers, utcDay } from './waiver-expired.js';

export const waiverInvalid = defineRule({
  id: 'waiver-invalid',
  defaultSetting: 'error',
  description: 'A manifest waiver lacks a reason or expiry date, or runs longer than the policy allows (maxWaiverDays).',
  check({ services, now, config }) {
    const findings: RuleFinding[] = [];
    for (const { service, entry, waiver } of declaredWaivers(services)) {
      const faults: string[] = [];
      if (entry.via !== 'direct') faults.push(`it is on a 'via: ${entry.via}' entry, and only direct integrations need (or can have) a waiver`);
      if (waiver.reason === null) faults.push('it gives no reason');
      if (waiver.expires === null) faults.push('it has no expiry date (expires: YYYY-MM-DD)');
      const left = daysLeft(waiver, now);
      if (waiver.expires !== null && left === null) faults.push(`its expiry '${waiver.expires}' is not a YYYY-MM-DD calendar date`);
      if (left !== null && left > config.maxWaiverDays) {
        faults.push(`it runs until ${waiver.expires}, ${left} days from today (${utcDay(now)} UTC), longer than the policy's maxWaiverDays (${config.maxWaiverDays})`);
      }
      if (faults.length === 0) continue;
      findings.push({
        message:
          `Waiver for '${entry.name}' (${entry.url}) of service '${service.name}' is not valid: ${faults.join('; ')}. ` +
          'An invalid waiver suppresses nothing; give it a reason and an end date within the policy.',
        file: waiver.loc.file,
        line: waiver.loc.line,
        column: waiver.loc.column,
        identity: [service.name, entry.name, entry.url],
      });
    }
    return findings;
  },
});
