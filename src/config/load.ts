/**
 * Finding, parsing, validating and merging the configuration. Config files are YAML or JSON and
 * are only ever parsed: a config never executes code (PR checks run on untrusted branches).
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ErrorObject } from 'ajv';
import type { Document } from 'yaml';
import { yaml } from '../lazy-dependencies.js';
import { validateConfig } from '../validators/index.js';
import { ConfigError } from './errors.js';
import { NotRegularFileError, readRegularFileSync } from '../regular-file.js';
import { presets } from './presets/index.js';
import type { ConfigFile, ConfiguredZone, ResolvedConfig, RuleEntry } from './types.js';

/** Names looked for in each directory, in this order. */
export const configFileNames = ['arch-lint.config.yaml', 'arch-lint.config.yml', 'arch-lint.config.json', '.arch-lint.yaml'] as const;

const zoneNames: readonly ConfiguredZone[] = ['gateway', 'esb', 'local', 'internal', 'external'];

/**
 * The nearest config file in `startDir` or a parent. The search stops at the top of the git
 * repository (the first directory holding `.git`) so a scan never picks up an unrelated file above it.
 */
export function findConfigFile(startDir: string): string | null {
  let dir = path.resolve(startDir);
  for (;;) {
    for (const name of configFileNames) {
      const candidate = path.join(dir, name);
      if (existsSync(candidate)) {
        if (statSync(candidate).isFile()) return candidate;
        // A FIFO or a folder by that name is not "no config": reading it would block or fail later; say so now.
        throw new ConfigError('the config file is not a regular file (a named pipe, a folder or a device); replace it with a file or remove it', { file: candidate });
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir || existsSync(path.join(dir, '.git'))) return null;
    dir = parent;
  }
}

/** Node (value, or key for an unknown property) at an ajv instance path, for its line. */
function offsetOf(document: Document, segments: string[], unknownKey: string | undefined): number | null {
  const { isMap, isPair, isScalar, isSeq } = yaml();
  let node: unknown = document.contents;
  const rangeStart = (value: unknown): number | null => {
    if (value && typeof value === 'object' && 'range' in value) {
      const range = (value as { range?: [number, number, number] | null }).range;
      return range ? range[0] : null;
    }
    return null;
  };
  let offset = rangeStart(node);
  for (const segment of segments) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === segment);
      if (!pair) break;
      offset = rangeStart(pair.key) ?? offset;
      node = pair.value;
      offset = rangeStart(node) ?? offset;
    } else if (isSeq(node)) {
      node = node.items[Number(segment)];
      offset = rangeStart(node) ?? offset;
    } else break;
  }
  if (unknownKey !== undefined && isMap(node)) {
    const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === unknownKey);
    if (pair) offset = rangeStart(pair.key) ?? offset;
  }
  return offset;
}

