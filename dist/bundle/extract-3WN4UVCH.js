import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  extractFile,
  preloadExtractors
} from "./chunk-Q5YHOAOF.js";
import "./chunk-PWN4YFXZ.js";
import "./chunk-FMSAWPXM.js";
import "./chunk-B3SFOPOV.js";
export {
  extractFile,
  preloadExtractors
};
//# sourceMappingURL=extract-3WN4UVCH.js.map
