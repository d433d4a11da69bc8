import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  safeGitArgs,
  safeGitEnv
} from "./chunk-LSIP4624.js";
import {
  KnownError
} from "./chunk-3VKQMKA4.js";

// dist/discover/git.js
import { execFile } from "node:child_process";
import { lstatSync, realpathSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
var GitError = class extends KnownError {
  name = "GitError";
};
function git(root, args, options = {}) {
  return new Promise((resolve, reject) => {
    execFile(
      "git",
      // No pager, no colour, no locale-translated messages (we parse the output), and no program the scanned
      // repository configures (fsmonitor, filters, external diff, textconv, hooks): see git-safety.ts.
      safeGitArgs(root, args),
      { cwd: root, maxBuffer: options.maxBuffer ?? 256 * 1024 * 1024, encoding: "utf8", env: safeGitEnv() },
      (error, stdout, stderr) => {
        if (error) {
          const code = error.code;
          if (code === "ENOENT")
            reject(new GitError("git is not installed or not on PATH; --staged and --changed-since need it."));
          else
            reject(Object.assign(error, { stdout, stderr }));
          return;
        }
        resolve({ stdout, stderr });
      }
    );
  });
}
function stderrOf(error) {
  if (typeof error === "object" && error !== null && "stderr" in error && typeof error.stderr === "string")
    return error.stderr.trim();
  return error instanceof Error ? error.message : String(error);
}
async function topLevel(root) {
  try {
    return (await git(root, ["rev-parse", "--show-toplevel"])).stdout.trim();
  } catch (error) {
    if (error instanceof GitError)
      throw error;
    throw new GitError(`${root} is not inside a git repository (${stderrOf(error)}); --staged and --changed-since need one.`);
  }
}
function toRootRelative(top, root, repoPath) {
  let realRoot = path.resolve(root);
  try {
    realRoot = realpathSync(realRoot);
  } catch {
  }
  const relative = path.relative(realRoot, path.join(top, repoPath)).split(path.sep).join("/");
  return relative.startsWith("../") || relative === ".." || path.isAbsolute(relative) ? null : relative;
}
async function isShallow(root) {
  try {
    return (await git(root, ["rev-parse", "--is-shallow-repository"])).stdout.trim() === "true";
  } catch (error) {
    if (error instanceof GitError)
      throw error;
    throw new GitError(`${root} is not inside a git repository (${stderrOf(error)}).`);
  }
}
async function stagedFiles(root) {
  const top = await topLevel(root);
  let listing;
  try {
    listing = (await git(top, ["diff", "--cached", "--no-ext-diff", "--no-textconv", "--name-only", "--diff-filter=ACMR", "-z"])).stdout;
  } catch (error) {
    throw new GitError(`cannot list staged files (${stderrOf(error)}).`);
  }
  const repoPaths = listing.split("\0").filter((entry) => entry !== "").sort();
  const files = [];
  for (const repoPath of repoPaths) {
    const relative = toRootRelative(top, root, repoPath);
    if (relative === null)
      continue;
    try {
      const { stdout } = await git(top, ["show", `:${repoPath}`]);
      files.push({ path: relative, content: stdout });
    } catch (error) {
      throw new GitError(`cannot read the staged content of ${repoPath} (${stderrOf(error)}).`);
    }
  }
  return files;
}
async function refExists(root, ref) {
  try {
    await git(root, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}
async function mergeBase(root, ref) {
  const shallow = await isShallow(root);
  if (!await refExists(root, ref)) {
    throw new GitError(`git ref '${ref}' was not found${shallow ? " (this is a shallow clone)" : ""}. Fetch it first, e.g. 'git fetch --depth=1000 origin ${ref.replace(/^origin\//, "")}', or in GitHub Actions use actions/checkout with 'fetch-depth: 0' (GitLab: GIT_DEPTH: 0).`);
  }
  try {
    return (await git(root, ["merge-base", ref, "HEAD"])).stdout.trim();
  } catch (error) {
    throw new GitError(`no merge base between '${ref}' and HEAD${shallow ? ": the shallow clone does not reach back to where they diverged" : ""} (${stderrOf(error) || "git merge-base failed"}). Deepen the history ('git fetch --deepen=1000' or 'fetch-depth: 0' in actions/checkout), then run again.`);
  }
}
function parseChangedLines(diff) {
  const changed = /* @__PURE__ */ new Map();
  let current = null;
  for (const line of diff.split("\n")) {
    if (line.startsWith("diff --git ")) {
      current = null;
    } else if (line.startsWith("+++ ")) {
      const target = line.slice(4).replace(/\t$/, "");
      if (target === "/dev/null") {
        current = null;
      } else {
        const file = target.startsWith("b/") ? target.slice(2) : target;
        current = changed.get(file) ?? /* @__PURE__ */ new Set();
        changed.set(file, current);
      }
    } else if (line.startsWith("@@") && current) {
      const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
      if (!hunk)
        continue;
      const start = Number(hunk[1]);
      const count = hunk[2] === void 0 ? 1 : Number(hunk[2]);
      for (let offset = 0; offset < count; offset++)
        current.add(start + offset);
    }
  }
  return changed;
}
async function changedLines(root, ref) {
  const top = await topLevel(root);
  const base = await mergeBase(top, ref);
  let diff;
  try {
    diff = (await git(top, ["diff", "-U0", "--no-ext-diff", "--no-textconv", "--no-renames", "--src-prefix=a/", "--dst-prefix=b/", base])).stdout;
  } catch (error) {
    throw new GitError(`git diff against ${base} failed (${stderrOf(error)}).`);
  }
  const changed = parseChangedLines(diff);
  let untracked = [];
  try {
    untracked = (await git(top, ["ls-files", "--others", "--exclude-standard", "-z"])).stdout.split("\0").filter((entry) => entry !== "");
  } catch {
  }
  for (const repoPath of untracked) {
    try {
      if (!lstatSync(path.join(top, repoPath)).isFile())
        continue;
      const content = await readFile(path.join(top, repoPath), "utf8");
      const count = content === "" ? 0 : content.split("\n").length - (content.endsWith("\n") ? 1 : 0);
      changed.set(repoPath, new Set(Array.from({ length: count }, (_, index) => index + 1)));
    } catch {
    }
  }
  const byRoot = /* @__PURE__ */ new Map();
  for (const [repoPath, lines] of changed) {
    const relative = toRootRelative(top, root, repoPath);
    if (relative !== null)
      byRoot.set(relative, lines);
  }
  return byRoot;
}
function isOnChangedLines(finding, call, changed) {
  const touched = (where) => where !== void 0 && (changed.get(where.file)?.has(where.line) ?? false);
  if (touched(finding))
    return true;
  if (finding.related?.some(touched))
    return true;
  return call?.targets.some((target) => touched(target.binding) || touched(target.literal)) ?? false;
}

export {
  GitError,
  isShallow,
  stagedFiles,
  mergeBase,
  parseChangedLines,
  changedLines,
  isOnChangedLines
};
//# sourceMappingURL=chunk-VCACU2SD.js.map
