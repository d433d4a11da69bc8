import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);

// dist/discover/classify.js
var languageByExtension = {
  ".ts": "typescript",
  ".tsx": "typescript",
  ".mts": "typescript",
  ".cts": "typescript",
  ".js": "javascript",
  ".jsx": "javascript",
  ".mjs": "javascript",
  ".cjs": "javascript",
  ".py": "python",
  ".java": "java",
  ".kt": "kotlin",
  ".kts": "kotlin",
  ".go": "go",
  ".cs": "csharp",
  ".php": "php",
  // Drupal's PHP files: modules, includes, install hooks, themes.
  ".module": "php",
  ".inc": "php",
  ".install": "php",
  ".theme": "php",
  ".rb": "ruby",
  ".rs": "rust",
  ".vue": "vue",
  ".svelte": "svelte"
};
var nodeConfigName = /^(default|production|development|staging|test|local|custom-environment-variables)([-.][\w-]+)?\.(json|json5|ya?ml|js|cjs|mjs|ts|toml|properties)$/;
function readerKey(kind) {
  return kind.type === "source" ? `source:${kind.language}` : `manifest:${kind.manifest}`;
}
var anyNodeConfigName = /^[a-z\d][\w-]*([-.][\w-]+)?\.(json|json5|ya?ml|js|cjs|mjs|ts|toml|properties)$/i;
function nodeConfigDirsOf(paths) {
  const dirs = /* @__PURE__ */ new Set();
  for (const relPath of paths) {
    const match = /(^|\/)config\/default\.(json|json5|ya?ml|js|cjs|mjs|ts|toml|properties)$/.exec(relPath);
    if (match)
      dirs.add(relPath.slice(0, relPath.lastIndexOf("/")));
  }
  return dirs;
}
function classifyFile(relPath, context) {
  const slash = relPath.lastIndexOf("/");
  const name = relPath.slice(slash + 1);
  const dir = slash >= 0 ? relPath.slice(0, slash) : "";
  const lower = name.toLowerCase();
  const manifest = (kind) => ({ type: "manifest", manifest: kind });
  const dot = lower.lastIndexOf(".");
  const extension = dot > 0 ? lower.slice(dot) : "";
  const language = languageByExtension[extension];
  const dirName = dir.slice(dir.lastIndexOf("/") + 1);
  if (lower === "build.gradle.kts")
    return manifest("build-module");
  if (language && dirName !== "config" && !lower.startsWith(".env") && !lower.startsWith("dockerfile.") && !lower.startsWith("custom-environment-variables") && !lower.endsWith(".min.js") && !/\.d\.[mc]?ts$/.test(lower)) {
    return { type: "source", language };
  }
  if (/^architecture\.ya?ml$/.test(lower))
    return manifest("service-manifest");
  if (/^catalog-info\.ya?ml$/.test(lower))
    return manifest("backstage");
  if ((lower === ".env" || lower.startsWith(".env.") || lower.endsWith(".env") && lower.length > 4) && !/\.(?:patch|diff|orig|rej)$/.test(lower))
    return manifest("dotenv");
  if (/^(docker-)?compose([-.][\w.-]+)?\.ya?ml$/.test(lower))
    return manifest("compose");
  if (lower === "dockerfile" || lower.endsWith(".dockerfile") || lower === "containerfile" || lower.startsWith("dockerfile."))
    return manifest("dockerfile");
  if (/(^|\/)\.github\/workflows$/.test(dir) && /\.ya?ml$/.test(lower))
    return manifest("ci-workflow");
  if (/(^|\/)\.github\/actions(\/|$)/.test(dir) && /^action\.ya?ml$/.test(lower))
    return manifest("ci-workflow");
  if (/^(application|bootstrap)([-.][\w-]+)?\.(ya?ml|properties)$/.test(lower))
    return manifest("spring");
  if (/(^|\/)(src\/main\/resources\/(shared|config)|config-repo)$/.test(dir) && /\.(ya?ml|properties)$/.test(lower))
    return manifest("spring");
  const parentDir = dir.includes("/") ? dir.slice(0, dir.lastIndexOf("/")) : "";
  if (dirName === "config" && (nodeConfigName.test(lower) || context.nodeConfigDirs?.has(dir) === true && anyNodeConfigName.test(lower)) && context.packageDirs.has(parentDir))
    return manifest("node-config");
  if (/^custom-environment-variables\.(json|ya?ml|js|cjs|ts)$/.test(lower))
    return manifest("node-config");
  if (/^values([-.][\w-]+)?\.ya?ml$/.test(lower))
    return manifest("helm-values");
  if (/^appsettings([-.][\w-]+)?\.json$/.test(lower))
    return manifest("appsettings");
  if (lower === "cypress.json")
    return manifest("cypress");
  if (/^(openapi|swagger)([-.][\w-]+)?\.(ya?ml|json)$/.test(lower))
    return manifest("openapi");
  if (lower === "httpd.conf" || lower === "apache2.conf" || extension === ".conf" && /(^|\/)(apache2?|httpd)(\/|$)/.test(dir))
    return manifest("apache");
  if (lower === "nginx.conf" || lower.endsWith(".conf.template") || extension === ".conf" && /(^|\/)(nginx|conf\.d|sites-(available|enabled))(\/|$)/.test(dir))
    return manifest("nginx");
  if (/^(ocelot|krakend|kong|envoy)([-.][\w-]+)?\.json$/.test(lower))
    return manifest("gateway-config");
  if (lower === "pom.xml" || lower === "build.gradle" || lower === "build.gradle.kts" || lower === "go.mod" || extension === ".csproj")
    return manifest("build-module");
  if (lower.endsWith(".min.js") || /\.d\.[mc]?ts$/.test(lower) || lower === "pnpm-lock.yaml")
    return null;
  if (/^(arch-lint\.config\.(ya?ml|json)|\.arch-lint\.yaml)$/.test(lower))
    return null;
  if (language)
    return { type: "source", language };
  if (extension === ".yaml" || extension === ".yml")
    return manifest("kubernetes");
  return null;
}

export {
  readerKey,
  nodeConfigDirsOf,
  classifyFile
};
//# sourceMappingURL=chunk-FSEKV4I4.js.map
