import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  configFileNames,
  findConfigFile,
  loadConfig,
  parseConfigText,
  readConfigFile,
  resolveConfig
} from "./chunk-WGU2DEEY.js";
import "./chunk-ND36G54U.js";
import "./chunk-44QPWAMT.js";
import "./chunk-3VKQMKA4.js";
import "./chunk-B3SFOPOV.js";
export {
  configFileNames,
  findConfigFile,
  loadConfig,
  parseConfigText,
  readConfigFile,
  resolveConfig
};
//# sourceMappingURL=load-ZER75ELQ.js.map
