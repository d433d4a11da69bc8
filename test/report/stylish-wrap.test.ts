/**
 * Issue 13: the stylish report's line wrapping. Whatever the text and width, no line is longer than the width, and
 * nothing is lost: the words, read back, are the text's words (a word longer than a line is cut, never dropped).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrap } from '../../src/report/stylish.js';

describe('wrap', () => {
  it('keeps every line within the width and loses no character', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-zA-Z0-9/:.'`()…→-]{1,120}$/), { maxLength: 40 }), fc.integer({ min: 20, max: 200 }), fc.integer({ min: 0, max: 16 }), (words, width, indent) => {
        const first = ' '.repeat(indent);
        const rest = ' '.repeat(indent + 2);
        const lines = wrap(words.join(' '), width, first, rest);
        for (const line of lines) expect([...line].length).toBeLessThanOrEqual(width);
        expect(lines.map((line, index) => line.slice(index === 0 ? first.length : rest.length)).join('').replace(/ /g, '')).toBe(words.join(''));
      }),
    );
  });

  it('breaks at spaces, keeps two spaces before the rule id, cuts only words longer than a line', () => {
    expect(wrap('goes directly to internal host  no-direct-integration', 30, '  ', '  ')).toEqual(['  goes directly to internal', '  host  no-direct-integration']);
    expect(wrap('see https://example.org/a/very/long/path/that/does/not/fit', 24, '', '  ')).toEqual(['see https://example.org/', '  a/very/long/path/that/', '  does/not/fit']);
  });
});
