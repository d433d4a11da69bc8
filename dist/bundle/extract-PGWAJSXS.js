import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  extractFile,
  preloadExtractors
} from "./chunk-S7K5CVM3.js";
import "./chunk-QARPM7KB.js";
import "./chunk-MVW3ZMGK.js";
import "./chunk-B3SFOPOV.js";
export {
  extractFile,
  preloadExtractors
};
//# sourceMappingURL=extract-PGWAJSXS.js.map
