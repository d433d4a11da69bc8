import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  SARIF_FINGERPRINT_KEY,
  compareFindings,
  evidenceChains,
  formatSarif,
  uniqueFingerprints
} from "./chunk-AS5YLRPG.js";
import "./chunk-B3SFOPOV.js";
export {
  SARIF_FINGERPRINT_KEY,
  compareFindings,
  evidenceChains,
  formatSarif,
  uniqueFingerprints
};
//# sourceMappingURL=sarif-VAEK2D3N.js.map
