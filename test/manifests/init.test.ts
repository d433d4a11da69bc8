import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildStarterManifest, schemaPathFrom, writeStarterFiles } from '../../src/cli/init.js';
import { readServiceManifest } from '../../src/extract/manifests/service-manifest.js';
import type { LintResult, ResolvedCall, Target } from '../../src/model.js';
import { waiverInvalid } from '../../src/judge/rules/waiver-invalid.js';
import { context } from '../rules/manifest-context.js';

function call(file: string, line: number, targets: Target[]): ResolvedCall {
  return { file, line, column: 1, language: 'typescript', client: 'axios', method: 'GET', expression: `get${line}()`, kind: 'call', enclosing: 'f', targets };
}

const t = (url: string, zone: Target['zone'], extra: Partial<Target> = {}): Target => ({ url, host: new URL(url).host, zone, via: [], ...extra });

const result: LintResult = {
  version: 1,
  tool: { name: 'arch-lint', version: '0.1.0' },
  root: '/work/university',
  config: { file: null, extends: ['recommended'] },
  calls: [
    call('services/course-feedback/src/org.ts', 4, [t('https://gw.api.helsinki.fi/organisation/units', 'gateway')]),
    call('services/course-feedback/src/org.ts', 9, [t('https://gw.api.helsinki.fi/organisation/people?x=1', 'gateway')]),
    call('services/course-feedback/src/sisu.ts', 12, [t('https://sisu.it.helsinki.fi/kori/api/students', 'internal'), t('http://localhost:8080/kori', 'local')]),
    call('services/course-feedback/src/esb.ts', 3, [t('https://esbmt1.it.helsinki.fi/grades/push', 'esb')]),
    call('services/course-feedback/src/ai.ts', 5, [t('https://api.openai.com/v1/chat', 'external')]),
    call('services/course-feedback/src/importer.ts', 7, [{ url: null, host: null, zone: 'unresolved', via: ['env:IMPORTER_URL'], env: 'IMPORTER_URL' }]),
    call('services/course-feedback/src/auth.ts', 2, [t('https://login.helsinki.fi/token', 'internal', { ignored: true })]),
    call('services/other/src/x.ts', 1, [t('https://other.it.helsinki.fi/x', 'internal')]),
  ],
  findings: [],
  problems: [],
  rules: [],
  unboundEnv: ['IMPORTER_URL'],
  summary: { files: 8, calls: 8, errors: 0, warnings: 0, suppressed: 0 },
};

