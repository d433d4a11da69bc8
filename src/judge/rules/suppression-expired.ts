import { defineRule } from '../rule.js';

/**
 * Metadata only: the findings are produced by the inline-directive pass
 * (src/judge/suppressions/directives.ts), which runs after every rule, because they are about
 * comments, not calls. Registering the rule gives it a docs page, a SARIF descriptor and a config key.
 */
export const suppressionExpired = defineRule({
  id: 'suppression-expired',
  defaultSetting: 'warn',
  description: 'An inline arch-lint-disable comment is past its until date, so the finding it covered is reported again.',
  check() {
    return [];
  },
});
