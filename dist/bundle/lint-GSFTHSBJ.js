import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  FactsCache,
  buildId,
  cacheFilePath,
  defaultCacheLocation
} from "./chunk-J5EFIQFO.js";
import {
  contentHash
} from "./chunk-FF56TAFF.js";
import {
  ruleIds
} from "./chunk-LY4HRYB4.js";
import {
  discover,
  toPosix
} from "./chunk-JVZH6ENW.js";
import {
  packageRoot
} from "./chunk-SXZKW5CL.js";
import {
  cacheWriteProblem,
  isTemporaryName,
  removeStaleTemporaries,
  writeFileAtomically
} from "./chunk-PRLEQUUI.js";
import {
  loadConfig
} from "./chunk-OXAURLD4.js";
import "./chunk-ND36G54U.js";
import "./chunk-JHCQOTT6.js";
import "./chunk-JDHQ7UT6.js";
import "./chunk-GUPHNWYI.js";
import {
  readerKey
} from "./chunk-FSEKV4I4.js";
import {
  scanRoot
} from "./chunk-W24JQI5D.js";
import {
  changedLines
} from "./chunk-VCACU2SD.js";
import "./chunk-LSIP4624.js";
import {
  UsageError
} from "./chunk-3VKQMKA4.js";
import "./chunk-B3SFOPOV.js";

// dist/lint.js
import { existsSync as existsSync2, readFileSync as readFileSync3 } from "node:fs";
import path4 from "node:path";

// dist/cache/walk-memos.js
import { readFileSync } from "node:fs";
import path from "node:path";
var MEMO_FORMAT = 2;
var WalkMemoFile = class {
  root;
  build;
  file;
  constructor(factsCacheFile, root, build) {
    this.root = root;
    this.build = build;
    this.file = `${factsCacheFile.replace(/\.json$/, "")}.walk.json`;
  }
  /** The recorded memos (none when the file is missing or not this build's and root's). */
  load() {
    try {
      const data = JSON.parse(readFileSync(this.file, "utf8"));
      if (data.format === MEMO_FORMAT && data.build === this.build && data.root === path.resolve(this.root) && typeof data.walks === "object" && data.walks !== null)
        return data.walks;
    } catch {
    }
    return {};
  }
  /** Write `next` unless it is `previous` (a replayed walk returns the recorded memo object itself). */
  async save(previous, next) {
    const keys = Object.keys(next);
    if (keys.length === Object.keys(previous).length && keys.every((key) => previous[key] === next[key]))
      return;
    const data = { format: MEMO_FORMAT, build: this.build, root: path.resolve(this.root), walks: { ...next } };
    await writeFileAtomically(this.file, JSON.stringify(data));
  }
};

