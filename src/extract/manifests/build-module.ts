/**
 * Build files as modules: Maven `pom.xml` (its own `artifactId`, not the parent's), Gradle `build.gradle(.kts)` (the
 * project folder's name), .NET `*.csproj` (the project name) and `go.mod` (the last segment of the module path).
 * A module is the service of the files below it when no manifest names one (src/resolve/services.ts). Read with
 * regular expressions: nothing is evaluated, a file that says nothing gives no module.
 */
import type { FileFacts, ManifestKind, ModuleFact } from '../../model.js';
import { directoryOf, emptyFacts } from '../facts.js';
import type { ManifestReader } from '../index.js';

function lineOf(content: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < content.length; i++) if (content.charCodeAt(i) === 10) line++;
  return line;
}

/** Maven: the project's own artifactId, outside `<parent>`, dependencies, plugins and profiles (blanked, offsets kept). */
function mavenName(content: string): { name: string; index: number } | null {
  const blanked = content
    .replace(/<!--[\s\S]*?-->/g, (match) => ' '.repeat(match.length))
    .replace(/<(parent|dependencies|dependencyManagement|build|profiles|reporting|pluginRepositories|repositories|modules)\b[\s\S]*?<\/\1>/g, (match) => ' '.repeat(match.length));
  const match = /<artifactId>\s*([^<\s]+)\s*<\/artifactId>/.exec(blanked);
  return match?.[1] ? { name: match[1], index: match.index } : null;
}

export function readBuildModule(file: string, content: string, kind: ManifestKind = 'build-module'): FileFacts {
  const facts = emptyFacts(file, kind);
  const root = directoryOf(file);
  const base = file.slice(file.lastIndexOf('/') + 1);
  const module = (name: string, index: number, build: ModuleFact['build']): ModuleFact => ({ name, root, loc: { file, line: lineOf(content, index), column: 1 }, build });
  let found: ModuleFact | null = null;
  if (base === 'pom.xml') {
    const named = mavenName(content);
    if (named) found = module(named.name, named.index, 'maven');
  } else if (base === 'build.gradle' || base === 'build.gradle.kts') {
    const name = root === '' ? null : root.slice(root.lastIndexOf('/') + 1);
    if (name) found = module(name, 0, 'gradle');
  } else if (base.toLowerCase().endsWith('.csproj')) {
    found = module(base.slice(0, -'.csproj'.length), 0, 'dotnet');
  } else if (base === 'go.mod') {
    const match = /^\s*module\s+(\S+)/m.exec(content);
    const path = match?.[1]?.replace(/\/v\d+$/, '');
    if (match && path) found = module(path.slice(path.lastIndexOf('/') + 1), match.index, 'go');
  }
  if (found) facts.modules = [found];
  return facts;
}

export const buildModuleReader: ManifestReader = { kinds: ['build-module'], read: readBuildModule };
