/**
 * TypeScript/JavaScript extractor: syntax only (TypeScript's parser from ts-morph, no Program, no checker),
 * so a cold scan of thousands of files stays within the performance budget (DESIGN.md).
 */
import type { ts } from 'ts-morph';
import { saveCompilerCodeCache, syntax as typescript } from './compiler.js';
import type { FileFacts, Language } from '../../model.js';
import { emptyFacts } from '../facts.js';
import type { SourceExtractor } from '../index.js';
import { findDirectives } from './directives.js';
import { vendoredLibrary } from './vendored.js';
import { FileWalker } from './walker.js';
import { CLIENT_LIBRARIES } from './clients.js';

/**
 * Cheap textual pre-filter. A file matching none of these tokens cannot hold an HTTP call, a client,
 * a URL or path literal, an env/config read, or (most likely) a wrapper invocation, and is not parsed.
 * Deliberately broad (recall first): `http`, `fetch`, `request`, `api`, `client`, verb-named method
 * calls, a quoted path, `://`, `process.env`, a name ending in `_URL`/`_URI`/`_HOST`/`_ENDPOINT` (a setting read through a helper,
 * `export const STORE_URL = readEnv('STORE_URL')`), re-exports (barrels). Tokens count in code and strings only, not in
 * comments ("pure helpers, no HTTP calls" must not cost a parse). Known gap: a file whose only relevance is exporting a
 * host-name constant without `://` or `/` (e.g. `export const HOST = 'importer-api'`) is skipped.
 */
const TOKENS =
  /fetch|axios|\bgot\b|http|request|\bky\b|superagent|ofetch|api|client|base_?ur[li]|prefixUrl|\buri\b|_(?:url|uri|host|endpoint)\b|process\.env|import\.meta|config|:\/\/|['"`]\/|\.(?:get|post|put|patch|delete|del|head|options|ajax|getJSON)\s*\(|HttpLink|grpc|\bcy\.|EventSource|sendBeacon|export\s*(?:\*|\{[^}]*\}\s*from)/i;

/** The tokens, or an import of any library of the client table (an SDK's `'@sentry/browser'` may be all a file shows). */
const LIBRARY_NAMES = Object.keys(CLIENT_LIBRARIES)
  .filter((name) => !TOKENS.test(name))
  .map((name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
const LIBRARY_IMPORT = new RegExp(`['"\`](?:${LIBRARY_NAMES.join('|')})['"\`/]`, 'i');
/** Imports sit at the top of a module: the library names are looked for in its first 4 KB only. */
const IMPORT_REGION = 4096;
const MAY_MATTER = { test: (text: string): boolean => TOKENS.test(text) || LIBRARY_IMPORT.test(text.length > IMPORT_REGION ? text.slice(0, IMPORT_REGION) : text) };

/**
 * Comments and string literals, for taking comments out before the pre-filter: a word in a comment ("no HTTP
 * here", "the API client") is not code. Strings are matched so that a `//` inside one (a URL) is not taken for a
 * comment. Approximate by design (no regex literals, no nested templates): a mistake can only keep text, except
 * where a regex literal holds `//` or `/*` outside a character class, which the look-behinds mostly exclude.
 */
const COMMENT_OR_STRING = /"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\[\s\S])*`|(?<![\\[:])\/\/[^\n]*|(?<![\\[])\/\*[\s\S]*?\*\//g;

/** The text with its comments blanked out (strings kept). */
function withoutComments(content: string): string {
  return content.replace(COMMENT_OR_STRING, (match) => (match.charCodeAt(0) === 0x2f /* '/' */ ? ' ' : match));
}

/** Whether the file may hold facts: a pre-filter token in its code or strings (comments do not count). */
export function mayContainFacts(content: string): boolean {
  // Most files match nothing at all: the cheap test first, the comment-free text only for files that match.
  return MAY_MATTER.test(content) && MAY_MATTER.test(withoutComments(content));
}

function scriptKind(file: string): ts.ScriptKind {
  const extension = /\.[^./]+$/.exec(file)?.[0]?.toLowerCase() ?? '';
  switch (extension) {
    case '.tsx':
      return typescript.ScriptKind.TSX;
    case '.js':
    case '.mjs':
    case '.cjs':
      return typescript.ScriptKind.JS;
    case '.jsx':
      return typescript.ScriptKind.JSX;
    default:
      return typescript.ScriptKind.TS;
  }
}

const { FirstNode, FirstTypeNode, LastTypeNode, InterfaceDeclaration, TypeAliasDeclaration } = typescript.SyntaxKind;

/**
 * Set `parent` on every node the walker can reach: all but the insides of types (`x: Map<string, Y>`, interfaces, type
 * aliases), which it never enters. Cheaper than the parser's own pass (which also walks types and keeps a work list
 * per node): about a third less parse time on a real monorepo (docs/performance.md).
 */
export function setParents(root: ts.Node): void {
  const stack: ts.Node[] = [root];
  let parent: ts.Node = root;
  const link = (child: ts.Node): undefined => {
    (child as { parent: ts.Node }).parent = parent;
    const kind = child.kind;
    // Tokens (identifiers, literals, keywords) have no children: no need to visit them.
    if (kind >= FirstNode && !((kind >= FirstTypeNode && kind <= LastTypeNode) || kind === InterfaceDeclaration || kind === TypeAliasDeclaration)) stack.push(child);
    return undefined;
  };
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    parent = next;
    typescript.forEachChild(next, link);
  }
}

/** Extract facts from one TS/JS file. Never throws: a failure becomes a Problem. */
export function extractTypeScript(file: string, content: string, language: Language): FileFacts {
  const facts = emptyFacts(file, language);
  facts.directives = findDirectives(file, content);
  if (!mayContainFacts(content)) return facts;
  const vendored = language === 'javascript' ? vendoredLibrary(content) : null;
  if (vendored !== null) {
    facts.problems.push({
      file,
      severity: 'warning',
      code: 'vendored-library',
      message: `looks like a bundled third-party library (${vendored}): its requests are the library's own, not the project's; skipped it`,
    });
    return facts;
  }
  try {
    // JSDoc is never read (directives are found in the text): not parsing it costs less and changes no fact.
    const options = { languageVersion: typescript.ScriptTarget.Latest, jsDocParsingMode: typescript.JSDocParsingMode.ParseNone };
    // Parent pointers are set below, not by the parser: its pass visits every node, types included.
    const sf = typescript.createSourceFile(file, content, options, false, scriptKind(file));
    setParents(sf);
    const diagnostics = (sf as unknown as { parseDiagnostics?: readonly ts.DiagnosticWithLocation[] }).parseDiagnostics ?? [];
    const first = diagnostics[0];
    if (first) {
      const position = sf.getLineAndCharacterOfPosition(first.start);
      facts.problems.push({
        file,
        line: position.line + 1,
        column: position.character + 1,
        severity: 'warning',
        code: 'parse-error',
        message: `syntax error: ${typescript.flattenDiagnosticMessageText(first.messageText, ' ')}${diagnostics.length > 1 ? ` (and ${diagnostics.length - 1} more)` : ''}; the file was still scanned as far as the parser could recover`,
      });
    }
    new FileWalker(sf, facts).run();
    saveCompilerCodeCache();
  } catch (error) {
    facts.problems.push({
      file,
      severity: 'warning',
      code: 'parse-error',
      message: `could not analyse this file (${error instanceof Error ? error.message : String(error)}); skipped it, the rest of the scan goes on`,
    });
  }
  return facts;
}

export const typescriptExtractor: SourceExtractor = {
  languages: ['typescript', 'javascript'],
  extract: extractTypeScript,
};
