/**
 * Where a target's URL literal is, for fixes. The resolver knows the binding a target's value came from
 * (`Target.binding`, the value's line and column); this finds the binding's value text at that place in the
 * file and records it as `Target.literal` (with its character offset), so a fix can rewrite exactly it.
 */
import { contentHash } from '../content-hash.js';
import type { Binding, FileFacts, Finding, Loc, ResolvedCall } from '../model.js';


/**
 * A copy of `findings` whose fixes record the hash of the file content their range was computed on
 * (`contentOf` returns the text the literals were read from, undefined/null when it was not read), so a
 * fix is never applied to a file that changed anywhere since the scan.
 */
export function withContentHashes(findings: readonly Finding[], contentOf: (file: string) => string | null | undefined): Finding[] {
  return findings.map((finding) => {
    if (!finding.fix || finding.fix.contentHash !== undefined) return finding;
    const content = contentOf(finding.fix.file);
    return typeof content === 'string' ? { ...finding, fix: { ...finding.fix, contentHash: contentHash(content) } } : finding;
  });
}

/** 0-based character offset of a 1-based line and column, or null when the file has no such place. */
export function offsetOf(content: string, line: number, column: number): number | null {
  if (line < 1 || column < 1) return null;
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const next = content.indexOf('\n', offset);
    if (next === -1) return null;
    offset = next + 1;
  }
  const end = content.indexOf('\n', offset);
  const lineLength = (end === -1 ? content.length : end) - offset;
  return column - 1 <= lineLength ? offset + column - 1 : null;
}

/**
 * The offset of `text` at `loc`: exactly there, or just after an opening quote there, or (for readers that
 * point at the key, like `.env` `KEY=value`) the only occurrence later on the same line. Null when not found
 * or ambiguous, so no fix is offered rather than a wrong one.
 */
export function literalOffset(content: string, loc: Pick<Loc, 'line' | 'column'>, text: string): number | null {
  if (text === '') return null;
  const start = offsetOf(content, loc.line, loc.column);
  if (start === null) return null;
  if (content.startsWith(text, start)) return start;
  const quote = content[start];
  if ((quote === '"' || quote === "'") && content.startsWith(text, start + 1)) return start + 1;
  const lineEnd = content.indexOf('\n', start);
  const rest = content.slice(start, lineEnd === -1 ? content.length : lineEnd);
  const first = rest.indexOf(text);
  if (first === -1 || rest.indexOf(text, first + 1) !== -1) return null;
  return start + first;
}

/** Bindings by `file:line:column`, the key `Target.binding` points with. */
function bindingsByLoc(facts: readonly FileFacts[]): Map<string, Binding[]> {
  const byLoc = new Map<string, Binding[]>();
  for (const binding of facts.flatMap((fileFacts) => fileFacts.bindings)) {
    const key = `${binding.loc.file}:${binding.loc.line}:${binding.loc.column}`;
    byLoc.set(key, [...(byLoc.get(key) ?? []), binding]);
  }
  return byLoc;
}

/**
 * A copy of `calls` where each target that got its URL from one binding whose value is a plain absolute URL
 * (no `${…}`) and whose URL starts with that value carries `literal`. Targets that already have one keep it.
 * `readContent` returns a root-relative file's text (null when unreadable).
 */
export async function attachBindingLiterals(
  calls: readonly ResolvedCall[],
  facts: readonly FileFacts[],
  readContent: (file: string) => Promise<string | null>,
): Promise<ResolvedCall[]> {
  const byLoc = bindingsByLoc(facts);
  const contents = new Map<string, Promise<string | null>>();
  const contentOf = (file: string) => {
    let content = contents.get(file);
    if (!content) {
      content = readContent(file).catch(() => null);
      contents.set(file, content);
    }
    return content;
  };
  const result: ResolvedCall[] = [];
  for (const call of calls) {
    const targets = [];
    for (const target of call.targets) {
      if (target.literal || !target.binding || target.url === null) {
        targets.push(target);
        continue;
      }
      const { file, line, column } = target.binding;
      const candidates = byLoc.get(`${file}:${line}:${column}`) ?? [];
      const values = [...new Set(candidates.map((binding) => binding.value))];
      const value = values.length === 1 ? values[0] : undefined;
      const usable = value !== undefined && !value.includes('${') && /^https?:\/\/[^/\s]/i.test(value) && target.url.toLowerCase().startsWith(value.replace(/\/+$/, '').toLowerCase());
      const content = usable ? await contentOf(file) : null;
      const offset = content !== null && value !== undefined ? literalOffset(content, target.binding, value) : null;
      if (offset === null || content === null || value === undefined) {
        targets.push(target);
        continue;
      }
      const before = content.slice(0, offset);
      const literalLine = before.split('\n').length;
      const literalColumn = offset - before.lastIndexOf('\n');
      targets.push({ ...target, literal: { file, line: literalLine, column: literalColumn, offset, text: value } });
    }
    result.push({ ...call, targets });
  }
  return result;
}

