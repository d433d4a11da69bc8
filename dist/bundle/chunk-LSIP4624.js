import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);

// dist/discover/git-safety.js
import { execFileSync } from "node:child_process";
var SAFE_GIT_OPTIONS = [
  "--no-pager",
  "-c",
  "core.fsmonitor=false",
  "-c",
  "core.hooksPath=/dev/null",
  "-c",
  "diff.external=",
  "-c",
  "core.pager=cat",
  "-c",
  "core.quotepath=off",
  "-c",
  "color.ui=false",
  "-c",
  "log.showSignature=false",
  "-c",
  "core.untrackedCache=false"
];
function safeGitEnv(base = process.env) {
  const env = { ...base, LC_ALL: "C", GIT_CONFIG_NOSYSTEM: "1", GIT_PAGER: "cat", PAGER: "cat", GIT_TERMINAL_PROMPT: "0" };
  delete env.GIT_EXTERNAL_DIFF;
  delete env.GIT_ASKPASS;
  return env;
}
var filterMemo = /* @__PURE__ */ new Map();
function forgetGitFilters() {
  filterMemo.clear();
}
function neutralisedFilters(cwd) {
  const memo = filterMemo.get(cwd);
  if (memo)
    return memo;
  let listing = "";
  try {
    listing = execFileSync("git", [...SAFE_GIT_OPTIONS, "config", "-z", "--get-regexp", "^filter\\."], { cwd, encoding: "utf8", env: safeGitEnv(), stdio: ["ignore", "pipe", "ignore"] });
  } catch {
  }
  const names = /* @__PURE__ */ new Set();
  for (const entry of listing.split("\0")) {
    const key = entry.split("\n", 1)[0] ?? "";
    const last = key.lastIndexOf(".");
    if (!key.startsWith("filter.") || last <= "filter.".length)
      continue;
    names.add(key.slice("filter.".length, last));
  }
  const options = [];
  for (const name of [...names].sort()) {
    options.push("-c", `filter.${name}.clean=`, "-c", `filter.${name}.smudge=`, "-c", `filter.${name}.process=`, "-c", `filter.${name}.required=false`);
  }
  filterMemo.set(cwd, options);
  return options;
}
function safeGitArgs(cwd, args) {
  return [...SAFE_GIT_OPTIONS, ...neutralisedFilters(cwd), ...args];
}

export {
  safeGitEnv,
  forgetGitFilters,
  safeGitArgs
};
//# sourceMappingURL=chunk-LSIP4624.js.map
