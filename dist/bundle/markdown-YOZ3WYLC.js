import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  codeSpan,
  countFindings,
  escapeMarkdown,
  formatMarkdown
} from "./chunk-ZLMLOFJ6.js";
import "./chunk-AS5YLRPG.js";
import "./chunk-B3SFOPOV.js";
export {
  codeSpan,
  countFindings,
  escapeMarkdown,
  formatMarkdown
};
//# sourceMappingURL=markdown-YOZ3WYLC.js.map
