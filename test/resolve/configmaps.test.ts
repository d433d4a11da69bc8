import { describe, expect, it } from 'vitest';
import type { Binding } from '../../src/model.js';
import { envBinding, scanFixture, urls } from './fixture-scan.js';

describe('Kubernetes references in bindings', () => {
  const deployment = (name: string, ref: NonNullable<Binding['ref']>, line: number): Binding => ({
    ...envBinding(name, `\${${ref.kind}:${ref.name}:${ref.key ?? '*'}}`, { file: 'openshift/deployment.yaml', line }),
    ref,
  });
  const configMapEntry = (map: string, key: string, value: string, line: number): Binding => ({
    ...envBinding(key, value, { file: 'openshift/configmap.yaml', line }),
    configMap: map,
  });
  const bindings: Binding[] = [
    deployment('IMPORTER_URL', { kind: 'configmap', name: 'feedback-config', key: 'IMPORTER_URL', optional: false }, 30),
    configMapEntry('feedback-config', 'IMPORTER_URL', 'http://importer-api.study-importer.svc.cluster.local:3000', 10),
    deployment('ORG_', { kind: 'configmap', name: 'shared-urls', key: null, optional: false }, 40),
    configMapEntry('shared-urls', 'SISU_URL', 'https://sis-helsinki.funidata.fi', 4),
    deployment('WEBHOOK_URL', { kind: 'secret', name: 'feedback-secrets', key: 'WEBHOOK_URL', optional: false }, 50),
    deployment('REPORTS_URL', { kind: 'configmap', name: 'reports-config', key: 'REPORTS_URL', optional: false }, 60),
  ];
  const scan = scanFixture('resolve/configmaps', bindings);
  const file = 'src/sync.ts';

  it('follows configMapKeyRef to the ConfigMap value, with both locations in via', () => {
    const [target] = scan.callAt(file, 3).targets;
    expect(target).toMatchObject({
      url: 'http://importer-api.study-importer.svc.cluster.local:3000/students',
      binding: { file: 'openshift/configmap.yaml', line: 10 },
    });
    expect(target?.via).toEqual([
      'env:IMPORTER_URL',
      'binding IMPORTER_URL from configmap feedback-config key IMPORTER_URL (openshift/deployment.yaml:30, cluster)',
      'binding IMPORTER_URL = http://importer-api.study-importer.svc.cluster.local:3000 (openshift/configmap.yaml:10, cluster)',
    ]);
  });

  it('turns envFrom keys into prefixed env vars', () => {
    expect(urls(scan.callAt(file, 4))).toEqual(['https://sis-helsinki.funidata.fi/kori/api/course-units']);
  });

  it('never reads a Secret: the target stays unresolved and names it', () => {
    const [target] = scan.callAt(file, 5).targets;
    expect(target).toMatchObject({ url: null, zone: 'unresolved' });
    expect(target?.via.join(' ')).toContain('secret feedback-secrets');
  });

  it('reports a missing ConfigMap once as a problem, and the target stays unresolved', () => {
    expect(scan.callAt(file, 6).targets[0]).toMatchObject({ url: null, zone: 'unresolved' });
    expect(scan.problems).toEqual([
      expect.objectContaining({ code: 'configmap-missing', file: 'openshift/deployment.yaml', line: 60, severity: 'warning' }),
    ]);
  });
});
