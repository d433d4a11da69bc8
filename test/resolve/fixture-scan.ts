/**
 * Test helper: extract + resolve a fixture folder without the CLI (read files from disk, run the
 * TS/JS extractor on each source file, resolve everything). Paths are relative to the fixture folder.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractTypeScript } from '../../src/extract/typescript/index.js';
import type { Binding, FileFacts, Loc, ResolvedCall } from '../../src/model.js';
import { resolveCalls, type ResolveOutput } from '../../src/resolve/index.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const SOURCE = /\.(?:[cm]?[jt]s|[jt]sx)$/;

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(path) : [path];
  });
}

export interface FixtureScan extends ResolveOutput {
  facts: FileFacts[];
  /** Calls in one file (path relative to the fixture). */
  callsIn(file: string): ResolvedCall[];
  /** The call at a line of a file; fails loudly when there is none. */
  callAt(file: string, line: number): ResolvedCall;
}

export function scanFixture(folder: string, bindings: Binding[] = []): FixtureScan {
  const root = join(FIXTURES, folder);
  const facts = listFiles(root)
    .filter((path) => SOURCE.test(path))
    .sort()
    .map((path) => {
      const file = relative(root, path).split(sep).join('/');
      const language = /\.[cm]?tsx?$/.test(file) ? 'typescript' : 'javascript';
      return extractTypeScript(file, readFileSync(path, 'utf8'), language);
    });
  const output = resolveCalls({ facts, bindings });
  return {
    ...output,
    facts,
    callsIn: (file) => output.calls.filter((call) => call.file === file),
    callAt: (file, line) => {
      const found = output.calls.find((call) => call.file === file && call.line === line);
      if (!found) throw new Error(`no call at ${file}:${line}; calls: ${output.calls.map((call) => `${call.file}:${call.line}`).join(', ')}`);
      return found;
    },
  };
}

/** An env binding as a manifest reader would produce it. */
export function envBinding(name: string, value: string, loc: Partial<Loc> = {}, environment: string | null = null): Binding {
  return {
    type: 'env',
    name,
    value,
    loc: { file: loc.file ?? 'deploy/app.yaml', line: loc.line ?? 1, column: loc.column ?? 1 },
    source: 'kubernetes',
    environment,
    service: null,
  };
}

/** URLs of a call's targets, for compact assertions. */
export function urls(call: ResolvedCall): (string | null)[] {
  return call.targets.map((target) => target.url);
}
