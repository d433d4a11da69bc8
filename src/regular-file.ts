/**
 * Reading a file a person or a config named (the config, the baseline, a saved report, a source file) only when
 * it is a regular file. A FIFO would block the read forever, a device would never end: the file is opened
 * non-blocking, checked with `fstat` on the open descriptor (no race with a swap between check and read), and
 * anything but a regular file is refused with `NotRegularFileError`.
 */
import { closeSync, constants, fstatSync, openSync, readFileSync, type Stats } from 'node:fs';

export class NotRegularFileError extends Error {
  readonly code = 'ENOTREG';
  constructor(
    readonly file: string,
    readonly what: string,
  ) {
    super(`${file} is not a regular file (${what}); give a regular file`);
    this.name = 'NotRegularFileError';
  }
}

/** What kind of non-regular file a stat describes, in words. */
function kindOf(stat: Stats): string {
  if (stat.isFIFO()) return 'a named pipe';
  if (stat.isDirectory()) return 'a folder';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'not a plain file';
}

/** The bytes of `file`, refusing anything but a regular file. Other errors (ENOENT, EACCES) are thrown as they are. */
export function readRegularFileSync(file: string): Buffer;
export function readRegularFileSync(file: string, encoding: 'utf8'): string;
export function readRegularFileSync(file: string, encoding?: 'utf8'): Buffer | string {
  const descriptor = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stat = fstatSync(descriptor);
    if (!stat.isFile()) throw new NotRegularFileError(file, kindOf(stat));
    return encoding ? readFileSync(descriptor, encoding) : readFileSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
}
