import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  emptyFacts
} from "./chunk-QQZYBG4U.js";
import {
  readerKey
} from "./chunk-4IKYKC5I.js";

// dist/extract/index.js
var sourceExtractors = {
  typescript: async () => (await import("./typescript-6LXMYIWH.js")).typescriptExtractor,
  javascript: async () => (await import("./typescript-6LXMYIWH.js")).typescriptExtractor,
  python: async () => (await import("./python-PMWHBZOM.js")).pythonExtractor,
  java: async () => (await import("./java-SKR36HTZ.js")).javaExtractor,
  kotlin: async () => (await import("./kotlin-G5YQ3FBN.js")).kotlinExtractor,
  go: async () => (await import("./go-VED7MK5U.js")).goExtractor,
  csharp: async () => (await import("./csharp-WSBVRVZF.js")).csharpExtractor,
  php: async () => (await import("./php-BEHD4XXK.js")).phpExtractor,
  ruby: async () => (await import("./ruby-4VNZ6NH2.js")).rubyExtractor,
  rust: async () => (await import("./rust-H5MJAOQF.js")).rustExtractor,
  vue: async () => (await import("./vue-svelte-UGJMFL2S.js")).vueSvelteExtractor,
  svelte: async () => (await import("./vue-svelte-UGJMFL2S.js")).vueSvelteExtractor
};
var manifestReaders = {
  "service-manifest": async () => (await import("./service-manifest-MCCUUT5T.js")).serviceManifestReader,
  backstage: async () => (await import("./backstage-BIEAYSOC.js")).backstageReader,
  dotenv: async () => (await import("./dotenv-4D4YHFFQ.js")).dotenvReader,
  compose: async () => (await import("./compose-VODX7DO4.js")).composeReader,
  kubernetes: async () => (await import("./kubernetes-LCS7NKZB.js")).kubernetesReader,
  "helm-values": async () => (await import("./helm-values-T7XM4J5I.js")).helmValuesReader,
  spring: async () => (await import("./spring-LBWVVWH2.js")).springReader,
  "node-config": async () => (await import("./node-config-UHMJ52R7.js")).nodeConfigReader,
  dockerfile: async () => (await import("./dockerfile-JLS3ZII4.js")).dockerfileReader,
  "ci-workflow": async () => (await import("./ci-workflow-I3CWY42C.js")).ciWorkflowReader,
  appsettings: async () => (await import("./appsettings-AJEPZOVM.js")).appsettingsReader,
  cypress: async () => (await import("./cypress-json-4FXCYWW2.js")).cypressJsonReader,
  "build-module": async () => (await import("./build-module-A7MDIEQT.js")).buildModuleReader,
  nginx: async () => (await import("./nginx-KVD6N43T.js")).nginxReader
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
//# sourceMappingURL=chunk-YPCN4MTJ.js.map
