/**
 * Issue 3, point 2: a binding belongs to the service when "a workload, container or compose service" is named like
 * it. Workload and compose-service names were matched; a container named like the service inside a workload named
 * otherwise (a Deployment `web-frontend` whose container is `grades`, a compose service `app` with
 * `container_name: enrolments`) left the binding a repo-wide fallback that every service saw.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';
import type { LintResult } from '../../src/model.js';
import { readCompose } from '../../src/extract/manifests/compose.js';
import { readKubernetes } from '../../src/extract/manifests/kubernetes.js';

const repo = path.resolve(import.meta.dirname, '../..');
const workspace = 'fixtures/acceptance/issue-3/container-names';
const now = new Date('2026-11-24T00:00:00Z');

let result: LintResult;
beforeAll(async () => {
  result = await lint({ cwd: repo, paths: [workspace], now });
}, 60_000);

const targetsOf = (file: string) => result.calls.find((call) => call.file === file)?.targets ?? [];

describe('issue 3: bindings tied to a service by a container name', () => {
  it('readers record container names that differ from the workload name', () => {
    const pod = readKubernetes('deploy/web.yaml', 'kind: Deployment\napiVersion: apps/v1\nmetadata: {name: web}\nspec:\n  template:\n    spec:\n      containers:\n        - {name: web}\n        - {name: grades}\n');
    expect(pod.workloads?.[0]).toMatchObject({ name: 'web', containers: ['grades'] });
    const compose = readCompose('docker-compose.yml', 'services:\n  app:\n    container_name: enrolments\n  db:\n    container_name: db\n');
    expect(compose.workloads?.map((workload) => [workload.name, workload.containers])).toEqual([
      ['app', ['enrolments']],
      ['db', undefined],
    ]);
  });

  it("a Deployment's container named like the service binds for that service only, not as a repo-wide fallback", () => {
    const grades = targetsOf('grades/src/registry.ts');
    expect(grades.map((target) => [target.url, target.environment])).toEqual([['https://opintorekisteri.it.helsinki.fi/courses/{parameter courseId}/grades', 'cluster']]);
    expect(grades[0]?.via.join(' ')).not.toContain('repo-wide fallback');
  });

  it("a compose container_name named like the service binds for that service, and the other service's Deployment value does not leak to it", () => {
    const enrolments = targetsOf('enrolments/src/registry.ts');
    expect(enrolments.map((target) => [target.url, target.environment])).toEqual([['http://localhost:7070/enrolments', 'dev']]);
    expect(result.unboundEnv).toEqual([]);
  });
});
