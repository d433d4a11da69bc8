import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);

// dist/judge/rule-advice.js
var RULE_ADVICE = {
  "no-direct-integration": "Consume the API through the gateway (publish it there if it is not yet), or through the ESB if the integration transforms or orchestrates data.",
  "waiver-expired": "Move the integration to the gateway or the ESB, or renew the waiver with a new reason and date.",
  "waiver-expiring": "Plan the move to the gateway or the ESB, or renew the waiver before it lapses.",
  "unverified-target": "Make it verifiable: bind it in a deployment file of this repository, pass the deployment repository with `--deployments <dir>` (or `deployments:` in the config), or state its production value under `bindings:` in the config."
};

export {
  RULE_ADVICE
};
//# sourceMappingURL=chunk-RHSPT4CJ.js.map
