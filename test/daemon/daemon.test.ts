/**
 * The resident mode (`--daemon`, `arch-lint daemon …`), with the built CLI as a subprocess: a daemon's answer is
 * byte for byte a cold run's, before and after edits; with no daemon (or an unusable one) the run scans itself.
 * Each test has its own socket folder (ARCH_LINT_DAEMON_DIR) and stops what it started.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, copyFixture, git, initRepo, run, runAsync, type RunOutcome } from '../cli/subprocess.js';

beforeAll(assertBuilt);

const NOW = ['--now', '2026-06-01'];
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

interface Context {
  socketDir: string;
  env: NodeJS.ProcessEnv;
}

const started: Context[] = [];
const pids = new Set<number>();

function context(): Context {
  const socketDir = path.join(realpathSync(mkdtempSync(path.join(tmpdir(), 'arch-lint-daemon-'))), 'sockets');
  const created = { socketDir, env: { ARCH_LINT_DAEMON_DIR: socketDir, ARCH_LINT_DEBUG: '1' } };
  started.push(created);
  return created;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitFor(condition: () => boolean, ms = 10_000): Promise<boolean> {
  for (let waited = 0; waited < ms; waited += 50) {
    if (condition()) return true;
    await sleep(50);
  }
  return condition();
}

/** `daemon status`'s pid, or null when none runs. */
function daemonPid(ctx: Context): number | null {
  const status = run(['daemon', 'status'], { env: ctx.env });
  const match = /pid (\d+)/.exec(status.stdout);
  if (status.code !== 0 || !match) return null;
  pids.add(Number(match[1]));
  return Number(match[1]);
}

function startDaemon(ctx: Context, idleTimeout = 120): number {
  const outcome = run(['daemon', 'start', '--idle-timeout', String(idleTimeout)], { env: ctx.env });
  expect(outcome.stderr).toBe('');
  expect(outcome.code).toBe(0);
  const pid = daemonPid(ctx);
  expect(pid).not.toBeNull();
  return pid!;
}

function sockets(ctx: Context): string[] {
  return existsSync(ctx.socketDir) ? readdirSync(ctx.socketDir).filter((name) => name.endsWith('.sock')) : [];
}

afterEach(async () => {
  for (const ctx of started.splice(0)) {
    if (existsSync(ctx.socketDir)) chmodSync(ctx.socketDir, 0o700);
    run(['daemon', 'stop'], { env: ctx.env });
    rmSync(path.dirname(ctx.socketDir), { recursive: true, force: true });
  }
  for (const pid of pids) {
    if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  }
  pids.clear();
});

/** A cold run (no daemon asked) and a run asking the daemon, of the same arguments. */
function both(ctx: Context, args: string[], cwd: string, extraEnv: NodeJS.ProcessEnv = {}): { cold: RunOutcome; daemon: RunOutcome } {
  const cold = run([...args, ...NOW], { cwd, env: { ...extraEnv } });
  const daemon = run([...args, ...NOW, '--daemon'], { cwd, env: { ...ctx.env, ...extraEnv } });
  return { cold, daemon };
}

function expectServedAndSame(outcome: { cold: RunOutcome; daemon: RunOutcome }): void {
  expect(outcome.daemon.stderr).toContain('served by the daemon');
  expect(outcome.daemon.stdout).toBe(outcome.cold.stdout);
  expect(outcome.daemon.code).toBe(outcome.cold.code);
}

