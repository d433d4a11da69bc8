// Builds another revision of arch-lint in a temporary git worktree (node_modules linked from this checkout), for
// comparing its timings or its reports with this tree's. `withBuildOf(ref, (cli) => …)` removes the worktree afterwards.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export async function withBuildOf(ref, work) {
  const scratch = mkdtempSync(path.join(tmpdir(), 'arch-lint-ref-'));
  const other = path.join(scratch, 'build');
  execFileSync('git', ['worktree', 'add', '--detach', '-q', other, ref], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    symlinkSync(path.join(repoRoot, 'node_modules'), path.join(other, 'node_modules'));
    execFileSync('npm', ['run', '-s', 'build'], { cwd: other, stdio: 'ignore' });
    return await work(path.join(other, 'bin/arch-lint.js'), scratch);
  } finally {
    execFileSync('git', ['worktree', 'remove', '--force', other], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    rmSync(scratch, { recursive: true, force: true });
  }
}
