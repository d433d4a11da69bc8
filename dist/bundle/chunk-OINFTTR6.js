import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  emptyFacts
} from "./chunk-A3NW3OXC.js";
import {
  readerKey
} from "./chunk-4IKYKC5I.js";

// dist/extract/index.js
var sourceExtractors = {
  typescript: async () => (await import("./typescript-B7J4GAAZ.js")).typescriptExtractor,
  javascript: async () => (await import("./typescript-B7J4GAAZ.js")).typescriptExtractor,
  python: async () => (await import("./python-MAHUFCWF.js")).pythonExtractor,
  java: async () => (await import("./java-72F24U4I.js")).javaExtractor,
  kotlin: async () => (await import("./kotlin-KSTI7IRR.js")).kotlinExtractor,
  go: async () => (await import("./go-KH2BMOR3.js")).goExtractor,
  csharp: async () => (await import("./csharp-PAB4UJNO.js")).csharpExtractor,
  php: async () => (await import("./php-OCX34G7U.js")).phpExtractor,
  ruby: async () => (await import("./ruby-ODDC5TXE.js")).rubyExtractor,
  rust: async () => (await import("./rust-YOZS5QFL.js")).rustExtractor,
  vue: async () => (await import("./vue-svelte-HW547FU2.js")).vueSvelteExtractor,
  svelte: async () => (await import("./vue-svelte-HW547FU2.js")).vueSvelteExtractor
};
var manifestReaders = {
  "service-manifest": async () => (await import("./service-manifest-RH6QJ3RO.js")).serviceManifestReader,
  backstage: async () => (await import("./backstage-XTNDKOEQ.js")).backstageReader,
  dotenv: async () => (await import("./dotenv-VXFDRVHA.js")).dotenvReader,
  compose: async () => (await import("./compose-M34YD5RC.js")).composeReader,
  kubernetes: async () => (await import("./kubernetes-PX3MUBKQ.js")).kubernetesReader,
  "helm-values": async () => (await import("./helm-values-SXKGQY3A.js")).helmValuesReader,
  spring: async () => (await import("./spring-RH7I2PXD.js")).springReader,
  "node-config": async () => (await import("./node-config-6QDEGFQL.js")).nodeConfigReader,
  dockerfile: async () => (await import("./dockerfile-CJSWIRBU.js")).dockerfileReader,
  "ci-workflow": async () => (await import("./ci-workflow-5ZJSWGSJ.js")).ciWorkflowReader,
  appsettings: async () => (await import("./appsettings-NLZGDC7I.js")).appsettingsReader,
  cypress: async () => (await import("./cypress-json-ZD3ZDYFE.js")).cypressJsonReader,
  "build-module": async () => (await import("./build-module-AHK6MSAB.js")).buildModuleReader,
  nginx: async () => (await import("./nginx-RLOKU5F7.js")).nginxReader
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
//# sourceMappingURL=chunk-OINFTTR6.js.map
