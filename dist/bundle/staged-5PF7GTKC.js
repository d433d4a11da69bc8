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
} from "./chunk-53PR23DB.js";
import "./chunk-JVZH6ENW.js";
import "./chunk-T25NCNFI.js";
import "./chunk-CVAD7S7L.js";
import "./chunk-JDHQ7UT6.js";
import "./chunk-GUPHNWYI.js";
import "./chunk-FSEKV4I4.js";
import "./chunk-VCACU2SD.js";
import "./chunk-LSIP4624.js";
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
//# sourceMappingURL=staged-5PF7GTKC.js.map
