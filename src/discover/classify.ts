/**
 * Which reader a file goes to, from its name and place alone (contents are the readers' business).
 */
import type { DiscoveredFile, Language, ManifestKind } from '../model.js';

const languageByExtension: Readonly<Record<string, Language>> = {
  '.ts': 'typescript',
  '.tsx': 'typescript',
  '.mts': 'typescript',
  '.cts': 'typescript',
  '.js': 'javascript',
  '.jsx': 'javascript',
  '.mjs': 'javascript',
  '.cjs': 'javascript',
  '.py': 'python',
  '.java': 'java',
  '.kt': 'kotlin',
  '.kts': 'kotlin',
  '.go': 'go',
  '.cs': 'csharp',
  '.php': 'php',
  // Drupal's PHP files: modules, includes, install hooks, themes.
  '.module': 'php',
  '.inc': 'php',
  '.install': 'php',
  '.theme': 'php',
  '.rb': 'ruby',
  '.rs': 'rust',
  '.vue': 'vue',
  '.svelte': 'svelte',
};

/** node-config names its files after environments (NODE_ENV, NODE_APP_INSTANCE, hostname). */
const nodeConfigName = /^(default|production|development|staging|test|local|custom-environment-variables)([-.][\w-]+)?\.(json|json5|ya?ml|js|cjs|mjs|ts|toml|properties)$/;

/** The reader a file's kind goes to, as one key (`source:typescript`, `manifest:compose`): what caches record, what the extractor registry loads by. */
export function readerKey(kind: DiscoveredFile['kind']): string {
  return kind.type === 'source' ? `source:${kind.language}` : `manifest:${kind.manifest}`;
}

export interface ClassifyContext {
  /** Root-relative directories that hold a package.json (for node-config's `config/` next to it). */
  packageDirs: ReadonlySet<string>;
  /**
   * Root-relative `config/` folders that hold a node-config `default.*`: their other files are node-config files of
   * custom environments (`config/hy.js` under `NODE_CONFIG_ENV=hy`), whatever their names.
   */
  nodeConfigDirs?: ReadonlySet<string>;
}

/** A node-config file of any environment name, in a folder known to be node-config's. */
const anyNodeConfigName = /^[a-z\d][\w-]*([-.][\w-]+)?\.(json|json5|ya?ml|js|cjs|mjs|ts|toml|properties)$/i;

/** The `config/` folders holding a node-config `default.*` file, from a list of root-relative paths. */
export function nodeConfigDirsOf(paths: Iterable<string>): Set<string> {
  const dirs = new Set<string>();
  for (const relPath of paths) {
    const match = /(^|\/)config\/default\.(json|json5|ya?ml|js|cjs|mjs|ts|toml|properties)$/.exec(relPath);
    if (match) dirs.add(relPath.slice(0, relPath.lastIndexOf('/')));
  }
  return dirs;
}

/**
 * Kind of a root-relative, `/`-separated path; null when arch-lint has no reader for it.
 * A `config/<env>.*` file is node-config (not source) only when its `config/` folder sits next
 * to a package.json, which is where node-config looks; elsewhere a `config/default.ts` is code.
 */
