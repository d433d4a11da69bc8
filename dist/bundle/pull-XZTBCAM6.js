import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  redactSecrets
} from "./chunk-VWAHNXS3.js";
import {
  globby
} from "./chunk-JXGQ7MMW.js";
import "./chunk-YPA2DXQC.js";
import "./chunk-B3SFOPOV.js";

// dist/catalog/pull.js
import { randomBytes } from "node:crypto";
import { mkdir, realpath, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
var CatalogPullError = class extends Error {
  code;
  status;
  constructor(code, message, status) {
    super(redactSecrets(message));
    this.name = "CatalogPullError";
    this.code = code;
    this.status = status;
  }
};
function isCatalogPullError(error) {
  return error instanceof CatalogPullError;
}
var MAX_PAGES = 1e4;
var MAX_RETRY_AFTER_MS = 6e4;
async function pullCatalog(options) {
  if (!options.token)
    throw new CatalogPullError("missing-token", "no Management API token was given");
  const client = new ManagementClient(options);
  const base = `${managementBase(options.managementUrl)}${options.organizationId ? `/organizations/${encodeURIComponent(options.organizationId)}` : ""}/environments/${encodeURIComponent(options.environmentId)}`;
  const perPage = options.perPage ?? 100;
  const listed = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const body = await client.getJson(`${base}/apis?page=${page}&perPage=${perPage}`);
    if (!isObject(body) || !Array.isArray(body.data)) {
      throw new CatalogPullError("invalid-response", `the Management API answered ${base}/apis?page=${page} without a \`data\` list; is ${options.managementUrl} a Gravitee Management API?`);
    }
    const items = body.data.filter(isObject);
    listed.push(...items);
    const pagination = isObject(body.pagination) ? body.pagination : {};
    const pageCount = typeof pagination.pageCount === "number" ? pagination.pageCount : null;
    if (items.length === 0 || (pageCount !== null ? page >= pageCount : items.length < perPage))
      break;
  }
  const entries = [];
  const skipped = [];
  const seen = /* @__PURE__ */ new Set();
  for (const item of listed) {
    const id = typeof item.id === "string" ? item.id : null;
    const name = typeof item.name === "string" ? item.name : id ?? "(unnamed)";
    if (id === null || seen.has(id))
      continue;
    seen.add(id);
    const version = typeof item.definitionVersion === "string" ? item.definitionVersion.toUpperCase() : "";
    if (version.startsWith("FEDERATED")) {
      skipped.push({ id, name, reason: "federated API: the gateway does not proxy it" });
      continue;
    }
    entries.push(await definitionOf(client, base, id, item));
  }
  entries.sort((a, b) => idOf(a) < idOf(b) ? -1 : idOf(a) > idOf(b) ? 1 : 0);
  const file = path.resolve(options.output);
  if (entries.length === 0 && !options.allowEmpty && await exists(file)) {
    throw new CatalogPullError("empty", `the Management API listed no APIs in environment ${options.environmentId}; kept the existing ${options.output} (check the token's permissions, or pass allowEmpty)`);
  }
  await writeAtomically(file, `${JSON.stringify(entries, null, 2)}
`);
  return { apis: entries.length, file, skipped, retried: client.retried };
}
async function definitionOf(client, base, id, item) {
  const apiUrl = `${base}/apis/${encodeURIComponent(id)}`;
  const exported = await client.getJson(`${apiUrl}/_export/definition?excludeAdditionalData=groups,members,metadata,pages`, { tolerate: [400, 404, 405, 501] });
  if (isObject(exported) && isObject(exported.api)) {
    return { api: exported.api, plans: Array.isArray(exported.plans) ? exported.plans : [] };
  }
  const plans = await client.getJson(`${apiUrl}/plans?page=1&perPage=100`, { tolerate: [400, 404, 405, 501] });
  if (isObject(plans) && Array.isArray(plans.data))
    return { ...item, plans: plans.data };
  return item;
}
function idOf(entry) {
  const api = isObject(entry.api) ? entry.api : entry;
  return typeof api.id === "string" ? api.id : "";
}
function managementBase(managementUrl) {
  const trimmed = managementUrl.trim().replace(/\/+$/, "");
  if (/\/management\/v2$/.test(trimmed))
    return trimmed;
  if (/\/management$/.test(trimmed))
    return `${trimmed}/v2`;
  return `${trimmed}/management/v2`;
}
var ManagementClient = class {
  retried = 0;
  fetchImpl;
  timeoutMs;
  retries;
  backoffMs;
  sleep;
  token;
  constructor(options) {
    this.fetchImpl = options.fetchImpl ?? fetch;
    this.timeoutMs = options.timeoutMs ?? 3e4;
    this.retries = Math.max(0, options.retries ?? 3);
    this.backoffMs = options.backoffMs ?? 500;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.token = options.token;
  }
  /** The parsed JSON body; `undefined` for a tolerated status. */
  async getJson(url, { tolerate = [] } = {}) {
    for (let attempt = 0; ; attempt++) {
      const outcome = await this.once(url);
      if (outcome.kind === "ok")
        return outcome.body;
      if (outcome.kind === "status" && tolerate.includes(outcome.status))
        return void 0;
      if (outcome.kind === "status" && outcome.status === 401) {
        throw new CatalogPullError("unauthorized", `the Management API refused the token (401 Unauthorized) for ${url}: check that the token is valid and not expired`, 401);
      }
      if (outcome.kind === "status" && outcome.status === 403) {
        throw new CatalogPullError("forbidden", `the token may not read this environment's APIs (403 Forbidden) for ${url}: it needs ENVIRONMENT_API[READ]`, 403);
      }
      const retryable = outcome.kind !== "status" || outcome.status === 429 || outcome.status >= 500;
      if (!retryable || attempt >= this.retries)
        throw this.failure(url, outcome, attempt);
      this.retried++;
      const retryAfter = outcome.kind === "status" ? outcome.retryAfterMs : null;
      await this.sleep(retryAfter ?? this.backoffMs * 2 ** attempt);
    }
  }
  failure(url, outcome, attempt) {
    const tries = attempt + 1 === 1 ? "" : ` (after ${attempt + 1} attempts)`;
    switch (outcome.kind) {
      case "status":
        return new CatalogPullError("http", `the Management API answered ${outcome.status} for ${url}${tries}`, outcome.status);
      case "timeout":
        return new CatalogPullError("timeout", `no complete answer from ${url} within ${this.timeoutMs} ms${tries}`);
      case "invalid":
        return new CatalogPullError("invalid-response", `the Management API answered ${url} with something that is not JSON${tries}`);
      case "network":
        return new CatalogPullError("network", `could not reach ${url}: ${outcome.message}${tries}`);
    }
  }
  async once(url) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);
    try {
      const response = await this.fetchImpl(url, {
        headers: { Authorization: `Bearer ${this.token}`, Accept: "application/json" },
        signal: controller.signal,
        redirect: "error"
      });
      const text = await response.text();
      if (!response.ok)
        return { kind: "status", status: response.status, retryAfterMs: retryAfterMs(response.headers.get("retry-after")) };
      try {
        return { kind: "ok", body: JSON.parse(text) };
      } catch {
        return { kind: "invalid" };
      }
    } catch (error) {
      if (controller.signal.aborted)
        return { kind: "timeout" };
      return { kind: "network", message: networkMessage(error) };
    } finally {
      clearTimeout(timer);
    }
  }
};
function retryAfterMs(value, now = Date.now()) {
  if (value === null || value.trim() === "")
    return null;
  const seconds = Number(value.trim());
  const ms = Number.isFinite(seconds) ? seconds * 1e3 : Date.parse(value) - now;
  if (!Number.isFinite(ms))
    return null;
  return Math.min(Math.max(0, ms), MAX_RETRY_AFTER_MS);
}
function networkMessage(error) {
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : "";
  return `${error instanceof Error ? error.message : String(error)}${cause}`;
}
async function writeAtomically(file, content) {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(temporary, content, "utf8");
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new CatalogPullError("write-failed", `could not write ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
async function exists(file) {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
var DEFAULT_TOKEN_ENV = "GRAVITEE_TOKEN";
var DEFAULT_CATALOG_FILE = "gravitee/catalog.json";
async function runCatalogPull(options) {
  const gateway = options.config?.gateway;
  const managementUrl = options.managementUrl ?? gateway?.managementUrl ?? null;
  if (!managementUrl) {
    throw new CatalogPullError("missing-option", "no Management API URL: pass --management-url or set gateway.managementUrl in the config");
  }
  const environmentId = options.environmentId ?? gateway?.environmentId ?? "DEFAULT";
  const tokenEnv = options.tokenEnv ?? gateway?.tokenEnv ?? DEFAULT_TOKEN_ENV;
  const token = (options.env ?? process.env)[tokenEnv];
  if (!token) {
    throw new CatalogPullError("missing-token", `the environment variable ${tokenEnv} is not set: put a Gravitee personal access token in it (the name comes from --token-env or gateway.tokenEnv)`);
  }
  const baseDir = options.cwd ?? options.config?.baseDir ?? process.cwd();
  const configured = gateway?.catalog.find((entry) => !/[*?[\]{}!]/.test(entry) && entry.endsWith(".json"));
  const output = path.resolve(baseDir, options.output ?? configured ?? DEFAULT_CATALOG_FILE);
  const result = await pullCatalog({
    managementUrl,
    environmentId,
    organizationId: options.organizationId ?? null,
    token,
    output,
    ...options.fetchImpl ? { fetchImpl: options.fetchImpl } : {},
    ...options.timeoutMs !== void 0 ? { timeoutMs: options.timeoutMs } : {},
    ...options.retries !== void 0 ? { retries: options.retries } : {},
    ...options.backoffMs !== void 0 ? { backoffMs: options.backoffMs } : {},
    ...options.sleep ? { sleep: options.sleep } : {},
    ...options.allowEmpty ? { allowEmpty: true } : {},
    ...options.perPage !== void 0 ? { perPage: options.perPage } : {}
  });
  const skipped = result.skipped.length > 0 ? `, skipped ${result.skipped.length} federated` : "";
  const shown = path.relative(baseDir, result.file) || result.file;
  const notes = await readByCatalog(result.file, options.config ?? null) ? [] : [unreadNote(shown, options.config?.gateway.catalog ?? [])];
  return { ...result, notes, summary: `wrote ${result.apis} API${result.apis === 1 ? "" : "s"} of environment ${environmentId} to ${shown}${skipped}` };
}
async function readByCatalog(file, config) {
  const patterns = config?.gateway.catalog ?? [];
  if (config === null || patterns.length === 0)
    return false;
  const matches = await globby([...patterns], { cwd: config.baseDir, dot: true, onlyFiles: true, absolute: true });
  const real = async (entry) => realpath(entry).catch(() => path.resolve(entry));
  const target = await real(file);
  for (const match of matches)
    if (await real(match) === target)
      return true;
  return false;
}
function unreadNote(shown, patterns) {
  return patterns.length === 0 ? `no gateway.catalog is configured, so arch-lint does not read ${shown} yet: add it to gateway.catalog in arch-lint.config.yaml` : `gateway.catalog (${patterns.join(", ")}) does not match ${shown}, so arch-lint does not read it: add it to gateway.catalog, or pull with -o to a file it matches`;
}
export {
  CatalogPullError,
  DEFAULT_CATALOG_FILE,
  DEFAULT_TOKEN_ENV,
  isCatalogPullError,
  managementBase,
  pullCatalog,
  retryAfterMs,
  runCatalogPull
};
//# sourceMappingURL=pull-XZTBCAM6.js.map
