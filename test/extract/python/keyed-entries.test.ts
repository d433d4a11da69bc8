/**
 * An entry set by a constant key on an object the file names (`app.config["USERS_URI"] = …`, Flask's configuration
 * and any dict held by a name) is what a read of that entry gets, wherever in the file the write is: before the read,
 * after it (a factory's routes read what it sets once they are defined), or in the branches of an `if` (each a
 * possible value). An entry written nowhere stays unresolved, and a parameter's entry stays what callers pass.
 * Fixture: fixtures/extract/python/keyed-entries.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/index.js';

const repo = path.resolve(import.meta.dirname, '../../..');

describe('Python entries set by a constant key', () => {
  it('are read back wherever the file writes them', async () => {
    const result = await lint({ cwd: repo, paths: ['fixtures/extract/python/keyed-entries'], now: new Date('2026-12-01T00:00:00Z') });
    const calls = result.calls.map((call) => `${call.line} ${call.client} ${call.targets.map((target) => target.url ?? target.zone).join(' ')}`);
    expect(calls).toEqual([
      '15 requests http://rooms:8080/rooms/free',
      '19 requests https://reports-legacy.example.org/api/monthly https://reports.example.org/api/monthly',
      '28 requests http://enrolment:9000/enrolments',
      '33 requests unresolved',
      '41 requests https://details.example.org/v1/info',
      '44 wrapper:fetch_details https://details.example.org/v1/info',
    ]);
    const rooms = result.calls.find((call) => call.line === 15);
    expect(rooms?.targets[0]?.via[0]).toMatch(/^entry registry\.config\["ROOMS_URI"\] \(.*app\.py:7\)$/);
  });
});
