/**
 * Reader for the service manifest `architecture.yaml` (issue 3): what a service provides and consumes.
 * Validated against schemas/service.schema.json; each violation becomes an `invalid-manifest` Problem
 * with file, line and key, and the valid parts of the manifest are still used.
 */
import type { ErrorObject } from 'ajv';
import type { Document, LineCounter, Node as YamlNode } from 'yaml';
import { yaml } from '../../lazy-dependencies.js';
import type { FileFacts, Loc, ManifestKind, Problem, ServiceDeclaration, Waiver } from '../../model.js';
import type { ManifestReader } from '../index.js';
import { directoryOf, emptyFacts } from '../facts.js';
import { validateServiceManifest } from '../../validators/index.js';

/**
 * Aliases a manifest may expand. Real manifests use few or none; a "billion laughs" file uses thousands.
 * yaml's default (100) still lets a small file expand to megabytes.
 */
export const MAX_YAML_ALIASES = 20;

/** Problem code for everything wrong with a service manifest; the `invalid-manifest` rule reports these. */
export const INVALID_MANIFEST = 'invalid-manifest';

/** Locates YAML nodes by their path in the document (as ajv's instancePath gives it). */
export class YamlLocator {
  constructor(
    private readonly file: string,
    private readonly doc: Document.Parsed,
    private readonly lines: LineCounter,
  ) {}

  /** Location of the offset in the file. */
  at(offset: number): Loc {
    const { line, col } = this.lines.linePos(offset);
    return { file: this.file, line, column: col };
  }

  /**
   * Where the value at `path` is written: the key's position for a map entry (the line a person
   * looks at), the item's position for a sequence item. Falls back to the nearest existing ancestor.
   */
  locate(path: readonly (string | number)[]): Loc {
    const { isMap, isPair, isScalar, isSeq } = yaml();
    let node: unknown = this.doc.contents;
    let best = this.rangeStart(node) ?? 0;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
        if (!pair) break;
        best = this.rangeStart(pair.key) ?? best;
        node = pair.value;
      } else if (isSeq(node)) {
        const item: unknown = node.items[Number(segment)];
        if (item === undefined) break;
        best = this.rangeStart(item) ?? best;
        node = item;
      } else {
        break;
      }
    }
    return this.at(best);
  }

  private rangeStart(node: unknown): number | null {
    const range = (node as YamlNode | null | undefined)?.range;
    return Array.isArray(range) ? range[0] : null;
  }
}

export interface ParsedYaml {
  /** The document's value (aliases expanded within MAX_YAML_ALIASES), or undefined when it could not be parsed. */
  value: unknown;
  locator: YamlLocator;
  problems: Problem[];
}

/**
 * Parses one YAML document with positions. Syntax errors and alias bombs become Problems with `code`;
 * never throws.
 */
