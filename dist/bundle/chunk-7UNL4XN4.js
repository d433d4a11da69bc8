import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);

// dist/model.js
var ANY_MEMBER = "[*]";

export {
  ANY_MEMBER
};
//# sourceMappingURL=chunk-7UNL4XN4.js.map
