import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  extractFile,
  preloadExtractors
} from "./chunk-6CEARLD7.js";
import "./chunk-I3HGX4AA.js";
import "./chunk-4LBCXF2U.js";
import "./chunk-B3SFOPOV.js";
export {
  extractFile,
  preloadExtractors
};
//# sourceMappingURL=extract-FBP6ZN4X.js.map
