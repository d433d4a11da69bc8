import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  classifyFile,
  nodeConfigDirsOf,
  readerKey
} from "./chunk-FSEKV4I4.js";
import "./chunk-B3SFOPOV.js";
export {
  classifyFile,
  nodeConfigDirsOf,
  readerKey
};
//# sourceMappingURL=classify-GMXYGV7L.js.map
