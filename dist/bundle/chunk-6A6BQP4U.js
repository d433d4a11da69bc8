import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);

// dist/daemon/protocol.js
var DEFAULT_IDLE_TIMEOUT = 15 * 60;
var PROTOCOL = 1;
function scanEnvironment(env) {
  const kept = {};
  for (const [name, value] of Object.entries(env)) {
    if (value !== void 0 && (name.startsWith("GIT_") || name === "PATH" || name === "HOME" || name === "XDG_CONFIG_HOME"))
      kept[name] = value;
  }
  return kept;
}

export {
  DEFAULT_IDLE_TIMEOUT,
  PROTOCOL,
  scanEnvironment
};
//# sourceMappingURL=chunk-6A6BQP4U.js.map
