/**
 * Environment labels (dev / test / staging / prod / template) read from file and folder names.
 * Shared by the deployment-manifest readers so `.env.production`, `values-prod.yaml`,
 * `overlays/prod/` and a `-prod` namespace all give the same label.
 */

const labelByToken: Record<string, string> = {
  prod: 'prod',
  production: 'prod',
  prd: 'prod',
  live: 'prod',
  staging: 'staging',
  stage: 'staging',
  stg: 'staging',
  preprod: 'staging',
  test: 'test',
  testing: 'test',
  qa: 'test',
  ci: 'test',
  e2e: 'test',
  cypress: 'test',
  playwright: 'test',
  mock: 'test',
  mocks: 'test',
  dev: 'dev',
  develop: 'dev',
  development: 'dev',
  local: 'dev',
  // Templates document what a variable is expected to hold; their values are evidence, but of no real environment.
  example: 'template',
  sample: 'template',
  template: 'template',
  dist: 'template',
};

/** Label for one name token (`production` → `prod`), or null when it names no known environment. */
export function environmentFromToken(token: string): string | null {
  return labelByToken[token.toLowerCase()] ?? null;
}

/**
 * Label from a file name's tokens (`docker-compose.prod.yml`, `values-staging.yaml`, `.env.production.local`).
 * `ignore` lists tokens that are part of the kind's own naming (`docker`, `compose`, `values`…).
 * The first token naming an environment wins, so `.env.production.local` is prod, not dev.
 */
export function environmentFromFileName(fileName: string, ignore: readonly string[] = []): string | null {
  const tokens = fileName.toLowerCase().split(/[.\-_]+/).filter((token) => token !== '' && !ignore.includes(token));
  for (const token of tokens) {
    const label = environmentFromToken(token);
    if (label) return label;
  }
  return null;
}

const deployFolders = new Set(['deploy', 'deployment', 'deployments', 'k8s', 'kubernetes', 'openshift', 'overlays', 'environments', 'envs', 'env', 'helm', 'charts', 'manifests', 'kustomize', 'argocd', 'infra', 'ops']);
const ambiguousFolders = new Set(['test', 'testing', 'ci', 'local']);

/**
 * Label from the folders of a root-relative path (`deploy/overlays/prod/app.yaml`, `openshift/production/…`); the innermost folder wins.
 * Template words are not taken from folders (`dist/`, `examples/` mean other things there), and a `test`/`ci`/`local`
 * folder counts only below a deployment folder: elsewhere it usually holds the project's tests.
 */
export function environmentFromFolders(path: string): string | null {
  const folders = path.toLowerCase().split('/').slice(0, -1);
  for (let index = folders.length - 1; index >= 0; index--) {
    const folder = folders[index] ?? '';
    // Whole folder name, or its last token (`ohtu-prod`, `env.staging`): a leading token (`dev-tools`) says too little.
    const label = environmentFromToken(folder) ?? environmentFromToken(folder.split(/[.\-_]+/).pop() ?? '');
    if (!label || label === 'template') continue;
    if (ambiguousFolders.has(folder) && !folders.slice(0, index).some((parent) => deployFolders.has(parent))) continue;
    return label;
  }
  return null;
}

/** Label from a Kubernetes namespace suffix (`course-feedback-prod`, `ohtu-staging`). */
export function environmentFromNamespace(namespace: string): string | null {
  const match = /[-_](prod|production|prd|staging|stage|stg|test|qa|dev|development)$/i.exec(namespace);
  return match?.[1] ? environmentFromToken(match[1]) : null;
}
