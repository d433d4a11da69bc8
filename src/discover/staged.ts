/**
 * Discovery for `--staged` (pre-commit): the staged files with their staged content, and the files a scan of
 * them needs for resolution — every deployment/config manifest of the repository (few, and any of them may
 * bind an env var the staged code reads) and the index of source files imports are followed into.
 * The repository is listed with `git ls-files` (it already knows what .gitignore excludes), which is much
 * faster than walking the tree: a commit of five files must not pay for a 20,000-file walk.
 */
import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { DiscoveredFile, Problem } from '../model.js';
import { classifyFile } from './classify.js';
import { GitError, stagedFiles } from './git.js';
import { ALWAYS_SKIPPED_DIRS, MAX_FILE_BYTES } from './index.js';
import { BINARY_SNIFF_BYTES } from './read.js';

export interface StagedSelectionOptions {
  /** Absolute scan root. */
  root: string;
  include?: readonly string[];
  exclude?: readonly string[];
}

export interface StagedSelection {
  /** Staged files that pass discovery's filters, with their staged content: the files findings are reported on. */
  staged: { file: DiscoveredFile; content: string }[];
  /** Every manifest of the repository under the root that is not staged (read from the work tree). */
  manifests: DiscoveredFile[];
  /** Every source file under the root (staged or not), for following imports: its DiscoveredFile, or undefined. */
  sourceFile: (relPath: string) => DiscoveredFile | undefined;
  problems: Problem[];
}

const SKIPPED = new Set<string>(ALWAYS_SKIPPED_DIRS);

/**
 * A glob (as in `include`/`exclude`: `**`, `*`, `?`, `{a,b}`, `[abc]`) as a regular expression over a whole
 * root-relative path. Enough for config patterns; discovery's full walk uses globby itself.
 */
export function globToRegExp(pattern: string): RegExp {
  const glob = pattern.replace(/^\.\//, '');
  let out = '';
  let braces = 0;
  for (let index = 0; index < glob.length; index++) {
    const char = glob[index]!;
    if (char === '*') {
      if (glob[index + 1] === '*') {
        const slashAfter = glob[index + 2] === '/';
        out += slashAfter ? '(?:.*/)?' : '.*';
        index += slashAfter ? 2 : 1;
      } else out += '[^/]*';
    } else if (char === '?') out += '[^/]';
    else if (char === '{') {
      braces++;
      out += '(?:';
    } else if (char === '}' && braces > 0) {
      braces--;
      out += ')';
    } else if (char === ',' && braces > 0) out += '|';
    else if (char === '[') {
      const close = glob.indexOf(']', index + 1);
      if (close === -1) out += '\\[';
      else {
        out += `[${glob.slice(index + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        index = close;
      }
    } else out += char.replace(/[.+^$()|\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

/** Whether the path, or one of the directories it is in, matches one of the patterns (a directory pattern covers its content, as in globby). */
function matchesAny(relPath: string, patterns: readonly RegExp[]): boolean {
  if (patterns.length === 0) return false;
  const segments = relPath.split('/');
  for (let length = segments.length; length > 0; length--) {
    const prefix = segments.slice(0, length).join('/');
    if (patterns.some((pattern) => pattern.test(prefix))) return true;
  }
  return false;
}

function listFiles(root: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    // Run in the root: git lists paths relative to it, and only below it. Tracked files only: an untracked
    // file is not part of what is being committed (and finding untracked files means walking the whole tree).
    execFile('git', ['-c', 'core.quotepath=off', 'ls-files', '-z', '--cached'], { cwd: root, maxBuffer: 512 * 1024 * 1024, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } }, (error, stdout, stderr) => {
      if (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') reject(new GitError('git is not installed or not on PATH; --staged needs it.'));
        else reject(new GitError(`cannot list the repository's files (${stderr.trim() || error.message}).`));
        return;
      }
      resolve([...new Set(stdout.split('\0').filter((entry) => entry !== ''))].sort());
    });
  });
}

