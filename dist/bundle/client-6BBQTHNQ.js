import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  lintViaDaemon,
  locateDaemon,
  sendRequest,
  spawnDaemon
} from "./chunk-R36ULHSG.js";
import "./chunk-KISIIEPD.js";
import "./chunk-SXZKW5CL.js";
import "./chunk-B3SFOPOV.js";
export {
  lintViaDaemon,
  locateDaemon,
  sendRequest,
  spawnDaemon
};
//# sourceMappingURL=client-6BBQTHNQ.js.map
