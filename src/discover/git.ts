/**
 * Git helpers for diff-aware runs: `--staged` (pre-commit: the staged content, not the work tree)
 * and `--changed-since <ref>` (pull requests: only lines changed since the merge base).
 * Uses the `git` binary; paths returned are relative to `root`, `/`-separated.
 */
import { execFile } from 'node:child_process';
import { lstatSync, realpathSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { KnownError } from '../config/errors.js';
import { safeGitArgs, safeGitEnv } from './git-safety.js';

/** Git is missing, `root` is not a repository, or a ref cannot be found (the message says how to fix it). */
export class GitError extends KnownError {
  override name = 'GitError';
}

interface GitRun {
  stdout: string;
  stderr: string;
}

function git(root: string, args: string[], options: { maxBuffer?: number } = {}): Promise<GitRun> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      // No pager, no colour, no locale-translated messages (we parse the output), and no program the scanned
      // repository configures (fsmonitor, filters, external diff, textconv, hooks): see git-safety.ts.
      safeGitArgs(root, args),
      { cwd: root, maxBuffer: options.maxBuffer ?? 256 * 1024 * 1024, encoding: 'utf8', env: safeGitEnv() },
      (error, stdout, stderr) => {
        if (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'ENOENT') reject(new GitError('git is not installed or not on PATH; --staged and --changed-since need it.'));
          else reject(Object.assign(error, { stdout, stderr }));
          return;
        }
        resolve({ stdout, stderr });
      },
    );
  });
}

function stderrOf(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'stderr' in error && typeof error.stderr === 'string') return error.stderr.trim();
  return error instanceof Error ? error.message : String(error);
}

/** Absolute path of the repository's top level containing `root`. */
async function topLevel(root: string): Promise<string> {
  try {
    return (await git(root, ['rev-parse', '--show-toplevel'])).stdout.trim();
  } catch (error) {
    if (error instanceof GitError) throw error;
    throw new GitError(`${root} is not inside a git repository (${stderrOf(error)}); --staged and --changed-since need one.`);
  }
}

/**
 * Git reports paths relative to the repository's top level; we want them relative to the scan root.
 * Files outside the root are dropped (null).
 */
function toRootRelative(top: string, root: string, repoPath: string): string | null {
  // git prints the real top-level path; compare with the real root so a symlinked root (/tmp on macOS) still matches.
  let realRoot = path.resolve(root);
  try {
    realRoot = realpathSync(realRoot);
  } catch {
    // keep the resolved path
  }
  const relative = path.relative(realRoot, path.join(top, repoPath)).split(path.sep).join('/');
  return relative.startsWith('../') || relative === '..' || path.isAbsolute(relative) ? null : relative;
}

