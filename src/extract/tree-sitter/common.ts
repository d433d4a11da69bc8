/**
 * What every tree-sitter extractor shares: the run loop (pre-filter → grammar → parse → visit),
 * parse-error and grammar-failure problems, inline directives, and small Sym builders.
 */
import type { Directive, FileFacts, Language, Loc, Sym } from '../../model.js';
import { parseDirectiveComment } from '../../judge/suppressions/directives.js';
import { calledNames, emptyFacts } from '../facts.js';
import { parseWith } from './loader.js';
import type { GrammarName, SyntaxNode } from './loader.js';
import { dropTestDoubleCalls, type TestDoubleLanguage } from './test-doubles.js';

export { concat, formatTemplate, grpcTarget, lit } from '../facts.js';

export type { SyntaxNode } from './loader.js';

/** Method names that send a request on an HTTP client instance, lower-cased, mapped to the HTTP method (null = from an argument). */
export const instanceMethods: Record<string, string | null> = {
  get: 'GET', post: 'POST', put: 'PUT', patch: 'PATCH', delete: 'DELETE', head: 'HEAD', options: 'OPTIONS',
  request: null, send: null, fetch: null, stream: null,
};

export const env = (name: string): Sym => ({ kind: 'env', name });
export const config = (key: string): Sym => ({ kind: 'config', key });
export const unknown = (text: string): Sym => ({ kind: 'unknown', text: snippet(text) });

export function alt(options: Sym[]): Sym {
  return options.length === 1 ? (options[0] as Sym) : { kind: 'alt', options };
}

/** `left or right` where an empty string is false (Python's `or`, PHP's `?:`): `right` applies wherever `left` is empty. */
export function orElse(left: Sym, right: Sym): Sym {
  return { kind: 'alt', options: [left, right], falsy: true };
}

/** Node kinds that start a function of their own in the grammars we read: their `return`s are not the outer function's. */
const FUNCTION_NODES: ReadonlySet<string> = new Set([
  'function_declaration', 'method_declaration', 'func_literal', 'function_definition', 'lambda', 'lambda_expression',
  'local_function_statement', 'anonymous_method_expression', 'constructor_declaration', 'class_declaration', 'class_body',
]);

/** The `return` statements of a function itself, not of functions or classes nested in it. */
export function ownReturns(fn: SyntaxNode): SyntaxNode[] {
  const same = (a: SyntaxNode, b: SyntaxNode): boolean => a.startIndex === b.startIndex && a.endIndex === b.endIndex && a.type === b.type;
  return fn.descendantsOfType('return_statement').filter((statement) => {
    for (let parent = statement.parent; parent && !same(parent, fn); parent = parent.parent) if (FUNCTION_NODES.has(parent.type)) return false;
    return true;
  });
}

const SIMPLE_ESCAPES: Record<string, string> = { '"': '"', "'": "'", '\\': '\\', '0': '\0', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', $: '$' };

/**
 * A C-family string literal's text with its escapes decoded (`\"`, `\\`, `\t`, `\u0041`, `\x41`; Go, Java, Kotlin,
 * C# regular strings): a URL written `"/orders?x=\"y\""` is that text, not one with backslashes. An unknown escape
 * stays as written.
 */
export function decodeEscapes(text: string): string {
  if (!text.includes('\\')) return text;
  return text.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|x[0-9a-fA-F]{1,4}|.)/g, (whole, escape: string) => {
    if (/^[uUx]/.test(escape) && escape.length > 1) return String.fromCodePoint(Number.parseInt(escape.slice(1), 16));
    return SIMPLE_ESCAPES[escape] ?? whole;
  });
}

/** Short one-line source text for messages (≤ 120 chars). */
export function snippet(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 120 ? `${oneLine.slice(0, 117)}...` : oneLine;
}

export function locOf(file: string, node: SyntaxNode): Loc {
  return { file, line: node.startPosition.row + 1, column: node.startPosition.column + 1 };
}

/**
 * Replace placeholders in a format string with argument values: `"%s/api" % base`, `"{}/x".format(b)`,
 * `String.format("%s/x", base)`, `fmt.Sprintf`. `pick(match, n)` says which argument a placeholder takes (null = keep text).
 */
/**
 * The text of a value known in full where it is written: a literal, a concatenation of them, or a constant of the same
 * file that holds one (`private const string Api = "https://x/{0}" + "?y=1"`), so a format template kept in a constant
 * can be filled in (`string.Format(Api, id)`). Null for anything else.
 */
export function staticText(sym: Sym, symbols: Readonly<Record<string, Sym>>, depth = 0): string | null {
  if (depth > 8) return null;
  switch (sym.kind) {
    case 'lit':
      return sym.value;
    case 'step':
      return staticText(sym.value, symbols, depth + 1);
    case 'concat': {
      const parts = sym.parts.map((part) => staticText(part, symbols, depth + 1));
      return parts.every((part) => part !== null) ? parts.join('') : null;
    }
    case 'ref': {
      const target = sym.module === null && sym.member.length === 0 && Object.hasOwn(symbols, sym.name) ? symbols[sym.name] : undefined;
      return target ? staticText(target, symbols, depth + 1) : null;
    }
    default:
      return null;
  }
}


