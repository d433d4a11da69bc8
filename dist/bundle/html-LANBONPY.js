import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  compareFindings,
  evidenceChains
} from "./chunk-AS5YLRPG.js";
import {
  buildLandscape,
  edgeId,
  findingRank,
  foldEdge
} from "./chunk-7ZQWAGTN.js";
import {
  packageRoot
} from "./chunk-SXZKW5CL.js";
import "./chunk-B3SFOPOV.js";

// dist/report/html.js
import { readFileSync } from "node:fs";

// dist/landscape/aggregate.js
var AGGREGATE_ABOVE = 150;
var MAX_DRAWN_EDGES = 400;
function domainOf(host) {
  if (/^[\d.]+$/.test(host) || host.includes(":"))
    return "IP addresses";
  const labels = host.split(".");
  return labels.length <= 2 ? host : labels.slice(-2).join(".");
}
var violationFirst = (a, b) => Number(b.kind === "direct") - Number(a.kind === "direct") || findingRank(b.worst) - findingRank(a.worst) || b.calls - a.calls || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
function capEdges(landscape, max = MAX_DRAWN_EDGES) {
  if (landscape.edges.length <= max)
    return landscape;
  const kept = new Set([...landscape.edges].sort(violationFirst).slice(0, max));
  return { ...landscape, edges: landscape.edges.filter((edge) => kept.has(edge)), hiddenEdges: landscape.hiddenEdges + landscape.edges.length - max };
}
function aggregateLandscape(landscape, threshold = AGGREGATE_ABOVE) {
  if (landscape.nodes.length <= threshold)
    return { ...landscape, aggregated: false, hiddenEdges: 0 };
  const groupOf = /* @__PURE__ */ new Map();
  const groups = /* @__PURE__ */ new Map();
  const place = (node, id, label, kind) => {
    groupOf.set(node.id, id);
    const group = groups.get(id) ?? { id, kind, label: "", hosts: [], members: 0 };
    group.members++;
    group.label = label(group.members);
    groups.set(id, group);
  };
  for (const node of landscape.nodes) {
    if ((node.kind === "service" || node.kind === "repository") && node.system !== void 0) {
      place(node, `group:system:${node.system}`, (count) => `${node.system} (${count} services)`, "service");
    } else if (node.kind === "service" || node.kind === "repository") {
      const repository = node.repository ?? "services";
      place(node, `group:repository:${repository}`, (count) => `${repository} (${count} services)`, node.kind);
    } else if (node.kind === "system" || node.kind === "external" || node.kind === "unknown") {
      const domain = domainOf(node.hosts[0] ?? node.label);
      place(node, `group:${node.kind}:${domain}`, (count) => `${domain} (${count} hosts)`, node.kind);
    } else {
      groupOf.set(node.id, node.id);
      groups.set(node.id, { ...node, members: 1 });
    }
  }
  const edges = /* @__PURE__ */ new Map();
  for (const edge of landscape.edges) {
    const from = groupOf.get(edge.from) ?? edge.from;
    const to = groupOf.get(edge.to) ?? edge.to;
    if (from === to)
      continue;
    const existing = foldEdge(edges, edge, edgeId(from, to, edge.kind, void 0), from, to);
    if (!existing)
      continue;
    if (existing.api !== edge.api)
      delete existing.api;
    if (!edge.route)
      delete existing.route;
    existing.calls += edge.calls;
  }
  const nodes = [...groups.values()].map(({ members: _members, ...node }) => node).sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { ...landscape, nodes, edges: [...edges.values()].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0), aggregated: true, hiddenEdges: 0 };
}

