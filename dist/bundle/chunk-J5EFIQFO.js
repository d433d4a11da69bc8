import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  contentHash
} from "./chunk-FF56TAFF.js";
import {
  writeFileAtomically
} from "./chunk-PRLEQUUI.js";
import {
  readerKey
} from "./chunk-FSEKV4I4.js";

// dist/cache/facts-cache.js
import { createHash } from "node:crypto";
import { existsSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
var CACHE_FORMAT = 2;
var RACY_MARGIN_MS = 1e3;
function defaultCacheLocation(root) {
  return existsSync(path.join(root, "node_modules")) ? path.join(root, "node_modules", ".cache", "arch-lint") : path.join(root, ".arch-lint-cache");
}
function cacheFilePath(location, root) {
  const looksLikeDirectory = /[\\/]$/.test(location) || existsSync(location) && statSync(location).isDirectory() || path.extname(location) === "";
  const rootKey = createHash("sha256").update(path.resolve(root)).digest("hex").slice(0, 12);
  return looksLikeDirectory ? path.join(location, `facts-${rootKey}.json`) : location;
}
function buildId(toolVersion) {
  let stamp = "";
  try {
    stamp = String(statSync(new URL(import.meta.url)).mtimeMs);
  } catch {
  }
  return `${toolVersion}+${stamp}`;
}
function isCacheFile(value) {
  if (typeof value !== "object" || value === null)
    return false;
  const record = value;
  return typeof record.format === "number" && typeof record.build === "string" && typeof record.entries === "object" && record.entries !== null && !Array.isArray(record.entries);
}
var FactsCache = class _FactsCache {
  file;
  build;
  root;
  entries;
  seen = /* @__PURE__ */ new Set();
  dirty = false;
  /** Files whose facts came from the cache / had to be extracted, this run. */
  hits = 0;
  misses = 0;
  /** In memory only (`inMemory`): `save` prunes and writes nothing. */
  memoryOnly = false;
  constructor(file, build, root, entries) {
    this.file = file;
    this.build = build;
    this.root = root;
    this.entries = entries;
  }
  /**
   * Open the cache file (missing = empty). A file that cannot be parsed, or was written by another build or
   * for another root, is ignored: the run starts empty, and an unreadable one is reported as a warning.
   */
  static async open(file, root, toolVersion) {
    const build = buildId(toolVersion);
    const empty = () => /* @__PURE__ */ Object.create(null);
    let text;
    try {
      text = await readFile(file, "utf8");
    } catch (error) {
      const code = error.code;
      const problem = code === "ENOENT" ? null : { file: null, severity: "warning", code: "cache-unreadable", message: `cannot read the cache ${file} (${code ?? String(error)}); scanning without it` };
      return { cache: new _FactsCache(file, build, root, empty()), problem };
    }
    let data;
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
    if (!isCacheFile(data)) {
      return {
        cache: new _FactsCache(file, build, root, empty()),
        problem: { file: null, severity: "warning", code: "cache-corrupt", message: `the cache ${file} is corrupt (not a cache file arch-lint wrote); ignored it, it will be rewritten` }
      };
    }
    const usable = data.format === CACHE_FORMAT && data.build === build && data.root === path.resolve(root);
    const entries = empty();
    if (usable)
      Object.assign(entries, data.entries);
    const cache = new _FactsCache(file, build, root, entries);
    cache.dirty = !usable;
    return { cache, problem: null };
  }
  /**
   * A cache kept in memory by a long-lived process (the resident mode): the same entries and rules as the file, never
   * written. Stored facts are frozen: the same objects serve every later scan, which must not be able to change them.
   */
  static inMemory(root, toolVersion) {
    const cache = new _FactsCache(`(memory: ${path.resolve(root)})`, buildId(toolVersion), root, /* @__PURE__ */ Object.create(null));
    cache.memoryOnly = true;
    return cache;
  }
  /** Start counting a new scan: what it sees (for `save`'s pruning), hits and misses. */
  beginRun() {
    this.seen.clear();
    this.hits = 0;
    this.misses = 0;
  }
  /** Number of files with an entry. */
  get size() {
    return Object.keys(this.entries).length;
  }
  /** Cached facts for `file` when its size and mtime say it has not changed since it was hashed; no read needed. */
  lookupByStat(file, stat) {
    const entry = Object.hasOwn(this.entries, file.path) ? this.entries[file.path] : void 0;
    if (!entry || entry.kind !== readerKey(file.kind))
      return null;
    if (entry.size !== stat.size || entry.mtimeMs !== stat.mtimeMs || entry.ctimeMs !== stat.ctimeMs || entry.ino !== stat.ino)
      return null;
    if (Math.max(entry.mtimeMs, entry.ctimeMs) > entry.hashedAt - RACY_MARGIN_MS)
      return null;
    this.seen.add(file.path);
    this.hits++;
    return entry.facts;
  }
  /** Cached facts for `file` with this content (hash compared), or null; `hash` is for `store`. */
  lookupByContent(file, content) {
    const hash = contentHash(content);
    const entry = Object.hasOwn(this.entries, file.path) ? this.entries[file.path] : void 0;
    this.seen.add(file.path);
    if (entry && entry.kind === readerKey(file.kind) && entry.hash === hash) {
      this.hits++;
      return { facts: entry.facts, hash };
    }
    this.misses++;
    return { facts: null, hash };
  }
  /** Remember facts for `file`. `stat` is null when the content did not come from the work tree (staged content): no fast path then. */
  store(file, hash, stat, facts, hashedAt = Date.now()) {
    this.seen.add(file.path);
    if (this.memoryOnly)
      deepFreeze(facts);
    this.entries[file.path] = { kind: readerKey(file.kind), hash, size: stat?.size ?? -1, mtimeMs: stat?.mtimeMs ?? -1, ctimeMs: stat?.ctimeMs ?? -1, ino: stat?.ino ?? -1, hashedAt, facts };
    this.dirty = true;
  }
  /**
   * Write the cache when something changed: to a temporary file renamed over the old one, so a crash or a
   * concurrent run never leaves half a file. With `prune`, entries of files this run did not see (deleted or
   * no longer discovered) are dropped; partial runs (`--staged`) keep them.
   */
  async save(options) {
    if (options.prune) {
      for (const key of Object.keys(this.entries)) {
        if (!this.seen.has(key)) {
          delete this.entries[key];
          this.dirty = true;
        }
      }
    }
    if (!this.dirty || this.memoryOnly)
      return;
    const data = { format: CACHE_FORMAT, build: this.build, root: path.resolve(this.root), entries: this.entries };
    await writeFileAtomically(this.file, JSON.stringify(data));
    this.dirty = false;
  }
};
function deepFreeze(value) {
  if (typeof value !== "object" || value === null || Object.isFrozen(value))
    return;
  Object.freeze(value);
  for (const child of Object.values(value))
    deepFreeze(child);
}

export {
  defaultCacheLocation,
  cacheFilePath,
  buildId,
  FactsCache
};
//# sourceMappingURL=chunk-J5EFIQFO.js.map
