import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding, LintResult, ResolvedCall } from '../../src/model.js';
import {
  applyBaseline,
  baselineSuppressionPass,
  BaselineError,
  baselineKey,
  buildBaseline,
  checkBaselineUpdate,
  parseBaseline,
  readBaseline,
  serializeBaseline,
  type Baseline,
} from '../../src/judge/suppressions/baseline.js';

const fixture = new URL('../../fixtures/suppressions/baseline/arch-lint-baseline.json', import.meta.url);

function sisuCall(line: number, column: number, enclosing = 'SisuClient.fetchCourses'): ResolvedCall {
  return {
    file: 'services/enrolment/src/sisuClient.ts',
    line,
    column,
    language: 'typescript',
    client: 'axios',
    method: 'GET',
    expression: '`${process.env.SISU_URL}/kori/api/courses`',
    kind: 'call',
    enclosing,
    service: 'enrolment',
    targets: [{ url: 'https://sisu-backend.example/kori/api/courses', host: 'sisu-backend.apps.ocp-prod-0.k8s.it.helsinki.fi', zone: 'internal', via: [], api: 'sisu-kori' }],
  };
}

function oodiCall(line: number): ResolvedCall {
  return {
    file: 'services/enrolment/src/legacy/oodi.ts',
    line,
    column: 10,
    language: 'typescript',
    client: 'fetch',
    method: null,
    expression: "'https://oodi-ws.it.helsinki.fi/students'",
    kind: 'call',
    enclosing: 'importStudents',
    service: 'enrolment',
    targets: [{ url: 'https://oodi-ws.it.helsinki.fi/students', host: 'oodi-ws.it.helsinki.fi', zone: 'internal', via: [] }],
  };
}

/** A scan's findings: one per call, as the no-direct-integration rule would report them. */
function scan(calls: ResolvedCall[]): { findings: Finding[]; calls: ResolvedCall[] } {
  const findings = calls.map((call, callIndex) => ({
    ruleId: 'no-direct-integration',
    severity: 'error' as const,
    message: `Call to ${call.targets[0]!.host} is direct.`,
    file: call.file,
    line: call.line,
    column: call.column,
    fingerprint: `fp-${callIndex}`,
    callIndex,
  }));
  return { findings, calls };
}

function resultOf(calls: ResolvedCall[]): LintResult {
  const { findings } = scan(calls);
  return {
    version: 1,
    tool: { name: 'arch-lint', version: '0.1.0' },
    root: '/work/uni/student-portal',
    config: { file: null, extends: ['recommended'] },
    calls,
    findings,
    problems: [],
    rules: [],
    unboundEnv: [],
    summary: { files: 2, calls: calls.length, errors: findings.length, warnings: 0, suppressed: 0 },
  };
}

async function committedBaseline(): Promise<Baseline> {
  const baseline = await readBaseline(fixture.pathname);
  if (!baseline) throw new Error('fixture missing');
  return baseline;
}

describe('baseline identity', () => {
  it('never contains the line or column', () => {
    const call = sisuCall(12, 23);
    const key = baselineKey({ ruleId: 'no-direct-integration', severity: 'error', message: 'm', file: call.file, line: 12, column: 23, fingerprint: 'x' }, call);
    expect(key).toBe(JSON.stringify(['no-direct-integration', 'enrolment', 'services/enrolment/src/sisuClient.ts', 'api:sisu-kori', 'SisuClient.fetchCourses', null]));
  });
});

describe('applyBaseline', () => {
  it('absorbs the known findings of the committed baseline', async () => {
    const { findings, calls } = scan([sisuCall(12, 23), oodiCall(40)]);
    const outcome = applyBaseline(findings, await committedBaseline(), calls);
    expect(outcome.baselined).toBe(2);
    expect(outcome.stale).toEqual([]);
    expect(outcome.findings[0]!.suppressed).toEqual({ kind: 'baseline', justification: 'ENROL-88: moves to the gateway with the 2027 Sisu release (accepted by the integration team)' });
    expect(outcome.findings[1]!.suppressed).toEqual({ kind: 'baseline', justification: 'known before the baseline was written' });
  });

  it('survives lines added above, moving the call within its function, and reformatting', async () => {
    const baseline = await committedBaseline();
    for (const [line, column] of [[57, 23], [14, 5], [13, 41]] as const) {
      const { findings, calls } = scan([sisuCall(line, column), oodiCall(40 + line)]);
      expect(applyBaseline(findings, baseline, calls).findings.every((f) => f.suppressed?.kind === 'baseline')).toBe(true);
    }
  });

  it('does not absorb a new call (another function, or a second identical call in the same one)', async () => {
    const baseline = await committedBaseline();
    const { findings, calls } = scan([sisuCall(12, 23), oodiCall(40), sisuCall(80, 5, 'SisuClient.fetchStudyRights'), sisuCall(30, 5)]);
    const outcome = applyBaseline(findings, baseline, calls);
    expect(outcome.findings.map((f) => f.suppressed?.kind ?? 'new')).toEqual(['baseline', 'baseline', 'new', 'new']);
  });

  it('reports an entry whose finding is gone as stale', async () => {
    const { findings, calls } = scan([sisuCall(12, 23)]);
    const outcome = applyBaseline(findings, await committedBaseline(), calls);
    expect(outcome.stale.map((entry) => entry.file)).toEqual(['services/enrolment/src/legacy/oodi.ts']);
  });

  it('leaves findings suppressed by a waiver or directive to those', async () => {
    const { findings, calls } = scan([sisuCall(12, 23)]);
    findings[0]!.suppressed = { kind: 'waiver', justification: 'manifest waiver' };
    const outcome = applyBaseline(findings, await committedBaseline(), calls);
    expect(outcome.findings[0]!.suppressed?.kind).toBe('waiver');
    expect(outcome.stale).toHaveLength(2);
  });
});

