export { ConfigError, KnownError, UsageError, isKnownError } from './errors.js';
export { configFileNames, findConfigFile, loadConfig, parseConfigText, readConfigFile, resolveConfig, type LoadConfigOptions } from './load.js';
export { presets, presetNames } from './presets/index.js';
export type { ConfigFile, ConfiguredZone, ResolvedConfig, RuleEntry } from './types.js';
