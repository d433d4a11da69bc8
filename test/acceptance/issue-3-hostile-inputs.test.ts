/**
 * Issue 3 acceptance, through `lint()`: malformed YAML, YAML alias bombs, a manifest with wrong types and a
 * ConfigMap reference to a missing ConfigMap in one workspace. Each gets a clear message with file and line,
 * nothing else is lost (valid documents and manifest parts still apply, code beside a refused manifest is still
 * judged), and nothing throws or hangs.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';
import type { LintResult } from '../../src/model.js';

const repo = path.resolve(import.meta.dirname, '../..');
const workspace = 'fixtures/acceptance/issue-3/hostile';
const now = new Date('2026-11-24T00:00:00Z');

let result: LintResult;
beforeAll(async () => {
  result = await lint({ cwd: repo, paths: [workspace], now });
}, 60_000);

const findingsOf = (ruleId: string) => result.findings.filter((finding) => finding.ruleId === ruleId);

describe('issue 3: hostile and broken inputs', () => {
  it('a manifest with wrong types: one invalid-manifest error per violation, with line and key', () => {
    const typed = findingsOf('invalid-manifest').filter((finding) => finding.file === 'typed/architecture.yaml');
    expect(typed.map((finding) => [finding.line, finding.severity])).toEqual([
      [6, 'error'],
      [8, 'error'],
    ]);
    expect(typed[0]?.message).toContain("key 'metadata.system'");
    expect(typed[1]?.message).toContain("key 'spec.provides'");
  });

  it('the valid parts of that manifest still apply: its waiver suppresses the covered call', () => {
    const call = result.calls.find((resolved) => resolved.file === 'typed/src/kori.ts' && resolved.line === 2);
    expect(call?.service).toBe('typed');
    expect(call?.targets.map((target) => target.url)).toEqual(['https://sisu.it.helsinki.fi/kori/api/course-units']);
    const direct = result.findings.find((finding) => finding.ruleId === 'no-direct-integration' && finding.file === 'typed/src/kori.ts' && finding.line === 2);
    expect(direct?.suppressed?.kind).toBe('waiver');
  });

  it('an alias-bomb manifest is refused without expanding it, and the code below it is still judged', () => {
    const bomb = findingsOf('invalid-manifest').find((finding) => finding.file === 'bomb/architecture.yaml');
    expect(bomb).toMatchObject({ severity: 'error', line: 1 });
    expect(bomb?.message).toContain('billion laughs');
    const direct = result.findings.find((finding) => finding.ruleId === 'no-direct-integration' && finding.file === 'bomb/src/pate.py');
    expect(direct).toMatchObject({ line: 4, severity: 'error' });
    expect(direct?.suppressed).toBeUndefined();
  });

  it('an alias-bomb compose file is skipped with a problem at its line', () => {
    expect(result.problems).toContainEqual(expect.objectContaining({ file: 'docker-compose.yml', code: 'yaml-too-complex', severity: 'warning', line: 2 }));
  });

  it('a manifest that is not YAML is reported with its line, and the code beside it is still judged', () => {
    const broken = findingsOf('invalid-manifest').find((finding) => finding.file === 'broken/architecture.yaml');
    expect(broken?.severity).toBe('error');
    expect(broken?.message).toContain('not valid YAML');
    expect(broken?.line).toBeGreaterThanOrEqual(6);
    expect(result.findings).toContainEqual(expect.objectContaining({ ruleId: 'no-direct-integration', file: 'broken/src/index.js', line: 2 }));
  });

  it('a malformed second document in a Deployment file: a parse problem at its line, the first document still binds', () => {
    const parse = result.problems.filter((problem) => problem.file === 'typed/openshift/deployment.yaml' && problem.code === 'parse-error');
    expect(parse.length).toBeGreaterThan(0);
    expect(parse.every((problem) => problem.line === 22 && problem.message.startsWith('malformed YAML'))).toBe(true);
    const call = result.calls.find((resolved) => resolved.file === 'typed/src/kori.ts' && resolved.line === 2);
    expect(call?.targets[0]?.binding).toMatchObject({ file: 'typed/openshift/deployment.yaml', line: 13 });
  });

  it('a configMapKeyRef to a missing ConfigMap: a problem naming the map, the call kept as unresolved with the reason', () => {
    expect(result.problems).toContainEqual(expect.objectContaining({ file: 'typed/openshift/deployment.yaml', code: 'configmap-missing', line: 17 }));
    const problem = result.problems.find((candidate) => candidate.code === 'configmap-missing');
    expect(problem?.message).toContain("ConfigMap 'typed-config'");
    const call = result.calls.find((resolved) => resolved.file === 'typed/src/kori.ts' && resolved.line === 3);
    expect(call?.targets).toHaveLength(1);
    expect(call?.targets[0]?.zone).toBe('unresolved');
    expect(call?.targets[0]?.via.join(' ')).toContain('ConfigMap typed-config (not found)');
  });
});
