import type { RuleModule } from '../rule.js';
import { noDirectIntegration } from './no-direct-integration.js';
import { unknownTarget } from './unknown-target.js';
import { suppressionExpired } from './suppression-expired.js';
import { suppressionWithoutReason } from './suppression-without-reason.js';
import { unusedSuppression } from './unused-suppression.js';

/**
 * Every rule by id. Adding a rule: `src/judge/rules/<id>.ts` (defineRule), one line here,
 * `docs/rules/<id>.md`, and a test (the parity test checks the docs page and the file name).
 */
export const rules: Readonly<Record<string, RuleModule>> = {
  [noDirectIntegration.id]: noDirectIntegration,
  [unknownTarget.id]: unknownTarget,
  [suppressionWithoutReason.id]: suppressionWithoutReason,
  [suppressionExpired.id]: suppressionExpired,
  [unusedSuppression.id]: unusedSuppression,
};

export const ruleIds: readonly string[] = Object.keys(rules);
