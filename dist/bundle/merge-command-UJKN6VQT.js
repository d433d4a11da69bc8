import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  compileSchema
} from "./chunk-7UHWQBMT.js";
import {
  renderLandscape,
  writeOutput
} from "./chunk-M5SVM7AE.js";
import "./chunk-SXZKW5CL.js";
import {
  firstSchemaError
} from "./chunk-JHCQOTT6.js";
import {
  UsageError
} from "./chunk-3VKQMKA4.js";
import "./chunk-B3SFOPOV.js";

// dist/cli/merge-command.js
import path from "node:path";
var mergeFormats = ["json", "html", "mermaid", "dot"];
function asResult(merged, toolVersion) {
  return {
    version: 1,
    tool: { name: "arch-lint", version: toolVersion },
    root: "organisation",
    config: { file: null, extends: [] },
    calls: [],
    findings: [],
    problems: merged.problems.map((problem) => ({ file: problem.report, severity: problem.severity, code: "merge", message: problem.message })),
    rules: [],
    unboundEnv: [],
    summary: { files: 0, calls: merged.edges.reduce((sum, edge) => sum + edge.calls, 0), errors: 0, warnings: 0, suppressed: 0 },
    landscape: { version: 1, repository: `organisation (${merged.repositories.length} repositories)`, nodes: merged.nodes, edges: merged.edges }
  };
}
async function runMerge(reports, flags, io) {
  const format = flags.format ?? "json";
  if (!mergeFormats.includes(format))
    throw new UsageError(`unknown merge format '${format}' (available: ${mergeFormats.join(", ")})`);
  if (reports.length === 0)
    throw new UsageError("give the JSON reports to merge, e.g. arch-lint merge reports/*.json");
  const { readReportLandscape } = await import("./read-report-6CEFU6KH.js");
  const { mergeLandscapes } = await import("./merge-W2YQ3LZ3.js");
  const validate = compileSchema("landscape.schema.json", "landscape");
  const inputs = [];
  const problems = [];
  for (const report of reports) {
    const read = readReportLandscape(path.resolve(io.cwd, report));
    if (!read.ok) {
      problems.push({ report, severity: "error", message: `${report} ${read.message}` });
      continue;
    }
    if (!validate(read.landscape)) {
      problems.push({ report, severity: "error", message: `${report} has a landscape that does not match schemas/landscape.schema.json: ${firstSchemaError(validate, "invalid")}` });
      continue;
    }
    inputs.push({ report, toolVersion: read.toolVersion, landscape: read.landscape });
  }
  const merged = mergeLandscapes(inputs, problems);
  for (const problem of merged.problems)
    io.stderr(`arch-lint merge: ${problem.severity === "error" ? "left out" : "warning"}: ${problem.message}
`);
  if (inputs.length === 0) {
    io.stderr("arch-lint merge: no report could be merged.\n");
    return 2;
  }
  let text;
  if (format === "json")
    text = `${JSON.stringify(merged, null, 2)}
`;
  else if (format === "html")
    text = (await import("./html-LANBONPY.js")).formatHtml(asResult(merged, inputs[0].toolVersion));
  else
    text = await renderLandscape({ version: 1, repository: "organisation", nodes: merged.nodes, edges: merged.edges }, format);
  writeOutput(text, flags.output, io);
  const left = merged.problems.filter((problem) => problem.severity === "error").length;
  io.stderr(`arch-lint merge: ${inputs.length} of ${reports.length} report${reports.length === 1 ? "" : "s"} merged (${merged.nodes.length} nodes, ${merged.edges.length} edges)${left > 0 ? `; ${left} left out` : ""}.
`);
  return left > 0 ? 1 : 0;
}
export {
  runMerge
};
//# sourceMappingURL=merge-command-UJKN6VQT.js.map
