/**
 * The example workspace end to end: the built CLI as a subprocess, checked against
 * fixtures/example-workspace/EXPECTED.md (the spec). Every "Must" row of its tables is asserted here; "May" rows
 * are allowed but, when present, must not name hosts their call sites do not reach. Expected values are copied
 * from EXPECTED.md; everything else is computed from the run. Needs `npm run build` first (`npm test` does it).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding, LintResult, ResolvedCall, Target, Zone } from '../../src/model.js';
import { assertBuilt, repo, run, type RunOutcome } from '../cli/subprocess.js';

const workspace = path.join(repo, 'fixtures/example-workspace');
const args = ['fixtures/example-workspace', '--format', 'json', '--now', '2026-11-24'];

/** One expected target of a call, as EXPECTED.md states it. Unstated fields are not checked. */
interface ExpectedTarget {
  /** The URL; `…` stands for an unknown part (a parameter), spelled as the resolver likes. */
  url: string | null;
  host?: string | null;
  zone: Zone;
  /** `dev` when EXPECTED.md marks the target dev; other targets must not claim to be dev. */
  dev?: boolean;
  /** `file:line` of the binding that gave the target: the `binding` field, and named in `via`. */
  binding?: string;
  /** `file:line` (or other text) each of which must appear in some step of `via`. */
  evidence?: string[];
  service?: string;
  api?: string;
  env?: string;
  /** A "(may)" target: allowed, not required. */
  optional?: boolean;
}

interface ExpectedCall {
  row: string;
  /** `file:line:column`, root-relative. */
  at: string;
  client: string;
  method: string | null;
  targets: ExpectedTarget[];
  suppressed?: string;
}

const cf = 'course-feedback';
const importerHost = 'importer-api.study-importer.svc.cluster.local';
const importerTargets = (pathPart: string, wrappers: string[]): ExpectedTarget[] => [
  {
    url: `http://${importerHost}:3000${pathPart}`,
    host: importerHost,
    zone: 'internal',
    binding: `${cf}/openshift/configmap.yaml:10`,
    evidence: [...wrappers, "axios instance 'importerClient'", `${cf}/src/util/importerClient.ts`, 'IMPORTER_URL'],
    service: 'study-importer',
  },
  { url: `http://localhost:3000${pathPart}`, host: 'localhost', zone: 'local', dev: true, binding: 'docker-compose.yml:10', evidence: [...wrappers, 'IMPORTER_URL'] },
  // The root .env.example is a repo-wide fallback: the service binds IMPORTER_URL itself.
  { url: `http://localhost:3000${pathPart}`, host: 'localhost', zone: 'local', binding: '.env.example:3', optional: true },
];
const organisationApi = 'HY Organisation API';

