import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  buildLandscape,
  edgeId,
  repositoryName
} from "./chunk-2DROEZTU.js";
import "./chunk-B3SFOPOV.js";
export {
  buildLandscape,
  edgeId,
  repositoryName
};
//# sourceMappingURL=build-PT5HIX7H.js.map
