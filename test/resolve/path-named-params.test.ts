/**
 * A wrapper parameter after a path prefix (`importer.get(`grapa/${url}`)`, `fetch(`/api/v1/${subPath}`)`) is the rest
 * of the URL when its name says it is a URL or a path: each caller passing one is a call. Named as an id, or as
 * neither (`students/${studentNumber}`, `terms/${term}`), it is not. A wrapper that hands on its caller's `{ url }`
 * unchanged is no call of its own: its caller is.
 */
import { describe, expect, it } from 'vitest';
import { scanFixture } from './fixture-scan.js';

describe('parameters named as paths after a path prefix', () => {
  const scan = scanFixture('resolve/path-named-params');
  const calls = scan.calls.map((call) => [call.line, call.client, call.targets.map((target) => target.url)]);

  it('callers passing a path are wrapper calls', () => {
    expect(calls.filter(([, client]) => String(client).startsWith('wrapper:'))).toEqual([
      [13, 'wrapper:fetchData', ['http://importer.example.org/api/grapa/programs']],
      [21, 'wrapper:v1', ['/api/v1/users']],
      [26, 'wrapper:eachPage', ['http://importer.example.org/api/grapa/persons']],
    ]);
  });

  it('an id or an unnamed value after a path is not: the request is reported inside the wrapper', () => {
    expect(calls.filter(([line]) => line === 9 || line === 11)).toEqual([
      [9, 'axios', ['http://importer.example.org/api/students/012345678']],
      [11, 'axios', ['http://importer.example.org/api/terms/autumn']],
    ]);
  });

  it('the wrapper handing its caller\'s url on is not a call of its own', () => {
    expect(calls.some(([line]) => line === 24)).toBe(false);
  });
});
