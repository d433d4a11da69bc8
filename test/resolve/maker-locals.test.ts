/**
 * A local an action creator computes from its parameters (`const PATH = `/api/node/${nodeId}``) and the thunk it returns
 * reads (`return async (dispatch) => fetch(PATH)`): the path is known but for the parameter, as when the thunk reads the
 * parameter itself. In a callback that is not returned the parameter is unknown, and the rest of the path is kept.
 */
import { describe, expect, it } from 'vitest';
import { scanFixture } from './fixture-scan.js';

describe('locals of a maker read in the function it returns', () => {
  const scan = scanFixture('resolve/maker-locals');
  const targets = (line: number) => scan.callAt('actions.js', line).targets.map((target) => [target.url, target.zone]);

  it('a path computed from the maker\'s parameter', () => {
    expect(targets(6)).toEqual([
      [null, 'unresolved'],
      ['/api/node/{parameter nodeId}', 'self'],
    ]);
  });

  it('parameters computed into a local after a literal path', () => {
    expect(targets(14)).toEqual([['/api/node/children/{parameter nodeId}/{parameter day}', 'self']]);
  });

  it('a local read in a callback the function does not return (the callback reads the function\'s own parameters)', () => {
    expect(targets(22)).toEqual([['/api/units/{parameter unitId}/members/{id}', 'self']]);
  });
});
