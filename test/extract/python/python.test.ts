import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pythonExtractor } from '../../../src/extract/python/index.js';
import { lint } from '../../../src/lint.js';
import type { CallFact, FileFacts } from '../../../src/model.js';

const root = join(import.meta.dirname, '../../../fixtures/extract/python/registry-django');
const extract = async (path: string): Promise<FileFacts> => pythonExtractor.extract(path, readFileSync(join(root, path), 'utf8'), 'python');
const callAt = (facts: FileFacts, line: number): CallFact | undefined => facts.calls.find((call) => call.loc.line === line);

describe('python extractor: client forms', () => {
  it('requests.get with an f-string over a Django setting', async () => {
    const call = callAt(await extract('registry/sisu.py'), 18);
    expect(call).toMatchObject({ kind: 'call', client: 'requests', method: 'GET', enclosing: 'fetch_course_units', fn: 'fetch_course_units' });
    expect(call?.loc.column).toBe(12);
    expect(call?.url).toEqual({
      kind: 'concat',
      parts: [{ kind: 'config', key: 'SISU_URL' }, { kind: 'lit', value: '/kori/api/course-units/' }, { kind: 'param', index: 0, name: 'code', member: [] }],
    });
  });

  it('`%` formatting through a local variable', async () => {
    const call = callAt(await extract('registry/sisu.py'), 24);
    expect(call).toMatchObject({ client: 'requests', method: 'POST', expression: 'url' });
    expect(call?.url).toMatchObject({ kind: 'step', label: 'variable url', value: { kind: 'concat', parts: [{ kind: 'config', key: 'ORGANISATION_API' }, { kind: 'lit', value: '/units/' }, { kind: 'param' }] } });
  });

  it('requests.request(method, url) with `.format` and a module constant with an env default', async () => {
    const facts = await extract('registry/sisu.py');
    expect(callAt(facts, 28)).toMatchObject({ method: 'PUT', url: { kind: 'concat', parts: [{ kind: 'ref', module: null, name: 'IMPORTER' }, { kind: 'lit', value: '/status' }] } });
    expect(facts.symbols.IMPORTER).toMatchObject({ kind: 'step', value: { kind: 'alt', options: [{ kind: 'env', name: 'IMPORTER_URL' }, { kind: 'lit', value: 'http://importer-api:3000' }] } });
    expect(facts.exports.IMPORTER).toEqual({ kind: 'ref', module: null, name: 'IMPORTER', member: [] });
  });

  it('urllib urlopen(Request(urljoin(…), method=…))', async () => {
    const call = callAt(await extract('registry/sisu.py'), 32);
    expect(call).toMatchObject({ client: 'urllib', method: 'DELETE' });
    expect(call?.url).toMatchObject({ kind: 'url', base: { kind: 'ref', name: 'OODI_BASE' }, path: { kind: 'concat' } });
  });

  it('httpx.Client(base_url=os.environ[…]) as a client-config and calls on self.http', async () => {
    const facts = await extract('registry/sisu.py');
    expect(callAt(facts, 38)).toMatchObject({ kind: 'client-config', client: 'httpx', url: { kind: 'env', name: 'STUDY_RIGHTS_URL' }, loc: { column: 34 } });
    const call = callAt(facts, 42);
    expect(call).toMatchObject({ client: 'httpx', method: 'GET', enclosing: 'StudyRightClient.study_rights' });
    expect(call?.receiver).toMatchObject({ kind: 'step', value: { kind: 'client', client: 'httpx', base: { kind: 'env', name: 'STUDY_RIGHTS_URL' }, label: 'self.http' } });
  });

  it('requests.Session on a field with a constant imported from another module', async () => {
    const call = callAt(await extract('registry/sisu.py'), 45);
    expect(call).toMatchObject({ client: 'requests', method: 'HEAD', url: { kind: 'ref', module: '.constants', name: 'STUDY_PATH' } });
  });

  it('aiohttp.ClientSession in `async with`, with os.environ.get and `+`', async () => {
    const call = callAt(await extract('registry/sisu.py'), 55);
    expect(call).toMatchObject({ client: 'aiohttp', method: 'GET', url: { kind: 'concat', parts: [{ kind: 'env', name: 'ENROLMENT_URL' }, { kind: 'lit', value: '/courses/' }, { kind: 'param' }] } });
  });

  it('does not report dict.get', async () => {
    expect(callAt(await extract('registry/sisu.py'), 50)).toBeUndefined();
  });
});

