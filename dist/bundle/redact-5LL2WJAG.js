import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  escapeControlCharacters,
  escapeResultForText,
  redactResult,
  redactSecrets
} from "./chunk-VWAHNXS3.js";
import "./chunk-B3SFOPOV.js";
export {
  escapeControlCharacters,
  escapeResultForText,
  redactResult,
  redactSecrets
};
//# sourceMappingURL=redact-5LL2WJAG.js.map
