import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  formatMermaid,
  mermaidText
} from "./chunk-LLX6EPPH.js";
import "./chunk-PRGNIA6R.js";
import "./chunk-B3SFOPOV.js";
export {
  formatMermaid,
  mermaidText
};
//# sourceMappingURL=mermaid-3VJD7LLV.js.map
