import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  extractFile,
  preloadExtractors
} from "./chunk-6LU7WJAH.js";
import "./chunk-PE3P3MFT.js";
import "./chunk-JGG2V6CE.js";
import "./chunk-B3SFOPOV.js";
export {
  extractFile,
  preloadExtractors
};
//# sourceMappingURL=extract-HN72LPDF.js.map
