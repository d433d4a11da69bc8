/**
 * Angular's `fileReplacements` (angular.json): a build configuration puts `environment.prod.ts` in place of
 * `environment.ts`, so a value imported from the environment file has one more possible value per configuration that
 * replaces it, with the replacement named in the evidence. Fixture: fixtures/resolve/angular-environments.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';

const fixture = path.resolve(import.meta.dirname, '../../fixtures/resolve/angular-environments');

describe('Angular environment files', () => {
  it('a call built on environment.ts also reaches what each build configuration replaces it with', async () => {
    const result = await lint({ cwd: fixture, now: new Date('2026-12-07T00:00:00Z') });
    expect(result.calls.map((call) => `${call.file}:${call.line} ${call.client}`)).toEqual(['web/src/app/rooms.service.ts:10 angular-http']);
    const targets = result.calls[0]!.targets;
    expect(targets.map((target) => target.url)).toEqual([
      'http://localhost:8080/api/rooms',
      'https://rooms.example.org/api/rooms',
      'https://rooms-staging.example.org/api/rooms',
    ]);
    expect(targets[1]!.via[0]).toBe("web/src/environments/environment.prod.ts in place of web/src/environments/environment.ts in the 'production' build (web/angular.json)");
    expect(targets[2]!.via[0]).toBe("web/src/environments/environment.staging.ts in place of web/src/environments/environment.ts in the 'staging' build (web/angular.json)");
  });
});
