import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);

// dist/landscape/style.js
var edgeColours = {
  direct: "#c62828",
  gateway: "#2e7d32",
  esb: "#2e7d32",
  external: "#6d4c41",
  local: "#9e9e9e",
  unverified: "#ef6c00"
};
var nodeColours = {
  service: "#e3f2fd",
  repository: "#e3f2fd",
  gateway: "#c8e6c9",
  esb: "#c8e6c9",
  system: "#fff3e0",
  external: "#efebe9",
  local: "#f5f5f5",
  unknown: "#ffe0b2",
  unresolved: "#ffcdd2"
};
function edgeLabel(edge) {
  const parts = [edge.route ? "route" : edge.kind];
  if (edge.api !== void 0)
    parts.push(edge.api);
  if (!edge.route)
    parts.push(`${edge.calls} call${edge.calls === 1 ? "" : "s"}`);
  if (edge.worst)
    parts.push(`${edge.worst.ruleId}${edge.worst.suppressed ? " (suppressed)" : ""}`);
  return parts.join(" \xB7 ");
}
function isViolation(edge) {
  return edge.kind === "direct" && !edge.worst?.suppressed || edge.worst !== null && !edge.worst.suppressed && edge.worst.severity === "error";
}

export {
  edgeColours,
  nodeColours,
  edgeLabel,
  isViolation
};
//# sourceMappingURL=chunk-PRGNIA6R.js.map
