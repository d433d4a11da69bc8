/**
 * Module resolution as the build sees it, for TS/JS (issue "Real code, part 1", point 3): the import specifiers a
 * project maps to its own files besides relative paths —
 * - `tsconfig.json` / `jsconfig.json` `compilerOptions.paths` (with `baseUrl` and a relative `extends`);
 * - Vite and webpack `resolve.alias` written as a static object or array in their config files;
 * - `module-alias` (`_moduleAliases` in package.json) and package.json `imports` (`#lib/*`);
 * - workspace packages of a monorepo (`@org/shared` → the folder whose package.json names it).
 * Config files are read as text and parsed, never executed. Each mapping applies to the files below the folder of
 * the config that states it (the nearest wins); workspace packages apply everywhere.
 */
import { ancestorDirs, joinPath } from './ancestors.js';
import { dirname, normalisePath } from '../modules.js';

/** One mapping: a specifier pattern (`@app/*`, `@`, `#lib/*`) to root-relative path patterns (`src/app/*`). */
export interface AliasRule {
  pattern: string;
  targets: string[];
}

export interface ProjectModules {
  /** Mappings by folder (root-relative, '' = root) of the config that states them. */
  rulesByDir: Map<string, AliasRule[]>;
  /** Workspace packages: package name → root-relative folder and entry candidates (root-relative, without guessing extensions). */
  packages: Map<string, { dir: string; entries: string[] }>;
  /**
   * Files a build configuration puts in place of another (Angular's `fileReplacements`: `environment.ts` replaced by
   * `environment.prod.ts` in the `production` build): root-relative file → each replacement and the configuration
   * (and angular.json) that makes it.
   */
  replacements: Map<string, { with: string; configuration: string; config: string }[]>;
}

const CONFIG_NAMES = ['tsconfig.json', 'jsconfig.json'];
const BUNDLER_CONFIGS = ['vite.config.ts', 'vite.config.js', 'vite.config.mjs', 'vite.config.mts', 'webpack.config.js', 'webpack.config.cjs', 'webpack.config.mjs', 'webpack.config.ts'];

/** JSON with comments and trailing commas (tsconfig's dialect) parsed; null when it is not JSON even so. */
export function parseJsonc(text: string): unknown {
  // Most files (every package.json) are plain JSON: no need to strip anything.
  try {
    return JSON.parse(text);
  } catch {
    // Comments or trailing commas: strip them below.
  }
  let out = '';
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (inString) {
      out += char;
      if (char === '\\') out += text[++index] ?? '';
      else if (char === '"') inString = false;
      continue;
    }
    if (char === '"') {
      inString = true;
      out += char;
    } else if (char === '/' && text[index + 1] === '/') {
      while (index < text.length && text[index] !== '\n') index++;
      out += '\n';
    } else if (char === '/' && text[index + 1] === '*') {
      const end = text.indexOf('*/', index + 2);
      index = end < 0 ? text.length : end + 1;
    } else out += char;
  }
  try {
    return JSON.parse(out.replace(/,(\s*[}\]])/g, '$1'));
  } catch {
    return null;
  }
}

/** A JSON object's properties, or null for any other value. */
export function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/** A relative path written in a config (`./src/*`, `src`, `/src` for Vite's root-absolute form) as a root-relative one. */
function fromConfig(dir: string, written: string): string | null {
  const path = written.startsWith('/') ? written.slice(1) : written;
  return normalisePath(joinPath(dir, path));
}

