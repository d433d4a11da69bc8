import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  emptyFacts
} from "./chunk-RAWDMNEI.js";
import {
  readerKey
} from "./chunk-MVW3ZMGK.js";

// dist/extract/index.js
var sourceExtractors = {
  typescript: async () => (await import("./typescript-OU5Z77DZ.js")).typescriptExtractor,
  javascript: async () => (await import("./typescript-OU5Z77DZ.js")).typescriptExtractor,
  python: async () => (await import("./python-NCCALRB7.js")).pythonExtractor,
  java: async () => (await import("./java-V6JZMO7E.js")).javaExtractor,
  kotlin: async () => (await import("./kotlin-I7IBUPHF.js")).kotlinExtractor,
  go: async () => (await import("./go-HNQDI3BT.js")).goExtractor,
  csharp: async () => (await import("./csharp-KBLG7YNT.js")).csharpExtractor,
  php: async () => (await import("./php-BPVKUVU3.js")).phpExtractor,
  ruby: async () => (await import("./ruby-LOVGSKE6.js")).rubyExtractor,
  rust: async () => (await import("./rust-WEQ2X4ZK.js")).rustExtractor,
  vue: async () => (await import("./vue-svelte-EJJ2RTB6.js")).vueSvelteExtractor,
  svelte: async () => (await import("./vue-svelte-EJJ2RTB6.js")).vueSvelteExtractor
};
var manifestReaders = {
  "service-manifest": async () => (await import("./service-manifest-Y3UJTUIT.js")).serviceManifestReader,
  backstage: async () => (await import("./backstage-STEILUVK.js")).backstageReader,
  dotenv: async () => (await import("./dotenv-S6D25HYR.js")).dotenvReader,
  compose: async () => (await import("./compose-CSTOUH47.js")).composeReader,
  kubernetes: async () => (await import("./kubernetes-RAH7ZEV3.js")).kubernetesReader,
  "helm-values": async () => (await import("./helm-values-BWSPOADL.js")).helmValuesReader,
  spring: async () => (await import("./spring-MRPR6GX5.js")).springReader,
  "node-config": async () => (await import("./node-config-3SKE7PYO.js")).nodeConfigReader,
  dockerfile: async () => (await import("./dockerfile-HG4VFLNB.js")).dockerfileReader,
  "ci-workflow": async () => (await import("./ci-workflow-JYIA5XIL.js")).ciWorkflowReader,
  appsettings: async () => (await import("./appsettings-BXWCINIY.js")).appsettingsReader,
  cypress: async () => (await import("./cypress-json-YC7W3G5Q.js")).cypressJsonReader,
  "build-module": async () => (await import("./build-module-3RZCLHZQ.js")).buildModuleReader,
  nginx: async () => (await import("./nginx-4SSKKBXT.js")).nginxReader
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
//# sourceMappingURL=chunk-QRUE5O3G.js.map
