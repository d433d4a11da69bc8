import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  extractFile,
  preloadExtractors
} from "./chunk-XE3NBKSJ.js";
import "./chunk-QARPM7KB.js";
import "./chunk-MVW3ZMGK.js";
import "./chunk-B3SFOPOV.js";
export {
  extractFile,
  preloadExtractors
};
//# sourceMappingURL=extract-UJB5MH2N.js.map
