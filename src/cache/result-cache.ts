/**
 * `--cache`, second level: the whole result of a scan, reused when nothing it depends on has changed — a warm
 * re-run of an unchanged repository then costs a directory walk and a `stat` per file, not a scan.
 *
 * A result depends on: the arch-lint build; the options (root, paths, rule overrides, unused-directive reporting,
 * baseline and its file name); the resolved config (its file and presets, as one object); "today" (waivers and
 * suppressions expire by UTC day); every discovered file (path, reader, size, mtime, ctime, inode) and discovery's
 * problems; the files read beside them (package.json, OpenAPI documents, sources of fixes: content hashes); and the
 * gateway catalogue (the files its globs match, content hashes). The first groups form one key, computed on every
 * run; the last two are checked by reading those few files again. Anything else a run reads goes through one of
 * these, which is what `lint.ts` guarantees; a run that cannot guarantee it (`--staged`, `--changed-since`, custom
 * suppression passes) neither uses nor writes this cache.
 *
 * Not stored: a result with an error-level problem (an incomplete scan must not be repeated from the cache: the
 * cause may be gone), and a result with a file modified so shortly before the scan that a later write within the
 * same clock tick could leave its stat unchanged (git's "racy" rule, as in the facts cache).
 *
 * Files: `<name>.result.json` (the key, the checks and the summary; small) and `<name>.report-<key>.json` (the
 * result as the JSON report, byte for byte what `--format json` writes, so a hit can copy it without parsing).
 * The report's name carries its key: a concurrent run replacing the record cannot pair it with another report.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { isTemporaryName, removeStaleTemporaries, writeFileAtomically } from '../atomic-write.js';
import { contentHash } from '../content-hash.js';
import { readerKey } from '../discover/classify.js';
import path from 'node:path';
import type { ResolvedConfig } from '../config/types.js';
import type { DiscoveredFile, LintResult, Problem, RuleSetting } from '../model.js';

/** Bumped when the record's shape changes. */
const RECORD_FORMAT = 1;
/** A file changed less than this before the scan started makes the result unsafe to store (racy stat). */
export const RACY_MARGIN_MS = 1000;

/** Everything a result depends on that is known before the scan, hashed into the key. */
export interface ScanIdentity {
  build: string;
  root: string;
  /** Scanned paths, root-relative, as given. */
  paths: readonly string[];
  config: ResolvedConfig;
  /** "Today", `YYYY-MM-DD` UTC. */
  day: string;
  rules: Readonly<Record<string, RuleSetting>> | null;
  reportUnusedDisableDirectives: boolean;
  baseline: unknown;
  baselineFile: string | null;
  /** Discovered files, each with its stat. */
  files: readonly DiscoveredFile[];
  /** Discovery's problems (unreadable, too large, symlinks): they are part of the result. */
  problems: readonly Problem[];
}

/** Files read during a scan besides the discovered ones (absolute path → sha256 of the content, null = unreadable). */
export type ReadInputs = Record<string, string | null>;

/** The gateway catalogue a scan loaded: what its globs matched and the content of each file. */
export interface CatalogInputs {
  patterns: string[];
  baseDir: string;
  /** Matched paths (relative to baseDir, sorted) → sha256 of the content, null = unreadable. */
  files: Record<string, string | null>;
}

interface ResultRecord {
  format: number;
  key: string;
  reads: ReadInputs;
  catalog: CatalogInputs | null;
  summary: LintResult['summary'];
}

export interface CachedResult {
  summary: LintResult['summary'];
  /** The JSON report file (`formatJson` of the result). */
  reportFile: string;
}



/** The key of a scan's identity: sha256 over a canonical text of every part. */
export function scanKey(identity: ScanIdentity): string {
  const hash = createHash('sha256');
  hash.update(
    JSON.stringify({
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
      problems: identity.problems,
    }),
  );
  // Paths and readers as one text, the four stat numbers of each file in one binary block: two updates, not 20,000
  // small ones, and no per-file string to build.
  const names: string[] = [];
  const stats = new Float64Array(identity.files.length * 4);
  identity.files.forEach((file, index) => {
    const stat = file.stat;
    // A file without a stat cannot be told unchanged: a key that never matches.
    names.push(stat ? `${file.path}\0${readerKey(file.kind)}` : `${file.path}\0${randomBytes(16).toString('hex')}`);
    if (stat) stats.set([stat.size, stat.mtimeMs, stat.ctimeMs, stat.ino], index * 4);
  });
  hash.update(`\n${names.join('\n')}\n`);
  hash.update(new Uint8Array(stats.buffer));
  return hash.digest('hex');
}

