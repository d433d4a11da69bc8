import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import { judge as judgeWith, type JudgeInput } from '../../src/judge/index.js';
import { ruleIds, rules } from '../../src/judge/rules/index.js';
import { noDirectIntegration } from '../../src/judge/rules/no-direct-integration.js';
import { unknownTarget } from '../../src/judge/rules/unknown-target.js';
import type { SuppressionPass } from '../../src/judge/suppressions/passes.js';
import type { ResolvedCall, Target } from '../../src/model.js';

const helsinki = resolveConfig({ extends: 'helsinki' }, { file: null, baseDir: '/' });
const now = new Date('2026-01-15T00:00:00Z');

/** Only the two core rules, so rules added to the registry later do not change these results. */
const coreRules = { [noDirectIntegration.id]: noDirectIntegration, [unknownTarget.id]: unknownTarget };
const judge = (input: JudgeInput) => judgeWith({ rules: coreRules, ...input });

function call(overrides: Partial<ResolvedCall> & { targets: Target[] }): ResolvedCall {
  return {
    file: 'src/jobs/sync.ts',
    line: 14,
    column: 11,
    language: 'typescript',
    client: 'axios',
    method: 'GET',
    expression: "'/students'",
    kind: 'call',
    enclosing: 'syncStudents',
    ...overrides,
  };
}

function target(url: string, via: string[] = []): Target {
  return { url, host: new URL(url).host, zone: 'unknown', via };
}

const importerCall = call({
  targets: [target('https://importer.it.helsinki.fi/students', ["axios instance 'importer' (src/util/importerClient.ts:5)", 'env:IMPORTER_URL'])],
});

