/**
 * `--cache`: per-file extraction results (FileFacts) kept between runs. Facts are a pure function of a
 * file's content and its kind (language or manifest reader, which discovery decides from the path), so an
 * entry is reused only for the same path, the same kind and the same content hash, written by the same
 * arch-lint build. Resolution and judging always run again over all facts, so a changed config, env file,
 * manifest or imported module is reflected even when every file's facts come from the cache.
 *
 * Reading every file to hash it would cost most of what the cache saves, so an entry also records the
 * file's size, mtime, ctime and inode: when all are unchanged, and both times were already in the past when the file
 * was hashed (so a later write within the same clock tick cannot hide behind them: git's "racy" rule), the
 * recorded hash stands without reading the file. ctime cannot be set back by tools that restore mtimes.
 */
import { createHash } from 'node:crypto';
import { contentHash } from '../content-hash.js';
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { writeFileAtomically } from '../atomic-write.js';
import { readerKey } from '../discover/classify.js';
import path from 'node:path';
import type { DiscoveredFile, FileFacts, FileStat, Problem } from '../model.js';

/** Bumped when the cache file's own shape changes. */
const CACHE_FORMAT = 2;
/** An mtime at least this far before the moment the file was hashed is trusted by the stat fast path. */
const RACY_MARGIN_MS = 1000;

interface CacheEntry {
  /** `source:typescript`, `manifest:compose`…: the reader the facts came from. */
  kind: string;
  /** sha256 of the content, hex. */
  hash: string;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  /** When the content was hashed (ms since epoch). */
  hashedAt: number;
  facts: FileFacts;
}

interface CacheFile {
  format: number;
  /** arch-lint version and build the facts were extracted by. */
  build: string;
  root: string;
  entries: Record<string, CacheEntry>;
}

export type { FileStat } from '../model.js';

/** Where the cache lives when `--cache-location` is not given: next to other tools' caches when there is a node_modules. */
export function defaultCacheLocation(root: string): string {
  return existsSync(path.join(root, 'node_modules')) ? path.join(root, 'node_modules', '.cache', 'arch-lint') : path.join(root, '.arch-lint-cache');
}

/** `--cache-location` may name a directory (ends with a separator, or is one) or a file. */
export function cacheFilePath(location: string, root: string): string {
  const looksLikeDirectory = /[\\/]$/.test(location) || (existsSync(location) && statSync(location).isDirectory()) || path.extname(location) === '';
  // One file per scan root: scans of different roots sharing a location do not evict each other.
  const rootKey = createHash('sha256').update(path.resolve(root)).digest('hex').slice(0, 12);
  return looksLikeDirectory ? path.join(location, `facts-${rootKey}.json`) : location;
}

/** Identifies the arch-lint build: a rebuilt extractor must not reuse facts its predecessor wrote. */
export function buildId(toolVersion: string): string {
  let stamp = '';
  try {
    // tsc rewrites every output file on a build, this one included; a published package keeps one fixed mtime.
    stamp = String(statSync(new URL(import.meta.url)).mtimeMs);
  } catch {
    // not a file URL (bundled): the version alone
  }
  return `${toolVersion}+${stamp}`;
}



function isCacheFile(value: unknown): value is CacheFile {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record.format === 'number' && typeof record.build === 'string' && typeof record.entries === 'object' && record.entries !== null && !Array.isArray(record.entries);
}

export class FactsCache {
  private readonly entries: Record<string, CacheEntry>;
  private readonly seen = new Set<string>();
  private dirty = false;
  /** Files whose facts came from the cache / had to be extracted, this run. */
  hits = 0;
  misses = 0;

  /** In memory only (`inMemory`): `save` prunes and writes nothing. */
  private memoryOnly = false;

  private constructor(
    readonly file: string,
    private readonly build: string,
    private readonly root: string,
    entries: Record<string, CacheEntry>,
  ) {
    this.entries = entries;
  }

