/**
 * Reading the landscape out of a saved JSON report, for `arch-lint merge`. A report of 2,000 calls is megabytes; its
 * landscape a few kilobytes at the end. arch-lint's own reports (`formatJson`: two-space indentation, the top-level
 * keys in a known order) are read by their head (version, tool) and their tail (the landscape: a window from the end
 * that grows until it holds it) only; any other
 * JSON is parsed whole. Every way a report can be unusable is a message naming the file, never an exception.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { Landscape } from './types.js';

/** Reports larger than this are refused (a report of 2,000 calls is ~2 MB). */
const MAX_REPORT_BYTES = 100 * 1024 * 1024;
const HEAD_BYTES = 4096;
const TAIL_BYTES = 128 * 1024;

export type ReportRead = { ok: true; toolVersion: string; landscape: unknown } | { ok: false; message: string };

function readRange(fd: number, start: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  let read = 0;
  while (read < length) {
    const count = readSync(fd, buffer, read, length - read, start + read);
    if (count === 0) break;
    read += count;
  }
  return buffer.subarray(0, read);
}

function fromParsed(data: unknown): ReportRead {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, message: 'is not an arch-lint JSON report (not a JSON object)' };
  const report = data as { version?: unknown; tool?: { name?: unknown; version?: unknown }; landscape?: unknown };
  if (report.tool?.name !== 'arch-lint') return { ok: false, message: 'is not an arch-lint JSON report (no tool.name "arch-lint"; write one with --format json)' };
  if (report.version !== 1) return { ok: false, message: `is a report of schema version ${JSON.stringify(report.version)}; this arch-lint reads version 1` };
  if (report.landscape === undefined) return { ok: false, message: `has no landscape (written by arch-lint ${String(report.tool.version)}, before landscapes); scan the repository again with this version` };
  return { ok: true, toolVersion: typeof report.tool.version === 'string' ? report.tool.version : 'unknown', landscape: report.landscape };
}

/** The landscape of one report file (absolute path). */
export function readReportLandscape(file: string): ReportRead {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    return { ok: false, message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
  try {
    const size = fstatSync(fd).size;
    if (size > MAX_REPORT_BYTES) return { ok: false, message: `is ${(size / 1024 / 1024).toFixed(0)} MB, over the ${MAX_REPORT_BYTES / 1024 / 1024} MB limit for a report: not read (is it an arch-lint JSON report?)` };
    if (size === 0) return { ok: false, message: 'is empty' };
    const head = readRange(fd, 0, Math.min(size, HEAD_BYTES)).toString('utf8');
    // The landscape is at the end: read a window that grows until it holds the landscape's key (or the whole file).
    // Searched as bytes: only the landscape itself is decoded.
    let whole: Buffer | null = null;
    for (let window = TAIL_BYTES; ; window *= 4) {
      const tailStart = Math.max(0, size - window);
      const tail = readRange(fd, tailStart, size - tailStart);
      if (tailStart === 0) whole = tail;
      const key = tail.lastIndexOf(LANDSCAPE_KEY);
      if (key >= 0 || tailStart === 0) {
        const fast = fastRead(head, tail, key);
        if (fast) return fast;
        break;
      }
    }
    const text = (whole ?? readRange(fd, 0, size)).toString('utf8');
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      return { ok: false, message: `is not valid JSON${text.trimEnd().endsWith('}') ? '' : ' (truncated?)'}: ${error instanceof Error ? error.message : String(error)}` };
    }
    return fromParsed(data);
  } finally {
    closeSync(fd);
  }
}

const LANDSCAPE_KEY = Buffer.from('\n  "landscape": ');
const OBJECT_END = Buffer.from('\n  }');

/** The head and tail of a report as formatJson writes it; null when the file is not in that shape (then parse it whole). */
function fastRead(head: string, tail: Buffer, key: number): ReportRead | null {
  const start = /^\{\n {2}"version": (\d+),\n {2}"tool": \{\n {4}"name": "arch-lint",\n {4}"version": "([^"\\]*)"/.exec(head);
  if (!start || key < 0) return null;
  if (tail.subarray(tail.length - 2).toString('latin1') !== '}\n') return null;
  const valueStart = key + LANDSCAPE_KEY.length;
  const end = tail.indexOf(OBJECT_END, valueStart);
  if (end < 0) return null;
  const after = tail.subarray(end + 4, end + 7).toString('latin1');
  if (after !== '\n}\n' && !after.startsWith(',\n ')) return null;
  let landscape: unknown;
  try {
    landscape = JSON.parse(tail.subarray(valueStart, end + 4).toString('utf8'));
  } catch {
    return null;
  }
  if (Number(start[1]) !== 1) return { ok: false, message: `is a report of schema version ${start[1]}; this arch-lint reads version 1` };
  return { ok: true, toolVersion: start[2]!, landscape: landscape as Landscape };
}