/** `paths` of a tsconfig/jsconfig and those it extends (relative `extends` only), resolved against their `baseUrl`. */
function tsconfigRules(dir: string, name: string, readText: (file: string) => string | null, depth = 0): AliasRule[] {
  if (depth > 5) return [];
  const file = joinPath(dir, name);
  const config = record(parseJsonc(readText(file) ?? ''));
  if (!config) return [];
  const options = record(config.compilerOptions);
  const inherited: AliasRule[] = [];
  const extendsList = typeof config.extends === 'string' ? [config.extends] : Array.isArray(config.extends) ? config.extends.filter((entry): entry is string => typeof entry === 'string') : [];
  for (const parent of extendsList) {
    if (!parent.startsWith('.')) continue;
    const parentFile = normalisePath(joinPath(dir, parent.endsWith('.json') ? parent : `${parent}.json`));
    if (parentFile) inherited.push(...tsconfigRules(dirname(parentFile), parentFile.slice(parentFile.lastIndexOf('/') + 1), readText, depth + 1));
  }
  const paths = record(options?.paths);
  if (!paths) return inherited;
  const baseUrl = typeof options?.baseUrl === 'string' ? fromConfig(dir, options.baseUrl) : dir;
  if (baseUrl === null) return inherited;
  const own: AliasRule[] = [];
  for (const [pattern, targets] of Object.entries(paths)) {
    if (!Array.isArray(targets)) continue;
    const resolved = targets.flatMap((target) => (typeof target === 'string' ? [fromConfig(baseUrl, target)] : [])).filter((target): target is string => target !== null);
    if (resolved.length > 0) own.push({ pattern, targets: resolved });
  }
  return [...own, ...inherited.filter((rule) => !own.some((mine) => mine.pattern === rule.pattern))];
}

