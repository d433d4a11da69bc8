/**
 * ESLint-like text for a person at a terminal: findings and problems grouped by file, `line:col  severity  message
 * rule`, each finding's evidence as a short vertical chain (one hop a line) and its related locations under it,
 * then the summary: counts, calls by zone (what could not be judged included), and each rule's advice once.
 * Every line is wrapped to `options.width` (the terminal's width). Suppressed findings are counted, not listed.
 */
import pc from 'picocolors';
import type { LintResult, RelatedLocation, ResolvedCall, Zone } from '../model.js';
import { RULE_ADVICE } from '../judge/rule-advice.js';
import type { FormatOptions } from './index.js';

interface Row {
  line: number;
  column: number;
  severity: 'error' | 'warning';
  message: string;
  tag: string;
  related?: RelatedLocation[] | undefined;
}

/** Width when none is given (not a terminal, no COLUMNS). */
const DEFAULT_WIDTH = 100;
/** Narrower than this, wrapping would leave no room for text: wrap as if this wide. */
const MIN_WIDTH = 40;
/** Related locations listed under a finding (without --verbose) before the rest is summarised in one line. */
const MAX_RELATED_SHOWN = 10;
/** Hops of an evidence chain shown (without --verbose): the first ones and the last, which holds the value. */
const MAX_HOPS_SHOWN = 4;
/** Unresolved calls listed in the summary (without --verbose). */
const MAX_UNRESOLVED_SHOWN = 5;
/** Hosts in no zone listed in the summary. */
const MAX_NO_ZONE_HOSTS_SHOWN = 5;

const ZONE_WORDS: Readonly<Record<Zone, string>> = {
  gateway: 'gateway',
  esb: 'esb',
  internal: 'internal',
  external: 'external',
  local: 'local',
  self: 'self',
  unknown: 'in no zone',
  unresolved: 'unresolved',
};

function plural(count: number, word: string, pluralWord = `${word}s`): string {
  return `${count} ${count === 1 ? word : pluralWord}`;
}

/**
 * `text` broken into lines of at most `width` characters: the first starts with `first`, the others with `rest`.
 * Breaks at spaces; a word longer than a line (a URL) is cut.
 */
export function wrap(text: string, width: number, first: string, rest: string): string[] {
  const lines: string[] = [];
  let prefix = first;
  let line = '';
  const room = (): number => Math.max(1, width - prefix.length);
  const flush = (): void => {
    lines.push(prefix + line);
    prefix = rest;
    line = '';
  };
  // Words and the spaces between them (kept as written: two spaces set the rule id apart).
  const parts = text.split(/( +)/);
  for (let index = 0; index < parts.length; index += 2) {
    const word = parts[index]!;
    if (word === '') continue;
    const space = line === '' ? '' : (parts[index - 1] ?? ' ');
    if (line.length + space.length + word.length <= room()) {
      line += space + word;
      continue;
    }
    let remaining = word;
    if (remaining.length > width - rest.length) {
      // Longer than any line: cut it, starting on this line when there is room.
      if (line !== '' && room() - line.length - space.length >= 8) {
        const head = remaining.slice(0, room() - line.length - space.length);
        line += space + head;
        remaining = remaining.slice(head.length);
      }
      if (line !== '') flush();
      while (remaining.length > room()) {
        line = remaining.slice(0, room());
        remaining = remaining.slice(line.length);
        flush();
      }
    } else if (line !== '') {
      flush();
    }
    line = remaining;
  }
  if (line !== '' || lines.length === 0) lines.push(prefix + line);
  return lines;
}

/** The first path segment (a service's folder in a monorepo). */
const topFolder = (file: string): string => file.split('/')[0] ?? '';

/**
 * An evidence line (`↳ url (service) via a → b → c`) as a vertical chain: the target, then one hop a line.
 * Without `verbose`, paths in the finding's own top folder are shortened to `…/name:line` and long chains keep their
 * first hops and the last one.
 */
