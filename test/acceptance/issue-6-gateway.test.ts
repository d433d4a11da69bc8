/**
 * Issue 6's acceptance, end to end through the built CLI as a subprocess (`node bin/arch-lint.js`):
 * - a service calls https://orgreg.apps.ocp-prod-0.k8s.it.helsinki.fi/api/units through ORGREG_URL, bound in an
 *   OpenShift Deployment; the catalogue fronts that backend at /organisation; arch-lint reports gateway-bypass
 *   naming the API and https://gw.api.helsinki.fi/organisation/units; --fix rewrites the Deployment's value and
 *   a second run is clean of that finding (and the call then carries the API's name in targets[].api);
 * - the same API in each of the four Gravitee serialisations gives the same finding and fix;
 * - the fix and the API name in SARIF, the suggested URL in stylish;
 * - `catalog pull` against a Management API on 127.0.0.1: all pages, 500-then-success, 401, an interrupted
 *   download that leaves the old catalogue intact; the token appears in no output and no file.
 * Needs `npm run build` first (`npm test` does it).
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Finding, LintResult } from '../../src/model.js';
import { assertBuilt, repo, run, runAsync, type RunOutcome } from '../cli/subprocess.js';

const fixtures = path.join(repo, 'fixtures/acceptance/issue-6');
const DEPLOYMENT = 'openshift/deployment.yaml';
const BACKEND = 'https://orgreg.apps.ocp-prod-0.k8s.it.helsinki.fi/api';
const API_NAME = 'HY Organisation API';

beforeAll(assertBuilt);

const scratch: string[] = [];
afterAll(() => scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A fresh copy of the orgreg-bypass workspace. */
function workspace(): string {
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'arch-lint-issue-6-')));
  scratch.push(dir);
  cpSync(path.join(fixtures, 'orgreg-bypass'), dir, { recursive: true });
  return dir;
}

function report(outcome: RunOutcome): LintResult {
  try {
    return JSON.parse(outcome.stdout) as LintResult;
  } catch {
    throw new Error(`no JSON report (exit ${outcome.code}):\n${outcome.stderr}`);
  }
}

const byRule = (result: LintResult, ruleId: string): Finding[] => result.findings.filter((finding) => finding.ruleId === ruleId);

