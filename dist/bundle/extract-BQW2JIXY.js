import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  extractFile,
  preloadExtractors
} from "./chunk-MUFDPZ27.js";
import "./chunk-MQD32G2J.js";
import "./chunk-4IKYKC5I.js";
import "./chunk-B3SFOPOV.js";
export {
  extractFile,
  preloadExtractors
};
//# sourceMappingURL=extract-BQW2JIXY.js.map