export function classifyFile(relPath: string, context: ClassifyContext): DiscoveredFile['kind'] | null {
  const slash = relPath.lastIndexOf('/');
  const name = relPath.slice(slash + 1);
  const dir = slash >= 0 ? relPath.slice(0, slash) : '';
  const lower = name.toLowerCase();
  const manifest = (kind: ManifestKind): DiscoveredFile['kind'] => ({ type: 'manifest', manifest: kind });
  const dot = lower.lastIndexOf('.');
  const extension = dot > 0 ? lower.slice(dot) : '';
  const language = languageByExtension[extension];
  const dirName = dir.slice(dir.lastIndexOf('/') + 1);
  // Most files: a source extension that none of the name patterns below can claim (only `.env.*`, `dockerfile.*`,
  // node-config files and the skipped bundles/declarations have source extensions). Spares 20,000 files a dozen
  // regular expressions each.
  // A Gradle Kotlin build script is a build module, not code the service runs.
  if (lower === 'build.gradle.kts') return manifest('build-module');
  if (language && dirName !== 'config' && !lower.startsWith('.env') && !lower.startsWith('dockerfile.') && !lower.startsWith('custom-environment-variables') && !lower.endsWith('.min.js') && !/\.d\.[mc]?ts$/.test(lower)) {
    return { type: 'source', language };
  }

  if (/^architecture\.ya?ml$/.test(lower)) return manifest('service-manifest');
  if (/^catalog-info\.ya?ml$/.test(lower)) return manifest('backstage');
  // `.env`, `.env.*`, and `<name>.env` (compose `env_file: docker.env`).
  // Not a patch or a diff of one (`.env.patch`), which holds `+KEY=value` lines of someone's change.
  if ((lower === '.env' || lower.startsWith('.env.') || (lower.endsWith('.env') && lower.length > 4)) && !/\.(?:patch|diff|orig|rej)$/.test(lower)) return manifest('dotenv');
  if (/^(docker-)?compose([-.][\w.-]+)?\.ya?ml$/.test(lower)) return manifest('compose');
  if (lower === 'dockerfile' || lower.endsWith('.dockerfile') || lower === 'containerfile' || lower.startsWith('dockerfile.')) return manifest('dockerfile');
  // A CI workflow or composite action building the images: its Docker build arguments.
  if (/(^|\/)\.github\/workflows$/.test(dir) && /\.ya?ml$/.test(lower)) return manifest('ci-workflow');
  if (/(^|\/)\.github\/actions(\/|$)/.test(dir) && /^action\.ya?ml$/.test(lower)) return manifest('ci-workflow');
  if (/^(application|bootstrap)([-.][\w-]+)?\.(ya?ml|properties)$/.test(lower)) return manifest('spring');
  // A Spring Cloud Config repository: `<application>.yml` files in a config server's `shared/` or `config/` resources, or a `config-repo/` folder.
  if (/(^|\/)(src\/main\/resources\/(shared|config)|config-repo)$/.test(dir) && /\.(ya?ml|properties)$/.test(lower)) return manifest('spring');
  const parentDir = dir.includes('/') ? dir.slice(0, dir.lastIndexOf('/')) : '';
  if (dirName === 'config' && (nodeConfigName.test(lower) || (context.nodeConfigDirs?.has(dir) === true && anyNodeConfigName.test(lower))) && context.packageDirs.has(parentDir)) return manifest('node-config');
  if (/^custom-environment-variables\.(json|ya?ml|js|cjs|ts)$/.test(lower)) return manifest('node-config');
  if (/^values([-.][\w-]+)?\.ya?ml$/.test(lower)) return manifest('helm-values');
  if (/^appsettings([-.][\w-]+)?\.json$/.test(lower)) return manifest('appsettings');
  if (lower === 'cypress.json') return manifest('cypress');
  if (/^(openapi|swagger)([-.][\w-]+)?\.(ya?ml|json)$/.test(lower)) return manifest('openapi');
  if (lower === 'httpd.conf' || lower === 'apache2.conf' || (extension === '.conf' && /(^|\/)(apache2?|httpd)(\/|$)/.test(dir))) return manifest('apache');
  // `*.conf.template`: the official nginx image fills `${VAR}`s from the environment (envsubst) into conf.d at start.
  if (lower === 'nginx.conf' || lower.endsWith('.conf.template') || (extension === '.conf' && /(^|\/)(nginx|conf\.d|sites-(available|enabled))(\/|$)/.test(dir))) return manifest('nginx');
  // Gateways configured in JSON: Ocelot, KrakenD, Kong, Envoy (their YAML files reach the Kubernetes reader, which offers any document without apiVersion/kind to the gateway formats).
  if (/^(ocelot|krakend|kong|envoy)([-.][\w-]+)?\.json$/.test(lower)) return manifest('gateway-config');
  if (lower === 'pom.xml' || lower === 'build.gradle' || lower === 'build.gradle.kts' || lower === 'go.mod' || extension === '.csproj') return manifest('build-module');
  // Minified bundles and type declarations hold no calls of the project's own; lock files are not manifests.
  if (lower.endsWith('.min.js') || /\.d\.[mc]?ts$/.test(lower) || lower === 'pnpm-lock.yaml') return null;
  // arch-lint's own config is not a deployment file.
  if (/^(arch-lint\.config\.(ya?ml|json)|\.arch-lint\.yaml)$/.test(lower)) return null;

  if (language) return { type: 'source', language };
  // Any other YAML may be a Kubernetes/OpenShift resource; the reader ignores YAML without apiVersion/kind.
  if (extension === '.yaml' || extension === '.yml') return manifest('kubernetes');
  return null;
}
