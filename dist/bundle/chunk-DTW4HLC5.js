import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);

// dist/judge/rule-advice.js
var RULE_ADVICE = {
  "no-direct-integration": "Consume the API through the gateway (publish it there if it is not yet), or through the ESB if the integration transforms or orchestrates data.",
  "waiver-expired": "Move the integration to the gateway or the ESB, or renew the waiver with a new reason and date.",
  "waiver-expiring": "Plan the move to the gateway or the ESB, or renew the waiver before it lapses."
};

export {
  RULE_ADVICE
};
//# sourceMappingURL=chunk-DTW4HLC5.js.map
