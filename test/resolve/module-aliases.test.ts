/**
 * Module resolution as the build sees it (issue "Real code, part 1", point 3): tsconfig `paths` through `extends`,
 * a Vite alias, package.json `imports`, module-alias's `_moduleAliases` and a workspace package, each followed to the
 * constant that holds the URL. Fixture: fixtures/resolve/module-aliases.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint.js';
import { bundlerAliasRules, parseJsonc } from '../../src/resolve/modules/typescript-aliases.js';

const root = fileURLToPath(new URL('../../fixtures/resolve/module-aliases', import.meta.url));

describe('module mappings of the project', () => {
  it('follows each kind of mapping to the constant in another package', async () => {
    const result = await lint({ cwd: root, paths: [root] });
    const urls = result.calls.map((call) => `${call.file}:${call.line} ${call.targets.map((target) => target.url).join(' ')}`);
    expect(urls).toEqual([
      'apps/web/src/main.ts:6 https://importer.example.org/api/students',
      'apps/web/src/main.ts:7 https://registry.example.org/v2/units',
      'apps/web/src/main.ts:8 https://sisu.example.org/kori/courses',
      'apps/web/src/main.ts:9 https://gateway.example.org/rooms',
      'apps/worker/index.js:4 https://worker-target.example.org/jobs',
    ]);
  });

  it('reads tsconfig\'s JSON with comments and trailing commas, and Vite/webpack aliases written as objects or arrays, without running them', () => {
    expect(parseJsonc('{ // c\n "a": "http://x/*y*/", /* b */ "b": [1,], }')).toEqual({ a: 'http://x/*y*/', b: [1] });
    expect(bundlerAliasRules('web', "alias: { '@': fileURLToPath(new URL('./src', import.meta.url)), lib: '/src/lib' }")).toEqual([
      { pattern: '@', targets: ['web/src'] },
      { pattern: 'lib', targets: ['web/src/lib'] },
    ]);
    expect(bundlerAliasRules('', "alias: [{ find: '@shared', replacement: path.resolve(__dirname, 'shared') }]")).toEqual([{ pattern: '@shared', targets: ['shared'] }]);
    // A mapping that climbs out of the repository is dropped, never read.
    expect(bundlerAliasRules('', "alias: { x: '../../etc' }")).toEqual([]);
  });
});

describe('wrappers imported through the project\'s own mappings', () => {
  const aliased = fileURLToPath(new URL('../../fixtures/resolve/aliased-wrappers', import.meta.url));

  it('follows a call through a tsconfig `paths` alias to the wrapper it names, and names the method by the wrapper', async () => {
    // `@sharedServices/HttpClient` (capitals: no npm package) and `@lib/request` (a call passing a path in a string) were
    // read as packages by the extractor: their calls were never followed, whatever the resolver knew of the aliases.
    const result = await lint({ cwd: aliased, paths: [aliased] });
    expect(result.calls.map((call) => `${call.file}:${call.line} ${call.client} ${call.method} ${call.targets.map((target) => target.url).join(' ')}`)).toEqual([
      'modules/ledger/accounts.ts:4 wrapper:httpClient.get GET /api/ledger/accounts',
      'modules/ledger/accounts.ts:6 wrapper:httpClient.post POST /api/ledger/accounts/{parameter id}/close',
      'modules/ledger/report.ts:6 wrapper:callLedger GET https://ledger.example.org/reports/monthly',
      'shared/request.ts:2 fetch GET https://ledger.example.org/reports/monthly',
      'shared/services/HttpClient.ts:3 fetch GET /api/ledger/accounts /api/ledger/accounts/{parameter id}/close',
    ]);
  });
});