describe('buildBaseline', () => {
  it('writes one sorted entry per finding, keeps comments, and reproduces the committed file byte for byte', async () => {
    const previous = await committedBaseline();
    const built = buildBaseline(resultOf([sisuCall(12, 23), oodiCall(40)]), previous);
    const text = serializeBaseline(built);
    expect(text.replace(/"message": "[^"]*"/g, '"message": ""')).toBe(readFileSync(fixture, 'utf8').replace(/"message": "[^"]*"/g, '"message": ""'));
  });

  it('is stable whatever order the findings come in, and leaves out waived findings', () => {
    const result = resultOf([sisuCall(12, 23), oodiCall(40)]);
    const reversed = { ...result, findings: [...result.findings].reverse() };
    expect(serializeBaseline(buildBaseline(reversed))).toBe(serializeBaseline(buildBaseline(result)));
    result.findings[0]!.suppressed = { kind: 'directive', justification: 'x' };
    expect(buildBaseline(result).entries.map((entry) => entry.symbol)).toEqual(['importStudents']);
  });

  it('identifies findings not about a call by their fingerprint', () => {
    const result = resultOf([]);
    result.findings = [{ ruleId: 'waiver-expired', severity: 'warning', message: 'expired', file: 'services/enrolment/architecture.yaml', line: 9, column: 3, fingerprint: 'abc123' }];
    expect(buildBaseline(result).entries).toEqual([
      { rule: 'waiver-expired', service: null, file: 'services/enrolment/architecture.yaml', target: '', symbol: '', fingerprint: 'abc123', message: 'expired' },
    ]);
  });
});

describe('readBaseline', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'arch-lint-baseline-'));
  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    writeFileSync(file, text);
    return file;
  };

  it('returns null when there is no baseline file', async () => {
    expect(await readBaseline(path.join(dir, 'missing.json'))).toBeNull();
  });

  it('explains invalid JSON, an unknown version and a schema violation', async () => {
    await expect(readBaseline(write('broken.json', '{ "version": 1, '))).rejects.toThrow(/not valid JSON/);
    await expect(readBaseline(write('v2.json', '{ "version": 2, "entries": [] }'))).rejects.toThrow(/baseline version 2 is not supported.*reads version 1/);
    await expect(readBaseline(write('bad.json', '{ "version": 1, "entries": [{ "rule": "x" }] }'))).rejects.toThrow(BaselineError);
    await expect(readBaseline(write('bad2.json', '{ "version": 1, "entries": [{ "rule": "x" }] }'))).rejects.toThrow(/invalid baseline: \/entries\/0 must have required property/);
  });

  it('accepts what serializeBaseline writes', () => {
    const baseline = buildBaseline(resultOf([sisuCall(12, 23)]));
    expect(parseBaseline(serializeBaseline(baseline), 'x.json')).toEqual(JSON.parse(serializeBaseline(baseline)));
  });
});

describe('checkBaselineUpdate (the CI rule)', () => {
  const one = buildBaseline(resultOf([sisuCall(12, 23)]));
  const two = buildBaseline(resultOf([sisuCall(12, 23), oodiCall(40)]));

  it('outside CI anything goes', () => {
    expect(checkBaselineUpdate(null, two, { ci: false, force: false })).toEqual({ ok: true });
    expect(checkBaselineUpdate(one, two, { ci: false, force: false })).toEqual({ ok: true });
  });

  it('in CI the baseline may shrink or stay, but not be created or grow', () => {
    expect(checkBaselineUpdate(two, one, { ci: true, force: false })).toEqual({ ok: true });
    expect(checkBaselineUpdate(two, two, { ci: true, force: false })).toEqual({ ok: true });
    const created = checkBaselineUpdate(null, one, { ci: true, force: false });
    expect(created.ok).toBe(false);
    expect(!created.ok && created.message).toMatch(/refusing to create a baseline in CI/);
    const grown = checkBaselineUpdate(one, two, { ci: true, force: false });
    expect(!grown.ok && grown.message).toMatch(/1 new entry, e.g. no-direct-integration in services\/enrolment\/src\/legacy\/oodi.ts \(importStudents\) → oodi-ws.it.helsinki.fi/);
  });

  it('a swap (one fixed, another added) is growth too', () => {
    const swapped = buildBaseline(resultOf([oodiCall(40)]));
    expect(checkBaselineUpdate(one, swapped, { ci: true, force: false }).ok).toBe(false);
  });

  it('--force overrides it', () => {
    expect(checkBaselineUpdate(null, two, { ci: true, force: true })).toEqual({ ok: true });
  });
});

describe('baselineSuppressionPass', () => {
  it('applies the baseline with the run calls and hands over the stale entries', async () => {
    const { findings, calls } = scan([sisuCall(12, 23)]);
    let stale: string[] = [];
    const pass = baselineSuppressionPass(await committedBaseline(), (outcome) => {
      stale = outcome.stale.map((entry) => entry.symbol);
    });
    const kept = pass(findings, { calls, facts: [], services: [], config: {} as never, now: new Date(0) });
    expect(kept[0]!.suppressed?.kind).toBe('baseline');
    expect(stale).toEqual(['importStudents']);
  });
});
