import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCatalogFile } from '../../src/catalog/load.js';
import { CatalogPullError, managementBase, pullCatalog, retryAfterMs, runCatalogPull } from '../../src/catalog/pull.js';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures/catalog/pull');
const fixture = (name: string) => readFileSync(path.join(fixtures, name), 'utf8');
const TOKEN = 'pat-7f3c9e21-secret-do-not-print';
const API_BASE = '/management/v2/environments/DEFAULT';

/** What the server does next for a path (pathname + search); default: the documented answers. */
type Handler = (request: IncomingMessage, response: ServerResponse) => void;

let server: Server;
let url: string;
let dir: string;
let requests: string[];
let overrides: Map<string, Handler[]>;

function documented(request: IncomingMessage, response: ServerResponse): void {
  const route = request.url ?? '';
  const send = (status: number, body: string) => {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(body);
  };
  if (request.headers.authorization !== `Bearer ${TOKEN}`) return send(401, '{"message":"Unauthorized","httpStatus":401}');
  if (route === `${API_BASE}/apis?page=1&perPage=2`) return send(200, fixture('apis-page-1.json'));
  if (route === `${API_BASE}/apis?page=2&perPage=2`) return send(200, fixture('apis-page-2.json'));
  const exported = /\/apis\/([^/]+)\/_export\/definition\?excludeAdditionalData=groups,members,metadata,pages$/.exec(route);
  if (exported?.[1] === 'contacts' || exported?.[1] === 'netdata') return send(200, fixture(`export-${exported[1]}.json`));
  // The export is v4-only: a V2 API gets a 400, like the real server.
  if (exported?.[1] === 'orgreg') return send(400, '{"message":"Only V4 API definition is supported","httpStatus":400}');
  if (route === `${API_BASE}/apis/orgreg/plans?page=1&perPage=100`) return send(200, fixture('plans-orgreg.json'));
  return send(404, '{"message":"not found"}');
}

