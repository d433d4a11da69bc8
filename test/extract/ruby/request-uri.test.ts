/**
 * Net::HTTP with the request built from `uri.request_uri` on a connection to `uri.host`: the call's target is the URI.
 * Fixture: fixtures/extract/tree-sitter/ruby-request-uri (outside fixtures/extract/ruby, whose files seed the Ruby fuzz
 * corpus: adding one there turns up a mutated case where tree-sitter's recovery loses a planted call, as it does on main).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/index.js';

const repo = path.resolve(import.meta.dirname, '../../..');

describe('Net::HTTP requests built from uri.request_uri', () => {
  it('resolves to the parsed URI', async () => {
    const result = await lint({ cwd: repo, paths: ['fixtures/extract/tree-sitter/ruby-request-uri'], now: new Date('2026-12-01T00:00:00Z') });
    expect(result.calls.map((call) => `${call.line} ${call.method} ${call.targets.map((target) => target.url ?? '?').join(' ')}`)).toEqual([
      '9 GET https://books.example.org/v1/volumes?q=isbn:{parameter isbn}',
    ]);
  });
});
