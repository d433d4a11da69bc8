/**
 * `--cache`: per-file facts reused between runs, never stale. The lint() tests prove reuse by planting a
 * marker call in the cache file: it shows up only if the facts were taken from the cache instead of parsed.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FactsCache, cacheFilePath, defaultCacheLocation } from '../../src/cache/facts-cache.js';
import { lint } from '../../src/lint.js';
import type { DiscoveredFile, FileFacts, LintResult } from '../../src/model.js';
import { formatJson } from '../../src/report/json.js';

const fixture = path.resolve(import.meta.dirname, '../../fixtures/cli/cache-workspace');
const now = new Date(Date.UTC(2026, 0, 15));

function workspace(): { dir: string; cacheDir: string } {
  const scratch = realpathSync(mkdtempSync(path.join(tmpdir(), 'arch-lint-cache-')));
  const dir = path.join(scratch, 'workspace');
  cpSync(fixture, dir, { recursive: true });
  return { dir, cacheDir: path.join(scratch, 'cache') };
}

function scan(dir: string, cacheDir: string | false): Promise<LintResult> {
  return lint({ cwd: dir, now, ...(cacheDir === false ? {} : { cache: `${cacheDir}/` }) });
}

function cacheFileIn(cacheDir: string): string {
  const files = readdirSync(cacheDir).filter((name) => name.endsWith('.json'));
  expect(files).toHaveLength(1);
  return path.join(cacheDir, files[0]!);
}

interface CacheFileShape {
  entries: Record<string, { facts: FileFacts }>;
}

/** Add a call to a host no file mentions to the cached facts of `file`. */
function plantMarker(cacheDir: string, file: string): void {
  const cacheFile = cacheFileIn(cacheDir);
  const data = JSON.parse(readFileSync(cacheFile, 'utf8')) as CacheFileShape;
  const facts = data.entries[file]!.facts;
  facts.calls.push({ kind: 'call', loc: { file, line: 1, column: 1 }, client: 'fetch', method: 'GET', expression: "'https://from-the-cache.example/marker'", url: { kind: 'lit', value: 'https://from-the-cache.example/marker' }, enclosing: '<module>' });
  writeFileSync(cacheFile, JSON.stringify(data));
}

function hosts(result: LintResult): string[] {
  return result.calls.flatMap((call) => call.targets.map((target) => target.host ?? '?')).sort();
}

function findingsOf(result: LintResult): string[] {
  return result.findings.map((finding) => `${finding.file}:${finding.line} ${finding.ruleId}${finding.suppressed ? ` (${finding.suppressed.kind})` : ''}`);
}

