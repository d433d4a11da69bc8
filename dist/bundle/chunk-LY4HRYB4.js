import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);

// dist/judge/rules/ids.js
var ruleIds = [
  "no-direct-integration",
  "unknown-target",
  "suppression-without-reason",
  "suppression-expired",
  "unused-suppression",
  "waiver-expired",
  "waiver-expiring",
  "waiver-invalid",
  "undeclared-integration",
  "unused-declaration",
  "wrong-route",
  "api-without-openapi",
  "invalid-manifest",
  "gateway-bypass",
  "unknown-gateway-api",
  "api-not-published",
  "unverified-target"
];

export {
  ruleIds
};
//# sourceMappingURL=chunk-LY4HRYB4.js.map
