/**
 * Marks calls made through the gateway with the catalogue API they reach (`Target.api`), so the JSON
 * inventory says which published APIs each service uses.
 */
import type { GatewayApi, ResolvedCall } from '../model.js';
import { matchGatewayApi } from './match.js';

/** A copy of `calls` where each target on a gateway entrypoint whose path a catalogue API publishes carries that API's name. */
export function annotateApis(calls: readonly ResolvedCall[], catalog: readonly GatewayApi[], entrypoints: readonly string[]): ResolvedCall[] {
  if (catalog.length === 0) return calls.map((call) => ({ ...call }));
  return calls.map((call) => ({
    ...call,
    targets: call.targets.map((target) => {
      if (target.url === null) return target;
      const match = matchGatewayApi(target.url, catalog, entrypoints);
      return match ? { ...target, api: match.api.name } : target;
    }),
  }));
}
