import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  applicationConfigBindings,
  isApplicationConfigPath,
  profileEnvironment,
  readSpring,
  springReader
} from "./chunk-PDO2HRSS.js";
import "./chunk-QIUQF3M2.js";
import "./chunk-PE3PWTXU.js";
import "./chunk-X7FXNNIW.js";
import "./chunk-OUQS2ATI.js";
import "./chunk-QARPM7KB.js";
import "./chunk-B3SFOPOV.js";
export {
  applicationConfigBindings,
  isApplicationConfigPath,
  profileEnvironment,
  readSpring,
  springReader
};
//# sourceMappingURL=spring-NTM64HVZ.js.map
