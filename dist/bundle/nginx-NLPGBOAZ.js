import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  nginxReader,
  readNginx
} from "./chunk-OOIWYIYT.js";
import "./chunk-AEJG3IZL.js";
import "./chunk-CVAD7S7L.js";
import "./chunk-B3SFOPOV.js";
export {
  nginxReader,
  readNginx
};
//# sourceMappingURL=nginx-NLPGBOAZ.js.map
