/**
 * PHP class names (`App\Config\Endpoints`, `Drupal\course_pages\Endpoints`) → files by PSR-4 conventions:
 * the namespace prefix maps to `src/` or `app/` (Composer, Laravel, Drupal modules), looked up from every
 * directory above the importing file.
 */
import type { ModuleResolver } from '../modules.js';
import { ancestorDirs, joinPath } from './ancestors.js';

export const phpModules: ModuleResolver = {
  resolve(specifier, fromFile, files) {
    const segments = specifier.replace(/^\\/, '').split('\\').filter(Boolean);
    if (segments.length === 0) return null;
    const tails: string[] = [];
    // Drop 0, 1 or 2 leading namespace segments (vendor, module) and try the rest below src/, app/ or directly.
    for (let drop = 0; drop <= Math.min(2, segments.length - 1); drop++) tails.push(`${segments.slice(drop).join('/')}.php`);
    for (const dir of ancestorDirs(fromFile)) {
      for (const tail of tails) {
        for (const root of ['src', 'app', 'lib', '']) {
          const candidate = joinPath(joinPath(dir, root), tail).replace(/\/\//g, '/');
          if (files.has(candidate)) return candidate;
        }
      }
    }
    return null;
  },
};
