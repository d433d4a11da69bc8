import { describe, expect, it, vi } from 'vitest';

// Simulates a grammar that cannot be loaded (missing or corrupt .wasm).
vi.mock('../../../src/extract/tree-sitter/loader.js', () => ({
  parseWith: () => Promise.reject(new Error('the ruby grammar could not be loaded (ENOENT tree-sitter-ruby.wasm)')),
}));

describe('a grammar that cannot be loaded', () => {
  it('gives one clear problem naming the language, once, and empty facts', async () => {
    const { rubyExtractor } = await import('../../../src/extract/ruby/index.js');
    const first = await rubyExtractor.extract('a.rb', 'Faraday.new(url: "https://x")', 'ruby');
    const second = await rubyExtractor.extract('b.rb', 'HTTParty.get("https://y")', 'ruby');
    expect(first.problems).toMatchObject([{ file: null, severity: 'error', code: 'grammar-unavailable' }]);
    expect(first.problems[0]?.message).toMatch(/ruby grammar could not be loaded.*ruby files are not analysed, other languages are/);
    expect(second.problems).toEqual([]);
    expect(first.calls).toEqual([]);
  });
});
