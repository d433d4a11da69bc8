/**
 * Ruby's other HTTP gems: open-uri, Typhoeus (also `Typhoeus::Request.new(url, method:)`), Excon (also a connection
 * with `get(path:)`), http.rb through its option methods, HTTPX, a `Net::HTTP.start` block's connection (https with
 * `use_ssl: true`), `RestClient::Resource` and its sub-resources. Fixture: fixtures/extract/tree-sitter/ruby-http-clients
 * (outside fixtures/extract/ruby: see request-uri.test.ts).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/index.js';

const repo = path.resolve(import.meta.dirname, '../../..');

describe('Ruby HTTP gems', () => {
  it('reports each request with its client, method and URL; a Hash#fetch is none', async () => {
    const result = await lint({ cwd: repo, paths: ['fixtures/extract/tree-sitter/ruby-http-clients'], now: new Date('2026-12-01T00:00:00Z') });
    expect(result.calls.map((call) => `${call.line} ${call.kind} ${call.client} ${call.method} ${call.targets.map((target) => target.url ?? '?').join(' | ')}`)).toEqual([
      '14 call open-uri GET https://catalogue.example.org/api/news.rss',
      '18 call Typhoeus GET https://catalogue.example.org/api/patrons/{parameter patron}/loans',
      '22 call Typhoeus POST https://catalogue.example.org/api/loans/{parameter loan}/renewal',
      '26 call Excon POST https://catalogue.example.org/api/holds',
      '30 client-config Excon null ? | https://reservations.example.org',
      '31 call Excon GET ? | https://reservations.example.org/api/reservations',
      '35 call http.rb GET https://rooms.example.org/api/rooms',
      '39 call HTTPX GET https://hours.example.org/api/today',
      '43 client-config Net::HTTP null https://covers.example.org',
      '44 call Net::HTTP GET https://covers.example.org/isbn/{parameter isbn}.jpg',
      '49 client-config RestClient null https://shelves.example.org/api',
      '50 call RestClient GET https://shelves.example.org/api/shelves',
    ]);
  });
});
