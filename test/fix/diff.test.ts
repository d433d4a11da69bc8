import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unifiedDiff } from '../../src/fix/diff.js';

/** Apply `patch` to a file holding `before` with git, and return the result. */
function gitApply(before: string, patch: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'arch-lint-diff-'));
  try {
    writeFileSync(path.join(dir, 'f.txt'), before);
    writeFileSync(path.join(dir, 'p.patch'), patch);
    execFileSync('git', ['apply', '--unidiff-zero', 'p.patch'], { cwd: dir, stdio: 'pipe' });
    return readFileSync(path.join(dir, 'f.txt'), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const lines = (count: number) => Array.from({ length: count }, (_, index) => `line ${index + 1}`).join('\n') + '\n';

describe('unifiedDiff', () => {
  it('is empty for equal texts', () => {
    expect(unifiedDiff('f.txt', 'a\n', 'a\n')).toBe('');
  });

  it('shows one changed line with three lines of context', () => {
    const before = lines(10);
    const after = before.replace('line 5\n', 'line five\n');
    expect(unifiedDiff('f.txt', before, after)).toBe('--- a/f.txt\n+++ b/f.txt\n@@ -2,7 +2,7 @@\n line 2\n line 3\n line 4\n-line 5\n+line five\n line 6\n line 7\n line 8\n');
  });

  it('joins nearby changes into one hunk and keeps distant ones apart', () => {
    const before = lines(30);
    const near = before.replace('line 5\n', 'x\n').replace('line 9\n', 'y\n');
    expect(unifiedDiff('f.txt', before, near).match(/^@@/gm)).toHaveLength(1);
    const far = before.replace('line 2\n', 'x\n').replace('line 25\n', 'y\n');
    expect(unifiedDiff('f.txt', before, far).match(/^@@ .*/gm)).toEqual(['@@ -1,5 +1,5 @@', '@@ -22,7 +22,7 @@']);
  });

  it('marks a last line without newline', () => {
    expect(unifiedDiff('f.txt', 'a\nb', 'a\nc')).toBe('--- a/f.txt\n+++ b/f.txt\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n');
  });

  it('produces patches git applies, for any line edits (property)', () => {
    const text = fc.array(fc.constantFrom('a', 'b', 'c', '', 'url: https://x'), { maxLength: 12 });
    fc.assert(
      fc.property(text, text, fc.boolean(), (beforeLines, afterLines, finalNewline) => {
        const before = beforeLines.join('\n') + (finalNewline && beforeLines.length > 0 ? '\n' : '');
        const after = afterLines.join('\n') + (finalNewline && afterLines.length > 0 ? '\n' : '');
        const patch = unifiedDiff('f.txt', before, after);
        if (before === after) return patch === '';
        if (before === '' || after === '') return true; // file creation/deletion: not a fix's business
        return gitApply(before, patch) === after;
      }),
      { numRuns: 60 },
    );
  });
});
