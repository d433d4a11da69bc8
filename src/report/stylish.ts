/**
 * ESLint-like text: findings and problems grouped by file, `line:col  severity  message  rule`,
 * then a summary line. Suppressed findings are counted, not listed.
 */
import pc from 'picocolors';
import type { LintResult, RelatedLocation } from '../model.js';
import type { FormatOptions } from './index.js';

interface Row {
  line: number;
  column: number;
  severity: 'error' | 'warning';
  message: string;
  tag: string;
  related?: RelatedLocation[] | undefined;
}

/** Related locations listed under a finding before the rest is summarised in one line. */
const MAX_RELATED_SHOWN = 10;

function plural(count: number, word: string, pluralWord = `${word}s`): string {
  return `${count} ${count === 1 ? word : pluralWord}`;
}

export function formatStylish(result: LintResult, options: FormatOptions): string {
  const c = pc.createColors(options.color);
  const lines: string[] = [];
  if (result.config.file === null) {
    lines.push(c.yellow('No arch-lint config found: using the built-in "recommended" preset (see docs/configuration.md).'));
  }

  const byFile = new Map<string, Row[]>();
  const rowsOf = (file: string): Row[] => {
    let rows = byFile.get(file);
    if (!rows) byFile.set(file, (rows = []));
    return rows;
  };
  for (const finding of result.findings) {
    if (finding.suppressed) continue;
    rowsOf(finding.file).push({ line: finding.line, column: finding.column, severity: finding.severity, message: finding.message, tag: finding.ruleId, related: finding.related });
  }
  for (const problem of result.problems) {
    rowsOf(problem.file ?? '(general)').push({ line: problem.line ?? 0, column: problem.column ?? 0, severity: problem.severity, message: problem.message, tag: problem.code });
  }

  for (const file of [...byFile.keys()].sort()) {
    const rows = byFile.get(file)!;
    lines.push('', c.underline(file));
    // Problems about a whole file have no position.
    const positions = rows.map((row) => (row.line > 0 ? `${row.line}:${row.column}` : ''));
    const width = Math.max(...positions.map((position) => position.length));
    rows.forEach((row, index) => {
      const severity = row.severity === 'error' ? c.red('error  ') : c.yellow('warning');
      // A message's first line is the finding; further lines (the evidence chains) go under it, indented.
      const [headline = '', ...details] = row.message.split('\n');
      const position = positions[index]!.padEnd(Math.max(width, 1));
      lines.push(`  ${c.dim(position)}  ${severity}  ${headline}  ${c.dim(row.tag)}`);
      const indent = ' '.repeat(2 + position.length + 2 + 7 + 2);
      for (const detail of details) lines.push(c.dim(`${indent}${detail}`));
      // The other places of the same integration point: where it is reached from, file:line:col first so a terminal links it.
      const related = row.related ?? [];
      for (const location of related.slice(0, MAX_RELATED_SHOWN)) {
        lines.push(c.dim(`${indent}related ${location.file}:${location.line}:${location.column}  ${location.message}`));
      }
      if (related.length > MAX_RELATED_SHOWN) lines.push(c.dim(`${indent}… and ${related.length - MAX_RELATED_SHOWN} more related locations (--format json lists all)`));
    });
  }

  const { errors, warnings, suppressed, files, calls } = result.summary;
  const total = errors + warnings;
  lines.push('');
  if (total > 0) {
    const summary = `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
    lines.push(errors > 0 ? c.bold(c.red(summary)) : c.bold(c.yellow(summary)));
  } else {
    lines.push(c.green(`✔ No problems found (${plural(files, 'file')}, ${plural(calls, 'call')} checked)`));
  }
  const baselined = result.baseline?.baselined ?? 0;
  if (suppressed > 0) {
    const others = suppressed - baselined;
    const parts = [...(others > 0 ? [`${others} suppressed (waivers or inline directives)`] : []), ...(baselined > 0 ? [`${baselined} baselined (${result.baseline?.file ?? 'baseline'})`] : [])];
    lines.push(c.dim(`  ${parts.join(', ')}`));
  }
  const stale = result.baseline?.stale ?? [];
  if (stale.length > 0) {
    // Debt paid: say so, so the baseline file shrinks.
    lines.push(c.yellow(`  ${plural(stale.length, 'baseline entry', 'baseline entries')} no longer occur${stale.length === 1 ? 's' : ''}; run arch-lint --update-baseline to drop ${stale.length === 1 ? 'it' : 'them'}:`));
    for (const entry of stale.slice(0, 10)) lines.push(c.dim(`    ${entry.file}${entry.symbol ? ` (${entry.symbol})` : ''}  ${entry.rule}${entry.target ? ` → ${entry.target}` : ''}`));
    if (stale.length > 10) lines.push(c.dim(`    … and ${stale.length - 10} more`));
  }
  if (result.problems.length > 0) lines.push(c.dim(`  ${plural(result.problems.length, 'file issue')} listed above (skipped or partly analysed files)`));
  return `${lines.join('\n').replace(/^\n/, '')}\n`;
}
