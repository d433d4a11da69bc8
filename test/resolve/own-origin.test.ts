/**
 * The page's own origin (`window.location.origin`, `location.origin`, `document.location.origin`) is the server that
 * served the page: `${window.location.origin}/theses/api` is the path `/theses/api` on the caller's own origin, not an
 * unresolved target. A parameter named `location` is not the page's. Fixture: fixtures/resolve/own-origin.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';

const repo = path.resolve(import.meta.dirname, '../..');

describe('the page\'s own origin', () => {
  it('is a request to the caller\'s own server', async () => {
    const result = await lint({ cwd: repo, paths: ['fixtures/resolve/own-origin'], now: new Date('2026-12-01T00:00:00Z') });
    expect(result.calls.map((call) => `${call.line} ${call.targets.map((target) => `${target.url ?? target.via.at(-1)} ${target.zone}`).join(' | ')}`)).toEqual([
      '6 /theses/api self',
      '8 /theses/api/drafts self',
      '10 /ping self',
      '14 unresolved: parameter location.origin unresolved',
    ]);
    expect(result.calls[0]!.targets[0]!.via[0]).toBe("the page's own origin (window.location.origin) (src/api.js:6)");
  });
});
