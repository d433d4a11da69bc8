/**
 * Ruby clients a method makes or memoizes (`def catalog; @catalog ||= Faraday.new(url: …); end`), in the class or in a
 * module it includes (a Rails concern, autoloaded from `app/concerns/`): a bare `catalog.get(path)` is a request on
 * that client, joined with its base; Faraday's `run_request(:post, path, …)` takes the method first.
 * Fixture: fixtures/extract/tree-sitter/ruby-memoized-clients.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/index.js';

const repo = path.resolve(import.meta.dirname, '../../..');

describe('Ruby memoized clients', () => {
  it('requests on a client a method returns', async () => {
    const result = await lint({ cwd: repo, paths: ['fixtures/extract/tree-sitter/ruby-memoized-clients'], now: new Date('2026-12-07T00:00:00Z') });
    expect(result.calls.map((call) => `${call.file.split('/').pop()}:${call.line} ${call.kind} ${call.client} ${call.method} ${call.targets.map((target) => target.url ?? target.zone).join(' ')}`)).toEqual([
      'catalog_requests.rb:4 client-config Faraday null https://catalog.example.org/api',
      'importer.rb:6 call Faraday GET https://catalog.example.org/api/items',
      'importer.rb:10 call Faraday POST https://catalog.example.org/api/items',
      'importer.rb:18 call Faraday POST https://hooks.example.org/imports/{parameter id}',
    ]);
  });
});
