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
} from "./chunk-3NHQT5WF.js";
import "./chunk-T6FQWWLH.js";
import "./chunk-WU7JRTDA.js";
import "./chunk-JDHQ7UT6.js";
import "./chunk-GUPHNWYI.js";
import "./chunk-4LBCXF2U.js";
import "./chunk-H4CYAS2R.js";
import "./chunk-ROFZXU7K.js";
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
//# sourceMappingURL=staged-P6ZNBDCS.js.map
