import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  appsettingsReader,
  blankJsonComments,
  readAppsettings
} from "./chunk-Z4SFFADT.js";
import "./chunk-EBBDATER.js";
import "./chunk-OUQS2ATI.js";
import "./chunk-MQD32G2J.js";
import "./chunk-B3SFOPOV.js";
export {
  appsettingsReader,
  blankJsonComments,
  readAppsettings
};
//# sourceMappingURL=appsettings-BAI56OIF.js.map
