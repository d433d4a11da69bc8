import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  codeSpan,
  countFindings,
  escapeMarkdown,
  formatMarkdown
} from "./chunk-SB4UVUCS.js";
import "./chunk-AS5YLRPG.js";
import "./chunk-LLX6EPPH.js";
import "./chunk-PRGNIA6R.js";
import "./chunk-B3SFOPOV.js";
export {
  codeSpan,
  countFindings,
  escapeMarkdown,
  formatMarkdown
};
//# sourceMappingURL=markdown-RXIKAMI5.js.map
