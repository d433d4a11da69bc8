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
    expect(result.calls.filter((call) => call.file.endsWith('library_feeds.rb')).map((call) => `${call.line} ${call.kind} ${call.client} ${call.method} ${call.targets.map((target) => target.url ?? '?').join(' | ')}`)).toEqual([
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

  it('Net::HTTP given a host and port connects to http://host:port, never to a path of the caller', async () => {
    const result = await lint({ cwd: repo, paths: ['fixtures/extract/tree-sitter/ruby-http-clients'], now: new Date('2026-12-01T00:00:00Z') });
    expect(result.calls.filter((call) => call.file.endsWith('notifier.rb')).map((call) => `${call.line} ${call.kind} ${call.method} ${call.targets.map((target) => `${target.zone} ${target.url}`).join(' | ')}`)).toEqual([
      // `Net::HTTP.new(host, port)` then `http.get(path)`: it was not reported.
      '7 call GET internal http://notify-api:4000/status',
      // `Net::HTTP.start(host, port) { … }` without TLS: it was read as the path `notify-api` on the caller's own origin.
      '11 client-config null internal http://notify-api:4000',
      '11 call POST internal http://notify-api:4000/deliveries',
    ]);
  });
});
