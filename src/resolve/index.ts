/**
 * Resolve stage: turn symbolic URL values into concrete targets across files.
 * Joins base URLs and paths, follows constants and exports across modules, follows client
 * instances and wrappers, substitutes env/config bindings, fans out alternatives.
 * Output targets carry a placeholder zone (`self` for a relative URL with no base, `unresolved`
 * when no URL could be worked out, otherwise `unknown`); the judge classifies hosts into zones.
 */
import type { Binding, FileFacts, Problem, ResolvedCall } from '../model.js';

export interface ResolveInput {
  /** Facts of every scanned file (sources and manifests). */
  facts: readonly FileFacts[];
  /** Extra bindings not tied to a scanned file (none in the core; manifests add theirs through facts). */
  bindings?: readonly Binding[];
}

export interface ResolveOutput {
  calls: ResolvedCall[];
  /** Env vars read by code and bound nowhere, sorted. */
  unboundEnv: string[];
  problems: Problem[];
}

export function resolveCalls(_input: ResolveInput): ResolveOutput {
  // Implemented in the core resolver; this stub keeps the pipeline compiling while it lands.
  return { calls: [], unboundEnv: [], problems: [] };
}
