import type { ServiceDeclaration } from '../model.js';

/** The system (Backstage `System`, manifest `metadata.system`) a declared service belongs to, or null. */
export function systemOf(service: string | undefined, services: readonly ServiceDeclaration[]): string | null {
  if (!service) return null;
  return services.find((declared) => declared.name === service)?.system ?? null;
}

/**
 * Whether a call and its target are services of one system: such calls are not integrations between
 * systems (config `allowWithinSystem`). Unknown services or systems never count as the same.
 */
export function withinOneSystem(from: { service?: string }, to: { service?: string }, services: readonly ServiceDeclaration[]): boolean {
  const system = systemOf(from.service, services);
  return system !== null && system === systemOf(to.service, services);
}
