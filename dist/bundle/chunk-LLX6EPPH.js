import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  edgeColours,
  edgeLabel,
  isViolation
} from "./chunk-PRGNIA6R.js";

// dist/landscape/mermaid.js
function mermaidText(text) {
  return text.replace(/[&"<>#`\n\r]/g, (char) => `#${char.codePointAt(0)};`);
}
var shapes = {
  service: ["[", "]"],
  repository: ["[", "]"],
  gateway: ["{{", "}}"],
  esb: ["[[", "]]"],
  system: ["[(", ")]"],
  external: [">", "]"],
  local: ["(", ")"],
  unknown: ["[/", "/]"],
  unresolved: ["((", "))"]
};
function formatMermaid(landscape, options = {}) {
  const ids = /* @__PURE__ */ new Map();
  const lines = ["flowchart LR"];
  landscape.nodes.forEach((node, index2) => {
    const id = `n${index2}`;
    ids.set(node.id, id);
    const [open, close] = shapes[node.kind];
    lines.push(`  ${id}${open}"${mermaidText(node.label)}"${close}`);
  });
  const styles = [];
  let index = 0;
  landscape.edges.forEach((edge) => {
    const from = ids.get(edge.from);
    const to = ids.get(edge.to);
    if (from === void 0 || to === void 0)
      return;
    const status = options.edgeStatus?.get(edge.id);
    const label = `${status === void 0 ? "" : `${status}: `}${edgeLabel(edge)}`;
    const violation = isViolation(edge);
    const arrow = status === "removed" ? "-.->" : violation ? "==>" : edge.kind === "unverified" || edge.kind === "local" ? "-.->" : "-->";
    lines.push(`  ${from} ${arrow}|"${mermaidText(label)}"| ${to}`);
    const colour = status === "removed" ? "#9e9e9e" : violation ? edgeColours.direct : edgeColours[edge.kind];
    styles.push(`  linkStyle ${index} stroke:${colour},stroke-width:${violation ? 3 : 1.5}px${status === "removed" ? ",stroke-dasharray:4" : ""}`);
    index++;
  });
  return `${[...lines, ...styles].join("\n")}
`;
}

export {
  mermaidText,
  formatMermaid
};
//# sourceMappingURL=chunk-LLX6EPPH.js.map
