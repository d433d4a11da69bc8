import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  extractFile,
  preloadExtractors
} from "./chunk-YPCN4MTJ.js";
import "./chunk-QQZYBG4U.js";
import "./chunk-4IKYKC5I.js";
import "./chunk-B3SFOPOV.js";
export {
  extractFile,
  preloadExtractors
};
//# sourceMappingURL=extract-OABS5QKF.js.map
