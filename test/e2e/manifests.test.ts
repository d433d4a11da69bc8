/**
 * Issue 3 acceptance, end to end: a call whose env var is bound to localhost in docker-compose and to an internal
 * host in an OpenShift DeploymentConfig has both targets, is reported as direct by no-direct-integration, and the
 * message names the OpenShift file and line. Runs `lint()` (the CLI's entry point) and the built CLI with `--format json`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';
import type { LintResult } from '../../src/model.js';

const repo = path.resolve(import.meta.dirname, '../..');
const workspace = 'fixtures/e2e/manifests-compose-openshift';
const now = new Date('2026-11-24T00:00:00Z');

function checkReport(result: LintResult): void {
  const call = result.calls.find((resolved) => resolved.file === 'feedback/src/importer.ts' && resolved.line === 7);
  expect(call?.service).toBe('feedback');
  expect(call?.targets.map((target) => [target.url, target.zone, target.environment, `${target.binding?.file}:${target.binding?.line}`])).toEqual([
    ['http://localhost:3000/students/{parameter studentNumber}/study-rights', 'local', 'dev', 'docker-compose.yml:7'],
    ['https://importer.apps.ocp-prod-0.k8s.it.helsinki.fi/students/{parameter studentNumber}/study-rights', 'internal', 'cluster', 'openshift/feedback.yaml:17'],
  ]);

  const direct = result.findings.filter((finding) => finding.ruleId === 'no-direct-integration');
  expect(direct).toHaveLength(1);
  // On the line a developer changes (the client's base URL), with the call through it as a related location.
  expect(direct[0]).toMatchObject({ severity: 'error', file: 'feedback/src/importer.ts', line: 4, related: [{ file: 'feedback/src/importer.ts', line: 7 }] });
  expect(direct[0]?.message).toContain('binding IMPORTER_URL = https://importer.apps.ocp-prod-0.k8s.it.helsinki.fi (openshift/feedback.yaml:17, cluster)');
  // The dev value is evidence of the call, not of the direct integration.
  expect(direct[0]?.message).not.toContain('docker-compose.yml');
}

describe('deployment manifests end to end', () => {
  it('lint(): localhost in compose + internal host in OpenShift → both targets, reported as direct, naming the OpenShift file and line', async () => {
    const result = await lint({ cwd: repo, paths: [workspace], now });
    checkReport(result);
    // The service binds IMPORTER_URL itself: the repo-wide .env.example is not one of its targets.
    expect(result.calls.flatMap((call) => call.targets).some((target) => target.binding?.file === '.env.example')).toBe(false);
    expect(result.unboundEnv).toEqual([]);
    expect(result.problems).toEqual([]);
  });

  it('a client configuration and the call made through it are one integration: one finding per rule, at the configuration', async () => {
    const result = await lint({ cwd: repo, paths: [workspace], now });
    const config = result.calls.find((call) => call.kind === 'client-config');
    expect(config).toMatchObject({ file: 'feedback/src/importer.ts', line: 4 });
    expect(result.findings.filter((finding) => finding.line === 7)).toEqual([]);
    expect(result.findings.map((finding) => [finding.ruleId, finding.line, finding.related?.map((location) => location.line)]).sort()).toEqual([
      ['no-direct-integration', 4, [7]],
      ['undeclared-integration', 4, [7]],
    ]);
    expect(result.summary).toMatchObject({ errors: 1, warnings: 1 });
  });

  it.runIf(existsSync(path.join(repo, 'dist/cli/main.js')))('the built CLI with --format json says the same and exits 1', () => {
    const run = spawnSync(process.execPath, [path.join(repo, 'bin/arch-lint.js'), workspace, '--format', 'json', '--now', '2026-11-24'], { cwd: repo, encoding: 'utf8' });
    expect(run.status).toBe(1);
    checkReport(JSON.parse(run.stdout) as LintResult);
  });
});
