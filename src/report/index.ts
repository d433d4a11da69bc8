/**
 * Report stage: formatters are pure functions of the result. Each format is one file and one line
 * in `formatters`, loaded lazily so unused formats cost nothing at start-up.
 */
import path from 'node:path';
import type { LintResult } from '../model.js';
import { escapeResultForText, redactResult } from '../redact.js';

export interface FormatOptions {
  /** Colour the output (a TTY without --no-color / NO_COLOR). */
  color: boolean;
  /**
   * Absolute directory CI systems resolve paths against (the git repository's top level), when it is not
   * the scan root. SARIF uses it as `%SRCROOT%`; GitHub annotations and GitLab Code Quality get paths
   * relative to it. Absent: the scan root.
   */
  srcRoot?: string;
  /** Text formats (stylish): the line width to wrap to (the terminal's). Absent: 100. */
  width?: number;
  /** Text formats (stylish): full evidence chains and every related location and unresolved call. */
  verbose?: boolean;
  /** Warnings left out of the result by --quiet, so the text can say so instead of "no problems". */
  hiddenWarnings?: number;
}

export type Formatter = (result: LintResult, options: FormatOptions) => string;

/**
 * The result with every finding's and problem's path relative to `srcRoot` instead of the scan root,
 * for formats whose consumers only know repository-relative paths. Presentation only: nothing else changes.
 */
export function relativeToSrcRoot(result: LintResult, srcRoot: string | undefined): LintResult {
  if (srcRoot === undefined) return result;
  const prefix = path.relative(srcRoot, result.root).split(path.sep).join('/');
  if (prefix === '' || prefix.startsWith('..') || path.isAbsolute(prefix)) return result;
  const rebase = (file: string): string => (path.isAbsolute(file) ? file : `${prefix}/${file}`);
  return {
    ...result,
    findings: result.findings.map((finding) => ({ ...finding, file: rebase(finding.file) })),
    problems: result.problems.map((problem) => (problem.file === null ? problem : { ...problem, file: rebase(problem.file) })),
  };
}

/** Format name → lazy loader. Adding a format: `src/report/<name>.ts` + one line here. */
export const formatters: Readonly<Record<string, () => Promise<Formatter>>> = {
  stylish: async () => (await import('./stylish.js')).formatStylish,
  json: async () => (await import('./json.js')).formatJson,
  sarif: async () => (await import('./sarif.js')).formatSarif,
  github: async () => {
    const { formatGithub } = await import('./github.js');
    return (result, options) => formatGithub(relativeToSrcRoot(result, options.srcRoot));
  },
  gitlab: async () => {
    const { formatGitlab } = await import('./gitlab.js');
    return (result, options) => formatGitlab(relativeToSrcRoot(result, options.srcRoot));
  },
  junit: async () => (await import('./junit.js')).formatJunit,
  markdown: async () => (await import('./markdown.js')).formatMarkdown,
  html: async () => (await import('./html.js')).formatHtml,
};

export const formatNames = (): string[] => Object.keys(formatters);

/** Formats read by people in a terminal or a web page: control characters in them are escaped. */
const TEXT_FORMATS = new Set(['stylish', 'github', 'markdown', 'junit']);

/**
 * The formatter for `name`, or null when there is none. Every format sees the result with URL credentials
 * redacted, and text formats with control characters escaped (see `src/redact.ts`).
 */
export async function loadFormatter(name: string): Promise<Formatter | null> {
  const loader = Object.hasOwn(formatters, name) ? formatters[name] : undefined;
  if (!loader) return null;
  const format = await loader();
  const text = TEXT_FORMATS.has(name);
  return (result, options) => format(text ? escapeResultForText(redactResult(result)) : redactResult(result), options);
}
