import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  classifyFile,
  readerKey
} from "./chunk-ETCL4BV2.js";
import "./chunk-B3SFOPOV.js";
export {
  classifyFile,
  readerKey
};
//# sourceMappingURL=classify-E6Q7G56K.js.map
