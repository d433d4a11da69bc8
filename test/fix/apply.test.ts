import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCatalogFile } from '../../src/catalog/load.js';
import { applyFixes } from '../../src/fix/apply.js';
import { gatewayBypass } from '../../src/judge/rules/gateway-bypass.js';
import type { RuleContext } from '../../src/judge/rule.js';
import type { Finding, ResolvedCall, Target } from '../../src/model.js';
import { testConfig } from '../rules/gateway-helpers.js';

const fixture = path.resolve(import.meta.dirname, '../../fixtures/fix/openshift-deployment');
let root: string;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'arch-lint-fix-'));
  cpSync(fixture, root, { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

/** What the resolver hands the judge for `${process.env.NAME}/path` bound to `file`'s literal `value` (simulated here). */
function resolvedCall(file: string, value: string, suffix: string): ResolvedCall {
  const content = read(file);
  const offset = content.indexOf(value);
  const before = content.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  const url = `${value}${suffix}`;
  const target: Target = {
    url,
    host: new URL(url).hostname,
    zone: new URL(url).hostname.startsWith('gw.') ? 'gateway' : 'internal',
    via: ['env:ORGREG_URL', `binding ORGREG_URL (${file}:${line})`],
    binding: { file, line, column },
    ...(offset >= 0 ? { literal: { file, line, column, offset, text: value } } : {}),
  };
  return { file: 'src/units.ts', line: 3, column: 26, language: 'typescript', client: 'fetch', method: 'GET', expression: '`${process.env.ORGREG_URL}/units`', kind: 'call', enclosing: 'listUnits', targets: [target] };
}

function judge(calls: ResolvedCall[]): Finding[] {
  const catalog = parseCatalogFile('gravitee/catalog.yaml', read('gravitee/catalog.yaml')).apis;
  const context: RuleContext = { calls, services: [], catalog, config: testConfig(), now: new Date(0), options: {} };
  return gatewayBypass.check(context).map(({ identity, ...finding }, index) => ({ ...finding, ruleId: 'gateway-bypass', severity: 'error', fingerprint: `fp-${index}-${identity.join('/')}` }));
}

const DEPLOYMENT = 'deploy/deployment.yaml';
const BACKEND = 'https://orgreg.apps.ocp-prod-0.k8s.it.helsinki.fi/api';

describe('applyFixes', () => {
  it('rewrites the OpenShift Deployment env value to the gateway URL, and a second run is clean', async () => {
    const findings = judge([resolvedCall(DEPLOYMENT, BACKEND, '/units')]);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain('https://gw.api.helsinki.fi/organisation/units');
    const original = read(DEPLOYMENT);

    const result = await applyFixes(root, { findings }, { dryRun: false });
    expect(result.skipped).toEqual([]);
    expect(result.files).toEqual([DEPLOYMENT]);
    expect(result.applied).toEqual([expect.objectContaining({ file: DEPLOYMENT, text: 'https://gw.api.helsinki.fi/organisation', findings: [findings[0]?.fingerprint] })]);
    expect(read(DEPLOYMENT)).toBe(original.replace(BACKEND, 'https://gw.api.helsinki.fi/organisation'));
    expect(result.diff).toBe(
      [
        `--- a/${DEPLOYMENT}`,
        `+++ b/${DEPLOYMENT}`,
        '@@ -22,7 +22,7 @@',
        '           image: image-registry.openshift-image-registry.svc:5000/unit-browser-prod/unit-browser:1.4.2',
        '           env:',
        '             - name: ORGREG_URL',
        `-              value: "${BACKEND}"`,
        '+              value: "https://gw.api.helsinki.fi/organisation"',
        '             - name: ORGREG_API_KEY',
        '               valueFrom:',
        '                 secretKeyRef:',
        '',
      ].join('\n'),
    );
    // No temporary files are left next to the fixed file.
    expect(readdirSync(path.join(root, 'deploy'))).toEqual(['deployment.yaml']);

    // Second run: the binding now resolves to the gateway; gateway-bypass has nothing to say.
    const again = judge([resolvedCall(DEPLOYMENT, 'https://gw.api.helsinki.fi/organisation', '/units')]);
    expect(again).toEqual([]);
  });

  it('a dry run returns the same diff and writes nothing', async () => {
    const findings = judge([resolvedCall(DEPLOYMENT, BACKEND, '/units')]);
    const original = read(DEPLOYMENT);
    const dry = await applyFixes(root, findings, { dryRun: true });
    expect(read(DEPLOYMENT)).toBe(original);
    expect(dry.applied).toHaveLength(1);
    expect(dry.diff).toContain('+              value: "https://gw.api.helsinki.fi/organisation"');
    const real = await applyFixes(root, findings, { dryRun: false });
    expect(real.diff).toBe(dry.diff);
  });

  it('the diff applies with git apply to the original', async () => {
    const findings = [...judge([resolvedCall(DEPLOYMENT, BACKEND, '/units')]), ...judge([resolvedCall('.env', 'https://contact-search.apps.ocp-prod-0.k8s.it.helsinki.fi/api/contacts', '')])];
    expect(findings.map((finding) => finding.fix?.text)).toEqual(['https://gw.api.helsinki.fi/organisation', 'https://gw.api.helsinki.fi/contact-search/contacts']);
    const copy = mkdtempSync(path.join(tmpdir(), 'arch-lint-fix-copy-'));
    try {
      cpSync(fixture, copy, { recursive: true });
      const result = await applyFixes(root, findings, { dryRun: false });
      expect(result.files).toEqual(['.env', DEPLOYMENT]);
      writeFileSync(path.join(copy, 'fix.patch'), result.diff);
      execFileSync('git', ['apply', 'fix.patch'], { cwd: copy });
      expect(readFileSync(path.join(copy, '.env'), 'utf8')).toBe(read('.env'));
      expect(readFileSync(path.join(copy, DEPLOYMENT), 'utf8')).toBe(read(DEPLOYMENT));
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('never touches a file that changed since the scan', async () => {
    const findings = judge([resolvedCall(DEPLOYMENT, BACKEND, '/units')]);
    const edited = read(DEPLOYMENT).replace('replicas: 2', 'replicas: 12');
    writeFileSync(path.join(root, DEPLOYMENT), edited);
    const result = await applyFixes(root, findings, { dryRun: false });
    expect(result.applied).toEqual([]);
    expect(result.diff).toBe('');
    expect(result.skipped).toEqual([expect.objectContaining({ file: DEPLOYMENT, reason: expect.stringContaining('changed since the scan') })]);
    expect(read(DEPLOYMENT)).toBe(edited);
  });

  it('applies a fix shared by several findings once, and leaves overlapping fixes alone', async () => {
    const [finding] = judge([resolvedCall(DEPLOYMENT, BACKEND, '/units')]);
    if (!finding?.fix) throw new Error('expected a fix');
    const twin: Finding = { ...finding, fingerprint: 'other-call' };
    const shared = await applyFixes(root, [finding, twin], { dryRun: true });
    expect(shared.applied).toEqual([expect.objectContaining({ findings: [finding.fingerprint, 'other-call'] })]);

    const [start, end] = finding.fix.range;
    const overlapping: Finding = { ...finding, fingerprint: 'overlap', fix: { ...finding.fix, range: [start + 8, end], expected: BACKEND.slice(8), text: 'gw.api.helsinki.fi/x' } };
    const result = await applyFixes(root, [finding, overlapping], { dryRun: false });
    expect(result.applied).toEqual([]);
    expect(result.skipped.map((skipped) => skipped.reason)).toEqual([expect.stringContaining('overlapping'), expect.stringContaining('overlapping')]);
    expect(read(DEPLOYMENT)).toContain(BACKEND);
  });

  it('leaves suppressed findings, fixes without expected text, bad ranges, missing files and files outside the root', async () => {
    const [finding] = judge([resolvedCall(DEPLOYMENT, BACKEND, '/units')]);
    if (!finding?.fix) throw new Error('expected a fix');
    const fix = finding.fix;
    const findings: Finding[] = [
      { ...finding, suppressed: { kind: 'baseline', justification: 'known' } },
      { ...finding, fingerprint: 'no-expected', fix: { file: fix.file, range: fix.range, text: fix.text, description: 'no expected' } },
      { ...finding, fingerprint: 'bad-range', fix: { ...fix, range: [10, 5] } },
      { ...finding, fingerprint: 'beyond', fix: { ...fix, range: [100_000, 100_010] } },
      { ...finding, fingerprint: 'missing', fix: { ...fix, file: 'deploy/missing.yaml' } },
      { ...finding, fingerprint: 'escape', fix: { ...fix, file: '../outside.yaml' } },
    ];
    const result = await applyFixes(root, findings, { dryRun: false });
    expect(result.applied).toEqual([]);
    expect(result.skipped.map((skipped) => [skipped.findings[0], skipped.reason.split(' ').slice(0, 5).join(' ')])).toEqual([
      ['escape', 'the file is outside the'],
      ['no-expected', 'the fix does not record'],
      ['bad-range', 'its range [10, 5] is'],
      ['beyond', 'the file is shorter than'],
      ['missing', 'could not read the file'],
    ]);
    expect(read(DEPLOYMENT)).toContain(BACKEND);
  });
});
