import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  scanRoot
} from "./chunk-W24JQI5D.js";
import "./chunk-B3SFOPOV.js";
export {
  scanRoot
};
//# sourceMappingURL=scan-root-WBL2JQP2.js.map
