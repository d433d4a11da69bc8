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
} from "./chunk-7ZZJD3SW.js";
import "./chunk-A5FUQTNT.js";
import "./chunk-3VKQMKA4.js";
import "./chunk-GUPHNWYI.js";
import "./chunk-V5RNAWEZ.js";
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
//# sourceMappingURL=staged-XWVXQWWB.js.map
