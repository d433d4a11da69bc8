/**
 * A Helm chart's templates read values by their path (`{{ .Values.backend.url }}`), not only env-keyed ones: each is
 * followed to the values files of the chart the template belongs to (the folder above `templates/`), with `| default
 * "…"` applying where the value is empty and a path no values file sets named in the evidence. Before, only the last
 * segment was kept and looked up as an env var (`$(url)`), so such values stayed unresolved or met another chart's.
 * Fixture: fixtures/resolve/helm-chart-values.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { untemplate } from '../../src/extract/manifests/helm-template.js';
import { scanWorkspace, targetsOf, type WorkspaceScan } from './workspace-scan.js';

describe('Helm chart values by path', () => {
  let scan: WorkspaceScan;
  beforeAll(async () => {
    scan = await scanWorkspace('resolve/helm-chart-values');
  });

  it('a template reference keeps the whole path, and a literal default', () => {
    expect(untemplate('value: {{ .Values.backend.url | quote }}')).toBe('value: $(Values.backend.url)');
    expect(untemplate('value: "{{ $.Values.a.b }}"')).toBe('value: "$(Values.a.b)"');
    expect(untemplate('value: {{ .Values.x.y | default "http://z:8080" | quote }}')).toBe('value: ${Values.x.y:-http://z:8080}');
    expect(untemplate('image: "{{ .Values.image.tag | default .Chart.AppVersion }}"')).toBe('image: "$(Values.image.tag)"');
  });

  it("follows a value to the chart's values files, each environment's", () => {
    expect(targetsOf(scan.callAt('orders/src/clients.ts', 3))).toEqual([
      'http://inventory.shop-prod.svc.cluster.local:8080/stock/{parameter sku} (prod)',
      'http://inventory.shop.svc.cluster.local:8080/stock/{parameter sku} (cluster)',
    ]);
    const via = scan.callAt('orders/src/clients.ts', 3).targets[1]!.via;
    expect(via).toContain('chart value .Values.backend.url');
  });

  it("reads the template's own chart, not another chart setting the same path", () => {
    expect(targetsOf(scan.callAt('billing/src/ledger.ts', 3))).toEqual(['http://ledger.shop.svc.cluster.local:9000/entries (cluster)']);
  });

  it('an empty value takes the default the template writes', () => {
    expect(targetsOf(scan.callAt('orders/src/clients.ts', 7))).toEqual(['https://payments.example.org/charges (cluster)']);
  });

  it('a path no values file sets is unresolved, and says so', () => {
    const target = scan.callAt('orders/src/clients.ts', 11).targets[0]!;
    expect(target).toMatchObject({ url: null, zone: 'unresolved' });
    expect(target.via.join(' ')).toContain(".Values.audit.url is set in none of the chart's values files");
  });
});
