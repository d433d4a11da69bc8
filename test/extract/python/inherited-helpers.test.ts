/**
 * Request helpers a class inherits: `self._get("persons/%s" % id)` in a subclass (in another module, or two levels
 * down) is a call of the base class's `_get`, a wrapper, also in a file that names no HTTP client itself. Fixture:
 * fixtures/extract/python/inherited-helpers.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/index.js';

const repo = path.resolve(import.meta.dirname, '../../..');

describe('Python helpers inherited from a base client class', () => {
  it('reports each call of an inherited helper with the URL it makes', async () => {
    const result = await lint({ cwd: repo, paths: ['fixtures/extract/python/inherited-helpers'], now: new Date('2026-12-01T00:00:00Z') });
    const calls = result.calls.filter((call) => call.file.endsWith('registry.py')).map((call) => `${call.line} ${call.client} ${call.method} ${call.targets.map((target) => target.url ?? target.zone).join(' ')}`);
    expect(calls).toEqual([
      '7 wrapper:BaseClient._get GET unresolved https://registry.it.helsinki.fi/api/persons/{parameter person_id}',
      '10 wrapper:BaseClient._post POST unresolved https://registry.it.helsinki.fi/api/courses/{parameter course_id}/enrolments',
      '15 wrapper:BaseClient._get GET unresolved https://registry.it.helsinki.fi/api/audit',
    ]);
  });
});
