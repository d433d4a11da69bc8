import { defineRule, type RuleFinding } from '../rule.js';
import { describeCall, evidenceLines } from '../describe-call.js';

export const unknownTarget = defineRule({
  id: 'unknown-target',
  defaultSetting: 'off',
  description: 'A call reaches a host that no zone of the configuration covers, so arch-lint cannot tell whether it is an integration.',
  check({ calls }) {
    const findings: RuleFinding[] = [];
    calls.forEach((call, callIndex) => {
      const unknown = call.targets.filter((target) => target.zone === 'unknown' && target.host !== null && !target.ignored);
      if (unknown.length === 0) return;
      const hosts = [...new Set(unknown.map((target) => target.host ?? ''))].sort();
      findings.push({
        message:
          `Call ${describeCall(call)} reaches ${hosts.map((host) => `'${host}'`).join(', ')}, which is in no zone. ` +
          'Add the host to `zones` in the config (internal if it is one of the organisation\'s systems, external if it is an outside service).\n' +
          evidenceLines(unknown),
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
