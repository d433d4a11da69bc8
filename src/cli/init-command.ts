/**
 * `arch-lint init [dir]`: scan the project, then write a starter `architecture.yaml` for the service in `dir`
 * (default: the current directory) and a starter config when the project has none. Never overwrites.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../config/errors.js';
import type { CliIO } from './main.js';

export interface InitFlags {
  config?: string;
  preset?: string;
}

export async function runInit(dir: string | undefined, flags: InitFlags, io: CliIO): Promise<number> {
  const serviceAbs = path.resolve(io.cwd, dir ?? '.');
  let isDirectory = false;
  try {
    isDirectory = statSync(serviceAbs).isDirectory();
  } catch {
    // reported below
  }
  if (!isDirectory) throw new UsageError(`init needs a directory: ${dir ?? '.'} is not one`);
  const { lint } = await import('../lint.js');
  const { writeStarterFiles } = await import('./init.js');
  // The project root is where the scan runs from (the current directory) when the service lies inside it;
  // a service elsewhere is its own root.
  const inside = !path.relative(io.cwd, serviceAbs).startsWith('..');
  const root = inside ? io.cwd : serviceAbs;
  // With --preset and no config yet, scan with the preset the starter config will extend, so the manifest matches it.
  const result = await lint({ cwd: root, paths: [root], configFile: flags.config, ...(flags.preset ? { preset: flags.preset } : {}) });
  const serviceDir = path.relative(root, serviceAbs).split(path.sep).join('/');
  const outcome = writeStarterFiles({ root, serviceDir, result, configFound: result.config.file !== null, ...(flags.preset ? { preset: flags.preset } : {}) });
  for (const file of outcome.written) io.stdout(`arch-lint: wrote ${path.relative(io.cwd, file) || file}\n`);
  for (const file of outcome.skipped) io.stdout(`arch-lint: kept ${path.relative(io.cwd, file) || file} (already exists; init never overwrites)\n`);
  if (outcome.written.length > 0) io.stdout('Check the TODOs in the written files, then run arch-lint.\n');
  return 0;
}
