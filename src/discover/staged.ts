/**
 * Discovery for `--staged` (pre-commit): the staged files with their staged content, and the files a scan of
 * them needs for resolution — the deployment/config manifests of the repository (lint.ts parses only those that
 * can matter to the staged code: `manifestMayMatter`) and the index of source files imports are followed into.
 * The repository is listed with `git ls-files` (it already knows what .gitignore excludes), which is much
 * faster than walking the tree: a commit of five files must not pay for a 20,000-file walk.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Binding, DiscoveredFile, FileFacts, Problem } from '../model.js';
import { visitSyms } from '../extract/facts.js';
import { CHART_VALUE_PREFIX } from '../extract/manifests/helm-template.js';
import { classifyFile, nodeConfigDirsOf } from './classify.js';
import { GitError, stagedFiles } from './git.js';
import { safeGitArgs, safeGitEnv } from './git-safety.js';
import { ALWAYS_SKIPPED_DIRS, MAX_FILE_BYTES } from './index.js';
import { BINARY_SNIFF_BYTES, decodeFileBytes, readDiscoveredFileSync, type ReadOutcome } from './read.js';

export interface StagedSelectionOptions {
  /** Absolute scan root. */
  root: string;
  include?: readonly string[];
  exclude?: readonly string[];
  /** `readStagedIndex(root)`, when the caller started it earlier (git then runs while modules load). */
  index?: Promise<StagedIndex>;
}

/** What git says: the staged files with their staged content, and every tracked path (root-relative). */
export interface StagedIndex {
  staged: { path: string; content: string }[];
  listed: string[];
}

export interface StagedSelection {
  /** Staged files that pass discovery's filters, with their staged content: the files findings are reported on. */
  staged: { file: DiscoveredFile; content: string }[];
  /** Every manifest of the repository under the root that is not staged (read from the work tree; `size` is set once read). */
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

/** Run git in `root` (no quoting of paths, C locale: the output is parsed); stdout as a Buffer. */
function runGit(root: string, args: readonly string[], input?: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = execFile('git', safeGitArgs(root, args), { cwd: root, maxBuffer: 512 * 1024 * 1024, encoding: 'buffer', env: safeGitEnv() }, (error, stdout, stderr) => {
      if (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') reject(new GitError('git is not installed or not on PATH; --staged needs it.'));
        else reject(new GitError(`git ${args[0]} failed (${stderr.toString('utf8').trim() || error.message}).`));
        return;
      }
      resolve(stdout);
    });
    if (input !== undefined) child.stdin?.end(input);
  });
}

/** Every tracked path below the root (root-relative). Paths only: the blobs needed are the staged ones (`listStaged`). */
async function listTracked(root: string): Promise<string[]> {
  // Tracked files only: an untracked file is not part of what is being committed (and finding untracked files
  // means walking the whole tree).
  const listing = (await runGit(root, ['ls-files', '-z'])).toString('utf8');
  return listing.split('\0').filter((entry) => entry !== '');
}

