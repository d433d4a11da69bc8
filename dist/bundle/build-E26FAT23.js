import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  buildLandscape,
  edgeId,
  repositoryName
} from "./chunk-FKTSCET4.js";
import "./chunk-B3SFOPOV.js";
export {
  buildLandscape,
  edgeId,
  repositoryName
};
//# sourceMappingURL=build-E26FAT23.js.map
