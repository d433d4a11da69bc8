import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-PE3PWTXU.js";
import {
  environmentFromFileName,
  environmentFromFolders
} from "./chunk-OUQS2ATI.js";
import {
  emptyFacts
} from "./chunk-CVAD7S7L.js";
import {
  __toESM
} from "./chunk-B3SFOPOV.js";

// dist/extract/manifests/appsettings.js
var import_yaml = __toESM(require_dist(), 1);
function blankJsonComments(text) {
  const out = text.split("");
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === "\\")
        i++;
      else if (char === '"')
        inString = false;
      continue;
    }
    if (char === '"')
      inString = true;
    else if (char === "/" && text[i + 1] === "/") {
      for (; i < text.length && text[i] !== "\n"; i++)
        out[i] = " ";
    } else if (char === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      const stop = end < 0 ? text.length : end + 2;
      for (; i < stop; i++)
        if (text[i] !== "\n")
          out[i] = " ";
      i--;
    } else if (char === ",") {
      const rest = /^[\s]*[}\]]/.exec(text.slice(i + 1));
      if (rest)
        out[i] = " ";
    }
  }
  return out.join("");
}
function readAppsettings(file, content, kind = "appsettings") {
  const facts = emptyFacts(file, kind);
  const name = file.slice(file.lastIndexOf("/") + 1);
  const environment = environmentFromFileName(name, ["appsettings", "json"]) ?? environmentFromFolders(file);
  const lineCounter = new import_yaml.LineCounter();
  const document = (0, import_yaml.parseDocument)(blankJsonComments(content), { lineCounter, uniqueKeys: false });
  if (document.errors.length > 0) {
    const error = document.errors[0];
    facts.problems.push({
      file,
      line: error?.linePos?.[0]?.line,
      severity: "warning",
      code: "parse-error",
      message: `this appsettings file is not valid JSON (${error?.message.split("\n")[0] ?? "parse error"}); its values are not used`
    });
    return facts;
  }
  const walk = (node, path) => {
    if ((0, import_yaml.isMap)(node)) {
      for (const pair of node.items) {
        const key = (0, import_yaml.isScalar)(pair.key) ? String(pair.key.value) : null;
        if (key !== null)
          walk(pair.value, [...path, key]);
      }
    } else if ((0, import_yaml.isSeq)(node)) {
      node.items.forEach((item, index) => walk(item, [...path, String(index)]));
    } else if ((0, import_yaml.isScalar)(node) && node.value !== null && path.length > 0) {
      const position = lineCounter.linePos(node.range?.[0] ?? 0);
      const binding = {
        type: "config",
        name: path.join(":"),
        value: String(node.value),
        loc: { file, line: position.line, column: position.col },
        source: "appsettings",
        environment,
        service: null
      };
      facts.bindings.push(binding);
    }
  };
  walk(document.contents, []);
  return facts;
}
var appsettingsReader = {
  kinds: ["appsettings"],
  read: readAppsettings
};

export {
  blankJsonComments,
  readAppsettings,
  appsettingsReader
};
//# sourceMappingURL=chunk-LSQYQN3F.js.map
