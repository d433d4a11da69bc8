import type { ResolvedCall, Target } from '../model.js';

/** `axios GET '/students'`: what was called, for messages. */
export function describeCall(call: ResolvedCall): string {
  const method = call.method ? ` ${call.method}` : '';
  // A literal is already delimited by its quotes; anything else is set off as code.
  const expression = /^['"`]/.test(call.expression) ? call.expression : `\`${call.expression}\``;
  return `${call.client}${method} ${expression}`;
}

/**
 * What a finding is about, at the start of its message: `Call axios GET '/x'`, `HTTP client configured with axios
 * 'https://x'`, or for a gRPC channel (an HTTP/2 connection to its target) `gRPC channel to \`addr\``.
 */
export function describeSubject(call: ResolvedCall): string {
  if (call.kind !== 'client-config') return `Call ${describeCall(call)}`;
  if (call.client === 'gRPC') return `gRPC channel to ${/^['"`]/.test(call.expression) ? call.expression : `\`${call.expression}\``}`;
  return `HTTP client configured with ${describeCall(call)}`;
}

/** `https://x/y` via `a → b`: where a target resolves and through which chain. */
export function describeTarget(target: Target): string {
  const where = target.url ?? target.host ?? 'an unresolved URL';
  const chain = target.via.length > 0 ? ` via ${target.via.join(' → ')}` : '';
  const service = target.service ? ` (service '${target.service}')` : '';
  return `${where}${service}${chain}`;
}

/**
 * The evidence part of a finding's message: one line per target, each `url (service) via a → b`.
 * Messages put it after a line break, so the first line reads on its own and text reports can indent the rest.
 */
export function evidenceLines(targets: readonly Target[]): string {
  return targets.map((target) => `↳ ${describeTarget(target)}`).join('\n');
}

/** Every `file:line` that the evidence chains of real calls (not client configurations) pass through, per calls list. */
const evidenceLocations = new WeakMap<readonly ResolvedCall[], Set<string>>();

function locationsOnEvidence(calls: readonly ResolvedCall[]): Set<string> {
  let locations = evidenceLocations.get(calls);
  if (!locations) {
    locations = new Set<string>();
    for (const call of calls) {
      if (call.kind !== 'call') continue;
      for (const target of call.targets) {
        // Steps read like `axios instance 'api' (src/api.ts:5)`, possibly with more after the line.
        for (const step of target.via) for (const match of step.matchAll(/\(([^()\s]+?:\d+)[),]/g)) locations.add(match[1]!);
      }
    }
    evidenceLocations.set(calls, locations);
  }
  return locations;
}

/** A client configuration (`axios.create({ baseURL })`) already shown through the calls made on it. */
export function isCoveredByCalls(config: ResolvedCall, calls: readonly ResolvedCall[]): boolean {
  // Indexed once per calls list: rules ask this for every client configuration.
  return locationsOnEvidence(calls).has(`${config.file}:${config.line}`);
}