/** The folder a Vite/webpack alias value names: a string, `path.resolve(__dirname, 'src')`, `fileURLToPath(new URL('./src', import.meta.url))`. */
function aliasTarget(dir: string, value: string): string | null {
  const literal = /^\s*['"`]([^'"`]+)['"`]\s*$/.exec(value);
  if (literal) return fromConfig(dir, literal[1]!);
  const resolveCall = /(?:path\.)?(?:resolve|join)\(\s*(?:__dirname|process\.cwd\(\)|['"`]\.['"`])\s*,\s*((?:['"`][^'"`]*['"`]\s*,?\s*)+)\)/.exec(value);
  if (resolveCall) {
    const parts = [...resolveCall[1]!.matchAll(/['"`]([^'"`]*)['"`]/g)].map((match) => match[1]!);
    return fromConfig(dir, parts.join('/'));
  }
  const urlCall = /new URL\(\s*['"`]([^'"`]+)['"`]\s*,\s*import\.meta\.url\s*\)/.exec(value);
  if (urlCall) return fromConfig(dir, urlCall[1]!);
  return null;
}

/** `alias: { '@': …, '~lib': … }` and `alias: [{ find: '@', replacement: … }]` in a bundler config's text. */
export function bundlerAliasRules(dir: string, text: string): AliasRule[] {
  const rules: AliasRule[] = [];
  const start = /\balias\s*:\s*([[{])/.exec(text);
  if (!start) return rules;
  // The alias block: up to its matching bracket.
  const open = start.index + start[0].length - 1;
  let depth = 0;
  let end = open;
  for (; end < text.length; end++) {
    const char = text[end];
    if (char === '{' || char === '[' || char === '(') depth++;
    else if (char === '}' || char === ']' || char === ')') depth--;
    if (depth === 0) break;
  }
  const block = text.slice(open + 1, end);
  if (start[1] === '[') {
    for (const entry of block.matchAll(/find\s*:\s*['"`]([^'"`]+)['"`]\s*,\s*replacement\s*:\s*([^}]+)\}/g)) {
      const target = aliasTarget(dir, entry[2]!.replace(/,\s*$/, ''));
      if (target !== null) rules.push({ pattern: entry[1]!, targets: [target] });
    }
    return rules;
  }
  for (const entry of block.matchAll(/(?:['"`]([^'"`]+)['"`]|([A-Za-z_$][\w$]*))\s*:\s*((?:[^,()]|\([^()]*(?:\([^()]*\)[^()]*)*\))+)/g)) {
    const key = entry[1] ?? entry[2]!;
    const target = aliasTarget(dir, entry[3]!);
    if (target !== null) rules.push({ pattern: key, targets: [target] });
  }
  return rules;
}

/** A package.json export's entry file (`exports['.']`, with conditions), `source`, `module`, `main`. */
function conditionalTargets(dir: string, value: unknown): string[] {
  const entries: string[] = [];
  const add = (entry: unknown): void => {
    if (typeof entry === 'string') {
      const path = fromConfig(dir, entry);
      if (path !== null) entries.push(path);
    } else if (record(entry)) for (const key of ['source', 'import', 'default', 'require', 'node', 'types']) add(record(entry)![key]);
  };
  add(value);
  return entries;
}

function packageEntries(dir: string, manifest: Record<string, unknown>): string[] {
  const exportsField = manifest.exports;
  const main = typeof exportsField === 'string' ? exportsField : record(exportsField)?.['.'];
  return [main, ...['source', 'module', 'main', 'types'].map((key) => manifest[key])].flatMap((value) => conditionalTargets(dir, value));
}

/** package.json `imports` (`#lib/*`) and `_moduleAliases` (module-alias) as rules of its folder. */
function packageRules(dir: string, manifest: Record<string, unknown>): AliasRule[] {
  const rules: AliasRule[] = [];
  for (const [pattern, value] of Object.entries(record(manifest.imports) ?? {})) {
    const targets = conditionalTargets(dir, value);
    if (targets.length > 0) rules.push({ pattern, targets });
  }
  for (const [pattern, value] of Object.entries(record(manifest._moduleAliases) ?? {})) {
    if (typeof value !== 'string') continue;
    const target = fromConfig(dir, value);
    if (target !== null) rules.push({ pattern, targets: [target] });
  }
  return rules;
}

/** The project's module mappings, read from the config files of every folder that holds a scanned TS/JS file or lies above one. */
/**
 * `readText` limited to the files discovery found, when it says (its package folders' package.json files and its
 * module configs: tsconfig, Vite/webpack configs, angular.json): a file it did not find is not asked for.
 */
export function knownFilesReader(readText: (file: string) => string | null, known?: { packageDirs: readonly string[]; configs: readonly string[] }): (file: string) => string | null {
  if (!known) return readText;
  const exists = new Set([...known.configs, ...known.packageDirs.map((dir) => joinPath(dir, 'package.json'))]);
  return (file) => (exists.has(file) ? readText(file) : null);
}

export function readProjectModules(
  sourceFiles: readonly string[],
  readText: (file: string) => string | null,
  known?: { packageDirs: readonly string[]; configs: readonly string[] },
): ProjectModules {
  const dirs = new Set<string>();
  const read = knownFilesReader(readText, known);
  if (known) for (const dir of ['', ...known.packageDirs]) dirs.add(dir);
  else for (const file of sourceFiles) for (const dir of ancestorDirs(file)) dirs.add(dir);
  const rulesByDir = new Map<string, AliasRule[]>();
  const packages = new Map<string, { dir: string; entries: string[] }>();
  const replacements = new Map<string, { with: string; configuration: string; config: string }[]>();
  for (const dir of [...dirs].sort()) {
    const rules: AliasRule[] = [];
    const packageText = read(joinPath(dir, 'package.json'));
    if (packageText !== null || dir === '') readFileReplacements(joinPath(dir, 'angular.json'), read, replacements);
    // Build configs sit beside a package.json (or at the root): other folders are not asked for a dozen files each.
    if (packageText !== null || dir === '') {
      for (const name of CONFIG_NAMES) rules.push(...tsconfigRules(dir, name, read));
      for (const name of BUNDLER_CONFIGS) {
        const text = read(joinPath(dir, name));
        if (text !== null) rules.push(...bundlerAliasRules(dir, text));
      }
    }
    const manifest = record(parseJsonc(packageText ?? ''));
    if (manifest) {
      rules.push(...packageRules(dir, manifest));
      if (typeof manifest.name === 'string' && dir !== '' && !packages.has(manifest.name)) packages.set(manifest.name, { dir, entries: packageEntries(dir, manifest) });
    }
    if (rules.length > 0) rulesByDir.set(dir, rules);
  }
  return { rulesByDir, packages, replacements };
}

/**
 * Angular's `fileReplacements` of every build configuration of every project in `config` (an angular.json): paths
 * are relative to the workspace, the folder of angular.json.
 */
function readFileReplacements(config: string, read: (file: string) => string | null, into: Map<string, { with: string; configuration: string; config: string }[]>): void {
  const text = read(config);
  const workspace = text === null ? null : record(parseJsonc(text));
  if (!workspace) return;
  const base = config.includes('/') ? config.slice(0, config.lastIndexOf('/')) : '';
  for (const project of Object.values(record(workspace.projects) ?? {})) {
    const targets = record(record(project)?.architect) ?? record(record(project)?.targets);
    const configurations = record(record(targets?.build)?.configurations);
    for (const [configuration, settings] of Object.entries(configurations ?? {})) {
      const list = record(settings)?.fileReplacements;
      if (!Array.isArray(list)) continue;
      for (const entry of list) {
        const replace = record(entry)?.replace;
        const replacement = record(entry)?.with;
        if (typeof replace !== 'string' || typeof replacement !== 'string') continue;
        const from = fromConfig(base, replace);
        const to = fromConfig(base, replacement);
        if (from === null || to === null || from === to) continue;
        const found = into.get(from) ?? [];
        if (!found.some((known) => known.configuration === configuration && known.with === to)) found.push({ with: to, configuration, config });
        into.set(from, found);
      }
    }
  }
}

/** Where a specifier may point by one rule: `@app/*` with `@app/x` → `src/app/x`; an exact or prefix (`@` → `@/x`) match. */
function applyRule(rule: AliasRule, specifier: string): string[] {
  const star = rule.pattern.indexOf('*');
  if (star >= 0) {
    const head = rule.pattern.slice(0, star);
    const tail = rule.pattern.slice(star + 1);
    if (!specifier.startsWith(head) || !specifier.endsWith(tail) || specifier.length < head.length + tail.length) return [];
    const middle = specifier.slice(head.length, specifier.length - tail.length);
    return rule.targets.map((target) => target.replace('*', middle));
  }
  if (specifier === rule.pattern) return rule.targets;
  if (specifier.startsWith(`${rule.pattern}/`)) return rule.targets.map((target) => joinPath(target, specifier.slice(rule.pattern.length + 1)));
  return [];
}

/** Candidate root-relative paths (without extension guessing) for a bare specifier imported from `fromFile`. */
export function aliasCandidates(project: ProjectModules, specifier: string, fromFile: string): string[] {
  const out: string[] = [];
  for (const dir of ancestorDirs(fromFile)) {
    const rules = project.rulesByDir.get(dir);
    if (!rules) continue;
    for (const rule of rules) out.push(...applyRule(rule, specifier));
    if (out.length > 0) return out;
  }
  // Workspace packages: the longest name that the specifier starts with.
  const names = [...project.packages.keys()].filter((name) => specifier === name || specifier.startsWith(`${name}/`)).sort((a, b) => b.length - a.length);
  const found = names[0] === undefined ? undefined : project.packages.get(names[0]);
  if (found) {
    const rest = specifier.slice(names[0]!.length + 1);
    if (rest) out.push(joinPath(found.dir, rest), joinPath(found.dir, `src/${rest}`));
    else out.push(...found.entries.map(stripBuildFolder), ...found.entries, joinPath(found.dir, 'src/index'), joinPath(found.dir, 'index'));
  }
  return out;
}

/** A package's built entry (`dist/index.js`) stands for its source (`src/index.ts`) in a scan that skips build output. */
function stripBuildFolder(entry: string): string {
  return entry.replace(/(^|\/)(dist|build|lib|out)\//, '$1src/');
}
