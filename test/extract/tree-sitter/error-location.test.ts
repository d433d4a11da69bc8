/**
 * A syntax error is reported where it is: where the grammar lacks a newer syntax it may invent an empty token, flagged
 * as an error though not as missing, and the problem points at that token rather than at the file's first line.
 */
import { describe, expect, it } from 'vitest';
import { extractWithTreeSitter } from '../../../src/extract/tree-sitter/common.js';

describe('parse-error location', () => {
  it('points at the line and column of an invented token (a C# 12 collection expression the grammar does not know)', async () => {
    const content = [
      'class Send {',
      '  string[] Split(string text, bool none) {',
      "    var parts = none ? [] : text.Split(',');",
      '    return parts;',
      '  }',
      '}',
      '',
    ].join('\n');
    const facts = await extractWithTreeSitter({ file: 'Send.cs', content, language: 'csharp', grammar: 'c_sharp', worthParsing: () => true, visit: () => undefined });
    expect(facts.problems).toHaveLength(1);
    expect(facts.problems[0]).toMatchObject({ code: 'parse-error', line: 3 });
  });
});
