import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  emptyFacts
} from "./chunk-PE3P3MFT.js";
import {
  readerKey
} from "./chunk-JGG2V6CE.js";

// dist/extract/index.js
var sourceExtractors = {
  typescript: async () => (await import("./typescript-BMBEYX5R.js")).typescriptExtractor,
  javascript: async () => (await import("./typescript-BMBEYX5R.js")).typescriptExtractor,
  python: async () => (await import("./python-2MFV5FWD.js")).pythonExtractor,
  java: async () => (await import("./java-LNOMT46C.js")).javaExtractor,
  kotlin: async () => (await import("./kotlin-RFGCQBPG.js")).kotlinExtractor,
  go: async () => (await import("./go-554FZ22S.js")).goExtractor,
  csharp: async () => (await import("./csharp-EXHU3D25.js")).csharpExtractor,
  php: async () => (await import("./php-U2CDYURI.js")).phpExtractor,
  ruby: async () => (await import("./ruby-Q6EO6Q5W.js")).rubyExtractor,
  vue: async () => (await import("./vue-svelte-BMWP36WV.js")).vueSvelteExtractor,
  svelte: async () => (await import("./vue-svelte-BMWP36WV.js")).vueSvelteExtractor
};
var manifestReaders = {
  "service-manifest": async () => (await import("./service-manifest-WP22SL6I.js")).serviceManifestReader,
  backstage: async () => (await import("./backstage-3F2XNK26.js")).backstageReader,
  dotenv: async () => (await import("./dotenv-7FVB7K6C.js")).dotenvReader,
  compose: async () => (await import("./compose-3IPH2AS2.js")).composeReader,
  kubernetes: async () => (await import("./kubernetes-3F6TVIYO.js")).kubernetesReader,
  "helm-values": async () => (await import("./helm-values-WOMOK2CU.js")).helmValuesReader,
  spring: async () => (await import("./spring-ZXFDOSMN.js")).springReader,
  "node-config": async () => (await import("./node-config-LITPOOM6.js")).nodeConfigReader,
  dockerfile: async () => (await import("./dockerfile-DMTFGNWJ.js")).dockerfileReader,
  appsettings: async () => (await import("./appsettings-57GSDORY.js")).appsettingsReader,
  "build-module": async () => (await import("./build-module-AWRTEVAD.js")).buildModuleReader,
  nginx: async () => (await import("./nginx-A4JMYBJX.js")).nginxReader
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
//# sourceMappingURL=chunk-SXX4FAD3.js.map
