import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  ruleIds
} from "./chunk-LY4HRYB4.js";
import {
  require_dist
} from "./chunk-PE3PWTXU.js";
import {
  loadConfig
} from "./chunk-OXAURLD4.js";
import "./chunk-ND36G54U.js";
import "./chunk-JHCQOTT6.js";
import "./chunk-JDHQ7UT6.js";
import "./chunk-3VKQMKA4.js";
import {
  __toESM
} from "./chunk-B3SFOPOV.js";

// dist/cli/print-config.js
var import_yaml = __toESM(require_dist(), 1);
import path from "node:path";
function printConfig(root, configFile, io) {
  const config = loadConfig({ root, configFile, cwd: io.cwd, knownRuleIds: ruleIds });
  const rules = Object.fromEntries(Object.entries(config.rules).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([id, { setting, options }]) => [id, Object.keys(options).length > 0 ? [setting, options] : setting]));
  const shown = {
    file: config.file === null ? null : path.relative(io.cwd, config.file) || config.file,
    extends: config.extends,
    include: config.include,
    exclude: config.exclude,
    zones: config.zones,
    rules,
    ignoreHosts: config.ignoreHosts,
    allowWithinSystem: config.allowWithinSystem,
    maxWaiverDays: config.maxWaiverDays,
    inlineSuppressions: config.inlineSuppressions,
    gateway: config.gateway
  };
  const header = config.file === null ? `# No config file found from ${path.relative(io.cwd, root) || "."} upward: the built-in "${config.extends.at(-1) ?? "recommended"}" preset applies (arch-lint init writes a config).
` : `# The config a scan of ${path.relative(io.cwd, root) || "."} uses: ${path.relative(io.cwd, config.file) || config.file}, merged with its presets (${config.extends.join(", ")}).
`;
  io.stdout(header + (0, import_yaml.stringify)(shown, { lineWidth: 0 }));
  return 0;
}
export {
  printConfig
};
//# sourceMappingURL=print-config-JCKEB7SN.js.map
