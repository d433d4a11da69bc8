import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  bracedShellReferences
} from "./chunk-3IZQMQSF.js";
import {
  baseName
} from "./chunk-X7FXNNIW.js";
import {
  environmentFromFileName,
  environmentFromFolders
} from "./chunk-OUQS2ATI.js";
import {
  emptyFacts
} from "./chunk-MQD32G2J.js";
import "./chunk-B3SFOPOV.js";

// dist/extract/manifests/dockerfile.js
function readDockerfile(file, content, kind = "dockerfile") {
  const facts = emptyFacts(file, kind);
  const topFolder = /^([^/]+)\/(?:Dockerfile|Containerfile)$/i.exec(file)?.[1];
  if (topFolder)
    facts.modules = [{ name: topFolder, root: topFolder, loc: { file, line: 1, column: 1 }, build: "docker" }];
  const environment = environmentFromFileName(baseName(file), ["dockerfile", "containerfile"]) ?? environmentFromFolders(file);
  const lines = content.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const startLine = index + 1;
    let current = lines[index] ?? "";
    const parts = [];
    while (/\\\s*$/.test(current) && index + 1 < lines.length) {
      parts.push(current.replace(/\\\s*$/, " "));
      index++;
      current = lines[index] ?? "";
      while (/^\s*#/.test(current) && index + 1 < lines.length)
        current = lines[++index] ?? "";
    }
    if (parts.length === 0 || !/^\s*#/.test(current))
      parts.push(current);
    const instruction = parts.join("");
    const match = /^\s*(ENV|ARG)\s+(.*)$/i.exec(instruction);
    if (!match)
      continue;
    const keyword = (match[1] ?? "").toUpperCase();
    const rest = (match[2] ?? "").trim();
    const column = instruction.indexOf(rest) + 1;
    const add = (name, value) => {
      facts.bindings.push({ type: "env", name, value: bracedShellReferences(value), loc: { file, line: startLine, column }, source: kind, environment, service: null });
    };
    const words = splitWords(rest);
    if (words === null) {
      facts.problems.push({ file, line: startLine, severity: "warning", code: "parse-error", message: `unclosed quote in this ${keyword} instruction; skipped it` });
      continue;
    }
    if (keyword === "ENV" && words.length > 0 && !(words[0] ?? "").includes("=")) {
      const legacy = /^(\S+)\s+(.*)$/.exec(rest);
      if (legacy)
        add(legacy[1] ?? "", unquote(legacy[2] ?? ""));
      continue;
    }
    for (const word of words) {
      const equals = word.indexOf("=");
      if (equals <= 0)
        continue;
      add(word.slice(0, equals), word.slice(equals + 1));
    }
  }
  return facts;
}
function splitWords(text) {
  const words = [];
  let current = "";
  let quote = null;
  let started = false;
  for (let index = 0; index < text.length; index++) {
    const character = text[index] ?? "";
    if (quote) {
      if (character === "\\" && quote === '"' && index + 1 < text.length)
        current += text[++index] ?? "";
      else if (character === quote)
        quote = null;
      else
        current += character;
    } else if (character === '"' || character === "'") {
      quote = character;
      started = true;
    } else if (/\s/.test(character)) {
      if (started)
        words.push(current);
      current = "";
      started = false;
    } else if (character === "\\" && index + 1 < text.length) {
      current += text[++index] ?? "";
      started = true;
    } else {
      current += character;
      started = true;
    }
  }
  if (quote)
    return null;
  if (started)
    words.push(current);
  return words;
}
function unquote(value) {
  const trimmed = value.trim();
  const first = trimmed[0];
  return trimmed.length >= 2 && (first === '"' || first === "'") && trimmed.endsWith(first) ? trimmed.slice(1, -1) : trimmed;
}
var dockerfileReader = {
  kinds: ["dockerfile"],
  read: readDockerfile
};
export {
  dockerfileReader,
  readDockerfile
};
//# sourceMappingURL=dockerfile-OR2RC6TT.js.map
