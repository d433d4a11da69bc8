/**
 * Whether a target is what runs in production ("production first", DESIGN.md): a value bound in a dev, test, e2e,
 * staging, mock or template source (by its environment label, or the file and folder names of its binding), or a
 * host named as such (`gw-api-test.example.org`, `mock-sis`), is evidence, not production. Used where identity must
 * stay stable when such values change (baseline entries) and where production and test copies of one integration
 * are merged (`arch-lint init`).
 */
import type { ResolvedCall, Target } from '../model.js';

/** Name tokens of sources and hosts that are not production. */
const NON_PRODUCTION_TOKENS = new Set([
  'dev', 'develop', 'development', 'local', 'test', 'tests', 'testing', 'qa', 'ci', 'e2e', 'staging', 'stage',
  'stg', 'preprod', 'mock', 'mocks', 'stub', 'stubs', 'fake', 'fixture', 'fixtures', 'sandbox', 'demo',
  'example', 'sample', 'template', 'cypress', 'playwright', '__mocks__', '__tests__', 'spec',
]);

/** Environment labels (src/extract/manifests/environment-label.ts) that are not production. */
const NON_PRODUCTION_LABELS = new Set(['dev', 'test', 'staging', 'template', 'e2e']);

function tokens(text: string): string[] {
  return text.toLowerCase().split(/[^a-z0-9_]+|_/).filter(Boolean);
}

/** Whether a file path (a binding's source) is a dev, test, e2e, mock or template file. */
function isNonProductionPath(file: string): boolean {
  return file.split('/').some((part) => NON_PRODUCTION_TOKENS.has(part.toLowerCase()) || tokens(part).some((token) => NON_PRODUCTION_TOKENS.has(token)));
}

/** Whether a host is named as a dev, test or mock one (`gw-api-test.it.example.org`, `mock-sis`, `localhost` is not judged here). */
function isNonProductionHost(host: string): boolean {
  // The labels of the host's name, without the organisation's own domain parts (`it.helsinki.fi`: `it` is a department).
  const first = host.toLowerCase().split('.')[0] ?? '';
  return tokens(first).some((token) => NON_PRODUCTION_TOKENS.has(token));
}

export function isProductionTarget(target: Target): boolean {
  if (target.environment !== undefined && NON_PRODUCTION_LABELS.has(target.environment)) return false;
  if (target.binding !== undefined && isNonProductionPath(target.binding.file)) return false;
  if (target.host !== null && isNonProductionHost(target.host)) return false;
  return true;
}

/** The production targets of a call, or all of them when none is (a call only dev values reach keeps its evidence). */
export function productionTargets(targets: readonly Target[]): readonly Target[] {
  const production = targets.filter(isProductionTarget);
  return production.length > 0 ? production : targets;
}

// ───────────── Judgement (issue "Real code, part 2", point 1) ─────────────
// A direct-integration finding never rests only on a value of a development or test environment (a compose file for
// local development, `docker-compose.e2e.yml`, `.env.test`, a mock service): such targets stay in `calls` and in the
// evidence, but production, staging, cluster, unlabelled and template values — templates document what production is
// expected to hold — are what is judged. A looser test than `isProductionTarget`, which must also keep identities
// stable when staging copies, templates and hosts named `-test` change.

/** Environment labels (see extract/manifests/environment-label.ts) of values that never run in production. */
const DEV_OR_TEST: ReadonlySet<string> = new Set(['dev', 'test']);

/** Host name tokens of test doubles: a mock server is never a production integration, whatever file names it. */
const TEST_DOUBLE_TOKENS: ReadonlySet<string> = new Set(['mock', 'mocks', 'stub', 'stubs', 'fake']);

/**
 * Whether the target's value comes only from a development or test environment, or names a test double
 * (`mock-esb.it.example.org`, `sisu-mock`, written as the default in an application's own configuration).
 */
export function isDevOrTestTarget(target: Target): boolean {
  if (target.environment !== undefined && DEV_OR_TEST.has(target.environment)) return true;
  const first = target.host?.toLowerCase().split('.')[0] ?? '';
  return tokens(first).some((token) => TEST_DOUBLE_TOKENS.has(token));
}

/**
 * Clients of development and test tools (the client tables' names): a dev server's proxy, test runners' base URLs,
 * requests to an application under test, load tests (k6, Locust). What they reach, they reach only while someone develops or tests.
 */
const DEV_TOOL_CLIENTS: ReadonlySet<string> = new Set(['vite-dev-proxy', 'cra-dev-proxy', 'webpack-dev-proxy', 'cypress', 'playwright', 'playwright-request', 'supertest', 'k6', 'locust']);

/** Whether a call is made by a development or test tool, so none of its targets is a production integration. */
export function isDevToolCall(call: Pick<ResolvedCall, 'client'>): boolean {
  return DEV_TOOL_CLIENTS.has(call.client);
}
