/**
 * Inline suppression comments (`// arch-lint-disable-next-line rule-a, rule-b -- reason until 2027-01-31`).
 * Found here, in real comments only (a `// arch-lint-…` inside a string, template or JSX text is not one), and
 * parsed by the judge's shared parser, so every language reads a directive the same way (JSDoc-style block
 * comments, a malformed `until` date, `disable-next-line` covering the next line with code).
 */
import type { ts } from 'ts-morph';
import { parseDirectiveComment } from '../../judge/suppressions/directives.js';
import type { Directive } from '../../model.js';
import { syntax as typescript } from './compiler.js';

const MARKER = 'arch-lint-';

function scriptKind(file: string): ts.ScriptKind {
  const extension = /\.[^./]+$/.exec(file)?.[0]?.toLowerCase() ?? '';
  if (extension === '.tsx') return typescript.ScriptKind.TSX;
  if (extension === '.jsx') return typescript.ScriptKind.JSX;
  if (extension === '.js' || extension === '.mjs' || extension === '.cjs') return typescript.ScriptKind.JS;
  return typescript.ScriptKind.TS;
}

/** The deepest token whose full range (leading trivia included) holds `position`. */
function tokenAt(sf: ts.SourceFile, position: number): ts.Node {
  let node: ts.Node = sf;
  for (;;) {
    // A `/** … */` comment is also parsed as a JSDoc node: it is still trivia of the token after it.
    const child = node.getChildren(sf).find((candidate) => candidate.kind !== typescript.SyntaxKind.JSDoc && candidate.pos <= position && position < candidate.end);
    if (!child) return node;
    node = child;
  }
}

/** The comment holding `position`, among the comments in the trivia before `token`. */
function commentAt(text: string, token: ts.Node, position: number): ts.CommentRange | undefined {
  const ranges = [...(typescript.getTrailingCommentRanges(text, token.pos) ?? []), ...(typescript.getLeadingCommentRanges(text, token.pos) ?? [])];
  return ranges.find((range) => range.pos <= position && position < range.end);
}

/** Every directive in a file's text, with 1-based lines. */
export function findDirectives(file: string, content: string): Directive[] {
  // Most files have none: no parse for them.
  if (!content.includes(MARKER)) return [];
  const sf = typescript.createSourceFile(file, content, typescript.ScriptTarget.Latest, false, scriptKind(file));
  const directives: Directive[] = [];
  const seen = new Set<number>();
  for (let index = content.indexOf(MARKER); index >= 0; index = content.indexOf(MARKER, index + 1)) {
    const token = tokenAt(sf, index);
    // Inside the token's own text (a string, template, regex or JSX text): not a comment.
    if (index >= token.getStart(sf) && token.kind !== typescript.SyntaxKind.EndOfFileToken) continue;
    const comment = commentAt(content, token, index);
    if (!comment || seen.has(comment.pos)) continue;
    seen.add(comment.pos);
    const start = sf.getLineAndCharacterOfPosition(comment.pos);
    // `disable-next-line` covers the next line with code: the token after the comment (unless the file ends first).
    const nextCodeLine = token.kind === typescript.SyntaxKind.EndOfFileToken ? undefined : sf.getLineAndCharacterOfPosition(token.getStart(sf)).line + 1;
    const directive = parseDirectiveComment(content.slice(comment.pos, comment.end), { file, line: start.line + 1, column: start.character + 1 }, nextCodeLine);
    if (directive) directives.push(directive);
  }
  return directives;
}
