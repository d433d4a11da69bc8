/** Property: whatever the bindings hold (placeholders of every form, loops, odd owners), resolution neither throws nor loses the call, and every binding-derived target names its environment. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyFacts } from '../../src/extract/facts.js';
import { extractTypeScript } from '../../src/extract/typescript/index.js';
import type { Binding, FileFacts, ManifestKind } from '../../src/model.js';
import { resolveCalls } from '../../src/resolve/index.js';

const code = extractTypeScript('svc-a/src/client.ts', 'export const call = () => fetch(`${process.env.A}/x`);\n', 'typescript');
const manifest = emptyFacts('svc-a/architecture.yaml', 'service-manifest');
manifest.services.push({ name: 'svc-a', system: null, owner: null, root: 'svc-a', loc: { file: manifest.file, line: 1, column: 1 }, hosts: [], provides: [], consumes: [], dependsOn: [], source: 'arch-lint' });

const names = fc.constantFrom('A', 'B', 'C', 'sisu.base-url');
const value = fc.array(fc.oneof(fc.constantFrom('${A}', '${B:-http://b}', '${C-x}', '${A:?e}', '${B:+y}', '$C', '$(A)', '${sisu.base-url:https://s}', '$$', '${', '}', ':', 'https://host', '/p'), names), { maxLength: 6 }).map((parts) => parts.join(''));
const binding = fc.record({
  name: names,
  value,
  source: fc.constantFrom<ManifestKind>('dotenv', 'compose', 'kubernetes', 'spring', 'helm-values', 'dockerfile'),
  file: fc.constantFrom('.env', 'svc-a/.env', 'docker-compose.yml', 'deploy/app.yaml'),
  workload: fc.option(fc.constantFrom('svc-a', 'svc-b', 'db'), { nil: undefined }),
  environment: fc.option(fc.constantFrom('dev', 'prod'), { nil: null }),
});

describe('resolving arbitrary bindings', () => {
  it('never throws, keeps the call, labels binding targets', () => {
    fc.assert(
      fc.property(fc.array(binding, { maxLength: 8 }), (drawn) => {
        const facts: FileFacts[] = [code, manifest];
        for (const [index, item] of drawn.entries()) {
          const fileFacts = emptyFacts(item.file, item.source);
          const made: Binding = { type: item.source === 'spring' ? 'config' : 'env', name: item.name, value: item.value, loc: { file: item.file, line: index + 1, column: 1 }, source: item.source, environment: item.environment, service: null };
          if (item.workload) made.workload = item.workload;
          fileFacts.bindings.push(made);
          facts.push(fileFacts);
        }
        const output = resolveCalls({ facts });
        expect(output.calls).toHaveLength(1);
        for (const target of output.calls[0]?.targets ?? []) if (target.binding) expect(target.environment).toEqual(expect.any(String));
      }),
      { numRuns: 300 },
    );
  });
});
