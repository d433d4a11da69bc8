import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  emptyFacts
} from "./chunk-PWN4YFXZ.js";
import {
  readerKey
} from "./chunk-FMSAWPXM.js";

// dist/extract/index.js
var sourceExtractors = {
  typescript: async () => (await import("./typescript-LFWAZD2B.js")).typescriptExtractor,
  javascript: async () => (await import("./typescript-LFWAZD2B.js")).typescriptExtractor,
  python: async () => (await import("./python-AQAIVFYN.js")).pythonExtractor,
  java: async () => (await import("./java-HG2EO34U.js")).javaExtractor,
  kotlin: async () => (await import("./kotlin-22RXGPL6.js")).kotlinExtractor,
  go: async () => (await import("./go-ZGHNHXHE.js")).goExtractor,
  csharp: async () => (await import("./csharp-ZVAHIOS3.js")).csharpExtractor,
  php: async () => (await import("./php-QKYO4RHK.js")).phpExtractor,
  ruby: async () => (await import("./ruby-63ILGKQK.js")).rubyExtractor,
  vue: async () => (await import("./vue-svelte-PGJS2ZAF.js")).vueSvelteExtractor,
  svelte: async () => (await import("./vue-svelte-PGJS2ZAF.js")).vueSvelteExtractor
};
var manifestReaders = {
  "service-manifest": async () => (await import("./service-manifest-ZYZ3TPJQ.js")).serviceManifestReader,
  backstage: async () => (await import("./backstage-FMW2NXBA.js")).backstageReader,
  dotenv: async () => (await import("./dotenv-BAVER7AC.js")).dotenvReader,
  compose: async () => (await import("./compose-FVAYYNRZ.js")).composeReader,
  kubernetes: async () => (await import("./kubernetes-KAVLPLBW.js")).kubernetesReader,
  "helm-values": async () => (await import("./helm-values-RVIQNDFU.js")).helmValuesReader,
  spring: async () => (await import("./spring-UCF5ZPPD.js")).springReader,
  "node-config": async () => (await import("./node-config-KE6PTSJ3.js")).nodeConfigReader,
  dockerfile: async () => (await import("./dockerfile-3VF3F35M.js")).dockerfileReader,
  "ci-workflow": async () => (await import("./ci-workflow-TQG3XNWV.js")).ciWorkflowReader,
  appsettings: async () => (await import("./appsettings-ZWYNUNG2.js")).appsettingsReader,
  "build-module": async () => (await import("./build-module-2SYHYC6G.js")).buildModuleReader,
  nginx: async () => (await import("./nginx-OS7B23VN.js")).nginxReader
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
//# sourceMappingURL=chunk-PIG5K62X.js.map
