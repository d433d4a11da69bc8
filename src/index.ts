/** Public API: `lint(options)` and the types of its result. */
export { lint, residentState, toolVersion, type LintOptions, type ResidentState } from './lint.js';
export { ConfigError, KnownError, UsageError, isKnownError } from './config/errors.js';
export type { ConfigFile, ResolvedConfig } from './config/types.js';
export type {
  CallFact,
  DiscoveredFile,
  FileFacts,
  Finding,
  HttpMethod,
  Language,
  LintResult,
  ManifestKind,
  Problem,
  ResolvedCall,
  RuleMeta,
  RuleSetting,
  Severity,
  Target,
  Zone,
} from './model.js';
