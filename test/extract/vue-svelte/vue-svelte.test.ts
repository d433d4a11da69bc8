import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scriptView, vueSvelteExtractor } from '../../../src/extract/vue-svelte/index.js';
import { lint } from '../../../src/lint.js';

const root = join(import.meta.dirname, '../../../fixtures/extract/vue-svelte/student-portal');
const read = (path: string): string => readFileSync(join(root, path), 'utf8');

describe('scriptView', () => {
  it('keeps script contents in place and blanks everything else, same length and lines', () => {
    const content = read('src/CourseList.vue');
    const view = scriptView(content);
    expect(view.text).toHaveLength(content.length);
    expect(view.text.split('\n')).toHaveLength(content.split('\n').length);
    expect(view.language).toBe('typescript');
    expect(view.blocks).toBe(2);
    const lines = view.text.split('\n');
    expect(lines[8]).toBe("export const SISU = 'https://sis-helsinki.funidata.fi/kori/api';");
    expect(lines[3]?.trim()).toBe('');
    expect(view.text).not.toContain('<template>');
    expect(view.text).not.toContain('cursor');
  });

  it('javascript when no block says lang="ts"; none for a component without script', () => {
    expect(scriptView(read('src/Feedback.svelte')).language).toBe('javascript');
    expect(scriptView('<template><p>hi</p></template>').blocks).toBe(0);
  });
});

describe('vue/svelte extractor', () => {
  it('finds the calls of a Vue SFC at their original lines, as vue', async () => {
    const facts = await vueSvelteExtractor.extract('src/CourseList.vue', read('src/CourseList.vue'), 'vue');
    expect(facts.language).toBe('vue');
    expect(facts.calls.map((c) => [c.client, c.loc.line]).sort()).toEqual([['axios', 18], ['fetch', 21]]);
    const axiosCall = facts.calls.find((c) => c.client === 'axios');
    expect(axiosCall?.loc.column).toBe(26);
  });

  it('finds the calls of a Svelte component, as svelte', async () => {
    const facts = await vueSvelteExtractor.extract('src/Feedback.svelte', read('src/Feedback.svelte'), 'svelte');
    expect(facts.language).toBe('svelte');
    expect(facts.calls).toMatchObject([{ client: 'fetch', loc: { line: 5, column: 11 } }]);
  });
});

describe('vue/svelte end to end', () => {
  it('reports the internal hosts with the component language', async () => {
    const result = await lint({ cwd: root, now: new Date('2026-06-01') });
    const svelte = result.calls.find((c) => c.file === 'src/Feedback.svelte');
    expect(svelte).toMatchObject({ language: 'svelte', line: 5, method: 'POST' });
    const findings = result.findings.filter((f) => f.ruleId === 'no-direct-integration').map((f) => `${f.file}:${f.line}`);
    expect(findings).toEqual(expect.arrayContaining(['src/Feedback.svelte:5', 'src/CourseList.vue:18']));
    expect(findings).not.toContain('src/CourseList.vue:21');
  });
});

describe('scriptView on any input', () => {
  it('keeps length and every line break, and never throws', async () => {
    const fc = (await import('fast-check')).default;
    const piece = fc.constantFrom('<script>', '<script setup lang="ts">', '</script>', '<!--', '-->', '<template>', '\n', '\r\n', 'fetch("/x")', 'ä😀', ' ');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''))), (content) => {
        const view = scriptView(content);
        expect(view.text).toHaveLength(content.length);
        for (let i = 0; i < content.length; i++) {
          if (content[i] === '\n' || content[i] === '\r') expect(view.text[i]).toBe(content[i]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
