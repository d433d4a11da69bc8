/**
 * Issue 2, point 3: "a wrapper function that passes one of its parameters into a client call's URL
 * (`const callApi = (path) => api.get(path)`): the wrapper's own call sites are reported as calls, with the
 * argument resolved". Wrappers declared inside another function (the usual place for `callApi`) were not
 * followed: the request was reported once inside the wrapper with an unknown `{path}`.
 */
import { describe, expect, it } from 'vitest';
import { scanFixture, urls } from '../resolve/fixture-scan.js';

const file = 'src/gradeExport.ts';

describe('wrappers declared inside functions', () => {
  const scan = scanFixture('acceptance/issue-2/local-wrappers');
  const requests = scan.calls.filter((call) => call.kind === 'call');

  it('a local arrow wrapper over an instance: each call site is a call, with the base joined to its argument', () => {
    expect(scan.callAt(file, 10)).toMatchObject({ client: 'axios', method: 'GET', column: 9, expression: "'/courses'", enclosing: 'exportGrades' });
    expect(urls(scan.callAt(file, 10))).toEqual(['https://grades.it.helsinki.fi/api/courses']);
    expect(urls(scan.callAt(file, 11))).toEqual(['https://grades.it.helsinki.fi/api/courses/{parameter courseCode}/grades']);
    expect(scan.callAt(file, 10).targets[0]?.via).toEqual([
      'wrapper exportGrades.callApi (src/gradeExport.ts:9)',
      "axios instance 'registry' (src/gradeExport.ts:6)",
      'const registry (src/gradeExport.ts:6)',
    ]);
  });

  it('a function declaration inside a function is followed too, even when called above where it is written', () => {
    expect(scan.callAt(file, 12)).toMatchObject({ client: 'fetch', method: 'POST', enclosing: 'exportGrades' });
    expect(urls(scan.callAt(file, 12))).toEqual(['https://exports.it.helsinki.fi/exports']);
  });

  it('a local wrapper of a local wrapper resolves through both', () => {
    const teacher = scan.callAt(file, 22);
    expect(urls(teacher)).toEqual(['https://people.it.helsinki.fi/teachers/t-1001']);
    expect(teacher.targets[0]?.via).toEqual(['wrapper teacherLookup.teacher (src/gradeExport.ts:21)', 'wrapper teacherLookup.getJson (src/gradeExport.ts:20)']);
  });

  it('a local function that reads its enclosing function’s parameter leaves the enclosing function the wrapper', () => {
    const nightly = scan.callAt(file, 30);
    expect(nightly).toMatchObject({ client: 'axios', enclosing: 'nightly' });
    expect(nightly.targets[0]?.host).toBe('studyrights.it.helsinki.fi');
    expect(nightly.targets[0]?.url).toContain('/students/014000000/');
  });

  it('the requests inside the wrappers are not reported a second time', () => {
    expect(requests.map((call) => call.line)).toEqual([10, 11, 12, 22, 30]);
  });
});