export function parseYamlDocument(file: string, doc: Document.Parsed, lines: LineCounter, code: string, what: string): ParsedYaml {
  const locator = new YamlLocator(file, doc, lines);
  const problems: Problem[] = [];
  for (const error of doc.errors) {
    const loc = locator.at(error.pos[0]);
    problems.push({ file, line: loc.line, column: loc.column, severity: 'error', code, message: `${what} is not valid YAML: ${firstLine(error.message)}; ignored it` });
  }
  if (doc.errors.length > 0) return { value: undefined, locator, problems };
  try {
    return { value: doc.toJS({ maxAliasCount: MAX_YAML_ALIASES }), locator, problems };
  } catch (error) {
    problems.push({
      file,
      line: 1,
      column: 1,
      severity: 'error',
      code,
      message: `${what} expands too many YAML aliases (over ${MAX_YAML_ALIASES}; ${firstLine(error instanceof Error ? error.message : String(error))}); ignored it as a possible "billion laughs" file`,
    });
    return { value: undefined, locator, problems };
  }
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text;
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringOr<T>(value: unknown, fallback: T): string | T {
  return typeof value === 'string' && value.length > 0 ? value : fallback;
}

function pathOf(instancePath: string): string[] {
  return instancePath === '' ? [] : instancePath.slice(1).split('/').map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** One ajv error as a sentence naming the key and what was expected. */
function describeSchemaError(error: ErrorObject): { path: string[]; key: string; message: string } {
  const path = pathOf(error.instancePath);
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required') {
    const missing = String(params['missingProperty']);
    return { path, key: [...path, missing].join('.'), message: `missing required key '${missing}'` };
  }
  if (error.keyword === 'additionalProperties') {
    const extra = String(params['additionalProperty']);
    return { path: [...path, extra], key: [...path, extra].join('.'), message: `unknown key '${extra}'` };
  }
  const key = path.join('.') || '(document)';
  if (error.keyword === 'enum') {
    const allowed = (params['allowedValues'] as unknown[]).map((value) => JSON.stringify(value)).join(', ');
    return { path, key, message: `'${key}' must be one of ${allowed}` };
  }
  if (error.keyword === 'const') return { path, key, message: `'${key}' must be ${JSON.stringify(params['allowedValue'])}` };
  if (error.keyword === 'type') return { path, key, message: `'${key}' must be ${String(params['type'])}` };
  if (error.keyword === 'pattern' && path.at(-1) === 'url') return { path, key, message: `'${key}' must be an absolute http(s) URL` };
  return { path, key, message: `'${key}' ${error.message ?? 'is invalid'}` };
}

function readWaiver(raw: unknown, locate: (path: (string | number)[]) => Loc, path: (string | number)[]): Waiver | undefined {
  if (!isObject(raw)) return undefined;
  const waiver: Waiver = {
    reason: typeof raw['reason'] === 'string' && raw['reason'].trim() !== '' ? raw['reason'].trim() : null,
    expires: typeof raw['expires'] === 'string' && raw['expires'].trim() !== '' ? raw['expires'].trim() : null,
    loc: locate(path),
  };
  if (typeof raw['ticket'] === 'string') waiver.ticket = raw['ticket'];
  if (typeof raw['approvedBy'] === 'string') waiver.approvedBy = raw['approvedBy'];
  return waiver;
}

const EXPOSURES = ['gateway', 'esb', 'internal-only'] as const;
const ROUTES = ['gateway', 'esb', 'direct'] as const;

function oneOf<T extends string>(allowed: readonly T[], value: unknown): T | null {
  return (allowed as readonly unknown[]).includes(value) ? (value as T) : null;
}

/**
 * Builds the declaration from whatever is usable: entries with a wrong type in one field are
 * dropped only when the field is needed to judge calls (a consumes entry without url or via);
 * other wrong fields fall back to null/defaults. The schema errors already tell the user.
 */
function toDeclaration(file: string, value: Json, locate: (path: (string | number)[]) => Loc): ServiceDeclaration {
  const root = directoryOf(file);
  const metadata = isObject(value['metadata']) ? value['metadata'] : {};
  const spec = isObject(value['spec']) ? value['spec'] : {};
  const fallbackName = root === '' ? 'service' : root.slice(root.lastIndexOf('/') + 1);
  const declaration: ServiceDeclaration = {
    name: stringOr(metadata['name'], fallbackName),
    system: stringOr(metadata['system'], null),
    owner: stringOr(metadata['owner'], null),
    root,
    loc: locate(isObject(value['metadata']) && 'name' in metadata ? ['metadata', 'name'] : []),
    hosts: [],
    provides: [],
    consumes: [],
    dependsOn: [],
    source: 'arch-lint',
  };
  const description = stringOr(metadata['description'], null);
  if (description !== null) declaration.description = description;
  if (value['kind'] === 'Gateway') declaration.kind = 'gateway';

  if (Array.isArray(spec['hosts'])) {
    declaration.hosts = spec['hosts'].filter((host): host is string => typeof host === 'string' && host !== '').map((host) => host.toLowerCase());
  }
  if (Array.isArray(spec['provides'])) {
    spec['provides'].forEach((entry: unknown, index) => {
      if (!isObject(entry) || typeof entry['name'] !== 'string') return;
      declaration.provides.push({
        name: entry['name'],
        openapi: stringOr(entry['openapi'], null),
        // An unknown exposure is reported by the schema; treat it as the strictest (gateway) so the API still needs a description.
        exposure: oneOf(EXPOSURES, entry['exposure']) ?? 'gateway',
        loc: locate(['spec', 'provides', index]),
      });
    });
  }
  if (Array.isArray(spec['consumes'])) {
    spec['consumes'].forEach((entry: unknown, index) => {
      if (!isObject(entry)) return;
      const via = oneOf(ROUTES, entry['via']);
      const url = entry['url'];
      if (typeof url !== 'string' || !/^https?:\/\/[^/\s]+/i.test(url) || via === null) return;
      const consumed: ServiceDeclaration['consumes'][number] = {
        name: stringOr(entry['name'], url),
        url,
        via,
        loc: locate(['spec', 'consumes', index]),
      };
      const waiver = readWaiver(entry['waiver'], locate, ['spec', 'consumes', index, 'waiver']);
      if (waiver) consumed.waiver = waiver;
      declaration.consumes.push(consumed);
    });
  }
  return declaration;
}

/** Reads one `architecture.yaml`. Pure: the result depends only on `file` and `content`; never throws. */
export function readServiceManifest(file: string, content: string, kind: ManifestKind = 'service-manifest'): FileFacts {
  const facts = emptyFacts(file, kind);
  const { LineCounter, parseDocument } = yaml();
  const lines = new LineCounter();
  const doc = parseDocument(content, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const parsed = parseYamlDocument(file, doc, lines, INVALID_MANIFEST, 'this service manifest');
  facts.problems.push(...parsed.problems);
  if (parsed.value === undefined) return facts;
  const locate = (path: readonly (string | number)[]): Loc => parsed.locator.locate(path);

  if (!isObject(parsed.value)) {
    facts.problems.push({ file, line: 1, column: 1, severity: 'error', code: INVALID_MANIFEST, message: 'this service manifest is not a YAML mapping (expected apiVersion, kind, metadata, spec); ignored it' });
    return facts;
  }
  // Precompiled from schemas/service.schema.json (`npm run validators`): no ajv at run time.
  if (!validateServiceManifest(parsed.value)) {
    const seen = new Set<string>();
    for (const error of validateServiceManifest.errors ?? []) {
      const described = describeSchemaError(error);
      const loc = locate(described.path);
      const message = `${described.message} (key '${described.key}'); the rest of the manifest is still used`;
      const dedupe = `${loc.line}:${message}`;
      if (seen.has(dedupe)) continue;
      seen.add(dedupe);
      facts.problems.push({ file, line: loc.line, column: loc.column, severity: 'error', code: INVALID_MANIFEST, message });
    }
  }
  const declaration = toDeclaration(file, parsed.value, locate);
  facts.services.push(declaration);
  const spec = parsed.value['spec'];
  const rawHosts: unknown = isObject(spec) ? spec['hosts'] : undefined;
  if (Array.isArray(rawHosts)) {
    rawHosts.forEach((host: unknown, index) => {
      if (typeof host !== 'string' || host === '') return;
      facts.hosts.push({ host: host.toLowerCase(), loc: locate(['spec', 'hosts', index]), workload: declaration.name, source: 'manifest' });
    });
  }
  return facts;
}

export const serviceManifestReader: ManifestReader = {
  kinds: ['service-manifest'],
  read: readServiceManifest,
};
