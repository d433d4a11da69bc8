/**
 * Issue 3 acceptance, through `lint()`: each deployment/config binding source turns an env or config read in code
 * into targets with the binding's file:line and environment label. The per-reader tests check the facts; this one
 * checks that every source reaches the report, including the DaemonSet, which only the reader's kind table covered.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';
import type { LintResult } from '../../src/model.js';

const repo = path.resolve(import.meta.dirname, '../..');
const workspace = 'fixtures/acceptance/issue-3/binding-sources';
const now = new Date('2026-11-24T00:00:00Z');

let result: LintResult;
beforeAll(async () => {
  result = await lint({ cwd: repo, paths: [workspace], now });
}, 60_000);

/** [url, zone, environment, binding file:line] of each target of the call at file:line. */
function targetsAt(file: string, line: number): [string | null, string, string | undefined, string][] {
  const call = result.calls.find((resolved) => resolved.file === file && resolved.line === line);
  expect(call, `${file}:${line} is a call`).toBeDefined();
  return (call?.targets ?? []).map((target) => [target.url, target.zone, target.environment ?? undefined, `${target.binding?.file}:${target.binding?.line}`]);
}

describe('issue 3: every binding source reaches the report', () => {
  it('reads every file without problems and leaves no env var unbound', () => {
    expect(result.problems).toEqual([]);
    expect(result.unboundEnv).toEqual([]);
  });

  it('node-config: config.get reads config/default.json and config/production.yaml (labelled prod)', () => {
    expect(targetsAt('node-svc/src/index.ts', 5)).toEqual([
      ['https://sisu-node.it.helsinki.fi/api/courses', 'internal', 'default', 'node-svc/config/default.json:2'],
      ['https://sisu-node-prod.it.helsinki.fi/api/courses', 'internal', 'prod', 'node-svc/config/production.yaml:3'],
    ]);
  });

  it('node-config custom-environment-variables → env var → .env.staging (labelled staging)', () => {
    expect(targetsAt('node-svc/src/index.ts', 6)).toEqual([
      ['https://orgreg-staging.it.helsinki.fi/units', 'internal', 'staging', 'node-svc/.env.staging:2'],
    ]);
  });

  it('Spring application.properties: ${VAR:default} gives the default when VAR is bound nowhere', () => {
    expect(targetsAt('spring-svc/src/main/java/fi/helsinki/pate/PateClient.java', 14)).toEqual([
      ['https://pate-default.it.helsinki.fi/messages', 'internal', 'default', 'spring-svc/src/main/resources/application.properties:2'],
    ]);
  });

  it('Dockerfile ARG default and ENV', () => {
    expect(targetsAt('docker-svc/src/index.js', 2)).toEqual([['https://iam-arg.it.helsinki.fi/groups', 'internal', 'default', 'docker-svc/Dockerfile:3']]);
    expect(targetsAt('docker-svc/src/index.js', 3)).toEqual([
      ['https://kori-env.it.helsinki.fi/course-unit-realisations', 'internal', 'default', 'docker-svc/Dockerfile:4'],
    ]);
  });

  it('compose: a list environment and an env_file, tied to the service by its build context, labelled dev', () => {
    expect(targetsAt('docker-svc/src/index.js', 4)).toEqual([['http://localhost:9000/mock', 'local', 'dev', 'docker-compose.yml:10']]);
    expect(targetsAt('docker-svc/src/index.js', 5)).toEqual([['http://localhost:9100/mock-files', 'local', 'dev', 'docker.env:2']]);
  });

  it('Helm values-prod.yaml env map (labelled prod)', () => {
    expect(targetsAt('agent-svc/src/main.py', 6)).toEqual([
      ['https://metrics-helm.it.helsinki.fi/push', 'internal', 'prod', 'helm/agent-svc/values-prod.yaml:3'],
    ]);
  });

  it('a DaemonSet container env (labelled cluster)', () => {
    expect(targetsAt('agent-svc/src/main.py', 7)).toEqual([['https://node-agent.it.helsinki.fi/ping', 'internal', 'cluster', 'deploy/agent.yaml:14']]);
  });

  it('names the binding in the no-direct-integration evidence', () => {
    const finding = result.findings.find((candidate) => candidate.ruleId === 'no-direct-integration' && candidate.file === 'agent-svc/src/main.py' && candidate.line === 7);
    expect(finding?.message).toContain('binding NODE_URL = https://node-agent.it.helsinki.fi (deploy/agent.yaml:14, cluster)');
  });
});
