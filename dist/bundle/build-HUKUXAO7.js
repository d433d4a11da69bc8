import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  buildLandscape,
  edgeId,
  repositoryName
} from "./chunk-IELPM2HM.js";
import "./chunk-B3SFOPOV.js";
export {
  buildLandscape,
  edgeId,
  repositoryName
};
//# sourceMappingURL=build-HUKUXAO7.js.map