/** The "Must" rows of EXPECTED.md's Calls table. */
const mustCalls: ExpectedCall[] = [
  {
    row: '#2',
    at: `${cf}/src/services/studyRights.ts:13:26`,
    client: 'axios',
    method: 'GET',
    targets: [
      ...importerTargets('/students/…/study-rights', ['called from course-feedback/src/server.ts:40:18', 'wrapper fetchStudyRights', 'wrapper getFromImporter']),
      ...importerTargets('/course-realisations/…/teachers', ['called from course-feedback/src/services/studyRights.ts:21:3', 'wrapper getFromImporter']),
    ],
  },
  { row: '#3', at: `${cf}/src/services/studyRights.ts:18:3`, client: 'wrapper:getFromImporter', method: 'GET', targets: importerTargets('/students/…/study-rights', ['wrapper getFromImporter']) },
  { row: '#4', at: `${cf}/src/services/studyRights.ts:21:3`, client: 'wrapper:getFromImporter', method: 'GET', targets: importerTargets('/course-realisations/…/teachers', ['wrapper getFromImporter']) },
  {
    row: '#6',
    at: `${cf}/src/services/organisation.ts:18:26`,
    client: 'axios',
    method: 'GET',
    targets: [{ url: 'https://gw.api.helsinki.fi/organisation/v2/educationUnits', host: 'gw.api.helsinki.fi', zone: 'gateway', api: organisationApi, evidence: [`const ORGANISATION_API_URL (${cf}/src/config.ts:5)`] }],
  },
  {
    row: '#7',
    at: `${cf}/src/services/sisu.ts:13:26`,
    client: 'axios',
    method: 'GET',
    suppressed: 'sisu-kori',
    targets: [
      {
        url: 'https://sis-helsinki.funidata.fi/kori/api/course-unit-realisations/…',
        host: 'sis-helsinki.funidata.fi',
        zone: 'internal',
        evidence: ['called from course-feedback/src/server.ts:33:29', 'wrapper fetchCourseUnitRealisation', `${cf}/src/services/sisu.ts:12`, `const SISU_KORI_URL (${cf}/src/config.ts:9)`],
      },
    ],
  },
  { row: '#8', at: `${cf}/src/services/summaries.ts:7:26`, client: 'fetch', method: 'POST', targets: [{ url: 'https://api.openai.com/v1/chat/completions', host: 'api.openai.com', zone: 'external' }] },
  { row: '#9', at: `${cf}/src/services/summaries.ts:30:9`, client: 'axios', method: 'POST', targets: [{ url: null, host: null, zone: 'unresolved', env: 'NOTIFICATION_WEBHOOK_URL' }] },
  { row: '#10', at: `${cf}/src/dev/seedLocalData.ts:8:26`, client: 'fetch', method: 'POST', targets: [{ url: 'http://localhost:3000/mock/reset', host: 'localhost', zone: 'local' }] },
  { row: '#11', at: `${cf}/frontend/src/api/feedbackApi.ts:8:26`, client: 'fetch', method: 'GET', targets: [{ url: '/api/feedback', zone: 'self' }] },
  { row: '#12', at: `${cf}/frontend/src/api/feedbackApi.ts:13:9`, client: 'fetch', method: 'POST', targets: [{ url: '/api/feedback', zone: 'self' }] },
  { row: '#13', at: `${cf}/frontend/src/components/FeedbackForm.tsx:23:46`, client: 'fetch', method: 'PUT', targets: [{ url: '/api/feedback/…/hidden', zone: 'self' }] },
  {
    row: '#14',
    at: 'study-importer/src/util/http.js:5:26',
    client: 'node-fetch',
    method: 'GET',
    targets: [
      { url: 'https://gw.api.helsinki.fi/organisation/v2/educationUnits', host: 'gw.api.helsinki.fi', zone: 'gateway', api: organisationApi, evidence: ['called from study-importer/src/importers/organisations.js:6:23', 'wrapper getOrganisation', 'wrapper fetchJson'] },
      { url: 'https://gw.api.helsinki.fi/organisation/v1/officialUnits', host: 'gw.api.helsinki.fi', zone: 'gateway', api: organisationApi, evidence: ['called from study-importer/src/importers/organisations.js:14:23'] },
    ],
  },
  {
    row: '#15',
    at: 'study-importer/src/clients/organisation.js:7:3',
    client: 'wrapper:fetchJson',
    method: 'GET',
    targets: [
      { url: 'https://gw.api.helsinki.fi/organisation/v2/educationUnits', host: 'gw.api.helsinki.fi', zone: 'gateway', api: organisationApi },
      { url: 'https://gw.api.helsinki.fi/organisation/v1/officialUnits', host: 'gw.api.helsinki.fi', zone: 'gateway', api: organisationApi },
    ],
  },
  {
    row: '#16',
    at: 'study-importer/src/importers/organisations.js:6:23',
    client: 'wrapper:getOrganisation',
    method: 'GET',
    targets: [{ url: 'https://gw.api.helsinki.fi/organisation/v2/educationUnits', host: 'gw.api.helsinki.fi', zone: 'gateway', api: organisationApi, evidence: ['wrapper getOrganisation', 'wrapper fetchJson'] }],
  },
  {
    row: '#17',
    at: 'study-importer/src/importers/organisations.js:14:23',
    client: 'wrapper:getOrganisation',
    method: 'GET',
    targets: [{ url: 'https://gw.api.helsinki.fi/organisation/v1/officialUnits', host: 'gw.api.helsinki.fi', zone: 'gateway', api: organisationApi }],
  },
  {
    row: '#19',
    at: 'study-importer/src/importers/studyRights.js:6:10',
    client: 'got',
    method: 'GET',
    targets: [
      { url: 'https://sis-helsinki.funidata.fi/ori/api/study-rights/changes', host: 'sis-helsinki.funidata.fi', zone: 'internal', binding: 'study-importer/openshift/deployment.yaml:24' },
      { url: 'http://localhost:8081/ori/api/study-rights/changes', host: 'localhost', zone: 'local', dev: true, binding: 'docker-compose.yml:18' },
    ],
  },
  {
    row: '#20',
    at: 'thesis-archive/thesis_archive/clients/iam.py:11:16',
    client: 'requests',
    method: 'GET',
    targets: [
      { url: 'https://esbmt1.it.helsinki.fi/iam/groups/grp-thesis-supervisors/members', host: 'esbmt1.it.helsinki.fi', zone: 'esb', binding: 'thesis-archive/deploy/deployment.yaml:22' },
      // The os.environ.get default: its own target or part of the one above.
      { url: 'https://esbmt1.it.helsinki.fi/iam/groups/grp-thesis-supervisors/members', host: 'esbmt1.it.helsinki.fi', zone: 'esb', evidence: ['thesis-archive/thesis_archive/config.py:5'] },
      { url: 'https://esbmt2.it.helsinki.fi/devel/iam/groups/grp-thesis-supervisors/members', host: 'esbmt2.it.helsinki.fi', zone: 'esb', dev: true, binding: 'docker-compose.yml:25' },
    ],
  },
  {
    row: '#22',
    at: 'thesis-archive/thesis_archive/clients/pate.py:11:16',
    client: 'httpx',
    method: 'POST',
    targets: [
      { url: 'https://api-toska.apps.ocp-prod-0.k8s.it.helsinki.fi/pate/', host: 'api-toska.apps.ocp-prod-0.k8s.it.helsinki.fi', zone: 'internal', binding: 'thesis-archive/deploy/deployment.yaml:24' },
      { url: 'https://api-toska.apps.ocp-prod-0.k8s.it.helsinki.fi/pate/', host: 'api-toska.apps.ocp-prod-0.k8s.it.helsinki.fi', zone: 'internal', evidence: ['thesis-archive/thesis_archive/config.py:6'] },
      { url: 'http://localhost:8000/pate/', host: 'localhost', zone: 'local', dev: true, binding: 'docker-compose.yml:26' },
    ],
  },
  {
    row: '#23',
    at: 'room-booking/src/main/java/fi/helsinki/roombooking/organisation/OrganisationClient.java:28:46',
    client: 'RestTemplate',
    method: 'GET',
    targets: [
      { url: 'https://gw.api.helsinki.fi/organisation/v2/educationUnits', host: 'gw.api.helsinki.fi', zone: 'gateway', api: organisationApi, binding: 'room-booking/src/main/resources/application.yml:6', evidence: ['organisation.url'] },
      { url: 'https://gw-api-test.it.helsinki.fi/organisation/v2/educationUnits', host: 'gw-api-test.it.helsinki.fi', zone: 'gateway', dev: true, binding: 'room-booking/src/main/resources/application-dev.yml:3' },
    ],
  },
  {
    row: '#25',
    at: 'room-booking/src/main/java/fi/helsinki/roombooking/organisation/OrgUnitSyncJob.java:24:50',
    client: 'WebClient',
    method: 'GET',
    targets: [
      { url: 'https://orgreg.apps.ocp-prod-0.k8s.it.helsinki.fi/api/units', host: 'orgreg.apps.ocp-prod-0.k8s.it.helsinki.fi', zone: 'internal', binding: 'room-booking/src/main/resources/application.yml:9', evidence: ['orgreg.url'] },
      { url: 'http://localhost:8089/api/units', host: 'localhost', zone: 'local', dev: true, binding: 'room-booking/src/main/resources/application-dev.yml:5' },
    ],
  },
];

