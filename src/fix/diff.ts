/**
 * A unified diff (`--- a/f`, `+++ b/f`, `@@ -l,n +l,n @@`, 3 lines of context) between two versions
 * of a file, for `--fix-dry-run` and for reporting what `--fix` changed. Fixes change a few lines, so
 * a line diff over the common prefix/suffix of each changed region is enough (no general LCS needed).
 */

const CONTEXT = 3;

interface Edit {
  /** 0-based first old line replaced, and how many. */
  oldStart: number;
  oldCount: number;
  newLines: string[];
}

/** Appended to a last line that has no newline, so "a" at the end of a file and "a\n" compare different. */
const NO_NEWLINE = '\u0000no-newline';

export function unifiedDiff(file: string, before: string, after: string): string {
  if (before === after) return '';
  const oldLines = splitLines(before);
  const newLines = splitLines(after);
  const edits = lineEdits(oldLines, newLines);
  if (edits.length === 0) return '';

  let out = `--- a/${file}\n+++ b/${file}\n`;
  let delta = 0;
  let index = 0;
  while (index < edits.length) {
    // Group edits whose context would touch into one hunk.
    const group: Edit[] = [edits[index] as Edit];
    while (index + 1 < edits.length) {
      const last = group[group.length - 1] as Edit;
      const next = edits[index + 1] as Edit;
      if (next.oldStart - (last.oldStart + last.oldCount) > 2 * CONTEXT) break;
      group.push(next);
      index++;
    }
    index++;
    const first = group[0] as Edit;
    const last = group[group.length - 1] as Edit;
    const hunkStart = Math.max(0, first.oldStart - CONTEXT);
    const hunkEnd = Math.min(oldLines.length, last.oldStart + last.oldCount + CONTEXT);
    const body: string[] = [];
    let oldCount = 0;
    let newCount = 0;
    let line = hunkStart;
    const groupDelta = delta;
    for (const edit of group) {
      for (; line < edit.oldStart; line++, oldCount++, newCount++) body.push(markLine(' ', oldLines[line] ?? ''));
      for (let k = 0; k < edit.oldCount; k++, line++, oldCount++) body.push(markLine('-', oldLines[line] ?? ''));
      for (const text of edit.newLines) {
        body.push(markLine('+', text));
        newCount++;
      }
      delta += edit.newLines.length - edit.oldCount;
    }
    for (; line < hunkEnd; line++, oldCount++, newCount++) body.push(markLine(' ', oldLines[line] ?? ''));
    const oldFrom = oldCount === 0 ? hunkStart : hunkStart + 1;
    const newFrom = newCount === 0 ? hunkStart + groupDelta : hunkStart + groupDelta + 1;
    out += `@@ -${oldFrom},${oldCount} +${newFrom},${newCount} @@\n${body.join('')}`;
  }
  return out;
}

function markLine(marker: string, text: string): string {
  if (text.endsWith(NO_NEWLINE)) return `${marker}${text.slice(0, -NO_NEWLINE.length)}\n\\ No newline at end of file\n`;
  return `${marker}${text}\n`;
}

function splitLines(content: string): string[] {
  if (content === '') return [];
  const lines = content.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  else lines[lines.length - 1] += NO_NEWLINE;
  return lines;
}

/**
 * Changed regions: walk both line lists, and at each difference find where they agree again
 * (the nearest line pair that matches, searching a bounded window), which is exact for in-place rewrites.
 */
function lineEdits(oldLines: readonly string[], newLines: readonly string[]): Edit[] {
  const edits: Edit[] = [];
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

const WINDOW = 200;

function findResync(oldLines: readonly string[], newLines: readonly string[], i: number, j: number): { i: number; j: number } {
  // Smallest total skip first, so a one-line rewrite stays a one-line edit.
  for (let total = 1; total <= 2 * WINDOW; total++) {
    for (let skipOld = 0; skipOld <= total; skipOld++) {
      const a = i + skipOld;
      const b = j + (total - skipOld);
      if (a > oldLines.length || b > newLines.length) continue;
      if (a === oldLines.length && b === newLines.length) return { i: a, j: b };
      if (a < oldLines.length && b < newLines.length && oldLines[a] === newLines[b] && agreesAfter(oldLines, newLines, a, b)) return { i: a, j: b };
    }
  }
  return { i: oldLines.length, j: newLines.length };
}

/** A resync point must be followed by a few agreeing lines (or the end), so a repeated blank line does not fool it. */
function agreesAfter(oldLines: readonly string[], newLines: readonly string[], a: number, b: number): boolean {
  for (let k = 1; k < 3; k++) {
    if (a + k >= oldLines.length || b + k >= newLines.length) return a + k >= oldLines.length && b + k >= newLines.length;
    if (oldLines[a + k] !== newLines[b + k]) return false;
  }
  return true;
}
