import type { ResolvedCall, Target } from '../model.js';

/** `axios GET '/students'`: what was called, for messages. */
export function describeCall(call: ResolvedCall): string {
  const method = call.method ? ` ${call.method}` : '';
  // A literal is already delimited by its quotes; anything else is set off as code.
  const expression = /^['"`]/.test(call.expression) ? call.expression : `\`${call.expression}\``;
  return `${call.client}${method} ${expression}`;
}

/** `https://x/y` via `a → b`: where a target resolves and through which chain. */
export function describeTarget(target: Target): string {
  const where = target.url ?? target.host ?? 'an unresolved URL';
  const chain = target.via.length > 0 ? ` via ${target.via.join(' → ')}` : '';
  const service = target.service ? ` (service '${target.service}')` : '';
  return `${where}${service}${chain}`;
}

/** A client configuration (`axios.create({ baseURL })`) already shown through the calls made on it. */
export function isCoveredByCalls(config: ResolvedCall, calls: readonly ResolvedCall[]): boolean {
  const marker = `(${config.file}:${config.line})`;
  return calls.some((call) => call.kind === 'call' && call.targets.some((target) => target.via.some((step) => step.includes(marker))));
}
