import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  extractFile,
  preloadExtractors
} from "./chunk-KT7YXUAW.js";
import "./chunk-QARPM7KB.js";
import "./chunk-7BA7OWXI.js";
import "./chunk-B3SFOPOV.js";
export {
  extractFile,
  preloadExtractors
};
//# sourceMappingURL=extract-U5M4C4R4.js.map
