import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  extractFile,
  preloadExtractors
} from "./chunk-ZCJ3DSDM.js";
import "./chunk-WU7JRTDA.js";
import "./chunk-4LBCXF2U.js";
import "./chunk-B3SFOPOV.js";
export {
  extractFile,
  preloadExtractors
};
//# sourceMappingURL=extract-IZYB7I2O.js.map
