import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);

// dist/package-root.js
import { existsSync, readFileSync } from "node:fs";
function findPackageRoot(start) {
  for (let dir = new URL("./", start); ; ) {
    const manifest = new URL("package.json", dir);
    if (existsSync(manifest)) {
      try {
        if (JSON.parse(readFileSync(manifest, "utf8")).name === "arch-lint")
          return dir;
      } catch {
      }
    }
    const parent = new URL("../", dir);
    if (parent.href === dir.href)
      throw new Error(`cannot find arch-lint's package.json above ${start.href}`);
    dir = parent;
  }
}
var packageRoot = findPackageRoot(new URL(import.meta.url));

export {
  packageRoot
};
//# sourceMappingURL=chunk-SXZKW5CL.js.map
