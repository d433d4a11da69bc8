import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  extractFile,
  preloadExtractors
} from "./chunk-EVU7MLOP.js";
import "./chunk-YIROD2U5.js";
import "./chunk-FMSAWPXM.js";
import "./chunk-B3SFOPOV.js";
export {
  extractFile,
  preloadExtractors
};
//# sourceMappingURL=extract-EDLU2AOE.js.map
