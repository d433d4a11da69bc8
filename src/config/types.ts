import type { RuleSetting } from '../model.js';

/** Zone names a config may list host patterns for (`self` and `unresolved` are never configured). */
export type ConfiguredZone = 'gateway' | 'esb' | 'local' | 'internal' | 'external';

/** A rule's setting as written: `error`, or `[error, { …options }]`. */
export type RuleEntry = RuleSetting | [RuleSetting, Record<string, unknown>];

/** One `bindings:` entry as written. */
export interface StatedBindingEntry {
  value: string;
  reason: string;
  service?: string;
  environment?: string;
}

/** A value stated under `bindings:`, with the config file line it is written on. */
export interface StatedBinding extends StatedBindingEntry {
  name: string;
  /** Absolute path of the config file that states it. */
  file: string;
  line: number;
}

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
  /** Folders of a separate deployment repository whose files bind this repository's variables (read only). */
  deployments?: string[];
  /** Values stated by hand for variables nothing in the scan binds. */
  bindings?: Record<string, StatedBindingEntry>;
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
  /** `deployments:` folders, absolute (resolved against the config file's folder). */
  deployments: string[];
  /** `bindings:` of the project's config, in the order written. */
  bindings: StatedBinding[];
  gateway: { catalog: string[]; entrypoints: string[]; tokenEnv: string | null; managementUrl: string | null; environmentId: string | null };
}