// dist/cache/result-cache.js
import { createHash, randomBytes } from "node:crypto";
import { existsSync, readFileSync as readFileSync2, readdirSync, rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path2 from "node:path";
var RECORD_FORMAT = 1;
var RACY_MARGIN_MS = 1e3;
function scanKey(identity) {
  const hash = createHash("sha256");
  hash.update(JSON.stringify({
    format: RECORD_FORMAT,
    build: identity.build,
    root: identity.root,
    paths: identity.paths,
    config: identity.config,
    day: identity.day,
    rules: identity.rules,
    reportUnusedDisableDirectives: identity.reportUnusedDisableDirectives,
    baseline: identity.baseline,
    baselineFile: identity.baselineFile,
    problems: identity.problems
  }));
  const names = [];
  const stats = new Float64Array(identity.files.length * 4);
  identity.files.forEach((file, index) => {
    const stat2 = file.stat;
    names.push(stat2 ? `${file.path}\0${readerKey(file.kind)}` : `${file.path}\0${randomBytes(16).toString("hex")}`);
    if (stat2)
      stats.set([stat2.size, stat2.mtimeMs, stat2.ctimeMs, stat2.ino], index * 4);
  });
  hash.update(`
${names.join("\n")}
`);
  hash.update(new Uint8Array(stats.buffer));
  return hash.digest("hex");
}
function statsAreSettled(files, scanStartedAt) {
  const limit = scanStartedAt - RACY_MARGIN_MS;
  return files.every((file) => file.stat !== void 0 && file.stat.mtimeMs <= limit && file.stat.ctimeMs <= limit);
}
function hashOfFile(file) {
  try {
    return contentHash(readFileSync2(file, "utf8"));
  } catch {
    return null;
  }
}
function isRecord(value) {
  if (typeof value !== "object" || value === null)
    return false;
  const record = value;
  return record.format === RECORD_FORMAT && typeof record.key === "string" && typeof record.reads === "object" && record.reads !== null && typeof record.summary === "object" && record.summary !== null;
}
function sameFiles(a, b) {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && a[key] === b[key]);
}
var ResultCache = class {
  /** `<name>.result.json` beside the facts cache file `<name>.json`. */
  recordFile;
  stem;
  constructor(factsCacheFile) {
    this.stem = factsCacheFile.replace(/\.json$/, "");
    this.recordFile = `${this.stem}.result.json`;
  }
  reportFile(key) {
    return `${this.stem}.report-${key.slice(0, 32)}.json`;
  }
  /**
   * The cached result for this key, after checking the files read beside the discovered ones and the catalogue
   * (`matchCatalog` lists what its globs match now). Null on any difference or unreadable record.
   */
  async lookup(key, matchCatalog) {
    let record;
    try {
      record = JSON.parse(await readFile(this.recordFile, "utf8"));
    } catch {
      return null;
    }
    if (!isRecord(record) || record.key !== key)
      return null;
    for (const [file, hash] of Object.entries(record.reads))
      if (hashOfFile(file) !== hash)
        return null;
    if (record.catalog) {
      const { patterns, baseDir } = record.catalog;
      const now = {};
      for (const match of await matchCatalog(patterns, baseDir))
        now[match] = hashOfFile(path2.join(baseDir, match));
      if (!sameFiles(now, record.catalog.files))
        return null;
    }
    const reportFile = this.reportFile(key);
    if (!existsSync(reportFile))
      return null;
    return { summary: record.summary, reportFile };
  }
  /** Keep `reportJson` (the result as `formatJson` writes it) for `key`, replacing the previous result of this root; returns the report's file. */
  async store(key, inputs, summary, reportJson) {
    const record = { format: RECORD_FORMAT, key, reads: inputs.reads, catalog: inputs.catalog, summary };
    const reportFile = this.reportFile(key);
    await writeFileAtomically(reportFile, reportJson);
    await writeFileAtomically(this.recordFile, JSON.stringify(record));
    const prefix = `${path2.basename(this.stem)}.report-`;
    const folder = path2.dirname(reportFile);
    const names = readdirSync(folder);
    for (const name of names) {
      if (isTemporaryName(name))
        continue;
      if (name.startsWith(prefix) && name !== path2.basename(reportFile))
        rmSync(path2.join(folder, name), { force: true });
    }
    removeStaleTemporaries(folder, null, Date.now(), names);
    return reportFile;
  }
};

