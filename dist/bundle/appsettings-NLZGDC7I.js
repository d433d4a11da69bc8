import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  appsettingsReader,
  blankJsonComments,
  readAppsettings
} from "./chunk-UWZSKMB5.js";
import "./chunk-PE3PWTXU.js";
import "./chunk-OUQS2ATI.js";
import "./chunk-A3NW3OXC.js";
import "./chunk-B3SFOPOV.js";
export {
  appsettingsReader,
  blankJsonComments,
  readAppsettings
};
//# sourceMappingURL=appsettings-NLZGDC7I.js.map
