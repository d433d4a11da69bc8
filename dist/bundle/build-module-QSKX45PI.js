import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  directoryOf,
  emptyFacts
} from "./chunk-CVAD7S7L.js";
import "./chunk-B3SFOPOV.js";

// dist/extract/manifests/build-module.js
function lineOf(content, index) {
  let line = 1;
  for (let i = 0; i < index && i < content.length; i++)
    if (content.charCodeAt(i) === 10)
      line++;
  return line;
}
function mavenName(content) {
  const blanked = content.replace(/<!--[\s\S]*?-->/g, (match2) => " ".repeat(match2.length)).replace(/<(parent|dependencies|dependencyManagement|build|profiles|reporting|pluginRepositories|repositories|modules)\b[\s\S]*?<\/\1>/g, (match2) => " ".repeat(match2.length));
  const match = /<artifactId>\s*([^<\s]+)\s*<\/artifactId>/.exec(blanked);
  return match?.[1] ? { name: match[1], index: match.index } : null;
}
function readBuildModule(file, content, kind = "build-module") {
  const facts = emptyFacts(file, kind);
  const root = directoryOf(file);
  const base = file.slice(file.lastIndexOf("/") + 1);
  const module = (name, index, build) => ({ name, root, loc: { file, line: lineOf(content, index), column: 1 }, build });
  let found = null;
  if (base === "pom.xml") {
    const named = mavenName(content);
    if (named)
      found = module(named.name, named.index, "maven");
  } else if (base === "build.gradle" || base === "build.gradle.kts") {
    const name = root === "" ? null : root.slice(root.lastIndexOf("/") + 1);
    if (name)
      found = module(name, 0, "gradle");
  } else if (base.toLowerCase().endsWith(".csproj")) {
    found = module(base.slice(0, -".csproj".length), 0, "dotnet");
  } else if (base === "go.mod") {
    const match = /^\s*module\s+(\S+)/m.exec(content);
    const path = match?.[1]?.replace(/\/v\d+$/, "");
    if (match && path)
      found = module(path.slice(path.lastIndexOf("/") + 1), match.index, "go");
  }
  if (found)
    facts.modules = [found];
  return facts;
}
var buildModuleReader = { kinds: ["build-module"], read: readBuildModule };
export {
  buildModuleReader,
  readBuildModule
};
//# sourceMappingURL=build-module-QSKX45PI.js.map