describe('arch-lint --daemon', () => {
  it('gives byte-identical stylish and JSON output and the same exit code as a cold run', () => {
    const ctx = context();
    startDaemon(ctx);
    const dir = copyFixture('git-workspace');
    for (const format of ['stylish', 'json']) {
      // Twice: the first request fills the daemon's memory, the second is served from it.
      for (let round = 0; round < 2; round++) {
        const outcome = both(ctx, ['--format', format], dir);
        expect(outcome.cold.code).toBe(1);
        expectServedAndSame(outcome);
      }
    }
    // A report written to a file is the same file.
    const coldFile = path.join(dir, 'cold.sarif');
    const daemonFile = path.join(dir, 'daemon.sarif');
    expect(run(['--format', 'sarif', '--output', coldFile, ...NOW], { cwd: dir }).code).toBe(1);
    const served = run(['--format', 'sarif', '--output', daemonFile, ...NOW, '--daemon'], { cwd: dir, env: ctx.env });
    expect(served.code).toBe(1);
    expect(served.stderr).toContain('served by the daemon');
    expect(readText(daemonFile)).toBe(readText(coldFile));
  });

  it('ARCH_LINT_DAEMON=1 asks the daemon as --daemon does', () => {
    const ctx = context();
    startDaemon(ctx);
    const dir = copyFixture('git-workspace');
    const cold = run(NOW, { cwd: dir });
    const daemon = run(NOW, { cwd: dir, env: { ...ctx.env, ARCH_LINT_DAEMON: '1' } });
    expect(daemon.stderr).toContain('served by the daemon');
    expect(daemon.stdout).toBe(cold.stdout);
    expect(daemon.code).toBe(cold.code);
  });

  it('after an edit, a deletion and a config change, answers as a cold run does', () => {
    const ctx = context();
    startDaemon(ctx);
    const dir = copyFixture('git-workspace');
    const json = (outcome: RunOutcome): { ruleId: string; file: string; message: string }[] => (JSON.parse(outcome.stdout) as { findings: { ruleId: string; file: string; message: string }[] }).findings;
    const first = both(ctx, ['--format', 'json'], dir);
    expectServedAndSame(first);
    expect(json(first.daemon).map((finding) => finding.file)).toEqual(['src/legacy.ts']);

    // A new direct call to a known internal host, in a file of its own and in an existing one (same size: URL changed).
    writeFileSync(path.join(dir, 'src/rooms.ts'), "export const rooms = () => fetch('https://rooms.it.helsinki.fi/api/rooms');\n");
    writeFileSync(path.join(dir, '.env'), 'UNITS_URL=https://units.it.helsinki.fi/organisation\n');
    const edited = both(ctx, ['--format', 'json'], dir);
    expectServedAndSame(edited);
    expect(json(edited.daemon).map((finding) => finding.file).sort()).toEqual(['src/legacy.ts', 'src/rooms.ts', 'src/units.ts']);

    // The same file rewritten within the same second, same size: the content decides, not the stat.
    writeFileSync(path.join(dir, 'src/rooms.ts'), "export const rooms = () => fetch('https://rooms.it.helsinki.fi/api/halls');\n");
    const rewritten = both(ctx, ['--format', 'json'], dir);
    expectServedAndSame(rewritten);
    expect(json(rewritten.daemon).find((finding) => finding.file === 'src/rooms.ts')?.message).toContain('/api/halls');

    rmSync(path.join(dir, 'src/legacy.ts'));
    const deleted = both(ctx, ['--format', 'json'], dir);
    expectServedAndSame(deleted);
    expect(json(deleted.daemon).map((finding) => finding.file).sort()).toEqual(['src/rooms.ts', 'src/units.ts']);

    // Without the Helsinki preset, *.helsinki.fi hosts are no longer known as internal.
    writeFileSync(path.join(dir, 'arch-lint.config.yaml'), 'extends: recommended\n');
    const reconfigured = both(ctx, ['--format', 'json'], dir);
    expectServedAndSame(reconfigured);
    expect(JSON.stringify(json(reconfigured.daemon))).not.toBe(JSON.stringify(json(deleted.daemon)));
    const stylish = both(ctx, [], dir);
    expectServedAndSame(stylish);
  });

  it('--staged is served with the client\'s index (GIT_INDEX_FILE) and matches a cold run', () => {
    const ctx = context();
    startDaemon(ctx);
    const dir = copyFixture('git-workspace');
    initRepo(dir);
    writeFileSync(path.join(dir, 'src/rooms.ts'), "export const rooms = () => fetch('https://rooms.it.helsinki.fi/api/rooms');\n");
    git(dir, 'add', 'src/rooms.ts');
    const staged = both(ctx, ['--staged', '--format', 'json'], dir);
    expectServedAndSame(staged);
    expect((JSON.parse(staged.daemon.stdout) as { scope: { files: string[] } }).scope.files).toEqual(['src/rooms.ts']);

    // A hook of `git commit <path>` sees a temporary index: the daemon must read that one, not .git/index.
    const otherIndex = path.join(dir, '.git', 'other-index');
    git(dir, 'read-tree', 'HEAD');
    writeFileSync(path.join(dir, 'src/halls.ts'), "export const halls = () => fetch('https://halls.it.helsinki.fi/api/halls');\n");
    execGit(dir, { GIT_INDEX_FILE: otherIndex }, 'read-tree', 'HEAD');
    execGit(dir, { GIT_INDEX_FILE: otherIndex }, 'add', 'src/halls.ts');
    const withIndex = both(ctx, ['--staged', '--format', 'json'], dir, { GIT_INDEX_FILE: otherIndex });
    expectServedAndSame(withIndex);
    expect((JSON.parse(withIndex.daemon.stdout) as { scope: { files: string[] } }).scope.files).toEqual(['src/halls.ts']);
    // And .git/index again (nothing staged there now): "nothing staged".
    const plain = both(ctx, ['--staged'], dir);
    expectServedAndSame(plain);
    expect(plain.daemon.stdout).toBe('arch-lint: nothing staged to check.\n');
  });

  it('--changed-since, --update-baseline, --baseline, --quiet, --max-warnings and --cache are served as cold runs answer them', () => {
    const ctx = context();
    startDaemon(ctx);
    const dir = copyFixture('git-workspace');
    initRepo(dir);
    git(dir, 'checkout', '-q', '-b', 'change');
    writeFileSync(path.join(dir, '.env'), 'UNITS_URL=https://units.it.helsinki.fi/organisation\n');
    git(dir, 'commit', '-q', '-am', 'rebind');
    expectServedAndSame(both(ctx, ['--changed-since', 'main', '--format', 'json'], dir));
    expectServedAndSame(both(ctx, ['--changed-since', 'main'], dir));
    for (const flags of [['--quiet'], ['--max-warnings', '0'], ['--report-unused-disable-directives'], ['--cache', '--cache-location', path.join(dir, '.cache/')]]) {
      expectServedAndSame(both(ctx, flags, dir));
    }
    // The baseline: written from the daemon's result, the same file; then read from it, the same report.
    const baseline = path.join(dir, 'arch-lint-baseline.json');
    const cold = run(['--update-baseline', ...NOW], { cwd: dir });
    const coldText = readText(baseline);
    rmSync(baseline);
    const served = run(['--update-baseline', ...NOW, '--daemon'], { cwd: dir, env: ctx.env });
    expect(served.stderr).toContain('served by the daemon');
    expect(served.stdout).toBe(cold.stdout);
    expect(readText(baseline)).toBe(coldText);
    const withBaseline = both(ctx, ['--format', 'json'], dir);
    expectServedAndSame(withBaseline);
    expect(withBaseline.daemon.code).toBe(0);
  });

  it('with no daemon running, scans in-process with the right output, and starts one', async () => {
    const ctx = context();
    const dir = copyFixture('git-workspace');
    const cold = run(['--format', 'json', ...NOW], { cwd: dir });
    const fallback = run(['--format', 'json', ...NOW, '--daemon'], { cwd: dir, env: ctx.env });
    expect(fallback.stderr).toContain('starting');
    expect(fallback.stderr).not.toContain('served by the daemon');
    expect(fallback.stdout).toBe(cold.stdout);
    expect(fallback.code).toBe(cold.code);
    expect(await waitFor(() => daemonPid(ctx) !== null)).toBe(true);
    // The next run is served.
    const served = run(['--format', 'json', ...NOW, '--daemon'], { cwd: dir, env: ctx.env });
    expect(served.stderr).toContain('served by the daemon');
    expect(served.stdout).toBe(cold.stdout);
  });

  it('a stale socket (its daemon killed) is replaced by the daemon started on demand', async () => {
    const ctx = context();
    const pid = startDaemon(ctx);
    const [socket] = sockets(ctx);
    process.kill(pid, 'SIGKILL');
    expect(await waitFor(() => !isAlive(pid))).toBe(true);
    expect(sockets(ctx)).toEqual([socket]);
    const dir = copyFixture('git-workspace');
    const cold = run(NOW, { cwd: dir });
    const fallback = run([...NOW, '--daemon'], { cwd: dir, env: ctx.env });
    expect(fallback.stdout).toBe(cold.stdout);
    expect(fallback.code).toBe(cold.code);
    expect(await waitFor(() => daemonPid(ctx) !== null)).toBe(true);
    expect(daemonPid(ctx)).not.toBe(pid);
  });

  it('a daemon that answers garbage, an error or an incomplete scan is not trusted: the run scans itself', async () => {
    const ctx = context();
    startDaemon(ctx);
    const [name] = sockets(ctx);
    expect(run(['daemon', 'stop'], { env: ctx.env }).code).toBe(0);
    const socket = path.join(ctx.socketDir, name!);
    const dir = copyFixture('git-workspace');
    const cold = run(['--format', 'json', ...NOW], { cwd: dir });
    for (const reply of ['not json\n', '{"ok":false,"error":"this daemon is build 0.0.0-old"}\n', '{"ok":true,"type":"lint","result":null}\n', '{"ok":true,"type":"lint","result":{"summary":{"files":0}},"incomplete":true}\n']) {
      const open = new Set<net.Socket>();
      const fake = net.createServer((connection) => {
        open.add(connection);
        connection.end(reply);
      });
      await new Promise<void>((resolve) => fake.listen(socket, resolve));
      try {
        const outcome = await runAsync(['--format', 'json', ...NOW, '--daemon'], { cwd: dir, env: ctx.env });
        expect(outcome.stderr).not.toContain('served by the daemon');
        expect(outcome.stderr).toContain('arch-lint: debug:');
        expect(outcome.stdout).toBe(cold.stdout);
        expect(outcome.code).toBe(cold.code);
      } finally {
        for (const connection of open) connection.destroy();
        await new Promise<void>((resolve) => fake.close(() => resolve()));
      }
    }
  });

  it('daemon status and stop', async () => {
    const ctx = context();
    expect(run(['daemon', 'status'], { env: ctx.env })).toMatchObject({ code: 1, stdout: 'arch-lint: no daemon running\n' });
    expect(run(['daemon', 'stop'], { env: ctx.env })).toMatchObject({ code: 0, stdout: 'arch-lint: no daemon running\n' });
    const pid = startDaemon(ctx);
    // Starting again is a no-op.
    expect(run(['daemon', 'start'], { env: ctx.env }).stdout).toContain(`already running (pid ${pid}`);
    const dir = copyFixture('git-workspace');
    run([...NOW, '--daemon'], { cwd: dir, env: ctx.env });
    const status = run(['daemon', 'status'], { env: ctx.env });
    expect(status.code).toBe(0);
    expect(status.stdout).toContain(`pid ${pid}`);
    expect(status.stdout).toContain('requests served: 1');
    expect(status.stdout).toContain(`roots in memory: 1\n  ${dir} (`);
    const stop = run(['daemon', 'stop'], { env: ctx.env });
    expect(stop).toMatchObject({ code: 0, stdout: `arch-lint: daemon stopped (pid ${pid})\n` });
    expect(isAlive(pid)).toBe(false);
    expect(sockets(ctx)).toEqual([]);
    expect(run(['daemon', 'status'], { env: ctx.env }).code).toBe(1);
  });

  it('keeps at most 4 roots in memory, the least recently used dropped first', () => {
    const ctx = context();
    startDaemon(ctx);
    const dirs = Array.from({ length: 5 }, () => copyFixture('git-workspace'));
    for (const dir of [...dirs.slice(0, 4), dirs[0]!, dirs[4]!]) expect(run([...NOW, '--daemon'], { cwd: dir, env: ctx.env }).stderr).toContain('served by the daemon');
    const held = [...run(['daemon', 'status'], { env: ctx.env }).stdout.matchAll(/^ {2}(\S+) \(/gm)].map((match) => match[1]);
    // Most recently used first; dirs[1] was the least recently used.
    expect(held).toEqual([dirs[4], dirs[0], dirs[3], dirs[2]]);
  });

  it('of several daemons started at once, one keeps the socket and the others exit', async () => {
    const ctx = context();
    const starts = await Promise.all([0, 1, 2].map(() => runAsync(['daemon', 'start', '--foreground', '--idle-timeout', '2'], { env: { ...process.env, ...ctx.env } }).then((outcome) => ({ outcome }))));
    // The two that found it taken returned at once; the one that kept it ran until its idle timeout.
    const gaveWay = starts.filter(({ outcome }) => outcome.stderr.includes('already running'));
    expect(gaveWay).toHaveLength(2);
    for (const { outcome } of starts) expect(outcome.code).toBe(0);
    expect(sockets(ctx)).toEqual([]);
    expect(readdirSync(ctx.socketDir)).toEqual([]);
  });

  it('exits after its idle timeout and removes its socket', async () => {
    const ctx = context();
    const pid = startDaemon(ctx, 1);
    expect(sockets(ctx)).toHaveLength(1);
    expect(await waitFor(() => !isAlive(pid), 8000)).toBe(true);
    expect(sockets(ctx)).toEqual([]);
  });

  it('refuses a socket folder open to other users: the run scans itself, `daemon start` fails', () => {
    const ctx = context();
    const dir = copyFixture('git-workspace');
    // The folder exists with group and other access.
    rmSync(ctx.socketDir, { recursive: true, force: true });
    mkdirPrivate(ctx.socketDir, 0o755);
    const cold = run(NOW, { cwd: dir });
    const outcome = run([...NOW, '--daemon'], { cwd: dir, env: ctx.env });
    expect(outcome.stdout).toBe(cold.stdout);
    expect(outcome.code).toBe(cold.code);
    expect(outcome.stderr).toContain('open to other users');
    expect(sockets(ctx)).toEqual([]);
    const start = run(['daemon', 'start'], { env: ctx.env });
    expect(start.code).toBe(2);
    expect(start.stderr).toContain('open to other users');
    // A symlink in its place is refused too.
    rmSync(ctx.socketDir, { recursive: true, force: true });
    const target = mkdtempSync(path.join(tmpdir(), 'arch-lint-daemon-target-'));
    symlinkDir(target, ctx.socketDir);
    const linked = run([...NOW, '--daemon'], { cwd: dir, env: ctx.env });
    expect(linked.stdout).toBe(cold.stdout);
    expect(linked.stderr).toContain('not a folder');
    expect(readdirSync(target)).toEqual([]);
    unlinkSync(ctx.socketDir);
    rmSync(target, { recursive: true, force: true });
  });
});

function readText(file: string): string {
  return readFileSync(file, 'utf8');
}

function mkdirPrivate(dir: string, mode: number): void {
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, mode);
}

function symlinkDir(target: string, link: string): void {
  symlinkSync(target, link, 'dir');
}

function execGit(dir: string, env: NodeJS.ProcessEnv, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: dir, ...env } });
}
