import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  extractFile,
  preloadExtractors
} from "./chunk-VQDIA3S6.js";
import "./chunk-YXKXSBAS.js";
import "./chunk-4LBCXF2U.js";
import "./chunk-B3SFOPOV.js";
export {
  extractFile,
  preloadExtractors
};
//# sourceMappingURL=extract-KDJA76OK.js.map
