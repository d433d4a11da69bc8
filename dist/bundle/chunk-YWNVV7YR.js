import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  emptyFacts
} from "./chunk-MQD32G2J.js";
import {
  readerKey
} from "./chunk-4IKYKC5I.js";

// dist/extract/index.js
var sourceExtractors = {
  typescript: async () => (await import("./typescript-4CJAEWUE.js")).typescriptExtractor,
  javascript: async () => (await import("./typescript-4CJAEWUE.js")).typescriptExtractor,
  python: async () => (await import("./python-BWG3SDPK.js")).pythonExtractor,
  java: async () => (await import("./java-BCU45M75.js")).javaExtractor,
  kotlin: async () => (await import("./kotlin-NT7BC5SS.js")).kotlinExtractor,
  go: async () => (await import("./go-PKTS2X45.js")).goExtractor,
  csharp: async () => (await import("./csharp-X2D2C55C.js")).csharpExtractor,
  php: async () => (await import("./php-FQUBMGMG.js")).phpExtractor,
  ruby: async () => (await import("./ruby-4W74CBXD.js")).rubyExtractor,
  rust: async () => (await import("./rust-B2NVBFKH.js")).rustExtractor,
  vue: async () => (await import("./vue-svelte-GZZ72OFE.js")).vueSvelteExtractor,
  svelte: async () => (await import("./vue-svelte-GZZ72OFE.js")).vueSvelteExtractor
};
var manifestReaders = {
  "service-manifest": async () => (await import("./service-manifest-LVZY34CH.js")).serviceManifestReader,
  backstage: async () => (await import("./backstage-RPHE6G5B.js")).backstageReader,
  dotenv: async () => (await import("./dotenv-NN26XR63.js")).dotenvReader,
  compose: async () => (await import("./compose-EY72UBIN.js")).composeReader,
  kubernetes: async () => (await import("./kubernetes-E7GLBNVD.js")).kubernetesReader,
  "helm-values": async () => (await import("./helm-values-PJPVGBJ4.js")).helmValuesReader,
  spring: async () => (await import("./spring-4ZGQQ4EZ.js")).springReader,
  "node-config": async () => (await import("./node-config-IWHN7LXI.js")).nodeConfigReader,
  dockerfile: async () => (await import("./dockerfile-LEGQFZLR.js")).dockerfileReader,
  "ci-workflow": async () => (await import("./ci-workflow-FKO46YYV.js")).ciWorkflowReader,
  appsettings: async () => (await import("./appsettings-6GYDCVYM.js")).appsettingsReader,
  cypress: async () => (await import("./cypress-json-MHYCL7B7.js")).cypressJsonReader,
  "build-module": async () => (await import("./build-module-JNYLMU3X.js")).buildModuleReader,
  nginx: async () => (await import("./nginx-HG5NOUDB.js")).nginxReader
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
async function extractFile(file, content) {
  const kind = file.kind;
  const label = kind.type === "source" ? kind.language : kind.manifest;
  try {
    if (kind.type === "source") {
      const loader2 = sourceExtractors[kind.language];
      if (!loader2)
        return emptyFacts(file.path, kind.language);
      const extractor = await load(readerKey(kind), loader2);
      return await extractor.extract(file.path, content, kind.language);
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
//# sourceMappingURL=chunk-YWNVV7YR.js.map
