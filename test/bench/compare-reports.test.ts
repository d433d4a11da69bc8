// The differential guard for speed work: two builds' reports on the same scan roots, any difference named.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const script = path.join(repoRoot, 'scripts/bench/compare-reports.mjs');
const workspace = path.join(repoRoot, 'fixtures/example-workspace');

/** A stand-in CLI: runs arch-lint, then (when told to) drops the first call from its report, as a recall bug would. */
function standIn(dropFirstCall: boolean): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'arch-lint-compare-test-'));
  const file = path.join(dir, 'cli.mjs');
  writeFileSync(
    file,
    `import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
const args = process.argv.slice(2);
const run = spawnSync(process.execPath, [${JSON.stringify(path.join(repoRoot, 'bin/arch-lint.js'))}, ...args], { stdio: 'inherit' });
if (${dropFirstCall}) {
  const output = args[args.indexOf('--output') + 1];
  const report = JSON.parse(readFileSync(output, 'utf8'));
  report.calls = report.calls.slice(1);
  writeFileSync(output, JSON.stringify(report));
}
process.exit(run.status ?? 2);
`,
  );
  return file;
}

describe('compare-reports.mjs', () => {
  it('passes when both builds report the same', () => {
    const run = spawnSync(process.execPath, [script, standIn(false), workspace], { encoding: 'utf8' });
    expect(run.stdout).toContain('1 scan roots, 0 with a different report');
    expect(run.status).toBe(0);
  });

  it('names a scan root whose report differs and fails', () => {
    const run = spawnSync(process.execPath, [script, standIn(true), workspace], { encoding: 'utf8' });
    expect(run.stdout).toContain('DIFFERS  fixtures/example-workspace');
    expect(run.stdout).toContain('1 scan roots, 1 with a different report');
    expect(run.status).toBe(1);
  });
});