describe('python extractor: settings, directives, errors', () => {
  it('reads settings*.py constants as config bindings', async () => {
    const facts = await extract('registry/settings.py');
    expect(facts.bindings.map((b) => [b.type, b.name, b.value, b.source])).toEqual([
      ['config', 'SISU_URL', '${SISU_URL}', 'django-settings'],
      ['config', 'ORGANISATION_API', '${ORGANISATION_API:https://gw.api.helsinki.fi/organisation}', 'django-settings'],
      ['config', 'LDAP_HOST', 'ldap.it.helsinki.fi', 'django-settings'],
    ]);
  });

  it('collects # arch-lint directives', async () => {
    const facts = await extract('registry/sisu.py');
    expect(facts.directives).toMatchObject([{ kind: 'disable-next-line', rules: ['no-direct-integration'], until: '2026-12-31', appliesToLine: 42, loc: { line: 41 } }]);
  });

  it('a syntax error gives one parse-error problem and the rest is still extracted', async () => {
    const facts = await extract('registry/broken.py');
    expect(facts.problems).toMatchObject([{ code: 'parse-error', file: 'registry/broken.py', line: 6, severity: 'warning' }]);
    expect(facts.calls.map((c) => c.loc.line)).toEqual([4]);
  });

  it('skips files that mention no client, URL or env read without parsing', async () => {
    const facts = await pythonExtractor.extract('util.py', 'def add(a, b):\n    return a + b\n', 'python');
    expect(facts.calls).toEqual([]);
    expect(facts.symbols).toEqual({});
  });
});

describe('python end to end', () => {
  it('reports the internal calls, not the gateway call, and follows the imported constant', async () => {
    const result = await lint({ cwd: root, now: new Date('2026-06-01') });
    const sisu = result.calls.filter((c) => c.file === 'registry/sisu.py');
    expect(sisu.every((c) => c.language === 'python')).toBe(true);
    const findingLines = result.findings.filter((f) => f.ruleId === 'no-direct-integration' && f.file === 'registry/sisu.py').map((f) => f.line);
    expect(findingLines).toEqual(expect.arrayContaining([28, 32, 45]));
    expect(findingLines).not.toContain(24);
    const gateway = sisu.find((c) => c.line === 24);
    expect(gateway?.targets.some((t) => t.zone === 'gateway')).toBe(true);
  });

  it("follows a wrapper function to its callers' arguments", async () => {
    const facts = await extract('registry/sisu.py');
    expect(facts.invocations).toContainEqual(expect.objectContaining({ callee: { kind: 'ref', module: null, name: 'call_registry', member: [] }, args: [{ kind: 'lit', value: '/health' }], enclosing: 'registry_health' }));
    const result = await lint({ cwd: root, now: new Date('2026-06-01') });
    const wrapped = result.calls.find((c) => c.file === 'registry/sisu.py' && c.line === 65);
    expect(wrapped?.targets.map((t) => t.url)).toEqual(['http://registry-api:8000/health']);
  });
});

describe('python extractor: django-environ', () => {
  it("env('X', default=…) and env.str('X') are env reads, bound as prod settings", async () => {
    const facts = await extract('registry/settings_prod.py');
    expect(facts.bindings.map((b) => [b.name, b.value, b.environment])).toEqual([
      ['SISU_URL', '${SISU_URL:https://sis-helsinki.funidata.fi}', 'prod'],
      ['FEEDBACK_URL', '${FEEDBACK_URL}', 'prod'],
    ]);
  });
});

describe('python extractor: submodules read as namespaces', () => {
  it('`from . import endpoints` then `endpoints.MOODLE_URL` refers to the submodule, resolved end to end', async () => {
    const facts = await extract('registry/integrations/moodle.py');
    expect(facts.calls[0]?.url).toEqual({ kind: 'ref', module: '.endpoints', name: 'MOODLE_URL', member: [] });
    const result = await lint({ cwd: root, now: new Date('2026-06-01') });
    const call = result.calls.find((c) => c.file === 'registry/integrations/moodle.py');
    expect(call?.targets.map((t) => t.host)).toEqual(['moodle.helsinki.fi']);
  });
});
