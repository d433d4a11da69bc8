/**
 * Where the resident daemon listens: a Unix domain socket in a private per-user folder (mode 0700, owned by this
 * user; anything else is refused), named by the arch-lint version and build, so a CLI never talks to a daemon of
 * another build. Light on purpose: the CLI's client side loads this, not the scanner.
 */
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { packageRoot } from '../package-root.js';

/** Environment variable naming the socket folder (tests, or several daemons side by side). */
export const DAEMON_DIR_ENV = 'ARCH_LINT_DAEMON_DIR';

/** The folder the socket lives in: `$ARCH_LINT_DAEMON_DIR`, else `$XDG_RUNTIME_DIR/arch-lint`, else `<tmp>/arch-lint-<uid>`. */
export function daemonDir(env: NodeJS.ProcessEnv): string {
  const chosen = env[DAEMON_DIR_ENV];
  if (chosen) return path.resolve(chosen);
  const runtime = env.XDG_RUNTIME_DIR;
  if (runtime && path.isAbsolute(runtime)) return path.join(runtime, 'arch-lint');
  return path.join(os.tmpdir(), `arch-lint-${process.getuid?.() ?? 'user'}`);
}

let buildKey: string | null = null;

/** The build this code belongs to: the package version and the mtime of this module's file (a rebuild rewrites it). */
export function daemonBuildKey(): string {
  // Read once per process: the client asks for it twice a run, the daemon on every status check.
  buildKey ??= readBuildKey();
  return buildKey;
}

function readBuildKey(): string {
  const manifest = JSON.parse(readFileSync(new URL('package.json', packageRoot), 'utf8')) as { version?: unknown };
  const version = typeof manifest.version === 'string' ? manifest.version : '0.0.0';
  let stamp = '';
  try {
    stamp = String(statSync(new URL(import.meta.url)).mtimeMs);
  } catch {
    // not a file URL: the version alone
  }
  return `${version}-${createHash('sha256').update(stamp).digest('hex').slice(0, 10)}`;
}

export function socketPath(dir: string, buildKey: string): string {
  return path.join(dir, `daemon-${buildKey}.sock`);
}

/** Whether the resident mode can run here at all (Unix domain sockets and uids: not on Windows). */
export function daemonSupported(): boolean {
  return process.platform !== 'win32' && typeof process.getuid === 'function';
}

export type DirCheck = { ok: true } | { ok: false; missing: boolean; reason: string };

/**
 * Whether `dir` is fit to hold the socket: a real folder (not a symlink) owned by this user and closed to everyone
 * else (no group or other permission bits). With `create`, a missing folder is made with mode 0700 first.
 */
export function checkPrivateDir(dir: string, create: boolean): DirCheck {
  if (create) {
    try {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
    } catch (error) {
      return { ok: false, missing: false, reason: `cannot create ${dir} (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
    }
  }
  let info;
  try {
    info = lstatSync(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, missing: code === 'ENOENT', reason: `cannot read ${dir} (${code ?? String(error)})` };
  }
  if (info.isSymbolicLink() || !info.isDirectory()) return { ok: false, missing: false, reason: `${dir} is not a folder (a symlink or another file)` };
  if (info.uid !== process.getuid?.()) return { ok: false, missing: false, reason: `${dir} belongs to another user (uid ${info.uid})` };
  if ((info.mode & 0o077) !== 0) return { ok: false, missing: false, reason: `${dir} is open to other users (mode ${(info.mode & 0o777).toString(8)}; it must be 700)` };
  return { ok: true };
}