describe('no-direct-integration', () => {
  it('reports a call to an internal host with what, where, chain and what to do', () => {
    const { findings, calls } = judge({ calls: [importerCall], config: helsinki, now });
    expect(calls[0]!.targets[0]!.zone).toBe('internal');
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding).toMatchObject({ ruleId: 'no-direct-integration', severity: 'error', file: 'src/jobs/sync.ts', line: 14, column: 11, callIndex: 0 });
    expect(finding!.message).toContain("Call axios GET '/students' goes directly");
    expect(finding!.message).toContain("'importer.it.helsinki.fi'");
    expect(finding!.message).toContain("axios instance 'importer' (src/util/importerClient.ts:5) → env:IMPORTER_URL");
    expect(finding!.message).toContain('through the gateway');
    expect(finding!.message).toContain('ESB');
  });

  it('does not report gateway, ESB, local, external, self or unresolved targets', () => {
    const calls = [
      call({ targets: [target('https://gw.api.helsinki.fi/organisation/units')] }),
      call({ targets: [target('https://esbmt1.it.helsinki.fi/studyrights')] }),
      call({ targets: [target('http://localhost:4000/dev')] }),
      call({ targets: [target('https://api.github.com/repos')] }),
      call({ targets: [{ url: '/api/feedback', host: null, zone: 'self', via: [] }] }),
      call({ targets: [{ url: null, host: null, zone: 'unresolved', via: ['env:API_URL'], env: 'API_URL' }] }),
    ];
    const result = judge({ calls, config: helsinki, now });
    expect(result.findings).toEqual([]);
    expect(result.calls.map((c) => c.targets[0]!.zone)).toEqual(['gateway', 'esb', 'local', 'external', 'self', 'unresolved']);
  });

  it('reports when any one of several possible targets is internal', () => {
    const mixed = call({ targets: [target('https://gw.api.helsinki.fi/x'), target('http://importer-api:3000/x')] });
    const { findings } = judge({ calls: [mixed], config: helsinki, now });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain("'importer-api:3000'");
  });

  it('ignoreHosts: the call is listed, marked ignored, and not reported', () => {
    const login = call({ targets: [target('https://login.helsinki.fi/idp/profile')] });
    const { findings, calls } = judge({ calls: [login], config: helsinki, now });
    expect(findings).toEqual([]);
    expect(calls[0]!.targets[0]).toMatchObject({ zone: 'internal', ignored: true });
  });

  it('reports a client configuration only when no call through that client was found', () => {
    const config = call({ kind: 'client-config', file: 'src/util/importerClient.ts', line: 5, column: 3, enclosing: '<module>', expression: 'process.env.IMPORTER_URL', targets: [target('https://importer.it.helsinki.fi')] });
    expect(judge({ calls: [config, importerCall], config: helsinki, now }).findings.map((f) => f.file)).toEqual(['src/jobs/sync.ts']);
    expect(judge({ calls: [config], config: helsinki, now }).findings.map((f) => f.file)).toEqual(['src/util/importerClient.ts']);
  });

  it("a service calling one of its own hosts is not an integration, with or without a system or allowWithinSystem", () => {
    const declared = { name: 'rooms', system: null, owner: null, root: 'rooms', loc: { file: 'rooms/architecture.yaml', line: 1, column: 1 }, hosts: ['rooms.it.helsinki.fi'], provides: [], consumes: [], dependsOn: [], source: 'arch-lint' as const };
    const own = call({ service: 'rooms', targets: [{ ...target('https://rooms.it.helsinki.fi/api/rooms'), service: 'rooms' }] });
    const strict = { ...helsinki, allowWithinSystem: false };
    expect(judge({ calls: [own], services: [declared], config: strict, now }).findings).toEqual([]);
    const other = call({ service: 'rooms', targets: [{ ...target('https://people.it.helsinki.fi/api/people'), service: 'people' }] });
    expect(judge({ calls: [other], services: [declared], config: strict, now }).findings.map((finding) => finding.ruleId)).toEqual(['no-direct-integration']);
  });

  it('a host named as a test double (mock, stub, fake) is not judged, wherever its value is written; a host merely containing such letters is', () => {
    const mock = call({ targets: [target('https://mock-esb.it.helsinki.fi/students')] });
    const stub = call({ targets: [target('http://sisu-stub.it.helsinki.fi/kori')] });
    expect(judge({ calls: [mock, stub], config: helsinki, now }).findings).toEqual([]);
    const real = call({ targets: [target('https://mockingbird.it.helsinki.fi/api')] });
    expect(judge({ calls: [real], config: helsinki, now }).findings.map((finding) => finding.ruleId)).toEqual(['no-direct-integration']);
  });

  it('within one system, with allowWithinSystem, is not an integration between systems', () => {
    const declared = (name: string) => ({ name, system: 'sis', owner: null, root: name, loc: { file: `${name}/architecture.yaml`, line: 1, column: 1 }, hosts: [], provides: [], consumes: [], dependsOn: [], source: 'arch-lint' as const });
    const within = call({ service: 'kori', targets: [{ ...target('http://ori-api:8080/x'), service: 'ori' }] });
    expect(judge({ calls: [within], services: [declared('kori'), declared('ori')], config: helsinki, now }).findings).toEqual([]);
    const strict = { ...helsinki, allowWithinSystem: false };
    expect(judge({ calls: [within], services: [declared('kori'), declared('ori')], config: strict, now }).findings).toHaveLength(1);
  });
});

describe('rule settings', () => {
  const unknownHost = call({ targets: [target('https://partner.example.com/orders')] });

  it('unknown-target is off by default and reports as a warning when set to warn', () => {
    expect(judge({ calls: [unknownHost], config: helsinki, now }).findings).toEqual([]);
    const warned = judge({ calls: [unknownHost], config: helsinki, now, ruleOverrides: { 'unknown-target': 'warn' } });
    expect(warned.findings).toMatchObject([{ ruleId: 'unknown-target', severity: 'warning' }]);
    expect(warned.rules.map((rule) => rule.id)).toEqual(['no-direct-integration', 'unknown-target']);
  });

  it('a rule set off does not run and is not listed', () => {
    const off = { ...helsinki, rules: { ...helsinki.rules, 'no-direct-integration': { setting: 'off' as const, options: {} } } };
    const result = judge({ calls: [importerCall], config: off, now });
    expect(result.findings).toEqual([]);
    expect(result.rules.map((rule) => rule.id)).not.toContain('no-direct-integration');
  });

  it('rule metadata links to the docs page', () => {
    const { rules: ran } = judge({ calls: [], config: helsinki, now });
    expect(ran.find((rule) => rule.id === 'no-direct-integration')?.helpUri).toMatch(/docs\/rules\/no-direct-integration\.md$/);
  });
});

