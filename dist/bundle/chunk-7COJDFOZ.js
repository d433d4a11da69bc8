import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  emptyFacts
} from "./chunk-WU7JRTDA.js";
import {
  readerKey
} from "./chunk-4LBCXF2U.js";

// dist/extract/index.js
var sourceExtractors = {
  typescript: async () => (await import("./typescript-MPQSD4HO.js")).typescriptExtractor,
  javascript: async () => (await import("./typescript-MPQSD4HO.js")).typescriptExtractor,
  python: async () => (await import("./python-MZBGYUUD.js")).pythonExtractor,
  java: async () => (await import("./java-KYIKFZZR.js")).javaExtractor,
  kotlin: async () => (await import("./kotlin-YCAZYE3W.js")).kotlinExtractor,
  go: async () => (await import("./go-AU46PAOI.js")).goExtractor,
  csharp: async () => (await import("./csharp-PII2URPQ.js")).csharpExtractor,
  php: async () => (await import("./php-HUE3PA2O.js")).phpExtractor,
  ruby: async () => (await import("./ruby-4YTNVCIR.js")).rubyExtractor,
  vue: async () => (await import("./vue-svelte-23FO54UZ.js")).vueSvelteExtractor,
  svelte: async () => (await import("./vue-svelte-23FO54UZ.js")).vueSvelteExtractor
};
var manifestReaders = {
  "service-manifest": async () => (await import("./service-manifest-XZDWFHRQ.js")).serviceManifestReader,
  backstage: async () => (await import("./backstage-P56IBGPF.js")).backstageReader,
  dotenv: async () => (await import("./dotenv-DHBTOXOM.js")).dotenvReader,
  compose: async () => (await import("./compose-3WV7QUUI.js")).composeReader,
  kubernetes: async () => (await import("./kubernetes-3WPCPQCC.js")).kubernetesReader,
  "helm-values": async () => (await import("./helm-values-FFBJP2MR.js")).helmValuesReader,
  spring: async () => (await import("./spring-OMZULJU6.js")).springReader,
  "node-config": async () => (await import("./node-config-D5UFRKHT.js")).nodeConfigReader,
  dockerfile: async () => (await import("./dockerfile-Y6V7MHY4.js")).dockerfileReader,
  appsettings: async () => (await import("./appsettings-FK55VFN3.js")).appsettingsReader,
  "build-module": async () => (await import("./build-module-6QYASR3N.js")).buildModuleReader,
  nginx: async () => (await import("./nginx-SDMLUW5O.js")).nginxReader
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
//# sourceMappingURL=chunk-7COJDFOZ.js.map
