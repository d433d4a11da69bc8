import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);

// dist/daemon/protocol.js
var DEFAULT_IDLE_TIMEOUT = 15 * 60;
var PROTOCOL = 1;
function scanEnvironment(env) {
  const kept = {};
  for (const [name, value] of Object.entries(env))
    if (value !== void 0 && isScanEnvironmentVariable(name))
      kept[name] = value;
  return kept;
}
function isScanEnvironmentVariable(name) {
  return name.startsWith("GIT_") || name === "PATH" || name === "HOME" || name === "XDG_CONFIG_HOME";
}

export {
  DEFAULT_IDLE_TIMEOUT,
  PROTOCOL,
  scanEnvironment,
  isScanEnvironmentVariable
};
//# sourceMappingURL=chunk-KISIIEPD.js.map
