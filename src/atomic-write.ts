/**
 * Writing a file so that a reader — another arch-lint run, a CI step — sees either the old content or the new one,
 * never half of it: the content goes to a temporary file beside it (same folder, so the same file system), which
 * is then renamed over it. Used for the caches and the baseline.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from './model.js';

/** This run's temporary name for `file`: the process id and a random part, so concurrent runs never share one. */
function temporaryNameFor(file: string): string {
  return `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
}

/** Whether `name` is a temporary file `temporaryNameFor` made (for any run). */
export function isTemporaryName(name: string): boolean {
  return /\.\d+\.[0-9a-f]{8}\.tmp$/.test(name);
}

/** Temporary files older than this were left by a run that was killed (a run writes its own within seconds). */
const STALE_TEMPORARY_MS = 60 * 60 * 1000;

/**
 * Remove temporary files of `base` (`<base>.<pid>.<random>.tmp`, or any when `base` is null) in `dir` that are older
 * than an hour: left behind by a run that was killed. Another run's fresh temporary file is never touched. `listed`:
 * the names in `dir`, when the caller has just listed it.
 */
export function removeStaleTemporaries(dir: string, base: string | null, now = Date.now(), listed?: readonly string[]): void {
  let names: readonly string[];
  try {
    names = listed ?? readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!isTemporaryName(name) || (base !== null && !name.startsWith(`${base}.`))) continue;
    const file = path.join(dir, name);
    try {
      if (now - statSync(file).mtimeMs > STALE_TEMPORARY_MS) rmSync(file, { force: true });
    } catch {
      // gone already (another run cleaned it), or not ours to remove
    }
  }
}

/**
 * `writeFileAtomically`, synchronous, for reports (`--output`). A target that exists and is not a regular file
 * (`/dev/stdout`, `/dev/null`, a FIFO) is written directly: renaming over it would replace the device.
 */
export function writeFileAtomicallySync(file: string, content: string | Uint8Array): void {
  mkdirSync(path.dirname(file), { recursive: true });
  let regular = true;
  try {
    regular = statSync(file).isFile();
  } catch {
    // does not exist yet
  }
  if (!regular) {
    writeFileSync(file, content);
    return;
  }
  const temporary = temporaryNameFor(file);
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

export async function writeFileAtomically(file: string, content: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = temporaryNameFor(file);
  try {
    await writeFile(temporary, content);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * A cache that cannot be written (a read-only folder, a full disk) costs speed, not the scan: a warning
 * (`cache-unwritable`) and the run goes on. Such a result is never stored (see `scan`).
 */
export function cacheWriteProblem(file: string, error: unknown): Problem {
  const code = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
  return { file: null, severity: 'warning', code: 'cache-unwritable', message: `cannot write the cache ${file} (${code}); the run goes on without saving it` };
}
