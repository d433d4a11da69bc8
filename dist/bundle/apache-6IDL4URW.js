import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  apacheReader,
  looksLikeApache,
  readApache
} from "./chunk-MSEAJ6SF.js";
import "./chunk-QARPM7KB.js";
import "./chunk-B3SFOPOV.js";
export {
  apacheReader,
  looksLikeApache,
  readApache
};
//# sourceMappingURL=apache-6IDL4URW.js.map
