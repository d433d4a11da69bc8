/**
 * Every rule's id, in the registry's order, without loading the rules: validating a config (which may name rules)
 * happens on every run, also on one whose result comes from the cache and never judges. `rules/index.ts` keeps the
 * rules themselves; a test checks this list against it.
 */
export const ruleIds: readonly string[] = [
  'no-direct-integration',
  'unknown-target',
  'suppression-without-reason',
  'suppression-expired',
  'unused-suppression',
  'waiver-expired',
  'waiver-expiring',
  'waiver-invalid',
  'undeclared-integration',
  'unused-declaration',
  'wrong-route',
  'api-without-openapi',
  'invalid-manifest',
  'gateway-bypass',
  'unknown-gateway-api',
  'api-not-published',
  'unverified-target',
];
