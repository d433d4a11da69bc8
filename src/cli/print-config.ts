/**
 * `arch-lint --print-config [path]`: the config a scan of `path` would use, presets merged, as YAML. Rules show
 * their effective setting (with options, when a rule has any); lists show what the layers added up to.
 */
import path from 'node:path';
import { stringify } from 'yaml';
import { loadConfig } from '../config/load.js';
import { ruleIds } from '../judge/rules/ids.js';
import type { CliIO } from './main.js';

export function printConfig(root: string, configFile: string | undefined, io: CliIO): number {
  const config = loadConfig({ root, configFile, cwd: io.cwd, knownRuleIds: ruleIds });
  const rules = Object.fromEntries(
    Object.entries(config.rules)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([id, { setting, options }]) => [id, Object.keys(options).length > 0 ? [setting, options] : setting]),
  );
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
    gateway: config.gateway,
  };
  const header =
    config.file === null
      ? `# No config file found from ${path.relative(io.cwd, root) || '.'} upward: the built-in "${config.extends.at(-1) ?? 'recommended'}" preset applies (arch-lint init writes a config).\n`
      : `# The config a scan of ${path.relative(io.cwd, root) || '.'} uses: ${path.relative(io.cwd, config.file) || config.file}, merged with its presets (${config.extends.join(', ')}).\n`;
  io.stdout(header + stringify(shown, { lineWidth: 0 }));
  return 0;
}
