import { describe, expect, it } from 'vitest';
import { annotateApis } from '../../src/catalog/annotate.js';
import type { GatewayApi, ResolvedCall } from '../../src/model.js';

const catalog: GatewayApi[] = [
  { id: 'orgreg', name: 'Organisation Registry API', loc: { file: 'c.yaml', line: 1, column: 1 }, paths: [{ path: '/organisation', host: null }], backends: [{ url: 'https://orgreg.example.org/api', raw: 'https://orgreg.example.org/api' }], plans: [], definitionVersion: 'V2' },
];
const call = (...urls: (string | null)[]): ResolvedCall => ({
  file: 'a.ts', line: 1, column: 1, language: 'typescript', client: 'fetch', method: 'GET', expression: 'fetch(x)', kind: 'call', enclosing: '<module>',
  targets: urls.map((url) => ({ url, host: null, zone: 'unknown', via: [] })),
});

describe('annotateApis', () => {
  it('names the catalogue API of targets on the gateway and leaves the others alone', () => {
    const input = [call('https://gw.api.helsinki.fi/organisation/units', 'https://gw.api.helsinki.fi/unknown', 'https://orgreg.example.org/api', null)];
    const [annotated] = annotateApis(input, catalog, ['https://gw.api.helsinki.fi']);
    expect(annotated?.targets.map((target) => target.api)).toEqual(['Organisation Registry API', undefined, undefined, undefined]);
    // The input is not changed.
    expect(input[0]?.targets[0]?.api).toBeUndefined();
  });

  it('changes nothing without a catalogue', () => {
    const input = [call('https://gw.api.helsinki.fi/organisation/units')];
    expect(annotateApis(input, [], ['https://gw.api.helsinki.fi'])).toEqual(input);
  });
});
