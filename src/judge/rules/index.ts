import type { RuleModule } from '../rule.js';
import { noDirectIntegration } from './no-direct-integration.js';
import { unknownTarget } from './unknown-target.js';
import { unverifiedTarget } from './unverified-target.js';
import { suppressionExpired } from './suppression-expired.js';
import { suppressionWithoutReason } from './suppression-without-reason.js';
import { unusedSuppression } from './unused-suppression.js';
import { waiverExpired } from './waiver-expired.js';
import { waiverExpiring } from './waiver-expiring.js';
import { waiverInvalid } from './waiver-invalid.js';
import { undeclaredIntegration } from './undeclared-integration.js';
import { unusedDeclaration } from './unused-declaration.js';
import { wrongRoute } from './wrong-route.js';
import { apiWithoutOpenapi } from './api-without-openapi.js';
import { invalidManifest } from './invalid-manifest.js';
import { gatewayBypass } from './gateway-bypass.js';
import { unknownGatewayApi } from './unknown-gateway-api.js';
import { apiNotPublished } from './api-not-published.js';

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
  [waiverExpired.id]: waiverExpired,
  [waiverExpiring.id]: waiverExpiring,
  [waiverInvalid.id]: waiverInvalid,
  [undeclaredIntegration.id]: undeclaredIntegration,
  [unusedDeclaration.id]: unusedDeclaration,
  [wrongRoute.id]: wrongRoute,
  [apiWithoutOpenapi.id]: apiWithoutOpenapi,
  [invalidManifest.id]: invalidManifest,
  [gatewayBypass.id]: gatewayBypass,
  [unknownGatewayApi.id]: unknownGatewayApi,
  [apiNotPublished.id]: apiNotPublished,
  [unverifiedTarget.id]: unverifiedTarget,
};

/** Every rule's id: the list `ids.ts` gives without loading the rules (a test checks it matches `rules`). */
export { ruleIds } from './ids.js';