/** The "May" rows: allowed where they are, and only reaching hosts their call sites (the rows named) reach. */
const mayCalls: { row: string; at: string; sameHostsAs: string[] }[] = [
  { row: '#1', at: `${cf}/src/util/importerClient.ts:7:3`, sameHostsAs: ['#3'] },
  { row: '#5', at: `${cf}/src/services/organisation.ts:13:3`, sameHostsAs: ['#6'] },
  { row: '#18', at: 'study-importer/src/clients/sis.js:7:3', sameHostsAs: ['#19'] },
  { row: '#21', at: 'thesis-archive/thesis_archive/clients/pate.py:7:22', sameHostsAs: ['#22'] },
  { row: '#24', at: 'room-booking/src/main/java/fi/helsinki/roombooking/organisation/OrgUnitSyncJob.java:23:56', sameHostsAs: ['#25'] },
];

/** EXPECTED.md's "Not calls": `file:line` where no call may be reported. */
const notCalls: { what: string; file: string; lines: number[] }[] = [
  { what: 'Express router.get/post/put, feedbackCache.get (a Map), app.use, app.listen', file: `${cf}/src/server.ts`, lines: [15, 17, 19, 22, 24, 28, 32, 34, 39, 43, 47, 49] },
  { what: 'Express app.get, units.get (a Map), cron.schedule, app.listen', file: 'study-importer/src/index.js', lines: [17, 22, 23, 26, 32] },
  { what: 'unitsByCode.get (a Map)', file: 'room-booking/src/main/java/fi/helsinki/roombooking/organisation/OrgUnitSyncJob.java', lines: [36] },
  { what: 'archived.get (a dict)', file: 'thesis-archive/thesis_archive/app.py', lines: [13] },
];

