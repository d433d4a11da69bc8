import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  buildLandscape,
  edgeId,
  findingRank,
  foldEdge,
  repositoryName
} from "./chunk-7ZQWAGTN.js";
import "./chunk-B3SFOPOV.js";
export {
  buildLandscape,
  edgeId,
  findingRank,
  foldEdge,
  repositoryName
};
//# sourceMappingURL=build-R6IPJBCM.js.map
