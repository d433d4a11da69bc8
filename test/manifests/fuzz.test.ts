import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readBackstageCatalog } from '../../src/extract/manifests/backstage.js';
import { readServiceManifest } from '../../src/extract/manifests/service-manifest.js';
import { extractFile } from '../../src/extract/index.js';
import { findConsumesEntry } from '../../src/resolve/services.js';

// YAML-ish fragments, so generated inputs reach deep into the parser and the schema walk.
const fragment = fc.constantFrom('apiVersion: arch-lint/v1', 'kind: Service', 'metadata:', '  name: x', 'spec:', '  consumes:', '    - name: a', '      url: https://h/p', '      via: direct', '      waiver: { reason: r, expires: 2027-01-01 }', '&a [1]', '*a', '---', ': :', '- [', '"', '\t', '  hosts: [a, 1, null]', 'kind: Component', 'metadata: { name: c }');
const yamlish = fc.oneof(fc.string(), fc.array(fragment, { maxLength: 20 }).map((lines) => lines.join('\n')));

describe('manifest readers never throw', () => {
  it('on arbitrary text', () => {
    fc.assert(
      fc.property(yamlish, (text) => {
        const manifest = readServiceManifest('s/architecture.yaml', text);
        const catalog = readBackstageCatalog('s/catalog-info.yaml', text);
        for (const facts of [manifest, catalog]) {
          expect(facts.problems.every((problem) => problem.file !== null && (problem.line ?? 1) >= 1)).toBe(true);
          expect(facts.services.length).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('findConsumesEntry on arbitrary URLs', () => {
    const [service] = readServiceManifest('s/architecture.yaml', 'apiVersion: arch-lint/v1\nkind: Service\nmetadata: { name: s }\nspec:\n  consumes: [{ name: a, url: "https://h.example/p", via: gateway }]\n').services;
    fc.assert(fc.property(fc.oneof(fc.string(), fc.webUrl()), (url) => void findConsumesEntry(service!, url)));
  });
});

describe('registration', () => {
  it('extractFile reads architecture.yaml and catalog-info.yaml through the manifest reader registry', async () => {
    const manifest = await extractFile(
      { absPath: '/x/svc/architecture.yaml', path: 'svc/architecture.yaml', kind: { type: 'manifest', manifest: 'service-manifest' }, size: 0 },
      'apiVersion: arch-lint/v1\nkind: Service\nmetadata: { name: svc }\n',
    );
    expect(manifest.services.map((service) => [service.name, service.root])).toEqual([['svc', 'svc']]);
    const catalog = await extractFile(
      { absPath: '/x/b/catalog-info.yaml', path: 'b/catalog-info.yaml', kind: { type: 'manifest', manifest: 'backstage' }, size: 0 },
      'kind: Component\nmetadata: { name: b }\n',
    );
    expect(catalog.services.map((service) => service.source)).toEqual(['backstage']);
  });
});