const languageByExtension: Record<string, string> = { '.ts': 'typescript', '.tsx': 'typescript', '.js': 'javascript', '.py': 'python', '.java': 'java' };

function locationOf(item: { file: string; line: number; column: number }): string {
  return `${item.file}:${item.line}:${item.column}`;
}

function urlPattern(url: string): RegExp {
  return new RegExp(`^${url.split('…').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+')}$`);
}

function bindingOf(target: Target): string | undefined {
  return target.binding ? `${target.binding.file}:${target.binding.line}` : undefined;
}

function matches(target: Target, expected: ExpectedTarget): boolean {
  if (expected.url === null ? target.url !== null : target.url === null || !urlPattern(expected.url).test(target.url)) return false;
  if (expected.host !== undefined && target.host !== expected.host) return false;
  if (target.zone !== expected.zone) return false;
  if ((target.environment === 'dev') !== (expected.dev ?? false)) return false;
  if (expected.binding !== undefined && (bindingOf(target) !== expected.binding || !target.via.some((step) => step.includes(`${expected.binding}`)))) return false;
  if (expected.evidence?.some((text) => !target.via.some((step) => step.includes(text)))) return false;
  if (expected.service !== undefined && target.service !== expected.service) return false;
  if (expected.api !== undefined && target.api !== expected.api) return false;
  if (expected.env !== undefined && target.env !== expected.env) return false;
  return true;
}

function describeTarget(target: Target): string {
  return JSON.stringify({ url: target.url, host: target.host, zone: target.zone, environment: target.environment, binding: bindingOf(target), service: target.service, api: target.api, env: target.env, via: target.via });
}

let json: RunOutcome;
let report: LintResult;

function callAt(at: string): ResolvedCall | undefined {
  return report.calls.find((call) => locationOf(call) === at);
}

function unsuppressed(): Finding[] {
  return report.findings.filter((finding) => !finding.suppressed);
}

beforeAll(() => {
  assertBuilt();
  json = run(args);
  try {
    report = JSON.parse(json.stdout) as LintResult;
  } catch {
    throw new Error(`arch-lint --format json did not print JSON (exit ${json.code}):\n${json.stderr}`);
  }
});

describe('example workspace: the run', () => {
  it('exits 1 (there are errors) and writes nothing to stderr', () => {
    expect(json.stderr).toBe('');
    expect(json.code).toBe(1);
  });

  it('the JSON validates against schemas/report.schema.json', () => {
    const schema = JSON.parse(readFileSync(path.join(repo, 'schemas/report.schema.json'), 'utf8')) as object;
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  });

  it('names the root and the config, and has no problems (every file parses)', () => {
    expect(report.root).toBe(workspace);
    expect(report.config.file).toBe('arch-lint.config.yaml');
    expect(report.config.extends).toContain('helsinki');
    expect(report.problems).toEqual([]);
  });
});

