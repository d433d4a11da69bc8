import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  appsettingsReader,
  blankJsonComments,
  readAppsettings
} from "./chunk-MQSU5M4A.js";
import "./chunk-PE3PWTXU.js";
import "./chunk-OUQS2ATI.js";
import "./chunk-QQZYBG4U.js";
import "./chunk-B3SFOPOV.js";
export {
  appsettingsReader,
  blankJsonComments,
  readAppsettings
};
//# sourceMappingURL=appsettings-AJEPZOVM.js.map
