import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  NotRegularFileError,
  readRegularFileSync
} from "./chunk-JDHQ7UT6.js";
import {
  require_ignore
} from "./chunk-GUPHNWYI.js";
import {
  classifyFile,
  nodeConfigDirsOf
} from "./chunk-FSEKV4I4.js";
import {
  UsageError
} from "./chunk-3VKQMKA4.js";
import {
  __toESM
} from "./chunk-B3SFOPOV.js";

// dist/discover/read.js
var BINARY_SNIFF_BYTES = 8192;
function readDiscoveredFileSync(file) {
  let bytes;
  try {
    bytes = readRegularFileSync(file.absPath);
  } catch (error) {
    if (error instanceof NotRegularFileError)
      return { problem: { file: file.path, severity: "warning", code: "unreadable", message: `${error.what}, not a regular file; skipped it` } };
    const code = error.code ?? String(error);
    const why = code === "EACCES" || code === "EPERM" ? "permission denied" : code;
    return { problem: { file: file.path, severity: "warning", code: "unreadable", message: `cannot read this file (${why}); skipped it` } };
  }
  return decodeFileBytes(file, bytes);
}
function decodeFileBytes(file, bytes) {
  const utf16 = decodeUtf16(bytes);
  if (utf16 !== null)
    return { content: utf16 };
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
    return { problem: { file: file.path, severity: "warning", code: "binary", message: "looks like a binary file (NUL byte in the first 8 KB); skipped it" } };
  }
  const text = bytes.toString("utf8");
  return { content: text.charCodeAt(0) === 65279 ? text.slice(1) : text };
}
function decodeUtf16(bytes) {
  if (bytes.length < 2)
    return null;
  if (bytes[0] === 255 && bytes[1] === 254)
    return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 254 && bytes[1] === 255) {
    const body = Buffer.from(bytes.subarray(2, 2 + (bytes.length - 2 & ~1)));
    body.swap16();
    return new TextDecoder("utf-16le").decode(body);
  }
  return null;
}
async function readDiscoveredFile(file) {
  return readDiscoveredFileSync(file);
}

// dist/discover/index.js
import fs, { existsSync, readdirSync as readdirSync2, statSync as statSync2 } from "node:fs";
import { realpath, stat } from "node:fs/promises";
import path2 from "node:path";