describe('acceptance: a call through an env var bound in an OpenShift Deployment bypasses the gateway', () => {
  it('reports gateway-bypass naming the API and the gateway URL, with a fix on the Deployment value, and not no-direct-integration', () => {
    const dir = workspace();
    const outcome = run(['--format', 'json'], { cwd: dir });
    expect(outcome.code).toBe(1);
    const result = report(outcome);
    expect(result.problems).toEqual([]);

    const bypass = byRule(result, 'gateway-bypass');
    expect(bypass).toHaveLength(1);
    const finding = bypass[0]!;
    expect(finding).toMatchObject({ severity: 'error', file: 'src/orgUnits.ts', line: 11 });
    expect(finding.message).toContain(`gateway API '${API_NAME}'`);
    expect(finding.message).toContain('https://gw.api.helsinki.fi/organisation/units');
    expect(finding.message).toContain('X-Api-Key');
    // The evidence chain names the Deployment binding.
    expect(finding.message).toContain(`${DEPLOYMENT}:25`);

    // The fix rewrites exactly the Deployment's value.
    const deployment = readFileSync(path.join(dir, DEPLOYMENT), 'utf8');
    expect(finding.fix).toMatchObject({ file: DEPLOYMENT, text: 'https://gw.api.helsinki.fi/organisation', expected: BACKEND });
    const [start, end] = finding.fix!.range;
    expect(deployment.slice(start, end)).toBe(BACKEND);

    // Reported instead of no-direct-integration for that call, never both; nothing else to report.
    expect(byRule(result, 'no-direct-integration')).toEqual([]);
    expect(result.findings.map((entry) => entry.ruleId)).toEqual(['gateway-bypass']);
    const call = result.calls[finding.callIndex!];
    expect(call?.targets).toEqual([expect.objectContaining({ url: `${BACKEND}/units`, binding: expect.objectContaining({ file: DEPLOYMENT, line: 25 }) })]);
  });

  it('--fix-dry-run prints the diff and changes nothing; --fix rewrites the Deployment value and the second run is clean', () => {
    const dir = workspace();
    const deploymentFile = path.join(dir, DEPLOYMENT);
    const before = readFileSync(deploymentFile, 'utf8');

    const dry = run(['--fix-dry-run'], { cwd: dir });
    expect(dry.stdout).toContain(`--- a/${DEPLOYMENT}\n+++ b/${DEPLOYMENT}\n`);
    expect(dry.stdout).toContain(`-              value: ${BACKEND}\n+              value: https://gw.api.helsinki.fi/organisation\n`);
    expect(dry.stderr).toContain('1 fix would be applied in 1 file, 0 left.');
    expect(readFileSync(deploymentFile, 'utf8')).toBe(before);

    const fixed = run(['--fix', '--format', 'json'], { cwd: dir });
    expect(fixed.stderr).toContain(`arch-lint: fixed ${DEPLOYMENT}: Replace ${BACKEND} with the gateway URL https://gw.api.helsinki.fi/organisation`);
    expect(fixed.stderr).toContain('applied 1 fix in 1 file, 0 left.');
    // Only the value changed.
    expect(readFileSync(deploymentFile, 'utf8')).toBe(before.replace(`value: ${BACKEND}`, 'value: https://gw.api.helsinki.fi/organisation'));
    // The report printed after --fix is of the files as they are now.
    expect(fixed.code).toBe(0);
    expect(byRule(report(fixed), 'gateway-bypass')).toEqual([]);

    const second = run(['--format', 'json'], { cwd: dir });
    expect(second.code).toBe(0);
    const result = report(second);
    expect(result.findings).toEqual([]);
    // The call now goes through the gateway, and the inventory names the published API it uses.
    expect(result.calls.flatMap((call) => call.targets)).toEqual([
      expect.objectContaining({ url: 'https://gw.api.helsinki.fi/organisation/units', zone: 'gateway', api: API_NAME }),
    ]);
    expect(run(['--fix-dry-run'], { cwd: dir }).stdout).toBe('');
  });

  it('stylish shows the suggested gateway URL; SARIF carries the fix and the API name', () => {
    const dir = workspace();
    const stylish = run(['--no-color'], { cwd: dir });
    expect(stylish.stdout).toMatch(/Call https:\/\/gw\.api\.helsinki\.fi\/organisation\/units instead/);
    expect(stylish.stdout).toContain('gateway-bypass');

    const sarif = JSON.parse(run(['--format', 'sarif'], { cwd: dir }).stdout) as {
      runs: { results: { ruleId: string; message: { text: string }; fixes?: { artifactChanges: { artifactLocation: { uri: string }; replacements: { deletedRegion: { charOffset: number; charLength: number }; insertedContent: { text: string } }[] }[] }[] }[] }[];
    };
    const [result] = sarif.runs[0]!.results.filter((entry) => entry.ruleId === 'gateway-bypass');
    expect(result?.message.text).toContain(API_NAME);
    const change = result?.fixes?.[0]?.artifactChanges[0];
    expect(change?.artifactLocation.uri).toBe(DEPLOYMENT);
    const deployment = readFileSync(path.join(dir, DEPLOYMENT), 'utf8');
    const replacement = change?.replacements[0];
    expect(deployment.substr(replacement!.deletedRegion.charOffset, replacement!.deletedRegion.charLength)).toBe(BACKEND);
    expect(replacement?.insertedContent.text).toBe('https://gw.api.helsinki.fi/organisation');
  });

  it.each(['markdown', 'github', 'gitlab', 'junit'])('the %s report carries the API name, the gateway URL and the fix', (format) => {
    const dir = workspace();
    const output = run(['--format', format], { cwd: dir }).stdout;
    // Markdown escapes punctuation from scanned text; compare without its backslashes.
    const text = format === 'markdown' ? output.replace(/\\(?=[-()\\])/g, '') : output;
    expect(text).toContain(API_NAME);
    expect(text).toContain('https://gw.api.helsinki.fi/organisation/units');
    expect(text).toContain(`Replace ${BACKEND} with the gateway URL https://gw.api.helsinki.fi/organisation (${API_NAME}) in ${DEPLOYMENT}:25`);
  });

  it.each(['mapi-v4-export.json', 'v4-deployed.json', 'gko.yaml'])('the same API as %s gives the same finding and fix', (file) => {
    const dir = workspace();
    rmSync(path.join(dir, 'gravitee/organisation.yaml'));
    cpSync(path.join(fixtures, 'serialisations', file), path.join(dir, 'gravitee', file));
    const result = report(run(['--format', 'json'], { cwd: dir }));
    expect(result.problems).toEqual([]);
    const [finding, ...others] = byRule(result, 'gateway-bypass');
    expect(others).toEqual([]);
    expect(finding?.message).toContain(`gateway API '${API_NAME}' (3d0a6b7e-2c1f-4e55-9b0d-4f6e00000610)`);
    expect(finding?.message).toContain("Call https://gw.api.helsinki.fi/organisation/units instead, with an API key in the X-Api-Key header (plan 'Application key')");
    expect(finding?.fix).toMatchObject({ file: DEPLOYMENT, text: 'https://gw.api.helsinki.fi/organisation', expected: BACKEND });
  });

  it('a malformed catalogue entry is one problem naming the file and the API; the rest still loads', () => {
    const dir = workspace();
    writeFileSync(
      path.join(dir, 'gravitee/broken.yaml'),
      '# An API whose proxy lost its paths in a bad merge.\nid: people-9\nname: People API\ngravitee: "2.0.0"\nproxy:\n  groups: [{ name: g, endpoints: [{ name: e, target: "https://people.it.helsinki.fi" }] }]\n',
    );
    const result = report(run(['--format', 'json'], { cwd: dir }));
    expect(result.problems).toEqual([expect.objectContaining({ file: 'gravitee/broken.yaml', severity: 'error', code: 'catalog-invalid-api' })]);
    expect(result.problems[0]?.message).toContain('"People API" (people-9)');
    expect(byRule(result, 'gateway-bypass')).toHaveLength(1);
  });
});

