/**
 * Issue 13, point 4: baseline entries key on production targets. Test, dev, e2e and mock values are evidence and
 * do not enter an entry's identity, so renaming a mock, adding a test cluster or reordering targets changes nothing.
 */
import { describe, expect, it } from 'vitest';
import type { Finding, LintResult, ResolvedCall, Target } from '../../src/model.js';
import { baselineKey, buildBaseline } from '../../src/judge/suppressions/baseline.js';
import { isProductionTarget } from '../../src/judge/production.js';

const prod: Target = { url: 'http://importer-api.study-importer.svc.cluster.local:3000', host: 'importer-api.study-importer.svc.cluster.local', zone: 'internal', via: ['env:IMPORTER_URL'], environment: 'prod', binding: { file: 'openshift/configmap.yaml', line: 10, column: 3 } };
const mock = (host: string): Target => ({ url: `http://${host}:3000`, host, zone: 'internal', via: ['env:IMPORTER_URL'], binding: { file: 'docker-compose.e2e.yml', line: 7, column: 9 } });
const testCluster: Target = { url: 'https://importer-test.apps.ocp-test-0.example.org', host: 'importer-test.apps.ocp-test-0.example.org', zone: 'internal', via: ['env:IMPORTER_URL'], environment: 'test', binding: { file: 'openshift/test/configmap.yaml', line: 10, column: 3 } };

function call(targets: Target[]): ResolvedCall {
  return { file: 'src/importer.ts', line: 5, column: 3, language: 'typescript', client: 'axios', method: 'GET', expression: 'process.env.IMPORTER_URL', kind: 'call', enclosing: 'fetchStudents', targets };
}
const finding: Finding = { ruleId: 'no-direct-integration', severity: 'error', message: 'Call axios GET …', file: 'src/importer.ts', line: 5, column: 3, fingerprint: 'f', callIndex: 0 };
const key = (targets: Target[]): string => baselineKey(finding, call(targets));

describe('baseline identity: production targets only', () => {
  const base = key([prod, mock('importer-mock')]);

  it('renaming a mock in docker-compose.e2e.yml changes nothing', () => {
    expect(key([prod, mock('importer-stub-renamed')])).toBe(base);
  });

  it('adding a test cluster changes nothing', () => {
    expect(key([prod, mock('importer-mock'), testCluster])).toBe(base);
  });

  it('reordering targets changes nothing', () => {
    expect(key([mock('importer-mock'), prod])).toBe(base);
  });

  it('a production target that changes does change the identity', () => {
    expect(key([{ ...prod, host: 'importer.other.svc.cluster.local' }, mock('importer-mock')])).not.toBe(base);
  });

  it('a call only non-production values reach keeps them as its identity (never an empty target)', () => {
    const result = { findings: [finding], calls: [call([mock('importer-mock')])] } as unknown as LintResult;
    expect(buildBaseline(result).entries[0]!.target).toBe('importer-mock');
  });

  it('the written entry names the production host only', () => {
    const result = { findings: [finding], calls: [call([mock('importer-mock'), testCluster, prod])] } as unknown as LintResult;
    expect(buildBaseline(result).entries[0]!.target).toBe('importer-api.study-importer.svc.cluster.local');
  });
});

describe('isProductionTarget', () => {
  it.each([
    ['a prod binding', prod, true],
    ['a binding in docker-compose.e2e.yml', mock('importer'), false],
    ['a test environment label', { ...prod, environment: 'test' }, false],
    ['a binding under __mocks__', { ...prod, environment: undefined, binding: { file: 'src/__mocks__/env.ts', line: 1, column: 1 } }, false],
    ['a host named as a test one', { ...prod, host: 'gw-api-test.it.helsinki.fi', environment: undefined, binding: undefined }, false],
    ['a university host under it.helsinki.fi', { ...prod, host: 'orgreg.apps.ocp-prod-0.k8s.it.helsinki.fi', environment: undefined, binding: undefined }, true],
  ] as [string, Target, boolean][])('%s', (_name, target, expected) => {
    expect(isProductionTarget(target)).toBe(expected);
  });
});
