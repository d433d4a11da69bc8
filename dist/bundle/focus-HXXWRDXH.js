import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import "./chunk-B3SFOPOV.js";

// dist/landscape/focus.js
function nodesNamed(landscape, name) {
  const byId = landscape.nodes.filter((node) => node.id === name || node.id === `service:${name}`);
  if (byId.length > 0)
    return byId.map((node) => node.id);
  return landscape.nodes.filter((node) => node.label === name || node.id.endsWith(`/${name}`)).map((node) => node.id);
}
function focusLandscape(landscape, name, depth) {
  const start = nodesNamed(landscape, name);
  if (start.length === 0)
    return null;
  const neighbours = /* @__PURE__ */ new Map();
  for (const edge of landscape.edges) {
    neighbours.set(edge.from, [...neighbours.get(edge.from) ?? [], edge.to]);
    neighbours.set(edge.to, [...neighbours.get(edge.to) ?? [], edge.from]);
  }
  const kept = new Set(start);
  let frontier = start;
  for (let step = 0; step < depth && frontier.length > 0; step++) {
    const next = [];
    for (const id of frontier) {
      for (const other of neighbours.get(id) ?? []) {
        if (kept.has(other))
          continue;
        kept.add(other);
        next.push(other);
      }
    }
    frontier = next;
  }
  const edges = landscape.edges.filter((edge) => kept.has(edge.from) && kept.has(edge.to));
  return { ...landscape, nodes: landscape.nodes.filter((node) => kept.has(node.id)), edges };
}
export {
  focusLandscape,
  nodesNamed
};
//# sourceMappingURL=focus-HXXWRDXH.js.map
