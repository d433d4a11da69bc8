import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);

// dist/extract/csharp/named-clients.js
var NAMED_CLIENTS_MODULE = "dotnet:http-clients";
var CLASS_FILE_PREFIX = "dotnet:class:";

export {
  NAMED_CLIENTS_MODULE,
  CLASS_FILE_PREFIX
};
//# sourceMappingURL=chunk-GHAO4ZVY.js.map
