/**
 * Issue 3 acceptance of `arch-lint init` on a project with no config yet (the usual first run): the scan resolves
 * URLs, but the starter config's zones are empty, so every host is in no zone. The starter manifest must still list
 * what the code calls (so the team can classify it), never as "could not be worked out", and point at real docs.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildStarterManifest } from '../../src/cli/init.js';
import { runInit } from '../../src/cli/init-command.js';
import type { CliIO } from '../../src/cli/main.js';
import { readServiceManifest } from '../../src/extract/manifests/service-manifest.js';
import type { LintResult, ResolvedCall } from '../../src/model.js';

const repo = path.resolve(import.meta.dirname, '../..');
let workspace = '';

afterEach(() => {
  if (workspace) rmSync(workspace, { recursive: true, force: true });
  workspace = '';
});

function makeWorkspace(): string {
  workspace = mkdtempSync(path.join(tmpdir(), 'arch-lint-issue3-init-'));
  mkdirSync(path.join(workspace, 'grades/src'), { recursive: true });
  writeFileSync(
    path.join(workspace, 'grades/src/client.ts'),
    [
      '// Shows: calls to hosts a fresh project has not classified yet, and one whose URL is unknown.',
      "export const units = () => fetch('https://gw.api.helsinki.fi/organisation/v2/units');",
      "export const rights = () => fetch('https://sisu.it.helsinki.fi/kori/api/study-rights');",
      "export const rights2 = () => fetch('https://sisu.it.helsinki.fi/kori/api/enrolments');",
      'export const hook = () => fetch(process.env.HOOK_URL);',
      '',
    ].join('\n'),
  );
  return workspace;
}

function captureIO(cwd: string): { io: CliIO; out: string[] } {
  const out: string[] = [];
  const io: CliIO = { cwd, env: {}, stdout: (text) => void out.push(text), stderr: (text) => void out.push(text), isTTY: false };
  return { io, out };
}

describe('issue 3: arch-lint init on a project without a config', () => {
  it('lists resolved URLs on hosts in no zone by URL prefix, apart from truly unresolved calls', async () => {
    const root = makeWorkspace();
    const { io } = captureIO(root);
    expect(await runInit('grades', {}, io)).toBe(0);

    const manifest = readFileSync(path.join(root, 'grades/architecture.yaml'), 'utf8');
    expect(readServiceManifest('grades/architecture.yaml', manifest).problems).toEqual([]);
    expect(manifest).toContain('Hosts in no zone of the config');
    expect(manifest).toContain('#   https://gw.api.helsinki.fi/organisation  (called at grades/src/client.ts:2)');
    expect(manifest).toContain('#   https://sisu.it.helsinki.fi/kori  (called at grades/src/client.ts:3, grades/src/client.ts:4)');
    // Only the env var nobody binds is "could not be worked out".
    const unresolvedSection = manifest.slice(manifest.indexOf('could not be worked out'));
    expect(unresolvedSection).toContain('grades/src/client.ts:5');
    expect(unresolvedSection).not.toContain('client.ts:2');
    expect(unresolvedSection).not.toContain('client.ts:3');
  });

  it('the starter config points at a docs page that exists, and a second init overwrites nothing', async () => {
    const root = makeWorkspace();
    const { io, out } = captureIO(root);
    await runInit('grades', {}, io);
    const config = readFileSync(path.join(root, 'arch-lint.config.yaml'), 'utf8');
    const docLink = /See (docs\/[\w-]+\.md)/.exec(config)?.[1];
    expect(docLink).toBeDefined();
    expect(existsSync(path.join(repo, docLink ?? ''))).toBe(true);

    writeFileSync(path.join(root, 'grades/architecture.yaml'), '# mine\n');
    out.length = 0;
    expect(await runInit('grades', {}, io)).toBe(0);
    expect(readFileSync(path.join(root, 'grades/architecture.yaml'), 'utf8')).toBe('# mine\n');
    expect(readFileSync(path.join(root, 'arch-lint.config.yaml'), 'utf8')).toBe(config);
    expect(out.join('')).toContain('init never overwrites');
  });
});

describe('issue 3: arch-lint init lists each consumed target once', () => {
  it("a client's base URL without a path covers the calls made through it: one entry, every call site named", () => {
    const importer = 'http://importer-api.study-importer.svc.cluster.local:3000';
    const call = (file: string, line: number, kind: ResolvedCall['kind'], url: string): ResolvedCall => ({
      file,
      line,
      column: 1,
      language: 'typescript',
      client: 'axios',
      method: kind === 'call' ? 'GET' : null,
      expression: 'x',
      kind,
      enclosing: 'f',
      targets: [{ url, host: 'importer-api.study-importer.svc.cluster.local:3000', zone: 'internal', via: [], service: 'study-importer' }],
    });
    const result: LintResult = {
      version: 1,
      tool: { name: 'arch-lint', version: '0.1.0' },
      root: '/work/university',
      config: { file: null, extends: ['helsinki'] },
      calls: [
        call('feedback/src/importerClient.ts', 7, 'client-config', importer),
        call('feedback/src/server.ts', 40, 'call', `${importer}/students/1/study-rights`),
        call('feedback/src/rights.ts', 21, 'call', `${importer}/course-realisations/2/teachers`),
      ],
      findings: [],
      problems: [],
      rules: [],
      unboundEnv: [],
      summary: { files: 3, calls: 3, errors: 0, warnings: 0, suppressed: 0 },
    };
    const text = buildStarterManifest(result, 'feedback');
    const service = readServiceManifest('feedback/architecture.yaml', text).services[0];
    expect(service?.consumes.map((entry) => [entry.name, entry.url, entry.via])).toEqual([['study-importer', importer, 'direct']]);
    expect(text).toContain('# called at feedback/src/importerClient.ts:7, feedback/src/server.ts:40, feedback/src/rights.ts:21');
  });
});
