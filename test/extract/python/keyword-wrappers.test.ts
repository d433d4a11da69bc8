/**
 * A wrapper given its path by keyword (`self._request(method="GET", path=f"/items/{id}")`), sending on a client that
 * is a `@property`, joining with yarl's `/` and `str(url)`; a parameter reassigned in a branch (`path = path[1:]`) may
 * still hold what the caller passed. Fixture: fixtures/extract/python/keyword-wrappers.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/index.js';

const repo = path.resolve(import.meta.dirname, '../../..');

describe('Python wrappers called with keyword arguments', () => {
  it('places keyword arguments at their parameters and reports each wrapper call', async () => {
    const result = await lint({ cwd: repo, paths: ['fixtures/extract/python/keyword-wrappers'], now: new Date('2026-12-01T00:00:00Z') });
    const request = result.calls.find((call) => call.file.endsWith('handler.py'));
    expect(request).toMatchObject({ line: 28, client: 'httpx' });
    const wrapperCalls = result.calls.filter((call) => call.file.endsWith('items.py'));
    expect(wrapperCalls.map((call) => `${call.line} ${call.client}`)).toEqual(['7 wrapper:ServiceHandler._request', '10 wrapper:ServiceHandler._request']);
    // The path's leading `/` is stripped in a branch the extractor does not evaluate (`path[1:]`): both spellings are listed.
    const reaches = (index: number, suffix: string): boolean =>
      wrapperCalls[index]?.targets.some((target) => target.url?.startsWith('https://catalog.it.helsinki.fi/api/') === true && target.url.endsWith(suffix)) ?? false;
    expect(reaches(0, '/items/{parameter item_id}')).toBe(true);
    expect(reaches(1, '/items/{parameter item_id}/publish')).toBe(true);
  });
});
