/**
 * `npm run bench -- --peers <dir>` (scripts/bench/peers.mjs) on a tiny fixture, as a subprocess: arch-lint and ast-grep
 * both timed, and ast-grep's generated rules (scripts/bench/peer-patterns.mjs) match every call shape in every TS/JS
 * extension, so that a broken pattern table cannot make the peer look fast by matching nothing.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PEER_PATTERNS } from '../../scripts/bench/peer-patterns.mjs';
import { assertBuilt, repo } from '../cli/subprocess.js';

const fixture = path.join(repo, 'fixtures/bench/peers');

interface ToolFigures {
  seconds: number[];
  medianSeconds: number;
  medianCpuSeconds: number | null;
  matches?: number;
  matchedFiles?: number;
  matchesByPattern?: Record<string, number>;
  calls?: number;
}
interface Comparison {
  copies: number | null;
  sourceFiles: number;
  tools: Record<string, ToolFigures>;
  ratios: { wall: number; cpu: number | null };
}
interface PeerFigures {
  astGrep: { version: string; threads: string };
  comparisons: Comparison[];
  warm: { medianSeconds: number | null } | null;
  staged: { medianSeconds: number | null; changedFiles: number } | null;
  daemon: { unavailable: string | null; file: string; unchanged: { medianSeconds: number }; comment: { medianSeconds: number }; request: { medianSeconds: number } } | null;
}

function bench(...args: string[]): PeerFigures {
  const child = spawnSync(process.execPath, [path.join(repo, 'scripts/bench.mjs'), '--peers', fixture, '--runs', '1', '--json', ...args], { cwd: repo, encoding: 'utf8' });
  expect(child.stderr).toBe('');
  expect(child.status).toBe(0);
  return JSON.parse(child.stdout) as PeerFigures;
}

beforeAll(assertBuilt);

describe('bench --peers', () => {
  it('times arch-lint and ast-grep on the same directory, and ast-grep finds every pattern in every extension', () => {
    const figures = bench();
    expect(figures.comparisons).toHaveLength(1);
    const { tools, sourceFiles, ratios } = figures.comparisons[0];
    expect(sourceFiles).toBe(8);
    expect(tools['arch-lint'].medianSeconds).toBeGreaterThan(0);
    expect(tools['arch-lint'].calls).toBeGreaterThan(0);
    expect(tools['ast-grep'].medianSeconds).toBeGreaterThan(0);
    expect(tools['ast-grep'].matches).toBeGreaterThan(0);
    // One .ts file with every call shape, and a fetch in each of .js .jsx .mjs .cjs .tsx .mts .cts.
    expect(tools['ast-grep'].matchedFiles).toBe(8);
    const unmatched = PEER_PATTERNS.map((pattern) => pattern.id).filter((id) => !tools['ast-grep'].matchesByPattern?.[id]);
    expect(unmatched).toEqual([]);
    expect(ratios.wall).toBeGreaterThan(0);
    expect(figures.astGrep.threads).toMatch(/default/);
  });

  it('builds copies under bench-corpus/ for --copies, and runs --staged there, leaving the directory as it was', () => {
    const before = readFileSync(path.join(fixture, 'src/calls.ts'), 'utf8');
    const figures = bench('--copies', '1,2', '--staged', '--cache', '--daemon');
    expect(figures.comparisons.map(({ copies, sourceFiles }) => [copies, sourceFiles])).toEqual([
      [1, 8],
      [2, 16],
    ]);
    expect(figures.comparisons.map(({ tools }) => tools['ast-grep'].matchedFiles)).toEqual([8, 16]);
    expect(figures.comparisons[1].tools['arch-lint'].calls).toBe(2 * figures.comparisons[0].tools['arch-lint'].calls!);
    expect(figures.warm?.medianSeconds).toBeGreaterThan(0);
    expect(figures.staged?.changedFiles).toBeGreaterThan(0);
    expect(figures.staged?.medianSeconds).toBeGreaterThan(0);
    // Re-scans through a daemon in the single copy, whose edited file is put back afterwards.
    expect(figures.daemon?.unavailable).toBeNull();
    for (const figure of [figures.daemon?.unchanged, figures.daemon?.comment, figures.daemon?.request]) expect(figure?.medianSeconds).toBeGreaterThan(0);
    const copy = path.join(repo, 'bench-corpus/peers-peers-x1');
    expect(readFileSync(path.join(copy, figures.daemon!.file), 'utf8')).toBe(before);
    expect(readFileSync(path.join(fixture, 'src/calls.ts'), 'utf8')).toBe(before);
  }, 120_000);
});
