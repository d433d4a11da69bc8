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
} from "./chunk-XXL5WOSV.js";
import "./chunk-IB3EAXBM.js";
import "./chunk-PE3P3MFT.js";
import "./chunk-JDHQ7UT6.js";
import "./chunk-YPA2DXQC.js";
import "./chunk-JGG2V6CE.js";
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
//# sourceMappingURL=staged-FU5TSG2C.js.map
