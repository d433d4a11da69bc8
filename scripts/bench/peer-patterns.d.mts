// Types of scripts/bench/peer-patterns.mjs, for test/bench (the script itself is plain JavaScript run by node).
export interface PeerPattern {
  /** Rule id prefix (`fetch` → fetch-typescript, fetch-tsx, fetch-javascript). */
  id: string;
  /** ast-grep patterns, alternatives of one rule. */
  patterns: string[];
  /** ast-grep constraints on the patterns' metavariables. */
  constraints?: Record<string, unknown>;
  /** esquery selectors for ESLint's no-restricted-syntax. */
  selectors: string[];
}
export declare const PEER_PATTERNS: readonly PeerPattern[];
export declare const AST_GREP_LANGUAGES: readonly string[];
export declare function astGrepRules(patterns?: readonly PeerPattern[]): string;
export declare function patternIdOfRule(ruleId: string): string;
export declare function eslintConfig(parserUrl: string, patterns?: readonly PeerPattern[]): string;
