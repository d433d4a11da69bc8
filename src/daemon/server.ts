/**
 * The resident daemon (`arch-lint daemon start`): a process that keeps, per scan root, the per-file facts and the
 * last directory walks in memory and answers lint requests on a Unix domain socket with `scan()`'s result — the same
 * code path as a cold run, with `LintOptions.resident` in place of the `--cache` files. Each request runs discovery,
 * loads the config, the baseline (sent by the client), deployments and catalogue again: only a file's facts are
 * reused, and only while its stat (size, mtime, ctime, inode; racy-safe) or its content hash is unchanged, which
 * is the facts cache's rule. Requests are served one at a time. It exits after `idleTimeout` without a request, on
 * `daemon stop`, SIGTERM or SIGINT, and removes its socket. It never runs anything from a scanned repository.
 */
import { chmodSync, linkSync, lstatSync, rmSync, unlinkSync } from 'node:fs';
import net from 'node:net';
import { forgetGitFilters } from '../discover/git-safety.js';
import { scanRoot } from '../scan-root.js';
import type { LintOptions, ResidentState } from '../lint.js';
import { sendRequest } from './client.js';
import { checkPrivateDir, daemonBuildKey, daemonDir, socketPath } from './paths.js';
import { isScanEnvironmentVariable, PROTOCOL, type DaemonReply, type DaemonRequest, type DaemonStatus, type WireLintOptions } from './protocol.js';
import { UsageError } from '../config/errors.js';

/** Scan roots kept in memory at once; the least recently used is dropped beyond this. */
export const MAX_ROOTS = 4;
/** A request line larger than this is refused (a baseline of a few MB is the largest legitimate part). */
const MAX_REQUEST_BYTES = 256 * 1024 * 1024;

export interface ServeOptions {
  env: NodeJS.ProcessEnv;
  /** Seconds without a request before exiting; 0 = never. */
  idleTimeout: number;
  /** Called once listening (or when another daemon of this build already is: `alreadyRunning`). */
  onReady?: (info: { socket: string; alreadyRunning: boolean }) => void;
}

function isRequest(value: unknown): value is DaemonRequest {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record.protocol === 'number' && typeof record.build === 'string' && (record.type === 'lint' || record.type === 'status' || record.type === 'stop');
}

/** Whether a daemon answers on `socket` (any build: status is answered by every one, even while it scans). */
async function answers(socket: string): Promise<boolean> {
  try {
    await sendRequest(socket, { protocol: PROTOCOL, build: daemonBuildKey(), type: 'status' }, 2000);
    return true;
  } catch {
    return false;
  }
}

