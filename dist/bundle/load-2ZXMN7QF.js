import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  configFileNames,
  findConfigFile,
  loadConfig,
  parseConfigText,
  readConfigFile,
  resolveConfig
} from "./chunk-2BBWQY7E.js";
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
//# sourceMappingURL=load-2ZXMN7QF.js.map