function describeAjvError(error: ErrorObject): string {
  switch (error.keyword) {
    case 'additionalProperties':
      return `unknown key '${String(error.params.additionalProperty)}'`;
    case 'enum':
      return `must be one of ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return error.message ?? 'is not valid';
  }
}

/** Most useful error first: an unknown key or a bad enum says more than a failed oneOf. */
function pickError(errors: ErrorObject[]): ErrorObject {
  const rank = (e: ErrorObject): number => (e.keyword === 'additionalProperties' ? 0 : e.keyword === 'oneOf' ? 3 : e.keyword === 'enum' ? 1 : 2);
  return [...errors].sort((a, b) => b.instancePath.split('/').length - a.instancePath.split('/').length || rank(a) - rank(b))[0]!;
}

/** Parse and validate a config file's text. `file` is used in error messages. */
/** The line each `bindings:` entry is written on, per parsed config (kept beside the config as written). */
const bindingLines = new WeakMap<ConfigFile, Record<string, number>>();

export function parseConfigText(text: string, file: string, knownRuleIds?: readonly string[]): ConfigFile {
  const { LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number | null): number | null => (offset === null ? null : lineCounter.linePos(offset).line);
  if (document.errors.length > 0) {
    const first = document.errors[0]!;
    throw new ConfigError(`cannot parse config: ${first.message.split('\n')[0]}`, { file, line: lineAt(first.pos[0]) });
  }
  let value: unknown;
  try {
    // The yaml package refuses more than 100 alias expansions (a "YAML bomb" guard) with a ReferenceError.
    value = document.toJS({ maxAliasCount: 1000 }) ?? {};
  } catch (error) {
    throw new ConfigError(`cannot read config: ${error instanceof Error ? error.message.split('\n')[0] : String(error)} (too many or unresolved YAML aliases; write the values out)`, { file });
  }
  // Precompiled from schemas/config.schema.json (`npm run validators`): no ajv at run time.
  if (!validateConfig(value)) {
    const error = pickError(validateConfig.errors ?? []);
    const segments = error.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    const unknownKey = error.keyword === 'additionalProperties' ? String(error.params.additionalProperty) : undefined;
    const keyPath = [...segments, ...(unknownKey ? [unknownKey] : [])].join('.') || '(top level)';
    const line = lineAt(offsetOf(document, segments, unknownKey));
    throw new ConfigError(`invalid config at '${keyPath}': ${describeAjvError(error)}`, { file, line, key: keyPath });
  }
  const config = value as ConfigFile;
  const lines: Record<string, number> = {};
  for (const name of Object.keys(config.bindings ?? {})) lines[name] = lineAt(offsetOf(document, ['bindings'], name)) ?? 1;
  bindingLines.set(config, lines);
  // Paths and globs from a config stay inside the repository: a config comes with the branch being checked, and
  // `include: ["../../../../etc/**"]` must not make a PR check read (and quote) files outside the checkout.
  const confined: [string, readonly string[] | undefined][] = [
    ['include', config.include],
    ['exclude', config.exclude],
    ['gateway.catalog', config.gateway?.catalog],
  ];
  for (const [key, entries] of confined) {
    (entries ?? []).forEach((entry, index) => {
      const reason = pathEscapesRoot(entry);
      if (reason === null) return;
      const line = lineAt(offsetOf(document, [...key.split('.'), String(index)], undefined));
      throw new ConfigError(
        `invalid config at '${key}.${index}': '${entry}' ${reason}; paths and globs in a config are relative to it and stay inside the repository (to scan another folder, name it on the command line)`,
        { file, line, key: `${key}.${index}` },
      );
    });
  }
  if (knownRuleIds) {
    for (const ruleId of Object.keys(config.rules ?? {})) {
      if (!knownRuleIds.includes(ruleId)) {
        const line = lineAt(offsetOf(document, ['rules'], ruleId));
        throw new ConfigError(`invalid config at 'rules.${ruleId}': unknown rule '${ruleId}' (known: ${knownRuleIds.join(', ')})`, { file, line, key: `rules.${ruleId}` });
      }
    }
  }
  return config;
}

/**
 * Why a config path or glob would reach outside the folder it is relative to (null: it does not): absolute,
 * a drive or UNC path, a `~` home path, or a `..` segment anywhere (a leading `!` negation is ignored).
 */
export function pathEscapesRoot(entry: string): string | null {
  const pattern = entry.startsWith('!') ? entry.slice(1) : entry;
  if (pattern.startsWith('/') || pattern.startsWith('\\') || /^[A-Za-z]:/.test(pattern)) return 'is an absolute path';
  if (pattern.startsWith('~')) return 'is a home-folder path';
  if (pattern.split(/[\\/]+/).some((segment) => segment === '..')) return "goes up with '..'";
  return null;
}

/** Read, parse and validate one config file. */
export function readConfigFile(file: string, knownRuleIds?: readonly string[]): ConfigFile {
  let text: string;
  try {
    text = readRegularFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof NotRegularFileError) throw new ConfigError(`the config file is not a regular file (${error.what}); give a regular file`, { file });
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(code === 'ENOENT' ? 'config file not found' : `cannot read config file (${code ?? String(error)})`, { file });
  }
  return parseConfigText(text, file, knownRuleIds);
}

/** Add a layer's entries to a list; `!entry` removes a previous layer's entry. */
function mergeList(base: string[], layer: readonly string[] | undefined): string[] {
  const result = [...base];
  for (const entry of layer ?? []) {
    if (entry.startsWith('!')) {
      const removed = entry.slice(1).toLowerCase();
      for (let i = result.length - 1; i >= 0; i--) if (result[i]!.toLowerCase() === removed) result.splice(i, 1);
    } else if (!result.includes(entry)) result.push(entry);
  }
  return result;
}

/** Presets named by `extends`, each preceded by the presets it extends, without repeats. */
function expandPresets(names: readonly string[], seen: string[] = []): string[] {
  for (const name of names) {
    if (seen.includes(name)) continue;
    const preset = presets[name];
    if (!preset) throw new ConfigError(`unknown preset '${name}' (known: ${Object.keys(presets).join(', ')})`, { key: 'extends' });
    expandPresets(toArray(preset.extends), seen);
    if (!seen.includes(name)) seen.push(name);
  }
  return seen;
}

function toArray(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function ruleSetting(entry: RuleEntry): { setting: 'error' | 'warn' | 'off'; options: Record<string, unknown> } {
  return Array.isArray(entry) ? { setting: entry[0], options: entry[1] ?? {} } : { setting: entry, options: {} };
}

/**
 * Merge presets and the project's file into the effective config. Lists add up layer by layer
 * (`!entry` removes); scalar settings and rules: the last layer that sets them wins.
 */
export function resolveConfig(project: ConfigFile | null, where: { file: string | null; baseDir: string }): ResolvedConfig {
  const presetNames = expandPresets(project?.extends === undefined ? ['recommended'] : toArray(project.extends));
  const layers: ConfigFile[] = [...presetNames.map((name) => presets[name]!), ...(project ? [project] : [])];
  const resolved: ResolvedConfig = {
    file: where.file,
    baseDir: where.baseDir,
    extends: presetNames,
    include: [],
    exclude: [],
    zones: { gateway: [], esb: [], local: [], internal: [], external: [] },
    rules: {},
    allowWithinSystem: true,
    maxWaiverDays: 365,
    inlineSuppressions: 'allow',
    ignoreHosts: [],
    deployments: [],
    bindings: [],
    gateway: { catalog: [], entrypoints: [], tokenEnv: null, managementUrl: null, environmentId: null },
  };
  for (const layer of layers) {
    resolved.deployments = mergeList(resolved.deployments, layer.deployments?.map((folder) => (folder.startsWith('!') ? `!${path.resolve(where.baseDir, folder.slice(1))}` : path.resolve(where.baseDir, folder))));
    for (const [name, entry] of Object.entries(layer.bindings ?? {})) {
      resolved.bindings = resolved.bindings.filter((binding) => binding.name !== name || binding.service !== entry.service);
      resolved.bindings.push({ ...entry, name, file: where.file ?? path.join(where.baseDir, 'arch-lint.config.yaml'), line: bindingLines.get(layer)?.[name] ?? 1 });
    }
    resolved.include = mergeList(resolved.include, layer.include);
    resolved.exclude = mergeList(resolved.exclude, layer.exclude);
    for (const zone of zoneNames) resolved.zones[zone] = mergeList(resolved.zones[zone], layer.zones?.[zone]);
    for (const [ruleId, entry] of Object.entries(layer.rules ?? {})) resolved.rules[ruleId] = ruleSetting(entry);
    if (layer.allowWithinSystem !== undefined) resolved.allowWithinSystem = layer.allowWithinSystem;
    if (layer.maxWaiverDays !== undefined) resolved.maxWaiverDays = layer.maxWaiverDays;
    if (layer.inlineSuppressions !== undefined) resolved.inlineSuppressions = layer.inlineSuppressions;
    resolved.ignoreHosts = mergeList(resolved.ignoreHosts, layer.ignoreHosts);
    const gateway = layer.gateway;
    if (gateway) {
      resolved.gateway.catalog = mergeList(resolved.gateway.catalog, gateway.catalog);
      resolved.gateway.entrypoints = mergeList(resolved.gateway.entrypoints, gateway.entrypoints);
      if (gateway.tokenEnv !== undefined) resolved.gateway.tokenEnv = gateway.tokenEnv;
      if (gateway.managementUrl !== undefined) resolved.gateway.managementUrl = gateway.managementUrl;
      if (gateway.environmentId !== undefined) resolved.gateway.environmentId = gateway.environmentId;
    }
  }
  if (resolved.include.length === 0) resolved.include = ['**/*'];
  return resolved;
}

export interface LoadConfigOptions {
  /** Directory the upward search starts from (the scan root). */
  root: string;
  /** Explicit config file (`--config`); relative to `cwd`. */
  configFile?: string;
  cwd?: string;
  /** Rule ids the config may name; an unknown one is a ConfigError. */
  knownRuleIds?: readonly string[];
  /** Preset to apply when no config file is found (instead of `recommended`): `arch-lint init --preset`. */
  preset?: string;
}

/** Find (or take the given) config file, validate it and merge it with its presets. */
export function loadConfig(options: LoadConfigOptions): ResolvedConfig {
  const file = options.configFile ? path.resolve(options.cwd ?? process.cwd(), options.configFile) : findConfigFile(options.root);
  if (!file) return resolveConfig(options.preset === undefined ? null : { extends: options.preset }, { file: null, baseDir: path.resolve(options.root) });
  const project = readConfigFile(file, options.knownRuleIds);
  try {
    return resolveConfig(project, { file, baseDir: path.dirname(file) });
  } catch (error) {
    if (error instanceof ConfigError && error.file === null) throw new ConfigError(error.message, { file, key: error.key });
    throw error;
  }
}