describe('example workspace: calls', () => {
  it.each(mustCalls.map((expected) => [expected.row, expected] as const))('Must %s is reported with its client, method and targets', (_row, expected) => {
    const call = callAt(expected.at);
    expect(call, `no call at ${expected.at}; calls: ${report.calls.map(locationOf).join(', ')}`).toBeDefined();
    if (!call) return;
    expect(call).toMatchObject({ kind: 'call', client: expected.client, method: expected.method, service: expected.at.split('/')[0] });
    expect(call.language).toBe(languageByExtension[path.extname(call.file)]);
    for (const target of expected.targets.filter((candidate) => !candidate.optional)) {
      expect(call.targets.some((actual) => matches(actual, target)), `${expected.row} lacks target ${JSON.stringify(target)}; it has\n${call.targets.map(describeTarget).join('\n')}`).toBe(true);
    }
    for (const actual of call.targets) {
      expect(expected.targets.some((target) => matches(actual, target)), `${expected.row} has an unexpected target ${describeTarget(actual)}`).toBe(true);
    }
    if (expected.suppressed) expect(call.suppressedBy).toContain(expected.suppressed);
    else expect(call.suppressedBy).toBeUndefined();
  });

  it('every reported call is a Must or a May row: nothing else is a call', () => {
    const allowed = new Set([...mustCalls.map((expected) => expected.at), ...mayCalls.map((expected) => expected.at)]);
    expect(report.calls.map(locationOf).filter((at) => !allowed.has(at))).toEqual([]);
  });

  it('May rows, when present, reach no host their call sites do not reach', () => {
    for (const may of mayCalls) {
      const call = callAt(may.at);
      if (!call) continue;
      const reachable = new Set(
        may.sameHostsAs.flatMap((row) => {
          const must = mustCalls.find((expected) => expected.row === row)!;
          return callAt(must.at)?.targets.map((target) => target.host) ?? [];
        }),
      );
      expect(
        call.targets.map((target) => target.host).filter((host) => !reachable.has(host)),
        `${may.row} (${may.at})`,
      ).toEqual([]);
      if (call.kind === 'client-config') expect(call.method).toBeNull();
    }
  });

  it.each(notCalls.map((entry) => [entry.what, entry] as const))('not a call: %s', (_what, entry) => {
    const found = report.calls.filter((call) => call.file === entry.file && entry.lines.includes(call.line));
    expect(found.map(locationOf)).toEqual([]);
  });

  it('no Flask route (app.py) or Spring @GetMapping (BookingController.java) is a call', () => {
    expect(report.calls.filter((call) => call.file.endsWith('/app.py') || call.file.endsWith('/BookingController.java')).map(locationOf)).toEqual([]);
  });

  it('every call belongs to the service of the folder it is in', () => {
    for (const call of report.calls) expect(call.service, locationOf(call)).toBe(call.file.split('/')[0]);
  });
});

