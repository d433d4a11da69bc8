import fc from 'fast-check';
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
