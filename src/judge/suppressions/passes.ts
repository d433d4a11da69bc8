/**
 * Where suppressions plug in: after every rule has run, each pass may mark findings
 * `suppressed` (inline directives from FileFacts.directives, manifest waivers, the baseline)
 * or add findings of its own (e.g. a suppression without a reason). Passes run in order.
 * Later work adds passes to `suppressionPasses`; rules never need to know about them.
 */
import type { ResolvedConfig } from '../../config/types.js';
import type { FileFacts, Finding, GatewayApi, ResolvedCall, ServiceDeclaration } from '../../model.js';

export interface SuppressionContext {
  calls: ResolvedCall[];
  facts: readonly FileFacts[];
  services: readonly ServiceDeclaration[];
  /** The gateway catalogue (absent or empty when none is configured). */
  catalog?: readonly GatewayApi[];
  config: ResolvedConfig;
  now: Date;
}

/** Returns the findings to keep (possibly marked suppressed, possibly with new ones). */
export type SuppressionPass = (findings: Finding[], context: SuppressionContext) => Finding[];

export const suppressionPasses: SuppressionPass[] = [];

export function applySuppressions(findings: Finding[], context: SuppressionContext, passes: readonly SuppressionPass[] = suppressionPasses): Finding[] {
  return passes.reduce((current, pass) => pass(current, context), findings);
}
