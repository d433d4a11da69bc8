import { defineRule } from '../rule.js';

/**
 * Metadata only: the findings are produced by the inline-directive pass
 * (src/judge/suppressions/directives.ts), which runs after every rule, because they are about
 * comments, not calls. Registering the rule gives it a docs page, a SARIF descriptor and a config key.
 */
export const unusedSuppression = defineRule({
  id: 'unused-suppression',
  defaultSetting: 'warn',
  description: 'An inline arch-lint-disable comment suppresses nothing (reported with --report-unused-disable-directives).',
  check() {
    return [];
  },
});
