import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);

// dist/extract/manifests/environment-label.js
var labelByToken = {
  prod: "prod",
  production: "prod",
  prd: "prod",
  live: "prod",
  staging: "staging",
  stage: "staging",
  stg: "staging",
  preprod: "staging",
  test: "test",
  testing: "test",
  qa: "test",
  ci: "test",
  e2e: "test",
  cypress: "test",
  playwright: "test",
  mock: "test",
  mocks: "test",
  dev: "dev",
  develop: "dev",
  development: "dev",
  local: "dev",
  // Templates document what a variable is expected to hold; their values are evidence, but of no real environment.
  example: "template",
  sample: "template",
  template: "template",
  dist: "template"
};
function environmentFromToken(token) {
  return labelByToken[token.toLowerCase()] ?? null;
}
function environmentFromFileName(fileName, ignore = []) {
  const tokens = fileName.toLowerCase().split(/[.\-_]+/).filter((token) => token !== "" && !ignore.includes(token));
  for (const token of tokens) {
    const label = environmentFromToken(token);
    if (label)
      return label;
  }
  return null;
}
var deployFolders = /* @__PURE__ */ new Set(["deploy", "deployment", "deployments", "k8s", "kubernetes", "openshift", "overlays", "environments", "envs", "env", "helm", "charts", "manifests", "kustomize", "argocd", "infra", "ops"]);
var ambiguousFolders = /* @__PURE__ */ new Set(["test", "testing", "ci", "local"]);
function environmentFromFolders(path) {
  const folders = path.toLowerCase().split("/").slice(0, -1);
  for (let index = folders.length - 1; index >= 0; index--) {
    const folder = folders[index] ?? "";
    const label = environmentFromToken(folder) ?? environmentFromToken(folder.split(/[.\-_]+/).pop() ?? "");
    if (!label || label === "template")
      continue;
    if (ambiguousFolders.has(folder) && !folders.slice(0, index).some((parent) => deployFolders.has(parent)))
      continue;
    return label;
  }
  return null;
}
function environmentFromNamespace(namespace) {
  const match = /[-_](prod|production|prd|staging|stage|stg|test|qa|dev|development)$/i.exec(namespace);
  return match?.[1] ? environmentFromToken(match[1]) : null;
}

export {
  environmentFromToken,
  environmentFromFileName,
  environmentFromFolders,
  environmentFromNamespace
};
//# sourceMappingURL=chunk-OUQS2ATI.js.map