// dist/discover/deployments.js
import { stat } from "node:fs/promises";
import path3 from "node:path";
function isInside(folder, root) {
  const relative = path3.relative(root, folder);
  return relative === "" || !relative.startsWith("..") && !path3.isAbsolute(relative);
}
function shown(file, root) {
  return toPosix(path3.relative(root, file)) || ".";
}
function deploymentFolders(config, fromCommandLine, cwd, root) {
  const given = fromCommandLine.map((folder) => path3.resolve(cwd, folder));
  const problems = [];
  const folders = [...given];
  for (const folder of config.deployments) {
    if (folders.includes(folder))
      continue;
    if (isInside(folder, root))
      folders.push(folder);
    else
      problems.push({
        file: config.file === null ? null : shown(config.file, root),
        severity: "warning",
        code: "deployments-outside-root",
        message: `deployments folder ${shown(folder, root)} is outside the repository and was not read: a config file may not make the scan read outside the repository. Name it on the command line (--deployments ${shown(folder, root)}) to read it.`
      });
  }
  return { folders, problems };
}
async function discoverDeploymentFiles(folders, root) {
  const files = [];
  const problems = [];
  const read = [];
  for (const folder of folders) {
    try {
      const info = await stat(folder);
      if (!info.isDirectory())
        throw Object.assign(new Error("not a directory"), { code: "ENOTDIR" });
      const found = await discover({ root: folder, paths: [folder] });
      for (const file of found.files)
        if (file.kind.type === "manifest")
          files.push({ ...file, path: shown(file.absPath, root) });
      problems.push(...found.problems);
      read.push(folder);
    } catch (error) {
      const code = error.code ?? (error instanceof Error ? error.message : String(error));
      problems.push({ file: shown(folder, root), severity: "warning", code: "deployments-unreadable", message: `cannot read deployments folder ${shown(folder, root)} (${code}); its bindings are not used` });
    }
  }
  return { files, problems, folders: read };
}

