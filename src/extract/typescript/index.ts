/**
 * TypeScript/JavaScript extractor: syntax only (TypeScript's parser from ts-morph, no Program, no checker),
 * so a cold scan of thousands of files stays within the performance budget (DESIGN.md).
 */
import { ts } from 'ts-morph';
import type { FileFacts, Language } from '../../model.js';
import { emptyFacts } from '../facts.js';
import type { SourceExtractor } from '../index.js';
import { findDirectives } from './directives.js';
import { FileWalker } from './walker.js';

/**
 * Cheap textual pre-filter. A file matching none of these cannot hold an HTTP call, a client, a URL,
 * an env read, a URL-ish constant other files import, or a wrapper invocation with a path argument.
 * Deliberately broad (recall first): any `http`, `fetch`, `request`, `get(`/`post(`… token, a quoted
 * path, `process.env`, or an exported string constant sends the file to the parser.
 */
const MAY_MATTER =
  /fetch|axios|\bgot\b|http|request|\bky\b|superagent|ofetch|base_?ur[li]|prefixUrl|\buri\b|process\.env|import\.meta|:\/\/|['"`]\/|\.(?:get|post|put|patch|delete|del|head|options)\s*\(|HttpLink|ApolloClient|require\s*\(|export\s+(?:const|let|var|default|\*|\{)|module\.exports|exports\./i;

export function mayContainFacts(content: string): boolean {
  return MAY_MATTER.test(content);
}

function scriptKind(file: string): ts.ScriptKind {
  const extension = /\.[^./]+$/.exec(file)?.[0]?.toLowerCase() ?? '';
  switch (extension) {
    case '.tsx':
      return ts.ScriptKind.TSX;
    case '.js':
    case '.mjs':
    case '.cjs':
      return ts.ScriptKind.JS;
    case '.jsx':
      return ts.ScriptKind.JSX;
    default:
      return ts.ScriptKind.TS;
  }
}

/** Extract facts from one TS/JS file. Never throws: a failure becomes a Problem. */
export function extractTypeScript(file: string, content: string, language: Language): FileFacts {
  const facts = emptyFacts(file, language);
  facts.directives = findDirectives(file, content);
  if (!mayContainFacts(content)) return facts;
  try {
    const sf = ts.createSourceFile(file, content, ts.ScriptTarget.Latest, true, scriptKind(file));
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
        message: `syntax error: ${ts.flattenDiagnosticMessageText(first.messageText, ' ')}${diagnostics.length > 1 ? ` (and ${diagnostics.length - 1} more)` : ''}; the file was still scanned as far as the parser could recover`,
      });
    }
    new FileWalker(sf, facts).run();
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
