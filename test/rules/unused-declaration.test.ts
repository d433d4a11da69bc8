import { describe, expect, it } from 'vitest';
import { readBackstageCatalog } from '../../src/extract/manifests/backstage.js';
import { unusedDeclaration } from '../../src/judge/rules/unused-declaration.js';
import { call, context, manifest, target } from './manifest-context.js';

const { services, file } = manifest('declarations');
const src = 'services/declarations/src/clients.ts';

describe('unused-declaration', () => {
  it('reports consumes entries no call of the service reaches, at the entry line', () => {
    const calls = [
      call(src, 10, 'course-feedback', [target('https://gw.api.helsinki.fi/organisation/units', 'gateway')]),
      call(src, 11, 'course-feedback', [target('https://persons.it.helsinki.fi/api/persons/1', 'internal')]),
      // Another service reaching the ESB entry does not count.
      call('services/other/a.ts', 12, 'other', [target('https://esbmt1.it.helsinki.fi/course-sync/run', 'esb')]),
    ];
    const findings = unusedDeclaration.check(context({ services, calls }));
    expect(findings.map((finding) => [finding.identity[1], finding.file, finding.line])).toEqual([
      ['enrolments', file, 28],
      ['course-sync', file, 31],
    ]);
    expect(findings[1]!.message).toBe(
      "Service 'course-feedback' declares it consumes 'course-sync' (https://esbmt1.it.helsinki.fi/course-sync, via esb), but none of its 2 calls under 'services/declarations' reaches that URL. Remove the entry if the integration is gone, or fix its URL.",
    );
  });

  it('mentions unresolved calls that might reach the entry', () => {
    const calls = [call(src, 1, 'course-feedback', [{ url: null, host: null, zone: 'unresolved', via: ['env:ESB_URL'] }])];
    const findings = unusedDeclaration.check(context({ services, calls }));
    expect(findings).toHaveLength(4);
    expect(findings[0]!.message).toContain('(1 call in the service could not be resolved and might reach it)');
  });

  it('is silent when every entry is used, and for Backstage services', () => {
    const calls = ['https://gw.api.helsinki.fi/organisation', 'https://persons.it.helsinki.fi/api', 'https://gw.api.helsinki.fi/enrolments/x', 'https://esbmt1.it.helsinki.fi/course-sync'].map((url, index) =>
      call(src, index + 1, 'course-feedback', [target(url, 'internal')]),
    );
    expect(unusedDeclaration.check(context({ services, calls }))).toEqual([]);
    const backstage = readBackstageCatalog('b/catalog-info.yaml', 'kind: Component\nmetadata: { name: b }\nspec: { consumesApis: [x] }\n').services;
    expect(unusedDeclaration.check(context({ services: backstage }))).toEqual([]);
  });
});
