/**
 * Cypress before version 10: `cypress.json` at a project's root. Its `baseUrl` is what `cypress.config.*`'s
 * `e2e.baseUrl` is since: a client configuration of Cypress, and the base of the `cy.request('/x')` calls of the same
 * package (a configuration with `defaults`). The file is read as JSON, never run.
 */
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import type { Node } from 'yaml';
import type { FileFacts, ManifestKind } from '../../model.js';
import { emptyFacts } from '../facts.js';
import type { ManifestReader } from '../index.js';
import { blankJsonComments } from './appsettings.js';

export function readCypressJson(file: string, content: string, kind: ManifestKind = 'cypress'): FileFacts {
  const facts = emptyFacts(file, kind);
  const lineCounter = new LineCounter();
  const document = parseDocument(blankJsonComments(content), { lineCounter, uniqueKeys: false });
  if (document.errors.length > 0 || !isMap(document.contents)) return facts;
  for (const pair of document.contents.items) {
    if (!isScalar(pair.key) || pair.key.value !== 'baseUrl' || !isScalar(pair.value) || typeof pair.value.value !== 'string') continue;
    const position = lineCounter.linePos((pair.value as Node).range?.[0] ?? 0);
    facts.calls.push({
      kind: 'client-config', loc: { file, line: position.line, column: position.col }, client: 'cypress', method: null,
      expression: JSON.stringify(pair.value.value), url: { kind: 'lit', value: pair.value.value }, enclosing: '<module>', defaults: true,
    });
  }
  return facts;
}

export const cypressJsonReader: ManifestReader = { kinds: ['cypress'], read: readCypressJson };
