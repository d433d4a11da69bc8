/**
 * Module resolution per language: which scanned file an import specifier names.
 *
 * A `ModuleResolver` gets the specifier exactly as the extractor wrote it in a `ref` Sym
 * (`./config`, `../lib/api.js`, `app.config`, `com.example.Config`), the importing file's
 * root-relative path, and the set of scanned files; it returns the root-relative path of the
 * file that defines the module, or null when the module is outside the scan (a package).
 * To support a language, add one resolver to `moduleResolvers` below; languages without one
 * resolve nothing across files (same-file refs still work).
 */
import type { Language, ManifestKind } from '../model.js';
import { csharpModules } from './modules/csharp.js';
import { goModules } from './modules/go.js';
import { jvmModules } from './modules/jvm.js';
import { phpModules } from './modules/php.js';
import { pythonModules } from './modules/python.js';
import { rubyModules } from './modules/ruby.js';
import { rustModules } from './modules/rust.js';
import { aliasCandidates, type ProjectModules } from './modules/typescript-aliases.js';

export interface ModuleFiles {
  /** Root-relative paths of every file with facts. */
  has(path: string): boolean;
  /** Root-relative paths of the files with facts whose path ends with `suffix` (`/com/org/Config.java`), when the caller can list them. */
  endingWith?(suffix: string): string[];
  /** TS/JS module mappings of the project (tsconfig paths, bundler aliases, package imports, workspace packages), when read. */
  projectModules?: ProjectModules;
}

export interface ModuleResolver {
  resolve(specifier: string, fromFile: string, files: ModuleFiles): string | null;
}

/** Normalise `a/./b/../c` into `a/c`; null when it climbs above the root. */
export function normalisePath(path: string): string | null {
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (out.length === 0) return null;
      out.pop();
    } else out.push(segment);
  }
  return out.join('/');
}

export function dirname(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

const TS_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs', '.vue', '.svelte'];
/** ESM imports name the emitted file (`./api.js`) while the source is `./api.ts`. */
const EMITTED_TO_SOURCE: Record<string, string[]> = {
  '.js': ['.ts', '.tsx', '.js', '.jsx'],
  '.jsx': ['.tsx', '.jsx'],
  '.mjs': ['.mts', '.mjs'],
  '.cjs': ['.cts', '.cjs'],
};

function resolveTypeScriptPath(base: string, files: ModuleFiles): string | null {
  if (files.has(base)) return base;
  const extension = /\.[^./]+$/.exec(base)?.[0] ?? '';
  const sources = EMITTED_TO_SOURCE[extension];
  if (sources) {
    const stem = base.slice(0, -extension.length);
    for (const source of sources) if (files.has(stem + source)) return stem + source;
  }
  for (const candidate of TS_EXTENSIONS) if (files.has(base + candidate)) return base + candidate;
  for (const candidate of TS_EXTENSIONS) if (files.has(`${base}/index${candidate}`)) return `${base}/index${candidate}`;
  return null;
}

/**
 * Relative specifiers; the project's own mappings (tsconfig `paths`, Vite/webpack aliases, package.json `imports` and
 * `_moduleAliases`, workspace packages: see modules/typescript-aliases.ts); then the common `@/x` and `~/x` aliases
 * for `src/x` (Next.js, Nuxt, Vite templates).
 */
export const typescriptModules: ModuleResolver = {
  resolve(specifier, fromFile, files) {
    if (specifier.startsWith('./') || specifier.startsWith('../') || specifier === '.' || specifier === '..') {
      const target = normalisePath(`${dirname(fromFile)}/${specifier}`);
      return target === null ? null : resolveTypeScriptPath(target, files);
    }
    if (files.projectModules) {
      for (const candidate of aliasCandidates(files.projectModules, specifier, fromFile)) {
        const normalised = normalisePath(candidate);
        const found = normalised === null ? null : resolveTypeScriptPath(normalised, files);
        if (found) return found;
      }
    }
    const alias = /^[@~]\/(.*)$/.exec(specifier);
    if (alias?.[1] !== undefined) {
      for (const prefix of ['src/', '']) {
        const found = resolveTypeScriptPath(`${prefix}${alias[1]}`, files);
        if (found) return found;
      }
    }
    return null;
  },
};

export const moduleResolvers: Partial<Record<Language | ManifestKind, ModuleResolver>> = {
  typescript: typescriptModules,
  javascript: typescriptModules,
  vue: typescriptModules,
  svelte: typescriptModules,
  python: pythonModules,
  java: jvmModules,
  kotlin: jvmModules,
  csharp: csharpModules,
  php: phpModules,
  go: goModules,
  ruby: rubyModules,
  rust: rustModules,
};
