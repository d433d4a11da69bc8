/**
 * A scheme the code adds only where a value lacks one (`u.startsWith('http') ? u : 'http://' + u`): the branch that
 * would put a second scheme before a value that has one does not run for it, so `http://http://…` is no target.
 * Fixture: fixtures/resolve/scheme-guard.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';

const repo = path.resolve(import.meta.dirname, '../..');

describe('a scheme added where it is missing', () => {
  it('gives the configured value with its own scheme, and the bare host with the added one; never two schemes', async () => {
    const result = await lint({ cwd: repo, paths: ['fixtures/resolve/scheme-guard'], now: new Date('2026-12-01T00:00:00Z') });
    expect(result.calls.map((call) => call.targets.map((target) => target.url))).toEqual([
      [null, 'http://accounts-service/accounts/{parameter id}', 'http://accounts.internal:9000/accounts/{parameter id}'],
    ]);
  });
});
