import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  extractFile,
  preloadExtractors
} from "./chunk-SXX4FAD3.js";
import "./chunk-PE3P3MFT.js";
import "./chunk-JGG2V6CE.js";
import "./chunk-B3SFOPOV.js";
export {
  extractFile,
  preloadExtractors
};
//# sourceMappingURL=extract-LRC4N63E.js.map
