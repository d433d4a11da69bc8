/**
 * A host the repository publishes itself (its OpenShift Route, its Ingress) is the code's own application: a call to
 * it is zone self, as a relative URL would be, and not a point-to-point integration.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';
import { ownHosts } from '../../src/judge/index.js';
import type { FileFacts } from '../../src/model.js';

const repo = path.resolve(import.meta.dirname, '../..');

describe("the repository's own Route and Ingress hosts", () => {
  it('calls to them are self (with the route as evidence); a call to another system is still reported', async () => {
    const result = await lint({ cwd: repo, paths: ['fixtures/judge/own-route'] });
    const zones = result.calls.map((call) => [call.line, call.targets.map((target) => target.zone)]);
    expect(zones).toEqual([
      [3, ['self']],
      [4, ['internal']],
      [5, ['self']],
    ]);
    expect(result.calls[0]!.targets[0]!.via).toContain("'rooms.it.helsinki.fi' is this repository's own address (openshift/route.yaml:6)");
    expect(result.findings.map((finding) => [finding.ruleId, finding.line])).toEqual([['no-direct-integration', 4]]);
  });

  it('only Routes and Ingresses count: a compose service or Kubernetes Service name is another workload', () => {
    const loc = { file: 'deploy.yaml', line: 1, column: 1 };
    const facts = { hosts: [
      { host: 'Rooms.example.org.', loc, workload: 'rooms', source: 'route' },
      { host: 'people-api', loc, workload: 'people', source: 'compose-service' },
      { host: 'people-svc', loc, workload: 'people', source: 'k8s-service' },
    ] } as unknown as FileFacts;
    expect([...ownHosts([facts]).keys()]).toEqual(['rooms.example.org']);
  });
});
