import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  edgeId
} from "./chunk-7ZQWAGTN.js";
import {
  GitError
} from "./chunk-VCACU2SD.js";
import "./chunk-LSIP4624.js";
import "./chunk-3VKQMKA4.js";
import "./chunk-B3SFOPOV.js";

// dist/landscape/change.js
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
function diffLandscapes(base, head, ref) {
  const baseIds = new Set(base.edges.map((edge) => edge.id));
  const headIds = new Set(head.edges.map((edge) => edge.id));
  const added = head.edges.filter((edge) => !baseIds.has(edge.id));
  const removed = base.edges.filter((edge) => !headIds.has(edge.id));
  const wanted = new Set([...added, ...removed].flatMap((edge) => [edge.from, edge.to]));
  const nodes = /* @__PURE__ */ new Map();
  for (const node of [...head.nodes, ...base.nodes])
    if (wanted.has(node.id) && !nodes.has(node.id))
      nodes.set(node.id, node);
  return { base: ref, added, removed, nodes: [...nodes.values()].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0) };
}
function renameRepository(landscape, from, to) {
  if (from === to)
    return landscape;
  const rename = (id) => id === `repository:${from}` ? `repository:${to}` : id;
  return {
    ...landscape,
    repository: to,
    nodes: landscape.nodes.map((node) => ({ ...node, id: rename(node.id), ...node.id === `repository:${from}` ? { label: to } : {}, ...node.repository === from ? { repository: to } : {} })),
    edges: landscape.edges.map((edge) => ({ ...edge, from: rename(edge.from), to: rename(edge.to), id: edgeId(rename(edge.from), rename(edge.to), edge.kind, edge.api) }))
  };
}
function run(command, args, cwd) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk) => stdout += chunk);
    child.stderr.setEncoding("utf8").on("data", (chunk) => stderr += chunk);
    child.on("error", reject);
    child.on("close", (code) => code === 0 ? resolve(stdout) : reject(new GitError(`${command} ${args.join(" ")} failed: ${stderr.trim()}`)));
  });
}
function extractTree(repositoryTop, commit, dir) {
  const archive = spawn("git", ["archive", "--format=tar", commit], { cwd: repositoryTop, stdio: ["ignore", "pipe", "pipe"] });
  const tar = spawn("tar", ["-xf", "-", "-C", dir], { stdio: ["pipe", "ignore", "pipe"] });
  let stderr = "";
  archive.stderr.setEncoding("utf8").on("data", (chunk) => stderr += chunk);
  tar.stderr.setEncoding("utf8").on("data", (chunk) => stderr += chunk);
  archive.stdout.pipe(tar.stdin);
  tar.on("error", () => archive.kill());
  const exitCode = (child) => new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", resolve);
  });
  return Promise.all([exitCode(archive), exitCode(tar)]).then(([archived, extracted]) => {
    if (archived !== 0 || extracted !== 0)
      throw new GitError(`cannot extract ${commit} (git archive | tar -x): ${stderr.trim()}`);
  });
}
async function landscapeAtRevision(input) {
  const { mergeBase } = await import("./git-WACB4JB3.js");
  const commit = await mergeBase(input.root, input.ref);
  const top = (await run("git", ["rev-parse", "--show-toplevel"], input.root)).trim();
  const prefix = (await run("git", ["rev-parse", "--show-prefix"], input.root)).trim();
  const dir = mkdtempSync(path.join(tmpdir(), "arch-lint-base-"));
  try {
    await extractTree(top, commit, dir);
    const { lint } = await import("./lint-GSFTHSBJ.js");
    const { repositoryName } = await import("./build-R6IPJBCM.js");
    const scanned = path.join(dir, prefix);
    const result = await lint({ cwd: dir, paths: [scanned], ...input.configFile ? { configFile: input.configFile } : {}, ...input.now ? { now: input.now } : {} });
    return renameRepository(result.landscape, repositoryName(scanned), repositoryName(input.root));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
export {
  diffLandscapes,
  landscapeAtRevision,
  renameRepository
};
//# sourceMappingURL=change-PGTL636P.js.map
