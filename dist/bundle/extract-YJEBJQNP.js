import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  extractFile,
  preloadExtractors
} from "./chunk-IPFQQ3KY.js";
import "./chunk-YXKXSBAS.js";
import "./chunk-4LBCXF2U.js";
import "./chunk-B3SFOPOV.js";
export {
  extractFile,
  preloadExtractors
};
//# sourceMappingURL=extract-YJEBJQNP.js.map
