import { dirname } from '../modules.js';

/** The importing file's directory and every directory above it, nearest first (`''` = the root). */
export function ancestorDirs(fromFile: string): string[] {
  const dirs: string[] = [];
  let dir = dirname(fromFile);
  for (;;) {
    dirs.push(dir);
    if (dir === '') return dirs;
    dir = dirname(dir);
  }
}

export function joinPath(dir: string, path: string): string {
  return dir === '' ? path : `${dir}/${path}`;
}