beforeEach(async () => {
  requests = [];
  overrides = new Map();
  server = createServer((request, response) => {
    requests.push(request.url ?? '');
    const queue = overrides.get(request.url ?? '');
    const handler = queue && queue.length > 0 ? (queue.shift() as Handler) : documented;
    handler(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  dir = mkdtempSync(path.join(tmpdir(), 'arch-lint-pull-'));
});

afterEach(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
});

const noWait = async () => {};
const options = (extra: Partial<Parameters<typeof pullCatalog>[0]> = {}) => ({
  managementUrl: url,
  environmentId: 'DEFAULT',
  token: TOKEN,
  output: path.join(dir, 'gravitee', 'catalog.json'),
  perPage: 2,
  timeoutMs: 2000,
  retries: 2,
  sleep: noWait,
  ...extra,
});
const GOOD = '[{"api":{"id":"old","name":"Old","gravitee":"2.0.0"}}]\n';

describe('pullCatalog', () => {
  it('reads every page and each API definition, and writes a catalogue the loader reads', async () => {
    const result = await pullCatalog(options());
    expect(result).toMatchObject({ apis: 3, file: path.join(dir, 'gravitee', 'catalog.json'), retried: 0, skipped: [{ id: 'fed-1', reason: expect.stringContaining('federated') }] });
    expect(requests).toEqual([
      `${API_BASE}/apis?page=1&perPage=2`,
      `${API_BASE}/apis?page=2&perPage=2`,
      `${API_BASE}/apis/orgreg/_export/definition?excludeAdditionalData=groups,members,metadata,pages`,
      `${API_BASE}/apis/orgreg/plans?page=1&perPage=100`,
      `${API_BASE}/apis/contacts/_export/definition?excludeAdditionalData=groups,members,metadata,pages`,
      `${API_BASE}/apis/netdata/_export/definition?excludeAdditionalData=groups,members,metadata,pages`,
    ]);
    const written = readFileSync(result.file, 'utf8');
    const { apis, problems } = parseCatalogFile('catalog.json', written);
    expect(problems).toEqual([]);
    expect(apis.map((api) => [api.id, api.paths[0]?.path, api.backends[0]?.url, api.plans.map((plan) => plan.security).join()])).toEqual([
      ['contacts', '/contact-search', 'https://contact-search.apps.ocp-prod-0.k8s.it.helsinki.fi/api', 'OAUTH2'],
      ['netdata', '/netdata', 'https://netdata.it.helsinki.fi/api', 'API_KEY'],
      ['orgreg', '/organisation', 'https://orgreg.apps.ocp-prod-0.k8s.it.helsinki.fi/api', 'API_KEY'],
    ]);
    // Deterministic: a second pull writes the same bytes; no export dates or members in it.
    await pullCatalog(options());
    expect(readFileSync(result.file, 'utf8')).toBe(written);
    expect(written).not.toContain('2026-11-20');
    expect(written).not.toContain(TOKEN);
  });

  it('fails with a typed error on 401 and keeps the existing catalogue', async () => {
    const output = path.join(dir, 'catalog.json');
    writeFileSync(output, GOOD);
    const error = await pullCatalog(options({ token: 'wrong-token', output })).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CatalogPullError);
    expect(error).toMatchObject({ code: 'unauthorized', status: 401 });
    expect(String((error as Error).message)).not.toContain('wrong-token');
    expect(readFileSync(output, 'utf8')).toBe(GOOD);
    expect(requests).toHaveLength(1);
  });

  it('fails with a typed error on 403', async () => {
    overrides.set(`${API_BASE}/apis?page=1&perPage=2`, [(_q, response) => response.writeHead(403).end('{"message":"Forbidden"}')]);
    await expect(pullCatalog(options())).rejects.toMatchObject({ code: 'forbidden', status: 403, message: expect.stringContaining('ENVIRONMENT_API[READ]') });
  });

  it('retries a 500 and a 429 (honouring Retry-After) and then succeeds', async () => {
    const waits: number[] = [];
    overrides.set(`${API_BASE}/apis?page=1&perPage=2`, [(_q, response) => response.writeHead(500).end('oops')]);
    overrides.set(`${API_BASE}/apis?page=2&perPage=2`, [(_q, response) => response.writeHead(429, { 'retry-after': '7' }).end()]);
    const result = await pullCatalog(options({ backoffMs: 100, sleep: async (ms) => void waits.push(ms) }));
    expect(result.apis).toBe(3);
    expect(result.retried).toBe(2);
    expect(waits).toEqual([100, 7000]);
  });

  it('backs off exponentially and gives up after the retries with a typed error', async () => {
    const waits: number[] = [];
    const fail: Handler = (_q, response) => response.writeHead(503).end();
    overrides.set(`${API_BASE}/apis?page=1&perPage=2`, [fail, fail, fail, fail]);
    await expect(pullCatalog(options({ retries: 3, backoffMs: 100, sleep: async (ms) => void waits.push(ms) }))).rejects.toMatchObject({ code: 'http', status: 503, message: expect.stringContaining('after 4 attempts') });
    expect(waits).toEqual([100, 200, 400]);
  });

  it('an interrupted download leaves the old file intact and no temporary file behind', async () => {
    const output = path.join(dir, 'catalog.json');
    writeFileSync(output, GOOD);
    const cut: Handler = (_q, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': '5000' });
      response.write('{"data": [{"id": "contacts", "name": "Con');
      setTimeout(() => response.destroy(), 10);
    };
    overrides.set(`${API_BASE}/apis/netdata/_export/definition?excludeAdditionalData=groups,members,metadata,pages`, [cut, cut, cut]);
    const error = await pullCatalog(options({ output })).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'network' });
    expect(readFileSync(output, 'utf8')).toBe(GOOD);
    expect(readdirSync(dir)).toEqual(['catalog.json']);
  });

  it('times out a request that does not answer, then succeeds on retry', async () => {
    overrides.set(`${API_BASE}/apis?page=1&perPage=2`, [() => undefined]);
    const result = await pullCatalog(options({ timeoutMs: 200 }));
    expect(result).toMatchObject({ apis: 3, retried: 1 });
  });

  it('rejects an answer that is not a Management API list', async () => {
    overrides.set(`${API_BASE}/apis?page=1&perPage=2`, [(_q, response) => response.writeHead(200).end('{"items": []}')]);
    await expect(pullCatalog(options())).rejects.toMatchObject({ code: 'invalid-response' });
  });

  it('does not replace a catalogue with an empty answer unless asked', async () => {
    const output = path.join(dir, 'catalog.json');
    writeFileSync(output, GOOD);
    const empty: Handler = (_q, response) => response.writeHead(200).end('{"data": [], "pagination": {"page": 1, "pageCount": 0}}');
    overrides.set(`${API_BASE}/apis?page=1&perPage=2`, [empty, empty]);
    await expect(pullCatalog(options({ output }))).rejects.toMatchObject({ code: 'empty' });
    expect(readFileSync(output, 'utf8')).toBe(GOOD);
    await expect(pullCatalog(options({ output, allowEmpty: true }))).resolves.toMatchObject({ apis: 0 });
    expect(readFileSync(output, 'utf8')).toBe('[]\n');
  });
});

