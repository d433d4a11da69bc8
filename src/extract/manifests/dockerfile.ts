/**
 * Dockerfile `ENV KEY=value`, `ENV KEY value` and `ARG KEY=default` → env bindings (an ARG default is a build-time value,
 * but is often copied into ENV and is evidence of the intended host). `$VAR` references are written `${VAR}` for the resolver.
 */
import type { FileFacts, ManifestKind } from '../../model.js';
import { emptyFacts } from '../facts.js';
import type { ManifestReader } from '../index.js';
import { environmentFromFileName, environmentFromFolders } from './environment-label.js';
import { baseName } from './manifest-paths.js';
import { bracedShellReferences } from './shell-references.js';

/** Folder names that hold a Dockerfile of something other than a service of their own name (`docker/`, `.devcontainer/`, `deploy/`). */
const NOT_A_SERVICE_FOLDER = /^(?:\.?docker|dockerfiles?|\.?devcontainer|build|\.?ci|deploy(?:ment)?s?|infra(?:structure)?|tools?|scripts?|tests?|e2e|docs?|\.github|k8s|kubernetes|helm|images?|containers?|dev|prod(?:uction)?|staging|local)$/i;
/** Folders whose contents are tests, examples or documentation, not the system's services. */
const NOT_SERVICES_BELOW = /^(?:tests?|__tests__|testdata|fixtures?|examples?|samples?|docs?|e2e)$/i;

/**
 * The module a Dockerfile builds: its folder — a top folder (`mailer/Dockerfile`), or one deeper (`src/cartservice/Dockerfile`,
 * `services/mailer/Dockerfile`, at most four levels down) whose name is not that of a Docker, CI or deployment folder and
 * which is not inside tests, examples or docs. Null for the root's Dockerfile and the rest.
 */
function dockerModuleRoot(file: string): string | null {
  const match = /^(.+)\/(?:Dockerfile|Containerfile)$/i.exec(file);
  if (!match) return null;
  const folders = match[1]!.split('/');
  if (folders.length === 1) return match[1]!;
  if (folders.length > 4 || NOT_A_SERVICE_FOLDER.test(folders.at(-1)!) || folders.some((folder) => NOT_SERVICES_BELOW.test(folder))) return null;
  return match[1]!;
}

export function readDockerfile(file: string, content: string, kind: ManifestKind = 'dockerfile'): FileFacts {
  const facts = emptyFacts(file, kind);
  // A folder with its own Dockerfile is a module (a service built from it) when no build file says otherwise.
  const moduleRoot = dockerModuleRoot(file);
  if (moduleRoot) facts.modules = [{ name: moduleRoot.slice(moduleRoot.lastIndexOf('/') + 1), root: moduleRoot, loc: { file, line: 1, column: 1 }, build: 'docker' }];
  const environment = environmentFromFileName(baseName(file), ['dockerfile', 'containerfile']) ?? environmentFromFolders(file);
  const lines = content.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const startLine = index + 1;
    // Backslash continues an instruction on the next line; comment lines inside are skipped, as Docker does.
    let current = lines[index] ?? '';
    const parts: string[] = [];
    while (/\\\s*$/.test(current) && index + 1 < lines.length) {
      parts.push(current.replace(/\\\s*$/, ' '));
      index++;
      current = lines[index] ?? '';
      while (/^\s*#/.test(current) && index + 1 < lines.length) current = lines[++index] ?? '';
    }
    if (parts.length === 0 || !/^\s*#/.test(current)) parts.push(current);
    const instruction = parts.join('');
    const match = /^\s*(ENV|ARG)\s+(.*)$/i.exec(instruction);
    if (!match) continue;
    const keyword = (match[1] ?? '').toUpperCase();
    const rest = (match[2] ?? '').trim();
    const column = instruction.indexOf(rest) + 1;
    const add = (name: string, value: string): void => {
      facts.bindings.push({ type: 'env', name, value: bracedShellReferences(value), loc: { file, line: startLine, column }, source: kind, environment, service: null });
    };
    const words = splitWords(rest);
    if (words === null) {
      facts.problems.push({ file, line: startLine, severity: 'warning', code: 'parse-error', message: `unclosed quote in this ${keyword} instruction; skipped it` });
      continue;
    }
    if (keyword === 'ENV' && words.length > 0 && !(words[0] ?? '').includes('=')) {
      // Legacy `ENV KEY value with spaces`.
      const legacy = /^(\S+)\s+(.*)$/.exec(rest);
      if (legacy) add(legacy[1] ?? '', unquote(legacy[2] ?? ''));
      continue;
    }
    for (const word of words) {
      const equals = word.indexOf('=');
      // `ARG KEY` without a default binds nothing.
      if (equals <= 0) continue;
      add(word.slice(0, equals), word.slice(equals + 1));
    }
  }
  return facts;
}

/** Split `A=1 B="two words" C='x'` into `A=1`, `B=two words`, `C=x`; null when a quote is not closed. */
function splitWords(text: string): string[] | null {
  const words: string[] = [];
  let current = '';
  let quote: string | null = null;
  let started = false;
  for (let index = 0; index < text.length; index++) {
    const character = text[index] ?? '';
    if (quote) {
      if (character === '\\' && quote === '"' && index + 1 < text.length) current += text[++index] ?? '';
      else if (character === quote) quote = null;
      else current += character;
    } else if (character === '"' || character === "'") {
      quote = character;
      started = true;
    } else if (/\s/.test(character)) {
      if (started) words.push(current);
      current = '';
      started = false;
    } else if (character === '\\' && index + 1 < text.length) {
      current += text[++index] ?? '';
      started = true;
    } else {
      current += character;
      started = true;
    }
  }
  if (quote) return null;
  if (started) words.push(current);
  return words;
}

function unquote(value: string): string {
  const trimmed = value.trim();
  const first = trimmed[0];
  return trimmed.length >= 2 && (first === '"' || first === "'") && trimmed.endsWith(first) ? trimmed.slice(1, -1) : trimmed;
}

export const dockerfileReader: ManifestReader = {
  kinds: ['dockerfile'],
  read: readDockerfile,
};
