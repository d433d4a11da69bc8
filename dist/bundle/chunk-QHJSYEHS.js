import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  emptyFacts
} from "./chunk-EBHLYYTB.js";
import {
  readerKey
} from "./chunk-FMSAWPXM.js";

// dist/extract/index.js
var sourceExtractors = {
  typescript: async () => (await import("./typescript-UMLS4Q5M.js")).typescriptExtractor,
  javascript: async () => (await import("./typescript-UMLS4Q5M.js")).typescriptExtractor,
  python: async () => (await import("./python-HEAWCVEX.js")).pythonExtractor,
  java: async () => (await import("./java-YEMLLHLS.js")).javaExtractor,
  kotlin: async () => (await import("./kotlin-GZHDCJRV.js")).kotlinExtractor,
  go: async () => (await import("./go-I3DV34FI.js")).goExtractor,
  csharp: async () => (await import("./csharp-QWGYRQ2R.js")).csharpExtractor,
  php: async () => (await import("./php-57PQLGGI.js")).phpExtractor,
  ruby: async () => (await import("./ruby-NKLCPRI3.js")).rubyExtractor,
  vue: async () => (await import("./vue-svelte-WK6IBPOM.js")).vueSvelteExtractor,
  svelte: async () => (await import("./vue-svelte-WK6IBPOM.js")).vueSvelteExtractor
};
var manifestReaders = {
  "service-manifest": async () => (await import("./service-manifest-EYC4AO5H.js")).serviceManifestReader,
  backstage: async () => (await import("./backstage-A7TMA34I.js")).backstageReader,
  dotenv: async () => (await import("./dotenv-HCJPZUUY.js")).dotenvReader,
  compose: async () => (await import("./compose-Z5U7Q4FJ.js")).composeReader,
  kubernetes: async () => (await import("./kubernetes-B6VH733P.js")).kubernetesReader,
  "helm-values": async () => (await import("./helm-values-PAF7KOIV.js")).helmValuesReader,
  spring: async () => (await import("./spring-MHGURJEW.js")).springReader,
  "node-config": async () => (await import("./node-config-WQS6BJIJ.js")).nodeConfigReader,
  dockerfile: async () => (await import("./dockerfile-NWY4Z3J4.js")).dockerfileReader,
  "ci-workflow": async () => (await import("./ci-workflow-SQ52PGIU.js")).ciWorkflowReader,
  appsettings: async () => (await import("./appsettings-4QCVG6AK.js")).appsettingsReader,
  "build-module": async () => (await import("./build-module-OEFBD5RK.js")).buildModuleReader,
  nginx: async () => (await import("./nginx-RKI7NHWI.js")).nginxReader
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
//# sourceMappingURL=chunk-QHJSYEHS.js.map
