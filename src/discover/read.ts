/**
 * Reading a discovered file once, with the guards that need its bytes: unreadable files and
 * binary files become Problems instead of crashing or feeding garbage to a parser.
 * Reads are synchronous: source files are small, and a promise-based read of each of thousands of files
 * costs several times the read itself (file-handle objects, thread-pool round trips; see docs/performance.md).
 */
import { readFileSync } from 'node:fs';
import type { DiscoveredFile, Problem } from '../model.js';

/** A NUL byte within this many leading bytes marks a binary file (git's heuristic). */
export const BINARY_SNIFF_BYTES = 8192;

export type ReadOutcome = { content: string } | { problem: Problem };

export function readDiscoveredFileSync(file: Pick<DiscoveredFile, 'absPath' | 'path'>): ReadOutcome {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file.absPath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code;
    return { problem: { file: file.path, severity: 'warning', code: 'unreadable', message: `cannot read this file (${why}); skipped it` } };
  }
  return decodeFileBytes(file, bytes);
}

/** A file's bytes as text, or a problem when they look binary (the guards every reader of a discovered file applies). */
export function decodeFileBytes(file: Pick<DiscoveredFile, 'path'>, bytes: Buffer): ReadOutcome {
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
    return { problem: { file: file.path, severity: 'warning', code: 'binary', message: 'looks like a binary file (NUL byte in the first 8 KB); skipped it' } };
  }
  // A UTF-8 BOM would shift the first line's columns.
  const text = bytes.toString('utf8');
  return { content: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

/** `readDiscoveredFileSync` for callers that await (kept for the programmatic API and tests). */
export async function readDiscoveredFile(file: Pick<DiscoveredFile, 'absPath' | 'path'>): Promise<ReadOutcome> {
  return readDiscoveredFileSync(file);
}
