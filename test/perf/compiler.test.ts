import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pruneCodeCaches, requireWithCodeCache, saveCompilerCodeCache, typescript } from '../../src/extract/typescript/compiler.js';
import { preferBaselineWasmCompiler } from '../../src/extract/tree-sitter/wasm-compiler.js';

const fixture = path.resolve(import.meta.dirname, '../../fixtures/perf/compiler/gateway-hosts.cjs');
const require = createRequire(import.meta.url);
const cacheDirs: string[] = [];

afterEach(() => {
  delete require.cache[fixture];
  for (const dir of cacheDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('TypeScript compiler loading', () => {
  it('gives the compiler ts-morph uses (one copy in memory), able to parse', async () => {
    const { ts } = await import('ts-morph');
    // ts-morph wraps the module in a namespace object: the functions and enums inside are the same ones.
    expect(typescript.createSourceFile).toBe(ts.createSourceFile);
    expect(typescript.SyntaxKind).toBe(ts.SyntaxKind);
    const source = typescript.createSourceFile('a.ts', "fetch('https://gw.api.helsinki.fi/x');", typescript.ScriptTarget.Latest, true);
    expect(source.statements).toHaveLength(1);
  });

  it('keeps the newest four code caches of a module and removes the older ones (one per Node version, flags…)', () => {
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'arch-lint-code-cache-test-'));
    cacheDirs.push(cacheDir);
    const names = ['typescript-0a.bin', 'typescript-1b.bin', 'typescript-2c.bin', 'typescript-3d.bin', 'typescript-4e.bin', 'typescript-5f.bin'];
    names.forEach((name, age) => {
      writeFileSync(path.join(cacheDir, name), 'cache');
      // The first name is the newest.
      const time = new Date(Date.now() - age * 60_000);
      utimesSync(path.join(cacheDir, name), time, time);
    });
    writeFileSync(path.join(cacheDir, 'other-module-9a.bin'), 'another module: not touched');
    pruneCodeCaches(path.join(cacheDir, 'typescript-0a.bin'));
    expect(readdirSync(cacheDir).sort()).toEqual(['other-module-9a.bin', 'typescript-0a.bin', 'typescript-1b.bin', 'typescript-2c.bin', 'typescript-3d.bin']);
  });

  it('keeps non-ASCII text as written (pure-ASCII files are decoded as latin1, others as UTF-8)', () => {
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'arch-lint-code-cache-test-'));
    cacheDirs.push(cacheDir);
    const labelsFile = path.resolve(import.meta.dirname, '../../fixtures/perf/compiler/gateway-labels.cjs');
    try {
      const loaded = requireWithCodeCache(labelsFile, cacheDir).exports as { gatewayLabel: string; esbLabel: string };
      expect(loaded.gatewayLabel).toBe('Helsingin yliopiston API-yhdyskäytävä (Gravitee) — gw.api.helsinki.fi');
      expect(loaded.esbLabel).toBe('Integraatioväylä ✓');
    } finally {
      delete require.cache[labelsFile];
    }
  });

  it('loads a CommonJS module as require would, writes a code cache once used, and V8 accepts it next time', () => {
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'arch-lint-code-cache-test-'));
    cacheDirs.push(cacheDir);
    const first = requireWithCodeCache(fixture, cacheDir);
    expect(first.cacheAccepted).toBe(false);
    const loaded = first.exports as { hosts: string[]; isGateway: (host: string) => boolean; folder: string };
    expect(loaded.isGateway('gw.api.helsinki.fi')).toBe(true);
    expect(loaded.folder).toBe('compiler');
    // Registered like a required module: require gives the same instance.
    expect(require(fixture)).toBe(loaded);
    saveCompilerCodeCache();
    expect(readdirSync(cacheDir).filter((name) => name.endsWith('.bin'))).toHaveLength(1);

    delete require.cache[fixture];
    const second = requireWithCodeCache(fixture, cacheDir);
    expect(second.cacheAccepted).toBe(true);
    expect((second.exports as { hosts: string[] }).hosts).toEqual(['gw.api.helsinki.fi', 'api.helsinki.fi']);
  });

  it('keeps one code cache per V8 flag set (the CLI sets one), so the CLI and lint() do not overwrite each other', () => {
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'arch-lint-code-cache-test-'));
    cacheDirs.push(cacheDir);
    requireWithCodeCache(fixture, cacheDir);
    saveCompilerCodeCache();
    delete require.cache[fixture];
    preferBaselineWasmCompiler(); // what the CLI does first; harmless for this test process
    expect(requireWithCodeCache(fixture, cacheDir).cacheAccepted).toBe(false);
    saveCompilerCodeCache();
    expect(readdirSync(cacheDir).filter((name) => name.endsWith('.bin'))).toHaveLength(2);
    delete require.cache[fixture];
    expect(requireWithCodeCache(fixture, cacheDir).cacheAccepted).toBe(true);
  });

  it('works without a cache folder', () => {
    const loaded = requireWithCodeCache(fixture, null);
    expect(loaded.cacheAccepted).toBe(false);
    expect((loaded.exports as { isGateway: (host: string) => boolean }).isGateway('example.org')).toBe(false);
  });
});
