import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  emptyFacts
} from "./chunk-I3HGX4AA.js";
import {
  readerKey
} from "./chunk-4LBCXF2U.js";

// dist/extract/index.js
var sourceExtractors = {
  typescript: async () => (await import("./typescript-7OI37LFA.js")).typescriptExtractor,
  javascript: async () => (await import("./typescript-7OI37LFA.js")).typescriptExtractor,
  python: async () => (await import("./python-GLF57IAH.js")).pythonExtractor,
  java: async () => (await import("./java-GELKNCNI.js")).javaExtractor,
  kotlin: async () => (await import("./kotlin-EVODG2Z3.js")).kotlinExtractor,
  go: async () => (await import("./go-3FXHB4VO.js")).goExtractor,
  csharp: async () => (await import("./csharp-FSMT2NQV.js")).csharpExtractor,
  php: async () => (await import("./php-SHK756YD.js")).phpExtractor,
  ruby: async () => (await import("./ruby-X2DOL3LK.js")).rubyExtractor,
  vue: async () => (await import("./vue-svelte-UFDSMQPG.js")).vueSvelteExtractor,
  svelte: async () => (await import("./vue-svelte-UFDSMQPG.js")).vueSvelteExtractor
};
var manifestReaders = {
  "service-manifest": async () => (await import("./service-manifest-AUHM27DH.js")).serviceManifestReader,
  backstage: async () => (await import("./backstage-WE4FHMMF.js")).backstageReader,
  dotenv: async () => (await import("./dotenv-OVJMZXMF.js")).dotenvReader,
  compose: async () => (await import("./compose-QWRA4KR5.js")).composeReader,
  kubernetes: async () => (await import("./kubernetes-SFOVTDJS.js")).kubernetesReader,
  "helm-values": async () => (await import("./helm-values-2J5M5PTG.js")).helmValuesReader,
  spring: async () => (await import("./spring-SZ2ZWQFR.js")).springReader,
  "node-config": async () => (await import("./node-config-TKNRNZVK.js")).nodeConfigReader,
  dockerfile: async () => (await import("./dockerfile-CVHWMM2H.js")).dockerfileReader,
  appsettings: async () => (await import("./appsettings-3NNVZRJT.js")).appsettingsReader,
  "build-module": async () => (await import("./build-module-VA3DFUJG.js")).buildModuleReader,
  nginx: async () => (await import("./nginx-4WVHHBX2.js")).nginxReader
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
//# sourceMappingURL=chunk-6CEARLD7.js.map
