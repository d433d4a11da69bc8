/**
 * `arch-lint catalog pull`: fetch every API of a Gravitee environment from the Management API v2
 * (`GET …/environments/{envId}/apis`, all pages, then each API's exported definition) and write one
 * catalogue file to check in. The token travels only in the Authorization header: it is never printed,
 * never part of an error message, never written. The file is written to a temporary name and renamed,
 * so a failed or partial download never replaces a good catalogue.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { globby } from 'globby';
import type { ResolvedConfig } from '../config/types.js';
import { redactSecrets } from '../redact.js';

export type CatalogPullErrorCode =
  | 'missing-option'
  | 'missing-token'
  | 'unauthorized'
  | 'forbidden'
  | 'http'
  | 'timeout'
  | 'network'
  | 'invalid-response'
  | 'empty'
  | 'write-failed';

/** A known failure of `catalog pull`: the CLI prints its message (no stack) and exits 2. */
export class CatalogPullError extends Error {
  readonly code: CatalogPullErrorCode;
  readonly status: number | undefined;
  constructor(code: CatalogPullErrorCode, message: string, status?: number) {
    // A Management URL may carry credentials (http://admin:pw@host): never in a message.
    super(redactSecrets(message));
    this.name = 'CatalogPullError';
    this.code = code;
    this.status = status;
  }
}

export function isCatalogPullError(error: unknown): error is CatalogPullError {
  return error instanceof CatalogPullError;
}

export interface PullCatalogOptions {
  /** Base URL of the Management API (`https://apim.example.org`, with or without `/management/v2`). */
  managementUrl: string;
  environmentId: string;
  /** Organisation id for `/management/v2/organizations/{orgId}/…`; omitted → the default organisation. */
  organizationId?: string | null;
  /** Bearer token (a Gravitee personal access token). */
  token: string;
  /** Catalogue file to write (JSON). */
  output: string;
  fetchImpl?: typeof fetch;
  /** Per request, including reading the body. Default 30 s. */
  timeoutMs?: number;
  /** Retries per request on 429, 5xx, timeouts and network errors. Default 3. */
  retries?: number;
  /** First backoff delay, doubled on each retry (a Retry-After header wins). Default 500 ms. */
  backoffMs?: number;
  perPage?: number;
  /** Write an empty catalogue over an existing file (off by default: an empty answer is more often a permission problem). */
  allowEmpty?: boolean;
  /** For tests: how to wait between retries. */
  sleep?: (ms: number) => Promise<void>;
}

export interface PullCatalogResult {
  /** APIs written to the catalogue. */
  apis: number;
  /** The file written (absolute). */
  file: string;
  /** APIs listed but not written (federated APIs have no backend on this gateway). */
  skipped: { id: string; name: string; reason: string }[];
  /** Requests that needed a retry. */
  retried: number;
}

type Json = Record<string, unknown>;

const MAX_PAGES = 10_000;
const MAX_RETRY_AFTER_MS = 60_000;

