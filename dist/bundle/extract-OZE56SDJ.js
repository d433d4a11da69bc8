import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  extractFile,
  preloadExtractors
} from "./chunk-4MBSDOUA.js";
import "./chunk-RAWDMNEI.js";
import "./chunk-4IKYKC5I.js";
import "./chunk-B3SFOPOV.js";
export {
  extractFile,
  preloadExtractors
};
//# sourceMappingURL=extract-OZE56SDJ.js.map
