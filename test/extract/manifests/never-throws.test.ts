import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { FileFacts } from '../../../src/model.js';
import { readCompose } from '../../../src/extract/manifests/compose.js';
import { readDockerfile } from '../../../src/extract/manifests/dockerfile.js';
import { readDotenv } from '../../../src/extract/manifests/dotenv.js';
import { readHelmValues } from '../../../src/extract/manifests/helm-values.js';
import { readKubernetes } from '../../../src/extract/manifests/kubernetes.js';
import { readNodeConfig } from '../../../src/extract/manifests/node-config.js';
import { readSpring } from '../../../src/extract/manifests/spring.js';

/** Each reader with a file name that sends it down each of its parsing paths. */
const readers: [string, (content: string) => FileFacts][] = [
  ['dotenv', (content) => readDotenv('.env.production', content)],
  ['compose', (content) => readCompose('docker-compose.yml', content)],
  ['kubernetes', (content) => readKubernetes('k8s/prod/app.yaml', content)],
  ['helm-values', (content) => readHelmValues('values-prod.yaml', content)],
  ['spring yaml', (content) => readSpring('application-prod.yml', content)],
  ['spring properties', (content) => readSpring('application.properties', content)],
  ['node-config json', (content) => readNodeConfig('config/default.json', content)],
  ['node-config yaml', (content) => readNodeConfig('config/production.yaml', content)],
  ['node-config js', (content) => readNodeConfig('config/development.js', content)],
  ['node-config ts', (content) => readNodeConfig('config/test.ts', content)],
  ['dockerfile', (content) => readDockerfile('Dockerfile', content)],
];

/** Text made of the characters these formats care about, so the fuzzing reaches deep into the parsers. */
const manifestAlphabet = fc.constantFrom(...'abcAZ_01:=-{}[]&*!|>"\'`$#\\/ \t\n.,;()?'.split(''));
const manifestLike = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.array(manifestAlphabet, { maxLength: 400 }).map((characters) => characters.join('')),
  // Fragments of real manifests glued together in random order.
  fc
    .array(fc.constantFrom('apiVersion: v1\n', 'kind: Deployment\n', 'services:\n', '  env:\n', '    - name: A\n', '      value: x\n', 'a: &a [1]\n', 'b: [*a, *a]\n', '---\n', 'module.exports = {', '}', 'ENV A=1 \\\n', 'X="y\n', '<<: *a\n'), { maxLength: 30 })
    .map((parts) => parts.join('')),
);

describe('manifest readers never throw', () => {
  for (const [name, read] of readers) {
    it(`${name}: any text gives facts, never an exception`, () => {
      fc.assert(
        fc.property(manifestLike, (content) => {
          const facts = read(content);
          expect(Array.isArray(facts.bindings)).toBe(true);
          expect(Array.isArray(facts.problems)).toBe(true);
        }),
        { numRuns: 300 },
      );
    });
  }
});

/** Well-formed YAML of the right outline with values of any type where the readers expect lists, maps or strings. */
const anyValue = fc.jsonValue({ maxDepth: 4 });
const wrongTypedDocuments: [string, fc.Arbitrary<unknown>, (content: string) => FileFacts][] = [
  [
    'kubernetes workload',
    fc.record({ apiVersion: fc.constant('apps/v1'), kind: fc.constantFrom('Deployment', 'CronJob', 'Pod', 'ConfigMap', 'Service', 'Route', 'Ingress', 'List', 'Template', 'Kustomization'), metadata: anyValue, spec: fc.oneof(anyValue, fc.record({ template: fc.record({ spec: fc.record({ containers: fc.oneof(anyValue, fc.array(fc.record({ env: anyValue, envFrom: anyValue }))) }) }) })), data: anyValue, items: anyValue, objects: anyValue, parameters: anyValue, configMapGenerator: anyValue }),
    (content) => readKubernetes('k8s/app.yaml', content),
  ],
  ['compose', fc.record({ services: fc.oneof(anyValue, fc.dictionary(fc.string({ maxLength: 8 }), fc.record({ environment: anyValue, env_file: anyValue, build: anyValue, networks: anyValue, image: anyValue }))) }), (content) => readCompose('docker-compose.yml', content)],
  ['helm-values', fc.record({ env: anyValue, extraEnv: anyValue, nested: anyValue, fullnameOverride: anyValue }), (content) => readHelmValues('values.yaml', content)],
  ['spring', anyValue, (content) => readSpring('application.yml', content)],
  ['node-config', anyValue, (content) => readNodeConfig('config/custom-environment-variables.yaml', content)],
];

describe('manifest readers survive wrong types', () => {
  for (const [name, documents, read] of wrongTypedDocuments) {
    it(`${name}: any value in any place gives facts, never an exception`, () => {
      fc.assert(
        fc.property(documents, (document) => {
          const facts = read(stringify(document));
          expect(facts.bindings.every((binding) => typeof binding.value === 'string' && typeof binding.name === 'string')).toBe(true);
        }),
        { numRuns: 200 },
      );
    });
  }
});