/** Fetch the whole environment's catalogue and write it to `options.output`. Throws CatalogPullError. */
export async function pullCatalog(options: PullCatalogOptions): Promise<PullCatalogResult> {
  if (!options.token) throw new CatalogPullError('missing-token', 'no Management API token was given');
  const client = new ManagementClient(options);
  const base = `${managementBase(options.managementUrl)}${options.organizationId ? `/organizations/${encodeURIComponent(options.organizationId)}` : ''}/environments/${encodeURIComponent(options.environmentId)}`;
  const perPage = options.perPage ?? 100;

  const listed: Json[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const body = await client.getJson(`${base}/apis?page=${page}&perPage=${perPage}`);
    if (!isObject(body) || !Array.isArray(body.data)) {
      throw new CatalogPullError('invalid-response', `the Management API answered ${base}/apis?page=${page} without a \`data\` list; is ${options.managementUrl} a Gravitee Management API?`);
    }
    const items = body.data.filter(isObject);
    listed.push(...items);
    const pagination = isObject(body.pagination) ? body.pagination : {};
    const pageCount = typeof pagination.pageCount === 'number' ? pagination.pageCount : null;
    // `totalCount` may be -1 (count timed out): rely on pageCount, else on a short page.
    if (items.length === 0 || (pageCount !== null ? page >= pageCount : items.length < perPage)) break;
  }

  const entries: Json[] = [];
  const skipped: PullCatalogResult['skipped'] = [];
  const seen = new Set<string>();
  for (const item of listed) {
    const id = typeof item.id === 'string' ? item.id : null;
    const name = typeof item.name === 'string' ? item.name : (id ?? '(unnamed)');
    if (id === null || seen.has(id)) continue;
    seen.add(id);
    const version = typeof item.definitionVersion === 'string' ? item.definitionVersion.toUpperCase() : '';
    if (version.startsWith('FEDERATED')) {
      skipped.push({ id, name, reason: 'federated API: the gateway does not proxy it' });
      continue;
    }
    entries.push(await definitionOf(client, base, id, item));
  }
  entries.sort((a, b) => (idOf(a) < idOf(b) ? -1 : idOf(a) > idOf(b) ? 1 : 0));

  const file = path.resolve(options.output);
  if (entries.length === 0 && !options.allowEmpty && (await exists(file))) {
    throw new CatalogPullError('empty', `the Management API listed no APIs in environment ${options.environmentId}; kept the existing ${options.output} (check the token's permissions, or pass allowEmpty)`);
  }
  await writeAtomically(file, `${JSON.stringify(entries, null, 2)}\n`);
  return { apis: entries.length, file, skipped, retried: client.retried };
}

/**
 * The exported definition (`_export/definition`, an `ExportApiV4` with its plans). The export is documented
 * as v4-only; for an API it refuses (v2), keep the list entry and add its plans from `…/plans` when available.
 */
async function definitionOf(client: ManagementClient, base: string, id: string, item: Json): Promise<Json> {
  const apiUrl = `${base}/apis/${encodeURIComponent(id)}`;
  const exported = await client.getJson(`${apiUrl}/_export/definition?excludeAdditionalData=groups,members,metadata,pages`, { tolerate: [400, 404, 405, 501] });
  if (isObject(exported) && isObject(exported.api)) {
    // Keep what the catalogue needs; the export date and members are noise in a checked-in file.
    return { api: exported.api, plans: Array.isArray(exported.plans) ? exported.plans : [] };
  }
  const plans = await client.getJson(`${apiUrl}/plans?page=1&perPage=100`, { tolerate: [400, 404, 405, 501] });
  if (isObject(plans) && Array.isArray(plans.data)) return { ...item, plans: plans.data };
  return item;
}

function idOf(entry: Json): string {
  const api = isObject(entry.api) ? entry.api : entry;
  return typeof api.id === 'string' ? api.id : '';
}

/** `https://apim.x/` → `https://apim.x/management/v2`; already-complete bases are kept. */
export function managementBase(managementUrl: string): string {
  const trimmed = managementUrl.trim().replace(/\/+$/, '');
  if (/\/management\/v2$/.test(trimmed)) return trimmed;
  if (/\/management$/.test(trimmed)) return `${trimmed}/v2`;
  return `${trimmed}/management/v2`;
}

/** HTTP GETs with a bearer token, a timeout that covers the body, and retries with backoff. */
class ManagementClient {
  retried = 0;
  private readonly fetchImpl: typeof fetch;
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly backoffMs: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly token: string;

  constructor(options: PullCatalogOptions) {
    this.fetchImpl = options.fetchImpl ?? fetch;
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.retries = Math.max(0, options.retries ?? 3);
    this.backoffMs = options.backoffMs ?? 500;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.token = options.token;
  }

