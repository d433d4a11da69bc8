import { defineRule } from '../rule.js';

/**
 * Metadata only: the findings are produced by the inline-directive pass
 * (src/judge/suppressions/directives.ts), which runs after every rule, because they are about
 * comments, not calls. Registering the rule gives it a docs page, a SARIF descriptor and a config key.
 */
export const suppressionWithoutReason = defineRule({
  id: 'suppression-without-reason',
  defaultSetting: 'error',
  description: 'An inline arch-lint-disable comment gives no reason (or, under inlineSuppressions: require-ticket, no ticket; under forbid, any inline suppression).',
  check() {
    return [];
  },
});
