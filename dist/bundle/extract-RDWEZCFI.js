import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  extractFile,
  preloadExtractors
} from "./chunk-MOZTXW7V.js";
import "./chunk-MQD32G2J.js";
import "./chunk-4BARBFMC.js";
import "./chunk-B3SFOPOV.js";
export {
  extractFile,
  preloadExtractors
};
//# sourceMappingURL=extract-RDWEZCFI.js.map