describe('acceptance: api-not-published and unknown-gateway-api through the CLI', () => {
  const ROOM_HOST = 'room-api.apps.ocp-prod-0.k8s.it.helsinki.fi';
  const ROOMS_API = [
    '# The room API once published: its backend is the Route host.',
    'id: hy-rooms',
    'name: HY Room API',
    'gravitee: "2.0.0"',
    'proxy:',
    '  virtual_hosts: [{ path: /rooms }]',
    `  groups: [{ name: default, endpoints: [{ name: prod, target: "https://${ROOM_HOST.toUpperCase()}:443/v1/" }] }]`,
    '',
  ].join('\n');

  function published(): string {
    const dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'arch-lint-issue-6-published-')));
    scratch.push(dir);
    cpSync(path.join(fixtures, 'published-apis'), dir, { recursive: true });
    return dir;
  }

  it('warns about an API exposed through the gateway that no catalogue backend fronts (host from the Route), and a gateway path no API publishes', () => {
    const dir = published();
    const outcome = run(['--format', 'json'], { cwd: dir });
    expect(outcome.code).toBe(0);
    const result = report(outcome);
    expect(result.problems).toEqual([]);
    expect(result.findings.map((finding) => `${finding.ruleId} ${finding.file}:${finding.line}`)).toEqual([
      'api-not-published room-api/architecture.yaml:9',
      'unknown-gateway-api room-api/src/units.ts:11',
    ]);
    expect(byRule(result, 'api-not-published')[0]?.message).toContain(`no API in the gateway catalogue has a backend on its hosts (${ROOM_HOST})`);
    expect(byRule(result, 'unknown-gateway-api')[0]?.message).toContain('https://gw.api.helsinki.fi/organisatio/units/names');
    // The call under a published path names its API in the inventory; the typo names none.
    const targets = result.calls.flatMap((call) => call.targets).map((target) => [target.url, target.api ?? null]);
    expect(targets).toEqual([
      ['https://gw.api.helsinki.fi/organisation/units?building={result of a call}', API_NAME],
      ['https://gw.api.helsinki.fi/organisatio/units/names', null],
    ]);
  });

  it('is silent once a catalogue API has a backend on the Route host (case and port ignored), or on an explicit hosts entry', () => {
    const dir = published();
    writeFileSync(path.join(dir, 'gravitee/rooms.yaml'), ROOMS_API);
    expect(byRule(report(run(['--format', 'json'], { cwd: dir })), 'api-not-published')).toEqual([]);

    // Without the Route arch-lint knows no host of the service, and says so.
    rmSync(path.join(dir, 'room-api/openshift/route.yaml'));
    const unknownHost = byRule(report(run(['--format', 'json'], { cwd: dir })), 'api-not-published');
    expect(unknownHost).toHaveLength(1);
    expect(unknownHost[0]?.message).toContain("arch-lint knows no host of service 'room-api'");

    // An explicit hosts list in the manifest is enough.
    const manifest = path.join(dir, 'room-api/architecture.yaml');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('spec:\n', `spec:\n  hosts: [${ROOM_HOST}]\n`));
    const result = report(run(['--format', 'json'], { cwd: dir }));
    expect(result.problems).toEqual([]);
    expect(byRule(result, 'api-not-published')).toEqual([]);
  });
});

// ───────────────────────────── catalog pull ─────────────────────────────

const TOKEN = 'pat-hy-4c1d7e0b-never-print-me';
const ENV_BASE = '/management/v2/environments/DEFAULT';

