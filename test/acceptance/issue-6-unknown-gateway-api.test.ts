/**
 * Issue 6, unknown-gateway-api ("a call to a gateway entrypoint whose path matches no catalogue API") without
 * false alarms: an HTTP client's base URL at the gateway root or under which published APIs live, and a path
 * only known at run time, are no unknown API; a typo in a context path still is, once, on the call.
 */
import { cpSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mayReachGatewayApi } from '../../src/catalog/match.js';
import type { GatewayApi, LintResult } from '../../src/model.js';
import { unknownGatewayApi } from '../../src/judge/rules/unknown-gateway-api.js';
import { assertBuilt, repo, run } from '../cli/subprocess.js';
import { context } from '../rules/gateway-helpers.js';

const ENTRYPOINTS = ['https://gw.api.helsinki.fi', 'https://gw-api-test.it.helsinki.fi'];
const api = (id: string, paths: GatewayApi['paths']): GatewayApi => ({ id, name: id, loc: { file: 'c.yaml', line: 1, column: 1 }, paths, backends: [], plans: [], definitionVersion: 'V2' });
const catalog = [api('org', [{ path: '/organisation', host: null }]), api('rapo', [{ path: '/secure/rapo/report', host: null }]), api('test-only', [{ path: '/netdata', host: 'gw-api-test.it.helsinki.fi' }])];

describe('mayReachGatewayApi', () => {
  it.each([
    ['https://gw.api.helsinki.fi', true],
    ['https://gw.api.helsinki.fi/', true],
    ['https://gw.api.helsinki.fi/secure', true],
    ['https://gw.api.helsinki.fi/secure/rapo/', true],
    ['https://gw-api-test.it.helsinki.fi/', true],
    ['https://gw.api.helsinki.fi/organisaatio', false],
    ['https://gw.api.helsinki.fi/secur', false],
    ['https://sis-helsinki.funidata.fi/kori', false],
  ])('as a base URL, %s → %s', (url, expected) => {
    expect(mayReachGatewayApi(url, catalog, ENTRYPOINTS, { base: true })).toBe(expected);
  });

  it.each([
    ['https://gw.api.helsinki.fi/{parameter path}', true],
    ['https://gw.api.helsinki.fi/secure/{parameter api}/report', true],
    ['https://gw.api.helsinki.fi/organisaatio/{parameter id}', false],
    // A complete path that no API publishes is not excused, even when APIs live under it.
    ['https://gw.api.helsinki.fi/secure', false],
    ['https://gw.api.helsinki.fi/', false],
  ])('as a call URL, %s → %s', (url, expected) => {
    expect(mayReachGatewayApi(url, catalog, ENTRYPOINTS, { base: false })).toBe(expected);
  });
});

describe('unknown-gateway-api rule', () => {
  const base = (url: string) => ({ file: 'src/a.ts', line: 3, column: 1, language: 'typescript' as const, client: 'axios', method: 'GET' as const, expression: `'${url}'`, kind: 'client-config' as const, enclosing: '<module>', targets: [{ url, host: new URL(url).hostname, zone: 'gateway' as const, via: [] }] });

  it('reports a base URL outside every published path when no call covers it, and not one at the gateway root', () => {
    const findings = unknownGatewayApi.check(context({ catalog, calls: [base('https://gw.api.helsinki.fi/organisaatio'), base('https://gw.api.helsinki.fi')] }));
    expect(findings.map((finding) => finding.message.match(/at (\S+),/)?.[1])).toEqual(['https://gw.api.helsinki.fi/organisaatio']);
  });
});

describe('through the CLI', () => {
  const dirs: string[] = [];
  beforeAll(assertBuilt);
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('reports only the call with a typo in the context path', () => {
    const dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'arch-lint-issue-6-clients-')));
    dirs.push(dir);
    cpSync(path.join(repo, 'fixtures/acceptance/issue-6/gateway-clients'), dir, { recursive: true });
    const outcome = run(['--format', 'json'], { cwd: dir });
    expect(outcome.code).toBe(0);
    const result = JSON.parse(outcome.stdout) as LintResult;
    expect(result.problems).toEqual([]);
    expect(result.findings.map((finding) => `${finding.ruleId} ${finding.file}:${finding.line}`)).toEqual(['unknown-gateway-api src/gatewayClients.ts:16']);
    expect(result.findings[0]?.message).toContain('https://gw.api.helsinki.fi/organisaatio/units');
    // The calls under published paths name their API.
    const apis = result.calls.filter((call) => call.kind === 'call').map((call) => call.targets[0]?.api ?? null);
    expect(apis).toEqual(['HY Organisation API', 'RAPO report API', null, null]);
  });
});