function evidenceChain(detail: string, file: string, verbose: boolean): { head: string; hops: string[] } {
  const body = detail.slice(2);
  const at = body.indexOf(' via ');
  const head = `↳ ${at < 0 ? body : body.slice(0, at)}`;
  let hops = at < 0 ? [] : body.slice(at + 5).split(' → ');
  if (!verbose) {
    const folder = topFolder(file);
    hops = hops.map((hop) => hop.replace(/\(([^()\s,]+)\/([^()\s,/]+:\d+)/g, (whole, dir: string, name: string) => (topFolder(dir) === folder ? `(…/${name}` : whole)));
    if (hops.length > MAX_HOPS_SHOWN) {
      const hidden = hops.length - MAX_HOPS_SHOWN;
      hops = [...hops.slice(0, MAX_HOPS_SHOWN - 1), `… ${plural(hidden, 'more hop')} (--verbose shows them)`, hops[hops.length - 1]!];
    }
  }
  return { head, hops };
}

/** Calls with no resolved target: what a reader must know was not checked. */
function unresolvedCalls(calls: readonly ResolvedCall[]): ResolvedCall[] {
  return calls.filter((call) => call.targets.length === 0 || call.targets.every((target) => target.zone === 'unresolved'));
}

export function formatStylish(result: LintResult, options: FormatOptions): string {
  const c = pc.createColors(options.color);
  const width = Math.max(MIN_WIDTH, options.width ?? DEFAULT_WIDTH);
  const verbose = options.verbose === true;
  const lines: string[] = [];
  const push = (text: string, first: string, rest: string, paint: (s: string) => string = (s) => s): void => {
    for (const line of wrap(text, width, first, rest)) lines.push(paint(line));
  };
  if (result.config.file === null) {
    push('No arch-lint config found: using the built-in "recommended" preset. Run arch-lint init to write one (docs/configuration.md).', '', '  ', c.yellow);
  }

  const byFile = new Map<string, Row[]>();
  const rowsOf = (file: string): Row[] => {
    let rows = byFile.get(file);
    if (!rows) byFile.set(file, (rows = []));
    return rows;
  };
  const advised = new Set<string>();
  for (const finding of result.findings) {
    if (finding.suppressed) continue;
    const advice = RULE_ADVICE[finding.ruleId];
    let message = finding.message;
    if (advice !== undefined && message.includes(advice)) {
      // Said once for the rule, after the summary.
      message = message.replace(` ${advice}`, '').replace(advice, '');
      advised.add(finding.ruleId);
    }
    rowsOf(finding.file).push({ line: finding.line, column: finding.column, severity: finding.severity, message, tag: finding.ruleId, related: finding.related });
  }
  for (const problem of result.problems) {
    rowsOf(problem.file ?? '(general)').push({ line: problem.line ?? 0, column: problem.column ?? 0, severity: problem.severity, message: problem.message, tag: problem.code });
  }

  for (const file of [...byFile.keys()].sort()) {
    const rows = byFile.get(file)!;
    lines.push('');
    push(file, '', '', c.underline);
    // Problems about a whole file have no position.
    const positions = rows.map((row) => (row.line > 0 ? `${row.line}:${row.column}` : ''));
    const positionWidth = Math.max(1, ...positions.map((position) => position.length));
    let previous: { position: string; evidence: string } | null = null;
    rows.forEach((row, index) => {
      const severity = row.severity === 'error' ? 'error  ' : 'warning';
      // A message's first line is the finding; further lines (the evidence chains) go under it, indented.
      const [headline = '', ...details] = row.message.split('\n');
      // Two findings at one place (no-direct-integration and undeclared-integration on one client) share their
      // evidence and related locations: show them under the first only.
      const evidence = JSON.stringify([details, row.related ?? []]);
      const repeated = !verbose && previous !== null && previous.position === positions[index] && previous.evidence === evidence && (details.length > 0 || (row.related ?? []).length > 0);
      previous = { position: positions[index]!, evidence };
      const position = positions[index]!.padEnd(positionWidth);
      const indent = ' '.repeat(2 + positionWidth + 2 + 7 + 2);
      const start = lines.length;
      push(`${headline}  ${row.tag}`, indent, indent);
      // Colour the first line's columns and the rule id, now that the text is wrapped.
      const first = lines[start]!.slice(indent.length);
      lines[start] = `  ${c.dim(position)}  ${row.severity === 'error' ? c.red(severity) : c.yellow(severity)}  ${first}`;
      const last = lines.length - 1;
      if (lines[last]!.endsWith(row.tag)) lines[last] = `${lines[last]!.slice(0, -row.tag.length)}${c.dim(row.tag)}`;
      if (repeated) {
        push('↳ the same evidence and related locations as above (--verbose repeats them)', indent, `${indent}  `, c.dim);
        return;
      }
      for (const detail of details) {
        if (!detail.startsWith('↳ ')) {
          push(detail, indent, `${indent}  `, c.dim);
          continue;
        }
        const chain = evidenceChain(detail, file, verbose);
        push(chain.head, indent, `${indent}  `, c.dim);
        chain.hops.forEach((hop, hopIndex) => push(`${hopIndex === 0 ? 'via' : '→'} ${hop}`, `${indent}  `, `${indent}    `, c.dim));
      }
      // The other places of the same integration point: where it is reached from, file:line:col first so a terminal links it.
      const related = row.related ?? [];
      const shown = verbose ? related : related.slice(0, MAX_RELATED_SHOWN);
      for (const location of shown) {
        // In the finding's own file the path adds nothing (it heads the group): line and column only.
        const where = location.file === file && !verbose ? `${location.line}:${location.column}` : `${location.file}:${location.line}:${location.column}`;
        push(`related ${where}  ${location.message}`, indent, `${indent}        `, c.dim);
      }
      if (related.length > shown.length) push(`… and ${related.length - shown.length} more related locations (--verbose or --format json lists all)`, indent, indent, c.dim);
    });
  }

  const { errors, warnings, suppressed, files, calls } = result.summary;
  const total = errors + warnings;
  const zones = result.summary.zones;
  const unresolved = zones?.unresolved ?? 0;
  const noZone = zones?.unknown ?? 0;
  lines.push('');
  if (total > 0) {
    const summary = `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
    push(summary, '', '  ', errors > 0 ? (s) => c.bold(c.red(s)) : (s) => c.bold(c.yellow(s)));
  } else if ((options.hiddenWarnings ?? 0) > 0) {
    push(`✔ No errors (${plural(options.hiddenWarnings!, 'warning')} not shown: --quiet)`, '', '  ', c.green);
  } else if (unresolved + noZone > 0) {
    // Never "no problems" when part of the calls could not be judged at all.
    const parts = [...(unresolved > 0 ? [`${unresolved} unresolved`] : []), ...(noZone > 0 ? [`${noZone} to hosts in no zone`] : [])];
    push(`⚠ No problems found, but ${unresolved + noZone} of ${plural(calls, 'call')} could not be judged: ${parts.join(', ')} (${plural(files, 'file')} scanned)`, '', '  ', (s) => c.bold(c.yellow(s)));
  } else {
    push(`✔ No problems found (${plural(files, 'file')}, ${plural(calls, 'call')} checked)`, '', '  ', c.green);
  }
  const baselined = result.baseline?.baselined ?? 0;
  if (suppressed > 0) {
    const others = suppressed - baselined;
    const parts = [...(others > 0 ? [`${others} suppressed (waivers or inline directives)`] : []), ...(baselined > 0 ? [`${baselined} baselined (${result.baseline?.file ?? 'baseline'})`] : [])];
    push(parts.join(', '), '  ', '    ', c.dim);
  }
  if (zones !== undefined && calls > 0) {
    const counts = (Object.keys(ZONE_WORDS) as Zone[]).filter((zone) => (zones[zone] ?? 0) > 0).map((zone) => `${zones[zone]} ${ZONE_WORDS[zone]}`);
    push(`Calls by zone: ${counts.join(', ')}`, '  ', '    ', c.dim);
  }
  const hosts = result.summary.noZoneHosts ?? [];
  if (hosts.length > 0) {
    const listed = hosts.slice(0, MAX_NO_ZONE_HOSTS_SHOWN).map((entry) => `${entry.host} (${plural(entry.calls, 'call')})`);
    const more = hosts.length > MAX_NO_ZONE_HOSTS_SHOWN ? `, and ${hosts.length - MAX_NO_ZONE_HOSTS_SHOWN} more` : '';
    push(`Hosts in no zone (add them to zones in the config): ${listed.join(', ')}${more}`, '  ', '    ', c.yellow);
  }
  const notResolved = unresolvedCalls(result.calls);
  if (notResolved.length > 0) {
    const shown = verbose ? notResolved : notResolved.slice(0, MAX_UNRESOLVED_SHOWN);
    push(`Unresolved calls (the URL could not be worked out; see unknown-target and docs/configuration.md):`, '  ', '    ', c.yellow);
    for (const call of shown) {
      const expression = /^['"`]/.test(call.expression) ? call.expression : `\`${call.expression}\``;
      const why = call.targets[0]?.via.at(-1);
      push(`${call.file}:${call.line}:${call.column}  ${call.client}${call.method ? ` ${call.method}` : ''} ${expression}${why ? ` (${why})` : ''}`, '    ', '      ', c.dim);
    }
    if (notResolved.length > shown.length) push(`… and ${notResolved.length - shown.length} more (--verbose or --format json lists all)`, '    ', '      ', c.dim);
  }
  const stale = result.baseline?.stale ?? [];
  if (stale.length > 0) {
    // Debt paid: say so, so the baseline file shrinks.
    push(`${plural(stale.length, 'baseline entry', 'baseline entries')} no longer occur${stale.length === 1 ? 's' : ''}; run arch-lint --update-baseline to drop ${stale.length === 1 ? 'it' : 'them'}:`, '  ', '    ', c.yellow);
    for (const entry of stale.slice(0, 10)) push(`${entry.file}${entry.symbol ? ` (${entry.symbol})` : ''}  ${entry.rule}${entry.target ? ` → ${entry.target}` : ''}`, '    ', '      ', c.dim);
    if (stale.length > 10) push(`… and ${stale.length - 10} more`, '    ', '      ', c.dim);
  }
  if (result.problems.length > 0) push(`${plural(result.problems.length, 'file issue')} listed above (skipped or partly analysed files)`, '  ', '    ', c.dim);
  if (advised.size > 0) {
    lines.push('');
    push('What to do (arch-lint explain <rule> has the rest):', '', '', c.bold);
    for (const ruleId of [...advised].sort()) push(`${ruleId}: ${RULE_ADVICE[ruleId]}`, '  ', '    ');
  }
  return `${lines.join('\n').replace(/^\n/, '')}\n`;
}
