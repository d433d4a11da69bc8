import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  edgeId,
  foldEdge
} from "./chunk-7ZQWAGTN.js";
import "./chunk-B3SFOPOV.js";

// dist/landscape/merge.js
var byId = (a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
var joinable = (host) => host.includes(".");
function mergeLandscapes(inputs, extraProblems = []) {
  const problems = [...extraProblems];
  const kept = [];
  const seen = /* @__PURE__ */ new Map();
  for (const input of inputs) {
    const first = seen.get(input.landscape.repository);
    if (first !== void 0) {
      problems.push({ report: input.report, severity: "error", message: `repository '${input.landscape.repository}' is already merged from ${first}: this report was left out (two reports of one repository: is one stale?)` });
      continue;
    }
    seen.set(input.landscape.repository, input.report);
    kept.push(input);
  }
  const versions = [...new Set(kept.map((input) => input.toolVersion))].sort();
  if (versions.length > 1) {
    const byVersion = versions.map((version) => `${version} (${kept.filter((input) => input.toolVersion === version).map((input) => input.report).join(", ")})`);
    problems.push({ report: null, severity: "warning", message: `reports were written by different arch-lint versions: ${byVersion.join("; ")}; merged, but what they find may differ` });
  }
  const local = (repository, id) => {
    if (id.startsWith("service:"))
      return `service:${repository}/${id.slice("service:".length)}`;
    if (id.startsWith("repository:"))
      return `repository:${repository}`;
    return id;
  };
  const servedBy = /* @__PURE__ */ new Map();
  const nodes = /* @__PURE__ */ new Map();
  for (const input of kept) {
    const repository = input.landscape.repository;
    for (const node of input.landscape.nodes) {
      if (node.kind !== "service" && node.kind !== "repository")
        continue;
      const id = local(repository, node.id);
      nodes.set(id, { ...node, id, repository });
      for (const host of node.hosts) {
        if (!joinable(host))
          continue;
        const claimed = servedBy.get(host);
        if (claimed === void 0)
          servedBy.set(host, id);
        else if (claimed !== id)
          problems.push({ report: input.report, severity: "warning", message: `host '${host}' is served by both ${claimed} and ${id}: calls to it are joined to ${claimed}` });
      }
    }
  }
  const edges = /* @__PURE__ */ new Map();
  for (const input of kept) {
    const repository = input.landscape.repository;
    const ownNodes = new Map(input.landscape.nodes.map((node) => [node.id, node]));
    const resolve = (id) => {
      const node = ownNodes.get(id);
      if (node && (node.kind === "system" || node.kind === "unknown" || node.kind === "external")) {
        const served = node.hosts.map((host) => servedBy.get(host)).find((found) => found !== void 0);
        if (served !== void 0)
          return served;
      }
      const merged = local(repository, id);
      if (!nodes.has(merged) && node)
        nodes.set(merged, merged === id ? { ...node } : { ...node, id: merged, repository });
      else if (node && merged === id) {
        const existing = nodes.get(merged);
        for (const host of node.hosts)
          if (!existing.hosts.includes(host))
            existing.hosts.push(host);
      }
      return merged;
    };
    for (const edge of input.landscape.edges) {
      const from = resolve(edge.from);
      const to = resolve(edge.to);
      const existing = foldEdge(edges, edge, edgeId(from, to, edge.kind, edge.api), from, to);
      if (existing && !edge.route)
        existing.calls += edge.calls;
    }
  }
  return {
    version: 1,
    repositories: kept.map((input) => ({ name: input.landscape.repository, report: input.report, toolVersion: input.toolVersion })).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
    nodes: [...nodes.values()].map((node) => ({ ...node, hosts: [...node.hosts].sort() })).sort(byId),
    edges: [...edges.values()].sort(byId),
    problems
  };
}
export {
  mergeLandscapes
};
//# sourceMappingURL=merge-W2YQ3LZ3.js.map
