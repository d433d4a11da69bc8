/**
 * Java/Kotlin class specifiers (`fi.helsinki.catalogue.Endpoints`) → `…/fi/helsinki/catalogue/Endpoints.java|.kt`
 * under a source root above the importing file (`src/main/java`, `src/main/kotlin`, or any ancestor), else in the one
 * module of a multi-module build that declares it.
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
    // A class of another module of a multi-module build (`common-library/src/main/java/org/x/Config.java` imported from
    // `cart/…`): the one file anywhere in the scan with that package path; none when several modules declare it.
    if (isPackage || !files.endingWith) return null;
    const elsewhere = names.flatMap((name) => files.endingWith!(`/${name}`));
    return elsewhere.length === 1 ? (elsewhere[0] as string) : null;
  },
};
