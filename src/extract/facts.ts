import type { FileFacts, Language, ManifestKind } from '../model.js';

/** Facts with nothing in them: the starting point every extractor and reader fills. */
export function emptyFacts(file: string, language: Language | ManifestKind): FileFacts {
  return { file, language, calls: [], invocations: [], symbols: {}, exports: {}, reexports: [], bindings: [], directives: [], services: [], hosts: [], problems: [] };
}
