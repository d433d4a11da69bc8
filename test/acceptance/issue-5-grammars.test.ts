/**
 * Issue 5's acceptance on grammar loading, through `lint()` (what the CLI calls):
 * - grammars load lazily: a TypeScript-only scan never loads web-tree-sitter; a scan with Python and Go loads
 *   exactly those two grammars;
 * - a grammar that cannot be loaded gives one clear problem naming the language, and every other language
 *   (tree-sitter ones included) is still scanned.
 * The loader is wrapped (not replaced) so the real grammars load; only Ruby's is made to fail.
 */
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Loader from '../../src/extract/tree-sitter/loader.js';
import { lint } from '../../src/lint.js';

const loader = vi.hoisted(() => ({ imported: false, grammars: [] as string[] }));

vi.mock('../../src/extract/tree-sitter/loader.js', async (importOriginal) => {
  loader.imported = true;
  const actual = await importOriginal<typeof Loader>();
  return {
    ...actual,
    parseWith: (name: Parameters<typeof actual.parseWith>[0], content: string) => {
      if (!loader.grammars.includes(name)) loader.grammars.push(name);
      // Stands for a missing or corrupt tree-sitter-ruby.wasm.
      if (name === 'ruby') return Promise.reject(new Error('the ruby grammar could not be loaded (ENOENT: no such file, tree-sitter-ruby.wasm)'));
      return actual.parseWith(name, content);
    },
  };
});

const repo = path.resolve(import.meta.dirname, '../..');
const now = new Date('2026-06-01');

beforeEach(() => {
  loader.grammars.length = 0;
});

describe('grammars load only for the languages present', () => {
  it('a TypeScript-only scan never loads tree-sitter', async () => {
    const result = await lint({ cwd: path.join(repo, 'fixtures/extract/typescript/axios'), now });
    expect(result.calls.length).toBeGreaterThan(0);
    expect(loader.imported).toBe(false);
    expect(loader.grammars).toEqual([]);
  });

  it('a scan with Python and Go services loads those two grammars and no other', async () => {
    const result = await lint({ cwd: path.join(repo, 'fixtures/acceptance/issue-5/polyglot'), paths: ['enrolment-py', 'attendance-go'], now });
    expect(new Set(result.calls.map((c) => c.language))).toEqual(new Set(['python', 'go']));
    expect(loader.grammars.sort()).toEqual(['go', 'python']);
  });
});

describe('a grammar that cannot be loaded', () => {
  it('gives one problem naming the language; every other language is still scanned', async () => {
    const result = await lint({ cwd: path.join(repo, 'fixtures/acceptance/issue-5/polyglot'), now });
    const unavailable = result.problems.filter((p) => p.code === 'grammar-unavailable');
    expect(unavailable).toHaveLength(1);
    expect(unavailable[0]).toMatchObject({ file: null, severity: 'error' });
    expect(unavailable[0]?.message).toMatch(/ruby grammar could not be loaded.*ruby files are not analysed, other languages are/);
    const languages = new Set(result.calls.map((c) => c.language));
    expect(languages).toEqual(new Set(['python', 'java', 'kotlin', 'go', 'csharp', 'php', 'rust']));
    expect(result.calls.some((c) => c.file.startsWith('mentoring-rb/'))).toBe(false);
  });
});
