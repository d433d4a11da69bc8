/**
 * The installed package's root folder (where package.json, schemas/ and docs/ are), found from this module's own
 * location: tsc's output (`dist/…`), the CLI bundle (`dist/bundle/…`) and the sources (`src/…`, under vitest) sit
 * at different depths, so a fixed `../..` would be right for only some of them.
 */
import { existsSync, readFileSync } from 'node:fs';

function findPackageRoot(start: URL): URL {
  for (let dir = new URL('./', start); ; ) {
    const manifest = new URL('package.json', dir);
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === 'arch-lint') return dir;
      } catch {
        // not ours (unreadable or not JSON): keep looking above
      }
    }
    const parent = new URL('../', dir);
    if (parent.href === dir.href) throw new Error(`cannot find arch-lint's package.json above ${start.href}`);
    dir = parent;
  }
}

export const packageRoot: URL = findPackageRoot(new URL(import.meta.url));
