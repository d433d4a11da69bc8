import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);

// dist/model.js
var ANY_MEMBER = "[*]";

export {
  ANY_MEMBER
};
//# sourceMappingURL=chunk-5V5TFSIU.js.map
