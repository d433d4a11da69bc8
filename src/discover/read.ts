/**
 * Reading a discovered file once, with the guards that need its bytes: unreadable files and
 * binary files become Problems instead of crashing or feeding garbage to a parser.
 * Reads are synchronous: source files are small, and a promise-based read of each of thousands of files
 * costs several times the read itself (file-handle objects, thread-pool round trips; see docs/performance.md).
 */
import type { DiscoveredFile, Problem } from '../model.js';
import { NotRegularFileError, readRegularFileSync } from '../regular-file.js';

/** A NUL byte within this many leading bytes marks a binary file (git's heuristic). */
export const BINARY_SNIFF_BYTES = 8192;

export type ReadOutcome = { content: string } | { problem: Problem };

export function readDiscoveredFileSync(file: Pick<DiscoveredFile, 'absPath' | 'path'>): ReadOutcome {
  let bytes: Buffer;
  try {
    // Regular files only: a file swapped for a FIFO after discovery must not block the scan.
    bytes = readRegularFileSync(file.absPath);
  } catch (error) {
    if (error instanceof NotRegularFileError) return { problem: { file: file.path, severity: 'warning', code: 'unreadable', message: `${error.what}, not a regular file; skipped it` } };
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code;
    return { problem: { file: file.path, severity: 'warning', code: 'unreadable', message: `cannot read this file (${why}); skipped it` } };
  }
  return decodeFileBytes(file, bytes);
}

/** A file's bytes as text, or a problem when they look binary (the guards every reader of a discovered file applies). */
export function decodeFileBytes(file: Pick<DiscoveredFile, 'path'>, bytes: Buffer): ReadOutcome {
  // UTF-16 with a byte-order mark (Windows editors write .env and appsettings files so): its NUL bytes are not binary.
  const utf16 = decodeUtf16(bytes);
  if (utf16 !== null) return { content: utf16 };
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
    return { problem: { file: file.path, severity: 'warning', code: 'binary', message: 'looks like a binary file (NUL byte in the first 8 KB); skipped it' } };
  }
  // A UTF-8 BOM would shift the first line's columns.
  const text = bytes.toString('utf8');
  return { content: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

/** Text of UTF-16 bytes that start with a byte-order mark (little or big endian, BOM dropped); null otherwise. */
function decodeUtf16(bytes: Buffer): string | null {
  if (bytes.length < 2) return null;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    // Node has no utf-16be decoder: swap the byte pairs (an odd trailing byte is dropped).
    const body = Buffer.from(bytes.subarray(2, 2 + ((bytes.length - 2) & ~1)));
    body.swap16();
    return new TextDecoder('utf-16le').decode(body);
  }
  return null;
}

/** `readDiscoveredFileSync` for callers that await (kept for the programmatic API and tests). */
export async function readDiscoveredFile(file: Pick<DiscoveredFile, 'absPath' | 'path'>): Promise<ReadOutcome> {
  return readDiscoveredFileSync(file);
}
