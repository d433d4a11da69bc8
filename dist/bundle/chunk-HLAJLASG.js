import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  emptyFacts
} from "./chunk-YIROD2U5.js";
import {
  readerKey
} from "./chunk-4BARBFMC.js";

// dist/extract/index.js
var sourceExtractors = {
  typescript: async () => (await import("./typescript-COUXKBXU.js")).typescriptExtractor,
  javascript: async () => (await import("./typescript-COUXKBXU.js")).typescriptExtractor,
  python: async () => (await import("./python-ZVROVUAU.js")).pythonExtractor,
  java: async () => (await import("./java-6O4YIYG7.js")).javaExtractor,
  kotlin: async () => (await import("./kotlin-2EL5TPBD.js")).kotlinExtractor,
  go: async () => (await import("./go-GLDW4J2Z.js")).goExtractor,
  csharp: async () => (await import("./csharp-VZLDIKZG.js")).csharpExtractor,
  php: async () => (await import("./php-RB7TW2SE.js")).phpExtractor,
  ruby: async () => (await import("./ruby-RQUUEQXN.js")).rubyExtractor,
  vue: async () => (await import("./vue-svelte-IKTAJ3GD.js")).vueSvelteExtractor,
  svelte: async () => (await import("./vue-svelte-IKTAJ3GD.js")).vueSvelteExtractor
};
var manifestReaders = {
  "service-manifest": async () => (await import("./service-manifest-JISENKWF.js")).serviceManifestReader,
  backstage: async () => (await import("./backstage-D7E7IA7Z.js")).backstageReader,
  dotenv: async () => (await import("./dotenv-HFT2DXTO.js")).dotenvReader,
  compose: async () => (await import("./compose-COV6MKDS.js")).composeReader,
  kubernetes: async () => (await import("./kubernetes-V25DF4HH.js")).kubernetesReader,
  "helm-values": async () => (await import("./helm-values-PKZWUMCK.js")).helmValuesReader,
  spring: async () => (await import("./spring-4Z4FWYF6.js")).springReader,
  "node-config": async () => (await import("./node-config-BLGAOAIC.js")).nodeConfigReader,
  dockerfile: async () => (await import("./dockerfile-PSQTYF6Y.js")).dockerfileReader,
  "ci-workflow": async () => (await import("./ci-workflow-KLE4GXG3.js")).ciWorkflowReader,
  appsettings: async () => (await import("./appsettings-HIE4FODY.js")).appsettingsReader,
  cypress: async () => (await import("./cypress-json-LAUUHV3K.js")).cypressJsonReader,
  "build-module": async () => (await import("./build-module-RXJ3D7DR.js")).buildModuleReader,
  nginx: async () => (await import("./nginx-HOACEOY3.js")).nginxReader
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
//# sourceMappingURL=chunk-HLAJLASG.js.map
