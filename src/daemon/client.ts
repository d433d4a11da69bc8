/**
 * The CLI's side of the resident mode (`--daemon`, `ARCH_LINT_DAEMON=1`): ask a running daemon for the result;
 * when none runs, start one in the background and return null (this run scans in its own process, without
 * waiting). Any trouble — no daemon, a refused or unsafe socket folder, another build, a timeout, a malformed
 * reply, an error in the daemon — is null too: the caller scans in-process, so the answer never depends on the daemon.
 */
import { spawn } from 'node:child_process';
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import { packageRoot } from '../package-root.js';
import { checkPrivateDir, daemonBuildKey, daemonDir, daemonSupported, socketPath } from './paths.js';
import { PROTOCOL, scanEnvironment, type DaemonReply, type DaemonRequest, type WireLintOptions } from './protocol.js';
import type { LintResult } from '../model.js';

/** How long a scan may take in the daemon before the client gives up and scans itself (a first scan of a large repository takes seconds). */
const LINT_TIMEOUT_MS = 120_000;

/** Send one request, read one reply line. Rejects on any socket error, a timeout or a reply that is not JSON. */
export function sendRequest(socket: string, request: DaemonRequest, timeoutMs: number): Promise<DaemonReply> {
  return new Promise((resolve, reject) => {
    const connection = net.createConnection(socket);
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      connection.destroy();
      reject(Object.assign(new Error(`no reply within ${timeoutMs} ms`), { code: 'ETIMEDOUT' }));
    }, timeoutMs);
    connection.on('connect', () => connection.end(`${JSON.stringify(request)}\n`));
    connection.on('data', (chunk: Buffer) => chunks.push(chunk));
    connection.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    connection.on('close', () => {
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString('utf8');
      try {
        const reply = JSON.parse(text) as unknown;
        if (typeof reply !== 'object' || reply === null || typeof (reply as { ok?: unknown }).ok !== 'boolean') throw new Error('not a reply');
        resolve(reply as DaemonReply);
      } catch {
        reject(new Error(`malformed reply (${text.length} bytes)`));
      }
    });
  });
}

/** The socket this build's daemon listens on, when its folder is fit to use (null: why not, in `reason`). */
export function locateDaemon(env: NodeJS.ProcessEnv, create = false): { socket: string; dir: string } | { socket: null; dir: string; missing: boolean; reason: string } {
  const dir = daemonDir(env);
  if (!daemonSupported()) return { socket: null, dir, missing: false, reason: 'the resident mode needs Unix domain sockets (not available on this platform)' };
  const check = checkPrivateDir(dir, create);
  if (!check.ok) return { socket: null, dir, missing: check.missing, reason: check.reason };
  return { socket: socketPath(dir, daemonBuildKey()), dir };
}

/** Start a daemon in the background (detached, no stdio): `arch-lint daemon start --foreground`. */
export function spawnDaemon(env: NodeJS.ProcessEnv, extraArgs: readonly string[] = []): number | undefined {
  const bin = fileURLToPath(new URL('bin/arch-lint.js', packageRoot));
  const child = spawn(process.execPath, [bin, 'daemon', 'start', '--foreground', ...extraArgs], { detached: true, stdio: 'ignore', cwd: '/', env });
  child.on('error', () => undefined);
  child.unref();
  return child.pid;
}

export interface DaemonLintOutcome {
  result: LintResult;
  incomplete: boolean;
  /** The scan's time in the daemon (ms), when it said. */
  elapsedMs: number | null;
}

/**
 * The daemon's result for these options, or null (then scan in-process). `debug` receives a note saying why not.
 * With no daemon running, one is started for the next runs.
 */
export async function lintViaDaemon(options: WireLintOptions, env: NodeJS.ProcessEnv, debug: (note: string) => void): Promise<DaemonLintOutcome | null> {
  const located = locateDaemon(env);
  if (located.socket === null) {
    if (located.missing && daemonSupported()) {
      debug(`no daemon folder yet (${located.dir}): starting a daemon`);
      spawnDaemon(env);
    } else {
      debug(`not using the daemon: ${located.reason}`);
    }
    return null;
  }
  let reply: DaemonReply;
  try {
    reply = await sendRequest(located.socket, { protocol: PROTOCOL, build: daemonBuildKey(), type: 'lint', options, env: scanEnvironment(env) }, LINT_TIMEOUT_MS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ECONNREFUSED') {
      // None running (or a stale socket, which the new daemon replaces).
      debug(`no daemon answering on ${located.socket} (${code}): starting one`);
      spawnDaemon(env);
    } else {
      debug(`the daemon did not answer (${error instanceof Error ? error.message : String(error)})`);
    }
    return null;
  }
  if (!reply.ok) {
    debug(`the daemon could not serve this run: ${reply.error}`);
    return null;
  }
  if (reply.type !== 'lint' || typeof reply.result !== 'object' || reply.result === null || typeof reply.result.summary !== 'object' || typeof reply.incomplete !== 'boolean') {
    debug('the daemon sent an unexpected reply');
    return null;
  }
  if (reply.incomplete) {
    // An error-level problem (a grammar that failed to load, an unreadable folder) may be the daemon's own state:
    // its answer is not trusted; this process scans and says what it finds.
    debug('the daemon\'s scan is incomplete (an error-level problem): scanning in this process to confirm');
    return null;
  }
  return { result: reply.result, incomplete: reply.incomplete, elapsedMs: typeof reply.elapsedMs === 'number' ? reply.elapsedMs : null };
}
