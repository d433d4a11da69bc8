/**
 * Java/Kotlin class specifiers (`fi.helsinki.catalogue.Endpoints`) → `…/fi/helsinki/catalogue/Endpoints.java|.kt`
 * under a source root above the importing file (`src/main/java`, `src/main/kotlin`, or any ancestor).
 */
import type { ModuleResolver } from '../modules.js';
import { ancestorDirs, joinPath } from './ancestors.js';

const topLevelFiles = ['Constants.kt', 'Config.kt', 'Endpoints.kt', 'Urls.kt', 'Settings.kt', 'Properties.kt'];

export const jvmModules: ModuleResolver = {
  resolve(specifier, fromFile, files) {
    if (!/^[\w.]+$/.test(specifier)) return null;
    const path = specifier.split('.').join('/');
    // A class (`…Endpoints`) is its own file; a package (`fi.helsinki.exam`, for Kotlin top-level constants)
    // keeps them in conventionally named files.
    const isPackage = /^[a-z]/.test(specifier.split('.').at(-1) ?? '');
    const names = isPackage ? topLevelFiles.map((name) => `${path}/${name}`) : [`${path}.java`, `${path}.kt`];
    for (const dir of ancestorDirs(fromFile)) {
      for (const name of names) {
        const candidate = joinPath(dir, name);
        if (files.has(candidate)) return candidate;
      }
    }
    return null;
  },
};
