#!/usr/bin/env node
// `node scripts/bench/compare-reports.mjs <git-ref | other-cli.js> [dir…]`: the differential guard for work that must
// not change what arch-lint reports (speed work above all). Scans each directory with <git-ref>'s build (or with the
// given CLI script) and with this tree's, and compares the JSON reports (the tool version aside); exits 1 when any
// differs. Without directories: every fixture
// folder (fixtures/*/ and fixtures/*/*/, each as a scan root). Add real repositories as further arguments, e.g. the
// checkouts `../shared/eval/run.sh` makes, or a monorepo (docs/performance.md).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot, withBuildOf } from './build-ref.mjs';

const [ref, ...given] = process.argv.slice(2);
if (!ref) {
  console.error('usage: node scripts/bench/compare-reports.mjs <git-ref> [dir…]');
  process.exit(2);
}

function fixtureRoots() {
  const fixtures = path.join(repoRoot, 'fixtures');
  const subfolders = (dir) => readdirSync(dir).map((name) => path.join(dir, name)).filter((entry) => statSync(entry).isDirectory());
  return subfolders(fixtures).flatMap((dir) => [dir, ...subfolders(dir)]);
}

/** The report of one scan, without the tool's own version; a failed scan is its exit status and stderr. */
function report(cli, dir, output) {
  const run = spawnSync(process.execPath, [cli, dir, '--format', 'json', '--output', output], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0 && run.status !== 1) return `exit ${run.status}: ${run.stderr.trim().split('\n').slice(-3).join(' ')}`;
  return JSON.stringify({ ...JSON.parse(readFileSync(output, 'utf8')), tool: null });
}

const dirs = given.length > 0 ? given.map((dir) => path.resolve(dir)) : fixtureRoots();
/** A CLI script given instead of a ref is used as it is (no build). */
const withOther = (work) => {
  if (!/\.[cm]?js$/.test(ref) || !existsSync(ref)) return withBuildOf(ref, work);
  const scratch = mkdtempSync(path.join(tmpdir(), 'arch-lint-compare-'));
  return Promise.resolve(work(path.resolve(ref), scratch)).finally(() => rmSync(scratch, { recursive: true, force: true }));
};
const differing = await withOther(async (otherCli, scratch) => {
  const found = [];
  for (const dir of dirs) {
    const before = report(otherCli, dir, path.join(scratch, 'before.json'));
    const after = report(path.join(repoRoot, 'bin/arch-lint.js'), dir, path.join(scratch, 'after.json'));
    if (before !== after) found.push(path.relative(process.cwd(), dir) || '.');
  }
  return found;
});
for (const dir of differing) console.log(`DIFFERS  ${dir}`);
console.log(`${dirs.length} scan roots, ${differing.length} with a different report (${ref} against this tree)`);
process.exitCode = differing.length > 0 ? 1 : 0;