function listenOn(server: net.Server, file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(file, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/**
 * Listen on `socket`: bound under a name of this process's own, then hard-linked into place, which fails when the
 * name exists — so two daemons starting at once cannot both take it, and closing the server (libuv removes the
 * path it bound) never removes another daemon's socket. An existing socket nobody answers on (its daemon was
 * killed) is replaced; any other kind of file is refused. 'taken': a live daemon has it.
 */
async function listen(server: net.Server, socket: string): Promise<'listening' | 'taken'> {
  const own = `${socket}.${process.pid}.tmp`;
  rmSync(own, { force: true });
  await listenOn(server, own);
  try {
    // The folder (0700) already keeps other users out; the socket's own mode says so too.
    chmodSync(own, 0o600);
    for (let attempt = 0; ; attempt++) {
      try {
        linkSync(own, socket);
        return 'listening';
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error;
      }
      if (await answers(socket)) return 'taken';
      if (!lstatSync(socket).isSocket()) throw new UsageError(`${socket} exists and is not a socket: refusing to replace it`);
      unlinkSync(socket);
    }
  } finally {
    rmSync(own, { force: true });
  }
}

/** Run the daemon until it stops; resolves with the exit code. */
export async function serveDaemon(options: ServeOptions): Promise<number> {
  const dir = daemonDir(options.env);
  const check = checkPrivateDir(dir, true);
  if (!check.ok) throw new UsageError(`refusing to run the daemon: ${check.reason}`);
  const build = daemonBuildKey();
  const socket = socketPath(dir, build);
  const { scan, residentState } = await import('../lint.js');
  const roots = new Map<string, ResidentState>();
  const upSince = Date.now();
  let requests = 0;
  let queue: Promise<void> = Promise.resolve();
  let idleTimer: NodeJS.Timeout | null = null;
  let stopping = false;
  const connections = new Set<net.Socket>();

  // Half-open: a client ends its side after the request and still reads the reply.
  const server = net.createServer({ allowHalfOpen: true });
  let outcome: 'listening' | 'taken';
  try {
    outcome = await listen(server, socket);
  } catch (error) {
    server.close();
    throw error;
  }
  if (outcome === 'taken') {
    server.close();
    options.onReady?.({ socket, alreadyRunning: true });
    return 0;
  }
  const ownInode = lstatSync(socket).ino;

  let finished!: (code: number) => void;
  const done = new Promise<number>((resolve) => (finished = resolve));
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    if (idleTimer) clearTimeout(idleTimer);
    server.close();
    try {
      // Only our own socket: a newer daemon may have replaced a socket it thought stale.
      if (lstatSync(socket).ino === ownInode) unlinkSync(socket);
    } catch {
      // already gone
    }
    roots.clear();
    // Replies in flight are flushed first: connections end themselves after writing.
    const waitForReplies = (): void => {
      if (connections.size === 0) finished(0);
      else setTimeout(waitForReplies, 10);
    };
    waitForReplies();
  };
  const armIdleTimer = (): void => {
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = options.idleTimeout > 0 ? setTimeout(stop, options.idleTimeout * 1000) : null;
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);

  const stateOf = (root: string): ResidentState => {
    let state = roots.get(root);
    if (state) roots.delete(root);
    else state = residentState(root);
    // Most recently used last: the first key is the one to drop.
    roots.set(root, state);
    while (roots.size > MAX_ROOTS) roots.delete(roots.keys().next().value!);
    return state;
  };

  const status = (): DaemonStatus => ({
    pid: process.pid,
    build,
    socket,
    uptime: Math.round((Date.now() - upSince) / 1000),
    idleTimeout: options.idleTimeout,
    roots: [...roots].reverse().map(([root, state]) => ({ root, files: state.facts.size })),
    requests,
  });

  const lint = async (wire: WireLintOptions, env: Record<string, string>): Promise<DaemonReply> => {
    const root = scanRoot(wire.cwd, wire.paths);
    const lintOptions: LintOptions = {
      cwd: wire.cwd,
      paths: wire.paths,
      deployments: wire.deployments,
      now: new Date(wire.now),
      reportUnusedDisableDirectives: wire.reportUnusedDisableDirectives,
      baseline: wire.baseline,
      staged: wire.staged,
      ...(wire.configFile !== undefined ? { configFile: wire.configFile } : {}),
      ...(wire.baselineFile !== undefined ? { baselineFile: wire.baselineFile } : {}),
      ...(wire.changedSince !== undefined ? { changedSince: wire.changedSince } : {}),
      resident: stateOf(root),
    };
    if (Number.isNaN(lintOptions.now!.getTime())) return { ok: false, error: 'bad date' };
    // git runs with the client's environment (a hook's GIT_INDEX_FILE), and the repository's filter drivers are
    // read again: the configuration may have changed since the last request.
    const saved = { ...process.env };
    for (const name of Object.keys(process.env)) if (isScanEnvironmentVariable(name)) delete process.env[name];
    Object.assign(process.env, env);
    forgetGitFilters();
    const startedAt = performance.now();
    try {
      const scanned = await scan(lintOptions);
      // Facts with an error-level problem (a transient failure?) are not kept: the next request starts this root afresh.
      if (scanned.incomplete) roots.delete(root);
      return { ok: true, type: 'lint', result: scanned.result(), incomplete: scanned.incomplete, elapsedMs: Math.round(performance.now() - startedAt) };
    } catch (error) {
      // A usage error or a crash: the client scans in its own process and reports it as a cold run would.
      // The root's state may be half-updated: drop it.
      roots.delete(root);
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    } finally {
      for (const name of Object.keys(process.env)) delete process.env[name];
      Object.assign(process.env, saved);
    }
  };

  /** The request of a line, or the reply that refuses it. */
  const parse = (line: string): DaemonRequest | DaemonReply => {
    let request: unknown;
    try {
      request = JSON.parse(line);
    } catch {
      return { ok: false, error: 'malformed request' };
    }
    if (!isRequest(request)) return { ok: false, error: 'malformed request' };
    // Status and stop mean the same to every build (`daemon stop` stops an older build's daemon too); a scan does not.
    if (request.protocol !== PROTOCOL || (request.type === 'lint' && request.build !== build)) return { ok: false, error: `this daemon is build ${build}, not ${request.build}` };
    return request;
  };

  server.on('connection', (connection) => {
    connections.add(connection);
    connection.on('close', () => connections.delete(connection));
    connection.on('error', () => connection.destroy());
    const chunks: Buffer[] = [];
    let size = 0;
    let answered = false;
    const reply = (message: DaemonReply): void => {
      if (!connection.destroyed) connection.end(`${JSON.stringify(message)}\n`);
    };
    const answer = (): void => {
      if (answered) return;
      answered = true;
      const request = parse(Buffer.concat(chunks).toString('utf8'));
      if ('ok' in request) return reply(request);
      // Status and stop at once, even while a scan runs (a starting daemon asks whether this one is alive).
      if (request.type === 'status') return reply({ ok: true, type: 'status', status: status() });
      if (request.type === 'stop') {
        reply({ ok: true, type: 'stop', pid: process.pid });
        setImmediate(stop);
        return;
      }
      if (stopping) return reply({ ok: false, error: 'the daemon is stopping' });
      requests++;
      // Scans one at a time: a root's state is not shared between concurrent scans.
      queue = queue.then(async () => {
        if (stopping) return reply({ ok: false, error: 'the daemon is stopping' });
        if (idleTimer) clearTimeout(idleTimer);
        reply(await lint(request.options, request.env).catch((error: unknown) => ({ ok: false as const, error: String(error) })));
        if (!stopping) armIdleTimer();
      });
    };
    connection.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_REQUEST_BYTES) {
        connection.destroy();
        return;
      }
      chunks.push(chunk);
      if (chunk.includes(10)) answer();
    });
    connection.on('end', answer);
  });

  armIdleTimer();
  options.onReady?.({ socket, alreadyRunning: false });
  const code = await done;
  process.off('SIGTERM', stop);
  process.off('SIGINT', stop);
  return code;
}
