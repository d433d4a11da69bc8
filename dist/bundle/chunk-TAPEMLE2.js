import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  writeFileAtomicallySync
} from "./chunk-PRLEQUUI.js";
import {
  UsageError
} from "./chunk-3VKQMKA4.js";

// dist/cli/reports.js
import { appendFileSync, existsSync, readFileSync } from "node:fs";
import path from "node:path";
async function planReports(formats, outputs) {
  const { loadFormatter, formatNames } = await import("./report-WN6ABHXJ.js");
  const names = formats.length > 0 ? formats : ["stylish"];
  if (outputs.length > names.length)
    throw new UsageError("more --output files than --format options: give one --format per --output");
  const plan = [];
  for (const [index, format] of names.entries()) {
    const formatter = await loadFormatter(format);
    if (!formatter)
      throw new UsageError(`unknown format '${format}' (available: ${formatNames().join(", ")})`);
    plan.push({ format, output: outputs[index] ?? null, formatter });
  }
  if (plan.filter((entry) => entry.output === null).length > 1)
    throw new UsageError("several formats would go to stdout: give each --format its own --output");
  return plan;
}
function repositoryRootAbove(root) {
  let dir = path.resolve(root);
  for (; ; ) {
    if (existsSync(path.join(dir, ".git")))
      return dir === path.resolve(root) ? void 0 : dir;
    const parent = path.dirname(dir);
    if (parent === dir)
      return void 0;
    dir = parent;
  }
}
function textWidth(io, toStdout) {
  const columns = Number(io.env.COLUMNS);
  if (toStdout && io.columns !== void 0 && io.columns > 0)
    return io.columns;
  return Number.isInteger(columns) && columns > 0 ? columns : 100;
}
async function writeReports(resultOrLoader, plan, io, options) {
  let loaded = typeof resultOrLoader === "function" ? null : resultOrLoader;
  const result = () => loaded ??= resultOrLoader();
  const copyJson = (entry) => entry.format === "json" && typeof options.jsonReportFile === "string";
  const failures = [];
  let srcRoot = null;
  for (const entry of plan) {
    if (entry.output === null && options.skipStdout)
      continue;
    let text = null;
    if (!copyJson(entry)) {
      if (srcRoot === null)
        srcRoot = repositoryRootAbove(result().root);
      text = entry.formatter(result(), {
        color: options.color && entry.output === null,
        ...srcRoot ? { srcRoot } : {},
        width: textWidth(io, entry.output === null),
        ...options.verbose ? { verbose: true } : {},
        ...options.hiddenWarnings ? { hiddenWarnings: options.hiddenWarnings } : {}
      });
    }
    if (entry.output === null) {
      io.stdout(text ?? readFileSync(options.jsonReportFile, "utf8"));
    } else {
      const target = path.resolve(io.cwd, entry.output);
      if (text === null)
        text = readFileSync(options.jsonReportFile, "utf8");
      try {
        writeFileAtomicallySync(target, text);
      } catch (error) {
        failures.push(`cannot write the ${entry.format} report to ${target} (${error.code ?? String(error)})`);
      }
    }
  }
  if (failures.length > 0)
    throw new UsageError(failures.join("; "));
  const summaryFile = io.env.GITHUB_STEP_SUMMARY;
  if (summaryFile && plan.some((entry) => entry.format === "github")) {
    const { githubJobSummary } = await import("./github-GCZSV3MF.js");
    const { escapeResultForText, redactResult } = await import("./redact-5LL2WJAG.js");
    appendFileSync(path.resolve(io.cwd, summaryFile), githubJobSummary(escapeResultForText(redactResult(result()))));
  }
}
function exitCodeOf(result, maxWarnings, io) {
  return exitCodeOfCounts(result.summary, result.problems.some((problem) => problem.severity === "error"), maxWarnings, io);
}
function exitCodeOfCounts(summary, incomplete, maxWarnings, io) {
  const { errors, warnings } = summary;
  if (errors > 0)
    return 1;
  if (incomplete) {
    io.stderr("arch-lint could not analyse every input (see the errors listed); failing the run.\n");
    return 1;
  }
  const limit = maxWarnings ?? -1;
  if (limit >= 0 && warnings > limit) {
    io.stderr(`arch-lint found too many warnings (maximum: ${limit}).
`);
    return 1;
  }
  return 0;
}

export {
  planReports,
  writeReports,
  exitCodeOf,
  exitCodeOfCounts
};
//# sourceMappingURL=chunk-TAPEMLE2.js.map
