/**
 * Running the built CLI (`node bin/arch-lint.js`) as users and CI do, and making throw-away workspaces
 * (copies of fixtures, real git repositories) for it. Needs `npm run build` first (`npm test` does it).
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const repo = path.resolve(import.meta.dirname, '../..');
export const bin = path.join(repo, 'bin/arch-lint.js');
export const cliFixtures = path.join(repo, 'fixtures/cli');

export interface RunOutcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

function environment(extra: NodeJS.ProcessEnv | undefined): NodeJS.ProcessEnv {
  // A CI runner's own CI=true must not change what the tests see; tests that need it set it.
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...extra };
  if (!extra || !('CI' in extra)) delete env.CI;
  if (!extra || !('GITHUB_STEP_SUMMARY' in extra)) delete env.GITHUB_STEP_SUMMARY;
  return env;
}

export function run(args: string[], options: RunOptions = {}): RunOutcome {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: options.cwd ?? repo, env: environment(options.env), encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** As `run`, without blocking the event loop (for tests that serve HTTP from this process). */
export function runAsync(args: string[], options: RunOptions = {}): Promise<RunOutcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: options.cwd ?? repo, env: environment(options.env) });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export function assertBuilt(): void {
  if (!existsSync(path.join(repo, 'dist/bundle/main.js'))) throw new Error('dist/ is missing: run `npm run build` before the CLI tests');
}

/** A fresh copy of `fixtures/cli/<name>` in a temporary directory (real path, so git and arch-lint agree on it). */
export function copyFixture(name: string): string {
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), `arch-lint-${name}-`)));
  cpSync(path.join(cliFixtures, name), dir, { recursive: true });
  return dir;
}

/** Run git in `dir` with a fixed identity and no user/global config influence. */
export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: dir },
  });
}

/** `dir` as a git repository with everything in it committed on `main`. */
export function initRepo(dir: string): void {
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'initial');
}
