import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  appsettingsReader,
  blankJsonComments,
  readAppsettings
} from "./chunk-TBEHMYZW.js";
import "./chunk-PE3PWTXU.js";
import "./chunk-OUQS2ATI.js";
import "./chunk-YIROD2U5.js";
import "./chunk-B3SFOPOV.js";
export {
  appsettingsReader,
  blankJsonComments,
  readAppsettings
};
//# sourceMappingURL=appsettings-HIE4FODY.js.map
