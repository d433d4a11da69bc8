import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  classifyFile,
  nodeConfigDirsOf,
  readerKey
} from "./chunk-MVW3ZMGK.js";
import "./chunk-B3SFOPOV.js";
export {
  classifyFile,
  nodeConfigDirsOf,
  readerKey
};
//# sourceMappingURL=classify-4XJ24OGT.js.map
