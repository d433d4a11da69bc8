import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  nginxReader,
  readNginx
} from "./chunk-BD6RNAMP.js";
import "./chunk-MSEAJ6SF.js";
import "./chunk-QARPM7KB.js";
import "./chunk-B3SFOPOV.js";
export {
  nginxReader,
  readNginx
};
//# sourceMappingURL=nginx-QBVI6XF3.js.map
