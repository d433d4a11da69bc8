import { bypassedApiFor } from '../catalog/match.js';
import type { GatewayApi, ResolvedCall, ServiceDeclaration, Target } from '../model.js';
import { withinOneSystem } from './systems.js';
import { isDevOrTestTarget, isDevToolCall } from './production.js';

export interface DirectTargetOptions {
  allowWithinSystem: boolean;
  /** The gateway catalogue, when `gateway-bypass` runs: backends it fronts are that rule's, never both. */
  bypass?: { catalog: readonly GatewayApi[]; entrypoints: readonly string[] };
}

/**
 * The targets of a call that make it a direct point-to-point integration: internal hosts, not ignored, not the
 * caller's own service (its own backend at one of its hosts), not a service of the caller's own system (with `allowWithinSystem`), not a backend `gateway-bypass` reports, and not
 * a value of a development or test environment only (a mock in `docker-compose.e2e.yml`, a host in `.env.test`), and
 * never of a development or test tool's call (a dev server's proxy target).
 * `no-direct-integration` reports these, and a waiver must cover all of them to suppress its finding.
 */
export function directTargets(call: ResolvedCall, services: readonly ServiceDeclaration[], options: DirectTargetOptions): Target[] {
  if (isDevToolCall(call)) return [];
  return call.targets.filter(
    (target) =>
      target.zone === 'internal' &&
      !target.ignored &&
      !isDevOrTestTarget(target) &&
      !(call.service !== undefined && call.service === target.service) &&
      !(options.allowWithinSystem && withinOneSystem(call, target, services)) &&
      !(options.bypass && bypassedApiFor(target, options.bypass.catalog, options.bypass.entrypoints)),
  );
}

/** The `bypass` option as the judge's config and catalogue give it: only when gateway-bypass is on and a catalogue exists. */
export function bypassOption(
  config: { rules?: Record<string, { setting: string }>; gateway?: { entrypoints: readonly string[] } },
  catalog: readonly GatewayApi[] | undefined,
): DirectTargetOptions['bypass'] {
  if (!catalog || catalog.length === 0 || config.rules?.['gateway-bypass']?.setting === 'off') return undefined;
  return { catalog, entrypoints: config.gateway?.entrypoints ?? [] };
}