// dist/discover/walk.js
var import_ignore = __toESM(require_ignore(), 1);
import { lstatSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
function readScope(dir, recorder) {
  const file = path.join(dir, ".gitignore");
  let text;
  try {
    if (recorder)
      recorder.ignoreFile(file);
    text = readFileSync(file, "utf8");
  } catch {
    return null;
  }
  return { dir, matcher: (0, import_ignore.default)().add(text) };
}
var WalkRecorder = class {
  start;
  settledBefore;
  folders = [];
  folderStats = [];
  ignoreFiles = {};
  settled = true;
  constructor(start, settledBefore) {
    this.start = start;
    this.settledBefore = settledBefore;
  }
  relative(absolute) {
    const below = absolute.startsWith(this.start) && absolute[this.start.length] === path.sep ? absolute.slice(this.start.length + 1) : path.relative(this.start, absolute);
    return path.sep === "/" ? below : below.split(path.sep).join("/");
  }
  check(mtimeMs, ctimeMs) {
    if (mtimeMs >= this.settledBefore || ctimeMs >= this.settledBefore)
      this.settled = false;
  }
  folder(dir) {
    try {
      const { mtimeMs, ctimeMs, ino } = lstatSync(dir);
      this.folders.push(this.relative(dir));
      this.folderStats.push(mtimeMs, ctimeMs, ino);
      this.check(mtimeMs, ctimeMs);
    } catch {
      this.settled = false;
    }
  }
  ignoreFile(file) {
    let info;
    try {
      info = statSync(file);
    } catch {
      return;
    }
    this.ignoreFiles[this.relative(file)] = [info.size, info.mtimeMs, info.ctimeMs, info.ino];
    this.check(info.mtimeMs, info.ctimeMs);
  }
  memo(result) {
    if (!this.settled)
      return null;
    return { folders: this.folders, folderStats: this.folderStats, ignoreFiles: this.ignoreFiles, files: result.files.map((file) => this.relative(file)), symlinks: result.symlinks.map((link) => this.relative(link)) };
  }
};
function replayWalk(start, memo) {
  const prefix = start.endsWith(path.sep) ? start : `${start}${path.sep}`;
  const absolute = (relative) => relative === "" ? start : prefix + (path.sep === "/" ? relative : relative.split("/").join(path.sep));
  const { folders, folderStats } = memo;
  if (folderStats.length !== folders.length * 3)
    return null;
  for (let index = 0; index < folders.length; index++) {
    const now = lstatSync(absolute(folders[index]), { throwIfNoEntry: false });
    if (!now || !now.isDirectory() || now.mtimeMs !== folderStats[index * 3] || now.ctimeMs !== folderStats[index * 3 + 1] || now.ino !== folderStats[index * 3 + 2])
      return null;
  }
  for (const [file, [size, mtimeMs, ctimeMs, ino]] of Object.entries(memo.ignoreFiles)) {
    const now = statSync(absolute(file), { throwIfNoEntry: false });
    if (!now || now.size !== size || now.mtimeMs !== mtimeMs || now.ctimeMs !== ctimeMs || now.ino !== ino)
      return null;
  }
  return { files: memo.files.map(absolute), symlinks: memo.symlinks.map(absolute) };
}
function gitRootOf(dir, recorder) {
  let current = dir;
  for (; ; ) {
    recorder?.folder(current);
    try {
      statSync(path.join(current, ".git"));
      return current;
    } catch {
    }
    const parent = path.dirname(current);
    if (parent === current)
      return null;
    current = parent;
  }
}
function isIgnored(scopes, absolute, isDirectory) {
  for (let index = scopes.length - 1; index >= 0; index--) {
    const scope = scopes[index];
    let relative = absolute.slice(scope.dir.length + 1);
    if (path.sep !== "/")
      relative = relative.split(path.sep).join("/");
    const verdict = scope.matcher.test(isDirectory ? `${relative}/` : relative);
    if (verdict.ignored)
      return true;
    if (verdict.unignored)
      return false;
  }
  return false;
}
function walkWithGitignore(root, start, options) {
  if (options.memo?.previous) {
    const replayed = replayWalk(start, options.memo.previous);
    if (replayed)
      return { ...replayed, memo: options.memo.previous };
  }
  const recorder = options.memo ? new WalkRecorder(start, options.memo.settledBefore) : null;
  const scopes = [];
  const top = gitRootOf(root, recorder) ?? root;
  const ancestors = [];
  for (let dir = path.dirname(start); dir === top || dir.startsWith(`${top}${path.sep}`); dir = path.dirname(dir)) {
    ancestors.unshift(dir);
    if (dir === top)
      break;
  }
  for (const dir of ancestors) {
    recorder?.folder(dir);
    const scope = readScope(dir, recorder);
    if (scope)
      scopes.push(scope);
  }
  const result = { files: [], symlinks: [] };
  const walk = (dir) => {
    recorder?.folder(dir);
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      (result.unreadable ??= []).push({ dir, code: error.code ?? String(error) });
      return;
    }
    const own = entries.some((entry) => entry.name === ".gitignore" && !entry.isDirectory()) ? readScope(dir, recorder) : null;
    if (own)
      scopes.push(own);
    const subdirs = [];
    for (const entry of entries) {
      const name = entry.name;
      if (options.skipNames.has(name))
        continue;
      const absolute = `${dir}${path.sep}${name}`;
      if (entry.isDirectory()) {
        if (scopes.length === 0 || !isIgnored(scopes, absolute, true))
          subdirs.push(absolute);
        continue;
      }
      if (options.skipSuffixes.some((suffix) => name.endsWith(suffix)))
        continue;
      if (scopes.length > 0 && isIgnored(scopes, absolute, false))
        continue;
      if (entry.isSymbolicLink())
        result.symlinks.push(absolute);
      else if (entry.isFile())
        result.files.push(absolute);
    }
    for (const subdir of subdirs)
      walk(subdir);
    if (own)
      scopes.pop();
  };
  walk(start);
  return recorder ? { ...result, memo: result.unreadable ? null : recorder.memo(result) } : result;
}

