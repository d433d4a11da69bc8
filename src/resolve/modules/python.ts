/**
 * Python module specifiers as the extractor writes them: relative (`.constants`, `..lib.api`) or absolute
 * (`registry.settings`), resolved to `x.py` or `x/__init__.py`. Absolute modules are looked up from every
 * directory above the importing file (the project root is one of them); packages outside the scan give null.
 */
import type { ModuleResolver } from '../modules.js';
import { dirname, normalisePath } from '../modules.js';
import { ancestorDirs, joinPath } from './ancestors.js';

function candidates(base: string): string[] {
  return [`${base}.py`, `${base}/__init__.py`];
}

export const pythonModules: ModuleResolver = {
  resolve(specifier, fromFile, files) {
    const dots = /^\.*/.exec(specifier)?.[0].length ?? 0;
    const rest = specifier.slice(dots).split('.').filter(Boolean).join('/');
    if (dots > 0) {
      let dir = dirname(fromFile);
      for (let i = 1; i < dots; i++) dir = dirname(dir);
      const base = normalisePath(rest ? joinPath(dir, rest) : dir);
      if (base === null) return null;
      for (const candidate of rest ? candidates(base) : [joinPath(base, '__init__.py')]) if (files.has(candidate)) return candidate;
      return null;
    }
    for (const dir of ancestorDirs(fromFile)) {
      for (const root of [dir, joinPath(dir, 'src')]) {
        for (const candidate of candidates(joinPath(root, rest))) if (files.has(candidate)) return candidate;
      }
    }
    return null;
  },
};
