import { describe, expect, it } from 'vitest';
import type { Finding, GatewayApi } from '../../src/model.js';
import { suppressWaivedFindings } from '../../src/judge/rules/waiver-expired.js';
import type { SuppressionPass } from '../../src/judge/suppressions/passes.js';
import { NOW, call, config, manifest, target } from './manifest-context.js';

const { services } = manifest('waivers');
const src = 'services/waivers/src/clients.ts';

function finding(ruleId: string, callIndex: number): Finding {
  return { ruleId, severity: 'error', message: 'm', file: src, line: callIndex + 1, column: 1, fingerprint: `f${callIndex}`, callIndex };
}

describe('waiver suppression pass', () => {
  it('fits the judge\'s SuppressionPass shape', () => {
    const pass: SuppressionPass = suppressWaivedFindings;
    expect(typeof pass).toBe('function');
  });

  it('suppresses no-direct-integration findings whose every direct target is under an active waiver, and marks the call', () => {
    const calls = [
      call(src, 1, 'study-planner', [target('https://sisu.it.helsinki.fi/kori/api/x', 'internal')]),
      call(src, 2, 'study-planner', [target('https://sisu.it.helsinki.fi/kori/api/x', 'internal'), target('https://importer.it.helsinki.fi/x', 'internal')]),
      call(src, 3, 'study-planner', [target('https://oodi.it.helsinki.fi/api/x', 'internal')]),
      call(src, 4, 'study-planner', [target('https://grades.it.helsinki.fi/x', 'internal')]),
      call(src, 5, 'study-planner', [target('https://sisu.it.helsinki.fi/kori/api/x', 'internal'), target('http://localhost:3000/kori', 'local')]),
    ];
    const findings = [0, 1, 2, 3, 4].map((index) => finding('no-direct-integration', index));
    const kept = suppressWaivedFindings([...findings, finding('undeclared-integration', 0)], { calls, services, config, now: NOW });
    expect(kept.map((found) => [found.ruleId, found.callIndex, found.suppressed?.kind ?? null])).toEqual([
      ['no-direct-integration', 0, 'waiver'],
      ['no-direct-integration', 1, null], // importer is not waived
      ['no-direct-integration', 2, null], // expired
      ['no-direct-integration', 3, null], // longer than maxWaiverDays
      ['no-direct-integration', 4, 'waiver'], // the local target is not a direct integration
      ['undeclared-integration', 0, null],
    ]);
    expect(kept[0]!.suppressed!.justification).toContain("waiver for 'sisu-kori' (services/waivers/architecture.yaml:13, until 2027-06-30)");
    expect(calls[0]!.suppressedBy).toBe(kept[0]!.suppressed!.justification);
    expect(calls[2]!.suppressedBy).toBeUndefined();
  });

  it('the waiver stops suppressing the day after it expires (UTC)', () => {
    const calls = [call(src, 1, 'study-planner', [target('https://exams.it.helsinki.fi/results/1', 'internal')])];
    const findings = [finding('no-direct-integration', 0)];
    expect(suppressWaivedFindings(findings, { calls, services, config, now: new Date('2026-11-24T23:59:59Z') })[0]!.suppressed?.kind).toBe('waiver');
    expect(suppressWaivedFindings(findings, { calls, services, config, now: new Date('2026-11-25T00:00:00Z') })[0]!.suppressed).toBeUndefined();
  });

  it('leaves findings already suppressed by something else alone', () => {
    const calls = [call(src, 1, 'study-planner', [target('https://sisu.it.helsinki.fi/kori/x', 'internal')])];
    const already: Finding = { ...finding('no-direct-integration', 0), suppressed: { kind: 'directive', justification: 'inline' } };
    expect(suppressWaivedFindings([already], { calls, services, config, now: NOW })[0]!.suppressed).toEqual({ kind: 'directive', justification: 'inline' });
  });

  it('does not ask a waiver for a target gateway-bypass reports (a backend the catalogue fronts)', () => {
    const organisation: GatewayApi = {
      id: 'org-api',
      name: 'Organisation API',
      loc: { file: 'gateway/organisation.json', line: 1, column: 1 },
      paths: [{ path: '/organisation', host: null }],
      backends: [{ url: 'https://orgreg.it.helsinki.fi/api', raw: 'https://orgreg.it.helsinki.fi/api' }],
      plans: [{ name: 'API key', security: 'API_KEY' }],
      definitionVersion: 'V2',
    };
    // One waived target (Sisu) and one published backend: no-direct-integration reports only the Sisu target.
    const calls = [call(src, 1, 'study-planner', [target('https://sisu.it.helsinki.fi/kori/api/x', 'internal'), target('https://orgreg.it.helsinki.fi/api/units', 'internal')])];
    const findings = [finding('no-direct-integration', 0)];
    const gatewayConfig = { ...config, gateway: { ...config.gateway, entrypoints: ['https://gw.api.helsinki.fi'] } };
    expect(suppressWaivedFindings(findings, { calls, services, config: gatewayConfig, now: NOW })[0]!.suppressed).toBeUndefined();
    const withCatalog = suppressWaivedFindings(findings, { calls, services, catalog: [organisation], config: gatewayConfig, now: NOW });
    expect(withCatalog[0]!.suppressed?.kind).toBe('waiver');
    const bypassOff = { ...gatewayConfig, rules: { 'gateway-bypass': { setting: 'off' as const, options: {} } } };
    expect(suppressWaivedFindings(findings, { calls, services, catalog: [organisation], config: bypassOff, now: NOW })[0]!.suppressed).toBeUndefined();
  });
});