// dist/report/html.js
var clientScript = null;
function loadClientScript() {
  if (clientScript !== null)
    return clientScript;
  const file = new URL("dist/bundle/report-client.js", packageRoot);
  try {
    clientScript = readFileSync(file, "utf8");
  } catch {
    throw new Error(`the HTML report's script is missing (${file.pathname}): run \`npm run build\``);
  }
  return clientScript;
}
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (char) => `&#${char.codePointAt(0)};`);
}
function scriptJson(value) {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
var styles = `
*{box-sizing:border-box}body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1c2833;background:#fafafa}
header{padding:12px 20px;background:#263238;color:#fff}header h1{font-size:18px;margin:0}header p{margin:2px 0 0;color:#cfd8dc;font-size:12px}
main{padding:12px 20px}section{margin-bottom:20px}h2{font-size:16px;margin:8px 0}
.summary{display:flex;flex-wrap:wrap;gap:10px}.summary div{background:#fff;border:1px solid #ddd;border-radius:6px;padding:6px 12px}.summary b{display:block;font-size:18px}
#landscape{height:520px;background:#fff;border:1px solid #ccc;border-radius:6px;overflow:hidden;cursor:grab}
#landscape text{font-size:12px;pointer-events:none}#landscape .node,#landscape .edge{cursor:pointer}
#landscape .selected rect{stroke:#1565c0;stroke-width:3}#landscape .edge.selected .line{stroke:#1565c0}
.legend{font-size:12px;color:#555;margin:4px 0}.legend span{margin-right:14px}.sw{display:inline-block;width:22px;height:3px;vertical-align:middle;margin-right:4px}
table{border-collapse:collapse;width:100%;background:#fff}th,td{border-bottom:1px solid #e0e0e0;padding:4px 6px;text-align:left;vertical-align:top}th{background:#eceff1}
.sev-error{color:#b71c1c;font-weight:600}.sev-warning{color:#e65100;font-weight:600}.supp{color:#777;font-size:12px}
tr.evidence td{background:#f7f9fa;font-size:12px;color:#37474f}tr.evidence ul{margin:0;padding-left:18px}
.filters label{margin-right:12px}code{font-size:12px;word-break:break-all}td{overflow-wrap:anywhere}#selection{margin-left:12px;font-weight:600}
`;
function serviceOfFinding(result, finding) {
  return finding.callIndex === void 0 ? "" : result.calls[finding.callIndex]?.service ?? "";
}
function findingRows(result) {
  const findings = [...result.findings].sort(compareFindings);
  if (findings.length === 0)
    return '<tr><td colspan="6">No findings.</td></tr>';
  return findings.map((finding) => {
    const service = serviceOfFinding(result, finding);
    const chains = evidenceChains(result, finding);
    const related = finding.related ?? [];
    const suppressed = finding.suppressed ? ` <span class="supp">suppressed (${escapeHtml(finding.suppressed.kind)}: ${escapeHtml(finding.suppressed.justification)})</span>` : "";
    const row = `<tr class="finding" data-rule="${escapeHtml(finding.ruleId)}" data-severity="${finding.severity}" data-service="${escapeHtml(service)}" data-fingerprint="${escapeHtml(finding.fingerprint)}"><td class="sev-${finding.severity}">${finding.severity}</td><td>${escapeHtml(finding.ruleId)}</td><td>${escapeHtml(service || "\u2014")}</td><td><code>${escapeHtml(`${finding.file}:${finding.line}:${finding.column}`)}</code></td><td>${escapeHtml(finding.message)}${suppressed}</td></tr>`;
    const evidence = chains.length === 0 && related.length === 0 ? "" : `<tr class="evidence"><td></td><td colspan="4">${chains.length > 0 ? `<b>Evidence</b><ul>${chains.map((chain) => `<li>${escapeHtml(chain)}</li>`).join("")}</ul>` : ""}${related.length > 0 ? `<b>Related locations</b><ul>${related.map((location) => `<li><code>${escapeHtml(`${location.file}:${location.line}:${location.column}`)}</code> ${escapeHtml(location.message)}</li>`).join("")}</ul>` : ""}</td></tr>`;
    return row + evidence;
  }).join("\n");
}
function unresolvedRows(result) {
  const calls = result.calls.filter((call) => call.targets.some((target) => target.zone === "unresolved"));
  const rows = calls.map((call) => {
    const reasons = call.targets.filter((target) => target.zone === "unresolved").map((target) => target.via.join(" \u2192 ") || "not resolvable statically");
    return `<tr><td><code>${escapeHtml(`${call.file}:${call.line}:${call.column}`)}</code></td><td>${escapeHtml(call.service ?? "\u2014")}</td><td>${escapeHtml(`${call.client} ${call.method ?? ""}`.trim())}</td><td><code>${escapeHtml(call.expression)}</code></td><td>${reasons.map(escapeHtml).join("<br>")}</td></tr>`;
  }).join("\n");
  return { rows: rows || '<tr><td colspan="5">Every call was resolved.</td></tr>', count: calls.length };
}
function formatHtml(result) {
  const grouped = aggregateLandscape(result.landscape ?? buildLandscape({ result }));
  const listed = new Set(result.findings.map((finding) => finding.fingerprint));
  const landscape = capEdges({
    ...grouped,
    edges: grouped.edges.map(({ findings, ...edge }) => {
      const kept = (findings ?? []).filter((fingerprint) => listed.has(fingerprint));
      return kept.length > 0 ? { ...edge, findings: kept } : edge;
    })
  });
  const unresolved = unresolvedRows(result);
  const { summary } = result;
  const count = (label, value) => `<div><b>${escapeHtml(String(value))}</b>${escapeHtml(label)}</div>`;
  const direct = landscape.edges.filter((edge) => edge.kind === "direct").length;
  const title = `arch-lint report: ${landscape.repository}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<link rel="icon" href="data:,">
<title>${escapeHtml(title)}</title>
<style>${styles}</style>
</head>
<body>
<header><h1>${escapeHtml(title)}</h1><p>arch-lint ${escapeHtml(result.tool.version)}${result.scope ? ` \xB7 scope: ${escapeHtml(result.scope.kind)}${result.scope.ref ? ` ${escapeHtml(result.scope.ref)}` : ""}` : ""}</p></header>
<main>
<section id="summary"><h2>Summary</h2><div class="summary">
${count("errors", summary.errors)}${count("warnings", summary.warnings)}${count("suppressed", summary.suppressed)}${count("calls", summary.calls)}${count("files", summary.files)}${count("systems and services", landscape.nodes.length)}${count("integrations", landscape.edges.length)}${count("direct integrations", direct)}${count("unresolved calls", unresolved.count)}
</div></section>
<section><h2>Landscape</h2>
<div class="legend"><span><i class="sw" style="background:#c62828"></i>direct (violation)</span><span><i class="sw" style="background:#2e7d32"></i>gateway / ESB</span><span><i class="sw" style="background:#6d4c41"></i>external</span><span><i class="sw" style="background:#ef6c00"></i>unverified</span><span><i class="sw" style="background:#9e9e9e"></i>localhost</span>${landscape.aggregated ? "<span><b>Grouped</b>: services by system, hosts by domain (large landscape)</span>" : ""}${landscape.hiddenEdges > 0 ? `<span><b>${landscape.edges.length} of ${landscape.edges.length + landscape.hiddenEdges} integrations drawn</b> (direct ones and the most used first)</span>` : ""} Drag to pan, wheel to zoom, click a node or edge to filter the findings.</div>
<div id="landscape"></div></section>
<section><h2>Findings <small id="findings-shown"></small><span id="selection"></span> <button id="clear-selection" hidden>Clear selection</button></h2>
<div class="filters"><label>Rule <select id="filter-rule"><option value="">all</option></select></label><label>Severity <select id="filter-severity"><option value="">all</option><option value="error">error</option><option value="warning">warning</option></select></label><label>Service <select id="filter-service"><option value="">all</option></select></label></div>
<table id="findings"><thead><tr><th>Severity</th><th>Rule</th><th>Service</th><th>Location</th><th>Message</th></tr></thead><tbody>
${findingRows(result)}
</tbody></table></section>
<section><h2>Unresolved calls (${unresolved.count})</h2>
<table id="unresolved"><thead><tr><th>Location</th><th>Service</th><th>Client</th><th>Expression</th><th>Why</th></tr></thead><tbody>
${unresolved.rows}
</tbody></table></section>
</main>
<script type="application/json" id="arch-lint-data">${scriptJson({ nodes: landscape.nodes, edges: landscape.edges, aggregated: landscape.aggregated })}</script>
<script>${loadClientScript().replace(/<\/script/gi, "<\\/script")}</script>
</body>
</html>
`;
}
export {
  escapeHtml,
  formatHtml
};
//# sourceMappingURL=html-LANBONPY.js.map