/** Paths (root-relative) added, copied or modified in the index, below the root, with their staged blob. */
async function listStaged(root: string): Promise<{ path: string; blob: string }[]> {
  // `:<old mode> <new mode> <old blob> <new blob> <status>\0<path>\0` per entry; renames as delete + add.
  const listing = (await runGit(root, ['diff', '--cached', '--no-ext-diff', '--no-textconv', '--raw', '-z', '--no-abbrev', '--no-renames', '--relative', '--diff-filter=ACM'])).toString('utf8').split('\0');
  const staged: { path: string; blob: string }[] = [];
  for (let index = 0; index + 1 < listing.length; index += 2) {
    const [, mode, , blob] = listing[index]!.slice(1).split(' ');
    // Submodules (gitlinks) have no blob to read; an all-zero blob is not in the object store (intent-to-add).
    if (mode === '160000' || blob === undefined || /^0+$/.test(blob)) continue;
    staged.push({ path: listing[index + 1]!, blob });
  }
  return staged.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The contents of blobs, read with one `git cat-file --batch` (one git process, not one per staged file). */
async function readBlobs(root: string, blobs: readonly string[]): Promise<string[]> {
  if (blobs.length === 0) return [];
  const output = await runGit(root, ['cat-file', '--batch'], blobs.map((blob) => `${blob}\n`).join(''));
  const contents: string[] = [];
  let offset = 0;
  for (const blob of blobs) {
    // `<blob> blob <size>\n<content>\n`, or `<blob> missing\n`
    const headerEnd = output.indexOf(0x0a, offset);
    const header = output.toString('utf8', offset, headerEnd).split(' ');
    if (headerEnd < 0 || header[0] !== blob || header[1] !== 'blob') throw new GitError(`cannot read the staged content of blob ${blob} (${header.join(' ')}).`);
    const size = Number(header[2]);
    contents.push(output.toString('utf8', headerEnd + 1, headerEnd + 1 + size));
    offset = headerEnd + 1 + size + 1;
  }
  return contents;
}

/**
 * The staged files with their staged content and every tracked path: three git processes, the first two at once
 * (a pre-commit hook must not pay one process per file). On any failure, `stagedFiles` runs to give its message.
 */
export async function readStagedIndex(root: string, onStagedPaths?: (paths: string[]) => void): Promise<StagedIndex> {
  let staged: { path: string; blob: string }[];
  let listed: string[];
  try {
    // The staged list comes first (a short output): `onStagedPaths` can start work while the index is listed.
    const stagedList = listStaged(root).then((entries) => {
      onStagedPaths?.(entries.map((entry) => entry.path));
      return entries;
    });
    [staged, listed] = await Promise.all([stagedList, listTracked(root)]);
  } catch (error) {
    // stagedFiles explains "not a repository" and a missing git best.
    await stagedFiles(root);
    throw error;
  }
  const contents = await readBlobs(root, staged.map((entry) => entry.blob));
  return { staged: staged.map((entry, position) => ({ path: entry.path, content: contents[position]! })), listed };
}

/** The staged files to scan and what resolving them needs, filtered like a full scan would filter them. */
export async function selectStagedFiles(options: StagedSelectionOptions): Promise<StagedSelection> {
  const root = path.resolve(options.root);
  const { staged, listed } = await (options.index ?? readStagedIndex(root));
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
  const nodeConfigDirs = nodeConfigDirsOf(all);

  const problems: Problem[] = [];
  const stagedPaths = new Set<string>();
  const selected: StagedSelection['staged'] = [];
  for (const { path: relPath, content } of staged) {
    if (!wanted(relPath)) continue;
    const kind = classifyFile(relPath, { packageDirs, nodeConfigDirs });
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
    const kind = classifyFile(relPath, { packageDirs, nodeConfigDirs });
    if (!kind || kind.type === 'source' || stagedPaths.has(relPath) || !wanted(relPath)) continue;
    manifests.push({ absPath: path.join(root, relPath), path: relPath, kind, size: 0 });
  }
  // Source files are looked up only when an import names them: no DiscoveredFile for the thousands never imported.
  const sourceFile = (relPath: string): DiscoveredFile | undefined => {
    if (!all.has(relPath) || !wanted(relPath)) return undefined;
    const kind = classifyFile(relPath, { packageDirs, nodeConfigDirs });
    // Sizes are read only for the files actually extracted (readDiscoveredFile guards them); 0 here.
    return kind?.type === 'source' ? { absPath: path.join(root, relPath), path: relPath, kind, size: 0 } : undefined;
  };
  // Manifests are not stat-ed here: `readManifestOfStagedRun` reads each one once, and drops those gone or too large.
  return { staged: selected, manifests, sourceFile, problems };
}

/**
 * A manifest's work-tree text for a staged run, or null when it should not be read: deleted in the work tree but not
 * yet staged as deleted, replaced by a folder, or over the size limit (a full scan reports those; the commit does not
 * touch them). Other failures (permissions, binary content) are problems, as in a full scan.
 */
export function readManifestOfStagedRun(file: DiscoveredFile): ReadOutcome | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file.absPath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return null;
    return readDiscoveredFileSync(file); // the same failure, as the problem a full scan reports
  }
  if (bytes.length > MAX_FILE_BYTES) return null;
  file.size = bytes.length;
  return decodeFileBytes(file, bytes);
}

