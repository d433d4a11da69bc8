import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  lintViaDaemon,
  locateDaemon,
  sendRequest,
  spawnDaemon
} from "./chunk-A2YS732J.js";
import "./chunk-CX5UVNRX.js";
import "./chunk-SXZKW5CL.js";
import "./chunk-B3SFOPOV.js";
export {
  lintViaDaemon,
  locateDaemon,
  sendRequest,
  spawnDaemon
};
//# sourceMappingURL=client-II2CVIT6.js.map
