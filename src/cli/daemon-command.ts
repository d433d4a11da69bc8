/**
 * `arch-lint daemon start|stop|status`: the resident mode's process (src/daemon/). `start` runs it in the
 * background (or, with `--foreground`, in this process: what the background start and `--daemon`'s on-demand
 * start run); `stop` asks it to exit and waits until it has; `status` says whether one runs and what it holds.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../config/errors.js';
import { locateDaemon, sendRequest, spawnDaemon } from '../daemon/client.js';
import { daemonBuildKey } from '../daemon/paths.js';
import { DEFAULT_IDLE_TIMEOUT, PROTOCOL, type DaemonReply, type DaemonStatus } from '../daemon/protocol.js';
import type { CliIO } from './main.js';

export interface DaemonStartFlags {
  idleTimeout?: number;
  foreground?: boolean;
}

function socketOrThrow(io: CliIO, create: boolean): string {
  const located = locateDaemon(io.env, create);
  if (located.socket === null) throw new UsageError(`cannot use the daemon: ${located.reason}`);
  return located.socket;
}

async function currentStatus(socket: string): Promise<DaemonStatus | null> {
  let reply: DaemonReply;
  try {
    reply = await sendRequest(socket, { protocol: PROTOCOL, build: daemonBuildKey(), type: 'status' }, 5000);
  } catch {
    return null;
  }
  return reply.ok && reply.type === 'status' ? reply.status : null;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export async function runDaemonStart(flags: DaemonStartFlags, io: CliIO): Promise<number> {
  const idleTimeout = flags.idleTimeout ?? DEFAULT_IDLE_TIMEOUT;
  if (flags.foreground) {
    const { serveDaemon } = await import('../daemon/server.js');
    return serveDaemon({
      env: io.env,
      idleTimeout,
      onReady: ({ socket, alreadyRunning }) => {
        if (alreadyRunning) io.stderr(`arch-lint: a daemon is already running on ${socket}\n`);
      },
    });
  }
  const socket = socketOrThrow(io, true);
  const running = await currentStatus(socket);
  if (running) {
    io.stdout(`arch-lint: daemon already running (pid ${running.pid}, ${socket})\n`);
    return 0;
  }
  spawnDaemon(io.env, ['--idle-timeout', String(idleTimeout)]);
  // Wait until it answers (loading arch-lint takes a fraction of a second).
  for (let waited = 0; waited < 10_000; waited += 50) {
    await sleep(50);
    const status = await currentStatus(socket);
    if (status) {
      io.stdout(`arch-lint: daemon started (pid ${status.pid}, ${socket}, idle timeout ${idleTimeout === 0 ? 'none' : `${idleTimeout} s`})\n`);
      return 0;
    }
  }
  throw new UsageError(`the daemon did not start within 10 s (socket ${socket})`);
}

/** Stop this user's daemons in the socket folder: this build's and older ones (an upgrade leaves the old one running). */
export async function runDaemonStop(io: CliIO): Promise<number> {
  const located = locateDaemon(io.env);
  if (located.socket === null) {
    if (located.missing) {
      io.stdout('arch-lint: no daemon running\n');
      return 0;
    }
    throw new UsageError(`cannot use the daemon: ${located.reason}`);
  }
  const sockets = readdirSync(located.dir).filter((name) => /^daemon-.*\.sock$/.test(name)).map((name) => path.join(located.dir, name));
  let stopped = 0;
  for (const socket of sockets) {
    let reply: DaemonReply;
    try {
      reply = await sendRequest(socket, { protocol: PROTOCOL, build: daemonBuildKey(), type: 'stop' }, 5000);
    } catch {
      continue; // nobody there (a stale socket: the next daemon replaces it)
    }
    if (!reply.ok || reply.type !== 'stop') throw new UsageError(`the daemon on ${socket} refused to stop: ${reply.ok ? 'unexpected reply' : reply.error}`);
    for (let waited = 0; waited < 10_000 && isAlive(reply.pid); waited += 20) await sleep(20);
    io.stdout(`arch-lint: daemon stopped (pid ${reply.pid})\n`);
    stopped++;
  }
  if (stopped === 0) io.stdout('arch-lint: no daemon running\n');
  return 0;
}

export async function runDaemonStatus(io: CliIO): Promise<number> {
  const located = locateDaemon(io.env);
  const status = located.socket === null ? null : await currentStatus(located.socket);
  if (status === null) {
    io.stdout(`arch-lint: no daemon running${located.socket === null && !located.missing ? ` (${located.reason})` : ''}\n`);
    return 1;
  }
  const roots = status.roots.map((entry) => `\n  ${entry.root} (${entry.files} files)`).join('');
  io.stdout(
    `arch-lint: daemon running (pid ${status.pid}, build ${status.build})\n` +
      `socket: ${status.socket}\nuptime: ${status.uptime} s, idle timeout: ${status.idleTimeout === 0 ? 'none' : `${status.idleTimeout} s`}, requests served: ${status.requests}\n` +
      `roots in memory: ${status.roots.length}${roots}\n`,
  );
  return 0;
}
