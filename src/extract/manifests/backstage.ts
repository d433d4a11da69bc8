/**
 * Reader for Backstage `catalog-info.yaml` (multi-document). A `Component` becomes a service
 * (system, owner, dependsOn, provided API names). Backstage names consumed APIs but gives no URL,
 * so its `consumesApis` go to `dependsOn` (as `api:<name>` refs) and cannot cover calls the way an
 * `architecture.yaml` consumes entry does. `API`, `System` and `Resource` entities add no service.
 */
import { LineCounter, parseAllDocuments } from 'yaml';
import type { FileFacts, Loc, ManifestKind, ServiceDeclaration } from '../../model.js';
import type { ManifestReader } from '../index.js';
import { directoryOf, emptyFacts } from '../facts.js';
import { INVALID_MANIFEST, parseYamlDocument } from './service-manifest.js';

const KNOWN_KINDS = new Set(['Component', 'API', 'System', 'Resource', 'Domain', 'Group', 'User', 'Template', 'Location']);

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string' && item !== '') : [];
}

/** `system:default/study-records` → `study-records`: the bare entity name, comparable with architecture.yaml's `metadata.system`. */
export function entityName(ref: string): string {
  const withoutKind = ref.includes(':') ? ref.slice(ref.indexOf(':') + 1) : ref;
  return withoutKind.includes('/') ? withoutKind.slice(withoutKind.lastIndexOf('/') + 1) : withoutKind;
}

/** `api:default/x` stays as written; a bare `x` under consumesApis becomes `api:x`. */
function apiRef(ref: string): string {
  return ref.includes(':') ? ref : `api:${ref}`;
}

/** Reads one `catalog-info.yaml`. Pure; never throws. */
export function readBackstageCatalog(file: string, content: string, kind: ManifestKind = 'backstage'): FileFacts {
  const facts = emptyFacts(file, kind);
  const lines = new LineCounter();
  const docs = parseAllDocuments(content, { lineCounter: lines, prettyErrors: false });
  if (!Array.isArray(docs)) return facts; // an empty stream
  docs.forEach((doc, index) => {
    const what = docs.length > 1 ? `document ${index + 1} of this Backstage catalog file` : 'this Backstage catalog file';
    const parsed = parseYamlDocument(file, doc, lines, INVALID_MANIFEST, what);
    facts.problems.push(...parsed.problems);
    const entity = parsed.value;
    if (entity === undefined || entity === null) return;
    const locate = (path: (string | number)[]): Loc => parsed.locator.locate(path);
    const at = locate([]);
    if (!isObject(entity) || typeof entity['kind'] !== 'string' || !isObject(entity['metadata']) || typeof entity['metadata']['name'] !== 'string') {
      facts.problems.push({ file, line: at.line, column: at.column, severity: 'error', code: INVALID_MANIFEST, message: `${what} is not a Backstage entity (needs kind and metadata.name); ignored it` });
      return;
    }
    if (!KNOWN_KINDS.has(entity['kind'])) {
      facts.problems.push({ file, line: at.line, column: at.column, severity: 'warning', code: 'unsupported-entity', message: `${what} has Backstage kind '${entity['kind']}', which arch-lint does not read; ignored it` });
      return;
    }
    if (entity['kind'] !== 'Component') return;
    const metadata = entity['metadata'];
    const spec = isObject(entity['spec']) ? entity['spec'] : {};
    const system = typeof spec['system'] === 'string' && spec['system'] !== '' ? entityName(spec['system']) : null;
    const declaration: ServiceDeclaration = {
      name: String(metadata['name']),
      system,
      owner: typeof spec['owner'] === 'string' && spec['owner'] !== '' ? spec['owner'] : null,
      root: directoryOf(file),
      loc: locate(['metadata', 'name']),
      hosts: [],
      // Backstage says nothing about how an API is exposed; `internal-only` asks nothing of it.
      provides: strings(spec['providesApis']).map((name) => ({ name: entityName(name), openapi: null, exposure: 'internal-only' as const, loc: locate(['spec', 'providesApis']) })),
      consumes: [],
      dependsOn: [...strings(spec['dependsOn']), ...strings(spec['consumesApis']).map(apiRef)],
      source: 'backstage',
    };
    if (typeof metadata['description'] === 'string') declaration.description = metadata['description'];
    facts.services.push(declaration);
  });
  return facts;
}

export const backstageReader: ManifestReader = {
  kinds: ['backstage'],
  read: readBackstageCatalog,
};