describe('fingerprints', () => {
  it('do not change when lines are added above the call', () => {
    const before = judge({ calls: [importerCall], config: helsinki, now }).findings[0]!;
    const moved = judge({ calls: [{ ...importerCall, line: 40, column: 7 }], config: helsinki, now }).findings[0]!;
    expect(moved.fingerprint).toBe(before.fingerprint);
    expect(before.fingerprint).toMatch(/^[0-9a-f]{32}$/);
  });

  it('differ for two identical calls in one function (occurrence index), stably', () => {
    const second = { ...importerCall, line: 20 };
    const first = judge({ calls: [importerCall, second], config: helsinki, now }).findings;
    expect(new Set(first.map((f) => f.fingerprint)).size).toBe(2);
    const shifted = judge({ calls: [{ ...importerCall, line: 30 }, { ...second, line: 36 }], config: helsinki, now }).findings;
    expect(shifted.map((f) => f.fingerprint)).toEqual(first.map((f) => f.fingerprint));
  });

  it('change with the file, the enclosing symbol or the target host', () => {
    const base = judge({ calls: [importerCall], config: helsinki, now }).findings[0]!.fingerprint;
    const variants = [
      { ...importerCall, file: 'src/jobs/other.ts' },
      { ...importerCall, enclosing: 'syncTeachers' },
      { ...importerCall, targets: [target('https://ori.it.helsinki.fi/students')] },
    ];
    for (const variant of variants) expect(judge({ calls: [variant], config: helsinki, now }).findings[0]!.fingerprint).not.toBe(base);
  });
});

describe('ordering and suppression hook', () => {
  it('sorts findings by file, line, column, rule', () => {
    const calls = [
      call({ file: 'src/b.ts', line: 3, targets: [target('http://orders:80/x')] }),
      call({ file: 'src/a.ts', line: 9, targets: [target('http://orders:80/x')] }),
      call({ file: 'src/a.ts', line: 2, targets: [target('http://orders:80/x')] }),
    ];
    const { findings } = judge({ calls, config: helsinki, now });
    expect(findings.map((f) => `${f.file}:${f.line}`)).toEqual(['src/a.ts:2', 'src/a.ts:9', 'src/b.ts:3']);
    expect(findings.map((f) => f.callIndex)).toEqual([2, 1, 0]);
  });

  it('suppression passes run after the rules and may mark findings suppressed', () => {
    const waive: SuppressionPass = (findings) => findings.map((finding) => ({ ...finding, suppressed: { kind: 'waiver', justification: 'ARCH-1' } }));
    const { findings } = judge({ calls: [importerCall], config: helsinki, now, suppressionPasses: [waive] });
    expect(findings[0]!.suppressed).toEqual({ kind: 'waiver', justification: 'ARCH-1' });
  });
});

describe('rule registry parity', () => {
  const rulesDir = path.resolve(import.meta.dirname, '../../src/judge/rules');
  const docsDir = path.resolve(import.meta.dirname, '../../docs/rules');

  it('every registered rule has a docs page and lives in a file named after its id', () => {
    const files = readdirSync(rulesDir).filter((name) => name.endsWith('.ts') && name !== 'index.ts' && name !== 'ids.ts').map((name) => name.slice(0, -3));
    const docs = readdirSync(docsDir).map((name) => name.replace(/\.md$/, ''));
    for (const [id, rule] of Object.entries(rules)) {
      expect(rule.id).toBe(id);
      expect(files, `src/judge/rules/${id}.ts`).toContain(id);
      expect(docs, `docs/rules/${id}.md`).toContain(id);
    }
  });

  it('every rule file is registered', () => {
    const files = readdirSync(rulesDir).filter((name) => name.endsWith('.ts') && name !== 'index.ts' && name !== 'ids.ts').map((name) => name.slice(0, -3));
    expect(files.filter((id) => !(id in rules))).toEqual([]);
  });

  it('the id list config validation uses (rules/ids.ts, which loads no rule) is the registry, in its order', () => {
    expect(ruleIds).toEqual(Object.keys(rules));
  });
});
