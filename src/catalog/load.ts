/**
 * Gateway catalogue loader: Gravitee API definitions in any of their four serialisations
 * (v2 "gravitee 2.0.0" exports, v4 deployed definitions, Management API v2 JSON and exports,
 * Kubernetes operator CRDs), JSON or YAML, several APIs per file → GatewayApi[].
 * Never throws on bad input: a malformed definition is one Problem naming the file and the API.
 */
import fs, { readdir } from 'node:fs';
import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { globby } from 'globby';
import { isMap, isSeq, parseAllDocuments } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import type { GatewayApi, Problem } from '../model.js';
import { escapeControlCharacters, redactSecrets } from '../redact.js';

export interface CatalogFile {
  /** Path used in locations and messages (relative to the scan root when possible). */
  path: string;
  content: string;
}

export interface LoadedCatalog {
  apis: GatewayApi[];
  problems: Problem[];
}

type Json = Record<string, unknown>;

/** One candidate API object found in a document, with where it starts. */
interface Candidate {
  value: unknown;
  offset: number;
}

const DEFINITION_KINDS = new Set(['apidefinition', 'apiv4definition']);

/** The files `patterns` (globs relative to `baseDir`) match, relative to `baseDir`, sorted. */
export async function catalogFiles(patterns: readonly string[], baseDir: string): Promise<string[]> {
  return (await catalogMatches(patterns, baseDir)).files;
}

/** As `catalogFiles`, with the folders that could not be listed (relative to `baseDir`, with the error code). */
async function catalogMatches(patterns: readonly string[], baseDir: string): Promise<{ files: string[]; unreadable: [string, string][] }> {
  if (patterns.length === 0) return { files: [], unreadable: [] };
  const unreadable = new Map<string, string>();
  // A folder that cannot be listed (EACCES) used to crash the scan; now it is reported and the rest is read.
  const readdirReporting = ((dir: string, options: unknown, callback: (error: NodeJS.ErrnoException | null, entries: unknown) => void) =>
    (readdir as unknown as (dir: string, options: unknown, callback: (error: NodeJS.ErrnoException | null, entries: unknown) => void) => void)(dir, options, (error, entries) => {
      if (error && error.code !== 'ENOENT' && error.code !== 'ENOTDIR') unreadable.set(dir, error.code ?? String(error));
      callback(error, entries);
    })) as unknown as typeof readdir;
  // Links are listed (a link to a file inside the repository is fine); loadCatalogFromGlobs reads only files whose real path is inside.
  const files = (await globby([...patterns], { cwd: baseDir, dot: true, onlyFiles: true, suppressErrors: true, fs: { ...fs, readdir: readdirReporting } })).sort();
  const folders = [...unreadable].map(([dir, code]): [string, string] => [path.relative(baseDir, path.resolve(baseDir, dir)).split(path.sep).join('/') || '.', code]).sort();
  return { files, unreadable: folders };
}

/**
 * Load every file matching `patterns` (globs relative to `baseDir`). Files are read in sorted order. `read` is what
 * was read (content null when the file could not be read): the result cache records it.
 */
