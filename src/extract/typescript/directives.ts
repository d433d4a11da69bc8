/**
 * Inline suppression comments (`// arch-lint-disable-next-line rule-a, rule-b -- reason until 2027-01-31`).
 * Parsed here into Directive records; the judge decides what they suppress.
 * Works on comment text, so other extractors whose languages use `//` or `/* *\/` comments can reuse it.
 */
import type { Directive } from '../../model.js';

const DIRECTIVE = /(?:\/\/|\/\*)\s*arch-lint-(disable-next-line|disable-line|disable|enable)\b([^\n]*)/g;

/** Parse the text after the directive keyword: `rule-a, rule-b -- reason until 2027-01-31`. */
export function parseDirectiveBody(body: string): Pick<Directive, 'rules' | 'reason' | 'until'> {
  let text = body.replace(/\*\/.*$/, '').trim();
  let until: string | null = null;
  const untilMatch = /\buntil\s+(\d{4}-\d{2}-\d{2})\b/.exec(text);
  if (untilMatch) {
    until = untilMatch[1] ?? null;
    text = (text.slice(0, untilMatch.index) + text.slice(untilMatch.index + untilMatch[0].length)).trim();
  }
  const separator = text.indexOf('--');
  const rulesText = separator >= 0 ? text.slice(0, separator) : text;
  const reasonText = separator >= 0 ? text.slice(separator + 2).trim() : '';
  const rules = rulesText
    .split(/[\s,]+/)
    .map((rule) => rule.trim())
    .filter((rule) => rule.length > 0);
  return { rules, reason: reasonText.length > 0 ? reasonText : null, until };
}

/** Every directive in a file's text, with 1-based lines. */
export function findDirectives(file: string, content: string): Directive[] {
  if (!content.includes('arch-lint-')) return [];
  const directives: Directive[] = [];
  const lineStarts = [0];
  for (let index = 0; index < content.length; index++) if (content.charCodeAt(index) === 10) lineStarts.push(index + 1);
  for (const match of content.matchAll(DIRECTIVE)) {
    const offset = match.index ?? 0;
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lineStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    const line = low + 1;
    const kind = match[1] as Directive['kind'];
    const body = parseDirectiveBody(match[2] ?? '');
    directives.push({
      kind,
      ...body,
      loc: { file, line, column: offset - (lineStarts[low] ?? 0) + 1 },
      appliesToLine: kind === 'disable-next-line' ? line + 1 : line,
    });
  }
  return directives;
}
