/**
 * Resolution gaps seen on held-out code (issue "Real code, part 2", point 4): a function with several `return`s gives
 * every returned value (an env var, else a default), in Go, Python and Java; a Go package variable set in `init()`.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint.js';

const scan = async (folder: string): Promise<string[]> => {
  const root = fileURLToPath(new URL(`../../fixtures/extract/several-returns/${folder}`, import.meta.url));
  const result = await lint({ cwd: root, paths: [root] });
  return result.calls.map((call) => `${call.line} ${call.targets.map((target) => target.url ?? `env:${target.env ?? '?'}`).join(' ')}`);
};

describe('every return of a function', () => {
  it('Go: the env var and the default; a package variable assigned in init()', async () => {
    expect(await scan('go')).toEqual(['22 env:IMPORTER_URL https://importer.example.org/students', '23 https://registry.example.org/units']);
  });

  it('Python: the env var and the default', async () => {
    expect(await scan('python')).toEqual(['14 env:IMPORTER_URL https://importer.example.org/students']);
  });

  it('Java: the env var and the default', async () => {
    expect(await scan('java')).toEqual(['17 env:REGISTRY_URL https://registry.example.org/units']);
  });
});
