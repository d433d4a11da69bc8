import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  focused,
  graphFormats,
  renderLandscape,
  runGraph,
  writeOutput
} from "./chunk-BBMG6HT4.js";
import "./chunk-3VKQMKA4.js";
import "./chunk-B3SFOPOV.js";
export {
  focused,
  graphFormats,
  renderLandscape,
  runGraph,
  writeOutput
};
//# sourceMappingURL=graph-command-UWPPP2UI.js.map
