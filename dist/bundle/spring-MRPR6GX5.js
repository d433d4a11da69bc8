import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  applicationConfigBindings,
  isApplicationConfigPath,
  profileEnvironment,
  readSpring,
  springReader
} from "./chunk-7W5S6FFA.js";
import "./chunk-QIUQF3M2.js";
import "./chunk-PE3PWTXU.js";
import "./chunk-X7FXNNIW.js";
import "./chunk-OUQS2ATI.js";
import "./chunk-RAWDMNEI.js";
import "./chunk-B3SFOPOV.js";
export {
  applicationConfigBindings,
  isApplicationConfigPath,
  profileEnvironment,
  readSpring,
  springReader
};
//# sourceMappingURL=spring-MRPR6GX5.js.map
