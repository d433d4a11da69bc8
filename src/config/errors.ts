/**
 * Errors arch-lint knows how to explain: the CLI prints their message on one line and exits 2.
 * Anything else is a bug and is shown with its stack.
 */

/** Base of every error whose message is meant for the user as-is. */
export class KnownError extends Error {
  readonly known = true;
}

/** A configuration file that cannot be found, parsed or validated. */
export class ConfigError extends KnownError {
  /** File the error is about (absolute or as given), null when not tied to a file. */
  readonly file: string | null;
  readonly line: number | null;
  /** The offending key as a dotted path (`zones.internal`), when known. */
  readonly key: string | null;

  constructor(message: string, where: { file?: string | null; line?: number | null; key?: string | null } = {}) {
    const file = where.file ?? null;
    const line = where.line ?? null;
    const prefix = file ? `${file}${line ? `:${line}` : ''}: ` : '';
    super(`${prefix}${message}`);
    this.name = 'ConfigError';
    this.file = file;
    this.line = line;
    this.key = where.key ?? null;
  }
}

/** A bad command line (unknown format, unreadable path, bad date). */
export class UsageError extends KnownError {
  override name = 'UsageError';
}

export function isKnownError(error: unknown): error is KnownError {
  return error instanceof KnownError;
}
