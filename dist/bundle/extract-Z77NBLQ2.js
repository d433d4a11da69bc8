import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  extractFile,
  preloadExtractors
} from "./chunk-OINFTTR6.js";
import "./chunk-A3NW3OXC.js";
import "./chunk-4IKYKC5I.js";
import "./chunk-B3SFOPOV.js";
export {
  extractFile,
  preloadExtractors
};
//# sourceMappingURL=extract-Z77NBLQ2.js.map
