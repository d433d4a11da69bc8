/**
 * URI builders put a path after a base as the library does, not by string concatenation: Spring's `path(p)` appends p
 * as written with a `/` after a bare origin and a `//` where two meet made one; `pathSegment` adds each segment after
 * exactly one `/`; `newInstance().scheme().host().port()` builds the origin; WebClient's `uri(uriBuilder -> …)` is a
 * path relative to the client's base URL; an unknown base stays unknown. Fixture: fixtures/extract/java/uri-builder-paths.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/index.js';

const repo = path.resolve(import.meta.dirname, '../../..');

describe('URI builder paths in Java', () => {
  it('joins base and path as Spring and JAX-RS do', async () => {
    const result = await lint({ cwd: repo, paths: ['fixtures/extract/java/uri-builder-paths'], now: new Date('2026-12-01T00:00:00Z') });
    const calls = result.calls.filter((call) => call.kind === 'call');
    expect(calls.map((call) => `${call.line} ${call.client} ${call.targets.map((target) => target.url ?? `? ${target.host ?? ''}`).join(' ')}`)).toEqual([
      '30 RestTemplate https://news.example.org/fi/api/news',
      '35 RestTemplate https://search.example.org/v2/items',
      '40 RestTemplate https://people.example.org/api/persons/{parameter personId}',
      '45 RestTemplate https://status.example.org:8443/health',
      '50 RestTemplate ? ',
      '55 WebClient https://rooms.example.org/booking/rooms/{id}',
    ]);
    // The unknown base is named, not read as a host `{LEGACY_URL}fi`.
    expect(calls.find((call) => call.line === 50)?.targets[0]?.zone).toBe('unresolved');
  });
});
