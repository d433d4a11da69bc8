import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  emptyFacts
} from "./chunk-YXKXSBAS.js";
import {
  readerKey
} from "./chunk-JGG2V6CE.js";

// dist/extract/index.js
var sourceExtractors = {
  typescript: async () => (await import("./typescript-PPRZIRFI.js")).typescriptExtractor,
  javascript: async () => (await import("./typescript-PPRZIRFI.js")).typescriptExtractor,
  python: async () => (await import("./python-KUU3BE7K.js")).pythonExtractor,
  java: async () => (await import("./java-L57P3RB4.js")).javaExtractor,
  kotlin: async () => (await import("./kotlin-UYMGAJ7B.js")).kotlinExtractor,
  go: async () => (await import("./go-2LD2DV3T.js")).goExtractor,
  csharp: async () => (await import("./csharp-J5VNSL7L.js")).csharpExtractor,
  php: async () => (await import("./php-I3KUXKMH.js")).phpExtractor,
  ruby: async () => (await import("./ruby-T4ZWFBO7.js")).rubyExtractor,
  vue: async () => (await import("./vue-svelte-SG66QZ32.js")).vueSvelteExtractor,
  svelte: async () => (await import("./vue-svelte-SG66QZ32.js")).vueSvelteExtractor
};
var manifestReaders = {
  "service-manifest": async () => (await import("./service-manifest-MW7N4MWD.js")).serviceManifestReader,
  backstage: async () => (await import("./backstage-NTLIYCPU.js")).backstageReader,
  dotenv: async () => (await import("./dotenv-KNQ63VR4.js")).dotenvReader,
  compose: async () => (await import("./compose-HW4BHT3M.js")).composeReader,
  kubernetes: async () => (await import("./kubernetes-QNF4WZPK.js")).kubernetesReader,
  "helm-values": async () => (await import("./helm-values-N2X5WGKB.js")).helmValuesReader,
  spring: async () => (await import("./spring-TDYZII4H.js")).springReader,
  "node-config": async () => (await import("./node-config-CFIKBJFQ.js")).nodeConfigReader,
  dockerfile: async () => (await import("./dockerfile-GO2SR7B2.js")).dockerfileReader,
  appsettings: async () => (await import("./appsettings-WAFRB6CU.js")).appsettingsReader,
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
//# sourceMappingURL=chunk-CFD2Z4NC.js.map
