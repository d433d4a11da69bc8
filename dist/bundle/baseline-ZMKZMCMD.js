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
} from "./chunk-FVHEC5HU.js";
import "./chunk-FJEOF6HW.js";
import "./chunk-44QPWAMT.js";
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
//# sourceMappingURL=baseline-ZMKZMCMD.js.map
