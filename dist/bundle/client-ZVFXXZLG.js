import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  lintViaDaemon,
  locateDaemon,
  sendRequest,
  spawnDaemon
} from "./chunk-L7FWJFSE.js";
import "./chunk-6A6BQP4U.js";
import "./chunk-SXZKW5CL.js";
import "./chunk-B3SFOPOV.js";
export {
  lintViaDaemon,
  locateDaemon,
  sendRequest,
  spawnDaemon
};
//# sourceMappingURL=client-ZVFXXZLG.js.map