export async function loadCatalogFromGlobs(patterns: readonly string[], baseDir: string): Promise<LoadedCatalog & { read: { path: string; content: string | null }[] }> {
  if (patterns.length === 0) return { apis: [], problems: [], read: [] };
  const { files: matches, unreadable } = await catalogMatches(patterns, baseDir);
  const problems: Problem[] = unreadable.map(([folder, code]) => ({
    file: folder,
    severity: 'error',
    code: 'unreadable-folder',
    message: `cannot list this folder of the gateway catalogue (${code}); catalogue files in it were not read, so gateway rules ran without them`,
  }));
  const literalPatterns = patterns.filter((pattern) => !/[*?[\]{}!]/.test(pattern));
  for (const pattern of literalPatterns) {
    if (!matches.includes(pattern.replace(/^\.\//, ''))) {
      problems.push({ file: pattern, severity: 'error', code: 'catalog-missing', message: `gateway catalogue file ${pattern} does not exist; gateway rules ran without it` });
    }
  }
  const files: CatalogFile[] = [];
  const read: { path: string; content: string | null }[] = [];
  let realBase: string | null = null;
  for (const match of matches) {
    try {
      // A catalogue file that is a symbolic link to a file outside the config's folder is not read.
      realBase ??= await realpath(baseDir);
      const real = await realpath(path.join(baseDir, match));
      if (real !== realBase && !real.startsWith(`${realBase}${path.sep}`)) {
        problems.push({ file: match, severity: 'error', code: 'outside-root', message: "gateway catalogue file is a symbolic link to a file outside the config's folder; not read (a config's paths stay inside the repository)" });
        continue;
      }
      files.push({ path: match, content: await readFile(path.join(baseDir, match), 'utf8') });
      read.push(files[files.length - 1]!);
    } catch (error) {
      read.push({ path: match, content: null });
      problems.push({ file: match, severity: 'error', code: 'unreadable', message: `could not read gateway catalogue file (${describe(error)}); skipped it` });
    }
  }
  const loaded = loadCatalog(files);
  return { apis: loaded.apis, problems: [...problems, ...loaded.problems], read };
}

/** Parse catalogue files already in memory. APIs come out sorted by id, then file. */
export function loadCatalog(files: readonly CatalogFile[]): LoadedCatalog {
  const apis: GatewayApi[] = [];
  const problems: Problem[] = [];
  for (const file of files) {
    const loaded = parseCatalogFile(file.path, file.content);
    apis.push(...loaded.apis);
    problems.push(...loaded.problems);
  }
  apis.sort((a, b) => compare(a.id, b.id) || compare(a.loc.file, b.loc.file) || a.loc.line - b.loc.line);
  return { apis, problems };
}

/** Parse one file: JSON or (multi-document) YAML. */
export function parseCatalogFile(file: string, content: string): LoadedCatalog {
  const apis: GatewayApi[] = [];
  const problems: Problem[] = [];
  const lineStarts = lineStartOffsets(content);
  for (const candidate of candidatesIn(file, content, problems)) {
    const line = lineOf(lineStarts, candidate.offset);
    const result = readApi(candidate.value, file, line);
    if (result === null) continue;
    if ('problem' in result) problems.push(result.problem);
    if ('api' in result && result.api) apis.push(result.api);
  }
  return { apis, problems };
}

// ───────────────────────────── documents → candidates ─────────────────────────────

function candidatesIn(file: string, content: string, problems: Problem[]): Candidate[] {
  const candidates: Candidate[] = [];
  let documents;
  try {
    documents = parseAllDocuments(content, { uniqueKeys: false });
  } catch (error) {
    problems.push(parseProblem(file, describe(error)));
    return candidates;
  }
  const list = Array.isArray(documents) ? documents : [];
  for (const document of list) {
    if (document.errors.length > 0) {
      // YAML is stricter than JSON in a few corners (tabs); give JSON.parse a chance before giving up.
      const json = tryJson(content);
      if (json.ok && list.length === 1) {
        unwrap(json.value, 0, null, candidates);
        return candidates;
      }
      const first = document.errors[0];
      problems.push(parseProblem(file, first ? first.message.split('\n')[0] ?? first.message : 'invalid YAML', first?.linePos?.[0]?.line));
      continue;
    }
    let value: unknown;
    try {
      value = document.toJS({ maxAliasCount: 100 });
    } catch (error) {
      problems.push(parseProblem(file, describe(error)));
      continue;
    }
    if (value === null || value === undefined) continue;
    unwrap(value, document.contents?.range?.[0] ?? 0, document.contents ?? null, candidates);
  }
  return candidates;
}

/** Arrays, Management API list responses (`{data: [...]}`) and Kubernetes `List`s hold several APIs. */
function unwrap(value: unknown, offset: number, node: unknown, into: Candidate[]): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => into.push({ value: item, offset: itemOffset(node, null, index) ?? offset }));
    return;
  }
  if (isObject(value)) {
    const holder = Array.isArray(value.data) && !('api' in value) && !('proxy' in value) ? 'data' : value.kind === 'List' && Array.isArray(value.items) ? 'items' : null;
    if (holder) {
      (value[holder] as unknown[]).forEach((item, index) => into.push({ value: item, offset: itemOffset(node, holder, index) ?? offset }));
      return;
    }
  }
  into.push({ value, offset });
}

function itemOffset(node: unknown, key: string | null, index: number): number | undefined {
  let seq: unknown = node;
  if (key !== null) seq = isMap(node) ? node.get(key, true) : undefined;
  if (!isSeq(seq)) return undefined;
  const item = seq.items[index] as YamlNode | undefined;
  return item?.range?.[0];
}

// ───────────────────────────── one API ─────────────────────────────

type ReadResult = null | { problem: Problem; api?: GatewayApi } | { api: GatewayApi };