describe('--cache with lint()', () => {
  it('a warm run takes facts from the cache and gives the same report as a run without it', async () => {
    const { dir, cacheDir } = workspace();
    const uncached = formatJson(await scan(dir, false));
    expect(formatJson(await scan(dir, cacheDir))).toBe(uncached);
    expect(formatJson(await scan(dir, cacheDir))).toBe(uncached);
    plantMarker(cacheDir, 'src/app.ts');
    expect(hosts(await scan(dir, cacheDir))).toContain('from-the-cache.example');
  });

  it('a changed file is parsed again', async () => {
    const { dir, cacheDir } = workspace();
    await scan(dir, cacheDir);
    plantMarker(cacheDir, 'src/app.ts');
    writeFileSync(path.join(dir, 'src/app.ts'), `${readFileSync(path.join(dir, 'src/app.ts'), 'utf8')}// edited\n`);
    expect(hosts(await scan(dir, cacheDir))).not.toContain('from-the-cache.example');
  });

  it('a changed imported module changes the calls of a file whose facts come from the cache', async () => {
    const { dir, cacheDir } = workspace();
    expect(hosts(await scan(dir, cacheDir))).toContain('rooms.partner.example');
    plantMarker(cacheDir, 'src/app.ts');
    writeFileSync(path.join(dir, 'src/endpoints.ts'), "export const ROOMS_API = 'https://rooms.it.helsinki.fi/api';\n");
    const result = await scan(dir, cacheDir);
    expect(hosts(result)).toContain('from-the-cache.example'); // app.ts was not parsed again…
    expect(hosts(result)).toContain('rooms.it.helsinki.fi'); // …yet its call follows the new constant
    expect(findingsOf(result)).toEqual(['src/app.ts:5 no-direct-integration']);
  });

  it('a changed .env is reflected', async () => {
    const { dir, cacheDir } = workspace();
    expect(findingsOf(await scan(dir, cacheDir))).toEqual([]);
    writeFileSync(path.join(dir, '.env'), 'REGISTRY_URL=https://registry.it.helsinki.fi\n');
    expect(findingsOf(await scan(dir, cacheDir))).toEqual(['src/app.ts:9 no-direct-integration']);
  });

  it('a changed config is reflected', async () => {
    const { dir, cacheDir } = workspace();
    expect(findingsOf(await scan(dir, cacheDir))).toEqual([]);
    writeFileSync(path.join(dir, 'arch-lint.config.yaml'), 'extends: helsinki\nzones:\n  internal:\n    - rooms.partner.example\n');
    expect(findingsOf(await scan(dir, cacheDir))).toEqual(['src/app.ts:5 no-direct-integration']);
  });

  it('a changed service manifest is reflected (a waiver added)', async () => {
    const { dir, cacheDir } = workspace();
    writeFileSync(path.join(dir, '.env'), 'REGISTRY_URL=https://registry.it.helsinki.fi\n');
    expect(findingsOf(await scan(dir, cacheDir))).toEqual(['src/app.ts:9 no-direct-integration']);
    writeFileSync(
      path.join(dir, 'architecture.yaml'),
      [
        'apiVersion: arch-lint/v1',
        'kind: Service',
        'metadata: { name: room-finder, owner: team-rooms }',
        'spec:',
        '  consumes:',
        '    - name: person-registry',
        '      url: https://registry.it.helsinki.fi',
        '      via: direct',
        '      waiver: { reason: No gateway API for the registry yet, expires: 2026-06-30 }',
        '',
      ].join('\n'),
    );
    const result = await scan(dir, cacheDir);
    expect(result.findings.find((finding) => finding.ruleId === 'no-direct-integration')?.suppressed?.kind).toBe('waiver');
    expect(result.summary.errors).toBe(0);
  });

  it('a corrupt cache file is ignored with a warning, and rewritten', async () => {
    const { dir, cacheDir } = workspace();
    const expected = findingsOf(await scan(dir, cacheDir));
    const cacheFile = cacheFileIn(cacheDir);
    writeFileSync(cacheFile, '{"format":1,"build":');
    const result = await scan(dir, cacheDir);
    expect(findingsOf(result)).toEqual(expected);
    expect(result.problems).toEqual([expect.objectContaining({ file: null, severity: 'warning', code: 'cache-corrupt' })]);
    expect(() => JSON.parse(readFileSync(cacheFile, 'utf8')) as unknown).not.toThrow();
    expect((await scan(dir, cacheDir)).problems).toEqual([]);
  });

  it('writes atomically (no temporary files left) and drops entries of deleted files', async () => {
    const { dir, cacheDir } = workspace();
    await scan(dir, cacheDir);
    writeFileSync(path.join(dir, 'src/extra.ts'), "export const x = 'https://gw.api.helsinki.fi/x';\n");
    await scan(dir, cacheDir);
    expect(Object.keys((JSON.parse(readFileSync(cacheFileIn(cacheDir), 'utf8')) as CacheFileShape).entries)).toContain('src/extra.ts');
    rmSync(path.join(dir, 'src/extra.ts'));
    await scan(dir, cacheDir);
    expect(Object.keys((JSON.parse(readFileSync(cacheFileIn(cacheDir), 'utf8')) as CacheFileShape).entries)).not.toContain('src/extra.ts');
    expect(readdirSync(cacheDir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('a scan of some files keeps the entries of the others', async () => {
    const { dir, cacheDir } = workspace();
    await scan(dir, cacheDir);
    plantMarker(cacheDir, 'src/app.ts');
    await lint({ cwd: dir, now, paths: ['src/endpoints.ts'], cache: `${cacheDir}/` });
    expect(hosts(await scan(dir, cacheDir))).toContain('from-the-cache.example');
  });

  it('defaults to node_modules/.cache/arch-lint/ when there is a node_modules, else .arch-lint-cache/', async () => {
    const { dir } = workspace();
    expect(defaultCacheLocation(dir)).toBe(path.join(dir, '.arch-lint-cache'));
    await lint({ cwd: dir, now, cache: true });
    expect(readdirSync(path.join(dir, '.arch-lint-cache')).filter((name) => name.startsWith('facts-'))).toHaveLength(1);
    mkdirSync(path.join(dir, 'node_modules'));
    expect(defaultCacheLocation(dir)).toBe(path.join(dir, 'node_modules', '.cache', 'arch-lint'));
    // A file location is used as given.
    expect(cacheFilePath(path.join(dir, 'my-cache.json'), dir)).toBe(path.join(dir, 'my-cache.json'));
  });
});

describe('FactsCache', () => {
  const file: DiscoveredFile = { absPath: '/x/src/a.ts', path: 'src/a.ts', kind: { type: 'source', language: 'typescript' }, size: 10 };
  const facts: FileFacts = { file: 'src/a.ts', language: 'typescript', calls: [], invocations: [], symbols: {}, exports: {}, reexports: [], bindings: [], directives: [], services: [], hosts: [], problems: [] };

  async function filled(stat: { size: number; mtimeMs: number; ctimeMs: number; ino: number }, hashedAt: number): Promise<{ cache: FactsCache; location: string }> {
    const location = path.join(mkdtempSync(path.join(tmpdir(), 'arch-lint-cache-unit-')), 'facts.json');
    const { cache } = await FactsCache.open(location, '/x', '1.0.0');
    cache.store(file, cache.lookupByContent(file, 'const a = 1;').hash, stat, facts, hashedAt);
    await cache.save({ prune: false });
    return { cache: (await FactsCache.open(location, '/x', '1.0.0')).cache, location };
  }

  it('trusts an unchanged size, mtime, ctime and inode only when they were already old when the file was hashed', async () => {
    const stat = { size: 12, mtimeMs: 1_000_000, ctimeMs: 1_000_000, ino: 4242 };
    const { cache } = await filled(stat, 1_000_000 + 5_000);
    expect(cache.lookupByStat(file, stat)).toEqual(facts);
    expect(cache.lookupByStat(file, { ...stat, size: 13 })).toBeNull();
    expect(cache.lookupByStat(file, { ...stat, mtimeMs: 1_000_001 })).toBeNull();
    expect(cache.lookupByStat(file, { ...stat, ctimeMs: 1_000_001 })).toBeNull();
    // Another file at the same path (a re-pointed symlink, a replaced file) with the same size and times.
    expect(cache.lookupByStat(file, { ...stat, ino: 4243 })).toBeNull();
    expect(cache.lookupByStat({ ...file, kind: { type: 'source', language: 'javascript' } }, stat)).toBeNull();
    // Written within the racy window: the content must be hashed again.
    const racy = await filled(stat, 1_000_000 + 10);
    expect(racy.cache.lookupByStat(file, stat)).toBeNull();
    expect(racy.cache.lookupByContent(file, 'const a = 1;').facts).toEqual(facts);
    expect(racy.cache.lookupByContent(file, 'const a = 2;').facts).toBeNull();
  });

  it('ignores a cache written by another arch-lint version', async () => {
    const stat = { size: 12, mtimeMs: 1_000_000, ctimeMs: 1_000_000, ino: 4242 };
    const { location } = await filled(stat, 1_000_000 + 5_000);
    const { cache, problem } = await FactsCache.open(location, '/x', '2.0.0');
    expect(problem).toBeNull();
    expect(cache.lookupByContent(file, 'const a = 1;').facts).toBeNull();
  });

  it('a missing cache file is simply empty', async () => {
    const { cache, problem } = await FactsCache.open(path.join(tmpdir(), 'arch-lint-no-such-dir', 'facts.json'), '/x', '1.0.0');
    expect(problem).toBeNull();
    expect(cache.lookupByContent(file, 'x').facts).toBeNull();
    expect(existsSync(path.join(tmpdir(), 'arch-lint-no-such-dir'))).toBe(false);
  });

});
