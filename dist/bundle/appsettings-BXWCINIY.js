import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  appsettingsReader,
  blankJsonComments,
  readAppsettings
} from "./chunk-E2G2CY23.js";
import "./chunk-PE3PWTXU.js";
import "./chunk-OUQS2ATI.js";
import "./chunk-RAWDMNEI.js";
import "./chunk-B3SFOPOV.js";
export {
  appsettingsReader,
  blankJsonComments,
  readAppsettings
};
//# sourceMappingURL=appsettings-BXWCINIY.js.map
