import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  apacheReader,
  looksLikeApache,
  readApache
} from "./chunk-AEJG3IZL.js";
import "./chunk-CVAD7S7L.js";
import "./chunk-B3SFOPOV.js";
export {
  apacheReader,
  looksLikeApache,
  readApache
};
//# sourceMappingURL=apache-N3SGCXDK.js.map
