import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { javaExtractor } from '../../../src/extract/jvm/java.js';
import type { FileFacts } from '../../../src/model.js';

const root = join(import.meta.dirname, '../../../fixtures/extract/java/library-sync');
const path = 'src/main/java/fi/helsinki/library/HelkaApi.java';
const extract = async (): Promise<FileFacts> => javaExtractor.extract(path, readFileSync(join(root, path), 'utf8'), 'java');

describe('java extractor: Retrofit and OkHttp', () => {
  it('Retrofit interface methods are calls, the builder baseUrl is a client-config', async () => {
    const facts = await extract();
    expect(facts.calls.filter((c) => c.client === 'Retrofit').map((c) => [c.kind, c.method, c.loc.line, c.url])).toEqual([
      ['call', 'GET', 11, { kind: 'lit', value: 'records/{id}' }],
      ['call', 'POST', 14, { kind: 'lit', value: 'loans' }],
      ['client-config', null, 22, expect.objectContaining({ kind: 'step', label: 'constant HelkaClient.HELKA' })],
    ]);
    expect(facts.symbols['HelkaClient.HELKA']).toMatchObject({ value: { kind: 'alt', options: [{ kind: 'env', name: 'HELKA_URL' }, { kind: 'lit', value: 'https://helka.helsinki.fi/api/' }] } });
  });

  it('OkHttp Request.Builder().url(…).head() and its // directive', async () => {
    const facts = await extract();
    expect(facts.calls.find((c) => c.client === 'OkHttp')).toMatchObject({ method: 'HEAD', loc: { line: 28 }, url: { kind: 'lit', value: 'http://helka-db.it.helsinki.fi/ping' } });
    expect(facts.directives).toMatchObject([{ kind: 'disable-next-line', rules: ['no-direct-integration'], appliesToLine: 28 }]);
  });
});
