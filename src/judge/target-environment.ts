/**
 * Which environment a target's value applies in, for judgement (issue "Real code, part 2", point 1): a
 * direct-integration finding never rests only on a value of a development or test environment (a compose file for
 * local development, `docker-compose.e2e.yml`, `.env.test`, a mock service). Such targets stay in `calls` and in the
 * evidence, marked with their environment; production, staging, cluster and unlabelled values — and templates,
 * which document what production is expected to hold — are judged. (`production.ts` answers a stricter question for
 * identities that must not change when test copies do: there staging, templates and hosts named `-test` are out too.)
 */
import type { ResolvedCall, Target } from '../model.js';

/** Environment labels (see extract/manifests/environment-label.ts) of values that never run in production. */
const NON_PRODUCTION: ReadonlySet<string> = new Set(['dev', 'test']);

/** Whether the target's value comes only from a development or test environment. */
export function isDevOrTestTarget(target: Target): boolean {
  return target.environment !== undefined && NON_PRODUCTION.has(target.environment);
}

/**
 * Clients of development and test tools (the client tables' names): a dev server's proxy, test runners' base URLs,
 * requests to an application under test. What they reach, they reach only while someone develops or tests.
 */
const DEV_TOOL_CLIENTS: ReadonlySet<string> = new Set(['vite-dev-proxy', 'cypress', 'playwright', 'playwright-request', 'supertest']);

/** Whether a call is made by a development or test tool, so none of its targets is a production integration. */
export function isDevToolCall(call: Pick<ResolvedCall, 'client'>): boolean {
  return DEV_TOOL_CLIENTS.has(call.client);
}
