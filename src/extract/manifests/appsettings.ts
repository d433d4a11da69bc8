/**
 * .NET `appsettings*.json`: every leaf value becomes a `config` binding keyed the way `IConfiguration` reads it
 * (`{"Sisu": {"BaseUrl": …}}` → `Sisu:BaseUrl`; array items by index, `Hosts:0`). `appsettings.Production.json` → prod.
 * .NET accepts comments and trailing commas in these files, so both are blanked out (offsets kept) before parsing.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Node } from 'yaml';
import type { Binding, FileFacts, ManifestKind } from '../../model.js';
import { emptyFacts } from '../facts.js';
import type { ManifestReader } from '../index.js';
import { environmentFromFileName, environmentFromFolders } from './environment-label.js';

/** Blank `//` and `/* *\/` comments and trailing commas outside strings, keeping every offset. */
export function blankJsonComments(text: string): string {
  const out = text.split('');
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
      continue;
    }
    if (char === '"') inString = true;
    else if (char === '/' && text[i + 1] === '/') {
      for (; i < text.length && text[i] !== '\n'; i++) out[i] = ' ';
    } else if (char === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      for (; i < stop; i++) if (text[i] !== '\n') out[i] = ' ';
      i--;
    } else if (char === ',') {
      const rest = /^[\s]*[}\]]/.exec(text.slice(i + 1));
      if (rest) out[i] = ' ';
    }
  }
  return out.join('');
}

export function readAppsettings(file: string, content: string, kind: ManifestKind = 'appsettings'): FileFacts {
  const facts = emptyFacts(file, kind);
  const name = file.slice(file.lastIndexOf('/') + 1);
  const environment = environmentFromFileName(name, ['appsettings', 'json']) ?? environmentFromFolders(file);
  const lineCounter = new LineCounter();
  const document = parseDocument(blankJsonComments(content), { lineCounter, uniqueKeys: false });
  if (document.errors.length > 0) {
    const error = document.errors[0];
    facts.problems.push({
      file, line: error?.linePos?.[0]?.line, severity: 'warning', code: 'parse-error',
      message: `this appsettings file is not valid JSON (${error?.message.split('\n')[0] ?? 'parse error'}); its values are not used`,
    });
    return facts;
  }
  const walk = (node: unknown, path: string[]): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : null;
        if (key !== null) walk(pair.value, [...path, key]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => walk(item, [...path, String(index)]));
    } else if (isScalar(node) && node.value !== null && path.length > 0) {
      const position = lineCounter.linePos((node as Node).range?.[0] ?? 0);
      const binding: Binding = {
        type: 'config', name: path.join(':'), value: String(node.value),
        loc: { file, line: position.line, column: position.col }, source: 'appsettings', environment, service: null,
      };
      facts.bindings.push(binding);
    }
  };
  walk(document.contents, []);
  return facts;
}

export const appsettingsReader: ManifestReader = {
  kinds: ['appsettings'],
  read: readAppsettings,
};
