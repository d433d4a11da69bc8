import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  checkPrivateDir,
  daemonBuildKey,
  daemonDir,
  sendRequest,
  socketPath
} from "./chunk-R36ULHSG.js";
import {
  PROTOCOL,
  isScanEnvironmentVariable
} from "./chunk-KISIIEPD.js";
import "./chunk-SXZKW5CL.js";
import {
  scanRoot
} from "./chunk-W24JQI5D.js";
import {
  forgetGitFilters
} from "./chunk-LSIP4624.js";
import {
  UsageError
} from "./chunk-3VKQMKA4.js";
import "./chunk-B3SFOPOV.js";

// dist/daemon/server.js
import { chmodSync, linkSync, lstatSync, rmSync, unlinkSync } from "node:fs";
import net from "node:net";
var MAX_ROOTS = 4;
var MAX_REQUEST_BYTES = 256 * 1024 * 1024;
function isRequest(value) {
  if (typeof value !== "object" || value === null)
    return false;
  const record = value;
  return typeof record.protocol === "number" && typeof record.build === "string" && (record.type === "lint" || record.type === "status" || record.type === "stop");
}
async function answers(socket) {
  try {
    await sendRequest(socket, { protocol: PROTOCOL, build: daemonBuildKey(), type: "status" }, 2e3);
    return true;
  } catch {
    return false;
  }
}
function listenOn(server, file) {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(file, () => {
      server.off("error", reject);
      resolve();
    });
  });
}
async function listen(server, socket) {
  const own = `${socket}.${process.pid}.tmp`;
  rmSync(own, { force: true });
  await listenOn(server, own);
  try {
    chmodSync(own, 384);
    for (let attempt = 0; ; attempt++) {
      try {
        linkSync(own, socket);
        return "listening";
      } catch (error) {
        if (error.code !== "EEXIST" || attempt > 0)
          throw error;
      }
      if (await answers(socket))
        return "taken";
      if (!lstatSync(socket).isSocket())
        throw new UsageError(`${socket} exists and is not a socket: refusing to replace it`);
      unlinkSync(socket);
    }
  } finally {
    rmSync(own, { force: true });
  }
}
async function serveDaemon(options) {
  const dir = daemonDir(options.env);
  const check = checkPrivateDir(dir, true);
  if (!check.ok)
    throw new UsageError(`refusing to run the daemon: ${check.reason}`);
  const build = daemonBuildKey();
  const socket = socketPath(dir, build);
  const { scan, residentState } = await import("./lint-GSFTHSBJ.js");
  const roots = /* @__PURE__ */ new Map();
  const upSince = Date.now();
  let requests = 0;
  let queue = Promise.resolve();
  let idleTimer = null;
  let stopping = false;
  const connections = /* @__PURE__ */ new Set();
  const server = net.createServer({ allowHalfOpen: true });
  let outcome;
  try {
    outcome = await listen(server, socket);
  } catch (error) {
    server.close();
    throw error;
  }
  if (outcome === "taken") {
    server.close();
    options.onReady?.({ socket, alreadyRunning: true });
    return 0;
  }
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
      if (isScanEnvironmentVariable(name))
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
  const parse = (line) => {
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
    return request;
  };
  server.on("connection", (connection) => {
    connections.add(connection);
    connection.on("close", () => connections.delete(connection));
    connection.on("error", () => connection.destroy());
    const chunks = [];
    let size = 0;
    let answered = false;
    const reply = (message) => {
      if (!connection.destroyed)
        connection.end(`${JSON.stringify(message)}
`);
    };
    const answer = () => {
      if (answered)
        return;
      answered = true;
      const request = parse(Buffer.concat(chunks).toString("utf8"));
      if ("ok" in request)
        return reply(request);
      if (request.type === "status")
        return reply({ ok: true, type: "status", status: status() });
      if (request.type === "stop") {
        reply({ ok: true, type: "stop", pid: process.pid });
        setImmediate(stop);
        return;
      }
      if (stopping)
        return reply({ ok: false, error: "the daemon is stopping" });
      requests++;
      queue = queue.then(async () => {
        if (stopping)
          return reply({ ok: false, error: "the daemon is stopping" });
        if (idleTimer)
          clearTimeout(idleTimer);
        reply(await lint(request.options, request.env).catch((error) => ({ ok: false, error: String(error) })));
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
//# sourceMappingURL=server-K5J34JZY.js.map
