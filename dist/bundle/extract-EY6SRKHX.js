import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  extractFile,
  preloadExtractors
} from "./chunk-SBQ5LNOS.js";
import "./chunk-I3HGX4AA.js";
import "./chunk-4LBCXF2U.js";
import "./chunk-B3SFOPOV.js";
export {
  extractFile,
  preloadExtractors
};
//# sourceMappingURL=extract-EY6SRKHX.js.map
