/**
 * Resident mode: the last scan's output of the stages after extraction (resolve → judge → result), reused while
 * everything it was computed from is the same — the same facts (the very objects the in-memory facts cache keeps, or,
 * for a file extracted again, equal ones), the same other inputs (config, options, day, discovery's packages and
 * problems) and the same content of every file those stages read (package.json files, tsconfig, OpenAPI documents…).
 * A file edited without changing its facts (a comment, a file no request goes through, a `touch`) then costs
 * discovery and one extraction instead of a whole-program resolution. Callers leave it out where other inputs play a
 * part (`--staged`, `--changed-since`, custom suppression passes, a gateway catalogue).
 */
import { createHash } from 'node:crypto';
import { contentHash } from '../content-hash.js';
import type { FileFacts } from '../model.js';

export interface StageMemo<T> {
  /** Hash of the inputs other than facts and files read (see `memoKey`). */
  key: string;
  /** The facts the output was computed from, in discovery's order. */
  facts: readonly FileFacts[];
  /** Every file the stages read (root-relative) → sha256 of its content, null when it could not be read. */
  reads: ReadonlyMap<string, string | null>;
  output: T;
}

/** The hash of a JSON-able description of the inputs. */
export function memoKey(inputs: unknown): string {
  return createHash('sha256').update(JSON.stringify(inputs)).digest('hex');
}

/** Whether `current` holds the same facts as `previous`: the same objects, or equal ones for files extracted again. */
export function sameFacts(previous: readonly FileFacts[], current: readonly FileFacts[]): boolean {
  if (previous.length !== current.length) return false;
  for (let index = 0; index < current.length; index++) {
    const before = previous[index]!;
    const after = current[index]!;
    if (before !== after && (before.file !== after.file || JSON.stringify(before) !== JSON.stringify(after))) return false;
  }
  return true;
}

/** Whether every file in `reads` still has the content it had (read again with `read`). */
export function readsUnchanged(reads: ReadonlyMap<string, string | null>, read: (file: string) => string | null): boolean {
  for (const [file, hash] of reads) {
    const text = read(file);
    if ((text === null ? null : contentHash(text)) !== hash) return false;
  }
  return true;
}
