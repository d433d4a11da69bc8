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
} from "./chunk-QD2HYWXH.js";
import "./chunk-J7GZI2LT.js";
import "./chunk-3VKQMKA4.js";
import "./chunk-GUPHNWYI.js";
import "./chunk-4LBCXF2U.js";
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
//# sourceMappingURL=staged-VWNCDOJD.js.map