  /**
   * Open the cache file (missing = empty). A file that cannot be parsed, or was written by another build or
   * for another root, is ignored: the run starts empty, and an unreadable one is reported as a warning.
   */
  static async open(file: string, root: string, toolVersion: string): Promise<{ cache: FactsCache; problem: Problem | null }> {
    const build = buildId(toolVersion);
    const empty = (): Record<string, CacheEntry> => Object.create(null) as Record<string, CacheEntry>;
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const problem: Problem | null = code === 'ENOENT' ? null : { file: null, severity: 'warning', code: 'cache-unreadable', message: `cannot read the cache ${file} (${code ?? String(error)}); scanning without it` };
      return { cache: new FactsCache(file, build, root, empty()), problem };
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
    if (!isCacheFile(data)) {
      return {
        cache: new FactsCache(file, build, root, empty()),
        problem: { file: null, severity: 'warning', code: 'cache-corrupt', message: `the cache ${file} is corrupt (not a cache file arch-lint wrote); ignored it, it will be rewritten` },
      };
    }
    const usable = data.format === CACHE_FORMAT && data.build === build && data.root === path.resolve(root);
    const entries = empty();
    if (usable) Object.assign(entries, data.entries);
    const cache = new FactsCache(file, build, root, entries);
    cache.dirty = !usable;
    return { cache, problem: null };
  }

  /**
   * A cache kept in memory by a long-lived process (the resident mode): the same entries and rules as the file, never
   * written. Stored facts are frozen: the same objects serve every later scan, which must not be able to change them.
   */
  static inMemory(root: string, toolVersion: string): FactsCache {
    const cache = new FactsCache(`(memory: ${path.resolve(root)})`, buildId(toolVersion), root, Object.create(null) as Record<string, CacheEntry>);
    cache.memoryOnly = true;
    return cache;
  }

  /** Start counting a new scan: what it sees (for `save`'s pruning), hits and misses. */
  beginRun(): void {
    this.seen.clear();
    this.hits = 0;
    this.misses = 0;
  }

  /** Number of files with an entry. */
  get size(): number {
    return Object.keys(this.entries).length;
  }

  /** Cached facts for `file` when its size and mtime say it has not changed since it was hashed; no read needed. */
  lookupByStat(file: DiscoveredFile, stat: FileStat): FileFacts | null {
    const entry = Object.hasOwn(this.entries, file.path) ? this.entries[file.path] : undefined;
    if (!entry || entry.kind !== readerKey(file.kind)) return null;
    // The inode too: a re-pointed symlink or a file replaced by another can keep size and both times.
    if (entry.size !== stat.size || entry.mtimeMs !== stat.mtimeMs || entry.ctimeMs !== stat.ctimeMs || entry.ino !== stat.ino) return null;
    if (Math.max(entry.mtimeMs, entry.ctimeMs) > entry.hashedAt - RACY_MARGIN_MS) return null;
    this.seen.add(file.path);
    this.hits++;
    return entry.facts;
  }

  /** Cached facts for `file` with this content (hash compared), or null; `hash` is for `store`. */
  lookupByContent(file: DiscoveredFile, content: string): { facts: FileFacts | null; hash: string } {
    const hash = contentHash(content);
    const entry = Object.hasOwn(this.entries, file.path) ? this.entries[file.path] : undefined;
    this.seen.add(file.path);
    if (entry && entry.kind === readerKey(file.kind) && entry.hash === hash) {
      this.hits++;
      return { facts: entry.facts, hash };
    }
    this.misses++;
    return { facts: null, hash };
  }

  /** Remember facts for `file`. `stat` is null when the content did not come from the work tree (staged content): no fast path then. */
  store(file: DiscoveredFile, hash: string, stat: FileStat | null, facts: FileFacts, hashedAt: number = Date.now()): void {
    this.seen.add(file.path);
    if (this.memoryOnly) deepFreeze(facts);
    this.entries[file.path] = { kind: readerKey(file.kind), hash, size: stat?.size ?? -1, mtimeMs: stat?.mtimeMs ?? -1, ctimeMs: stat?.ctimeMs ?? -1, ino: stat?.ino ?? -1, hashedAt, facts };
    this.dirty = true;
  }

  /**
   * Write the cache when something changed: to a temporary file renamed over the old one, so a crash or a
   * concurrent run never leaves half a file. With `prune`, entries of files this run did not see (deleted or
   * no longer discovered) are dropped; partial runs (`--staged`) keep them.
   */
  async save(options: { prune: boolean }): Promise<void> {
    if (options.prune) {
      for (const key of Object.keys(this.entries)) {
        if (!this.seen.has(key)) {
          delete this.entries[key];
          this.dirty = true;
        }
      }
    }
    if (!this.dirty || this.memoryOnly) return;
    const data: CacheFile = { format: CACHE_FORMAT, build: this.build, root: path.resolve(this.root), entries: this.entries };
    await writeFileAtomically(this.file, JSON.stringify(data));
    this.dirty = false;
  }
}

/** Freeze `value` and everything it holds (facts are plain data: objects, arrays, strings, numbers). */
function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
}