/** `(src/api.ts:5)` in a `via` step: a place the value passed through. */
const VIA_PLACE = /\(([^()\s]+):(\d+)(?:, [^()]*)?\)/g;
/** A quoted string on one line: '…', "…" or `…` (escapes skipped). */
const QUOTED = /(['"`])((?:\\.|(?!\1)[^\\])*)\1/g;

/**
 * A copy of `calls` where each target without a binding or literal whose URL starts with exactly one quoted
 * absolute URL on the lines of its evidence chain (the call's line and each `(file:line)` of `via`) carries
 * that string as `literal`. For a template string only the part before its first `${` counts.
 * Two different candidate strings → none: no fix is better than a fix in the wrong place.
 */
export async function attachCodeLiterals(calls: readonly ResolvedCall[], readContent: (file: string) => Promise<string | null>): Promise<ResolvedCall[]> {
  const contents = new Map<string, Promise<string | null>>();
  const contentOf = (file: string) => {
    let content = contents.get(file);
    if (!content) {
      content = readContent(file).catch(() => null);
      contents.set(file, content);
    }
    return content;
  };
  const result: ResolvedCall[] = [];
  for (const call of calls) {
    const targets = [];
    for (const target of call.targets) {
      if (target.literal || target.binding || target.url === null || !/^https?:\/\//i.test(target.url)) {
        targets.push(target);
        continue;
      }
      const places = new Map<string, { file: string; line: number }>([[`${call.file}:${call.line}`, { file: call.file, line: call.line }]]);
      for (const step of target.via) {
        for (const match of step.matchAll(VIA_PLACE)) {
          const file = match[1] ?? '';
          const line = Number(match[2]);
          places.set(`${file}:${line}`, { file, line });
        }
      }
      const found = new Map<string, NonNullable<(typeof target)['literal']>>();
      for (const place of places.values()) {
        const content = await contentOf(place.file);
        if (content === null) continue;
        for (const literal of urlLiteralsOnLine(content, place.file, place.line)) {
          if (target.url.toLowerCase().startsWith(literal.text.toLowerCase())) found.set(`${literal.file}:${literal.offset}`, literal);
        }
      }
      const [only] = found.values();
      targets.push(found.size === 1 && only ? { ...target, literal: only } : target);
    }
    result.push({ ...call, targets });
  }
  return result;
}

function urlLiteralsOnLine(content: string, file: string, line: number): NonNullable<ResolvedCall['targets'][number]['literal']>[] {
  const start = offsetOf(content, line, 1);
  if (start === null) return [];
  const end = content.indexOf('\n', start);
  const text = content.slice(start, end === -1 ? content.length : end);
  const literals = [];
  for (const match of text.matchAll(QUOTED)) {
    const quote = match[1] ?? '';
    let value = match[2] ?? '';
    if (quote === '`') value = value.split('${')[0] ?? '';
    if (!/^https?:\/\/[^/\s'"`]+/i.test(value) || value.includes('\\')) continue;
    const column = (match.index ?? 0) + 2;
    literals.push({ file, line, column, offset: start + column - 1, text: value });
  }
  return literals;
}

/** Both: binding values first, then string literals in code. */
export async function attachLiterals(
  calls: readonly ResolvedCall[],
  facts: readonly FileFacts[],
  readContent: (file: string) => Promise<string | null>,
): Promise<ResolvedCall[]> {
  return attachCodeLiterals(await attachBindingLiterals(calls, facts, readContent), readContent);
}
