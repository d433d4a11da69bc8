import type { RuleSetting } from '../model.js';

/** Zone names a config may list host patterns for (`self` and `unresolved` are never configured). */
export type ConfiguredZone = 'gateway' | 'esb' | 'local' | 'internal' | 'external';

/** A rule's setting as written: `error`, or `[error, { …options }]`. */
export type RuleEntry = RuleSetting | [RuleSetting, Record<string, unknown>];

/** The config file as written (`arch-lint.config.yaml`), validated by schemas/config.schema.json. */
export interface ConfigFile {
  $schema?: string;
  extends?: string | string[];
  include?: string[];
  exclude?: string[];
  zones?: Partial<Record<ConfiguredZone, string[]>>;
  rules?: Record<string, RuleEntry>;
  /** Calls between services of the same system are not integrations between systems (issue 3). */
  allowWithinSystem?: boolean;
  /** Longest waiver a manifest may grant, in days. */
  maxWaiverDays?: number;
  /** Where exceptions may live: code comments allowed, allowed only with a ticket, or manifests only. */
  inlineSuppressions?: 'allow' | 'require-ticket' | 'forbid';
  /** Hosts that are never integration targets (identity providers, telemetry). Same pattern syntax as zones. */
  ignoreHosts?: string[];
  gateway?: {
    catalog?: string[];
    entrypoints?: string[];
    tokenEnv?: string;
    managementUrl?: string;
    environmentId?: string;
  };
}

/** The effective configuration after presets and the project's file are merged. */
export interface ResolvedConfig {
  /** Absolute path of the config file, or null when none was found (recommended preset). */
  file: string | null;
  /** Directory the config's relative paths are relative to. */
  baseDir: string;
  /** Presets applied, in order. */
  extends: string[];
  include: string[];
  exclude: string[];
  zones: Record<ConfiguredZone, string[]>;
  rules: Record<string, { setting: RuleSetting; options: Record<string, unknown> }>;
  allowWithinSystem: boolean;
  maxWaiverDays: number;
  inlineSuppressions: 'allow' | 'require-ticket' | 'forbid';
  ignoreHosts: string[];
  gateway: { catalog: string[]; entrypoints: string[]; tokenEnv: string | null; managementUrl: string | null; environmentId: string | null };
}
