import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  focused,
  graphFormats,
  renderLandscape,
  runGraph,
  writeOutput
} from "./chunk-M5SVM7AE.js";
import "./chunk-3VKQMKA4.js";
import "./chunk-B3SFOPOV.js";
export {
  focused,
  graphFormats,
  renderLandscape,
  runGraph,
  writeOutput
};
//# sourceMappingURL=graph-command-BRA5F6BW.js.map
