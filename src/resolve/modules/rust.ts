/**
 * Rust: a module is a file (`a/b.rs`) or a directory's `mod.rs` (`a/b/mod.rs`). The extractor writes module paths
 * as Rust does: `crate::config` (from the crate root, the directory of the nearest `main.rs` or `lib.rs` above the
 * referring file), `super::shared` (the referring module's parent) and `self::urls` (a submodule of the referring one).
 */
import type { ModuleFiles, ModuleResolver } from '../modules.js';
import { dirname, normalisePath } from '../modules.js';
import { ancestorDirs, joinPath } from './ancestors.js';

/** The directory a file's submodules live in: its own for `main.rs`/`lib.rs`/`mod.rs`, else `<dir>/<stem>`. */
function moduleDir(file: string): string {
  const name = file.slice(file.lastIndexOf('/') + 1);
  return /^(?:main|lib|mod)\.rs$/.test(name) ? dirname(file) : file.slice(0, -'.rs'.length);
}

function crateRoot(fromFile: string, files: ModuleFiles): string {
  for (const dir of ancestorDirs(fromFile)) if (files.has(joinPath(dir, 'main.rs')) || files.has(joinPath(dir, 'lib.rs'))) return dir;
  return dirname(fromFile);
}

function moduleFile(dir: string, segments: string[], files: ModuleFiles): string | null {
  if (segments.length === 0) return null;
  const base = normalisePath(joinPath(dir, segments.join('/')));
  if (base === null) return null;
  for (const candidate of [`${base}.rs`, `${base}/mod.rs`]) if (files.has(candidate)) return candidate;
  return null;
}

export const rustModules: ModuleResolver = {
  resolve(specifier, fromFile, files) {
    const segments = specifier.split('::');
    const head = segments[0];
    if (head === 'crate') return moduleFile(crateRoot(fromFile, files), segments.slice(1), files);
    if (head === 'self') return moduleFile(moduleDir(fromFile), segments.slice(1), files);
    if (head === 'super') {
      let dir = moduleDir(fromFile);
      let rest = segments;
      while (rest[0] === 'super') {
        dir = dirname(dir);
        rest = rest.slice(1);
      }
      // `super::helpers` from `a/b.rs` is `a/helpers.rs`; `super` alone names the parent module's own file.
      if (rest.length > 0) return moduleFile(dir, rest, files);
      const parent = dirname(dir);
      const name = dir.slice(dir.lastIndexOf('/') + 1);
      return moduleFile(parent, [name], files) ?? (files.has(joinPath(dir, 'main.rs')) ? joinPath(dir, 'main.rs') : files.has(joinPath(dir, 'lib.rs')) ? joinPath(dir, 'lib.rs') : null);
    }
    return null;
  },
};
