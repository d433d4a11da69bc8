import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  applicationConfigBindings,
  isApplicationConfigPath,
  profileEnvironment,
  readSpring,
  springReader
} from "./chunk-3A47P3AT.js";
import "./chunk-JCCS22E2.js";
import "./chunk-EBBDATER.js";
import "./chunk-X7FXNNIW.js";
import "./chunk-OUQS2ATI.js";
import "./chunk-MQD32G2J.js";
import "./chunk-B3SFOPOV.js";
export {
  applicationConfigBindings,
  isApplicationConfigPath,
  profileEnvironment,
  readSpring,
  springReader
};
//# sourceMappingURL=spring-E4WNWY7P.js.map
