import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  blankJsonComments
} from "./chunk-LSQYQN3F.js";
import {
  require_dist
} from "./chunk-PE3PWTXU.js";
import "./chunk-OUQS2ATI.js";
import {
  emptyFacts
} from "./chunk-CVAD7S7L.js";
import {
  __toESM
} from "./chunk-B3SFOPOV.js";

// dist/extract/manifests/cypress-json.js
var import_yaml = __toESM(require_dist(), 1);
function readCypressJson(file, content, kind = "cypress") {
  const facts = emptyFacts(file, kind);
  const lineCounter = new import_yaml.LineCounter();
  const document = (0, import_yaml.parseDocument)(blankJsonComments(content), { lineCounter, uniqueKeys: false });
  if (document.errors.length > 0 || !(0, import_yaml.isMap)(document.contents))
    return facts;
  for (const pair of document.contents.items) {
    if (!(0, import_yaml.isScalar)(pair.key) || pair.key.value !== "baseUrl" || !(0, import_yaml.isScalar)(pair.value) || typeof pair.value.value !== "string")
      continue;
    const position = lineCounter.linePos(pair.value.range?.[0] ?? 0);
    facts.calls.push({
      kind: "client-config",
      loc: { file, line: position.line, column: position.col },
      client: "cypress",
      method: null,
      expression: JSON.stringify(pair.value.value),
      url: { kind: "lit", value: pair.value.value },
      enclosing: "<module>",
      defaults: true
    });
  }
  return facts;
}
var cypressJsonReader = { kinds: ["cypress"], read: readCypressJson };
export {
  cypressJsonReader,
  readCypressJson
};
//# sourceMappingURL=cypress-json-REABKGSW.js.map
