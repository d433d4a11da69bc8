import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  extractFile,
  preloadExtractors
} from "./chunk-SBI4QEIW.js";
import "./chunk-ETCL4BV2.js";
import "./chunk-I3HGX4AA.js";
import "./chunk-B3SFOPOV.js";
export {
  extractFile,
  preloadExtractors
};
//# sourceMappingURL=extract-IIHEE2FT.js.map
