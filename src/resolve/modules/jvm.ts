/**
 * Java/Kotlin class specifiers (`fi.helsinki.catalogue.Endpoints`) → `…/fi/helsinki/catalogue/Endpoints.java|.kt`
 * under a source root above the importing file (`src/main/java`, `src/main/kotlin`, or any ancestor).
 */
import type { ModuleResolver } from '../modules.js';
import { ancestorDirs, joinPath } from './ancestors.js';

export const jvmModules: ModuleResolver = {
  resolve(specifier, fromFile, files) {
    if (!/^[\w.]+$/.test(specifier)) return null;
    const path = specifier.split('.').join('/');
    for (const dir of ancestorDirs(fromFile)) {
      for (const extension of ['.java', '.kt']) {
        const candidate = joinPath(dir, path + extension);
        if (files.has(candidate)) return candidate;
      }
    }
    return null;
  },
};
