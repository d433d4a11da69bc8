/**
 * Test helper: discover, extract (sources and manifests, every language) and resolve a fixture folder the way
 * `lint()` does up to the resolver, without config or judge. Paths are relative to the fixture folder.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { discover, readDiscoveredFile } from '../../src/discover/index.js';
import { extractFile } from '../../src/extract/index.js';
import type { FileFacts, ResolvedCall } from '../../src/model.js';
import { resolveCalls, type ResolveOutput } from '../../src/resolve/index.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));

export interface WorkspaceScan extends ResolveOutput {
  facts: FileFacts[];
  /** The call at a line of a file; fails loudly when there is none. */
  callAt(file: string, line: number): ResolvedCall;
}

export async function scanWorkspace(folder: string): Promise<WorkspaceScan> {
  const root = join(FIXTURES, folder);
  const discovered = await discover({ root });
  const facts: FileFacts[] = [];
  for (const file of discovered.files) {
    const read = await readDiscoveredFile(file);
    if ('problem' in read) throw new Error(read.problem.message);
    facts.push(await extractFile(file, read.content));
  }
  const output = resolveCalls({
    facts,
    readText: (file) => {
      try {
        return readFileSync(join(root, file), 'utf8');
      } catch {
        return null;
      }
    },
  });
  return {
    ...output,
    facts,
    callAt: (file, line) => {
      const found = output.calls.find((call) => call.file === file && call.line === line);
      if (!found) throw new Error(`no call at ${file}:${line}; calls: ${output.calls.map((call) => `${call.file}:${call.line}`).join(', ')}`);
      return found;
    },
  };
}

/** `url (environment)` of each target, for compact assertions. */
export function targetsOf(call: ResolvedCall): string[] {
  return call.targets.map((target) => `${target.url ?? `env:${target.env ?? '?'}`} (${target.environment ?? '-'})`);
}