// dist/discover/index.js
var MAX_FILE_BYTES = 2 * 1024 * 1024;
var ALWAYS_SKIPPED_DIRS = [
  "node_modules",
  "dist",
  "build",
  "out",
  "coverage",
  ".git",
  "vendor",
  "third_party",
  ".next",
  ".nuxt",
  "target",
  "bower_components",
  // Flow's library definitions (`flow-typed/npm/*.js`): type stubs of packages, like the `*.d.ts` that are skipped too.
  "flow-typed",
  // Tool caches and environments that hold other people's code.
  ".yarn",
  ".venv",
  "__pycache__",
  ".gradle",
  ".terraform",
  ".turbo",
  // arch-lint's own cache folder (`--cache` without a node_modules): its files change on every run that writes them.
  ".arch-lint-cache",
  // Semgrep's rules and their test files (`# ruleid:` examples of the code a rule forbids), not the project's code.
  ".semgrep"
];
var MODULE_CONFIG = /[\\/](?:tsconfig|jsconfig)[\w.-]*\.json$|[\\/](?:vite|webpack)\.config\.[cm]?[jt]s$|[\\/]angular\.json$/;
function toPosix(relative) {
  return path2.sep === "/" ? relative : relative.split(path2.sep).join("/");
}
function relativeTo(root, absolute) {
  if (absolute.startsWith(root) && absolute[root.length] === path2.sep)
    return toPosix(absolute.slice(root.length + 1));
  return toPosix(path2.relative(root, absolute));
}
function problem(file, code, message) {
  return { file, severity: "warning", code, message };
}
var FAST_WALK = { skipNames: new Set(ALWAYS_SKIPPED_DIRS), skipSuffixes: [".min.js"] };
function skippedDirPatterns() {
  return ALWAYS_SKIPPED_DIRS.map((dir) => `**/${dir}/**`);
}
function unreadableFolder(root, dir, code) {
  return { file: relativeTo(root, dir) || ".", severity: "error", code: "unreadable-folder", message: `cannot list this folder (${code}); its files were not scanned, so the scan is incomplete` };
}
async function discover(options) {
  const root = path2.resolve(options.root);
  const problems = [];
  const candidates = /* @__PURE__ */ new Set();
  const inputs = options.paths && options.paths.length > 0 ? options.paths : [root];
  const include = options.include && options.include.length > 0 ? [...options.include] : ["**/*"];
  const ignore2 = [...skippedDirPatterns(), "**/*.min.js", ...options.exclude ?? []];
  let nextMemos;
  for (const input of inputs) {
    const absolute = path2.resolve(root, input);
    let info;
    try {
      info = await stat(absolute);
    } catch {
      throw new UsageError(`no such file or directory: ${input}`);
    }
    if (info.isFile()) {
      candidates.add(absolute);
      continue;
    }
    const relativeDir = toPosix(path2.relative(root, absolute));
    const outsideRoot = relativeDir.startsWith("..") || path2.isAbsolute(relativeDir);
    const prefix = relativeDir === "" ? "" : `${relativeDir}/`;
    const defaultInclude = include.length === 1 && include[0] === "**/*";
    const memos = options.walkMemos;
    const memoOptions = memos ? { memo: { previous: memos.previous[relativeDir] ?? null, settledBefore: memos.settledBefore } } : {};
    const walked = !outsideRoot && defaultInclude && (options.exclude ?? []).length === 0 ? walkWithGitignore(root, absolute, { ...FAST_WALK, ...memoOptions }) : null;
    if (walked?.memo)
      (nextMemos ??= {})[relativeDir] = walked.memo;
    if (walked) {
      for (const { dir, code } of walked.unreadable ?? []) {
        problems.push(unreadableFolder(root, dir, code));
      }
      for (const file of walked.files)
        candidates.add(file);
      for (const link of walked.symlinks) {
        const followed = await checkSymlink(link, root);
        if (followed.problem)
          problems.push(followed.problem);
        if (followed.file)
          candidates.add(link);
      }
      continue;
    }
    const patterns = outsideRoot ? ["**/*"] : defaultInclude ? [`${prefix}**/*`] : include;
    const { globbySync } = await import("./globby-2673OLPE.js");
    const unreadable = /* @__PURE__ */ new Map();
    const readdirReporting = ((dir, readOptions) => {
      try {
        return readdirSync2(dir, readOptions);
      } catch (error) {
        const code = error.code ?? String(error);
        if (code !== "ENOENT" && code !== "ENOTDIR")
          unreadable.set(dir, code);
        throw error;
      }
    });
    const entries = globbySync(patterns, {
      cwd: outsideRoot ? absolute : root,
      ignore: ignore2,
      gitignore: true,
      dot: true,
      onlyFiles: false,
      followSymbolicLinks: false,
      objectMode: true,
      absolute: true,
      suppressErrors: true,
      fs: { ...fs, readdirSync: readdirReporting }
    });
    for (const [dir, code] of unreadable) {
      problems.push(unreadableFolder(root, path2.resolve(dir), code));
    }
    for (const entry of entries) {
      if (!outsideRoot && toPosix(path2.relative(root, entry.path)).startsWith("../"))
        continue;
      if (!outsideRoot && prefix !== "" && !toPosix(path2.relative(root, entry.path)).startsWith(prefix))
        continue;
      const dirent = entry.dirent;
      if (dirent.isDirectory())
        continue;
      if (dirent.isSymbolicLink()) {
        const followed = await checkSymlink(entry.path, root);
        if (followed.problem)
          problems.push(followed.problem);
        if (followed.file)
          candidates.add(entry.path);
        continue;
      }
      if (dirent.isFile())
        candidates.add(entry.path);
    }
  }
  const packageDirs = /* @__PURE__ */ new Set();
  const moduleConfigs = [];
  for (const absolute of candidates) {
    if (absolute.endsWith(`${path2.sep}package.json`))
      packageDirs.add(relativeTo(root, path2.dirname(absolute)));
    else if (MODULE_CONFIG.test(absolute))
      moduleConfigs.push(relativeTo(root, absolute));
  }
  const nodeConfigDirs = nodeConfigDirsOf([...candidates].filter((absolute) => absolute.includes(`${path2.sep}config${path2.sep}default.`)).map((absolute) => relativeTo(root, absolute)));
  const files = [];
  for (const absolute of [...candidates].sort()) {
    const relative = relativeTo(root, absolute);
    const kind = classifyFile(relative, { packageDirs, nodeConfigDirs });
    if (!kind)
      continue;
    let info;
    try {
      const { size, mtimeMs, ctimeMs, ino } = statSync2(absolute);
      info = { size, mtimeMs, ctimeMs, ino };
    } catch (error) {
      problems.push(problem(relative, "unreadable", `cannot read this file (${error.code ?? String(error)}); skipped it`));
      continue;
    }
    if (info.size > MAX_FILE_BYTES) {
      problems.push(problem(relative, "too-large", `file is ${(info.size / 1024 / 1024).toFixed(1)} MB, over the 2 MB limit (generated or data file?); skipped it`));
      continue;
    }
    files.push({ absPath: absolute, path: relative, kind, size: info.size, stat: info });
  }
  problems.sort((a, b) => (a.file ?? "") < (b.file ?? "") ? -1 : (a.file ?? "") > (b.file ?? "") ? 1 : 0);
  return { files, problems, packageDirs: [...packageDirs].sort(), moduleConfigs: moduleConfigs.sort(), ...nextMemos ? { walkMemos: nextMemos } : {} };
}
function repositoryTop(root) {
  for (let dir = path2.resolve(root); ; ) {
    if (existsSync(path2.join(dir, ".git")))
      return dir;
    const parent = path2.dirname(dir);
    if (parent === dir)
      return path2.resolve(root);
    dir = parent;
  }
}
async function checkSymlink(linkPath, root) {
  const relative = toPosix(path2.relative(root, linkPath));
  let target;
  try {
    target = await stat(linkPath);
  } catch (error) {
    const code = error.code;
    if (code === "ELOOP")
      return { file: false, problem: problem(relative, "symlink-loop", "symbolic link loops back on itself; skipped it") };
    if (code === "ENOENT")
      return { file: false, problem: problem(relative, "broken-symlink", "symbolic link points to a file that does not exist; skipped it") };
    return { file: false, problem: problem(relative, "unreadable", `cannot follow symbolic link (${code ?? String(error)}); skipped it`) };
  }
  if (target.isFile()) {
    const realFile = await realpath(linkPath);
    const boundary = await realpath(repositoryTop(root));
    if (realFile === boundary || realFile.startsWith(`${boundary}${path2.sep}`))
      return { file: true };
    return { file: false, problem: problem(relative, "symlink-outside-root", "symbolic link to a file outside the repository; not read (scan that file directly if it belongs to the project)") };
  }
  if (!target.isDirectory())
    return { file: false };
  const real = await realpath(linkPath);
  const linkDir = await realpath(path2.dirname(linkPath));
  if (linkDir === real || linkDir.startsWith(`${real}${path2.sep}`)) {
    return { file: false, problem: problem(relative, "symlink-loop", `symbolic link to a parent directory (${toPosix(path2.relative(root, real)) || "."}) would loop; not followed`) };
  }
  const realRoot = await realpath(root);
  if (real === realRoot || real.startsWith(`${realRoot}${path2.sep}`))
    return { file: false };
  return { file: false, problem: problem(relative, "symlink-outside-root", `symbolic link to a directory outside the scanned root (${real}); not followed, scan it directly if it belongs to the project`) };
}

export {
  BINARY_SNIFF_BYTES,
  readDiscoveredFileSync,
  decodeFileBytes,
  readDiscoveredFile,
  MAX_FILE_BYTES,
  ALWAYS_SKIPPED_DIRS,
  toPosix,
  discover
};
//# sourceMappingURL=chunk-JVZH6ENW.js.map
