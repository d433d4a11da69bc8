import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/model.js';
import { formatGitlab, type CodeQualityIssue } from '../../src/report/gitlab.js';
import { formatSarif } from '../../src/report/sarif.js';

function loadResult(): LintResult {
  const { $comment: _comment, ...result } = JSON.parse(readFileSync(new URL('../../fixtures/report/ci-formats/result.json', import.meta.url), 'utf8')) as LintResult & { $comment: string };
  return result;
}

const schema = JSON.parse(readFileSync(new URL('../../schemas/gitlab-codequality.schema.json', import.meta.url), 'utf8')) as object;
const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);

describe('formatGitlab', () => {
  const issues = JSON.parse(formatGitlab(loadResult())) as CodeQualityIssue[];

  it('is valid against our schema of the documented Code Quality shape', () => {
    expect(validate(issues), JSON.stringify(validate.errors)).toBe(true);
  });

  it('the schema rejects what GitLab would not read (a ./ path, an unknown severity)', () => {
    const bad = structuredClone(issues);
    bad[0]!.location.path = './scripts/seed,data.ts';
    expect(validate(bad)).toBe(false);
    const badSeverity = structuredClone(issues) as unknown as { severity: string }[];
    badSeverity[0]!.severity = 'error';
    expect(validate(badSeverity)).toBe(false);
  });

  it('lists only unsuppressed findings, with all six documented fields', () => {
    expect(issues).toHaveLength(3);
    expect(issues[2]).toEqual({
      description: expect.stringContaining('Call to sisu-backend.apps.ocp-prod-0.k8s.it.helsinki.fi bypasses the API gateway') as unknown as string,
      check_name: 'no-direct-integration',
      fingerprint: '4f1c0a9e7b3d2c5a8e6f0b1d2c3a4e5f',
      severity: 'major',
      location: { path: 'services/enrolment/src/sisuClient.ts', lines: { begin: 12 } },
    });
  });

  it('maps error to major and warning to minor', () => {
    expect(issues.map((issue) => issue.severity)).toEqual(['minor', 'minor', 'major']);
  });

  it('makes fingerprints unique, with the same keys SARIF publishes', () => {
    const fingerprints = issues.map((issue) => issue.fingerprint);
    expect(new Set(fingerprints).size).toBe(fingerprints.length);
    const sarif = JSON.parse(formatSarif(loadResult())) as { runs: { results: { partialFingerprints: Record<string, string> }[] }[] };
    const sarifKeys = new Set(sarif.runs[0]!.results.map((result) => result.partialFingerprints['archLint/v1']));
    for (const fingerprint of fingerprints) expect(sarifKeys.has(fingerprint)).toBe(true);
  });

  it('strips a leading ./ from paths', () => {
    const result = loadResult();
    result.findings = [{ ...result.findings[0]!, file: './src/a.ts' }];
    const [issue] = JSON.parse(formatGitlab(result)) as CodeQualityIssue[];
    expect(issue!.location.path).toBe('src/a.ts');
  });

  it('writes an empty array for a clean scan', () => {
    expect(formatGitlab({ ...loadResult(), findings: [] })).toBe('[]\n');
  });
});
