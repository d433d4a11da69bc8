import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  ALWAYS_SKIPPED_DIRS,
  BINARY_SNIFF_BYTES,
  MAX_FILE_BYTES,
  decodeFileBytes,
  readDiscoveredFileSync
} from "./chunk-JVZH6ENW.js";
import {
  CHART_VALUE_PREFIX
} from "./chunk-T25NCNFI.js";
import {
  visitSyms
} from "./chunk-CVAD7S7L.js";
import {
  classifyFile,
  nodeConfigDirsOf
} from "./chunk-FSEKV4I4.js";
import {
  GitError,
  stagedFiles
} from "./chunk-VCACU2SD.js";
import {
  safeGitArgs,
  safeGitEnv
} from "./chunk-LSIP4624.js";

// dist/discover/staged.js
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
var SKIPPED = new Set(ALWAYS_SKIPPED_DIRS);
function globToRegExp(pattern) {
  const glob = pattern.replace(/^\.\//, "");
  let out = "";
  let braces = 0;
  for (let index = 0; index < glob.length; index++) {
    const char = glob[index];
    if (char === "*") {
      if (glob[index + 1] === "*") {
        const slashAfter = glob[index + 2] === "/";
        out += slashAfter ? "(?:.*/)?" : ".*";
        index += slashAfter ? 2 : 1;
      } else
        out += "[^/]*";
    } else if (char === "?")
      out += "[^/]";
    else if (char === "{") {
      braces++;
      out += "(?:";
    } else if (char === "}" && braces > 0) {
      braces--;
      out += ")";
    } else if (char === "," && braces > 0)
      out += "|";
    else if (char === "[") {
      const close = glob.indexOf("]", index + 1);
      if (close === -1)
        out += "\\[";
      else {
        out += `[${glob.slice(index + 1, close).replace(/^!/, "^").replace(/\\/g, "\\\\")}]`;
        index = close;
      }
    } else
      out += char.replace(/[.+^$()|\\]/g, "\\$&");
  }
  return new RegExp(`^${out}$`);
}
function matchesAny(relPath, patterns) {
  if (patterns.length === 0)
    return false;
  const segments = relPath.split("/");
  for (let length = segments.length; length > 0; length--) {
    const prefix = segments.slice(0, length).join("/");
    if (patterns.some((pattern) => pattern.test(prefix)))
      return true;
  }
  return false;
}
function runGit(root, args, input) {
  return new Promise((resolve, reject) => {
    const child = execFile("git", safeGitArgs(root, args), { cwd: root, maxBuffer: 512 * 1024 * 1024, encoding: "buffer", env: safeGitEnv() }, (error, stdout, stderr) => {
      if (error) {
        if (error.code === "ENOENT")
          reject(new GitError("git is not installed or not on PATH; --staged needs it."));
        else
          reject(new GitError(`git ${args[0]} failed (${stderr.toString("utf8").trim() || error.message}).`));
        return;
      }
      resolve(stdout);
    });
    if (input !== void 0)
      child.stdin?.end(input);
  });
}
async function listTracked(root) {
  const listing = (await runGit(root, ["ls-files", "-z"])).toString("utf8");
  return listing.split("\0").filter((entry) => entry !== "");
}
async function listStaged(root) {
  const listing = (await runGit(root, ["diff", "--cached", "--no-ext-diff", "--no-textconv", "--raw", "-z", "--no-abbrev", "--no-renames", "--relative", "--diff-filter=ACM"])).toString("utf8").split("\0");
  const staged = [];
  for (let index = 0; index + 1 < listing.length; index += 2) {
    const [, mode, , blob] = listing[index].slice(1).split(" ");
    if (mode === "160000" || blob === void 0 || /^0+$/.test(blob))
      continue;
    staged.push({ path: listing[index + 1], blob });
  }
  return staged.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
async function readBlobs(root, blobs) {
  if (blobs.length === 0)
    return [];
  const output = await runGit(root, ["cat-file", "--batch"], blobs.map((blob) => `${blob}
`).join(""));
  const contents = [];
  let offset = 0;
  for (const blob of blobs) {
    const headerEnd = output.indexOf(10, offset);
    const header = output.toString("utf8", offset, headerEnd).split(" ");
    if (headerEnd < 0 || header[0] !== blob || header[1] !== "blob")
      throw new GitError(`cannot read the staged content of blob ${blob} (${header.join(" ")}).`);
    const size = Number(header[2]);
    contents.push(output.toString("utf8", headerEnd + 1, headerEnd + 1 + size));
    offset = headerEnd + 1 + size + 1;
  }
  return contents;
}
async function readStagedIndex(root, onStagedPaths) {
  let staged;
  let listed;
  try {
    const stagedList = listStaged(root).then((entries) => {
      onStagedPaths?.(entries.map((entry) => entry.path));
      return entries;
    });
    [staged, listed] = await Promise.all([stagedList, listTracked(root)]);
  } catch (error) {
    await stagedFiles(root);
    throw error;
  }
  const contents = await readBlobs(root, staged.map((entry) => entry.blob));
  return { staged: staged.map((entry, position) => ({ path: entry.path, content: contents[position] })), listed };
}
async function selectStagedFiles(options) {
  const root = path.resolve(options.root);
  const { staged, listed } = await (options.index ?? readStagedIndex(root));
  const include = (options.include ?? []).filter((pattern) => pattern !== "**/*").map(globToRegExp);
  const exclude = (options.exclude ?? []).map(globToRegExp);
  const wanted = (relPath) => {
    const segments = relPath.split("/");
    if (segments.slice(0, -1).some((segment) => SKIPPED.has(segment)))
      return false;
    if (relPath.endsWith(".min.js"))
      return false;
    if (include.length > 0 && !matchesAny(relPath, include))
      return false;
    return !matchesAny(relPath, exclude);
  };
  const all = /* @__PURE__ */ new Set([...listed, ...staged.map((file) => file.path)]);
  const packageDirs = /* @__PURE__ */ new Set();
  for (const relPath of all)
    if (relPath === "package.json" || relPath.endsWith("/package.json"))
      packageDirs.add(path.posix.dirname(relPath) === "." ? "" : path.posix.dirname(relPath));
  const nodeConfigDirs = nodeConfigDirsOf(all);
  const problems = [];
  const stagedPaths = /* @__PURE__ */ new Set();
  const selected = [];
  for (const { path: relPath, content } of staged) {
    if (!wanted(relPath))
      continue;
    const kind = classifyFile(relPath, { packageDirs, nodeConfigDirs });
    if (!kind)
      continue;
    stagedPaths.add(relPath);
    const size = Buffer.byteLength(content);
    if (size > MAX_FILE_BYTES) {
      problems.push({ file: relPath, severity: "warning", code: "too-large", message: `file is ${(size / 1024 / 1024).toFixed(1)} MB, over the 2 MB limit (generated or data file?); skipped it` });
      continue;
    }
    if (content.slice(0, BINARY_SNIFF_BYTES).includes("\0")) {
      problems.push({ file: relPath, severity: "warning", code: "binary", message: "looks like a binary file (NUL byte in the first 8 KB); skipped it" });
      continue;
    }
    selected.push({ file: { absPath: path.join(root, relPath), path: relPath, kind, size }, content: content.charCodeAt(0) === 65279 ? content.slice(1) : content });
  }
  const manifests = [];
  for (const relPath of all) {
    const kind = classifyFile(relPath, { packageDirs, nodeConfigDirs });
    if (!kind || kind.type === "source" || stagedPaths.has(relPath) || !wanted(relPath))
      continue;
    manifests.push({ absPath: path.join(root, relPath), path: relPath, kind, size: 0 });
  }
  const sourceFile = (relPath) => {
    if (!all.has(relPath) || !wanted(relPath))
      return void 0;
    const kind = classifyFile(relPath, { packageDirs, nodeConfigDirs });
    return kind?.type === "source" ? { absPath: path.join(root, relPath), path: relPath, kind, size: 0 } : void 0;
  };
  return { staged: selected, manifests, sourceFile, problems };
}
function readManifestOfStagedRun(file) {
  let bytes;
  try {
    bytes = readFileSync(file.absPath);
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT" || code === "ENOTDIR" || code === "EISDIR")
      return null;
    return readDiscoveredFileSync(file);
  }
  if (bytes.length > MAX_FILE_BYTES)
    return null;
  file.size = bytes.length;
  return decodeFileBytes(file, bytes);
}
var FILTERABLE_MANIFESTS = /* @__PURE__ */ new Set(["dotenv", "compose", "kubernetes", "helm-values", "spring", "dockerfile", "appsettings"]);
function alwaysParsedInStagedRun(file) {
  return file.kind.type === "manifest" && !FILTERABLE_MANIFESTS.has(file.kind.manifest);
}
function normalizedName(name) {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, "");
}
var URL_HOST = /\/\/([A-Za-z0-9.-]+)/g;
var VALUE_REFERENCE = /\$\{?([A-Za-z_][A-Za-z0-9_.:-]*)/g;
function addHosts(text, names) {
  for (const match of text.matchAll(URL_HOST)) {
    const host = match[1];
    names.add(normalizedName(host));
    names.add(normalizedName(host.split(".")[0]));
  }
}
function manifestNeedles(facts) {
  const needles = { names: /* @__PURE__ */ new Set(), envFiles: /* @__PURE__ */ new Set(), sourceDirs: /* @__PURE__ */ new Set() };
  const { names } = needles;
  const bindings = [];
  for (const fileFacts of facts) {
    if (isSourceLanguage(fileFacts)) {
      const slash = fileFacts.file.lastIndexOf("/");
      needles.sourceDirs.add(slash < 0 ? "" : fileFacts.file.slice(0, slash));
    }
    visitSyms(fileFacts, (sym) => {
      if (sym.kind === "env")
        names.add(normalizedName(sym.name));
      else if (sym.kind === "config") {
        const segments = sym.key.split(/[.:]|__/).filter((segment) => segment !== "");
        names.add(normalizedName(segments[segments.length - 1] ?? sym.key));
      } else if (sym.kind === "lit")
        addHosts(sym.value, names);
    });
    bindings.push(...fileFacts.bindings);
    for (const workload of fileFacts.workloads ?? [])
      for (const envFile of workload.envFiles ?? [])
        needles.envFiles.add(envFile);
  }
  let pending = bindings;
  for (let grown = true; grown; ) {
    grown = false;
    const waiting = [];
    for (const binding of pending) {
      const relevant = binding.ref?.key === null || bindingNames(binding).some((name) => names.has(name)) || binding.configMap !== void 0 && names.has(normalizedName(binding.configMap));
      if (!relevant) {
        waiting.push(binding);
        continue;
      }
      const before = names.size;
      names.add(normalizedName(binding.name));
      for (const match of binding.value.matchAll(VALUE_REFERENCE)) {
        names.add(normalizedName(match[1]));
        const chartValue = match[1].startsWith(CHART_VALUE_PREFIX) ? match[1].split(":")[0] : null;
        if (chartValue !== null)
          names.add(normalizedName(chartValue.slice(chartValue.lastIndexOf(".") + 1)));
      }
      addHosts(binding.value, names);
      if (binding.ref && binding.ref.kind !== "field")
        names.add(normalizedName(binding.ref.name));
      if (binding.configMap !== void 0)
        names.add(normalizedName(binding.configMap));
      if (names.size > before)
        grown = true;
    }
    pending = waiting;
  }
  for (const fileFacts of facts) {
    for (const host of fileFacts.hosts)
      if (host.workload !== null && (names.has(normalizedName(host.host)) || names.has(normalizedName(host.host.split(".")[0]))))
        names.add(normalizedName(host.workload));
  }
  names.delete("");
  return needles;
}
function bindingNames(binding) {
  const segments = binding.name.split(/[.:]|__/).filter((segment) => segment !== "");
  return [normalizedName(binding.name), normalizedName(segments[segments.length - 1] ?? binding.name)];
}
function isSourceLanguage(fileFacts) {
  return !MANIFEST_LANGUAGES.has(fileFacts.language);
}
var MANIFEST_LANGUAGES = /* @__PURE__ */ new Set(["service-manifest", "backstage", "dotenv", "compose", "kubernetes", "helm-values", "spring", "node-config", "dockerfile", "ci-workflow", "gravitee", "openapi", "appsettings", "django-settings", "build-module", "nginx", "gateway-config", "apache", "cypress"]);
function manifestMayMatter(file, text, needles, normalized = () => normalizedName(text)) {
  if (alwaysParsedInStagedRun(file))
    return true;
  if (needles.envFiles.has(file.path))
    return true;
  const slash = file.path.lastIndexOf("/");
  const dir = slash < 0 ? "" : file.path.slice(0, slash);
  for (const sourceDir of needles.sourceDirs)
    if (dir === "" || sourceDir === dir || sourceDir.startsWith(`${dir}/`))
      return true;
  if (text.includes("env_file") || text.includes("envFrom"))
    return true;
  const haystack = normalized();
  for (const name of needles.names)
    if (haystack.includes(name))
      return true;
  return false;
}

export {
  globToRegExp,
  readStagedIndex,
  selectStagedFiles,
  readManifestOfStagedRun,
  alwaysParsedInStagedRun,
  normalizedName,
  manifestNeedles,
  manifestMayMatter
};
//# sourceMappingURL=chunk-53PR23DB.js.map
