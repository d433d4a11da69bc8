import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);

// dist/scan-root.js
import { statSync } from "node:fs";
import path from "node:path";
function scanRoot(cwd, paths) {
  if (paths.length !== 1)
    return cwd;
  const only = path.resolve(cwd, paths[0]);
  try {
    return statSync(only).isDirectory() ? only : cwd;
  } catch {
    return cwd;
  }
}

export {
  scanRoot
};
//# sourceMappingURL=chunk-W24JQI5D.js.map
