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
} from "./chunk-AFPY2NX3.js";
import "./chunk-4TTCKBWJ.js";
import "./chunk-I3HGX4AA.js";
import "./chunk-JDHQ7UT6.js";
import "./chunk-GUPHNWYI.js";
import "./chunk-V5RNAWEZ.js";
import "./chunk-ROAUCRFG.js";
import "./chunk-3VKQMKA4.js";
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
//# sourceMappingURL=staged-US7PDJ4W.js.map
