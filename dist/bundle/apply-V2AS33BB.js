import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  contentHash
} from "./chunk-FF56TAFF.js";
import "./chunk-B3SFOPOV.js";

// dist/fix/apply.js
import { readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";

// dist/fix/diff.js
var CONTEXT = 3;
var NO_NEWLINE = "\0no-newline";
function unifiedDiff(file, before, after) {
  if (before === after)
    return "";
  const oldLines = splitLines(before);
  const newLines = splitLines(after);
  const edits = lineEdits(oldLines, newLines);
  if (edits.length === 0)
    return "";
  let out = `--- a/${file}
+++ b/${file}
`;
  let delta = 0;
  let index = 0;
  while (index < edits.length) {
    const group = [edits[index]];
    while (index + 1 < edits.length) {
      const last2 = group[group.length - 1];
      const next = edits[index + 1];
      if (next.oldStart - (last2.oldStart + last2.oldCount) > 2 * CONTEXT)
        break;
      group.push(next);
      index++;
    }
    index++;
    const first = group[0];
    const last = group[group.length - 1];
    const hunkStart = Math.max(0, first.oldStart - CONTEXT);
    const hunkEnd = Math.min(oldLines.length, last.oldStart + last.oldCount + CONTEXT);
    const body = [];
    let oldCount = 0;
    let newCount = 0;
    let line = hunkStart;
    const groupDelta = delta;
    for (const edit of group) {
      for (; line < edit.oldStart; line++, oldCount++, newCount++)
        body.push(markLine(" ", oldLines[line] ?? ""));
      for (let k = 0; k < edit.oldCount; k++, line++, oldCount++)
        body.push(markLine("-", oldLines[line] ?? ""));
      for (const text of edit.newLines) {
        body.push(markLine("+", text));
        newCount++;
      }
      delta += edit.newLines.length - edit.oldCount;
    }
    for (; line < hunkEnd; line++, oldCount++, newCount++)
      body.push(markLine(" ", oldLines[line] ?? ""));
    const oldFrom = oldCount === 0 ? hunkStart : hunkStart + 1;
    const newFrom = newCount === 0 ? hunkStart + groupDelta : hunkStart + groupDelta + 1;
    out += `@@ -${oldFrom},${oldCount} +${newFrom},${newCount} @@
${body.join("")}`;
  }
  return out;
}
function markLine(marker, text) {
  if (text.endsWith(NO_NEWLINE))
    return `${marker}${text.slice(0, -NO_NEWLINE.length)}
\\ No newline at end of file
`;
  return `${marker}${text}
`;
}
function splitLines(content) {
  if (content === "")
    return [];
  const lines = content.split("\n");
  if (lines[lines.length - 1] === "")
    lines.pop();
  else
    lines[lines.length - 1] += NO_NEWLINE;
  return lines;
}
function lineEdits(oldLines, newLines) {
  const edits = [];
  let i = 0;
  let j = 0;
  while (i < oldLines.length || j < newLines.length) {
    if (i < oldLines.length && j < newLines.length && oldLines[i] === newLines[j]) {
      i++;
      j++;
      continue;
    }
    const resync = findResync(oldLines, newLines, i, j);
    edits.push({ oldStart: i, oldCount: resync.i - i, newLines: newLines.slice(j, resync.j) });
    i = resync.i;
    j = resync.j;
  }
  return edits;
}
var WINDOW = 200;
function findResync(oldLines, newLines, i, j) {
  for (let total = 1; total <= 2 * WINDOW; total++) {
    for (let skipOld = 0; skipOld <= total; skipOld++) {
      const a = i + skipOld;
      const b = j + (total - skipOld);
      if (a > oldLines.length || b > newLines.length)
        continue;
      if (a === oldLines.length && b === newLines.length)
        return { i: a, j: b };
      if (a < oldLines.length && b < newLines.length && oldLines[a] === newLines[b] && agreesAfter(oldLines, newLines, a, b))
        return { i: a, j: b };
    }
  }
  return { i: oldLines.length, j: newLines.length };
}
function agreesAfter(oldLines, newLines, a, b) {
  for (let k = 1; k < 3; k++) {
    if (a + k >= oldLines.length || b + k >= newLines.length)
      return a + k >= oldLines.length && b + k >= newLines.length;
    if (oldLines[a + k] !== newLines[b + k])
      return false;
  }
  return true;
}

// dist/fix/apply.js
function collectFixes(findings) {
  const byKey = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    if (!finding.fix || finding.suppressed)
      continue;
    const fix = finding.fix;
    const key = JSON.stringify([fix.file, fix.range, fix.text, fix.expected ?? null]);
    const existing = byKey.get(key);
    if (existing)
      existing.findings.push(finding.fingerprint);
    else
      byKey.set(key, { fix, findings: [finding.fingerprint] });
  }
  return [...byKey.values()];
}
async function applyFixes(root, source, options) {
  const findings = "findings" in source ? source.findings : source;
  const applied = [];
  const skipped = [];
  const diffs = [];
  const files = [];
  const skip = (entry, reason) => skipped.push({ file: entry.fix.file, description: entry.fix.description, reason, findings: entry.findings });
  const byFile = /* @__PURE__ */ new Map();
  for (const entry of collectFixes(findings)) {
    const list = byFile.get(entry.fix.file) ?? [];
    list.push(entry);
    byFile.set(entry.fix.file, list);
  }
  for (const file of [...byFile.keys()].sort()) {
    const entries = byFile.get(file) ?? [];
    const absolute = path.resolve(root, file);
    const relative = path.relative(path.resolve(root), absolute);
    if (path.isAbsolute(file) || relative.startsWith("..") || path.isAbsolute(relative)) {
      entries.forEach((entry) => skip(entry, `the file is outside the scan root ${root}; arch-lint only changes files under it`));
      continue;
    }
    let content;
    try {
      content = await readFile(absolute, "utf8");
    } catch (error) {
      entries.forEach((entry) => skip(entry, `could not read the file (${error instanceof Error ? error.message : String(error)})`));
      continue;
    }
    const candidates = [];
    for (const entry of entries) {
      const problem = checkFix(entry.fix, content);
      if (problem)
        skip(entry, problem);
      else
        candidates.push(entry);
    }
    candidates.sort((a, b) => a.fix.range[0] - b.fix.range[0] || a.fix.range[1] - b.fix.range[1]);
    const overlapping = /* @__PURE__ */ new Set();
    for (let index = 1; index < candidates.length; index++) {
      const previous = candidates[index - 1];
      const current = candidates[index];
      if (previous && current && overlaps(previous.fix.range, current.fix.range)) {
        overlapping.add(index - 1);
        overlapping.add(index);
      }
    }
    const accepted = candidates.filter((entry, index) => {
      if (!overlapping.has(index))
        return true;
      skip(entry, "another fix changes an overlapping range of this file; the result would be ambiguous, so neither was applied");
      return false;
    });
    if (accepted.length === 0)
      continue;
    let updated = content;
    for (const entry of [...accepted].reverse()) {
      updated = updated.slice(0, entry.fix.range[0]) + entry.fix.text + updated.slice(entry.fix.range[1]);
    }
    if (updated === content)
      continue;
    if (!options.dryRun) {
      try {
        await writeAtomically(absolute, updated);
      } catch (error) {
        accepted.forEach((entry) => skip(entry, `could not write the file (${error instanceof Error ? error.message : String(error)})`));
        continue;
      }
    }
    diffs.push(unifiedDiff(file.split(path.sep).join("/"), content, updated));
    files.push(file);
    for (const entry of accepted) {
      applied.push({ file, range: entry.fix.range, text: entry.fix.text, description: entry.fix.description, findings: entry.findings });
    }
  }
  return { applied, skipped, diff: diffs.join(""), files: files.sort() };
}
function checkFix(fix, content) {
  const [start, end] = fix.range;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start)
    return `its range [${start}, ${end}] is not a valid range`;
  if (end > content.length)
    return "the file is shorter than when it was scanned (changed since the scan); re-run arch-lint";
  if (fix.expected === void 0)
    return "the fix does not record the text it replaces, so arch-lint cannot check the file is unchanged";
  if (content.slice(start, end) !== fix.expected)
    return `the file changed since the scan (it no longer holds '${fix.expected}' at that place); re-run arch-lint`;
  if (fix.contentHash !== void 0 && contentHash(content) !== fix.contentHash)
    return "the file changed since the scan (its content is not the one scanned); re-run arch-lint";
  return null;
}
function overlaps(a, b) {
  if (a[0] === a[1] && b[0] === b[1])
    return a[0] === b[0];
  return a[0] < b[1] && b[0] < a[1];
}
async function writeAtomically(file, content) {
  const { mode } = await stat(file);
  const temporary = `${file}.arch-lint-fix-${process.pid}.tmp`;
  try {
    await writeFile(temporary, content, { encoding: "utf8", mode });
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
export {
  applyFixes
};
//# sourceMappingURL=apply-V2AS33BB.js.map
