import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  extractFile,
  preloadExtractors
} from "./chunk-PIG5K62X.js";
import "./chunk-PWN4YFXZ.js";
import "./chunk-FMSAWPXM.js";
import "./chunk-B3SFOPOV.js";
export {
  extractFile,
  preloadExtractors
};
//# sourceMappingURL=extract-ONTSWGHP.js.map
