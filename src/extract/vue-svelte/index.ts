/**
 * Vue single-file components and Svelte components: their `<script>` / `<script setup>` / `<script lang="ts">`
 * blocks go through the TypeScript extractor. Everything outside the script blocks is blanked out (newlines kept,
 * other characters turned into spaces), so every line and column in the facts is the original file's.
 */
import type { FileFacts, Language } from '../../model.js';
import { emptyFacts } from '../facts.js';
import type { SourceExtractor } from '../index.js';

const scriptBlock = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

export interface ScriptView {
  /** The file's text with only the script blocks' contents left, same length and line breaks as the original. */
  text: string;
  /** typescript when any block says `lang="ts"`/`lang="typescript"`, else javascript. */
  language: 'typescript' | 'javascript';
  blocks: number;
}

function blank(text: string): string {
  return text.replace(/[^\n\r]/g, ' ');
}

/** Keep the script blocks' contents in place and blank out the template, styles and the `<script>` tags themselves. */
export function scriptView(content: string): ScriptView {
  let text = '';
  let last = 0;
  let blocks = 0;
  let typescript = false;
  // `<script>` inside an HTML comment is not a block: search a copy with comments blanked (same offsets).
  const searchable = content.replace(/<!--[\s\S]*?-->/g, blank);
  for (const match of searchable.matchAll(scriptBlock)) {
    const attributes = match[1] ?? '';
    const body = match[2] ?? '';
    const start = match.index ?? 0;
    const bodyStart = start + match[0].indexOf('>') + 1;
    if (/\blang\s*=\s*["']?(ts|typescript)\b/i.test(attributes)) typescript = true;
    // A `<script src="…">` or a JSON/template script holds no code of ours.
    const isCode = !/\bsrc\s*=/.test(attributes) && !/\btype\s*=\s*["']?(?!module|text\/javascript|application\/javascript)/i.test(attributes);
    text += blank(content.slice(last, bodyStart));
    text += isCode ? body : blank(body);
    last = bodyStart + body.length;
    if (isCode) blocks++;
  }
  text += blank(content.slice(last));
  return { text, language: typescript ? 'typescript' : 'javascript', blocks };
}

export const vueSvelteExtractor: SourceExtractor = {
  languages: ['vue', 'svelte'],
  async extract(file: string, content: string, language: Language): Promise<FileFacts> {
    const view = scriptView(content);
    if (view.blocks === 0) return emptyFacts(file, language);
    try {
      const { typescriptExtractor } = await import('../typescript/index.js');
      const facts = await typescriptExtractor.extract(file, view.text, view.language);
      // Calls in a component are reported as `vue`/`svelte` (ResolvedCall.language comes from FileFacts.language).
      return { ...facts, language };
    } catch (error) {
      const facts = emptyFacts(file, language);
      facts.problems.push({
        file, severity: 'warning', code: 'extract-failed',
        message: `could not analyse the script blocks of this ${language} component (${error instanceof Error ? error.message : String(error)}); the rest of the scan goes on`,
      });
      return facts;
    }
  },
};
