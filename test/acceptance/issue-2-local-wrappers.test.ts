/**
 * Issue 2, point 3: "a wrapper function that passes one of its parameters into a client call's URL
 * (`const callApi = (path) => api.get(path)`): the wrapper's own call sites are reported as calls, with the
 * argument resolved". Wrappers declared inside another function (the usual place for `callApi`) were not
 * followed: the request was reported once inside the wrapper with an unknown `{path}`.
 * Since issue 10 ("Real code, part 1"), the request inside a wrapper is always reported where it is written, with
 * its callers' targets, and a wrapper call is a call of its own (`wrapper:<name>`) only when it passes the URL or
 * its start (a path after an origin, a route) — not when it passes an id.
 */
import { describe, expect, it } from 'vitest';
import { scanFixture, urls } from '../resolve/fixture-scan.js';

const file = 'src/gradeExport.ts';

describe('wrappers declared inside functions', () => {
  const scan = scanFixture('acceptance/issue-2/local-wrappers');
  const requests = scan.calls.filter((call) => call.kind === 'call');

  it('a local arrow wrapper over an instance: each call site is a call, with the base joined to its argument', () => {
    expect(scan.callAt(file, 10)).toMatchObject({ client: 'wrapper:callApi', method: 'GET', column: 9, expression: "'/courses'", enclosing: 'exportGrades' });
    expect(urls(scan.callAt(file, 10))).toEqual(['https://grades.it.helsinki.fi/api/courses']);
    expect(urls(scan.callAt(file, 11))).toEqual(['https://grades.it.helsinki.fi/api/courses/{parameter courseCode}/grades']);
    expect(scan.callAt(file, 10).targets[0]?.via).toEqual([
      'wrapper exportGrades.callApi (src/gradeExport.ts:9)',
      "axios instance 'registry' (src/gradeExport.ts:6)",
      'const registry (src/gradeExport.ts:6)',
    ]);
    // Both calls reach the client configured at line 6: one integration point.
    expect(scan.callAt(file, 10).point).toMatchObject({ file, line: 6 });
  });

  it('the request inside the wrapper is reported where it is written, with every target its callers give', () => {
    const inner = scan.callAt(file, 9);
    expect(inner).toMatchObject({ client: 'axios', method: 'GET', expression: 'path' });
    expect(urls(inner)).toEqual(['https://grades.it.helsinki.fi/api/courses', 'https://grades.it.helsinki.fi/api/courses/{parameter courseCode}/grades']);
    expect(inner.targets[0]?.via[0]).toBe('called from src/gradeExport.ts:10:9');
  });

  it('a function declaration inside a function is followed too, even when called above where it is written', () => {
    expect(scan.callAt(file, 12)).toMatchObject({ client: 'wrapper:postResult', method: 'POST', enclosing: 'exportGrades' });
    expect(urls(scan.callAt(file, 12))).toEqual(['https://exports.it.helsinki.fi/exports']);
    expect(urls(scan.callAt(file, 15))).toEqual(['https://exports.it.helsinki.fi/exports']);
  });

  it('a local wrapper of a local wrapper resolves through both; the call passing an id is evidence, not a call', () => {
    expect(urls(scan.callAt(file, 20))).toEqual(['https://people.it.helsinki.fi/teachers/t-1001']);
    const teacher = scan.callAt(file, 21);
    expect(teacher.client).toBe('wrapper:getJson');
    expect(urls(teacher)).toEqual(['https://people.it.helsinki.fi/teachers/t-1001']);
    expect(teacher.targets[0]?.via).toEqual(['called from src/gradeExport.ts:22:10', 'wrapper teacherLookup.teacher (src/gradeExport.ts:21)', 'wrapper teacherLookup.getJson (src/gradeExport.ts:20)']);
    expect(scan.calls.some((call) => call.file === file && call.line === 22)).toBe(false);
  });

  it('a local function that reads its enclosing function’s parameter leaves the enclosing function the wrapper', () => {
    const byStudent = scan.callAt(file, 26);
    expect(byStudent).toMatchObject({ client: 'axios', enclosing: 'byStudent' });
    expect(byStudent.targets[0]?.host).toBe('studyrights.it.helsinki.fi');
    expect(byStudent.targets[0]?.url).toContain('/students/014000000/');
    expect(scan.calls.some((call) => call.file === file && call.line === 30)).toBe(false);
  });

  it('every request and every wrapper call that passes a URL, each once', () => {
    expect(requests.map((call) => call.line)).toEqual([9, 10, 11, 12, 15, 20, 21, 26]);
  });
});
