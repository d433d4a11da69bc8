/**
 * `.env` files (`.env`, `.env.production`, `.env.example`…): `KEY=value` lines → env bindings.
 * Follows the dotenv / docker-compose syntax: `export KEY=…`, quotes, `#` comments, multi-line double-quoted values.
 */
import type { Binding, FileFacts, ManifestKind } from '../../model.js';
import { emptyFacts } from '../facts.js';
import type { ManifestReader } from '../index.js';
import { environmentFromFileName, environmentFromFolders } from './environment-label.js';
import { baseName } from './manifest-paths.js';
import { bracedShellReferences } from './shell-references.js';

const maxProblems = 10;
const assignment = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s?(.*)$/;

/**
 * Environment of a dotenv file: from its suffix (`.env.production` → prod, `.env.local` → dev,
 * `.env.example` → template), else from its folders; a bare `.env` is null (applies wherever it is loaded).
 */
export function dotenvEnvironment(file: string): string | null {
  const name = baseName(file);
  return environmentFromFileName(name, ['env']) ?? environmentFromFolders(file);
}

export function readDotenv(file: string, content: string, kind: ManifestKind = 'dotenv'): FileFacts {
  const facts = emptyFacts(file, kind);
  const environment = dotenvEnvironment(file);
  const lines = content.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    const lineNumber = index + 1;
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const match = assignment.exec(line);
    if (!match) {
      facts.problems.push({
        file,
        line: lineNumber,
        severity: 'warning',
        code: 'parse-error',
        message: `not a KEY=value line in this .env file; skipped the line`,
      });
      continue;
    }
    const name = match[1] ?? '';
    const rest = match[2] ?? '';
    const column = line.length - rest.length + 1;
    const quote = rest.trimStart()[0];
    let value: string;
    if (quote === '"' || quote === "'" || quote === '`') {
      const opened = rest.trimStart().slice(1);
      let closing = findClosingQuote(opened, quote);
      let body = opened;
      // A double-quoted value may span lines, as in dotenv ≥ 15 and compose.
      let lastLine = index;
      while (closing < 0 && quote === '"' && lastLine + 1 < lines.length) {
        lastLine++;
        const next = lines[lastLine] ?? '';
        // Search only the added line: rescanning the whole body would be quadratic on an unclosed quote.
        const closingInNext = findClosingQuote(next, quote);
        if (closingInNext >= 0) closing = body.length + 1 + closingInNext;
        body += '\n' + next;
      }
      if (closing < 0) {
        facts.problems.push({ file, line: lineNumber, severity: 'warning', code: 'parse-error', message: `the value of ${name} has no closing ${quote}; skipped it` });
        continue;
      }
      index = lastLine;
      const quoted = body.slice(0, closing);
      value = quote === '"' ? unescapeDoubleQuoted(quoted) : quoted;
    } else {
      // Unquoted: a ` #` starts a comment.
      value = rest.replace(/\s+#.*$/, '').trim();
    }
    const binding: Binding = {
      type: 'env',
      name,
      value: quote === "'" ? value : bracedShellReferences(value),
      loc: { file, line: lineNumber, column },
      source: kind,
      environment,
      service: null,
    };
    facts.bindings.push(binding);
  }
  // A file that is not dotenv at all gives one problem per line: the first few say enough.
  if (facts.problems.length > maxProblems) {
    const more = facts.problems.length - maxProblems;
    facts.problems.length = maxProblems;
    facts.problems.push({ file, severity: 'warning', code: 'parse-error', message: `${more} more lines of this .env file could not be read (not listed)` });
  }
  return facts;
}

function findClosingQuote(text: string, quote: string): number {
  for (let index = 0; index < text.length; index++) {
    if (text[index] === '\\' && quote === '"') {
      index++;
      continue;
    }
    if (text[index] === quote) return index;
  }
  return -1;
}

function unescapeDoubleQuoted(text: string): string {
  return text.replace(/\\([nrt"\\$])/g, (_match, character: string) => ({ n: '\n', r: '\r', t: '\t' })[character] ?? character);
}

export const dotenvReader: ManifestReader = {
  kinds: ['dotenv'],
  read: readDotenv,
};
