import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);

// dist/lazy-dependencies.js
import { createRequire } from "node:module";
var require2 = createRequire(import.meta.url);
function yaml() {
  return require2("yaml");
}

export {
  yaml
};
//# sourceMappingURL=chunk-ND36G54U.js.map