describe('example workspace: findings', () => {
  // One finding per integration point: at the client's base-URL configuration (or the request), with every call site that reaches it as a related location.
  const mustFindings: { rule: string; severity: 'error' | 'warning'; at: string; words: string[]; inOrder?: boolean; related: string[] }[] = [
    {
      rule: 'no-direct-integration',
      severity: 'error',
      at: `${cf}/src/util/importerClient.ts:7:3`,
      words: ['HTTP client configured with axios', importerHost, 'Reached from 4 call sites', 'env:IMPORTER_URL', 'binding', 'course-feedback/openshift/configmap.yaml:10'],
      inOrder: true,
      related: [`${cf}/src/server.ts:40:18`, `${cf}/src/services/studyRights.ts:13:26`, `${cf}/src/services/studyRights.ts:18:3`, `${cf}/src/services/studyRights.ts:21:3`],
    },
    { rule: 'no-direct-integration', severity: 'error', at: 'study-importer/src/clients/sis.js:7:3', words: ['sis-helsinki.funidata.fi', 'study-importer/openshift/deployment.yaml:24'], related: ['study-importer/src/importers/studyRights.js:6:10'] },
    {
      rule: 'no-direct-integration',
      severity: 'error',
      at: 'thesis-archive/thesis_archive/clients/pate.py:7:22',
      words: ['api-toska.apps.ocp-prod-0.k8s.it.helsinki.fi', 'thesis-archive/deploy/deployment.yaml:24'],
      related: ['thesis-archive/thesis_archive/clients/pate.py:11:16'],
    },
    {
      rule: 'gateway-bypass',
      severity: 'error',
      at: 'room-booking/src/main/java/fi/helsinki/roombooking/organisation/OrgUnitSyncJob.java:23:56',
      words: ["'HY Organisation API'", 'https://gw.api.helsinki.fi/organisation', 'X-Api-Key'],
      related: ['room-booking/src/main/java/fi/helsinki/roombooking/organisation/OrgUnitSyncJob.java:24:50'],
    },
    {
      rule: 'undeclared-integration',
      severity: 'warning',
      at: `${cf}/src/util/importerClient.ts:7:3`,
      words: [importerHost, 'course-feedback/architecture.yaml', 'consumes'],
      related: [`${cf}/src/server.ts:40:18`, `${cf}/src/services/studyRights.ts:13:26`, `${cf}/src/services/studyRights.ts:18:3`, `${cf}/src/services/studyRights.ts:21:3`],
    },
    { rule: 'undeclared-integration', severity: 'warning', at: 'study-importer/src/clients/sis.js:7:3', words: ['sis-helsinki.funidata.fi', 'study-importer/architecture.yaml'], related: ['study-importer/src/importers/studyRights.js:6:10'] },
    {
      rule: 'undeclared-integration',
      severity: 'warning',
      at: 'room-booking/src/main/java/fi/helsinki/roombooking/organisation/OrgUnitSyncJob.java:23:56',
      words: ['orgreg.apps.ocp-prod-0.k8s.it.helsinki.fi', 'room-booking/architecture.yaml'],
      related: ['room-booking/src/main/java/fi/helsinki/roombooking/organisation/OrgUnitSyncJob.java:24:50'],
    },
    { rule: 'unverified-target', severity: 'warning', at: `${cf}/src/services/summaries.ts:30:9`, words: ['`NOTIFICATION_WEBHOOK_URL`', "service 'course-feedback'", '--deployments', 'bindings:'], related: [] },
  ];
  const mayFindingLocations: string[] = [];

  it.each(mustFindings.map((expected) => [`${expected.rule} at ${expected.at}`, expected] as const))('Must: %s', (_name, expected) => {
    const finding = unsuppressed().find((candidate) => candidate.ruleId === expected.rule && locationOf(candidate) === expected.at);
    expect(finding, `findings: ${unsuppressed().map((f) => `${f.ruleId}@${locationOf(f)}`).join(', ')}`).toBeDefined();
    if (!finding) return;
    expect(finding.severity).toBe(expected.severity);
    const positions = expected.words.map((word) => finding.message.indexOf(word));
    expect(expected.words.filter((_word, index) => positions[index]! < 0), finding.message).toEqual([]);
    if (expected.inOrder) expect(positions, `the chain in order: ${finding.message}`).toEqual([...positions].sort((a, b) => a - b));
    // A finding about a call points at it, and lists the other call sites of the integration.
    expect(finding.callIndex).toBeDefined();
    expect(locationOf(report.calls[finding.callIndex!]!)).toBe(expected.at);
    expect((finding.related ?? []).map(locationOf)).toEqual(expected.related);
  });

  it('no-direct-integration says what to do instead: the gateway, or the ESB for orchestration', () => {
    for (const finding of unsuppressed().filter((candidate) => candidate.ruleId === 'no-direct-integration')) {
      expect(finding.message).toMatch(/gateway/);
      expect(finding.message).toMatch(/ESB/);
    }
  });

  it("Must: waiver-expired on thesis-archive's pate-notifications waiver (architecture.yaml:22 or 24)", () => {
    const expired = unsuppressed().filter((finding) => finding.ruleId === 'waiver-expired');
    expect(expired).toHaveLength(1);
    expect(expired[0]).toMatchObject({ severity: 'error', file: 'thesis-archive/architecture.yaml' });
    expect([22, 24]).toContain(expired[0]!.line);
    expect(expired[0]!.message).toContain('pate-notifications');
    expect(expired[0]!.message).toContain('2026-06-30');
  });

  it('gateway-bypass fixes application.yml:9 to the gateway URL, and the client is not also no-direct-integration', () => {
    const bypass = unsuppressed().find((finding) => finding.ruleId === 'gateway-bypass')!;
    expect(bypass.fix).toMatchObject({ file: 'room-booking/src/main/resources/application.yml', text: 'https://gw.api.helsinki.fi/organisation' });
    const source = readFileSync(path.join(workspace, bypass.fix!.file), 'utf8');
    const [start, end] = bypass.fix!.range;
    expect(source.slice(start, end)).toBe('https://orgreg.apps.ocp-prod-0.k8s.it.helsinki.fi/api');
    expect(source.slice(0, start).split('\n')).toHaveLength(9);
    expect(report.findings.filter((finding) => finding.ruleId === 'no-direct-integration' && locationOf(finding) === locationOf(bypass))).toEqual([]);
  });

  it('Must (suppressed): the Sisu call at sisu.ts:13:26 (called from server.ts:33:29), by the sisu-kori waiver, not counted', () => {
    const suppressed = report.findings.filter((finding) => finding.suppressed);
    expect(suppressed.map((finding) => [finding.ruleId, locationOf(finding), finding.suppressed!.kind])).toEqual([['no-direct-integration', `${cf}/src/services/sisu.ts:13:26`, 'waiver']]);
    expect(suppressed[0]!.related?.map(locationOf)).toEqual([`${cf}/src/server.ts:33:29`]);
    expect(suppressed[0]!.suppressed!.justification).toContain('sisu-kori');
    expect(suppressed[0]!.suppressed!.justification).toContain('course-feedback/architecture.yaml');
  });

  it('and nothing else: no other finding, and never the same rule twice on one call site', () => {
    const allowed = (finding: Finding): boolean =>
      mustFindings.some((expected) => expected.rule === finding.ruleId && expected.at === locationOf(finding)) ||
      finding.ruleId === 'waiver-expired' ||
      (finding.ruleId === 'undeclared-integration' && mayFindingLocations.includes(locationOf(finding)));
    expect(unsuppressed().filter((finding) => !allowed(finding)).map((finding) => `${finding.ruleId}@${locationOf(finding)}: ${finding.message}`)).toEqual([]);
    const keys = report.findings.map((finding) => `${finding.ruleId}@${locationOf(finding)}`);
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
  });

  it('summary: 5 errors, 4 warnings, 1 suppressed, counts agree with the lists', () => {
    const { summary } = report;
    expect(summary.errors).toBe(5);
    expect(summary.warnings).toBe(4);
    expect(summary.suppressed).toBe(1);
    expect(summary.errors).toBe(unsuppressed().filter((finding) => finding.severity === 'error').length);
    expect(summary.warnings).toBe(unsuppressed().filter((finding) => finding.severity === 'warning').length);
    expect(summary.calls).toBe(report.calls.length);
    expect(summary.files).toBeGreaterThanOrEqual(new Set(report.calls.map((call) => call.file)).size);
  });

  it('unboundEnv has NOTIFICATION_WEBHOOK_URL and none of the bound variables', () => {
    expect(report.unboundEnv).toContain('NOTIFICATION_WEBHOOK_URL');
    for (const bound of ['IMPORTER_URL', 'SIS_API_URL', 'ESB_URL', 'PATE_URL']) expect(report.unboundEnv).not.toContain(bound);
  });
});

