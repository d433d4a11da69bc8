import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  emptyFacts
} from "./chunk-QARPM7KB.js";
import {
  readerKey
} from "./chunk-7BA7OWXI.js";

// dist/extract/index.js
var sourceExtractors = {
  typescript: async () => (await import("./typescript-RNEHFMO5.js")).typescriptExtractor,
  javascript: async () => (await import("./typescript-RNEHFMO5.js")).typescriptExtractor,
  python: async () => (await import("./python-QKDYZMDO.js")).pythonExtractor,
  java: async () => (await import("./java-4PWBOSQN.js")).javaExtractor,
  kotlin: async () => (await import("./kotlin-ZFQJLEYI.js")).kotlinExtractor,
  go: async () => (await import("./go-6GLYKARB.js")).goExtractor,
  csharp: async () => (await import("./csharp-LC35PZOO.js")).csharpExtractor,
  php: async () => (await import("./php-C7PZVOG7.js")).phpExtractor,
  ruby: async () => (await import("./ruby-GTFHBRZA.js")).rubyExtractor,
  rust: async () => (await import("./rust-GOHFLXL2.js")).rustExtractor,
  vue: async () => (await import("./vue-svelte-HR5ONNR2.js")).vueSvelteExtractor,
  svelte: async () => (await import("./vue-svelte-HR5ONNR2.js")).vueSvelteExtractor
};
var manifestReaders = {
  "service-manifest": async () => (await import("./service-manifest-X22FBJI6.js")).serviceManifestReader,
  backstage: async () => (await import("./backstage-DZAED4KE.js")).backstageReader,
  dotenv: async () => (await import("./dotenv-MM6G37Y6.js")).dotenvReader,
  compose: async () => (await import("./compose-ITBQRCGB.js")).composeReader,
  kubernetes: async () => (await import("./kubernetes-7VRUP5E6.js")).kubernetesReader,
  "helm-values": async () => (await import("./helm-values-R2LQGHMZ.js")).helmValuesReader,
  spring: async () => (await import("./spring-NTM64HVZ.js")).springReader,
  "node-config": async () => (await import("./node-config-5SSYS66U.js")).nodeConfigReader,
  dockerfile: async () => (await import("./dockerfile-FIO6MAFW.js")).dockerfileReader,
  "ci-workflow": async () => (await import("./ci-workflow-L36O25GT.js")).ciWorkflowReader,
  appsettings: async () => (await import("./appsettings-X7SEC66K.js")).appsettingsReader,
  cypress: async () => (await import("./cypress-json-H6CPT66L.js")).cypressJsonReader,
  "build-module": async () => (await import("./build-module-JJOJNPAO.js")).buildModuleReader,
  nginx: async () => (await import("./nginx-QBVI6XF3.js")).nginxReader,
  "gateway-config": async () => (await import("./gateway-config-LVRUGT2R.js")).gatewayConfigReader,
  apache: async () => (await import("./apache-6IDL4URW.js")).apacheReader
};
var loaded = /* @__PURE__ */ new Map();
function load(key, loader) {
  let promise = loaded.get(key);
  if (!promise) {
    promise = loader();
    loaded.set(key, promise);
  }
  return promise;
}
function preloadExtractors(kinds) {
  for (const kind of kinds) {
    const started = kind.type === "source" ? preload(readerKey(kind), sourceExtractors[kind.language]) : preload(readerKey(kind), manifestReaders[kind.manifest]);
    started?.catch(() => void 0);
  }
}
function preload(key, loader) {
  return loader && !loaded.has(key) ? load(key, loader) : void 0;
}
async function extractFile(file, content, options) {
  const kind = file.kind;
  const label = kind.type === "source" ? kind.language : kind.manifest;
  try {
    if (kind.type === "source") {
      const loader2 = sourceExtractors[kind.language];
      if (!loader2)
        return emptyFacts(file.path, kind.language);
      const extractor = await load(readerKey(kind), loader2);
      return await extractor.extract(file.path, content, kind.language, options);
    }
    const loader = manifestReaders[kind.manifest];
    if (!loader)
      return emptyFacts(file.path, kind.manifest);
    const reader = await load(readerKey(kind), loader);
    return await reader.read(file.path, content, kind.manifest);
  } catch (error) {
    const facts = emptyFacts(file.path, label);
    facts.problems.push({
      file: file.path,
      severity: "warning",
      code: "extract-failed",
      message: `could not analyse this ${label} file (${error instanceof Error ? error.message : String(error)}); skipped it, the rest of the scan goes on`
    });
    return facts;
  }
}

export {
  preloadExtractors,
  extractFile
};
//# sourceMappingURL=chunk-2CP744RE.js.map
