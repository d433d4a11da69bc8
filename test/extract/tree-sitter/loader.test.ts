import { describe, expect, it } from 'vitest';
import { loadGrammar, parseWith } from '../../../src/extract/tree-sitter/loader.js';
import { treeSitterLanguageExtensions } from '../../../src/extract/tree-sitter/languages.js';

describe('tree-sitter loader', () => {
  it('loads every grammar we use from tree-sitter-wasms and parses with it', async () => {
    for (const grammar of ['python', 'java', 'kotlin', 'go', 'c_sharp', 'php', 'ruby', 'rust'] as const) {
      const tree = await parseWith(grammar, grammar === 'php' ? '<?php echo 1;' : '');
      expect(tree.rootNode.type.length).toBeGreaterThan(0);
      tree.delete();
    }
  });

  it('loads a grammar once', () => {
    expect(loadGrammar('go')).toBe(loadGrammar('go'));
  });

  it('lists the file extensions of its languages', () => {
    expect(treeSitterLanguageExtensions.kotlin).toEqual(['.kt', '.kts']);
    expect(treeSitterLanguageExtensions.csharp).toEqual(['.cs']);
  });
});