/** The Management API's answers for this environment: two pages of APIs, a v4 export, and plans for the v2 API. */
const listPage = (page: number) =>
  page === 1
    ? {
        data: [
          {
            id: 'orgreg',
            name: API_NAME,
            definitionVersion: 'V2',
            contextPath: '/organisation',
            proxy: { virtualHosts: [{ path: '/organisation' }], groups: [{ name: 'default', endpoints: [{ name: 'prod', type: 'http', target: BACKEND }] }] },
          },
        ],
        pagination: { page: 1, perPage: 1, pageCount: 2, pageItemsCount: 1, totalCount: 2 },
        links: { next: `${ENV_BASE}/apis?page=2&perPage=1` },
      }
    : {
        data: [{ id: 'rooms', name: 'Room Booking API', definitionVersion: 'V4', type: 'PROXY' }],
        pagination: { page: 2, perPage: 1, pageCount: 2, pageItemsCount: 1, totalCount: 2 },
        links: {},
      };
const roomsExport = {
  export: { date: '2026-11-23T10:00:00Z' },
  api: {
    id: 'rooms',
    name: 'Room Booking API',
    definitionVersion: 'V4',
    type: 'PROXY',
    listeners: [{ type: 'HTTP', paths: [{ path: '/rooms' }] }],
    endpointGroups: [{ name: 'default', type: 'http-proxy', endpoints: [{ name: 'be', type: 'http-proxy', configuration: { target: 'https://rooms.apps.ocp-prod-0.k8s.it.helsinki.fi/v1' } }] }],
  },
  members: [{ id: 'someone' }],
  plans: [{ id: 'p-rooms', name: 'Staff OAuth2', security: { type: 'OAUTH2' }, status: 'PUBLISHED' }],
};
const orgregPlans = { data: [{ id: 'p-org', name: 'Application key', security: { type: 'API_KEY' }, status: 'PUBLISHED' }] };

