import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractTypeScript } from '../../../src/extract/typescript/index.js';
import { resolveCalls } from '../../../src/resolve/index.js';

// Fragments of realistic client code, shuffled and cut at random places, so the parser's error recovery gets exercised.
const FRAGMENTS = [
  "import axios from 'axios';",
  "const api = axios.create({ baseURL: process.env.API_URL ?? 'http://localhost:3000' });",
  'export const get = (p) => api.get(p);',
  'fetch(`${BASE}/x/${id}`, { method: "POST" })',
  'class C { http = axios.create({}); m(a) { return this.http.get(a) } }',
  'module.exports = { a: 1, b() { return fetch(this.a) } };',
  "export * from './other';",
  'const { X = "d" } = process.env;',
  '<button onClick={() => fetch("/api")}>x</button>',
  '(((',
  '}}}',
  '`${',
  '/* arch-lint-disable-line -- */',
  'new URL(path, base)',
  'const a = a + b;',
  'x.constructor(`/a`); a.toString("/x"); ({}).hasOwnProperty("/y");',
  'const o = { __proto__: null, constructor: 1 }; fetch(o.constructor + o.toString);',
  'class K { static constructor = 1; toString() { return fetch(this.constructor) } }',
];

describe('TS/JS extractor robustness', () => {
  it('never throws on random or garbled source, and the resolver never throws on what it extracts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 40 })), { maxLength: 12 }),
        fc.nat(),
        fc.constantFrom('a.ts', 'a.tsx', 'a.js', 'a.cjs'),
        (pieces, cut, file) => {
          const source = pieces.join('\n');
          const text = source.slice(0, cut % (source.length + 1));
          const facts = extractTypeScript(file, text, file.endsWith('.ts') || file.endsWith('.tsx') ? 'typescript' : 'javascript');
          expect(facts.file).toBe(file);
          const output = resolveCalls({ facts: [facts] });
          expect(Array.isArray(output.calls)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('treats names of Object.prototype members (constructor, toString, __proto__) as ordinary names', () => {
    const source = [
      "import axios from 'axios';",
      "const settings = { constructor: 'https://gw.api.helsinki.fi/organisation', __proto__: { url: 'http://evil' } };",
      "export const toString = 'http://importer-api:3000';",
      'axios.constructor(settings.url);',
      "cache.hasOwnProperty('/x');",
      'fetch(settings.constructor);',
      'fetch(toString + settings.valueOf);',
    ].join('\n');
    const facts = extractTypeScript('src/proto.ts', source, 'typescript');
    const output = resolveCalls({ facts: [facts] });
    expect(output.calls.map((call) => [call.line, call.client, call.targets.map((target) => target.url)])).toEqual([
      [6, 'fetch', ['https://gw.api.helsinki.fi/organisation']],
      [7, 'fetch', ['http://importer-api:3000{.valueOf}']],
    ]);
  });

  it('keeps the calls of a file with a very deep expression (generated code)', () => {
    const deep = Array.from({ length: 20000 }, (_, index) => `'p${index}'`).join(' + ');
    const facts = extractTypeScript('src/generated.js', `const big = ${deep};\nfetch('https://gw.api.helsinki.fi/organisation' + big);\n`, 'javascript');
    expect(facts.problems).toEqual([]);
    expect(facts.calls).toHaveLength(1);
    const output = resolveCalls({ facts: [facts] });
    expect(output.calls[0]?.targets[0]?.host).toBe('gw.api.helsinki.fi');
  });
});
