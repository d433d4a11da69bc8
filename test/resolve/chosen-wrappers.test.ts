/**
 * A wrapper chosen at run time (`const getJson = useMocks ? mockGetJson : (path) => fetch(…)`): the function branch is
 * the name's, so each `getJson('/x')` is a `wrapper:getJson` call to the resolved URL; with a function in each
 * branch, a call goes through either.
 */
import { describe, expect, it } from 'vitest';
import { scanFixture } from './fixture-scan.js';

describe('wrappers chosen by a conditional', () => {
  const scan = scanFixture('resolve/chosen-wrappers');
  const calls = scan.calls.map((call) => [call.line, call.client, call.method, call.targets.map((target) => target.url)]);

  it('the request branch of a mock switch is a wrapper', () => {
    expect(calls.filter(([line]) => line === 11 || line === 13)).toEqual([
      [11, 'wrapper:getJson', 'GET', ['https://curricula.example.org/api/educations']],
      [13, 'wrapper:getJson', 'GET', ['https://curricula.example.org/api/educations/{parameter code}']],
    ]);
  });

  it('two request branches: the call goes through each', () => {
    expect(calls.filter(([line]) => line === 20)).toEqual([
      [20, 'wrapper:send', 'GET', ['https://legacy.example.org/drafts']],
      [20, 'wrapper:send', 'POST', ['https://curricula.example.org/api/drafts']],
    ]);
  });
});