/** Which serialisation a candidate is in, and the parts the model needs. */
interface Shape {
  version: 'V2' | 'V4';
  definition: Json;
  /** Plans kept next to the definition (Management API export) rather than inside it. */
  outerPlans: unknown;
  /** Fallback id/name (Kubernetes metadata.name). */
  fallbackName: string | null;
}

function readApi(value: unknown, file: string, line: number): ReadResult {
  const loc = { file, line, column: 1 };
  if (!isObject(value)) {
    return { problem: apiProblem(file, line, null, 'is not an object; expected a Gravitee API definition') };
  }
  const shape = shapeOf(value);
  if (shape === 'skip') return null;
  if (shape === null) {
    return { problem: apiProblem(file, line, labelOf(value), 'is not a Gravitee API definition (no `gravitee`, `definitionVersion`, `proxy`, `listeners` or operator `kind`); skipped it') };
  }
  const definition = shape.definition;
  const id = str(definition.id) ?? str(definition.crossId) ?? shape.fallbackName ?? str(definition.name);
  const name = str(definition.name) ?? id;
  const label = name && id && name !== id ? `"${name}" (${id})` : name ? `"${name}"` : null;
  if (id === null || name === null) {
    return { problem: apiProblem(file, line, label, 'has neither an id nor a name; skipped it') };
  }
  if (upper(definition.lifecycleState ?? definition.lifecycle_state) === 'ARCHIVED') return null;

  const issues: string[] = [];
  const paths = shape.version === 'V2' ? v2Paths(definition, issues) : v4Paths(definition, issues);
  if (paths === null) {
    return { problem: apiProblem(file, line, label, `${issues.join('; ')}; skipped it`) };
  }
  const properties = propertiesOf(definition.properties);
  const backends = shape.version === 'V2' ? v2Backends(definition, properties, issues) : v4Backends(definition, properties, issues);
  const plans = plansOf(shape.outerPlans ?? definition.plans, issues);
  const api: GatewayApi = { id, name, loc, paths, backends, plans, definitionVersion: shape.version };
  if (issues.length > 0) {
    return { api, problem: apiProblem(file, line, label, `${issues.join('; ')}; loaded the rest of it`, 'warning') };
  }
  return { api };
}

function shapeOf(value: Json): Shape | null | 'skip' {
  // Kubernetes operator resources.
  if (typeof value.kind === 'string' && typeof value.apiVersion === 'string') {
    if (!DEFINITION_KINDS.has(value.kind.toLowerCase())) return 'skip';
    const spec = isObject(value.spec) ? value.spec : {};
    const metadata = isObject(value.metadata) ? value.metadata : {};
    return { version: value.kind.toLowerCase() === 'apiv4definition' ? 'V4' : 'V2', definition: spec, outerPlans: undefined, fallbackName: str(metadata.name) };
  }
  // Management API v2 export: `{export, api, plans[], members, …}`.
  if (isObject(value.api) && ('export' in value || 'plans' in value || 'members' in value || 'pages' in value)) {
    const inner = shapeOf(value.api);
    if (inner === null || inner === 'skip') return inner;
    return { ...inner, outerPlans: value.plans ?? inner.definition.plans };
  }
  const version = versionOf(value);
  if (version === 'skip') return 'skip';
  if (version === null) return null;
  return { version, definition: value, outerPlans: undefined, fallbackName: null };
}

function versionOf(value: Json): 'V2' | 'V4' | 'skip' | null {
  const gravitee = str(value.gravitee);
  if (gravitee !== null) return gravitee.startsWith('4') ? 'V4' : 'V2';
  const declared = upper(value.definitionVersion);
  if (declared === 'V4') return 'V4';
  if (declared === 'V2' || declared === 'V1') return 'V2';
  // Federated APIs are only listed by the gateway: they have no backend it proxies.
  if (declared !== null && declared.startsWith('FEDERATED')) return 'skip';
  if ('listeners' in value || 'endpointGroups' in value) return 'V4';
  if ('proxy' in value) return 'V2';
  return null;
}

// ───────────────────────────── paths ─────────────────────────────

