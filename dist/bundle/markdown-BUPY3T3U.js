import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  codeSpan,
  countFindings,
  escapeMarkdown,
  formatMarkdown
} from "./chunk-ED63SXQF.js";
import "./chunk-LLX6EPPH.js";
import "./chunk-PRGNIA6R.js";
import "./chunk-AS5YLRPG.js";
import "./chunk-B3SFOPOV.js";
export {
  codeSpan,
  countFindings,
  escapeMarkdown,
  formatMarkdown
};
//# sourceMappingURL=markdown-BUPY3T3U.js.map
