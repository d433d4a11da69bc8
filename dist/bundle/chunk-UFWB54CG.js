import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);

// dist/judge/production.js
var NON_PRODUCTION_TOKENS = /* @__PURE__ */ new Set([
  "dev",
  "develop",
  "development",
  "local",
  "test",
  "tests",
  "testing",
  "qa",
  "ci",
  "e2e",
  "staging",
  "stage",
  "stg",
  "preprod",
  "mock",
  "mocks",
  "stub",
  "stubs",
  "fake",
  "fixture",
  "fixtures",
  "sandbox",
  "demo",
  "example",
  "sample",
  "template",
  "cypress",
  "playwright",
  "__mocks__",
  "__tests__",
  "spec"
]);
var NON_PRODUCTION_LABELS = /* @__PURE__ */ new Set(["dev", "test", "staging", "template", "e2e"]);
function tokens(text) {
  return text.toLowerCase().split(/[^a-z0-9_]+|_/).filter(Boolean);
}
function isNonProductionPath(file) {
  return file.split("/").some((part) => NON_PRODUCTION_TOKENS.has(part.toLowerCase()) || tokens(part).some((token) => NON_PRODUCTION_TOKENS.has(token)));
}
function isNonProductionHost(host) {
  const first = host.toLowerCase().split(".")[0] ?? "";
  return tokens(first).some((token) => NON_PRODUCTION_TOKENS.has(token));
}
function isProductionTarget(target) {
  if (target.environment !== void 0 && NON_PRODUCTION_LABELS.has(target.environment))
    return false;
  if (target.binding !== void 0 && isNonProductionPath(target.binding.file))
    return false;
  if (target.host !== null && isNonProductionHost(target.host))
    return false;
  return true;
}
function productionTargets(targets) {
  const production = targets.filter(isProductionTarget);
  return production.length > 0 ? production : targets;
}
var DEV_OR_TEST = /* @__PURE__ */ new Set(["dev", "test"]);
var TEST_DOUBLE_TOKENS = /* @__PURE__ */ new Set(["mock", "mocks", "stub", "stubs", "fake"]);
function isDevOrTestTarget(target) {
  if (target.environment !== void 0 && DEV_OR_TEST.has(target.environment))
    return true;
  const first = target.host?.toLowerCase().split(".")[0] ?? "";
  return tokens(first).some((token) => TEST_DOUBLE_TOKENS.has(token));
}
var DEV_TOOL_CLIENTS = /* @__PURE__ */ new Set(["vite-dev-proxy", "cra-dev-proxy", "webpack-dev-proxy", "cypress", "playwright", "playwright-request", "supertest", "k6", "locust"]);
function isDevToolCall(call) {
  return DEV_TOOL_CLIENTS.has(call.client);
}

export {
  isProductionTarget,
  productionTargets,
  isDevOrTestTarget,
  isDevToolCall
};
//# sourceMappingURL=chunk-UFWB54CG.js.map
