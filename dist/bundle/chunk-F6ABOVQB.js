import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  emptyFacts
} from "./chunk-YXKXSBAS.js";
import {
  readerKey
} from "./chunk-JGG2V6CE.js";

// dist/extract/index.js
var sourceExtractors = {
  typescript: async () => (await import("./typescript-6V5SDJ72.js")).typescriptExtractor,
  javascript: async () => (await import("./typescript-6V5SDJ72.js")).typescriptExtractor,
  python: async () => (await import("./python-6TG6SKWT.js")).pythonExtractor,
  java: async () => (await import("./java-NERGJ5MH.js")).javaExtractor,
  kotlin: async () => (await import("./kotlin-4KEEMGSD.js")).kotlinExtractor,
  go: async () => (await import("./go-J6THP2V7.js")).goExtractor,
  csharp: async () => (await import("./csharp-FQVACPGF.js")).csharpExtractor,
  php: async () => (await import("./php-AVB7XIRY.js")).phpExtractor,
  ruby: async () => (await import("./ruby-D2P7HLGO.js")).rubyExtractor,
  vue: async () => (await import("./vue-svelte-PDMKVMWB.js")).vueSvelteExtractor,
  svelte: async () => (await import("./vue-svelte-PDMKVMWB.js")).vueSvelteExtractor
};
var manifestReaders = {
  "service-manifest": async () => (await import("./service-manifest-MW7N4MWD.js")).serviceManifestReader,
  backstage: async () => (await import("./backstage-7GYOVIP7.js")).backstageReader,
  dotenv: async () => (await import("./dotenv-KNQ63VR4.js")).dotenvReader,
  compose: async () => (await import("./compose-42ML4HF2.js")).composeReader,
  kubernetes: async () => (await import("./kubernetes-DN3PVNAH.js")).kubernetesReader,
  "helm-values": async () => (await import("./helm-values-YESWEBWC.js")).helmValuesReader,
  spring: async () => (await import("./spring-Q47QE2MW.js")).springReader,
  "node-config": async () => (await import("./node-config-E4AXZO7M.js")).nodeConfigReader,
  dockerfile: async () => (await import("./dockerfile-GO2SR7B2.js")).dockerfileReader,
  appsettings: async () => (await import("./appsettings-AKKP2YBP.js")).appsettingsReader,
  "build-module": async () => (await import("./build-module-DCADWTTQ.js")).buildModuleReader,
  nginx: async () => (await import("./nginx-X2D75S2Q.js")).nginxReader
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
//# sourceMappingURL=chunk-F6ABOVQB.js.map
