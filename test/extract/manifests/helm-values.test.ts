import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readHelmValues } from '../../../src/extract/manifests/helm-values.js';

const fixtureRoot = new URL('../../../fixtures/extract/manifests/helm-values/', import.meta.url);
const readAll = (path: string) => readHelmValues(path, readFileSync(new URL(path, fixtureRoot), 'utf8'));
/** The env bindings only (every scalar is also a chart value, tested below). */
const read = (path: string) => {
  const facts = readAll(path);
  return { ...facts, bindings: facts.bindings.filter((binding) => binding.type !== 'chart-value') };
};

describe('helm values reader', () => {
  it('reads env maps, extraEnv lists and UPPER_SNAKE keys as env bindings of the chart folder workload', () => {
    const facts = read('charts/course-feedback/values.yaml');
    expect(facts.problems).toEqual([]);
    expect(facts.bindings.map((binding) => [binding.name, binding.value, binding.loc.line])).toEqual([
      ['SISU_URL', 'https://sis-helsinki.funidata.fi/kori', 8],
      ['PORT', '3000', 9],
      ['IMPORTER_URL', 'http://importer-api:3000', 12],
      ['ORGANISATION_API_URL', 'https://gw.api.helsinki.fi/organisation', 17],
    ]);
    expect(facts.bindings[0]).toMatchObject({ type: 'env', source: 'helm-values', environment: null, service: null, workload: 'course-feedback' });
  });

  it('does not bind chart settings that are not keyed like env vars', () => {
    const facts = read('charts/course-feedback/values.yaml');
    expect(facts.bindings.some((binding) => binding.value.includes('apps.ocp') || binding.name === 'replicaCount' || binding.name === 'SISU_TOKEN')).toBe(false);
  });

  it('labels values-prod.yaml prod and takes the workload from fullnameOverride', () => {
    const facts = read('charts/course-feedback/values-prod.yaml');
    expect(facts.bindings.map((binding) => [binding.name, binding.value, binding.environment, binding.workload])).toEqual([
      ['SISU_URL', 'https://sis-helsinki.funidata.fi/kori', 'prod', 'course-feedback-web'],
      ['IMPORTER_URL', 'http://importer-api.toska-prod.svc:3000', 'prod', 'course-feedback-web'],
    ]);
  });

  it('survives wrong types, finds env blocks at any depth, and names no workload after a generic folder', () => {
    const facts = read('helm/values-staging.yaml');
    expect(facts.problems).toEqual([]);
    expect(facts.bindings).toEqual([
      {
        type: 'env',
        name: 'IMPORTER_URL',
        value: 'http://importer-api.toska-staging.svc:3000',
        loc: { file: 'helm/values-staging.yaml', line: 5, column: 19 },
        source: 'helm-values',
        environment: 'staging',
        service: null,
      },
    ]);
  });

  it('gives every scalar under maps as a chart value named by its path, a null as empty, lists not indexed', () => {
    const facts = readHelmValues('charts/shop/values.yaml', 'payment:\n  gateway: null\n  url: https://pay.example.org\nimage:\n  tag: "1.4"\nhosts:\n  - a.example.org\nreplicas: 2\n');
    const chartValues = facts.bindings.filter((binding) => binding.type === 'chart-value');
    expect(chartValues.map((binding) => [binding.name, binding.value, binding.loc.line])).toEqual([
      ['payment.gateway', '', 2],
      ['payment.url', 'https://pay.example.org', 3],
      ['image.tag', '1.4', 5],
      ['replicas', '2', 8],
    ]);
    expect(chartValues[0]).toMatchObject({ source: 'helm-values', environment: null, workload: 'shop' });
  });

  it('reports malformed YAML with a line', () => {
    const facts = readHelmValues('values.yaml', 'env:\n  SISU_URL: [https://sis-helsinki.funidata.fi/kori\nservice: {');
    expect(facts.problems[0]).toMatchObject({ file: 'values.yaml', code: 'parse-error' });
    expect(facts.problems[0]?.line).toBeGreaterThan(1);
  });
});