describe('buildStarterManifest', () => {
  it("lists the service's gateway, ESB and internal targets with via from the zone, and a commented-out waiver for direct ones", () => {
    const text = buildStarterManifest(result, 'services/course-feedback');
    const facts = readServiceManifest('services/course-feedback/architecture.yaml', text);
    expect(facts.problems).toEqual([]);
    const service = facts.services[0]!;
    expect(service.name).toBe('course-feedback');
    expect(service.consumes.map((entry) => [entry.name, entry.url, entry.via])).toEqual([
      ['esbmt1-grades', 'https://esbmt1.it.helsinki.fi/grades', 'esb'],
      ['organisation', 'https://gw.api.helsinki.fi/organisation', 'gateway'],
      ['sisu-kori', 'https://sisu.it.helsinki.fi/kori', 'direct'],
    ]);
    expect(service.consumes[2]!.waiver).toBeUndefined();
    expect(text).toContain('      # waiver:\n      #   reason: why the direct call is acceptable for now');
    expect(service.consumes[1]!.waiver).toBeUndefined();
    expect(text).toContain('# called at services/course-feedback/src/org.ts:4, services/course-feedback/src/org.ts:9');
    expect(text).toContain('#   api.openai.com');
    expect(text).toContain('services/course-feedback/src/importer.ts:7 get7() (env IMPORTER_URL)');
    expect(text).not.toContain('login.helsinki.fi');
    expect(text).not.toContain('other.it.helsinki.fi');
  });

  it('never writes a waiver that fails validation (issue 13): the stub is a comment, no-direct-integration still reports the call', () => {
    const services = readServiceManifest('services/course-feedback/architecture.yaml', buildStarterManifest(result, 'services/course-feedback')).services;
    expect(waiverInvalid.check(context({ services }))).toEqual([]);
  });

  it('writes one entry per API: the test cluster and dev copies merge into the production entry, kept as a comment (issue 13)', () => {
    const clusters = {
      ...result,
      calls: [
        call('a.ts', 1, [t('https://gw.api.helsinki.fi/organisation/units', 'gateway'), t('https://gw-api-test.it.helsinki.fi/organisation/units', 'gateway', { environment: 'test' })]),
        call('a.ts', 2, [t('https://sisu.it.helsinki.fi/kori/api', 'internal', { environment: 'prod' }), t('http://sisu-mock.internal/kori/api', 'internal', { binding: { file: 'docker-compose.e2e.yml', line: 3, column: 5 } })]),
      ],
    };
    const text = buildStarterManifest(clusters, '');
    const consumes = readServiceManifest('architecture.yaml', text).services[0]!.consumes;
    expect(consumes.map((entry) => [entry.name, entry.url, entry.via])).toEqual([
      ['organisation', 'https://gw.api.helsinki.fi/organisation', 'gateway'],
      ['sisu-kori', 'https://sisu.it.helsinki.fi/kori', 'direct'],
    ]);
    expect(text).toContain('# also reached at https://gw-api-test.it.helsinki.fi/organisation (a test or dev copy of it)');
    expect(text).toContain('# also reached at http://sisu-mock.internal/kori (a test or dev copy of it)');
  });

  it('points $schema at the schema file of an installed arch-lint, relative to the manifest (issue 13)', () => {
    const text = buildStarterManifest(result, 'services/course-feedback');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../node_modules/arch-lint/schemas/service.schema.json');
    const project = mkdtempSync(join(tmpdir(), 'arch-lint-init-schema-'));
    try {
      mkdirSync(join(project, 'node_modules/arch-lint/schemas'), { recursive: true });
      writeFileSync(join(project, 'node_modules/arch-lint/schemas/service.schema.json'), '{}');
      mkdirSync(join(project, 'svc/api'), { recursive: true });
      expect(schemaPathFrom(join(project, 'svc/api'))).toBe('../../node_modules/arch-lint/schemas/service.schema.json');
      // Without one in the project: the schema of the arch-lint running, which exists.
      const elsewhere = mkdtempSync(join(tmpdir(), 'arch-lint-init-none-'));
      expect(existsSync(resolve(elsewhere, schemaPathFrom(elsewhere)))).toBe(true);
      rmSync(elsewhere, { recursive: true, force: true });
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });

  it('names the service after the root directory when run at the root, and copes with no calls', () => {
    const empty = { ...result, calls: [] };
    const services = readServiceManifest('architecture.yaml', buildStarterManifest(empty, '')).services;
    expect(services[0]).toMatchObject({ name: 'university', consumes: [] });
  });

  it('gives entries that would share a name distinct names', () => {
    const twin = { ...result, calls: [call('a.ts', 1, [t('https://api.it.helsinki.fi/', 'internal')]), call('a.ts', 2, [t('https://api.other.helsinki.fi/', 'internal')])] };
    const names = readServiceManifest('architecture.yaml', buildStarterManifest(twin, '')).services[0]!.consumes.map((entry) => entry.name);
    expect(names).toEqual(['api', 'api-2']);
  });
});

describe('writeStarterFiles', () => {
  let dir = '';
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('writes the manifest and a starter config, and never overwrites either', () => {
    dir = mkdtempSync(join(tmpdir(), 'arch-lint-init-'));
    const first = writeStarterFiles({ root: dir, serviceDir: 'services/course-feedback', result });
    expect(first.written).toEqual([join(dir, 'services/course-feedback/architecture.yaml'), join(dir, 'arch-lint.config.yaml')]);
    expect(readFileSync(join(dir, 'arch-lint.config.yaml'), 'utf8')).toContain('extends: recommended');
    writeFileSync(join(dir, 'services/course-feedback/architecture.yaml'), 'mine\n');
    const second = writeStarterFiles({ root: dir, serviceDir: 'services/course-feedback', result });
    expect(second.written).toEqual([]);
    expect(second.skipped).toEqual([join(dir, 'services/course-feedback/architecture.yaml'), join(dir, 'arch-lint.config.yaml')]);
    expect(readFileSync(join(dir, 'services/course-feedback/architecture.yaml'), 'utf8')).toBe('mine\n');
  });

  it('writes no config when one exists under another accepted name or was found upward', () => {
    dir = mkdtempSync(join(tmpdir(), 'arch-lint-init-'));
    mkdirSync(join(dir, 'svc'));
    writeFileSync(join(dir, '.arch-lint.yaml'), 'extends: helsinki\n');
    const outcome = writeStarterFiles({ root: dir, serviceDir: 'svc', result });
    expect(outcome.written).toEqual([join(dir, 'svc/architecture.yaml')]);
    expect(outcome.skipped).toEqual([join(dir, '.arch-lint.yaml')]);
    rmSync(join(dir, '.arch-lint.yaml'));
    rmSync(join(dir, 'svc/architecture.yaml'));
    expect(writeStarterFiles({ root: dir, serviceDir: 'svc', result, configFound: true }).written).toEqual([join(dir, 'svc/architecture.yaml')]);
  });
});