/** True when the repository is a shallow clone (CI checkouts usually are). */
export async function isShallow(root: string): Promise<boolean> {
  try {
    return (await git(root, ['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true';
  } catch (error) {
    if (error instanceof GitError) throw error;
    throw new GitError(`${root} is not inside a git repository (${stderrOf(error)}).`);
  }
}

export interface StagedFile {
  /** Relative to `root`, `/`-separated. */
  path: string;
  /** The staged (index) content, which may differ from the work tree. */
  content: string;
}

/** Files added, copied, modified or renamed in the index (deleted ones have nothing to scan), with their staged content. */
export async function stagedFiles(root: string): Promise<StagedFile[]> {
  const top = await topLevel(root);
  let listing: string;
  try {
    listing = (await git(top, ['diff', '--cached', '--no-ext-diff', '--no-textconv', '--name-only', '--diff-filter=ACMR', '-z'])).stdout;
  } catch (error) {
    throw new GitError(`cannot list staged files (${stderrOf(error)}).`);
  }
  const repoPaths = listing.split('\0').filter((entry) => entry !== '').sort();
  const files: StagedFile[] = [];
  for (const repoPath of repoPaths) {
    const relative = toRootRelative(top, root, repoPath);
    if (relative === null) continue;
    try {
      // `:path` is the index (stage 0) version; `./` would make it relative to cwd, so give the top-level path.
      const { stdout } = await git(top, ['show', `:${repoPath}`]);
      files.push({ path: relative, content: stdout });
    } catch (error) {
      throw new GitError(`cannot read the staged content of ${repoPath} (${stderrOf(error)}).`);
    }
  }
  return files;
}

async function refExists(root: string, ref: string): Promise<boolean> {
  try {
    await git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

/** Commit the work is compared with: the merge base of `ref` and HEAD. */
export async function mergeBase(root: string, ref: string): Promise<string> {
  const shallow = await isShallow(root);
  if (!(await refExists(root, ref))) {
    throw new GitError(
      `git ref '${ref}' was not found${shallow ? ' (this is a shallow clone)' : ''}. ` +
        `Fetch it first, e.g. 'git fetch --depth=1000 origin ${ref.replace(/^origin\//, '')}', ` +
        `or in GitHub Actions use actions/checkout with 'fetch-depth: 0' (GitLab: GIT_DEPTH: 0).`,
    );
  }
  try {
    return (await git(root, ['merge-base', ref, 'HEAD'])).stdout.trim();
  } catch (error) {
    throw new GitError(
      `no merge base between '${ref}' and HEAD${shallow ? ': the shallow clone does not reach back to where they diverged' : ''} (${stderrOf(error) || 'git merge-base failed'}). ` +
        `Deepen the history ('git fetch --deepen=1000' or 'fetch-depth: 0' in actions/checkout), then run again.`,
    );
  }
}

/**
 * Parse `git diff -U0` output into the lines each file has on the new side that were added or changed.
 * Paths are as git prints them (relative to the repository top level); deleted files are left out.
 */
export function parseChangedLines(diff: string): Map<string, Set<number>> {
  const changed = new Map<string, Set<number>>();
  let current: Set<number> | null = null;
  for (const line of diff.split('\n')) {
    if (line.startsWith('diff --git ')) {
      current = null;
    } else if (line.startsWith('+++ ')) {
      const target = line.slice(4).replace(/\t$/, '');
      if (target === '/dev/null') {
        current = null;
      } else {
        const file = target.startsWith('b/') ? target.slice(2) : target;
        current = changed.get(file) ?? new Set<number>();
        changed.set(file, current);
      }
    } else if (line.startsWith('@@') && current) {
      const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
      if (!hunk) continue;
      const start = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      for (let offset = 0; offset < count; offset++) current.add(start + offset);
    }
  }
  return changed;
}

/**
 * Lines changed (added or modified, work tree included) since the merge base of `ref` and HEAD,
 * by root-relative path. Untracked files (not ignored) count as all new. Files with only deletions map to an empty set.
 */
export async function changedLines(root: string, ref: string): Promise<Map<string, Set<number>>> {
  const top = await topLevel(root);
  const base = await mergeBase(top, ref);
  let diff: string;
  try {
    // Against the work tree, so uncommitted edits count too; no renames detection tricks: a renamed file's lines are all new.
    diff = (await git(top, ['diff', '-U0', '--no-ext-diff', '--no-textconv', '--no-renames', '--src-prefix=a/', '--dst-prefix=b/', base])).stdout;
  } catch (error) {
    throw new GitError(`git diff against ${base} failed (${stderrOf(error)}).`);
  }
  const changed = parseChangedLines(diff);
  // New files not yet added to git are all new lines: `git diff` does not show them, and dropping them would hide findings.
  let untracked: string[] = [];
  try {
    untracked = (await git(top, ['ls-files', '--others', '--exclude-standard', '-z'])).stdout.split('\0').filter((entry) => entry !== '');
  } catch {
    // best effort: without the list, untracked files are simply not reported as changed
  }
  for (const repoPath of untracked) {
    try {
      // Regular files only: a FIFO would block the read forever, a device would never end, a link may leave the repository.
      if (!lstatSync(path.join(top, repoPath)).isFile()) continue;
      const content = await readFile(path.join(top, repoPath), 'utf8');
      const count = content === '' ? 0 : content.split('\n').length - (content.endsWith('\n') ? 1 : 0);
      changed.set(repoPath, new Set(Array.from({ length: count }, (_, index) => index + 1)));
    } catch {
      // unreadable (a socket, a vanished file): nothing to scan there
    }
  }
  const byRoot = new Map<string, Set<number>>();
  for (const [repoPath, lines] of changed) {
    const relative = toRootRelative(top, root, repoPath);
    if (relative !== null) byRoot.set(relative, lines);
  }
  return byRoot;
}

/** The parts of a finding and its call that `--changed-since` looks at (structural, so any Finding/ResolvedCall fits). */
interface ChangedLineSubject {
  file: string;
  line: number;
  related?: readonly { file: string; line: number }[];
}
interface ChangedLineCall {
  targets: readonly { binding?: ChangedLineSubject; literal?: ChangedLineSubject }[];
}

/**
 * Whether `--changed-since` keeps a finding: its own line changed, or a line that decided where its call goes
 * did (the env/Deployment binding, or the literal the URL was written in, possibly in another file). So a changed
 * `.env` that turns an existing call into a direct integration is reported on the call.
 */
export function isOnChangedLines(finding: ChangedLineSubject, call: ChangedLineCall | undefined, changed: ReadonlyMap<string, ReadonlySet<number>>): boolean {
  const touched = (where: ChangedLineSubject | undefined): boolean => where !== undefined && (changed.get(where.file)?.has(where.line) ?? false);
  if (touched(finding)) return true;
  // One finding per integration point: a change at any of its call sites is a change to it.
  if (finding.related?.some(touched)) return true;
  return call?.targets.some((target) => touched(target.binding) || touched(target.literal)) ?? false;
}
