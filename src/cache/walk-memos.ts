/**
 * `--cache`: the memos of the last directory walks (see `WalkMemo` in src/discover/walk.ts), kept beside the facts
 * cache as `<name>.walk.json`, so that a warm run checks each folder's stat instead of listing it. Written by one
 * arch-lint build for one root; anything else (missing, corrupt, another build or root) is no memo: the walk reads
 * every folder, as without the cache.
 */
import { readFileSync } from 'node:fs';
import { writeFileAtomically } from '../atomic-write.js';
import path from 'node:path';
import type { WalkMemo } from '../discover/walk.js';

/** Bumped when the file's shape changes. */
const MEMO_FORMAT = 2;

interface MemoFile {
  format: number;
  build: string;
  root: string;
  /** By start folder, root-relative (`''` = the root). */
  walks: Record<string, WalkMemo>;
}

export class WalkMemoFile {
  readonly file: string;

  constructor(
    factsCacheFile: string,
    private readonly root: string,
    private readonly build: string,
  ) {
    this.file = `${factsCacheFile.replace(/\.json$/, '')}.walk.json`;
  }

  /** The recorded memos (none when the file is missing or not this build's and root's). */
  load(): Record<string, WalkMemo> {
    try {
      const data = JSON.parse(readFileSync(this.file, 'utf8')) as Partial<MemoFile>;
      if (data.format === MEMO_FORMAT && data.build === this.build && data.root === path.resolve(this.root) && typeof data.walks === 'object' && data.walks !== null) return data.walks;
    } catch {
      // none yet, or unreadable
    }
    return {};
  }

  /** Write `next` unless it is `previous` (a replayed walk returns the recorded memo object itself). */
  async save(previous: Readonly<Record<string, WalkMemo>>, next: Readonly<Record<string, WalkMemo>>): Promise<void> {
    const keys = Object.keys(next);
    if (keys.length === Object.keys(previous).length && keys.every((key) => previous[key] === next[key])) return;
    const data: MemoFile = { format: MEMO_FORMAT, build: this.build, root: path.resolve(this.root), walks: { ...next } };
    await writeFileAtomically(this.file, JSON.stringify(data));
  }
}
