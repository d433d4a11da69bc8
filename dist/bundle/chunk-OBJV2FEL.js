import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);

// dist/extract/csharp/named-clients.js
var NAMED_CLIENTS_MODULE = "dotnet:http-clients";
var CLASS_FILE_PREFIX = "dotnet:class:";
var OPTIONS_PREFIX = "options:";

export {
  NAMED_CLIENTS_MODULE,
  CLASS_FILE_PREFIX,
  OPTIONS_PREFIX
};
//# sourceMappingURL=chunk-OBJV2FEL.js.map