  /** The parsed JSON body; `undefined` for a tolerated status. */
  async getJson(url: string, { tolerate = [] as number[] } = {}): Promise<unknown> {
    for (let attempt = 0; ; attempt++) {
      const outcome = await this.once(url);
      if (outcome.kind === 'ok') return outcome.body;
      if (outcome.kind === 'status' && tolerate.includes(outcome.status)) return undefined;
      if (outcome.kind === 'status' && outcome.status === 401) {
        throw new CatalogPullError('unauthorized', `the Management API refused the token (401 Unauthorized) for ${url}: check that the token is valid and not expired`, 401);
      }
      if (outcome.kind === 'status' && outcome.status === 403) {
        throw new CatalogPullError('forbidden', `the token may not read this environment's APIs (403 Forbidden) for ${url}: it needs ENVIRONMENT_API[READ]`, 403);
      }
      const retryable = outcome.kind !== 'status' || outcome.status === 429 || outcome.status >= 500;
      if (!retryable || attempt >= this.retries) throw this.failure(url, outcome, attempt);
      this.retried++;
      const retryAfter = outcome.kind === 'status' ? outcome.retryAfterMs : null;
      await this.sleep(retryAfter ?? this.backoffMs * 2 ** attempt);
    }
  }

  private failure(url: string, outcome: Exclude<Outcome, { kind: 'ok' }>, attempt: number): CatalogPullError {
    const tries = attempt + 1 === 1 ? '' : ` (after ${attempt + 1} attempts)`;
    switch (outcome.kind) {
      case 'status':
        return new CatalogPullError('http', `the Management API answered ${outcome.status} for ${url}${tries}`, outcome.status);
      case 'timeout':
        return new CatalogPullError('timeout', `no complete answer from ${url} within ${this.timeoutMs} ms${tries}`);
      case 'invalid':
        return new CatalogPullError('invalid-response', `the Management API answered ${url} with something that is not JSON${tries}`);
      case 'network':
        return new CatalogPullError('network', `could not reach ${url}: ${outcome.message}${tries}`);
    }
  }

  private async once(url: string): Promise<Outcome> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);
    try {
      const response = await this.fetchImpl(url, {
        headers: { Authorization: `Bearer ${this.token}`, Accept: 'application/json' },
        signal: controller.signal,
        redirect: 'error',
      });
      const text = await response.text();
      if (!response.ok) return { kind: 'status', status: response.status, retryAfterMs: retryAfterMs(response.headers.get('retry-after')) };
      try {
        return { kind: 'ok', body: JSON.parse(text) as unknown };
      } catch {
        return { kind: 'invalid' };
      }
    } catch (error) {
      if (controller.signal.aborted) return { kind: 'timeout' };
      return { kind: 'network', message: networkMessage(error) };
    } finally {
      clearTimeout(timer);
    }
  }
}

type Outcome =
  | { kind: 'ok'; body: unknown }
  | { kind: 'status'; status: number; retryAfterMs: number | null }
  | { kind: 'timeout' }
  | { kind: 'invalid' }
  | { kind: 'network'; message: string };

/** Retry-After: seconds or an HTTP date; capped so a hostile value cannot stall CI for hours. */
export function retryAfterMs(value: string | null, now: number = Date.now()): number | null {
  if (value === null || value.trim() === '') return null;
  const seconds = Number(value.trim());
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(value) - now;
  if (!Number.isFinite(ms)) return null;
  return Math.min(Math.max(0, ms), MAX_RETRY_AFTER_MS);
}

function networkMessage(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error instanceof Error ? error.message : String(error)}${cause}`;
}

async function writeAtomically(file: string, content: string): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(temporary, content, 'utf8');
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new CatalogPullError('write-failed', `could not write ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// ───────────────────────────── CLI entry ─────────────────────────────

export const DEFAULT_TOKEN_ENV = 'GRAVITEE_TOKEN';
export const DEFAULT_CATALOG_FILE = 'gravitee/catalog.json';

/** Flags of `arch-lint catalog pull` (each falls back to the config's `gateway` section). */
export interface CatalogPullCommandOptions {
  config?: ResolvedConfig | null;
  /** `--management-url` */
  managementUrl?: string;
  /** `--environment` (default `DEFAULT`) */
  environmentId?: string;
  /** `--organization` */
  organizationId?: string;
  /** `--token-env`: name of the environment variable holding the token (default GRAVITEE_TOKEN). */
  tokenEnv?: string;
  /** `--output` / `-o` */
  output?: string;
  /** `--timeout` in ms */
  timeoutMs?: number;
  /** `--retries` */
  retries?: number;
  /** `--allow-empty` */
  allowEmpty?: boolean;
  /** `--per-page` (default 100) */
  perPage?: number;
  /** Where the token is read from (default process.env). */
  env?: Readonly<Record<string, string | undefined>>;
  /** Directory a relative --output is relative to (default: the config's baseDir, else cwd). */
  cwd?: string;
  fetchImpl?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  backoffMs?: number;
}