/**
 * Manifest kinds whose only contribution a staged run can miss is bindings of names the staged code never reads,
 * or hosts it never calls: `--staged` parses them only when their text mentions one of those (see
 * `manifestMayMatter`). Every other kind (service manifests, Backstage, gateway, OpenAPI, node-config, Django
 * settings) is always parsed.
 */
const FILTERABLE_MANIFESTS = new Set<string>(['dotenv', 'compose', 'kubernetes', 'helm-values', 'spring', 'dockerfile', 'appsettings']);

/** Whether `--staged` always parses this manifest, whatever the staged code reads. */
export function alwaysParsedInStagedRun(file: DiscoveredFile): boolean {
  return file.kind.type === 'manifest' && !FILTERABLE_MANIFESTS.has(file.kind.manifest);
}

/**
 * A name as `manifestMayMatter` compares it: lower case, letters and digits only, so that an env var, its Spring
 * relaxed forms (`SISU_BASEURL`, `sisu.base-url`, `sisu.baseUrl`) and .NET's (`Sisu__BaseUrl`, `Sisu:BaseUrl`) meet.
 */
export function normalizedName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/** What the code and manifests read so far make relevant: names (normalized) a manifest must mention to matter, and env files named by workloads. */
export interface ManifestNeedles {
  names: Set<string>;
  envFiles: Set<string>;
  /** Directories (root-relative, '' = root) of the source files read: manifests in them or above them are always parsed (they may attribute the code to a workload). */
  sourceDirs: Set<string>;
}

