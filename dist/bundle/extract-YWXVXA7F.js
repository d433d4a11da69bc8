import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  extractFile,
  preloadExtractors
} from "./chunk-37ZHTGIG.js";
import "./chunk-YIROD2U5.js";
import "./chunk-FMSAWPXM.js";
import "./chunk-B3SFOPOV.js";
export {
  extractFile,
  preloadExtractors
};
//# sourceMappingURL=extract-YWXVXA7F.js.map
