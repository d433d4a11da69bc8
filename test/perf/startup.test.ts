// What a scan loads at start-up. A pre-commit hook has ~0.4 s in all: yaml (~35 ms) and globby (~45 ms) are loaded
// only by the runs that need them (see src/lazy-dependencies.ts); ajv (~25 ms + compiling a schema) by none, since
// the config, manifest and baseline schemas are precompiled (src/validators/).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(repoRoot, 'fixtures/perf/startup');

/** Packages under node_modules that a real CLI run (a child process, from dist/, in `fixture`) loaded, by name. */
function packagesLoadedByScan(fixture: string, args: readonly string[]): string[] {
  const hooks = `data:text/javascript,${encodeURIComponent(`
export async function load(url, context, next) {
  if (url.includes('/node_modules/')) process.stderr.write('LOADED ' + url + '\\n');
  return next(url, context);
}`)}`;
  const script = `
import { register } from 'node:module';
import { createRequire } from 'node:module';
register(${JSON.stringify(hooks)});
const { main } = await import(${JSON.stringify(pathToFileURL(path.join(repoRoot, 'dist/cli/main.js')).href)});
await main(${JSON.stringify(args)});
// CommonJS packages required directly do not pass the ESM hooks: list them from require's cache.
for (const file of Object.keys(createRequire(import.meta.url).cache)) if (file.includes('/node_modules/')) process.stderr.write('LOADED ' + file + '\\n');
`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: fixture, encoding: 'utf8' });
  // main() returns the exit code; the script itself must not crash.
  expect(run.status, run.stderr).toBe(0);
  const stderr = run.stderr;
  const loaded = new Set<string>();
  for (const line of stderr.split('\n')) {
    const match = /^LOADED .*\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(line);
    if (match) loaded.add(match[1]!);
  }
  return [...loaded].sort();
}

describe('start-up', () => {
  it('a scan with no config, manifest or custom glob loads neither yaml, ajv nor globby', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'arch-lint-startup-'));
    let loaded: string[];
    try {
      loaded = packagesLoadedByScan(path.join(fixtures, 'plain-service'), ['.', '--format', 'json', '--output', path.join(out, 'report.json')]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
    // The run did happen: commander parsed the arguments and the TypeScript compiler read the file.
    expect(loaded).toContain('commander');
    expect(loaded).toContain('@ts-morph/common');
    expect(loaded).not.toContain('yaml');
    expect(loaded).not.toContain('ajv');
    expect(loaded).not.toContain('globby');
  });

  it('a scan with a config file and a service manifest loads yaml but not ajv (the schemas are precompiled)', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'arch-lint-startup-'));
    let loaded: string[];
    let report: { config?: { file?: string }; calls: { service?: string }[]; problems: unknown[] };
    try {
      const reportFile = path.join(out, 'report.json');
      loaded = packagesLoadedByScan(path.join(fixtures, 'configured-service'), ['.', '--format', 'json', '--output', reportFile]);
      report = JSON.parse(readFileSync(reportFile, 'utf8')) as typeof report;
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
    // Both files were read and validated: the config is named in the report, the manifest claims the call.
    expect(report.config?.file).toBe('arch-lint.config.yaml');
    expect(report.calls.map((call) => call.service)).toEqual(['course-catalogue']);
    expect(report.problems).toEqual([]);
    expect(loaded).toContain('yaml');
    expect(loaded).not.toContain('ajv');
  });
});
