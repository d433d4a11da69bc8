import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  classifyFile,
  nodeConfigDirsOf,
  readerKey
} from "./chunk-4IKYKC5I.js";
import "./chunk-B3SFOPOV.js";
export {
  classifyFile,
  nodeConfigDirsOf,
  readerKey
};
//# sourceMappingURL=classify-FCY2Q34P.js.map
