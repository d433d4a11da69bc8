import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  PROTOCOL,
  scanEnvironment
} from "./chunk-KISIIEPD.js";
import {
  packageRoot
} from "./chunk-SXZKW5CL.js";

// dist/daemon/client.js
import { spawn } from "node:child_process";
import net from "node:net";
import { fileURLToPath } from "node:url";

// dist/daemon/paths.js
import { createHash } from "node:crypto";
import { lstatSync, mkdirSync, readFileSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
var DAEMON_DIR_ENV = "ARCH_LINT_DAEMON_DIR";
function daemonDir(env) {
  const chosen = env[DAEMON_DIR_ENV];
  if (chosen)
    return path.resolve(chosen);
  const runtime = env.XDG_RUNTIME_DIR;
  if (runtime && path.isAbsolute(runtime))
    return path.join(runtime, "arch-lint");
  return path.join(os.tmpdir(), `arch-lint-${process.getuid?.() ?? "user"}`);
}
var buildKey = null;
function daemonBuildKey() {
  buildKey ??= readBuildKey();
  return buildKey;
}
function readBuildKey() {
  const manifest = JSON.parse(readFileSync(new URL("package.json", packageRoot), "utf8"));
  const version = typeof manifest.version === "string" ? manifest.version : "0.0.0";
  let stamp = "";
  try {
    stamp = String(statSync(new URL(import.meta.url)).mtimeMs);
  } catch {
  }
  return `${version}-${createHash("sha256").update(stamp).digest("hex").slice(0, 10)}`;
}
function socketPath(dir, buildKey2) {
  return path.join(dir, `daemon-${buildKey2}.sock`);
}
function daemonSupported() {
  return process.platform !== "win32" && typeof process.getuid === "function";
}
function checkPrivateDir(dir, create) {
  if (create) {
    try {
      mkdirSync(dir, { recursive: true, mode: 448 });
    } catch (error) {
      return { ok: false, missing: false, reason: `cannot create ${dir} (${error.code ?? String(error)})` };
    }
  }
  let info;
  try {
    info = lstatSync(dir);
  } catch (error) {
    const code = error.code;
    return { ok: false, missing: code === "ENOENT", reason: `cannot read ${dir} (${code ?? String(error)})` };
  }
  if (info.isSymbolicLink() || !info.isDirectory())
    return { ok: false, missing: false, reason: `${dir} is not a folder (a symlink or another file)` };
  if (info.uid !== process.getuid?.())
    return { ok: false, missing: false, reason: `${dir} belongs to another user (uid ${info.uid})` };
  if ((info.mode & 63) !== 0)
    return { ok: false, missing: false, reason: `${dir} is open to other users (mode ${(info.mode & 511).toString(8)}; it must be 700)` };
  return { ok: true };
}

// dist/daemon/client.js
var LINT_TIMEOUT_MS = 12e4;
function sendRequest(socket, request, timeoutMs) {
  return new Promise((resolve, reject) => {
    const connection = net.createConnection(socket);
    const chunks = [];
    const timer = setTimeout(() => {
      connection.destroy();
      reject(Object.assign(new Error(`no reply within ${timeoutMs} ms`), { code: "ETIMEDOUT" }));
    }, timeoutMs);
    connection.on("connect", () => connection.end(`${JSON.stringify(request)}
`));
    connection.on("data", (chunk) => chunks.push(chunk));
    connection.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    connection.on("close", () => {
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString("utf8");
      try {
        const reply = JSON.parse(text);
        if (typeof reply !== "object" || reply === null || typeof reply.ok !== "boolean")
          throw new Error("not a reply");
        resolve(reply);
      } catch {
        reject(new Error(`malformed reply (${text.length} bytes)`));
      }
    });
  });
}
function locateDaemon(env, create = false) {
  const dir = daemonDir(env);
  if (!daemonSupported())
    return { socket: null, dir, missing: false, reason: "the resident mode needs Unix domain sockets (not available on this platform)" };
  const check = checkPrivateDir(dir, create);
  if (!check.ok)
    return { socket: null, dir, missing: check.missing, reason: check.reason };
  return { socket: socketPath(dir, daemonBuildKey()), dir };
}
function spawnDaemon(env, extraArgs = []) {
  const bin = fileURLToPath(new URL("bin/arch-lint.js", packageRoot));
  const child = spawn(process.execPath, [bin, "daemon", "start", "--foreground", ...extraArgs], { detached: true, stdio: "ignore", cwd: "/", env });
  child.on("error", () => void 0);
  child.unref();
  return child.pid;
}
async function lintViaDaemon(options, env, debug) {
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
  let reply;
  try {
    reply = await sendRequest(located.socket, { protocol: PROTOCOL, build: daemonBuildKey(), type: "lint", options, env: scanEnvironment(env) }, LINT_TIMEOUT_MS);
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT" || code === "ECONNREFUSED") {
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
  if (reply.type !== "lint" || typeof reply.result !== "object" || reply.result === null || typeof reply.result.summary !== "object" || typeof reply.incomplete !== "boolean") {
    debug("the daemon sent an unexpected reply");
    return null;
  }
  if (reply.incomplete) {
    debug("the daemon's scan is incomplete (an error-level problem): scanning in this process to confirm");
    return null;
  }
  return { result: reply.result, incomplete: reply.incomplete, elapsedMs: typeof reply.elapsedMs === "number" ? reply.elapsedMs : null };
}

export {
  daemonDir,
  daemonBuildKey,
  socketPath,
  checkPrivateDir,
  sendRequest,
  locateDaemon,
  spawnDaemon,
  lintViaDaemon
};
//# sourceMappingURL=chunk-R36ULHSG.js.map
