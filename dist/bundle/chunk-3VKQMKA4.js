import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);

// dist/config/errors.js
var KnownError = class extends Error {
  known = true;
};
var ConfigError = class extends KnownError {
  /** File the error is about (absolute or as given), null when not tied to a file. */
  file;
  line;
  /** The offending key as a dotted path (`zones.internal`), when known. */
  key;
  constructor(message, where = {}) {
    const file = where.file ?? null;
    const line = where.line ?? null;
    const prefix = file ? `${file}${line ? `:${line}` : ""}: ` : "";
    super(`${prefix}${message}`);
    this.name = "ConfigError";
    this.file = file;
    this.line = line;
    this.key = where.key ?? null;
  }
};
var UsageError = class extends KnownError {
  name = "UsageError";
};
function isKnownError(error) {
  return error instanceof KnownError;
}

export {
  KnownError,
  ConfigError,
  UsageError,
  isKnownError
};
//# sourceMappingURL=chunk-3VKQMKA4.js.map