/**
 * Inline suppression comments: each `arch-lint-` in the text is looked up in the tree (cheaper than walking
 * every node) and, when it sits in a comment node, parsed by the judge's shared directive parser.
 */
export function collectDirectives(file: string, root: SyntaxNode, content: string): Directive[] {
  const directives: Directive[] = [];
  const seen = new Set<number>();
  for (let index = content.indexOf('arch-lint-'); index >= 0; index = content.indexOf('arch-lint-', index + 1)) {
    // web-tree-sitter indexes a JS string in UTF-16 code units, as indexOf does, so non-ASCII text before it is fine.
    const node = root.descendantForIndex(index);
    if (!node.type.includes('comment') || seen.has(node.id)) continue;
    seen.add(node.id);
    const directive = parseDirectiveComment(node.text, locOf(file, node), nextCodeLine(root, content, node.endIndex));
    if (directive) directives.push(directive);
  }
  return directives;
}

/** Line (1-based) of the first code after `from`, past blank lines and further comments; undefined at the end of the file. */
function nextCodeLine(root: SyntaxNode, content: string, from: number): number | undefined {
  let index = from;
  for (;;) {
    while (index < content.length && /\s/.test(content[index]!)) index++;
    if (index >= content.length) return undefined;
    const node = root.descendantForIndex(index);
    if (!node.type.includes('comment') || node.endIndex <= index) return node.startPosition.row + 1 + (content.slice(node.startIndex, index).split('\n').length - 1);
    index = node.endIndex;
  }
}

function firstErrorNode(node: SyntaxNode): SyntaxNode | null {
  if (node.isError || node.isMissing) return node;
  for (const child of node.children) {
    if (child.hasError || child.isMissing) {
      const found = firstErrorNode(child);
      if (found) return found;
    }
  }
  // A token the parser had to invent (an empty identifier where the grammar lacks a newer syntax, `cond ? [] : …` in
  // C# 12) is flagged on itself though not reported as missing: it is where the error is.
  return node.hasError && node.childCount === 0 ? node : null;
}

const failedGrammars = new Set<GrammarName>();

export interface TreeSitterExtraction {
  file: string;
  content: string;
  language: Language;
  grammar: GrammarName;
  /** Cheap textual test: false = the file cannot contain a call, a URL, an env or config read; skip parsing. */
  worthParsing(content: string): boolean;
  /** Parse even when `worthParsing` says no: the file calls a wrapper (resolve/wrapper-callers.ts). */
  force?: boolean;
  /** Rewrite the text before parsing, keeping every offset (e.g. blank out syntax the grammar does not know). */
  prepare?(content: string): string;
  /** Walk the tree and fill `facts`. May throw: the runner turns that into a Problem. */
  visit(root: SyntaxNode, facts: FileFacts): void;
  /** The language's call shape and mocking libraries: calls written on test doubles are dropped (see test-doubles.ts). */
  testDoubles?: TestDoubleLanguage;
}

/** The run loop every tree-sitter extractor uses. Never throws. */
export async function extractWithTreeSitter(job: TreeSitterExtraction): Promise<FileFacts> {
  const { file, content, language, grammar } = job;
  const facts = emptyFacts(file, language);
  if (!job.force && !job.worthParsing(content)) {
    facts.calledNames = calledNames(content);
    return facts;
  }
  let tree;
  try {
    tree = await parseWith(grammar, job.prepare ? job.prepare(content) : content);
  } catch (error) {
    // One problem per language, not one per file: the rest of the scan (other languages) goes on.
    if (!failedGrammars.has(grammar)) {
      failedGrammars.add(grammar);
      facts.problems.push({
        file: null,
        severity: 'error',
        code: 'grammar-unavailable',
        message: `${error instanceof Error ? error.message : String(error)}; ${language} files are not analysed, other languages are`,
      });
    }
    return facts;
  }
  try {
    const root = tree.rootNode;
    if (root.hasError) {
      const bad = firstErrorNode(root) ?? root;
      facts.problems.push({
        file,
        line: bad.startPosition.row + 1,
        column: bad.startPosition.column + 1,
        severity: 'warning',
        code: 'parse-error',
        message: `${language} syntax error; calls in the parts that parsed are still reported`,
      });
    }
    if (content.includes('arch-lint-')) facts.directives = collectDirectives(file, root, content);
    job.visit(root, facts);
    if (job.testDoubles) dropTestDoubleCalls(root, content, facts, job.testDoubles);
  } catch (error) {
    facts.problems.push({
      file,
      severity: 'warning',
      code: 'extract-failed',
      message: `could not analyse this ${language} file (${error instanceof Error ? error.message : String(error)}); the rest of the scan goes on`,
    });
  } finally {
    tree.delete();
  }
  return facts;
}
