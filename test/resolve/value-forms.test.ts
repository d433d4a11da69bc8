/**
 * Binding value forms: the placeholder parser, values that are not whole URLs, Kubernetes $(VAR), ${OTHER} chains
 * with a depth limit, reference loops, and no "fallback" wording when the repository declares no service.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseBindingValue } from '../../src/resolve/binding-values.js';
import { scanWorkspace, targetsOf, type WorkspaceScan } from './workspace-scan.js';

describe('parseBindingValue', () => {
  const ref = (name: string, form: 'plain' | 'default' | 'alternate', colon: boolean, word: string, written: string) => ({
    kind: 'ref',
    name,
    form,
    colon,
    word: word === '' ? [] : [{ kind: 'text', text: word }],
    written,
  });

  it('compose / shell forms', () => {
    expect(parseBindingValue('http://importer:${PORT:-3000}/api', 'shell')).toEqual([
      { kind: 'text', text: 'http://importer:' },
      ref('PORT', 'default', true, '3000', '${PORT:-3000}'),
      { kind: 'text', text: '/api' },
    ]);
    expect(parseBindingValue('${URL-https://sisu-test.funidata.fi}', 'shell')).toEqual([ref('URL', 'default', false, 'https://sisu-test.funidata.fi', '${URL-https://sisu-test.funidata.fi}')]);
    expect(parseBindingValue('${URL:?URL must be set}', 'shell')).toEqual([ref('URL', 'plain', true, '', '${URL:?URL must be set}')]);
    expect(parseBindingValue('${TLS:+https}', 'shell')).toEqual([ref('TLS', 'alternate', true, 'https', '${TLS:+https}')]);
    expect(parseBindingValue('$HOST/x', 'shell')).toEqual([ref('HOST', 'plain', false, '', '$HOST'), { kind: 'text', text: '/x' }]);
    expect(parseBindingValue('price: $$5 ${unclosed', 'shell')).toEqual([{ kind: 'text', text: 'price: $5 ${unclosed' }]);
  });

  it('nested defaults', () => {
    const [outer] = parseBindingValue('${A:-${B:-http://localhost}}', 'shell');
    expect(outer).toMatchObject({ name: 'A', form: 'default', word: [{ kind: 'ref', name: 'B', form: 'default', word: [{ kind: 'text', text: 'http://localhost' }] }] });
  });

  it('Spring placeholders: dotted keys, a default that contains a colon', () => {
    expect(parseBindingValue('${sisu.base-url:https://sisu-test.funidata.fi}/kori', 'spring')).toEqual([
      ref('sisu.base-url', 'default', false, 'https://sisu-test.funidata.fi', '${sisu.base-url:https://sisu-test.funidata.fi}'),
      { kind: 'text', text: '/kori' },
    ]);
  });

  it('Kubernetes $(VAR) and its $$(VAR) escape', () => {
    expect(parseBindingValue('https://$(SISU_HOST)/kori $$(LITERAL)', 'kubernetes')).toEqual([
      { kind: 'text', text: 'https://' },
      ref('SISU_HOST', 'plain', false, '', '$(SISU_HOST)'),
      { kind: 'text', text: '/kori $(LITERAL)' },
    ]);
  });

  it('never throws, and text without placeholders comes back whole', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('$', '{', '}', '(', ')', ':', '-', '?', '+', 'A', '_', '.', '/') }), fc.constantFrom('shell' as const, 'spring' as const, 'kubernetes' as const), (value, syntax) => {
        const pieces = parseBindingValue(value, syntax);
        if (!value.includes('$')) expect(pieces).toEqual(value === '' ? [] : [{ kind: 'text', text: value }]);
      }),
    );
  });
});

describe('value forms through the resolver', () => {
  let scan: WorkspaceScan;
  beforeAll(async () => {
    scan = await scanWorkspace('resolve/value-forms');
  });

  it('a bare host and a separately bound port make a URL', () => {
    expect(targetsOf(scan.callAt('src/importer.ts', 6))).toEqual(['http://importer-api:3000/students (cluster)']);
  });

  it('a bare host used as the whole URL is kept as written, with its binding', () => {
    const [target] = scan.callAt('src/importer.ts', 10).targets;
    expect(target).toMatchObject({ url: 'importer-api', environment: 'cluster' });
    expect(target?.via).toEqual(['env:IMPORTER_HOST', 'binding IMPORTER_HOST = importer-api (deploy/importer.yaml:14, cluster)']);
  });

  it('a Kubernetes $(VAR) reference is followed', () => {
    expect(targetsOf(scan.callAt('src/importer.ts', 14))).toEqual(['https://sis-helsinki.funidata.fi/kori/api/course-units (cluster)']);
  });

  it('a ${OTHER} chain deeper than the limit ends unresolved, saying why', () => {
    const [target] = scan.callAt('src/importer.ts', 18).targets;
    expect(target).toMatchObject({ url: null, zone: 'unresolved' });
    expect(target?.via.filter((step) => step.startsWith('binding '))).toHaveLength(6);
    expect(target?.via.at(-1)).toBe('unresolved: ${CHAIN_7} (references nested more than 5 deep are not followed)');
  });

  it('a reference loop ends unresolved', () => {
    const [target] = scan.callAt('src/importer.ts', 22).targets;
    expect(target).toMatchObject({ url: null, zone: 'unresolved' });
    expect(target?.via).toContain('env:LOOP_A (refers to itself)');
  });

  it('without any declared service nothing is called a repo-wide fallback', () => {
    const steps = scan.calls.flatMap((call) => call.targets.flatMap((target) => target.via));
    expect(steps.some((step) => step.includes('fallback'))).toBe(false);
  });
});
