import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  formatMarkdown
} from "./chunk-SB4UVUCS.js";
import {
  compareFindings,
  evidenceChains
} from "./chunk-AS5YLRPG.js";
import "./chunk-LLX6EPPH.js";
import "./chunk-PRGNIA6R.js";
import "./chunk-B3SFOPOV.js";

// dist/report/github.js
function escapeData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function command(name, properties, message) {
  const props = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(",");
  return `::${name}${props ? ` ${props}` : ""}::${escapeData(message)}`;
}
function byText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function formatGithub(result) {
  const lines = [];
  for (const finding of [...result.findings].sort(compareFindings)) {
    if (finding.suppressed)
      continue;
    const chains = finding.message.includes("\n") ? [] : evidenceChains(result, finding);
    const explained = chains.length > 0 ? `${finding.message}
Evidence: ${chains.join("\n")}` : finding.message;
    const message = finding.fix ? `${explained}
Fix (arch-lint --fix): ${finding.fix.description}` : explained;
    lines.push(command(finding.severity === "error" ? "error" : "warning", [
      ["file", finding.file],
      ["line", Math.max(1, finding.line)],
      ["col", Math.max(1, finding.column)],
      ["title", `arch-lint ${finding.ruleId}`]
    ], message));
  }
  const problems = [...result.problems].sort((a, b) => byText(a.file ?? "", b.file ?? "") || (a.line ?? 0) - (b.line ?? 0) || byText(a.code, b.code) || byText(a.message, b.message));
  for (const problem of problems) {
    const properties = [];
    if (problem.file)
      properties.push(["file", problem.file]);
    if (problem.file && problem.line)
      properties.push(["line", problem.line]);
    if (problem.file && problem.line && problem.column)
      properties.push(["col", problem.column]);
    properties.push(["title", `arch-lint ${problem.code}`]);
    lines.push(command(problem.severity === "error" ? "error" : "warning", properties, problem.message));
  }
  return lines.length > 0 ? `${lines.join("\n")}
` : "";
}
function githubJobSummary(result, options = {}) {
  return formatMarkdown(result, { title: "arch-lint", maxFindings: 200, linkBase: options.linkBase });
}
export {
  escapeData,
  escapeProperty,
  formatGithub,
  githubJobSummary
};
//# sourceMappingURL=github-GCZSV3MF.js.map
