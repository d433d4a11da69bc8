/**
 * Applying findings' fixes (`arch-lint --fix`, `--fix-dry-run`): each fix replaces a character range of one
 * file. A fix is applied only while the file still holds the text the scan saw at that range (and, when the fix
 * records it, while the whole file still has the content hash the scan saw); fixes that
 * overlap, point outside the file or outside the root are left alone. Everything left says why.
 */
import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Finding } from '../model.js';
import { unifiedDiff } from './diff.js';
import { contentHash } from '../content-hash.js';

export interface ApplyFixesOptions {
  /** Compute the diff and the outcome without writing any file. */
  dryRun: boolean;
}

type Fix = NonNullable<Finding['fix']>;

export interface AppliedFix {
  file: string;
  range: [number, number];
  text: string;
  description: string;
  /** Fingerprints of the findings this fix resolves (several findings may share one literal). */
  findings: string[];
}

export interface SkippedFix {
  file: string;
  description: string;
  /** Why it was left: file changed since the scan, overlapping fixes, outside the root… */
  reason: string;
  findings: string[];
}

export interface ApplyFixesResult {
  applied: AppliedFix[];
  skipped: SkippedFix[];
  /** Unified diff of every change (applied, or that would be applied in a dry run); '' when none. */
  diff: string;
  /** Files changed (or that would change), root-relative, sorted. */
  files: string[];
}

/** Fixes of findings that are reported (not suppressed), identical fixes merged. */
function collectFixes(findings: readonly Finding[]): { fix: Fix; findings: string[] }[] {
  const byKey = new Map<string, { fix: Fix; findings: string[] }>();
  for (const finding of findings) {
    if (!finding.fix || finding.suppressed) continue;
    const fix = finding.fix;
    const key = JSON.stringify([fix.file, fix.range, fix.text, fix.expected ?? null]);
    const existing = byKey.get(key);
    if (existing) existing.findings.push(finding.fingerprint);
    else byKey.set(key, { fix, findings: [finding.fingerprint] });
  }
  return [...byKey.values()];
}

/**
 * Apply the fixes carried by `source`'s findings to the files under `root` (the scan root the fixes' paths
 * are relative to). Never throws for a bad fix or file: it ends up in `skipped` with a reason.
 */
export async function applyFixes(root: string, source: readonly Finding[] | { readonly findings: readonly Finding[] }, options: ApplyFixesOptions): Promise<ApplyFixesResult> {
  const findings = 'findings' in source ? source.findings : source;
  const applied: AppliedFix[] = [];
  const skipped: SkippedFix[] = [];
  const diffs: string[] = [];
  const files: string[] = [];
  const skip = (entry: { fix: Fix; findings: string[] }, reason: string) =>
    skipped.push({ file: entry.fix.file, description: entry.fix.description, reason, findings: entry.findings });

  const byFile = new Map<string, { fix: Fix; findings: string[] }[]>();
  for (const entry of collectFixes(findings)) {
    const list = byFile.get(entry.fix.file) ?? [];
    list.push(entry);
    byFile.set(entry.fix.file, list);
  }

  for (const file of [...byFile.keys()].sort()) {
    const entries = byFile.get(file) ?? [];
    const absolute = path.resolve(root, file);
    const relative = path.relative(path.resolve(root), absolute);
    if (path.isAbsolute(file) || relative.startsWith('..') || path.isAbsolute(relative)) {
      entries.forEach((entry) => skip(entry, `the file is outside the scan root ${root}; arch-lint only changes files under it`));
      continue;
    }
    let content: string;
    try {
      content = await readFile(absolute, 'utf8');
    } catch (error) {
      entries.forEach((entry) => skip(entry, `could not read the file (${error instanceof Error ? error.message : String(error)})`));
      continue;
    }

    const candidates: { fix: Fix; findings: string[] }[] = [];
    for (const entry of entries) {
      const problem = checkFix(entry.fix, content);
      if (problem) skip(entry, problem);
      else candidates.push(entry);
    }
    candidates.sort((a, b) => a.fix.range[0] - b.fix.range[0] || a.fix.range[1] - b.fix.range[1]);
    const overlapping = new Set<number>();
    for (let index = 1; index < candidates.length; index++) {
      const previous = candidates[index - 1];
      const current = candidates[index];
      if (previous && current && overlaps(previous.fix.range, current.fix.range)) {
        overlapping.add(index - 1);
        overlapping.add(index);
      }
    }
    const accepted = candidates.filter((entry, index) => {
      if (!overlapping.has(index)) return true;
      skip(entry, 'another fix changes an overlapping range of this file; the result would be ambiguous, so neither was applied');
      return false;
    });
    if (accepted.length === 0) continue;

    let updated = content;
    for (const entry of [...accepted].reverse()) {
      updated = updated.slice(0, entry.fix.range[0]) + entry.fix.text + updated.slice(entry.fix.range[1]);
    }
    if (updated === content) continue;
    if (!options.dryRun) {
      try {
        await writeAtomically(absolute, updated);
      } catch (error) {
        accepted.forEach((entry) => skip(entry, `could not write the file (${error instanceof Error ? error.message : String(error)})`));
        continue;
      }
    }
    diffs.push(unifiedDiff(file.split(path.sep).join('/'), content, updated));
    files.push(file);
    for (const entry of accepted) {
      applied.push({ file, range: entry.fix.range, text: entry.fix.text, description: entry.fix.description, findings: entry.findings });
    }
  }
  return { applied, skipped, diff: diffs.join(''), files: files.sort() };
}

/** Why a fix cannot be applied to `content` as it is now, or null when it can. */
function checkFix(fix: Fix, content: string): string | null {
  const [start, end] = fix.range;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) return `its range [${start}, ${end}] is not a valid range`;
  if (end > content.length) return 'the file is shorter than when it was scanned (changed since the scan); re-run arch-lint';
  if (fix.expected === undefined) return 'the fix does not record the text it replaces, so arch-lint cannot check the file is unchanged';
  if (content.slice(start, end) !== fix.expected) return `the file changed since the scan (it no longer holds '${fix.expected}' at that place); re-run arch-lint`;
  // An edit elsewhere in the file leaves the range intact, but the file is still not the one the scan judged.
  if (fix.contentHash !== undefined && contentHash(content) !== fix.contentHash) return 'the file changed since the scan (its content is not the one scanned); re-run arch-lint';
  return null;
}

/** Ranges that share any character, or two insertions at one point, conflict. */
function overlaps(a: [number, number], b: [number, number]): boolean {
  if (a[0] === a[1] && b[0] === b[1]) return a[0] === b[0];
  return a[0] < b[1] && b[0] < a[1];
}

/** Write next to the file and rename over it, keeping its mode, so an interrupted write never leaves half a file. */
async function writeAtomically(file: string, content: string): Promise<void> {
  const { mode } = await stat(file);
  const temporary = `${file}.arch-lint-fix-${process.pid}.tmp`;
  try {
    await writeFile(temporary, content, { encoding: 'utf8', mode });
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