/** Whether every discovered file was last changed safely before `scanStartedAt` (see the racy rule above). */
export function statsAreSettled(files: readonly DiscoveredFile[], scanStartedAt: number): boolean {
  const limit = scanStartedAt - RACY_MARGIN_MS;
  return files.every((file) => file.stat !== undefined && file.stat.mtimeMs <= limit && file.stat.ctimeMs <= limit);
}

function hashOfFile(file: string): string | null {
  try {
    return contentHash(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function isRecord(value: unknown): value is ResultRecord {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return record.format === RECORD_FORMAT && typeof record.key === 'string' && typeof record.reads === 'object' && record.reads !== null && typeof record.summary === 'object' && record.summary !== null;
}

function sameFiles(a: Record<string, string | null>, b: Record<string, string | null>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && a[key] === b[key]);
}

export class ResultCache {
  /** `<name>.result.json` beside the facts cache file `<name>.json`. */
  private readonly recordFile: string;
  private readonly stem: string;

  constructor(factsCacheFile: string) {
    this.stem = factsCacheFile.replace(/\.json$/, '');
    this.recordFile = `${this.stem}.result.json`;
  }

  private reportFile(key: string): string {
    return `${this.stem}.report-${key.slice(0, 32)}.json`;
  }

  /**
   * The cached result for this key, after checking the files read beside the discovered ones and the catalogue
   * (`matchCatalog` lists what its globs match now). Null on any difference or unreadable record.
   */
  async lookup(key: string, matchCatalog: (patterns: readonly string[], baseDir: string) => Promise<string[]>): Promise<CachedResult | null> {
    let record: unknown;
    try {
      record = JSON.parse(await readFile(this.recordFile, 'utf8'));
    } catch {
      return null;
    }
    if (!isRecord(record) || record.key !== key) return null;
    for (const [file, hash] of Object.entries(record.reads)) if (hashOfFile(file) !== hash) return null;
    if (record.catalog) {
      const { patterns, baseDir } = record.catalog;
      const now: Record<string, string | null> = {};
      for (const match of await matchCatalog(patterns, baseDir)) now[match] = hashOfFile(path.join(baseDir, match));
      if (!sameFiles(now, record.catalog.files)) return null;
    }
    const reportFile = this.reportFile(key);
    // A concurrent run may still remove it after this check: readers of `reportFile` fall back to a scan then.
    if (!existsSync(reportFile)) return null;
    return { summary: record.summary, reportFile };
  }

  /** Keep `reportJson` (the result as `formatJson` writes it) for `key`, replacing the previous result of this root; returns the report's file. */
  async store(key: string, inputs: { reads: ReadInputs; catalog: CatalogInputs | null }, summary: LintResult['summary'], reportJson: string): Promise<string> {
    const record: ResultRecord = { format: RECORD_FORMAT, key, reads: inputs.reads, catalog: inputs.catalog, summary };
    const reportFile = this.reportFile(key);
    await writeFileAtomically(reportFile, reportJson);
    await writeFileAtomically(this.recordFile, JSON.stringify(record));
    // Reports of earlier keys are of no use any more.
    const prefix = `${path.basename(this.stem)}.report-`;
    const folder = path.dirname(reportFile);
    const names = readdirSync(folder);
    for (const name of names) {
      // Not another run's temporary file (`…report-<key>.json.<pid>.<random>.tmp`): that run is about to rename it,
      // and deleting it gave it a false cache-unwritable warning. Stale ones (a killed run's) go after an hour.
      if (isTemporaryName(name)) continue;
      if (name.startsWith(prefix) && name !== path.basename(reportFile)) rmSync(path.join(folder, name), { force: true });
    }
    removeStaleTemporaries(folder, null, Date.now(), names);
    return reportFile;
  }
}
