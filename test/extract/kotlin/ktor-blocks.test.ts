/**
 * Ktor requests with a trailing block: one call each (not one for the call and one for the call of the call), with
 * the URL from the block's `url.takeFrom(…)` or `url(address.toString())` on a `Url(…)`. Fixture:
 * fixtures/extract/kotlin/ktor-blocks.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/index.js';

const repo = path.resolve(import.meta.dirname, '../../..');

describe('Ktor requests with a trailing block', () => {
  it('reports each request once, with the URL its block sets; none of the test host’s in-memory requests', async () => {
    const result = await lint({ cwd: repo, paths: ['fixtures/extract/kotlin/ktor-blocks'], now: new Date('2026-12-01T00:00:00Z') });
    // ShopRoutesTest.kt's `testApplication { client.get(…) }` requests never leave the process: not reported.
    expect(result.calls.map((call) => `${call.line} ${call.client} ${call.method} ${call.targets.map((target) => target.url ?? '?').join(' ')}`)).toEqual([
      '19 ktor POST http://orders:8080/orders',
      '23 ktor GET http://catalog:8080/api',
      '27 ktor GET https://rates.example.org/latest',
    ]);
  });
});
