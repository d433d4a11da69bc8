import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  BASELINE_VERSION,
  BaselineError,
  DEFAULT_BASELINE_FILE,
  applyBaseline,
  baselineKey,
  baselineSuppressionPass,
  buildBaseline,
  checkBaselineUpdate,
  parseBaseline,
  readBaseline,
  serializeBaseline
} from "./chunk-V4MTMRXA.js";
import "./chunk-UFWB54CG.js";
import "./chunk-JHCQOTT6.js";
import "./chunk-JDHQ7UT6.js";
import "./chunk-3VKQMKA4.js";
import "./chunk-B3SFOPOV.js";
export {
  BASELINE_VERSION,
  BaselineError,
  DEFAULT_BASELINE_FILE,
  applyBaseline,
  baselineKey,
  baselineSuppressionPass,
  buildBaseline,
  checkBaselineUpdate,
  parseBaseline,
  readBaseline,
  serializeBaseline
};
//# sourceMappingURL=baseline-G6LJ55GO.js.map
