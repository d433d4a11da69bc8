import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kotlinExtractor, terminateOneLineBlocks } from '../../src/extract/jvm/kotlin.js';

describe('kotlin: blocks closed on the line of their last statement', () => {
  it('gets a `;` before the `}` (the bundled grammar needs one), outside strings, chars and comments', () => {
    expect(terminateOneLineBlocks('object Urls { const val A = "x" }')).toBe('object Urls { const val A = "x";}');
    expect(terminateOneLineBlocks('class C { fun f() { g() } }')).toBe('class C { fun f() { g();};}');
    expect(terminateOneLineBlocks('enum class E { A, B }')).toBe('enum class E { A, B;}');
    // Left alone: empty blocks, `->`, trailing commas, a `}` alone on its line, text in strings, chars and comments.
    for (const unchanged of ['fun f() { }', 'val g = { a: Int -> }', 'enum class E { A, B, }', 'class C {\n    val x = 1\n}', 'val s = "a }"', 'val t = "${m.map { it }} }"', "val c = ' '", '// x }', '/* y } */']) {
      expect(terminateOneLineBlocks(unchanged)).toBe(unchanged);
    }
  });

  it('no parse-error for a valid one-line object, and its constant is read', async () => {
    const facts = await kotlinExtractor.extract('Urls.kt', 'package fi.x\n\nobject Urls { const val SISU = "https://sisu.it.helsinki.fi" }\n', 'kotlin');
    expect(facts.problems).toEqual([]);
    expect(facts.symbols['Urls.SISU']).toMatchObject({ value: { kind: 'lit', value: 'https://sisu.it.helsinki.fi' } });
  });

  it('keeps the length and every line break of any input', () => {
    const piece = fc.constantFrom('{', '}', ' ', '\t', '\n', '"', '"""', '${', "'", '//', '/*', '*/', '->', ',', ';', 'val x = 1', 'ä😀');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')), (content) => {
        const prepared = terminateOneLineBlocks(content);
        expect(prepared).toHaveLength(content.length);
        for (let i = 0; i < content.length; i++) if (content[i] !== prepared[i]) expect([content[i], prepared[i]]).toSatisfy(([a, b]: string[]) => (a === ' ' || a === '\t') && b === ';');
      }),
      { numRuns: 500 },
    );
  });
});