// dist/lint.js
function readToolVersion() {
  const manifest = JSON.parse(readFileSync3(new URL("package.json", packageRoot), "utf8"));
  return typeof manifest.version === "string" ? manifest.version : "0.0.0";
}
var toolVersion = readToolVersion();
function residentState(root) {
  return { facts: FactsCache.inMemory(root, toolVersion), walkMemos: {} };
}
async function startReadingStagedIndex(root) {
  const [{ readStagedIndex }, { preloadExtractors }, { classifyFile }] = await Promise.all([import("./staged-5PF7GTKC.js"), import("./extract-KT6XOJSH.js"), import("./classify-GMXYGV7L.js")]);
  const index = readStagedIndex(root, (staged) => {
    const kinds = staged.map((file) => classifyFile(file, { packageDirs: /* @__PURE__ */ new Set() })).filter((kind) => kind !== null);
    preloadExtractors(kinds);
  });
  index.catch(() => void 0);
  return { index };
}
async function lint(options = {}) {
  const outcome = await scan(options);
  try {
    return outcome.result();
  } catch (error) {
    if (outcome.reused && error.code === "ENOENT")
      return (await scan({ ...options, reuseResult: false })).result();
    throw error;
  }
}
async function scan(options = {}) {
  const cwd = path4.resolve(options.cwd ?? process.cwd());
  const paths = options.paths ?? [];
  for (const given of paths) {
    if (!existsSync2(path4.resolve(cwd, given)))
      throw new UsageError(`no such file or directory: ${given}`);
  }
  const root = scanRoot(cwd, paths);
  const stagedIndex = options.staged && paths.every((given) => path4.resolve(cwd, given) === root) ? (await startReadingStagedIndex(root)).index : void 0;
  const config = loadConfig({ root, configFile: options.configFile, cwd, knownRuleIds: ruleIds, ...options.preset === void 0 ? {} : { preset: options.preset } });
  if (options.staged && paths.some((given) => path4.resolve(cwd, given) !== root)) {
    throw new UsageError("--staged scans the files staged in git: give no paths, or only the root directory");
  }
  const changed = options.changedSince !== void 0 ? await changedLines(root, options.changedSince) : null;
  const now = options.now ?? /* @__PURE__ */ new Date();
  const cacheFile = options.cache && !options.resident ? cacheFilePath(typeof options.cache === "string" ? path4.resolve(cwd, options.cache) : defaultCacheLocation(root), root) : null;
  const deployments = deploymentFolders(config, options.deployments ?? [], cwd, root);
  const resultCache = deployments.folders.length === 0 && cacheFile !== null && options.reuseResult !== false && !options.staged && changed === null && (options.suppressionPasses ?? []).length === 0 ? new ResultCache(cacheFile) : null;
  const scanStartedAt = Date.now();
  let discovered = null;
  let cacheWriteTrouble = null;
  let resultKey = null;
  if (!options.staged) {
    const build = buildId(toolVersion);
    const walkMemoFile = cacheFile === null ? null : new WalkMemoFile(cacheFile, root, build);
    const previousWalks = walkMemoFile?.load() ?? {};
    const memoSource = options.resident?.walkMemos ?? (walkMemoFile ? previousWalks : null);
    const walkMemos = memoSource ? { walkMemos: { previous: memoSource, settledBefore: scanStartedAt - RACY_MARGIN_MS } } : {};
    discovered = await discover({ root, paths: paths.length > 0 ? paths.map((p) => path4.resolve(cwd, p)) : [root], include: config.include, exclude: config.exclude, ...walkMemos });
    if (options.resident && discovered.walkMemos)
      options.resident.walkMemos = { ...options.resident.walkMemos, ...discovered.walkMemos };
    discovered.problems.push(...deployments.problems);
    if (deployments.folders.length > 0) {
      const extra = await discoverDeploymentFiles(deployments.folders, root);
      discovered.files.push(...extra.files);
      discovered.problems.push(...extra.problems);
    }
    if (walkMemoFile)
      await walkMemoFile.save(previousWalks, discovered.walkMemos ?? {}).catch((error) => cacheWriteTrouble = cacheWriteProblem(walkMemoFile.file, error));
    if (resultCache) {
      resultKey = scanKey({
        build,
        root,
        paths: paths.map((given) => toPosix(path4.relative(root, path4.resolve(cwd, given)))),
        config,
        day: now.toISOString().slice(0, 10),
        rules: options.rules ?? null,
        reportUnusedDisableDirectives: options.reportUnusedDisableDirectives === true,
        baseline: options.baseline ?? null,
        baselineFile: options.baselineFile === void 0 ? null : path4.resolve(cwd, options.baselineFile),
        files: discovered.files,
        problems: discovered.problems
      });
      const hit = await resultCache.lookup(resultKey, async (patterns, baseDir) => (await import("./load-C7T6DAXH.js")).catalogFiles(patterns, baseDir));
      if (hit) {
        let parsed = null;
        return {
          summary: hit.summary,
          // Results with an error-level problem are never stored.
          incomplete: false,
          result: () => parsed ??= JSON.parse(readFileSync3(hit.reportFile, "utf8")),
          reportFile: hit.reportFile,
          reused: true
        };
      }
    }
  }
  const { runPipeline } = await import("./pipeline-GTLW5OFT.js");
  const { result, reads, catalogRead } = await runPipeline({ options, cwd, root, paths, config, changed, now, toolVersion, cacheFile, discovered, trackReads: resultCache !== null, ...stagedIndex ? { stagedIndex } : {} });
  if (cacheWriteTrouble)
    result.problems.unshift(cacheWriteTrouble);
  const incomplete = result.problems.some((problem) => problem.severity === "error");
  let reportFile = null;
  const cacheTrouble = result.problems.some((problem) => problem.code.startsWith("cache-"));
  if (resultCache && resultKey !== null && discovered && !incomplete && !cacheTrouble && statsAreSettled(discovered.files, scanStartedAt)) {
    const { formatJson } = await import("./json-JXJH2PMW.js");
    const { redactResult } = await import("./redact-5LL2WJAG.js");
    const catalogInputs = config.gateway.catalog.length > 0 ? { patterns: config.gateway.catalog, baseDir: config.baseDir, files: Object.fromEntries(catalogRead.map((file) => [file.path, file.content === null ? null : contentHash(file.content)])) } : null;
    const readInputs = Object.fromEntries([...reads].map(([file, hash]) => [path4.join(root, file), hash]));
    reportFile = await resultCache.store(resultKey, { reads: readInputs, catalog: catalogInputs }, result.summary, formatJson(redactResult(result))).catch((error) => {
      result.problems.unshift(cacheWriteProblem(path4.dirname(cacheFile), error));
      return null;
    });
  }
  return { summary: result.summary, incomplete, result: () => result, reportFile, reused: false };
}
export {
  lint,
  residentState,
  scan,
  toolVersion
};
//# sourceMappingURL=lint-GSFTHSBJ.js.map
