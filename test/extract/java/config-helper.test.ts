/**
 * A configuration helper bean (`settings.get("grades.base.url")`, whose method returns `environment.getProperty(key)`)
 * is a read of the key its caller passes; a field a constructor builds from its parameter (`this.graphqlUrl = baseUrl +
 * "/graphql"`) holds what `new GradesClient(…)` passes; `String.join("/", …)`; a generic wrapper called with a base URL
 * joined with a path. Fixture: fixtures/extract/java/config-helper.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/index.js';

const repo = path.resolve(import.meta.dirname, '../../..');

describe('Java configuration helpers and constructor-built fields', () => {
  it('reads the keys the helper is given and follows them into application.yml', async () => {
    const result = await lint({ cwd: repo, paths: ['fixtures/extract/java/config-helper'], now: new Date('2026-12-01T00:00:00Z') });
    const calls = result.calls.map((call) => `${call.file.split('/').at(-1)}:${call.line} ${call.client} ${call.targets.map((target) => target.url ?? target.zone).join(' ')}`);
    expect(calls).toEqual([
      'GradesClient.java:18 RestTemplate https://grades.it.helsinki.fi/api/graphql',
      'GradesClient.java:23 RestTemplate https://grades.it.helsinki.fi/api/students/{parameter studentNumber}/status',
      'RoomsClient.java:21 wrapper:getList https://rooms.it.helsinki.fi/rooms/{roomId}/bookings',
      'RoomsClient.java:26 RestTemplate unresolved',
      'RoomsClient.java:30 RestTemplate https://rooms.it.helsinki.fi/rooms/{roomId}/bookings',
    ]);
    const graphql = result.calls.find((call) => call.file.endsWith('GradesClient.java') && call.line === 18);
    expect(graphql?.targets[0]?.via.join(' ')).toContain('config:grades.base.url');
    // `settings.variable("ROOMS_TOKEN_URL")` reads that env var, bound nowhere: said, not passed.
    expect(result.unboundEnv).toContain('ROOMS_TOKEN_URL');
  });
});
