import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  REDACTED,
  SECRET_QUERY_PARAMETERS,
  escapeControlCharacters,
  escapeResultForText,
  redactResult,
  redactSecrets
} from "./chunk-NMHKT4AB.js";
import "./chunk-B3SFOPOV.js";
export {
  REDACTED,
  SECRET_QUERY_PARAMETERS,
  escapeControlCharacters,
  escapeResultForText,
  redactResult,
  redactSecrets
};
//# sourceMappingURL=redact-4MH3JWDN.js.map