function v2Paths(definition: Json, issues: string[]): GatewayApi['paths'] | null {
  const proxy = isObject(definition.proxy) ? definition.proxy : null;
  const hosts = proxy ? (proxy.virtual_hosts ?? proxy.virtualHosts) : undefined;
  const paths: GatewayApi['paths'] = [];
  if (Array.isArray(hosts)) {
    for (const entry of hosts) {
      if (!isObject(entry)) continue;
      paths.push({ path: normalisePath(str(entry.path) ?? '/'), host: hostOf(entry.host) });
    }
  }
  if (paths.length === 0) {
    // Legacy `context_path` becomes a single virtual host; the Management API also shows it at top level.
    const contextPath = str(proxy?.context_path) ?? str(proxy?.contextPath) ?? str(definition.contextPath) ?? str(definition.context_path);
    if (contextPath !== null) paths.push({ path: normalisePath(contextPath), host: null });
  }
  if (paths.length === 0) {
    issues.push(proxy ? 'its proxy defines neither `virtual_hosts` nor `context_path`' : 'it has no `proxy` section (no gateway path)');
    return null;
  }
  return dedupePaths(paths);
}

function v4Paths(definition: Json, issues: string[]): GatewayApi['paths'] | null {
  if (!Array.isArray(definition.listeners)) {
    issues.push('it has no `listeners` (no gateway path)');
    return null;
  }
  const paths: GatewayApi['paths'] = [];
  let httpListeners = 0;
  for (const listener of definition.listeners) {
    if (!isObject(listener) || lower(listener.type) !== 'http') continue;
    httpListeners++;
    if (!Array.isArray(listener.paths)) continue;
    for (const entry of listener.paths) {
      if (isObject(entry)) paths.push({ path: normalisePath(str(entry.path) ?? '/'), host: hostOf(entry.host) });
    }
  }
  if (paths.length === 0) {
    issues.push(httpListeners === 0 ? 'it has no HTTP listener (only TCP, subscription or Kafka ones), so no gateway path' : 'its HTTP listener has no `paths`');
    return null;
  }
  return dedupePaths(paths);
}

function dedupePaths(paths: GatewayApi['paths']): GatewayApi['paths'] {
  const seen = new Set<string>();
  return paths.filter((entry) => {
    const key = `${entry.host ?? ''} ${entry.path}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** `/organisation/` → `/organisation`; `organisation` → `/organisation`; `` → `/`. */
export function normalisePath(value: string): string {
  const collapsed = `/${value.trim()}`.replace(/\/{2,}/g, '/');
  return collapsed.length > 1 ? collapsed.replace(/\/+$/, '') : '/';
}

function hostOf(value: unknown): string | null {
  const host = str(value);
  return host === null || host === '' ? null : host.toLowerCase();
}

// ───────────────────────────── backends ─────────────────────────────

function v2Backends(definition: Json, properties: Map<string, string>, issues: string[]): GatewayApi['backends'] {
  const proxy = isObject(definition.proxy) ? definition.proxy : {};
  const endpoints: unknown[] = [];
  if (Array.isArray(proxy.groups)) {
    for (const group of proxy.groups) {
      if (isObject(group) && Array.isArray(group.endpoints)) endpoints.push(...group.endpoints);
    }
  }
  // Legacy `proxy.endpoints` becomes a default group.
  if (Array.isArray(proxy.endpoints)) endpoints.push(...proxy.endpoints);
  const backends: GatewayApi['backends'] = [];
  for (const endpoint of endpoints) {
    if (!isObject(endpoint) || lower(endpoint.type) === 'mock') continue;
    const target = str(endpoint.target);
    if (target === null) {
      issues.push(`endpoint ${str(endpoint.name) ?? '(unnamed)'} has no \`target\``);
      continue;
    }
    backends.push(backendOf(target, properties));
  }
  return dedupeBackends(backends);
}

function v4Backends(definition: Json, properties: Map<string, string>, issues: string[]): GatewayApi['backends'] {
  const backends: GatewayApi['backends'] = [];
  const groups = Array.isArray(definition.endpointGroups) ? definition.endpointGroups : [];
  for (const group of groups) {
    if (!isObject(group) || !Array.isArray(group.endpoints)) continue;
    for (const endpoint of group.endpoints) {
      if (!isObject(endpoint)) continue;
      const type = lower(endpoint.type) ?? lower(group.type);
      if (type !== 'http-proxy') continue;
      const configuration = objectOrJsonString(endpoint.configuration);
      const target = configuration ? str(configuration.target) : null;
      if (target === null) {
        issues.push(`endpoint ${str(endpoint.name) ?? '(unnamed)'} has no \`configuration.target\``);
        continue;
      }
      backends.push(backendOf(target, properties));
    }
  }
  return dedupeBackends(backends);
}

function dedupeBackends(backends: GatewayApi['backends']): GatewayApi['backends'] {
  const seen = new Set<string>();
  return backends.filter((backend) => (seen.has(backend.raw) ? false : (seen.add(backend.raw), true)));
}

