import type { Language } from '../../model.js';

/** File extensions of the languages read with tree-sitter (and of Vue/Svelte components), for discovery and the bench. */
export const treeSitterLanguageExtensions: Readonly<Partial<Record<Language, readonly string[]>>> = {
  python: ['.py'],
  java: ['.java'],
  kotlin: ['.kt', '.kts'],
  go: ['.go'],
  csharp: ['.cs'],
  php: ['.php', '.module', '.inc', '.install', '.theme'],
  ruby: ['.rb'],
  rust: ['.rs'],
  vue: ['.vue'],
  svelte: ['.svelte'],
};
