import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  readerKey
} from "./chunk-ETCL4BV2.js";
import {
  emptyFacts
} from "./chunk-I3HGX4AA.js";

// dist/extract/index.js
var sourceExtractors = {
  typescript: async () => (await import("./typescript-OBTUM4RZ.js")).typescriptExtractor,
  javascript: async () => (await import("./typescript-OBTUM4RZ.js")).typescriptExtractor,
  python: async () => (await import("./python-VMRXKQ6L.js")).pythonExtractor,
  java: async () => (await import("./java-IMJ42DEX.js")).javaExtractor,
  kotlin: async () => (await import("./kotlin-UCL7L7VE.js")).kotlinExtractor,
  go: async () => (await import("./go-QUCLRJ7S.js")).goExtractor,
  csharp: async () => (await import("./csharp-NB7RLSEN.js")).csharpExtractor,
  php: async () => (await import("./php-PHW5JR5K.js")).phpExtractor,
  ruby: async () => (await import("./ruby-ALN2H2CP.js")).rubyExtractor,
  vue: async () => (await import("./vue-svelte-CEWBPTLB.js")).vueSvelteExtractor,
  svelte: async () => (await import("./vue-svelte-CEWBPTLB.js")).vueSvelteExtractor
};
var manifestReaders = {
  "service-manifest": async () => (await import("./service-manifest-KCT67C3O.js")).serviceManifestReader,
  backstage: async () => (await import("./backstage-ELO6NE7U.js")).backstageReader,
  dotenv: async () => (await import("./dotenv-NOQWILQQ.js")).dotenvReader,
  compose: async () => (await import("./compose-GAKIO6OA.js")).composeReader,
  kubernetes: async () => (await import("./kubernetes-L26CCPOQ.js")).kubernetesReader,
  "helm-values": async () => (await import("./helm-values-5B5YWJIL.js")).helmValuesReader,
  spring: async () => (await import("./spring-QWNQ43FI.js")).springReader,
  "node-config": async () => (await import("./node-config-3IWM2E42.js")).nodeConfigReader,
  dockerfile: async () => (await import("./dockerfile-2JP3XP2M.js")).dockerfileReader,
  appsettings: async () => (await import("./appsettings-Y6V3GKLG.js")).appsettingsReader
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
//# sourceMappingURL=chunk-SBI4QEIW.js.map
