/**
 * GitHub Actions workflow commands: one `::error`/`::warning` annotation line per finding, shown
 * inline on the pull request, and a Markdown job summary (the CLI appends it to $GITHUB_STEP_SUMMARY).
 * Escaping follows @actions/core: data escapes %, CR, LF; property values also escape `:` and `,`.
 */
import type { LintResult } from '../model.js';
import { formatMarkdown } from './markdown.js';
import { compareFindings, evidenceChains } from './sarif.js';

/** Escape an annotation message (`escapeData`). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escape an annotation property value (`escapeProperty`). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(name: 'error' | 'warning' | 'notice', properties: [string, string | number][], message: string): string {
  const props = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
  return `::${name}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

/** Code-unit order, not locale order: output must not depend on the machine's locale. */
function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * One workflow command per unsuppressed finding (sorted), then one per input problem.
 * Suppressed and baselined findings are not annotated: they are accepted, and the summary counts them.
 */
export function formatGithub(result: LintResult): string {
  const lines: string[] = [];
  for (const finding of [...result.findings].sort(compareFindings)) {
    if (finding.suppressed) continue;
    // Rule messages carry their evidence after a line break; older reports' messages may not.
    const chains = finding.message.includes('\n') ? [] : evidenceChains(result, finding);
    const explained = chains.length > 0 ? `${finding.message}\nEvidence: ${chains.join('\n')}` : finding.message;
    // The fix it carries (gateway-bypass: which literal becomes which gateway URL), applied by `arch-lint --fix`.
    const message = finding.fix ? `${explained}\nFix (arch-lint --fix): ${finding.fix.description}` : explained;
    lines.push(
      command(
        finding.severity === 'error' ? 'error' : 'warning',
        [
          ['file', finding.file],
          ['line', Math.max(1, finding.line)],
          ['col', Math.max(1, finding.column)],
          ['title', `arch-lint ${finding.ruleId}`],
        ],
        message,
      ),
    );
  }
  const problems = [...result.problems].sort((a, b) => byText(a.file ?? '', b.file ?? '') || (a.line ?? 0) - (b.line ?? 0) || byText(a.code, b.code) || byText(a.message, b.message));
  for (const problem of problems) {
    const properties: [string, string | number][] = [];
    if (problem.file) properties.push(['file', problem.file]);
    if (problem.file && problem.line) properties.push(['line', problem.line]);
    if (problem.file && problem.line && problem.column) properties.push(['col', problem.column]);
    properties.push(['title', `arch-lint ${problem.code}`]);
    lines.push(command(problem.severity === 'error' ? 'error' : 'warning', properties, problem.message));
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

/** The job summary: the PR-comment Markdown, capped so a huge legacy scan stays readable. */
export function githubJobSummary(result: LintResult, options: { linkBase?: string } = {}): string {
  return formatMarkdown(result, { title: 'arch-lint', maxFindings: 200, linkBase: options.linkBase });
}
