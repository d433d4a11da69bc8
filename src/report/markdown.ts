/**
 * Markdown for a pull-request comment (and the GitHub job summary): a count table, then findings
 * grouped by the service whose code makes the call, each with its evidence chain. Pure and stable.
 * Everything that comes from scanned code is escaped: PR checks run on untrusted branches.
 */
import type { Finding, LintResult } from '../model.js';
import { formatMermaid } from '../landscape/mermaid.js';
import { edgeLabel } from '../landscape/style.js';
import type { LandscapeChange } from '../landscape/types.js';
import type { FormatOptions } from './index.js';
import { compareFindings, evidenceChains } from './sarif.js';

/** Registry options (`color`) are accepted and ignored. */
export interface MarkdownOptions extends Partial<FormatOptions> {
  /** Heading text. */
  title?: string;
  /** Prefix that turns a root-relative path into a link (e.g. `https://github.com/org/repo/blob/<sha>/`); plain code spans when absent. */
  linkBase?: string;
  /** At most this many findings are listed (the table still counts all). */
  maxFindings?: number;
  /** List suppressed and baselined findings too (collapsed). */
  showSuppressed?: boolean;
}

const NO_SERVICE = '(no service)';
/** Markdown's line endings: LF, CRLF, and a lone CR too. */
const LINE_BREAK = /\r\n?|\n/g;

