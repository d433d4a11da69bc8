/**
 * Deployment repositories (issue "Real code, part 2"): folders outside the scanned code whose deployment files
 * (Kubernetes/OpenShift, Helm values, compose, .env) bind the variables of this repository's services. Only their
 * manifests are read, never their sources, and a folder outside the repository root is read only when the person
 * running the command names it (`--deployments <dir>`): a config on an untrusted branch must not read the machine.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { ResolvedConfig } from '../config/types.js';
import type { DiscoveredFile, Problem } from '../model.js';
import { discover, toPosix } from './index.js';

export interface DeploymentFiles {
  files: DiscoveredFile[];
  problems: Problem[];
  /** The folders read, absolute. */
  folders: string[];
}

function isInside(folder: string, root: string): boolean {
  const relative = path.relative(root, folder);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** How a folder is shown in paths and messages: root-relative (`../ops/openshift`) or as given. */
function shown(file: string, root: string): string {
  return toPosix(path.relative(root, file)) || '.';
}

/**
 * The folders to read: every `--deployments` folder (resolved against `cwd`) and every `deployments:` folder of the
 * config that is inside the root or also given on the command line; the others are a warning naming them.
 */
export function deploymentFolders(config: ResolvedConfig, fromCommandLine: readonly string[], cwd: string, root: string): { folders: string[]; problems: Problem[] } {
  const given = fromCommandLine.map((folder) => path.resolve(cwd, folder));
  const problems: Problem[] = [];
  const folders = [...given];
  for (const folder of config.deployments) {
    if (folders.includes(folder)) continue;
    if (isInside(folder, root)) folders.push(folder);
    else
      problems.push({
        file: config.file === null ? null : shown(config.file, root),
        severity: 'warning',
        code: 'deployments-outside-root',
        message: `deployments folder ${shown(folder, root)} is outside the repository and was not read: a config file may not make the scan read outside the repository. Name it on the command line (--deployments ${shown(folder, root)}) to read it.`,
      });
  }
  return { folders, problems };
}

/** The manifests of the deployment folders, with paths relative to the scan root; an unreadable folder is a warning and the scan goes on. */
export async function discoverDeploymentFiles(folders: readonly string[], root: string): Promise<DeploymentFiles> {
  const files: DiscoveredFile[] = [];
  const problems: Problem[] = [];
  const read: string[] = [];
  for (const folder of folders) {
    try {
      const info = await stat(folder);
      if (!info.isDirectory()) throw Object.assign(new Error('not a directory'), { code: 'ENOTDIR' });
      const found = await discover({ root: folder, paths: [folder] });
      for (const file of found.files) if (file.kind.type === 'manifest') files.push({ ...file, path: shown(file.absPath, root) });
      problems.push(...found.problems);
      read.push(folder);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
      problems.push({ file: shown(folder, root), severity: 'warning', code: 'deployments-unreadable', message: `cannot read deployments folder ${shown(folder, root)} (${code}); its bindings are not used` });
    }
  }
  return { files, problems, folders: read };
}
