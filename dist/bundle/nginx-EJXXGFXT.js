import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  nginxReader,
  readNginx
} from "./chunk-XWP4TEQW.js";
import "./chunk-AJG4OY5G.js";
import "./chunk-CVAD7S7L.js";
import "./chunk-B3SFOPOV.js";
export {
  nginxReader,
  readNginx
};
//# sourceMappingURL=nginx-EJXXGFXT.js.map
