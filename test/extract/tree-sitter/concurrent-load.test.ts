// Several grammars requested at once (a mixed-language scan extracts files concurrently) must all load:
// web-tree-sitter cannot link two grammars at the same time, so the loader serialises them.
import { describe, expect, it } from 'vitest';
import { loadGrammar, parseWith, type GrammarName } from '../../../src/extract/tree-sitter/loader.js';

describe('grammar loader', () => {
  it('loads grammars requested concurrently, each for its own language', async () => {
    const names: GrammarName[] = ['go', 'python', 'c_sharp', 'ruby', 'php', 'java', 'kotlin', 'rust'];
    const languages = await Promise.all(names.map((name) => loadGrammar(name)));
    expect(languages).toHaveLength(names.length);
    const [goTree, pythonTree] = await Promise.all([parseWith('go', 'package main\n'), parseWith('python', 'x = 1\n')]);
    expect(goTree.rootNode.type).toBe('source_file');
    expect(pythonTree.rootNode.type).toBe('module');
    goTree.delete();
    pythonTree.delete();
  });
});
