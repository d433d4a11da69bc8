/** Test fixtures written on the fly: a tree of files (root-relative path → content) under `dir`, folders created. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function writeTree(dir: string, files: Readonly<Record<string, string | Buffer>>): void {
  for (const [relative, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true });
    writeFileSync(path.join(dir, relative), content);
  }
}
