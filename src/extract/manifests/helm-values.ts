/**
 * Helm `values*.yaml`: values keyed like env vars → env bindings. Recognised shapes, at any depth:
 * an env-ish key (`env`, `extraEnv`, `envVars`…) holding a map of scalars or a list of `{ name, value }`,
 * and any UPPER_SNAKE key with a scalar value (`configmap: { SISU_URL: … }`, top-level `SISU_URL: …`).
 * Other nested values are not emitted as `config` bindings: charts feed them into templates, not into `config.get`,
 * so they would bind names no code reads. Every scalar value is also a `chart-value` binding named by its path
 * (`payment.gateway`), which the chart's templates read as `{{ .Values.payment.gateway }}`; a null is an empty value.
 */
import type { Binding, FileFacts, ManifestKind } from '../../model.js';
import { emptyFacts } from '../facts.js';
import type { ManifestReader } from '../index.js';
import { environmentFromFileName, environmentFromFolders } from './environment-label.js';
import { baseName, dirName } from './manifest-paths.js';
import { field, parseYaml, text } from './yaml-tree.js';
import type { YamlValue } from './yaml-tree.js';

const envKeys = new Set(['env', 'envs', 'extraenv', 'extraenvs', 'extraenvvars', 'envvars', 'environment', 'environmentvariables', 'additionalenv', 'extraenvironmentvars']);
const upperSnake = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$|^[A-Z]{2,}[0-9]*$/;
/** Chart folders whose name says nothing about the service. */
const genericFolders = new Set(['', '.', 'chart', 'charts', 'helm', 'deploy', 'deployment', 'k8s', 'values']);

export function readHelmValues(file: string, content: string, kind: ManifestKind = 'helm-values'): FileFacts {
  const facts = emptyFacts(file, kind);
  const parsed = parseYaml(file, content);
  facts.problems.push(...parsed.problems);
  const environment = environmentFromFileName(baseName(file), ['values', 'yaml', 'yml']) ?? environmentFromFolders(file);
  for (const document of parsed.documents) {
    // The release name is the workload name the chart's Deployment gets; else the chart folder name (`charts/course-feedback/values.yaml`).
    const folder = baseName(dirName(file));
    const workload = text(field(document, 'fullnameOverride')) ?? text(field(document, 'nameOverride')) ?? (genericFolders.has(folder) ? undefined : folder);
    const bindings = new Map<string, Binding>();
    const add = (name: string, value: string, at: YamlValue): void => {
      const binding: Binding = { type: 'env', name, value, loc: { file, line: at.line, column: at.column }, source: kind, environment, service: null, ...(workload ? { workload } : {}) };
      // One binding per name and line, even when two shapes match the same value.
      bindings.set(`${name}@${at.line}:${at.column}`, binding);
    };
    walk(document, add, 0);
    facts.bindings.push(...bindings.values());
    const addChartValue = (name: string, at: Extract<YamlValue, { kind: 'scalar' }>): void => {
      facts.bindings.push({ type: 'chart-value', name, value: text(at) ?? '', loc: { file, line: at.line, column: at.column }, source: kind, environment, service: null, ...(workload ? { workload } : {}) });
    };
    chartValues(document, '', addChartValue, 0);
  }
  return facts;
}

/** Every scalar under maps, by its dotted path (lists are not indexed: templates range over them). */
function chartValues(node: YamlValue, prefix: string, add: (name: string, at: Extract<YamlValue, { kind: 'scalar' }>) => void, depth: number): void {
  if (node.kind !== 'map' || depth > 32) return;
  for (const entry of node.entries) {
    const name = `${prefix}${entry.key}`;
    if (entry.value.kind === 'scalar') add(name, entry.value);
    else chartValues(entry.value, `${name}.`, add, depth + 1);
  }
}

function walk(node: YamlValue, add: (name: string, value: string, at: YamlValue) => void, depth: number): void {
  if (depth > 32) return;
  if (node.kind === 'seq') {
    for (const item of node.items) walk(item, add, depth + 1);
    return;
  }
  if (node.kind !== 'map') return;
  for (const entry of node.entries) {
    const value = entry.value;
    if (envKeys.has(entry.key.toLowerCase())) readEnvBlock(value, add);
    if (value.kind === 'scalar') {
      const written = text(value);
      if (written !== undefined && upperSnake.test(entry.key)) add(entry.key, written, value);
      continue;
    }
    walk(value, add, depth + 1);
  }
}

/** `env: { KEY: value }` or `env: [{ name: KEY, value: … }]` (the container env shape, as many charts pass it through). */
function readEnvBlock(node: YamlValue, add: (name: string, value: string, at: YamlValue) => void): void {
  if (node.kind === 'map') {
    for (const entry of node.entries) {
      const value = text(entry.value);
      if (value !== undefined) add(entry.key, value, entry.value);
    }
    return;
  }
  for (const item of node.kind === 'seq' ? node.items : []) {
    const name = text(field(item, 'name'));
    const valueNode = field(item, 'value');
    const value = text(valueNode);
    if (name !== undefined && valueNode && value !== undefined) add(name, value, valueNode);
  }
}

export const helmValuesReader: ManifestReader = {
  kinds: ['helm-values'],
  read: readHelmValues,
};
