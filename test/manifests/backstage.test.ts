import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entityName, readBackstageCatalog } from '../../src/extract/manifests/backstage.js';

const multiDoc = readFileSync(new URL('../../fixtures/manifests/backstage/multi-doc/catalog-info.yaml', import.meta.url), 'utf8');

describe('Backstage catalog reader (catalog-info.yaml)', () => {
  it('turns the Component of a multi-document catalog into a service, and ignores System/API/Resource', () => {
    const facts = readBackstageCatalog('services/transcripts/catalog-info.yaml', multiDoc);
    expect(facts.problems).toEqual([]);
    expect(facts.services).toHaveLength(1);
    expect(facts.services[0]).toMatchObject({
      name: 'transcript-service',
      system: 'study-records',
      owner: 'group:default/team-studies',
      description: 'Builds transcripts of records for graduating students.',
      root: 'services/transcripts',
      source: 'backstage',
      hosts: [],
      consumes: [],
      dependsOn: ['resource:default/transcripts-db', 'api:default/organisation-api'],
    });
    expect(facts.services[0]!.loc.line).toBe(13);
    expect(facts.services[0]!.provides).toEqual([
      { name: 'transcript-api', openapi: null, exposure: 'internal-only', loc: { file: 'services/transcripts/catalog-info.yaml', line: 20, column: 3 } },
    ]);
  });

  it('keeps the good documents when one is broken or not an entity', () => {
    const text = 'kind: Component\nmetadata: { name: a }\n---\nkind: Component\nmetadata: [oops\n---\njust a string\n---\nkind: Component\nmetadata: { name: b }\nspec: { consumesApis: [x] }\n';
    const facts = readBackstageCatalog('catalog-info.yaml', text);
    expect(facts.services.map((service) => [service.name, service.dependsOn])).toEqual([
      ['a', []],
      ['b', ['api:x']],
    ]);
    expect(facts.problems.map((problem) => problem.code)).toEqual(expect.arrayContaining(['invalid-manifest']));
    expect(facts.problems.some((problem) => problem.message.includes('document 2'))).toBe(true);
    expect(facts.problems.some((problem) => problem.message.includes('not a Backstage entity') && problem.line === 7)).toBe(true);
  });

  it('refuses an alias bomb in one document', () => {
    const bomb = 'kind: Component\nmetadata: { name: a }\nx: &a [1,1,1,1,1,1,1,1]\ny: &b [*a,*a,*a,*a,*a,*a,*a,*a]\nz: &c [*b,*b,*b,*b,*b,*b,*b,*b]\nw: [*c,*c,*c,*c,*c,*c,*c,*c]\n';
    const facts = readBackstageCatalog('catalog-info.yaml', bomb);
    expect(facts.services).toEqual([]);
    expect(facts.problems[0]!.message).toContain('too many YAML aliases');
  });

  it('strips kind and namespace from entity refs', () => {
    expect(entityName('system:default/study-records')).toBe('study-records');
    expect(entityName('study-records')).toBe('study-records');
  });
});
