import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  classifyFile,
  nodeConfigDirsOf,
  readerKey
} from "./chunk-7BA7OWXI.js";
import "./chunk-B3SFOPOV.js";
export {
  classifyFile,
  nodeConfigDirsOf,
  readerKey
};
//# sourceMappingURL=classify-XPL4NY5T.js.map
