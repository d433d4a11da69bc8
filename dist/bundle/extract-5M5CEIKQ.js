import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  extractFile,
  preloadExtractors
} from "./chunk-YWNVV7YR.js";
import "./chunk-MQD32G2J.js";
import "./chunk-4IKYKC5I.js";
import "./chunk-B3SFOPOV.js";
export {
  extractFile,
  preloadExtractors
};
//# sourceMappingURL=extract-5M5CEIKQ.js.map
