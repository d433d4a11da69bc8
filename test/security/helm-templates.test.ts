/**
 * Issue 16, item 15: Helm chart templates are read as templates. A `templates/*.yaml` with `{{ … }}` gave about a
 * dozen "malformed YAML" warnings and `{{ .Values.x }}` strings as call targets. Now: no parse warnings for template
 * syntax, `{{ .Values.env.X }}` follows values.yaml's value at that path (see test/resolve/helm-chart-values.test.ts),
 * other expressions stay unresolved.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isHelmTemplate, untemplate } from '../../src/extract/manifests/helm-template.js';
import { readKubernetes } from '../../src/extract/manifests/kubernetes.js';
import { assertBuilt, repo, run } from '../cli/subprocess.js';
import { readFileSync } from 'node:fs';

const chart = path.join(repo, 'fixtures/security/helm-chart');
const template = readFileSync(path.join(chart, 'charts/course-feedback/templates/deployment.yaml'), 'utf8');

describe('Helm templates', () => {
  it('untemplate keeps the line count and leaves YAML', () => {
    const plain = untemplate(template);
    expect(plain.split('\n')).toHaveLength(template.split('\n').length);
    expect(plain).not.toContain('{{');
    expect(plain).toContain('value: $(Values.env.IMPORTER_URL)');
  });

  it('the kubernetes reader gives no parse warning and no templated binding', () => {
    const facts = readKubernetes('charts/course-feedback/templates/deployment.yaml', template);
    expect(facts.problems).toEqual([]);
    // RELEASE_URL holds `{{ .Release.Name }}` and the range's entries hold `{{ $name }}`: left out, unresolved.
    expect(facts.bindings.map((binding) => binding.name)).toEqual(['IMPORTER_URL']);
    expect(facts.bindings[0]!.value).toContain('IMPORTER_URL');
  });

  it('a template whose logic shapes the YAML (a define block) gives one warning, at its first error, not one per error', () => {
    const shaped = [
      '{{- define "rooms.labels" -}}',
      'app: {{ .Chart.Name }}',
      '{{- end }}',
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata:',
      '  labels:',
      '    {{- include "rooms.labels" . | nindent 4 }}',
      '  name: rooms',
      'data:',
      '  config: {{ toYaml .Values.config | nindent 4 }}',
      '    nested: [',
      '  other: : :',
      '',
    ].join('\n');
    const facts = readKubernetes('charts/rooms/templates/configmap.yaml', shaped);
    expect(facts.problems).toHaveLength(1);
    expect(facts.problems[0]).toMatchObject({ code: 'parse-error', severity: 'warning', message: expect.stringMatching(/^Helm template not read as YAML once its template syntax is taken out \(first at line \d+: .+\); read what could be parsed$/) });
  });

  it("YAML written as a Go template outside templates/ (a chart's files/, test data) is one too; GitHub Actions' ${{ }} and Jinja's {{ name }} are not", () => {
    const waypoint = ['apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: {{ .Name }}', 'spec:', '  template:', '    spec:', '      containers:', '      {{- if .Values.proxy }}', '      - name: proxy', '        image: {{ .Values.image }}', '      {{- end }}', ''].join('\n');
    expect(isHelmTemplate('charts/mesh/files/waypoint.yaml', waypoint)).toBe(true);
    expect(readKubernetes('charts/mesh/files/waypoint.yaml', waypoint).problems).toEqual([]);
    expect(isHelmTemplate('.github/workflows/deploy.yml', 'env:\n  API_URL: ${{ vars.API_URL }}\n')).toBe(false);
    expect(isHelmTemplate('ansible/roles/web/vars.yml', 'api_url: "{{ api_host }}/v1"\n')).toBe(false);
  });

  it('a message naming a templated value shows the template, not the marker it was read as', () => {
    const deployment = ['apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: {{ .Release.Name }}-api', 'spec:', '  template:', '    spec:', '      containers: {{ .Values.containers }}', ''].join('\n');
    expect(readKubernetes('chart/templates/deployment.yaml', deployment).problems).toMatchObject([{ code: 'unexpected-shape', message: 'containers of Deployment {{…}}-api should be a list; ignored it' }]);
  });

  it('a scan of the chart: values.yaml binds the env var, nothing templated becomes a target', () => {
    assertBuilt();
    const outcome = run(['--format', 'json', '.'], { cwd: chart });
    const report = JSON.parse(outcome.stdout) as { problems: unknown[]; calls: { targets: { host?: string; unresolved?: string }[] }[] };
    expect(report.problems).toEqual([]);
    const hosts = report.calls.flatMap((call) => call.targets.map((target) => target.host ?? null));
    expect(hosts).toContain('importer-api.study-importer.svc.cluster.local');
    expect(JSON.stringify(report.calls)).not.toMatch(/\{\{|helm_template|Release\.Name/);
  });
});