/** The staged files to scan and what resolving them needs, filtered like a full scan would filter them. */
export async function selectStagedFiles(options: StagedSelectionOptions): Promise<StagedSelection> {
  const root = path.resolve(options.root);
  const [stagedOutcome, listedOutcome] = await Promise.allSettled([stagedFiles(root), listFiles(root)]);
  // stagedFiles explains "not a repository" best: its error first.
  if (stagedOutcome.status === 'rejected') throw stagedOutcome.reason;
  if (listedOutcome.status === 'rejected') throw listedOutcome.reason;
  const staged = stagedOutcome.value;
  const listed = listedOutcome.value;
  const include = (options.include ?? []).filter((pattern) => pattern !== '**/*').map(globToRegExp);
  const exclude = (options.exclude ?? []).map(globToRegExp);
  const wanted = (relPath: string): boolean => {
    const segments = relPath.split('/');
    if (segments.slice(0, -1).some((segment) => SKIPPED.has(segment))) return false;
    if (relPath.endsWith('.min.js')) return false;
    if (include.length > 0 && !matchesAny(relPath, include)) return false;
    return !matchesAny(relPath, exclude);
  };

  const all = new Set([...listed, ...staged.map((file) => file.path)]);
  const packageDirs = new Set<string>();
  for (const relPath of all) if (relPath === 'package.json' || relPath.endsWith('/package.json')) packageDirs.add(path.posix.dirname(relPath) === '.' ? '' : path.posix.dirname(relPath));

  const problems: Problem[] = [];
  const stagedPaths = new Set<string>();
  const selected: StagedSelection['staged'] = [];
  for (const { path: relPath, content } of staged) {
    if (!wanted(relPath)) continue;
    const kind = classifyFile(relPath, { packageDirs });
    if (!kind) continue;
    stagedPaths.add(relPath);
    const size = Buffer.byteLength(content);
    if (size > MAX_FILE_BYTES) {
      problems.push({ file: relPath, severity: 'warning', code: 'too-large', message: `file is ${(size / 1024 / 1024).toFixed(1)} MB, over the 2 MB limit (generated or data file?); skipped it` });
      continue;
    }
    if (content.slice(0, BINARY_SNIFF_BYTES).includes('\0')) {
      problems.push({ file: relPath, severity: 'warning', code: 'binary', message: 'looks like a binary file (NUL byte in the first 8 KB); skipped it' });
      continue;
    }
    selected.push({ file: { absPath: path.join(root, relPath), path: relPath, kind, size }, content: content.charCodeAt(0) === 0xfeff ? content.slice(1) : content });
  }

  const manifests: DiscoveredFile[] = [];
  for (const relPath of all) {
    const kind = classifyFile(relPath, { packageDirs });
    if (!kind || kind.type === 'source' || stagedPaths.has(relPath) || !wanted(relPath)) continue;
    manifests.push({ absPath: path.join(root, relPath), path: relPath, kind, size: 0 });
  }
  // Source files are looked up only when an import names them: no DiscoveredFile for the thousands never imported.
  const sourceFile = (relPath: string): DiscoveredFile | undefined => {
    if (!all.has(relPath) || !wanted(relPath)) return undefined;
    const kind = classifyFile(relPath, { packageDirs });
    // Sizes are read only for the files actually extracted (readDiscoveredFile guards them); 0 here.
    return kind?.type === 'source' ? { absPath: path.join(root, relPath), path: relPath, kind, size: 0 } : undefined;
  };
  // A listed file may be deleted in the work tree but not yet staged as deleted; drop what is gone.
  const present = await Promise.all(
    manifests.map(async (file) => {
      try {
        const info = await stat(file.absPath);
        file.size = info.size;
        return info.isFile() && info.size <= MAX_FILE_BYTES;
      } catch {
        return false;
      }
    }),
  );
  return { staged: selected, manifests: manifests.filter((_, index) => present[index]), sourceFile, problems };
}
