import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  emptyFacts
} from "./chunk-CVAD7S7L.js";
import {
  readerKey
} from "./chunk-FSEKV4I4.js";

// dist/extract/index.js
var sourceExtractors = {
  typescript: async () => (await import("./typescript-OLZP4FBR.js")).typescriptExtractor,
  javascript: async () => (await import("./typescript-OLZP4FBR.js")).typescriptExtractor,
  python: async () => (await import("./python-K6NIDGAN.js")).pythonExtractor,
  java: async () => (await import("./java-O6OWWPHK.js")).javaExtractor,
  kotlin: async () => (await import("./kotlin-D5777EMQ.js")).kotlinExtractor,
  go: async () => (await import("./go-F7QJWIWH.js")).goExtractor,
  csharp: async () => (await import("./csharp-245RCRBE.js")).csharpExtractor,
  php: async () => (await import("./php-CRXNTBWG.js")).phpExtractor,
  ruby: async () => (await import("./ruby-3YNK6XCW.js")).rubyExtractor,
  rust: async () => (await import("./rust-IOIXTUVR.js")).rustExtractor,
  vue: async () => (await import("./vue-svelte-53ZEJYVO.js")).vueSvelteExtractor,
  svelte: async () => (await import("./vue-svelte-53ZEJYVO.js")).vueSvelteExtractor
};
var manifestReaders = {
  "service-manifest": async () => (await import("./service-manifest-GUGAAXFH.js")).serviceManifestReader,
  backstage: async () => (await import("./backstage-YD3DALDP.js")).backstageReader,
  dotenv: async () => (await import("./dotenv-4ZXO7K2J.js")).dotenvReader,
  compose: async () => (await import("./compose-LMNGSFYT.js")).composeReader,
  kubernetes: async () => (await import("./kubernetes-TRD7RJNK.js")).kubernetesReader,
  "helm-values": async () => (await import("./helm-values-2CWDF72T.js")).helmValuesReader,
  spring: async () => (await import("./spring-2IAVJ5KV.js")).springReader,
  "node-config": async () => (await import("./node-config-EOL5NTZD.js")).nodeConfigReader,
  dockerfile: async () => (await import("./dockerfile-XMGF2SIP.js")).dockerfileReader,
  "ci-workflow": async () => (await import("./ci-workflow-W6WPOUUY.js")).ciWorkflowReader,
  appsettings: async () => (await import("./appsettings-Y7FCBO4U.js")).appsettingsReader,
  cypress: async () => (await import("./cypress-json-REABKGSW.js")).cypressJsonReader,
  "build-module": async () => (await import("./build-module-QSKX45PI.js")).buildModuleReader,
  nginx: async () => (await import("./nginx-NLPGBOAZ.js")).nginxReader,
  "gateway-config": async () => (await import("./gateway-config-LFH544JZ.js")).gatewayConfigReader,
  apache: async () => (await import("./apache-N3SGCXDK.js")).apacheReader
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
//# sourceMappingURL=chunk-BIYS4HWP.js.map
