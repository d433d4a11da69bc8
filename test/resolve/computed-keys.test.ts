/**
 * A property read with a key known only at run time (`require('../config/config')[env]`, `ENDPOINTS[kind]`) is any of
 * the object's properties, each named in the evidence; a property of what a function returns
 * (`axios.create(courseOptions(code))`, whose `baseURL` the function builds) is followed into the function.
 */
import { describe, expect, it } from 'vitest';
import { scanFixture } from './fixture-scan.js';

describe('computed keys and properties of returned objects', () => {
  const scan = scanFixture('resolve/computed-keys');
  const urls = (line: number) => scan.callAt('src/catalog.js', line).targets.map((target) => target.url ?? target.via.at(-1));

  it('a client configured with the options a function returns, from an environment-keyed configuration', () => {
    const call = scan.callAt('src/catalog.js', 13);
    expect(urls(13)).toEqual([
      'http://localhost:4000/api/courses/{parameter code}',
      'unresolved: env:CATALOG_URL, parameter code',
      'https://catalog.example.org/api/courses/{parameter code}',
    ]);
    expect(call.targets[2]?.via).toContain("property 'production'");
  });

  it('a constant map read with a parameter: each entry', () => {
    expect(urls(19)).toEqual(['/api/courses', '/api/teachers']);
  });

  it('process.env read with a name only a caller gives (no caller here) stays unknown, named as such', () => {
    expect(urls(21)).toEqual(['unresolved: env var named by parameter name']);
  });
});
