import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  extractFile,
  preloadExtractors
} from "./chunk-2DTAEPVV.js";
import "./chunk-YXKXSBAS.js";
import "./chunk-JGG2V6CE.js";
import "./chunk-B3SFOPOV.js";
export {
  extractFile,
  preloadExtractors
};
//# sourceMappingURL=extract-O672I7ZY.js.map
