/**
 * The result cache through the built CLI: a warm run (the result reused, its JSON report copied) prints and
 * writes what a cold run and a run without `--cache` do, and exits the same way.
 *
 * A run is known to be a hit when it left the cache's record untouched: every run that scans stores its result
 * again (a new file renamed over the record: a new inode), and these workspaces settle before any run (racy rule).
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, cliFixtures, run, type RunOutcome } from '../cli/subprocess.js';

const resultCacheFixture = path.resolve(import.meta.dirname, '../../fixtures/cache/result-cache');

interface Workspace {
  dir: string;
  /** Beside the root: the cache and the reports (files in the root would change the scan). */
  scratch: string;
}

function newWorkspace(fixture: string): Workspace {
  const scratch = realpathSync(mkdtempSync(path.join(tmpdir(), 'arch-lint-result-cache-cli-')));
  const dir = path.join(scratch, 'workspace');
  cpSync(fixture, dir, { recursive: true });
  return { dir, scratch };
}

/** Run arch-lint in the workspace on the waiver's last day, with `--cache` unless `cached` is false. */
function lintIn(ws: Workspace, args: string[], cached = true): RunOutcome {
  return run(['--now', '2026-03-31', ...(cached ? ['--cache', '--cache-location', path.join(ws.scratch, 'cache/')] : []), ...args], { cwd: ws.dir });
}

/** The inode of the result record: unchanged by a run that reused the result. */
function recordInode(ws: Workspace): number {
  const dir = path.join(ws.scratch, 'cache');
  const records = readdirSync(dir).filter((name) => name.endsWith('.result.json'));
  expect(records).toHaveLength(1);
  return statSync(path.join(dir, records[0]!)).ino;
}

/** A cold run then a warm one with the same arguments; asserts the warm one was a hit. */
function coldThenWarm(ws: Workspace, args: (label: string) => string[]): { cold: RunOutcome; warm: RunOutcome } {
  const cold = lintIn(ws, args('cold'));
  const stored = recordInode(ws);
  const warm = lintIn(ws, args('warm'));
  expect(recordInode(ws)).toBe(stored);
  return { cold, warm };
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('arch-lint --cache: a reused result reports as a scan does', () => {
  let json: Workspace;
  let stylish: Workspace;
  let sarif: Workspace;
  let quiet: Workspace;
  let warnings: Workspace;

  beforeAll(async () => {
    assertBuilt();
    json = newWorkspace(resultCacheFixture);
    stylish = newWorkspace(resultCacheFixture);
    sarif = newWorkspace(resultCacheFixture);
    quiet = newWorkspace(resultCacheFixture);
    warnings = newWorkspace(path.join(cliFixtures, 'warnings'));
    // Older than a second: results can be stored (the racy rule).
    await sleep(1100);
  });

  it('--format json --output: the warm file is byte for byte the cold one and that of a run without --cache', () => {
    const report = (label: string): string => path.join(json.scratch, `${label}.json`);
    const { cold, warm } = coldThenWarm(json, (label) => ['--format', 'json', '--output', report(label)]);
    expect([cold.code, warm.code]).toEqual([1, 1]);
    const uncached = lintIn(json, ['--format', 'json', '--output', report('uncached')], false);
    expect(uncached.code).toBe(1);
    const warmText = readFileSync(report('warm'), 'utf8');
    expect(warmText).toBe(readFileSync(report('cold'), 'utf8'));
    expect(warmText).toBe(readFileSync(report('uncached'), 'utf8'));
    expect((JSON.parse(warmText) as { summary: { errors: number } }).summary.errors).toBe(2);
  });

  it('stylish on stdout is identical, and a hit with errors still exits 1', () => {
    const { cold, warm } = coldThenWarm(stylish, () => []);
    expect(warm.stdout).toBe(cold.stdout);
    expect(warm.stdout).toMatch(/2 errors/);
    expect([cold.code, warm.code]).toEqual([1, 1]);
  });

  it('--max-warnings 0 still fails on a hit with warnings only', () => {
    const { cold, warm } = coldThenWarm(warnings, () => ['--max-warnings', '0']);
    expect(cold.stdout).toMatch(/0 errors, [1-9]\d* warnings?/);
    expect([cold.code, warm.code]).toEqual([1, 1]);
    expect(warm.stderr).toContain('too many warnings (maximum: 0)');
    // Without the limit the same hit passes.
    expect(lintIn(warnings, []).code).toBe(0);
  });

  it('--quiet on a hit shows the errors only, as without the cache', () => {
    // Stored by a full run, reused by the quiet one.
    const { cold, warm } = coldThenWarm(quiet, (label) => (label === 'warm' ? ['--quiet'] : []));
    const warningLine = /^\s+\d+:\d+\s+warning\b/m;
    expect(cold.stdout).toMatch(warningLine);
    expect(warm.stdout).not.toMatch(warningLine);
    expect(warm.stdout).toMatch(/gateway-bypass/);
    expect(warm.stdout).toBe(lintIn(quiet, ['--quiet'], false).stdout);
    expect(warm.code).toBe(1);
  });

  it('--format sarif on a hit is the cold run\'s SARIF', () => {
    const report = (label: string): string => path.join(sarif.scratch, `${label}.sarif`);
    coldThenWarm(sarif, (label) => ['--format', 'sarif', '--output', report(label)]);
    const warmText = readFileSync(report('warm'), 'utf8');
    expect(warmText).toBe(readFileSync(report('cold'), 'utf8'));
    const log = JSON.parse(warmText) as { version: string; runs: { results: { ruleId: string; level: string; suppressions?: unknown[] }[] }[] };
    expect(log.version).toBe('2.1.0');
    const liveErrors = log.runs[0]!.results.filter((result) => result.level === 'error' && result.suppressions === undefined);
    expect(liveErrors.map((result) => result.ruleId).sort()).toEqual(['gateway-bypass', 'no-direct-integration']);
  });
});