describe('example workspace: stylish output', () => {
  let stylish: RunOutcome;
  beforeAll(() => {
    stylish = run(['fixtures/example-workspace', '--now', '2026-11-24'], { env: { COLUMNS: '1000' } }); // one line a message
  });

  it('starts with the first file that has findings, ends with the summary line, no colour codes off a terminal', () => {
    expect(stylish.code).toBe(1);
    const lines = stylish.stdout.split('\n');
    expect(lines[0]).toBe(unsuppressed()[0]!.file);
    const { errors, warnings, suppressed } = report.summary;
    const summaryLine = `✖ ${errors + warnings} problems (${errors} errors, ${warnings} warnings)`;
    expect(lines).toContain(summaryLine);
    expect(lines.slice(lines.indexOf(summaryLine) + 1).join('\n')).toContain(`${suppressed} suppressed`);
    expect(stylish.stdout).not.toContain('\u001b[');
  });

  it('shows each unsuppressed finding once, under its file, at line:column', () => {
    const findingLines = stylish.stdout.split('\n').filter((line) => /^\s+\d+:\d+\s+(error|warning)\s/.test(line));
    expect(findingLines).toHaveLength(unsuppressed().length);
    for (const finding of unsuppressed()) {
      expect(findingLines.some((line) => line.trimStart().startsWith(`${finding.line}:${finding.column} `) && line.trimEnd().endsWith(finding.ruleId))).toBe(true);
    }
  });
});

describe('example workspace: determinism', () => {
  it('two runs give byte-identical JSON', () => {
    const again = run(args);
    expect(again.code).toBe(json.code);
    expect(again.stdout).toBe(json.stdout);
  });

  it('--output writes the same bytes as stdout', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'arch-lint-e2e-example-')), 'report.json');
    const written = run([...args, '--output', file]);
    expect(written.code).toBe(json.code);
    expect(written.stdout).toBe('');
    expect(readFileSync(file, 'utf8')).toBe(json.stdout);
  });
});
