import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  alwaysParsedInStagedRun,
  globToRegExp,
  manifestMayMatter,
  manifestNeedles,
  normalizedName,
  readManifestOfStagedRun,
  readStagedIndex,
  selectStagedFiles
} from "./chunk-QCVRABMF.js";
import "./chunk-UVJWDDBD.js";
import "./chunk-3VKQMKA4.js";
import "./chunk-GUPHNWYI.js";
import "./chunk-ETCL4BV2.js";
import "./chunk-I3HGX4AA.js";
import "./chunk-B3SFOPOV.js";
export {
  alwaysParsedInStagedRun,
  globToRegExp,
  manifestMayMatter,
  manifestNeedles,
  normalizedName,
  readManifestOfStagedRun,
  readStagedIndex,
  selectStagedFiles
};
//# sourceMappingURL=staged-U7553G3O.js.map
