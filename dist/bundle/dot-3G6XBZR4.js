import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  edgeColours,
  edgeLabel,
  isViolation,
  nodeColours
} from "./chunk-PRGNIA6R.js";
import "./chunk-B3SFOPOV.js";

// dist/landscape/dot.js
function dotString(text) {
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\r?\n/g, "\\n")}"`;
}
var shapes = {
  service: "box",
  repository: "box",
  gateway: "hexagon",
  esb: "hexagon",
  system: "cylinder",
  external: "component",
  local: "ellipse",
  unknown: "parallelogram",
  unresolved: "octagon"
};
function formatDot(landscape) {
  const lines = ["digraph landscape {", "  rankdir=LR;", '  node [fontname="Helvetica", style="filled,rounded"];', '  edge [fontname="Helvetica", fontsize=10];'];
  for (const node of landscape.nodes) {
    lines.push(`  ${dotString(node.id)} [label=${dotString(node.label)}, shape=${shapes[node.kind]}, fillcolor=${dotString(nodeColours[node.kind])}];`);
  }
  for (const edge of landscape.edges) {
    const violation = isViolation(edge);
    const colour = violation ? edgeColours.direct : edgeColours[edge.kind];
    const style = edge.kind === "unverified" || edge.kind === "local" || edge.route ? "dashed" : violation ? "bold" : "solid";
    lines.push(`  ${dotString(edge.from)} -> ${dotString(edge.to)} [label=${dotString(edgeLabel(edge))}, color=${dotString(colour)}, style=${style}${violation ? ", penwidth=2" : ""}];`);
  }
  lines.push("}");
  return `${lines.join("\n")}
`;
}
export {
  dotString,
  formatDot
};
//# sourceMappingURL=dot-3G6XBZR4.js.map
