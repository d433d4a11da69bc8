import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  extractFile,
  preloadExtractors
} from "./chunk-HV3WEK5P.js";
import "./chunk-V5RNAWEZ.js";
import "./chunk-I3HGX4AA.js";
import "./chunk-B3SFOPOV.js";
export {
  extractFile,
  preloadExtractors
};
//# sourceMappingURL=extract-DZ3X6CJC.js.map
