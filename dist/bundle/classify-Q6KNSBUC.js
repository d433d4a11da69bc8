import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  classifyFile,
  nodeConfigDirsOf,
  readerKey
} from "./chunk-4BARBFMC.js";
import "./chunk-B3SFOPOV.js";
export {
  classifyFile,
  nodeConfigDirsOf,
  readerKey
};
//# sourceMappingURL=classify-Q6KNSBUC.js.map