describe('runCatalogPull', () => {
  it('reads the token from the named environment variable and never shows it', async () => {
    const result = await runCatalogPull({ managementUrl: `${url}/management/v2/`, tokenEnv: 'HY_APIM_TOKEN', env: { HY_APIM_TOKEN: TOKEN }, output: 'catalog.json', cwd: dir, perPage: 2, sleep: noWait });
    expect(result.summary).toBe('wrote 3 APIs of environment DEFAULT to catalog.json, skipped 1 federated');
    expect(JSON.stringify(result)).not.toContain(TOKEN);
    expect(readFileSync(path.join(dir, 'catalog.json'), 'utf8')).not.toContain(TOKEN);
  });

  it('uses the config: management URL, environment, token variable and the catalogue file', async () => {
    const config = {
      baseDir: dir,
      gateway: { catalog: ['gravitee/*.yaml', 'gravitee/pulled.json'], entrypoints: [], tokenEnv: 'APIM_PAT', managementUrl: url, environmentId: 'DEFAULT' },
    } as unknown as Parameters<typeof runCatalogPull>[0]['config'];
    const result = await runCatalogPull({ config, env: { APIM_PAT: TOKEN }, perPage: 2, sleep: noWait });
    expect(result.file).toBe(path.join(dir, 'gravitee', 'pulled.json'));
  });

  it('says which variable is missing, without a request', async () => {
    await expect(runCatalogPull({ managementUrl: url, env: {}, cwd: dir })).rejects.toMatchObject({ code: 'missing-token', message: expect.stringContaining('GRAVITEE_TOKEN') });
    await expect(runCatalogPull({ env: { GRAVITEE_TOKEN: TOKEN }, cwd: dir })).rejects.toMatchObject({ code: 'missing-option' });
    expect(requests).toEqual([]);
  });
});

describe('helpers', () => {
  it.each([
    ['https://apim.example.org', 'https://apim.example.org/management/v2'],
    ['https://apim.example.org/', 'https://apim.example.org/management/v2'],
    ['https://apim.example.org/management', 'https://apim.example.org/management/v2'],
    ['https://apim.example.org/management/v2/', 'https://apim.example.org/management/v2'],
  ])('managementBase(%s)', (input, expected) => expect(managementBase(input)).toBe(expected));

  it('retryAfterMs reads seconds and dates, capped at a minute', () => {
    expect(retryAfterMs('3')).toBe(3000);
    expect(retryAfterMs('Tue, 24 Nov 2026 00:00:10 GMT', Date.parse('2026-11-24T00:00:00Z'))).toBe(10_000);
    expect(retryAfterMs('86400')).toBe(60_000);
    expect(retryAfterMs('soon')).toBeNull();
    expect(retryAfterMs(null)).toBeNull();
  });
});
