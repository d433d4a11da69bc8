/**
 * Issue 16, item 15: Helm chart templates are read as templates. A `templates/*.yaml` with `{{ … }}` gave about a
 * dozen "malformed YAML" warnings and `{{ .Values.x }}` strings as call targets. Now: no parse warnings for template
 * syntax, `{{ .Values.env.X }}` follows values.yaml's binding of X, other expressions stay unresolved.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { untemplate } from '../../src/extract/manifests/helm-template.js';
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
    expect(plain).toContain('value: $(IMPORTER_URL)');
  });

  it('the kubernetes reader gives no parse warning and no templated binding', () => {
    const facts = readKubernetes('charts/course-feedback/templates/deployment.yaml', template);
    expect(facts.problems).toEqual([]);
    // RELEASE_URL holds `{{ .Release.Name }}` and the range's entries hold `{{ $name }}`: left out, unresolved.
    expect(facts.bindings.map((binding) => binding.name)).toEqual(['IMPORTER_URL']);
    expect(facts.bindings[0]!.value).toContain('IMPORTER_URL');
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