describe('acceptance: catalog pull against a Management API on 127.0.0.1', () => {
  let server: Server;
  let url = '';
  let requests: { path: string; authorization: string | undefined }[] = [];
  /** Per path, answers to give before the documented one (failures). */
  let failures: Map<string, ((response: ServerResponse) => void)[]>;

  function answer(request: IncomingMessage, response: ServerResponse): void {
    const route = request.url ?? '';
    requests.push({ path: route, authorization: request.headers.authorization });
    const send = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    const failure = failures.get(route)?.shift();
    if (failure) return failure(response);
    if (request.headers.authorization !== `Bearer ${TOKEN}`) return send(401, { message: 'Unauthorized', httpStatus: 401 });
    const page = /\/apis\?page=(\d+)&perPage=1$/.exec(route);
    if (route.startsWith(`${ENV_BASE}/apis?`) && page) return send(200, listPage(Number(page[1])));
    if (route.startsWith(`${ENV_BASE}/apis/rooms/_export/definition`)) return send(200, roomsExport);
    // The export is v4-only: the v2 API is refused, as by the real server.
    if (route.startsWith(`${ENV_BASE}/apis/orgreg/_export/definition`)) return send(400, { message: 'Only V4 API definition is supported' });
    if (route.startsWith(`${ENV_BASE}/apis/orgreg/plans`)) return send(200, orgregPlans);
    return send(404, { message: 'not found' });
  }

  beforeAll(async () => {
    server = createServer(answer);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  beforeEach(() => {
    requests = [];
    failures = new Map();
  });
  afterEach(() => server.closeAllConnections());

  const pull = (dir: string, ...extra: string[]) =>
    runAsync(['catalog', 'pull', '--management-url', url, '--token-env', 'HY_APIM_TOKEN', '--per-page', '1', '-o', 'gravitee/pulled.json', '--timeout', '5000', ...extra], {
      cwd: dir,
      env: { HY_APIM_TOKEN: TOKEN },
    });

  /** Every file under `dir`, as text. */
  const allFiles = (dir: string): string =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => readFileSync(path.join(entry.parentPath, entry.name), 'utf8'))
      .join('\n');

  it('reads every page, retries a 500, writes a catalogue that lint uses, and the token is in no output or file', async () => {
    const dir = workspace();
    rmSync(path.join(dir, 'gravitee/organisation.yaml'));
    failures.set(`${ENV_BASE}/apis?page=2&perPage=1`, [(response) => response.writeHead(500, { 'content-type': 'application/json' }).end('{"message":"Internal Server Error"}')]);

    const outcome = await pull(dir, '--retries', '2');
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toBe('arch-lint: wrote 2 APIs of environment DEFAULT to gravitee/pulled.json\n');
    expect(outcome.stderr).toBe('');
    expect(requests.map((request) => request.path.split('?')[0])).toEqual([
      `${ENV_BASE}/apis`,
      `${ENV_BASE}/apis`,
      `${ENV_BASE}/apis`,
      `${ENV_BASE}/apis/orgreg/_export/definition`,
      `${ENV_BASE}/apis/orgreg/plans`,
      `${ENV_BASE}/apis/rooms/_export/definition`,
    ]);
    expect(requests.map((request) => new URL(request.path, url).searchParams.get('page')).slice(0, 3)).toEqual(['1', '2', '2']);
    expect(requests.every((request) => request.authorization === `Bearer ${TOKEN}`)).toBe(true);

    // The pulled catalogue is what the lint run uses (its config globs gravitee/*.{yaml,json}).
    const result = report(run(['--format', 'json'], { cwd: dir }));
    expect(result.problems).toEqual([]);
    const [bypass] = byRule(result, 'gateway-bypass');
    expect(bypass?.message).toContain(`gateway API '${API_NAME}' (orgreg)`);
    expect(bypass?.message).toContain("https://gw.api.helsinki.fi/organisation/units instead, with an API key in the X-Api-Key header (plan 'Application key')");

    expect(`${outcome.stdout}${outcome.stderr}`).not.toContain(TOKEN);
    expect(allFiles(dir)).not.toContain(TOKEN);
    expect(readFileSync(path.join(dir, 'gravitee/pulled.json'), 'utf8')).not.toContain('someone');
  });

  it('says so when the written file is not one gateway.catalog reads', async () => {
    const dir = workspace();
    const outcome = await runAsync(['catalog', 'pull', '--management-url', url, '--token-env', 'HY_APIM_TOKEN', '--per-page', '1', '-o', 'exports/catalog.json'], { cwd: dir, env: { HY_APIM_TOKEN: TOKEN } });
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toBe('arch-lint: wrote 2 APIs of environment DEFAULT to exports/catalog.json\n');
    expect(outcome.stderr).toBe('arch-lint: note: gateway.catalog (gravitee/*.{yaml,json}) does not match exports/catalog.json, so arch-lint does not read it: add it to gateway.catalog, or pull with -o to a file it matches\n');
  });

  it('a 401 is exit 2 with one clean line; the old catalogue stays and the token is nowhere', async () => {
    const dir = workspace();
    const good = readFileSync(path.join(fixtures, 'serialisations/mapi-v4-export.json'), 'utf8');
    writeFileSync(path.join(dir, 'gravitee/pulled.json'), good);
    const outcome = await runAsync(['catalog', 'pull', '--management-url', url, '--token-env', 'HY_APIM_TOKEN', '-o', 'gravitee/pulled.json'], {
      cwd: dir,
      env: { HY_APIM_TOKEN: 'pat-expired-token-value' },
    });
    expect(outcome.code).toBe(2);
    expect(outcome.stdout).toBe('');
    expect(outcome.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^arch-lint catalog pull: the Management API refused the token \(401 Unauthorized\)/)]);
    expect(outcome.stderr).not.toContain('pat-expired-token-value');
    expect(requests).toHaveLength(1);
    expect(readFileSync(path.join(dir, 'gravitee/pulled.json'), 'utf8')).toBe(good);
  });

  it('an interrupted download is exit 2 and leaves the old catalogue intact, with no temporary file', async () => {
    const dir = workspace();
    const good = readFileSync(path.join(fixtures, 'serialisations/mapi-v4-export.json'), 'utf8');
    writeFileSync(path.join(dir, 'gravitee/pulled.json'), good);
    const cut = (response: ServerResponse) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': '4096' });
      response.write('{"export": {}, "api": {"id": "rooms", "name": "Room Bo');
      setTimeout(() => response.destroy(), 20);
    };
    const exportPath = `${ENV_BASE}/apis/rooms/_export/definition?excludeAdditionalData=groups,members,metadata,pages`;
    failures.set(exportPath, [cut]);

    const outcome = await pull(dir, '--retries', '0');
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toMatch(/^arch-lint catalog pull: could not reach .*\/apis\/rooms\/_export\/definition/);
    expect(requests.map((request) => request.path)).toContain(exportPath);
    expect(readFileSync(path.join(dir, 'gravitee/pulled.json'), 'utf8')).toBe(good);
    expect(readdirSync(path.join(dir, 'gravitee')).sort()).toEqual(['organisation.yaml', 'pulled.json']);
    expect(`${outcome.stdout}${outcome.stderr}`).not.toContain(TOKEN);
  });
});
