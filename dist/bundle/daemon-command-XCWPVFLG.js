import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  daemonBuildKey,
  locateDaemon,
  sendRequest,
  spawnDaemon
} from "./chunk-R36ULHSG.js";
import {
  DEFAULT_IDLE_TIMEOUT,
  PROTOCOL
} from "./chunk-KISIIEPD.js";
import "./chunk-SXZKW5CL.js";
import {
  UsageError
} from "./chunk-3VKQMKA4.js";
import "./chunk-B3SFOPOV.js";

// dist/cli/daemon-command.js
import { readdirSync } from "node:fs";
import path from "node:path";
function socketOrThrow(io, create) {
  const located = locateDaemon(io.env, create);
  if (located.socket === null)
    throw new UsageError(`cannot use the daemon: ${located.reason}`);
  return located.socket;
}
async function currentStatus(socket) {
  let reply;
  try {
    reply = await sendRequest(socket, { protocol: PROTOCOL, build: daemonBuildKey(), type: "status" }, 5e3);
  } catch {
    return null;
  }
  return reply.ok && reply.type === "status" ? reply.status : null;
}
var sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
async function runDaemonStart(flags, io) {
  const idleTimeout = flags.idleTimeout ?? DEFAULT_IDLE_TIMEOUT;
  if (flags.foreground) {
    const { serveDaemon } = await import("./server-K5J34JZY.js");
    return serveDaemon({
      env: io.env,
      idleTimeout,
      onReady: ({ socket: socket2, alreadyRunning }) => {
        if (alreadyRunning)
          io.stderr(`arch-lint: a daemon is already running on ${socket2}
`);
      }
    });
  }
  const socket = socketOrThrow(io, true);
  const running = await currentStatus(socket);
  if (running) {
    io.stdout(`arch-lint: daemon already running (pid ${running.pid}, ${socket})
`);
    return 0;
  }
  spawnDaemon(io.env, ["--idle-timeout", String(idleTimeout)]);
  for (let waited = 0; waited < 1e4; waited += 50) {
    await sleep(50);
    const status = await currentStatus(socket);
    if (status) {
      io.stdout(`arch-lint: daemon started (pid ${status.pid}, ${socket}, idle timeout ${idleTimeout === 0 ? "none" : `${idleTimeout} s`})
`);
      return 0;
    }
  }
  throw new UsageError(`the daemon did not start within 10 s (socket ${socket})`);
}
async function runDaemonStop(io) {
  const located = locateDaemon(io.env);
  if (located.socket === null) {
    if (located.missing) {
      io.stdout("arch-lint: no daemon running\n");
      return 0;
    }
    throw new UsageError(`cannot use the daemon: ${located.reason}`);
  }
  const sockets = readdirSync(located.dir).filter((name) => /^daemon-.*\.sock$/.test(name)).map((name) => path.join(located.dir, name));
  let stopped = 0;
  for (const socket of sockets) {
    let reply;
    try {
      reply = await sendRequest(socket, { protocol: PROTOCOL, build: daemonBuildKey(), type: "stop" }, 5e3);
    } catch {
      continue;
    }
    if (!reply.ok || reply.type !== "stop")
      throw new UsageError(`the daemon on ${socket} refused to stop: ${reply.ok ? "unexpected reply" : reply.error}`);
    for (let waited = 0; waited < 1e4 && isAlive(reply.pid); waited += 20)
      await sleep(20);
    io.stdout(`arch-lint: daemon stopped (pid ${reply.pid})
`);
    stopped++;
  }
  if (stopped === 0)
    io.stdout("arch-lint: no daemon running\n");
  return 0;
}
async function runDaemonStatus(io) {
  const located = locateDaemon(io.env);
  const status = located.socket === null ? null : await currentStatus(located.socket);
  if (status === null) {
    io.stdout(`arch-lint: no daemon running${located.socket === null && !located.missing ? ` (${located.reason})` : ""}
`);
    return 1;
  }
  const roots = status.roots.map((entry) => `
  ${entry.root} (${entry.files} files)`).join("");
  io.stdout(`arch-lint: daemon running (pid ${status.pid}, build ${status.build})
socket: ${status.socket}
uptime: ${status.uptime} s, idle timeout: ${status.idleTimeout === 0 ? "none" : `${status.idleTimeout} s`}, requests served: ${status.requests}
roots in memory: ${status.roots.length}${roots}
`);
  return 0;
}
export {
  runDaemonStart,
  runDaemonStatus,
  runDaemonStop
};
//# sourceMappingURL=daemon-command-XCWPVFLG.js.map
