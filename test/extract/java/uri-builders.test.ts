/**
 * URI builders before a request: a Spring `UriComponentsBuilder` kept in a variable and turned into the URL later
 * (`builder.toUriString()`), and a JAX-RS `UriBuilder.fromUri(base).path(…)` (whose `path` adds the `/`) given to
 * `client.target(…)`. Fixture: fixtures/extract/java/uri-builders.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/index.js';

const repo = path.resolve(import.meta.dirname, '../../..');

describe('URI builders in Java', () => {
  it('follows a builder kept in a variable and a JAX-RS UriBuilder', async () => {
    const result = await lint({ cwd: repo, paths: ['fixtures/extract/java/uri-builders'], now: new Date('2026-12-01T00:00:00Z') });
    expect(result.calls.map((call) => `${call.line} ${call.client} ${call.targets.map((target) => target.url ?? '?').join(' ')}`)).toEqual([
      '22 RestTemplate http://claims-service:8110/claims',
      '26 JAX-RS http://claims-service:8110/open/{parameter id}',
    ]);
  });
});
