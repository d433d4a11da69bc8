import { describe, expect, it } from 'vitest';
import { scanFixture } from './fixture-scan.js';

describe('which wrapper parameters carry the URL', () => {
  it('a path normalised by a conditional in the URL template is the URL: each call passing one is a wrapper call', () => {
    const scan = scanFixture('resolve/wrapper-url-params');
    const file = 'src/records.js';
    expect(scan.callAt(file, 13)).toMatchObject({ client: 'wrapper:recordsClient', method: 'GET', expression: 'url', point: { file, line: 7 } });
    expect(scan.callAt(file, 16)).toMatchObject({ client: 'wrapper:recordsClient', expression: "'api/shelves'" });
    expect(scan.callAt(file, 13).targets.map((target) => target.env)).toEqual(['RECORDS_HOST']);
  });

  it('an argument appended to a path constant of another module is an identifier, not the URL; one appended to an origin constant is the URL', () => {
    const scan = scanFixture('resolve/wrapper-url-params');
    // media.getItem(req.params.itemId): '/api/items/' + identifier — evidence of getItem's request, no call of its own.
    expect(scan.calls.some((call) => call.file === 'src/routes.js' && call.line === 4)).toBe(false);
    expect(scan.callAt('src/media.js', 11).targets.map((target) => target.url)).toEqual(['https://media.example.org/api/items/{parameter req.params.itemId}']);
    expect(scan.callAt('src/routes.js', 6)).toMatchObject({ client: 'wrapper:media.fetchMedia', expression: "'/thumbnails/latest'" });
    expect(scan.callAt('src/routes.js', 6).targets.map((target) => target.url)).toEqual(['https://media.example.org/thumbnails/latest']);
  });
});
