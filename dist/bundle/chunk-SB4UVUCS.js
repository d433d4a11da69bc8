import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  compareFindings,
  evidenceChains
} from "./chunk-AS5YLRPG.js";
import {
  formatMermaid
} from "./chunk-LLX6EPPH.js";
import {
  edgeLabel
} from "./chunk-PRGNIA6R.js";

// dist/report/markdown.js
var NO_SERVICE = "(no service)";
var LINE_BREAK = /\r\n?|\n/g;
function escapeMarkdown(text) {
  return text.replace(/[\\`*_{}[\]()#+!|~>-]/g, (char) => `\\${char}`).replace(/</g, "&lt;").replace(LINE_BREAK, " ");
}
function codeSpan(text) {
  const oneLine = text.replace(LINE_BREAK, " ");
  const longestRun = Math.max(0, ...(oneLine.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  const pad = oneLine.startsWith("`") || oneLine.endsWith("`") ? " " : "";
  return `${fence}${pad}${oneLine}${pad}${fence}`;
}
function countFindings(findings) {
  const counts = { errors: 0, warnings: 0, suppressed: 0, baselined: 0 };
  for (const finding of findings) {
    if (finding.suppressed?.kind === "baseline")
      counts.baselined++;
    else if (finding.suppressed)
      counts.suppressed++;
    else if (finding.severity === "error")
      counts.errors++;
    else
      counts.warnings++;
  }
  return counts;
}
function locationText(finding, linkBase) {
  const where = `${finding.file}:${finding.line}:${finding.column}`;
  if (!linkBase)
    return codeSpan(where);
  const href = `${linkBase}${finding.file.split("/").map(encodeURIComponent).join("/")}#L${finding.line}`;
  return `[${codeSpan(where)}](${href})`;
}
function findingLines(result, finding, options) {
  const icon = finding.suppressed ? "\u23F8\uFE0F" : finding.severity === "error" ? "\u274C" : "\u26A0\uFE0F";
  const suppressedNote = finding.suppressed ? ` \u2014 ${finding.suppressed.kind}: ${escapeMarkdown(finding.suppressed.justification)}` : "";
  const [headline = "", ...details] = finding.message.split("\n");
  const lines = [`- ${icon} **${finding.severity}** ${codeSpan(finding.ruleId)} ${locationText(finding, options.linkBase)}: ${escapeMarkdown(headline)}${suppressedNote}`];
  const chains = details.length > 0 ? details.map((detail) => detail.replace(/^↳ /, "")) : evidenceChains(result, finding);
  for (const chain of chains)
    lines.push(`  - ${codeSpan(chain)}`);
  if (finding.fix)
    lines.push(`  - Fix (${codeSpan("arch-lint --fix")}): ${escapeMarkdown(finding.fix.description)}`);
  return lines;
}
function serviceOf(result, finding) {
  return (finding.callIndex === void 0 ? void 0 : result.calls[finding.callIndex]?.service) ?? NO_SERVICE;
}
function groupByService(result, findings) {
  const groups = /* @__PURE__ */ new Map();
  for (const finding of [...findings].sort(compareFindings)) {
    const service = serviceOf(result, finding);
    const group = groups.get(service) ?? [];
    group.push(finding);
    groups.set(service, group);
  }
  return [...groups.entries()].sort(([a], [b]) => a === NO_SERVICE ? 1 : b === NO_SERVICE ? -1 : a < b ? -1 : a > b ? 1 : 0);
}
function listSection(result, findings, options, limit) {
  const lines = [];
  let shown = 0;
  const groups = groupByService(result, findings);
  for (const [service, group] of groups) {
    if (shown >= limit)
      break;
    if (service !== NO_SERVICE)
      lines.push(`### ${escapeMarkdown(service)}`, "");
    else if (groups.length > 1)
      lines.push("### Outside any service (no architecture.yaml)", "");
    for (const finding of group) {
      if (shown >= limit)
        break;
      lines.push(...findingLines(result, finding, options));
      shown++;
    }
    lines.push("");
  }
  return { lines, shown };
}
function changeSection(change) {
  const lines = [`### Integrations this change adds or removes (compared with ${codeSpan(change.base)})`, ""];
  if (change.added.length === 0 && change.removed.length === 0)
    return [...lines, "None: the change adds or removes no integration.", ""];
  const status = new Map([...change.added.map((edge) => [edge.id, "added"]), ...change.removed.map((edge) => [edge.id, "removed"])]);
  lines.push("```mermaid", formatMermaid({ nodes: change.nodes, edges: [...change.added, ...change.removed] }, { edgeStatus: status }).trimEnd(), "```", "");
  const label = new Map(change.nodes.map((node) => [node.id, node.label]));
  for (const [word, edges] of [["Added", change.added], ["Removed", change.removed]]) {
    for (const edge of edges)
      lines.push(`- **${word}**: ${escapeMarkdown(label.get(edge.from) ?? edge.from)} \u2192 ${escapeMarkdown(label.get(edge.to) ?? edge.to)} (${escapeMarkdown(edgeLabel(edge))})`);
  }
  lines.push("");
  return lines;
}
function formatMarkdown(result, options = {}) {
  const counts = countFindings(result.findings);
  const limit = options.maxFindings ?? Number.POSITIVE_INFINITY;
  const lines = [
    `## ${options.title ?? "arch-lint"}`,
    "",
    "| Errors | Warnings | Suppressed | Baselined |",
    "| ---: | ---: | ---: | ---: |",
    `| ${counts.errors} | ${counts.warnings} | ${counts.suppressed} | ${counts.baselined} |`,
    ""
  ];
  const active = result.findings.filter((finding) => !finding.suppressed);
  const unresolved = result.summary.zones?.unresolved ?? 0;
  const noZone = result.summary.zones?.unknown ?? 0;
  if (active.length === 0 && unresolved + noZone === 0) {
    lines.push("No new architecture findings: every outbound call found goes through the gateway or the ESB, or is accepted.", "");
  } else if (active.length === 0) {
    lines.push("No new architecture findings in the calls that could be judged.", "");
  } else {
    const { lines: section, shown } = listSection(result, active, options, limit);
    lines.push(...section);
    if (shown < active.length)
      lines.push(`\u2026and ${active.length - shown} more; see the full report.`, "");
  }
  const quiet = result.findings.filter((finding) => finding.suppressed);
  if (options.showSuppressed && quiet.length > 0) {
    const { lines: section } = listSection(result, quiet, options, Number.POSITIVE_INFINITY);
    lines.push("<details><summary>Suppressed and baselined findings</summary>", "", ...section, "</details>", "");
  }
  if (unresolved + noZone > 0) {
    const hosts = (result.summary.noZoneHosts ?? []).slice(0, 5).map((entry) => codeSpan(entry.host));
    const parts = [...unresolved > 0 ? [`${unresolved} unresolved`] : [], ...noZone > 0 ? [`${noZone} to hosts in no zone${hosts.length > 0 ? ` (${hosts.join(", ")}${(result.summary.noZoneHosts?.length ?? 0) > 5 ? ", \u2026" : ""})` : ""}`] : []];
    lines.push(`Not judged: ${unresolved + noZone} of ${result.summary.calls} calls (${parts.join(", ")}); classify the hosts in the config's \`zones\`, bind the variables.`, "");
  }
  if (result.landscape?.change)
    lines.push(...changeSection(result.landscape.change));
  const problems = result.problems.length;
  if (problems > 0)
    lines.push(`${problems} input problem${problems === 1 ? "" : "s"} (unreadable or unparseable files\u2026): see the full report.`, "");
  return `${lines.join("\n").replace(/\n+$/, "")}
`;
}

export {
  escapeMarkdown,
  codeSpan,
  countFindings,
  formatMarkdown
};
//# sourceMappingURL=chunk-SB4UVUCS.js.map
