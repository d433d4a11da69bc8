/**
 * Pull requests see what they change: the integrations a change adds or removes, as the difference between the
 * landscape now and at the merge base with `--changed-since`'s ref. `diffLandscapes` is pure; `landscapeAtRevision`
 * extracts the merge base's tree (`git archive`, never a checkout of the work tree) into a temporary folder and
 * scans it with the same config.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GitError } from '../discover/git.js';
import { edgeId } from './build.js';
import type { Landscape, LandscapeChange, LandscapeNode } from './types.js';

export function diffLandscapes(base: Landscape, head: Landscape, ref: string): LandscapeChange {
  const baseIds = new Set(base.edges.map((edge) => edge.id));
  const headIds = new Set(head.edges.map((edge) => edge.id));
  const added = head.edges.filter((edge) => !baseIds.has(edge.id));
  const removed = base.edges.filter((edge) => !headIds.has(edge.id));
  const wanted = new Set([...added, ...removed].flatMap((edge) => [edge.from, edge.to]));
  const nodes = new Map<string, LandscapeNode>();
  for (const node of [...head.nodes, ...base.nodes]) if (wanted.has(node.id) && !nodes.has(node.id)) nodes.set(node.id, node);
  return { base: ref, added, removed, nodes: [...nodes.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) };
}

/** The landscape with repository `from` called `to` (node ids, edge ids and `repository` fields). */
export function renameRepository(landscape: Landscape, from: string, to: string): Landscape {
  if (from === to) return landscape;
  const rename = (id: string): string => (id === `repository:${from}` ? `repository:${to}` : id);
  return {
    ...landscape,
    repository: to,
    nodes: landscape.nodes.map((node) => ({ ...node, id: rename(node.id), ...(node.id === `repository:${from}` ? { label: to } : {}), ...(node.repository === from ? { repository: to } : {}) })),
    edges: landscape.edges.map((edge) => ({ ...edge, from: rename(edge.from), to: rename(edge.to), id: edgeId(rename(edge.from), rename(edge.to), edge.kind, edge.api) })),
  };
}

function run(command: string, args: string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(stdout) : reject(new GitError(`${command} ${args.join(' ')} failed: ${stderr.trim()}`))));
  });
}

/** `git archive <commit> | tar -x` into `dir`. */
function extractTree(repositoryTop: string, commit: string, dir: string): Promise<void> {
  const archive = spawn('git', ['archive', '--format=tar', commit], { cwd: repositoryTop, stdio: ['ignore', 'pipe', 'pipe'] });
  const tar = spawn('tar', ['-xf', '-', '-C', dir], { stdio: ['pipe', 'ignore', 'pipe'] });
  let stderr = '';
  archive.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  tar.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  archive.stdout.pipe(tar.stdin);
  tar.on('error', () => archive.kill());
  // Either process may close first (tar often exits before git's 'close' is emitted): wait for both.
  const exitCode = (child: ReturnType<typeof spawn>): Promise<number | null> =>
    new Promise((resolve, reject) => {
      child.on('error', reject);
      child.on('close', resolve);
    });
  return Promise.all([exitCode(archive), exitCode(tar)]).then(([archived, extracted]) => {
    if (archived !== 0 || extracted !== 0) throw new GitError(`cannot extract ${commit} (git archive | tar -x): ${stderr.trim()}`);
  });
}

export interface RevisionScan {
  root: string;
  ref: string;
  configFile?: string;
  now?: Date;
}

/** The landscape of the scan root as it was at the merge base of `ref` and HEAD. */
export async function landscapeAtRevision(input: RevisionScan): Promise<Landscape> {
  const { mergeBase } = await import('../discover/git.js');
  const commit = await mergeBase(input.root, input.ref);
  const top = (await run('git', ['rev-parse', '--show-toplevel'], input.root)).trim();
  const prefix = (await run('git', ['rev-parse', '--show-prefix'], input.root)).trim();
  const dir = mkdtempSync(path.join(tmpdir(), 'arch-lint-base-'));
  try {
    await extractTree(top, commit, dir);
    const { lint } = await import('../lint.js');
    const { repositoryName } = await import('./build.js');
    const scanned = path.join(dir, prefix);
    const result = await lint({ cwd: dir, paths: [scanned], ...(input.configFile ? { configFile: input.configFile } : {}), ...(input.now ? { now: input.now } : {}) });
    // The same repository name as the head's scan, whatever the temporary folder is called.
    return renameRepository(result.landscape!, repositoryName(scanned), repositoryName(input.root));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
