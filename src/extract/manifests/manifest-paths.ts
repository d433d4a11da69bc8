/** Root-relative path helpers for the deployment-manifest readers (paths use `/`, the root is ''). */

/** The file name of a root-relative path. */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** The directory of a root-relative path ('' for the root). */
export function dirName(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

/** Join a path written in a file (relative to that file's directory) onto the directory, normalised, root-relative. */
export function joinRelative(dir: string, relative: string): string {
  const parts = relative.startsWith('/') ? [] : dir.split('/').filter((part) => part !== '');
  for (const part of relative.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      // Above the scan root: keep the `..` so the resolver sees it points outside.
      if (parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
      else parts.push('..');
    } else parts.push(part);
  }
  return parts.join('/');
}