export interface CatalogPullCommandResult extends PullCatalogResult {
  /** One line for the terminal; never contains the token. */
  summary: string;
  /** Things the user should act on (the written file is not one `gateway.catalog` reads); never the token. */
  notes: string[];
}

/** `arch-lint catalog pull`: resolve flags and config, read the token from the environment, pull. Throws CatalogPullError. */
export async function runCatalogPull(options: CatalogPullCommandOptions): Promise<CatalogPullCommandResult> {
  const gateway = options.config?.gateway;
  const managementUrl = options.managementUrl ?? gateway?.managementUrl ?? null;
  if (!managementUrl) {
    throw new CatalogPullError('missing-option', 'no Management API URL: pass --management-url or set gateway.managementUrl in the config');
  }
  const environmentId = options.environmentId ?? gateway?.environmentId ?? 'DEFAULT';
  const tokenEnv = options.tokenEnv ?? gateway?.tokenEnv ?? DEFAULT_TOKEN_ENV;
  const token = (options.env ?? process.env)[tokenEnv];
  if (!token) {
    throw new CatalogPullError('missing-token', `the environment variable ${tokenEnv} is not set: put a Gravitee personal access token in it (the name comes from --token-env or gateway.tokenEnv)`);
  }
  const baseDir = options.cwd ?? options.config?.baseDir ?? process.cwd();
  const configured = gateway?.catalog.find((entry) => !/[*?[\]{}!]/.test(entry) && entry.endsWith('.json'));
  const output = path.resolve(baseDir, options.output ?? configured ?? DEFAULT_CATALOG_FILE);
  const result = await pullCatalog({
    managementUrl,
    environmentId,
    organizationId: options.organizationId ?? null,
    token,
    output,
    ...(options.fetchImpl ? { fetchImpl: options.fetchImpl } : {}),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    ...(options.retries !== undefined ? { retries: options.retries } : {}),
    ...(options.backoffMs !== undefined ? { backoffMs: options.backoffMs } : {}),
    ...(options.sleep ? { sleep: options.sleep } : {}),
    ...(options.allowEmpty ? { allowEmpty: true } : {}),
    ...(options.perPage !== undefined ? { perPage: options.perPage } : {}),
  });
  const skipped = result.skipped.length > 0 ? `, skipped ${result.skipped.length} federated` : '';
  const shown = path.relative(baseDir, result.file) || result.file;
  const notes = (await readByCatalog(result.file, options.config ?? null)) ? [] : [unreadNote(shown, options.config?.gateway.catalog ?? [])];
  return { ...result, notes, summary: `wrote ${result.apis} API${result.apis === 1 ? '' : 's'} of environment ${environmentId} to ${shown}${skipped}` };
}

/** Whether lint runs will read `file`: one of the config's `gateway.catalog` patterns matches it. */
async function readByCatalog(file: string, config: ResolvedConfig | null): Promise<boolean> {
  const patterns = config?.gateway.catalog ?? [];
  if (config === null || patterns.length === 0) return false;
  const matches = await globby([...patterns], { cwd: config.baseDir, dot: true, onlyFiles: true, absolute: true });
  const real = async (entry: string) => realpath(entry).catch(() => path.resolve(entry));
  const target = await real(file);
  for (const match of matches) if ((await real(match)) === target) return true;
  return false;
}

function unreadNote(shown: string, patterns: readonly string[]): string {
  return patterns.length === 0
    ? `no gateway.catalog is configured, so arch-lint does not read ${shown} yet: add it to gateway.catalog in arch-lint.config.yaml`
    : `gateway.catalog (${patterns.join(', ')}) does not match ${shown}, so arch-lint does not read it: add it to gateway.catalog, or pull with -o to a file it matches`;
}
