import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import "./chunk-B3SFOPOV.js";

// dist/landscape/read-report.js
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
var MAX_REPORT_BYTES = 100 * 1024 * 1024;
var HEAD_BYTES = 4096;
var TAIL_BYTES = 128 * 1024;
function readRange(fd, start, length) {
  const buffer = Buffer.alloc(length);
  let read = 0;
  while (read < length) {
    const count = readSync(fd, buffer, read, length - read, start + read);
    if (count === 0)
      break;
    read += count;
  }
  return buffer.subarray(0, read);
}
function fromParsed(data) {
  if (typeof data !== "object" || data === null || Array.isArray(data))
    return { ok: false, message: "is not an arch-lint JSON report (not a JSON object)" };
  const report = data;
  if (report.tool?.name !== "arch-lint")
    return { ok: false, message: 'is not an arch-lint JSON report (no tool.name "arch-lint"; write one with --format json)' };
  if (report.version !== 1)
    return { ok: false, message: `is a report of schema version ${JSON.stringify(report.version)}; this arch-lint reads version 1` };
  if (report.landscape === void 0)
    return { ok: false, message: `has no landscape (written by arch-lint ${String(report.tool.version)}, before landscapes); scan the repository again with this version` };
  return { ok: true, toolVersion: typeof report.tool.version === "string" ? report.tool.version : "unknown", landscape: report.landscape };
}
function readReportLandscape(file) {
  let fd;
  try {
    fd = openSync(file, "r");
  } catch (error) {
    return { ok: false, message: `cannot be read (${error.code ?? String(error)})` };
  }
  try {
    const size = fstatSync(fd).size;
    if (size > MAX_REPORT_BYTES)
      return { ok: false, message: `is ${(size / 1024 / 1024).toFixed(0)} MB, over the ${MAX_REPORT_BYTES / 1024 / 1024} MB limit for a report: not read (is it an arch-lint JSON report?)` };
    if (size === 0)
      return { ok: false, message: "is empty" };
    const head = readRange(fd, 0, Math.min(size, HEAD_BYTES)).toString("utf8");
    let whole = null;
    for (let window = TAIL_BYTES; ; window *= 4) {
      const tailStart = Math.max(0, size - window);
      const tail = readRange(fd, tailStart, size - tailStart);
      if (tailStart === 0)
        whole = tail;
      const key = tail.lastIndexOf(LANDSCAPE_KEY);
      if (key >= 0 || tailStart === 0) {
        const fast = fastRead(head, tail, key);
        if (fast)
          return fast;
        break;
      }
    }
    const text = (whole ?? readRange(fd, 0, size)).toString("utf8");
    let data;
    try {
      data = JSON.parse(text);
    } catch (error) {
      return { ok: false, message: `is not valid JSON${text.trimEnd().endsWith("}") ? "" : " (truncated?)"}: ${error instanceof Error ? error.message : String(error)}` };
    }
    return fromParsed(data);
  } finally {
    closeSync(fd);
  }
}
var LANDSCAPE_KEY = Buffer.from('\n  "landscape": ');
var OBJECT_END = Buffer.from("\n  }");
function fastRead(head, tail, key) {
  const start = /^\{\n {2}"version": (\d+),\n {2}"tool": \{\n {4}"name": "arch-lint",\n {4}"version": "([^"\\]*)"/.exec(head);
  if (!start || key < 0)
    return null;
  if (tail.subarray(tail.length - 2).toString("latin1") !== "}\n")
    return null;
  const valueStart = key + LANDSCAPE_KEY.length;
  const end = tail.indexOf(OBJECT_END, valueStart);
  if (end < 0)
    return null;
  const after = tail.subarray(end + 4, end + 7).toString("latin1");
  if (after !== "\n}\n" && !after.startsWith(",\n "))
    return null;
  let landscape;
  try {
    landscape = JSON.parse(tail.subarray(valueStart, end + 4).toString("utf8"));
  } catch {
    return null;
  }
  if (Number(start[1]) !== 1)
    return { ok: false, message: `is a report of schema version ${start[1]}; this arch-lint reads version 1` };
  return { ok: true, toolVersion: start[2], landscape };
}
export {
  readReportLandscape
};
//# sourceMappingURL=read-report-6CEFU6KH.js.map
