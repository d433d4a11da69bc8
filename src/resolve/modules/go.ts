/**
 * Go: a package is a directory, and ModuleFiles can only answer "does this file exist", so names are looked
 * up in the files Go projects conventionally keep them in. `.` (another file of the importing file's package)
 * and import paths (`github.com/org/svc/internal/config`: the trailing path segments, under any directory
 * above the importing file) both resolve to the first of those files that exists.
 */
import type { ModuleResolver } from '../modules.js';
import { dirname } from '../modules.js';
import { ancestorDirs, joinPath } from './ancestors.js';

const conventionalNames = ['config.go', 'constants.go', 'consts.go', 'const.go', 'env.go', 'settings.go', 'urls.go', 'endpoints.go', 'vars.go', 'globals.go'];

function inPackage(dir: string, files: { has(path: string): boolean }, exclude: string): string | null {
  const packageName = dir.slice(dir.lastIndexOf('/') + 1);
  for (const name of [...conventionalNames, `${packageName}.go`, 'main.go']) {
    const candidate = joinPath(dir, name);
    if (candidate !== exclude && files.has(candidate)) return candidate;
  }
  return null;
}

/**
 * The directories an import path can name, most likely first: its trailing path segments under the importing file's
 * directory and each one above it (`github.com/org/svc/internal/config` → `…/internal/config`, `…/config`).
 */
export function goPackageDirs(specifier: string, fromFile: string): string[] {
  const segments = specifier.split('/').filter((segment) => !/^v\d+$/.test(segment));
  if (segments.length < 2) return []; // the standard library (`os`, `net/http` is two but never in the scan)
  const dirs: string[] = [];
  for (const dir of ancestorDirs(fromFile)) {
    for (let take = Math.min(segments.length - 1, 4); take >= 1; take--) dirs.push(joinPath(dir, segments.slice(-take).join('/')));
  }
  return dirs;
}

export const goModules: ModuleResolver = {
  resolve(specifier, fromFile, files) {
    if (specifier === '.') return inPackage(dirname(fromFile), files, fromFile);
    for (const dir of goPackageDirs(specifier, fromFile)) {
      const found = inPackage(dir, files, fromFile);
      if (found) return found;
    }
    return null;
  },
};
