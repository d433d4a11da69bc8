import { defineRule, type RuleFinding } from '../rule.js';
import { RULE_ADVICE } from '../rule-advice.js';
import { describeSubject, evidenceLines } from '../describe-call.js';
import { bypassOption, directTargets } from '../direct-targets.js';

export const noDirectIntegration = defineRule({
  id: 'no-direct-integration',
  defaultSetting: 'error',
  description: 'A call reaches an internal system directly instead of through the API gateway or the ESB (a point-to-point integration).',
  check({ calls, services, catalog, config }) {
    const findings: RuleFinding[] = [];
    // A backend the gateway already publishes is reported by gateway-bypass instead, never both.
    const options = { allowWithinSystem: config.allowWithinSystem, bypass: bypassOption(config, catalog) };
    calls.forEach((call, callIndex) => {
      const direct = directTargets(call, services, options);
      if (direct.length === 0) return;
      const hosts = [...new Set(direct.map((target) => target.host ?? ''))].sort();
      const what = describeSubject(call);
      const owners = [...new Set(direct.flatMap((target) => (target.service ? [target.service] : [])))].sort();
      const owner = owners.length > 0 ? ` (service ${owners.map((name) => `'${name}'`).join(', ')})` : '';
      findings.push({
        message:
          `${what} goes directly to internal host ${hosts.map((host) => `'${host}'`).join(', ')}${owner}: a point-to-point integration. ` +
          `${RULE_ADVICE['no-direct-integration']}\n` +
          evidenceLines(direct),
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
