import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  applicationConfigBindings,
  isApplicationConfigPath,
  profileEnvironment,
  readSpring,
  springReader
} from "./chunk-X5BR57GI.js";
import "./chunk-JCCS22E2.js";
import "./chunk-EBBDATER.js";
import "./chunk-X7FXNNIW.js";
import "./chunk-OUQS2ATI.js";
import "./chunk-PE3P3MFT.js";
import "./chunk-B3SFOPOV.js";
export {
  applicationConfigBindings,
  isApplicationConfigPath,
  profileEnvironment,
  readSpring,
  springReader
};
//# sourceMappingURL=spring-ZXFDOSMN.js.map
