/**
 * Extract stage: one extractor per language family, one reader per manifest kind.
 * Each is a pure function of (path, content) → FileFacts. Adding one is one file + one line here.
 */
import type { DiscoveredFile, ExtractOptions, FileFacts, Language, ManifestKind } from '../model.js';
import { emptyFacts } from './facts.js';
import { readerKey } from '../discover/classify.js';

export interface SourceExtractor {
  languages: readonly Language[];
  /** `file` is the root-relative path (used in every Loc); `content` the file's text. Must not throw on bad input: report a Problem. */
  extract(file: string, content: string, language: Language, options?: ExtractOptions): FileFacts | Promise<FileFacts>;
}

export interface ManifestReader {
  kinds: readonly ManifestKind[];
  read(file: string, content: string, kind: ManifestKind): FileFacts | Promise<FileFacts>;
}

type Loader<T> = () => Promise<T>;

/** Language → extractor, loaded lazily so a scan only pays for the languages it meets. */
const sourceExtractors: Partial<Record<Language, Loader<SourceExtractor>>> = {
  typescript: async () => (await import('./typescript/index.js')).typescriptExtractor,
  javascript: async () => (await import('./typescript/index.js')).typescriptExtractor,
  python: async () => (await import('./python/index.js')).pythonExtractor,
  java: async () => (await import('./jvm/java.js')).javaExtractor,
  kotlin: async () => (await import('./jvm/kotlin.js')).kotlinExtractor,
  go: async () => (await import('./go/index.js')).goExtractor,
  csharp: async () => (await import('./csharp/index.js')).csharpExtractor,
  php: async () => (await import('./php/index.js')).phpExtractor,
  ruby: async () => (await import('./ruby/index.js')).rubyExtractor,
  rust: async () => (await import('./rust/index.js')).rustExtractor,
  vue: async () => (await import('./vue-svelte/index.js')).vueSvelteExtractor,
  svelte: async () => (await import('./vue-svelte/index.js')).vueSvelteExtractor,
};

/** Manifest kind → reader, loaded lazily. */
const manifestReaders: Partial<Record<ManifestKind, Loader<ManifestReader>>> = {
  'service-manifest': async () => (await import('./manifests/service-manifest.js')).serviceManifestReader,
  backstage: async () => (await import('./manifests/backstage.js')).backstageReader,
  dotenv: async () => (await import('./manifests/dotenv.js')).dotenvReader,
  compose: async () => (await import('./manifests/compose.js')).composeReader,
  kubernetes: async () => (await import('./manifests/kubernetes.js')).kubernetesReader,
  'helm-values': async () => (await import('./manifests/helm-values.js')).helmValuesReader,
  spring: async () => (await import('./manifests/spring.js')).springReader,
  'node-config': async () => (await import('./manifests/node-config.js')).nodeConfigReader,
  dockerfile: async () => (await import('./manifests/dockerfile.js')).dockerfileReader,
  'ci-workflow': async () => (await import('./manifests/ci-workflow.js')).ciWorkflowReader,
  appsettings: async () => (await import('./manifests/appsettings.js')).appsettingsReader,
  cypress: async () => (await import('./manifests/cypress-json.js')).cypressJsonReader,
  'build-module': async () => (await import('./manifests/build-module.js')).buildModuleReader,
  nginx: async () => (await import('./manifests/nginx.js')).nginxReader,
  'gateway-config': async () => (await import('./manifests/gateway-config.js')).gatewayConfigReader,
  apache: async () => (await import('./manifests/apache.js')).apacheReader,
};

const loaded = new Map<string, Promise<SourceExtractor | ManifestReader>>();

function load<T extends SourceExtractor | ManifestReader>(key: string, loader: Loader<T>): Promise<T> {
  let promise = loaded.get(key);
  if (!promise) {
    promise = loader();
    loaded.set(key, promise);
  }
  return promise as Promise<T>;
}

/**
 * Start loading the extractors and readers of these kinds (the TypeScript compiler, a grammar…) without waiting:
 * `--staged` calls it as soon as git names the staged files, so loading overlaps git's other work. A load that
 * fails is reported by `extractFile` on the file, as without preloading.
 */
export function preloadExtractors(kinds: readonly DiscoveredFile['kind'][]): void {
  for (const kind of kinds) {
    const started = kind.type === 'source' ? preload(readerKey(kind), sourceExtractors[kind.language]) : preload(readerKey(kind), manifestReaders[kind.manifest]);
    started?.catch(() => undefined);
  }
}

function preload<T extends SourceExtractor | ManifestReader>(key: string, loader: Loader<T> | undefined): Promise<T> | undefined {
  return loader && !loaded.has(key) ? load(key, loader) : undefined;
}

/** Extract one file's facts. Never throws: a failure becomes a Problem naming the file. */
export async function extractFile(file: DiscoveredFile, content: string, options?: ExtractOptions): Promise<FileFacts> {
  const kind = file.kind;
  const label = kind.type === 'source' ? kind.language : kind.manifest;
  try {
    if (kind.type === 'source') {
      const loader = sourceExtractors[kind.language];
      if (!loader) return emptyFacts(file.path, kind.language);
      const extractor = await load(readerKey(kind), loader);
      return await extractor.extract(file.path, content, kind.language, options);
    }
    const loader = manifestReaders[kind.manifest];
    if (!loader) return emptyFacts(file.path, kind.manifest);
    const reader = await load(readerKey(kind), loader);
    return await reader.read(file.path, content, kind.manifest);
  } catch (error) {
    const facts = emptyFacts(file.path, label);
    facts.problems.push({
      file: file.path,
      severity: 'warning',
      code: 'extract-failed',
      message: `could not analyse this ${label} file (${error instanceof Error ? error.message : String(error)}); skipped it, the rest of the scan goes on`,
    });
    return facts;
  }
}
