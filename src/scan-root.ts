/** The scan root of a run, in a module of its own: the CLI's resident-mode client needs it without loading `lint.ts`. */
import { statSync } from 'node:fs';
import path from 'node:path';

/** The scan root: a single directory argument, else the working directory. */
export function scanRoot(cwd: string, paths: readonly string[]): string {
  if (paths.length !== 1) return cwd;
  const only = path.resolve(cwd, paths[0]!);
  try {
    return statSync(only).isDirectory() ? only : cwd;
  } catch {
    return cwd; // discover reports the missing path
  }
}
