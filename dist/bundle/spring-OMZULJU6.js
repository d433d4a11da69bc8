import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  applicationConfigBindings,
  isApplicationConfigPath,
  profileEnvironment,
  readSpring,
  springReader
} from "./chunk-RVFXWBBG.js";
import "./chunk-6XM7GKQO.js";
import "./chunk-PE3PWTXU.js";
import "./chunk-X7FXNNIW.js";
import "./chunk-OUQS2ATI.js";
import "./chunk-WU7JRTDA.js";
import "./chunk-B3SFOPOV.js";
export {
  applicationConfigBindings,
  isApplicationConfigPath,
  profileEnvironment,
  readSpring,
  springReader
};
//# sourceMappingURL=spring-OMZULJU6.js.map