/** Backslash-escape Markdown punctuation and neutralise HTML, for text from scanned code. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+!|~>-]/g, (char) => `\\${char}`)
    .replace(/</g, '&lt;')
    .replace(LINE_BREAK, ' ');
}

/** A code span that survives backticks in its content. */
export function codeSpan(text: string): string {
  // A break would end the span's line, and the next line could start a block (`# <img …>` = a heading with raw HTML).
  const oneLine = text.replace(LINE_BREAK, ' ');
  const longestRun = Math.max(0, ...(oneLine.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = oneLine.startsWith('`') || oneLine.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${oneLine}${pad}${fence}`;
}

export interface FindingCounts {
  errors: number;
  warnings: number;
  /** Suppressed by a manifest waiver or an inline directive. */
  suppressed: number;
  baselined: number;
}

/** Counts as shown in summaries: suppressed and baselined findings are not errors or warnings. */
export function countFindings(findings: readonly Finding[]): FindingCounts {
  const counts: FindingCounts = { errors: 0, warnings: 0, suppressed: 0, baselined: 0 };
  for (const finding of findings) {
    if (finding.suppressed?.kind === 'baseline') counts.baselined++;
    else if (finding.suppressed) counts.suppressed++;
    else if (finding.severity === 'error') counts.errors++;
    else counts.warnings++;
  }
  return counts;
}

function locationText(finding: Finding, linkBase: string | undefined): string {
  const where = `${finding.file}:${finding.line}:${finding.column}`;
  if (!linkBase) return codeSpan(where);
  const href = `${linkBase}${finding.file.split('/').map(encodeURIComponent).join('/')}#L${finding.line}`;
  return `[${codeSpan(where)}](${href})`;
}

function findingLines(result: LintResult, finding: Finding, options: MarkdownOptions): string[] {
  const icon = finding.suppressed ? '⏸️' : finding.severity === 'error' ? '❌' : '⚠️';
  const suppressedNote = finding.suppressed ? ` — ${finding.suppressed.kind}: ${escapeMarkdown(finding.suppressed.justification)}` : '';
  // A rule message's first line is the finding; the lines after it are its evidence chains.
  const [headline = '', ...details] = finding.message.split('\n');
  const lines = [`- ${icon} **${finding.severity}** ${codeSpan(finding.ruleId)} ${locationText(finding, options.linkBase)}: ${escapeMarkdown(headline)}${suppressedNote}`];
  const chains = details.length > 0 ? details.map((detail) => detail.replace(/^↳ /, '')) : evidenceChains(result, finding);
  for (const chain of chains) lines.push(`  - ${codeSpan(chain)}`);
  // The fix it carries (gateway-bypass: which literal becomes which gateway URL), applied by `arch-lint --fix`.
  if (finding.fix) lines.push(`  - Fix (${codeSpan('arch-lint --fix')}): ${escapeMarkdown(finding.fix.description)}`);
  return lines;
}

function serviceOf(result: LintResult, finding: Finding): string {
  return (finding.callIndex === undefined ? undefined : result.calls[finding.callIndex]?.service) ?? NO_SERVICE;
}

/** Findings grouped by service, services sorted by name with "(no service)" last. */
function groupByService(result: LintResult, findings: readonly Finding[]): [string, Finding[]][] {
  const groups = new Map<string, Finding[]>();
  for (const finding of [...findings].sort(compareFindings)) {
    const service = serviceOf(result, finding);
    const group = groups.get(service) ?? [];
    group.push(finding);
    groups.set(service, group);
  }
  return [...groups.entries()].sort(([a], [b]) => (a === NO_SERVICE ? 1 : b === NO_SERVICE ? -1 : a < b ? -1 : a > b ? 1 : 0));
}

function listSection(result: LintResult, findings: readonly Finding[], options: MarkdownOptions, limit: number): { lines: string[]; shown: number } {
  const lines: string[] = [];
  let shown = 0;
  const groups = groupByService(result, findings);
  for (const [service, group] of groups) {
    if (shown >= limit) break;
    // No heading when no finding belongs to a service (no architecture.yaml): there is nothing to tell apart.
    if (service !== NO_SERVICE) lines.push(`### ${escapeMarkdown(service)}`, '');
    else if (groups.length > 1) lines.push('### Outside any service (no architecture.yaml)', '');
    for (const finding of group) {
      if (shown >= limit) break;
      lines.push(...findingLines(result, finding, options));
      shown++;
    }
    lines.push('');
  }
  return { lines, shown };
}

/** Render a lint result as a Markdown PR comment, ending in a newline. */
/** The integrations a pull request adds or removes, as a small mermaid diagram and a list. */
function changeSection(change: LandscapeChange): string[] {
  const lines = [`### Integrations this change adds or removes (compared with ${codeSpan(change.base)})`, ''];
  if (change.added.length === 0 && change.removed.length === 0) return [...lines, 'None: the change adds or removes no integration.', ''];
  const status = new Map<string, 'added' | 'removed'>([...change.added.map((edge) => [edge.id, 'added'] as const), ...change.removed.map((edge) => [edge.id, 'removed'] as const)]);
  lines.push('```mermaid', formatMermaid({ nodes: change.nodes, edges: [...change.added, ...change.removed] }, { edgeStatus: status }).trimEnd(), '```', '');
  const label = new Map(change.nodes.map((node) => [node.id, node.label]));
  for (const [word, edges] of [['Added', change.added], ['Removed', change.removed]] as const) {
    for (const edge of edges) lines.push(`- **${word}**: ${escapeMarkdown(label.get(edge.from) ?? edge.from)} → ${escapeMarkdown(label.get(edge.to) ?? edge.to)} (${escapeMarkdown(edgeLabel(edge))})`);
  }
  lines.push('');
  return lines;
}

export function formatMarkdown(result: LintResult, options: MarkdownOptions = {}): string {
  const counts = countFindings(result.findings);
  const limit = options.maxFindings ?? Number.POSITIVE_INFINITY;
  const lines: string[] = [
    `## ${options.title ?? 'arch-lint'}`,
    '',
    '| Errors | Warnings | Suppressed | Baselined |',
    '| ---: | ---: | ---: | ---: |',
    `| ${counts.errors} | ${counts.warnings} | ${counts.suppressed} | ${counts.baselined} |`,
    '',
  ];
  const active = result.findings.filter((finding) => !finding.suppressed);
  // Calls no rule could judge (an unresolved URL, a host in no zone): never claimed to be fine.
  const unresolved = result.summary.zones?.unresolved ?? 0;
  const noZone = result.summary.zones?.unknown ?? 0;
  if (active.length === 0 && unresolved + noZone === 0) {
    lines.push('No new architecture findings: every outbound call found goes through the gateway or the ESB, or is accepted.', '');
  } else if (active.length === 0) {
    lines.push('No new architecture findings in the calls that could be judged.', '');
  } else {
    const { lines: section, shown } = listSection(result, active, options, limit);
    lines.push(...section);
    if (shown < active.length) lines.push(`…and ${active.length - shown} more; see the full report.`, '');
  }
  const quiet = result.findings.filter((finding) => finding.suppressed);
  if (options.showSuppressed && quiet.length > 0) {
    const { lines: section } = listSection(result, quiet, options, Number.POSITIVE_INFINITY);
    lines.push('<details><summary>Suppressed and baselined findings</summary>', '', ...section, '</details>', '');
  }
  if (unresolved + noZone > 0) {
    const hosts = (result.summary.noZoneHosts ?? []).slice(0, 5).map((entry) => codeSpan(entry.host));
    const parts = [...(unresolved > 0 ? [`${unresolved} unresolved`] : []), ...(noZone > 0 ? [`${noZone} to hosts in no zone${hosts.length > 0 ? ` (${hosts.join(', ')}${(result.summary.noZoneHosts?.length ?? 0) > 5 ? ', …' : ''})` : ''}`] : [])];
    lines.push(`Not judged: ${unresolved + noZone} of ${result.summary.calls} calls (${parts.join(', ')}); classify the hosts in the config's \`zones\`, bind the variables.`, '');
  }
  if (result.landscape?.change) lines.push(...changeSection(result.landscape.change));
  const problems = result.problems.length;
  if (problems > 0) lines.push(`${problems} input problem${problems === 1 ? '' : 's'} (unreadable or unparseable files…): see the full report.`, '');
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}