/** A target as written; `url` only when it is (or its EL resolves, from the API's properties, to) an http(s) URL. */
function backendOf(raw: string, properties: Map<string, string>): GatewayApi['backends'][number] {
  let resolved: string | null = raw.trim();
  if (resolved.includes('{#')) {
    resolved = resolved.replace(/\{#\s*(?:api\.)?properties\[\s*['"]([^'"]+)['"]\s*\]\s*\}/g, (whole, key: string) => properties.get(key) ?? whole);
    if (resolved.includes('{#')) resolved = null;
  }
  return { url: resolved !== null && isHttpUrl(resolved) ? resolved : null, raw };
}

function propertiesOf(value: unknown): Map<string, string> {
  const properties = new Map<string, string>();
  if (Array.isArray(value)) {
    for (const entry of value) {
      if (isObject(entry) && typeof entry.key === 'string' && typeof entry.value === 'string' && entry.encrypted !== true) properties.set(entry.key, entry.value);
    }
  } else if (isObject(value)) {
    // Older exports wrap them: `properties: { properties: [...] }`.
    if (Array.isArray(value.properties)) return propertiesOf(value.properties);
  }
  return properties;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

// ───────────────────────────── plans ─────────────────────────────

function plansOf(value: unknown, issues: string[]): GatewayApi['plans'] {
  const entries: [string | null, unknown][] = Array.isArray(value)
    ? value.map((plan) => [null, plan])
    : isObject(value)
      ? Object.entries(value)
      : [];
  const plans: GatewayApi['plans'] = [];
  for (const [key, plan] of entries) {
    if (!isObject(plan)) continue;
    const status = upper(plan.status);
    if (status === 'CLOSED') continue;
    const name = str(plan.name) ?? key ?? str(plan.id);
    const security = securityOf(plan.security);
    if (name === null || security === null) {
      issues.push(`plan ${name ?? '(unnamed)'} has no security type`);
      continue;
    }
    plans.push({ name, security });
  }
  return plans.sort((a, b) => compare(a.name, b.name) || compare(a.security, b.security));
}

/** `API_KEY`, `{type: "api-key"}`, `keyless` … → `API_KEY`, `KEY_LESS`, `OAUTH2`, `JWT`, `MTLS`. */
function securityOf(value: unknown): string | null {
  const raw = isObject(value) ? str(value.type) : str(value);
  if (raw === null) return null;
  const normalised = raw.trim().toUpperCase().replace(/[-\s]/g, '_');
  return normalised === 'KEYLESS' ? 'KEY_LESS' : normalised === 'APIKEY' ? 'API_KEY' : normalised;
}

// ───────────────────────────── helpers ─────────────────────────────

function apiProblem(file: string, line: number, label: string | null, what: string, severity: Problem['severity'] = 'error'): Problem {
  return { file, line, severity, code: 'catalog-invalid-api', message: `gateway catalogue: API ${label ?? 'definition'} ${what}` };
}

function parseProblem(file: string, detail: string, line?: number): Problem {
  return { file, ...(line ? { line } : {}), severity: 'error', code: 'parse-error', message: `gateway catalogue file is neither valid JSON nor YAML (${quoteOneLine(detail)}); skipped it` };
}

/** At most one line (and 160 characters) of a parser's message, secrets redacted: a parse error must not quote a file. */
export function quoteOneLine(text: string, limit = 160): string {
  const line = (text.split(/\r?\n/).find((part) => part.trim() !== '') ?? '').trim();
  const cut = line.length > limit ? `${line.slice(0, limit)}…` : line;
  return escapeControlCharacters(redactSecrets(cut), true);
}

function labelOf(value: Json): string | null {
  const name = str(value.name) ?? (isObject(value.metadata) ? str(value.metadata.name) : null);
  const id = str(value.id);
  return name && id ? `"${name}" (${id})` : name ? `"${name}"` : id;
}

function objectOrJsonString(value: unknown): Json | null {
  if (isObject(value)) return value;
  if (typeof value === 'string') {
    const parsed = tryJson(value);
    if (parsed.ok && isObject(parsed.value)) return parsed.value;
  }
  return null;
}

function tryJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return null;
}

function upper(value: unknown): string | null {
  return typeof value === 'string' ? value.toUpperCase() : null;
}

function lower(value: unknown): string | null {
  return typeof value === 'string' ? value.toLowerCase() : null;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function lineStartOffsets(content: string): number[] {
  const starts = [0];
  for (let index = content.indexOf('\n'); index !== -1; index = content.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

function lineOf(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}
