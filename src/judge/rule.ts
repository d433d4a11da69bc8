import type { ResolvedConfig } from '../config/types.js';
import type { Finding, GatewayApi, Problem, ResolvedCall, RuleSetting, ServiceDeclaration } from '../model.js';

/** What every rule sees: the resolved model, the effective config and the clock. */
export interface RuleContext {
  calls: readonly ResolvedCall[];
  /** Services declared by manifests (empty when none). */
  services: readonly ServiceDeclaration[];
  /** The gateway catalogue (empty when none is configured). */
  catalog: readonly GatewayApi[];
  config: ResolvedConfig;
  /** "Today" for date comparisons (UTC); `--now` overrides it. */
  now: Date;
  /** The rule's options from config (`[error, { … }]`), or {}. */
  options: Record<string, unknown>;
  /** Problems from discover/extract/resolve, for rules that report input errors as findings (`invalid-manifest`). Absent = none. */
  problems?: readonly Problem[];
}

/** A finding before the judge adds severity, fingerprint and suppression. */
export type RuleFinding = Omit<Finding, 'ruleId' | 'severity' | 'fingerprint' | 'suppressed'> & {
  /** Parts that identify the finding architecturally (target host/API, enclosing symbol…), hashed into the fingerprint with rule and file. */
  identity: string[];
};

export interface RuleModule {
  id: string;
  /** Severity when the config does not set it (presets may override). */
  defaultSetting: RuleSetting;
  /** One line, shown in `--help`-like listings and SARIF `shortDescription`. */
  description: string;
  check(context: RuleContext): RuleFinding[];
}

/** Fixes a rule's shape (as typescript-eslint's createRule does). */
export function defineRule(rule: RuleModule): RuleModule {
  return rule;
}
