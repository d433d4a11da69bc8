import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  extractFile,
  preloadExtractors
} from "./chunk-N7DKIJDU.js";
import "./chunk-CVAD7S7L.js";
import "./chunk-7BA7OWXI.js";
import "./chunk-B3SFOPOV.js";
export {
  extractFile,
  preloadExtractors
};
//# sourceMappingURL=extract-MNQRFZF2.js.map
