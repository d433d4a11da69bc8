import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  REDACTED,
  SECRET_QUERY_PARAMETERS,
  escapeControlCharacters,
  escapeResultForText,
  redactResult,
  redactSecrets
} from "./chunk-QJBUCG2J.js";
import "./chunk-B3SFOPOV.js";
export {
  REDACTED,
  SECRET_QUERY_PARAMETERS,
  escapeControlCharacters,
  escapeResultForText,
  redactResult,
  redactSecrets
};
//# sourceMappingURL=redact-RVESLDDT.js.map
