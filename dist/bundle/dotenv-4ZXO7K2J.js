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
} from "./chunk-CVAD7S7L.js";
import "./chunk-B3SFOPOV.js";

// dist/extract/manifests/dotenv.js
var maxProblems = 10;
var assignment = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s?(.*)$/;
function dotenvEnvironment(file) {
  const name = baseName(file);
  return environmentFromFileName(name, ["env"]) ?? environmentFromFolders(file);
}
function readDotenv(file, content, kind = "dotenv") {
  const facts = emptyFacts(file, kind);
  const environment = dotenvEnvironment(file);
  const lines = content.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? "";
    const lineNumber = index + 1;
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#"))
      continue;
    const match = assignment.exec(line);
    if (!match) {
      facts.problems.push({
        file,
        line: lineNumber,
        severity: "warning",
        code: "parse-error",
        message: `not a KEY=value line in this .env file; skipped the line`
      });
      continue;
    }
    const name = match[1] ?? "";
    const rest = match[2] ?? "";
    const column = line.length - rest.length + 1;
    const quote = rest.trimStart()[0];
    let value;
    if (quote === '"' || quote === "'" || quote === "`") {
      const opened = rest.trimStart().slice(1);
      let closing = findClosingQuote(opened, quote);
      let body = opened;
      let lastLine = index;
      while (closing < 0 && quote === '"' && lastLine + 1 < lines.length) {
        lastLine++;
        const next = lines[lastLine] ?? "";
        const closingInNext = findClosingQuote(next, quote);
        if (closingInNext >= 0)
          closing = body.length + 1 + closingInNext;
        body += "\n" + next;
      }
      if (closing < 0) {
        facts.problems.push({ file, line: lineNumber, severity: "warning", code: "parse-error", message: `the value of ${name} has no closing ${quote}; skipped it` });
        continue;
      }
      index = lastLine;
      const quoted = body.slice(0, closing);
      value = quote === '"' ? unescapeDoubleQuoted(quoted) : quoted;
    } else {
      value = rest.replace(/\s+#.*$/, "").trim();
    }
    const binding = {
      type: "env",
      name,
      value: quote === "'" ? value : bracedShellReferences(value),
      loc: { file, line: lineNumber, column },
      source: kind,
      environment,
      service: null
    };
    facts.bindings.push(binding);
  }
  if (facts.problems.length > maxProblems) {
    const more = facts.problems.length - maxProblems;
    facts.problems.length = maxProblems;
    facts.problems.push({ file, severity: "warning", code: "parse-error", message: `${more} more lines of this .env file could not be read (not listed)` });
  }
  return facts;
}
function findClosingQuote(text, quote) {
  for (let index = 0; index < text.length; index++) {
    if (text[index] === "\\" && quote === '"') {
      index++;
      continue;
    }
    if (text[index] === quote)
      return index;
  }
  return -1;
}
function unescapeDoubleQuoted(text) {
  return text.replace(/\\([nrt"\\$])/g, (_match, character) => ({ n: "\n", r: "\r", t: "	" })[character] ?? character);
}
var dotenvReader = {
  kinds: ["dotenv"],
  read: readDotenv
};
export {
  dotenvEnvironment,
  dotenvReader,
  readDotenv
};
//# sourceMappingURL=dotenv-4ZXO7K2J.js.map
