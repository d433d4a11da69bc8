import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  extractFile,
  preloadExtractors
} from "./chunk-F6ABOVQB.js";
import "./chunk-YXKXSBAS.js";
import "./chunk-JGG2V6CE.js";
import "./chunk-B3SFOPOV.js";
export {
  extractFile,
  preloadExtractors
};
//# sourceMappingURL=extract-MUFAH7JX.js.map
