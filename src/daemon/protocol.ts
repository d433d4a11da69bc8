/**
 * The resident daemon's protocol: one JSON line in, one JSON line out, per connection. A request carries the
 * client's build key; a daemon of another build answers with an error and the client scans itself.
 */
import type { Baseline } from '../judge/suppressions/baseline.js';
import type { LintResult } from '../model.js';

/** Default seconds without a request before the daemon exits. */
export const DEFAULT_IDLE_TIMEOUT = 15 * 60;

/** Bumped when a message's shape changes (the build key changes with every build anyway). */
export const PROTOCOL = 1;

/** `LintOptions` as they travel: everything the CLI sets, dates as ISO text. */
export interface WireLintOptions {
  cwd: string;
  paths: string[];
  configFile?: string;
  deployments: string[];
  /** "Today": `--now`, else the client's clock when it asked. */
  now: string;
  reportUnusedDisableDirectives: boolean;
  baseline: Baseline | null;
  baselineFile?: string;
  staged: boolean;
  changedSince?: string;
}

export type DaemonRequest =
  | { protocol: number; build: string; type: 'lint'; options: WireLintOptions; env: Record<string, string> }
  | { protocol: number; build: string; type: 'status' }
  | { protocol: number; build: string; type: 'stop' };

export interface DaemonStatus {
  pid: number;
  build: string;
  socket: string;
  /** Seconds since it started. */
  uptime: number;
  /** Seconds without a request before it exits (0: never). */
  idleTimeout: number;
  /** Scan roots kept in memory, most recently used first, with their number of files. */
  roots: { root: string; files: number }[];
  requests: number;
}

export type DaemonReply =
  | { ok: true; type: 'lint'; result: LintResult; incomplete: boolean; /** The scan's time in the daemon. */ elapsedMs?: number }
  | { ok: true; type: 'status'; status: DaemonStatus }
  | { ok: true; type: 'stop'; pid: number }
  | { ok: false; error: string };

/**
 * Environment variables a scan's outcome can depend on, sent with each request and set in the daemon while it
 * serves it: git's (`GIT_INDEX_FILE` in a pre-commit hook of `git commit -a`, `GIT_DIR`…), and where git finds
 * its programs and the user's configuration.
 */
export function scanEnvironment(env: NodeJS.ProcessEnv): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) if (value !== undefined && isScanEnvironmentVariable(name)) kept[name] = value;
  return kept;
}

/** Whether a scan's outcome can depend on the variable `name` (see `scanEnvironment`). */
export function isScanEnvironmentVariable(name: string): boolean {
  return name.startsWith('GIT_') || name === 'PATH' || name === 'HOME' || name === 'XDG_CONFIG_HOME';
}
