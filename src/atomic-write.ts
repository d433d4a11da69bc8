/**
 * Writing a file so that a reader — another arch-lint run, a CI step — sees either the old content or the new one,
 * never half of it: the content goes to a temporary file beside it (same folder, so the same file system), which
 * is then renamed over it. Used for the caches and the baseline.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from './model.js';

export async function writeFileAtomically(file: string, content: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
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
