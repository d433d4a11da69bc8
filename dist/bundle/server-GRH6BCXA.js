import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  checkPrivateDir,
  daemonBuildKey,
  daemonDir,
  sendRequest,
  socketPath
} from "./chunk-L7FWJFSE.js";
import {
  PROTOCOL
} from "./chunk-6A6BQP4U.js";
import "./chunk-SXZKW5CL.js";
import {
  scanRoot
} from "./chunk-W24JQI5D.js";
import {
  forgetGitFilters
} from "./chunk-ROFZXU7K.js";
import {
  UsageError
} from "./chunk-3VKQMKA4.js";
import "./chunk-B3SFOPOV.js";

// dist/daemon/server.js
import { chmodSync, lstatSync, unlinkSync } from "node:fs";
import net from "node:net";
var MAX_ROOTS = 4;
var MAX_REQUEST_BYTES = 256 * 1024 * 1024;
function isRequest(value) {
  if (typeof value !== "object" || value === null)
    return false;
  const record = value;
  return typeof record.protocol === "number" && typeof record.build === "string" && (record.type === "lint" || record.type === "status" || record.type === "stop");
}
async function listen(server, socket) {
  const attempt = () => new Promise((resolve) => {
    const onError = (error2) => resolve(error2);
    server.once("error", onError);
    server.listen(socket, () => {
      server.off("error", onError);
      resolve(null);
    });
  });
  let error = await attempt();
  if (error === null)
    return "listening";
  if (error.code !== "EADDRINUSE")
    throw error;
  try {
    await sendRequest(socket, { protocol: PROTOCOL, build: daemonBuildKey(), type: "status" }, 2e3);
    return "taken";
  } catch {
    if (!lstatSync(socket).isSocket())
      throw new UsageError(`${socket} exists and is not a socket: refusing to replace it`);
    unlinkSync(socket);
  }
  error = await attempt();
  if (error === null)
    return "listening";
  if (error.code === "EADDRINUSE")
    return "taken";
  throw error;
}
async function serveDaemon(options) {
  const dir = daemonDir(options.env);
  const check = checkPrivateDir(dir, true);
  if (!check.ok)
    throw new UsageError(`refusing to run the daemon: ${check.reason}`);
  const build = daemonBuildKey();
  const socket = socketPath(dir, build);
  const { scan, residentState } = await import("./lint-25E4WMWE.js");
  const roots = /* @__PURE__ */ new Map();
  const upSince = Date.now();
  let requests = 0;
  let queue = Promise.resolve();
  let idleTimer = null;
  let stopping = false;
  const connections = /* @__PURE__ */ new Set();
  const server = net.createServer({ allowHalfOpen: true });
  const outcome = await listen(server, socket);
  if (outcome === "taken") {
    options.onReady?.({ socket, alreadyRunning: true });
    return 0;
  }
  chmodSync(socket, 384);
  const ownInode = lstatSync(socket).ino;
  let finished;
  const done = new Promise((resolve) => finished = resolve);
  const stop = () => {
    if (stopping)
      return;
    stopping = true;
    if (idleTimer)
      clearTimeout(idleTimer);
    server.close();
    try {
      if (lstatSync(socket).ino === ownInode)
        unlinkSync(socket);
    } catch {
    }
    roots.clear();
    const waitForReplies = () => {
      if (connections.size === 0)
        finished(0);
      else
        setTimeout(waitForReplies, 10);
    };
    waitForReplies();
  };
  const armIdleTimer = () => {
    if (idleTimer)
      clearTimeout(idleTimer);
    idleTimer = options.idleTimeout > 0 ? setTimeout(stop, options.idleTimeout * 1e3) : null;
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
  const stateOf = (root) => {
    let state = roots.get(root);
    if (state)
      roots.delete(root);
    else
      state = residentState(root);
    roots.set(root, state);
    while (roots.size > MAX_ROOTS)
      roots.delete(roots.keys().next().value);
    return state;
  };
  const status = () => ({
    pid: process.pid,
    build,
    socket,
    uptime: Math.round((Date.now() - upSince) / 1e3),
    idleTimeout: options.idleTimeout,
    roots: [...roots].reverse().map(([root, state]) => ({ root, files: state.facts.size })),
    requests
  });
  const lint = async (wire, env) => {
    const root = scanRoot(wire.cwd, wire.paths);
    const lintOptions = {
      cwd: wire.cwd,
      paths: wire.paths,
      deployments: wire.deployments,
      now: new Date(wire.now),
      reportUnusedDisableDirectives: wire.reportUnusedDisableDirectives,
      baseline: wire.baseline,
      staged: wire.staged,
      ...wire.configFile !== void 0 ? { configFile: wire.configFile } : {},
      ...wire.baselineFile !== void 0 ? { baselineFile: wire.baselineFile } : {},
      ...wire.changedSince !== void 0 ? { changedSince: wire.changedSince } : {},
      resident: stateOf(root)
    };
    if (Number.isNaN(lintOptions.now.getTime()))
      return { ok: false, error: "bad date" };
    const saved = { ...process.env };
    for (const name of Object.keys(process.env))
      if (name.startsWith("GIT_") || name === "PATH" || name === "HOME" || name === "XDG_CONFIG_HOME")
        delete process.env[name];
    Object.assign(process.env, env);
    forgetGitFilters();
    const startedAt = performance.now();
    try {
      const scanned = await scan(lintOptions);
      if (scanned.incomplete)
        roots.delete(root);
      return { ok: true, type: "lint", result: scanned.result(), incomplete: scanned.incomplete, elapsedMs: Math.round(performance.now() - startedAt) };
    } catch (error) {
      roots.delete(root);
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    } finally {
      for (const name of Object.keys(process.env))
        delete process.env[name];
      Object.assign(process.env, saved);
    }
  };
  const handle = async (line) => {
    let request;
    try {
      request = JSON.parse(line);
    } catch {
      return { ok: false, error: "malformed request" };
    }
    if (!isRequest(request))
      return { ok: false, error: "malformed request" };
    if (request.protocol !== PROTOCOL || request.type === "lint" && request.build !== build)
      return { ok: false, error: `this daemon is build ${build}, not ${request.build}` };
    switch (request.type) {
      case "status":
        return { ok: true, type: "status", status: status() };
      case "stop":
        setImmediate(stop);
        return { ok: true, type: "stop", pid: process.pid };
      case "lint":
        requests++;
        return lint(request.options, request.env);
    }
  };
  server.on("connection", (connection) => {
    connections.add(connection);
    connection.on("close", () => connections.delete(connection));
    connection.on("error", () => connection.destroy());
    const chunks = [];
    let size = 0;
    let answered = false;
    const answer = () => {
      if (answered)
        return;
      answered = true;
      const line = Buffer.concat(chunks).toString("utf8");
      queue = queue.then(async () => {
        if (idleTimer)
          clearTimeout(idleTimer);
        const reply = stopping ? { ok: false, error: "the daemon is stopping" } : await handle(line).catch((error) => ({ ok: false, error: String(error) }));
        if (!connection.destroyed)
          connection.end(`${JSON.stringify(reply)}
`);
        if (!stopping)
          armIdleTimer();
      });
    };
    connection.on("data", (chunk) => {
      size += chunk.length;
      if (size > MAX_REQUEST_BYTES) {
        connection.destroy();
        return;
      }
      chunks.push(chunk);
      if (chunk.includes(10))
        answer();
    });
    connection.on("end", answer);
  });
  armIdleTimer();
  options.onReady?.({ socket, alreadyRunning: false });
  const code = await done;
  process.off("SIGTERM", stop);
  process.off("SIGINT", stop);
  return code;
}
export {
  MAX_ROOTS,
  serveDaemon
};
//# sourceMappingURL=server-GRH6BCXA.js.map
