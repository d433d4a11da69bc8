import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  extractFile,
  preloadExtractors
} from "./chunk-BIYS4HWP.js";
import "./chunk-CVAD7S7L.js";
import "./chunk-FSEKV4I4.js";
import "./chunk-B3SFOPOV.js";
export {
  extractFile,
  preloadExtractors
};
//# sourceMappingURL=extract-KT6XOJSH.js.map
