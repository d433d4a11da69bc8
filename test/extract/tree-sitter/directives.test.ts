import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { pythonExtractor } from '../../../src/extract/python/index.js';

const file = join(import.meta.dirname, '../../../fixtures/extract/tree-sitter/directives/opintopisteet.py');

it('finds directives in comment nodes only, after non-ASCII text', async () => {
  const facts = await pythonExtractor.extract('opintopisteet.py', readFileSync(file, 'utf8'), 'python');
  expect(facts.directives).toEqual([
    { kind: 'disable-next-line', rules: ['no-direct-integration'], reason: 'siirtymäkausi', until: '2026-12-31', loc: { file: 'opintopisteet.py', line: 5, column: 1 }, appliesToLine: 6 },
  ]);
  expect(facts.calls.map((c) => c.loc.line)).toEqual([6]);
});
