import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  productionTargets
} from "./chunk-UFWB54CG.js";
import {
  firstSchemaError,
  validateBaseline
} from "./chunk-JHCQOTT6.js";
import {
  NotRegularFileError,
  readRegularFileSync
} from "./chunk-JDHQ7UT6.js";
import {
  KnownError
} from "./chunk-3VKQMKA4.js";

// dist/judge/suppressions/baseline.js
var BASELINE_VERSION = 1;
var DEFAULT_BASELINE_FILE = "arch-lint-baseline.json";
var BaselineError = class extends KnownError {
  name = "BaselineError";
};
function targetOf(call) {
  const parts = /* @__PURE__ */ new Set();
  for (const target of productionTargets(call.targets)) {
    if (target.api)
      parts.add(`api:${target.api}`);
    else if (target.host)
      parts.add(target.host);
    else if (target.url)
      parts.add(target.url);
    else
      parts.add(`unresolved ${call.expression}`);
  }
  if (parts.size === 0)
    parts.add(`unresolved ${call.expression}`);
  return [...parts].sort().join(" | ");
}
function identityOf(finding, call) {
  if (!call)
    return { rule: finding.ruleId, service: null, file: finding.file, target: "", symbol: "", fingerprint: finding.fingerprint };
  return { rule: finding.ruleId, service: call.service ?? null, file: finding.file, target: targetOf(call), symbol: call.enclosing };
}
function keyOf(entry) {
  return JSON.stringify([entry.rule, entry.service, entry.file, entry.target, entry.symbol, entry.fingerprint ?? null]);
}
function baselineKey(finding, call) {
  return keyOf(identityOf(finding, call));
}
function callOf(finding, calls) {
  return finding.callIndex === void 0 ? void 0 : calls[finding.callIndex];
}
function validateBaseline2(data) {
  return validateBaseline(data) ? null : firstSchemaError(validateBaseline, "does not match the baseline schema");
}
function parseBaseline(text, file) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new BaselineError(`${file}: not valid JSON (${error instanceof Error ? error.message : String(error)}). Fix it, or delete it and run 'arch-lint --update-baseline' to write a new one.`);
  }
  if (typeof data === "object" && data !== null && "version" in data && data.version !== BASELINE_VERSION) {
    throw new BaselineError(`${file}: baseline version ${JSON.stringify(data.version)} is not supported by this arch-lint (it reads version ${BASELINE_VERSION}). Upgrade arch-lint, or rewrite the file with 'arch-lint --update-baseline'.`);
  }
  const problem = validateBaseline2(data);
  if (problem)
    throw new BaselineError(`${file}: invalid baseline: ${problem} (schema: schemas/baseline.schema.json).`);
  return data;
}
async function readBaseline(path) {
  let text;
  try {
    text = readRegularFileSync(path, "utf8");
  } catch (error) {
    if (error.code === "ENOENT")
      return null;
    if (error instanceof NotRegularFileError)
      throw new BaselineError(`${path}: the baseline is not a regular file (${error.what}); give a regular file.`);
    throw new BaselineError(`${path}: cannot read the baseline (${error instanceof Error ? error.message : String(error)}).`);
  }
  return parseBaseline(text, path);
}
function compareEntries(a, b) {
  const fields = ["file", "rule", "symbol", "target", "service", "fingerprint", "message"];
  for (const field of fields) {
    const x = String(a[field] ?? "");
    const y = String(b[field] ?? "");
    if (x !== y)
      return x < y ? -1 : 1;
  }
  return 0;
}
function buildBaseline(result, previous) {
  const comments = /* @__PURE__ */ new Map();
  for (const entry of previous?.entries ?? []) {
    if (entry.comment === void 0)
      continue;
    const list = comments.get(keyOf(entry)) ?? [];
    list.push(entry.comment);
    comments.set(keyOf(entry), list);
  }
  const entries = [];
  for (const finding of result.findings) {
    if (finding.suppressed && finding.suppressed.kind !== "baseline")
      continue;
    const identity = identityOf(finding, callOf(finding, result.calls));
    const entry = { ...identity, message: finding.message.split("\n", 1)[0] ?? "" };
    if (entry.fingerprint === void 0)
      delete entry.fingerprint;
    entries.push(entry);
  }
  entries.sort(compareEntries);
  for (const entry of entries) {
    const comment = comments.get(keyOf(entry))?.shift();
    if (comment !== void 0)
      entry.comment = comment;
  }
  return { $schema: previous?.$schema ?? "./node_modules/arch-lint/schemas/baseline.schema.json", version: BASELINE_VERSION, entries };
}
function serializeBaseline(baseline) {
  const entries = baseline.entries.map((entry) => {
    const ordered = { rule: entry.rule, service: entry.service, file: entry.file, target: entry.target, symbol: entry.symbol };
    if (entry.fingerprint !== void 0)
      ordered.fingerprint = entry.fingerprint;
    ordered.message = entry.message;
    if (entry.comment !== void 0)
      ordered.comment = entry.comment;
    return ordered;
  });
  const file = {};
  if (baseline.$schema !== void 0)
    file.$schema = baseline.$schema;
  file.version = baseline.version;
  file.entries = entries;
  return `${JSON.stringify(file, null, 2)}
`;
}
function applyBaseline(findings, baseline, calls) {
  const available = /* @__PURE__ */ new Map();
  for (const entry of baseline.entries) {
    const list = available.get(keyOf(entry)) ?? [];
    list.push(entry);
    available.set(keyOf(entry), list);
  }
  let baselined = 0;
  const output = findings.map((finding) => {
    if (finding.suppressed)
      return finding;
    const entry = available.get(baselineKey(finding, callOf(finding, calls)))?.shift();
    if (!entry)
      return finding;
    baselined++;
    return { ...finding, suppressed: { kind: "baseline", justification: entry.comment ?? "known before the baseline was written" } };
  });
  const stale = [...available.values()].flat().sort(compareEntries);
  return { findings: output, stale, baselined };
}
function checkBaselineUpdate(previous, next, options) {
  if (!options.ci || options.force)
    return { ok: true };
  if (previous === null) {
    return { ok: false, message: `refusing to create a baseline in CI (CI=true): it would accept every current finding unreviewed. Create it locally and commit it, or pass --force.` };
  }
  const remaining = /* @__PURE__ */ new Map();
  for (const entry of previous.entries)
    remaining.set(keyOf(entry), (remaining.get(keyOf(entry)) ?? 0) + 1);
  const added = [];
  for (const entry of next.entries) {
    const count = remaining.get(keyOf(entry)) ?? 0;
    if (count > 0)
      remaining.set(keyOf(entry), count - 1);
    else
      added.push(entry);
  }
  if (added.length === 0)
    return { ok: true };
  const examples = added.slice(0, 3).map((entry) => `${entry.rule} in ${entry.file}${entry.symbol ? ` (${entry.symbol})` : ""}${entry.target ? ` \u2192 ${entry.target}` : ""}`);
  return {
    ok: false,
    message: `refusing to grow the baseline in CI (CI=true): ${added.length} new entr${added.length === 1 ? "y" : "ies"}, e.g. ${examples.join("; ")}. Fix the new finding${added.length === 1 ? "" : "s"}, or update the baseline locally and have it reviewed, or pass --force.`
  };
}
function baselineSuppressionPass(baseline, onOutcome = () => {
}) {
  return (findings, context) => {
    const outcome = applyBaseline(findings, baseline, context.calls);
    onOutcome(outcome);
    return outcome.findings;
  };
}

export {
  BASELINE_VERSION,
  DEFAULT_BASELINE_FILE,
  BaselineError,
  baselineKey,
  parseBaseline,
  readBaseline,
  buildBaseline,
  serializeBaseline,
  applyBaseline,
  checkBaselineUpdate,
  baselineSuppressionPass
};
//# sourceMappingURL=chunk-V4MTMRXA.js.map
