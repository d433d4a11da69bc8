/**
 * Report stage: formatters are pure functions of the result. Each format is one file and one line
 * in `formatters`, loaded lazily so unused formats cost nothing at start-up.
 */
import type { LintResult } from '../model.js';

export interface FormatOptions {
  /** Colour the output (a TTY without --no-color / NO_COLOR). */
  color: boolean;
}

export type Formatter = (result: LintResult, options: FormatOptions) => string;

/** Format name → lazy loader. Adding a format: `src/report/<name>.ts` + one line here. */
export const formatters: Readonly<Record<string, () => Promise<Formatter>>> = {
  stylish: async () => (await import('./stylish.js')).formatStylish,
  json: async () => (await import('./json.js')).formatJson,
};

export const formatNames = (): string[] => Object.keys(formatters);

/** The formatter for `name`, or null when there is none. */
export async function loadFormatter(name: string): Promise<Formatter | null> {
  const loader = Object.hasOwn(formatters, name) ? formatters[name] : undefined;
  return loader ? loader() : null;
}
