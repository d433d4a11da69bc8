import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import "./chunk-B3SFOPOV.js";

// dist/report/json.js
var keyOrders = {
  result: ["version", "tool", "root", "config", "calls", "findings", "problems", "rules", "unboundEnv", "summary", "baseline", "scope", "landscape", "gatewayRoutes"],
  call: ["file", "line", "column", "language", "client", "method", "expression", "kind", "enclosing", "targets", "service", "suppressedBy", "point"],
  target: ["url", "host", "zone", "via", "env", "service", "api", "environment", "binding", "ignored"],
  finding: ["ruleId", "severity", "message", "file", "line", "column", "fingerprint", "callIndex", "related", "suppressed", "fix"],
  problem: ["file", "line", "column", "severity", "code", "message"],
  rule: ["id", "severity", "description", "helpUri"],
  gatewayRoute: ["gateway", "path", "target", "service", "loc"]
};
function ordered(value, kind) {
  const entries = value;
  const order = keyOrders[kind] ?? [];
  const keys = [...order.filter((key) => key in entries), ...Object.keys(entries).filter((key) => !order.includes(key)).sort()];
  const out = {};
  for (const key of keys)
    if (entries[key] !== void 0)
      out[key] = entries[key];
  return out;
}
function formatJson(result) {
  const top = ordered(result, "result");
  top.calls = result.calls.map((call) => {
    const out = ordered(call, "call");
    out.targets = call.targets.map((target) => ordered(target, "target"));
    return out;
  });
  top.findings = result.findings.map((finding) => ordered(finding, "finding"));
  top.problems = result.problems.map((problem) => ordered(problem, "problem"));
  top.rules = result.rules.map((rule) => ordered(rule, "rule"));
  if (result.gatewayRoutes)
    top.gatewayRoutes = result.gatewayRoutes.map((route) => ordered(route, "gatewayRoute"));
  return `${JSON.stringify(top, null, 2)}
`;
}
export {
  formatJson
};
//# sourceMappingURL=json-JXJH2PMW.js.map
