import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  extractFile,
  preloadExtractors
} from "./chunk-QRUE5O3G.js";
import "./chunk-RAWDMNEI.js";
import "./chunk-MVW3ZMGK.js";
import "./chunk-B3SFOPOV.js";
export {
  extractFile,
  preloadExtractors
};
//# sourceMappingURL=extract-STEVUD4T.js.map