const URL_HOST = /\/\/([A-Za-z0-9.-]+)/g;
const VALUE_REFERENCE = /\$\{?([A-Za-z_][A-Za-z0-9_.:-]*)/g;

function addHosts(text: string, names: Set<string>): void {
  for (const match of text.matchAll(URL_HOST)) {
    const host = match[1]!;
    names.add(normalizedName(host));
    // A Kubernetes Service or compose service is named by the host's first label (`orgreg.ns.svc` → `orgreg`).
    names.add(normalizedName(host.split('.')[0]!));
  }
}

/**
 * The needles for `manifestMayMatter`, from every file's facts so far: env var names and config keys the code
 * reads (a config key by its last segment: nested YAML writes `sisu:` and `url:` on different lines), hosts its
 * URL literals name; from manifests already parsed: the `${X}` names their values refer to, the ConfigMaps and
 * Secrets their `valueFrom`/`envFrom` name, the hosts in their values, and their workloads' env files.
 */
export function manifestNeedles(facts: readonly FileFacts[]): ManifestNeedles {
  const needles: ManifestNeedles = { names: new Set(), envFiles: new Set(), sourceDirs: new Set() };
  const { names } = needles;
  const bindings: Binding[] = [];
  for (const fileFacts of facts) {
    if (isSourceLanguage(fileFacts)) {
      const slash = fileFacts.file.lastIndexOf('/');
      needles.sourceDirs.add(slash < 0 ? '' : fileFacts.file.slice(0, slash));
    }
    visitSyms(fileFacts, (sym) => {
      if (sym.kind === 'env') names.add(normalizedName(sym.name));
      else if (sym.kind === 'config') {
        const segments = sym.key.split(/[.:]|__/).filter((segment) => segment !== '');
        names.add(normalizedName(segments[segments.length - 1] ?? sym.key));
      } else if (sym.kind === 'lit') addHosts(sym.value, names);
    });
    bindings.push(...fileFacts.bindings);
    for (const workload of fileFacts.workloads ?? []) for (const envFile of workload.envFiles ?? []) needles.envFiles.add(envFile);
  }
  // Bindings count only when the code may read them (or a binding that counts refers to them): a manifest binds
  // dozens of names, and following all of them would parse most of the repository again.
  let pending = bindings;
  for (let grown = true; grown; ) {
    grown = false;
    const waiting: Binding[] = [];
    for (const binding of pending) {
      const relevant = binding.ref?.key === null || bindingNames(binding).some((name) => names.has(name)) || (binding.configMap !== undefined && names.has(normalizedName(binding.configMap)));
      if (!relevant) {
        waiting.push(binding);
        continue;
      }
      const before = names.size;
      names.add(normalizedName(binding.name));
      for (const match of binding.value.matchAll(VALUE_REFERENCE)) {
        names.add(normalizedName(match[1]!));
        // A chart template's `.Values.a.b`: a values file writes `a:` and `b:` on different lines.
        const chartValue = match[1]!.startsWith(CHART_VALUE_PREFIX) ? match[1]!.split(':')[0]! : null;
        if (chartValue !== null) names.add(normalizedName(chartValue.slice(chartValue.lastIndexOf('.') + 1)));
      }
      addHosts(binding.value, names);
      if (binding.ref && binding.ref.kind !== 'field') names.add(normalizedName(binding.ref.name));
      if (binding.configMap !== undefined) names.add(normalizedName(binding.configMap));
      if (names.size > before) grown = true;
    }
    pending = waiting;
  }
  // A host the code may call, declared by a Route/Service naming its workload: the file that says which service
  // runs that workload (compose build context, image) is needed to attribute the host.
  for (const fileFacts of facts) {
    for (const host of fileFacts.hosts) if (host.workload !== null && (names.has(normalizedName(host.host)) || names.has(normalizedName(host.host.split('.')[0]!)))) names.add(normalizedName(host.workload));
  }
  names.delete('');
  return needles;
}

/** A binding's name as the code's reads are compared with it: whole, and (config keys) by its last segment. */
function bindingNames(binding: Binding): string[] {
  const segments = binding.name.split(/[.:]|__/).filter((segment) => segment !== '');
  return [normalizedName(binding.name), normalizedName(segments[segments.length - 1] ?? binding.name)];
}

function isSourceLanguage(fileFacts: FileFacts): boolean {
  return !MANIFEST_LANGUAGES.has(fileFacts.language);
}

const MANIFEST_LANGUAGES = new Set<string>(['service-manifest', 'backstage', 'dotenv', 'compose', 'kubernetes', 'helm-values', 'spring', 'node-config', 'dockerfile', 'ci-workflow', 'gravitee', 'openapi', 'appsettings', 'django-settings', 'build-module', 'nginx', 'gateway-config', 'apache', 'cypress']);

/**
 * Whether a filterable manifest can change what a `--staged` run reports, judged from its text: recall first, so
 * anything that may load values from elsewhere (`env_file`, `envFrom`), any manifest beside or above the code read,
 * any env file a workload loads, and any text mentioning a needle (compared normalized) is parsed.
 */
export function manifestMayMatter(file: DiscoveredFile, text: string, needles: ManifestNeedles, normalized: () => string = () => normalizedName(text)): boolean {
  if (alwaysParsedInStagedRun(file)) return true;
  if (needles.envFiles.has(file.path)) return true;
  const slash = file.path.lastIndexOf('/');
  const dir = slash < 0 ? '' : file.path.slice(0, slash);
  for (const sourceDir of needles.sourceDirs) if (dir === '' || sourceDir === dir || sourceDir.startsWith(`${dir}/`)) return true;
  if (text.includes('env_file') || text.includes('envFrom')) return true;
  const haystack = normalized();
  for (const name of needles.names) if (haystack.includes(name)) return true;
  return false;
}
