import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  extractFile,
  preloadExtractors
} from "./chunk-CFD2Z4NC.js";
import "./chunk-YXKXSBAS.js";
import "./chunk-JGG2V6CE.js";
import "./chunk-B3SFOPOV.js";
export {
  extractFile,
  preloadExtractors
};
//# sourceMappingURL=extract-OCYGBE6Q.js.map
