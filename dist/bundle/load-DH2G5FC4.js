import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  configFileNames,
  findConfigFile,
  loadConfig,
  parseConfigText,
  pathEscapesRoot,
  readConfigFile,
  resolveConfig
} from "./chunk-OXAURLD4.js";
import "./chunk-ND36G54U.js";
import "./chunk-JHCQOTT6.js";
import "./chunk-JDHQ7UT6.js";
import "./chunk-3VKQMKA4.js";
import "./chunk-B3SFOPOV.js";
export {
  configFileNames,
  findConfigFile,
  loadConfig,
  parseConfigText,
  pathEscapesRoot,
  readConfigFile,
  resolveConfig
};
//# sourceMappingURL=load-DH2G5FC4.js.map
