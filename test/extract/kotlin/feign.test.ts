import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { kotlinExtractor } from '../../../src/extract/jvm/kotlin.js';

const root = join(import.meta.dirname, '../../../fixtures/extract/kotlin/exam-service');
const path = 'src/main/kotlin/fi/helsinki/exam/RoomsClient.kt';

it('kotlin @FeignClient with a ${…:default} url and a mapped function', async () => {
  const facts = await kotlinExtractor.extract(path, readFileSync(join(root, path), 'utf8'), 'kotlin');
  const base = { kind: 'alt', options: [{ kind: 'config', key: 'rooms.url' }, { kind: 'lit', value: 'https://gw.api.helsinki.fi/rooms/v1' }] };
  expect(facts.calls.map((c) => [c.kind, c.client, c.method, c.loc.line])).toEqual([['client-config', 'Feign', null, 7], ['call', 'Feign', 'GET', 9]]);
  expect(facts.calls[0]?.url).toEqual(base);
  expect(facts.calls[1]).toMatchObject({ url: { kind: 'lit', value: '/rooms/{id}' }, receiver: { kind: 'client', client: 'Feign', base } });
});
