import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goExtractor } from '../../../src/extract/go/index.js';
import { lint } from '../../../src/lint.js';
import type { CallFact, FileFacts } from '../../../src/model.js';

const root = join(import.meta.dirname, '../../../fixtures/extract/go/grade-sync');
const extract = async (): Promise<FileFacts> => goExtractor.extract('main.go', readFileSync(join(root, 'main.go'), 'utf8'), 'go');
const callAt = (facts: FileFacts, line: number): CallFact | undefined => facts.calls.find((call) => call.loc.line === line);

describe('go extractor', () => {
  it('http.Get with fmt.Sprintf over an os.Getenv package variable', async () => {
    const facts = await extract();
    expect(callAt(facts, 19)).toMatchObject({ client: 'net/http', method: 'GET', enclosing: 'fetchCourse', url: { kind: 'concat', parts: [{ kind: 'ref', module: null, name: 'sisuURL' }, { kind: 'lit', value: '/kori/api/course-units/' }, { kind: 'param', name: 'code' }] } });
    expect(facts.symbols.sisuURL).toMatchObject({ kind: 'step', label: 'var sisuURL', value: { kind: 'env', name: 'SISU_URL' } });
  });

  it('http.NewRequestWithContext with http.MethodPost and a const', async () => {
    const call = callAt(await extract(), 23);
    expect(call).toMatchObject({ client: 'net/http', method: 'POST', url: { kind: 'concat', parts: [{ kind: 'ref', name: 'gatewayBase' }, { kind: 'lit', value: '/grades/' }, { kind: 'param', name: 'id' }] } });
  });

  it('client.Do(req) is not a second call', async () => {
    expect(callAt(await extract(), 28)).toBeUndefined();
  });

  it('resty SetBaseURL and client.R().Get', async () => {
    const facts = await extract();
    expect(callAt(facts, 33)).toMatchObject({ kind: 'client-config', client: 'resty', url: { kind: 'lit', value: 'https://moodle.helsinki.fi/webservice' } });
    expect(callAt(facts, 34)).toMatchObject({ client: 'resty', method: 'GET', url: { kind: 'lit', value: '/rest/server.php' }, receiver: { kind: 'step', value: { kind: 'client', client: 'resty' } } });
  });

  it('http.DefaultClient.Head and http.NewRequest with a literal method', async () => {
    const facts = await extract();
    expect(callAt(facts, 35)).toMatchObject({ client: 'net/http', method: 'HEAD', url: { kind: 'lit', value: 'http://localhost:8080/health' } });
    expect(callAt(facts, 39)).toMatchObject({ client: 'net/http', method: 'DELETE' });
  });
});

describe('go end to end', () => {
  it('reports the internal hosts, not the gateway or localhost', async () => {
    const result = await lint({ cwd: root, now: new Date('2026-06-01') });
    // A finding covers its own line and its related call sites (one finding per integration point).
    const lines = result.findings.filter((f) => f.ruleId === 'no-direct-integration').flatMap((f) => [f.line, ...(f.related ?? []).map((r) => r.line)]);
    expect(lines).toEqual(expect.arrayContaining([34, 39]));
    expect(lines).not.toContain(23);
    expect(lines).not.toContain(35);
    expect(result.calls.find((c) => c.line === 23)?.targets.map((t) => t.zone)).toEqual(['gateway']);
  });
});

describe('go: names from other files of the package', () => {
  it('refers to the package for a name declared elsewhere, and resolves it end to end', async () => {
    const facts = await goExtractor.extract('registry.go', readFileSync(join(root, 'registry.go'), 'utf8'), 'go');
    expect(facts.calls[0]?.url).toMatchObject({ kind: 'concat', parts: [{ kind: 'ref', module: '.', name: 'registryBase' }, { kind: 'lit', value: '/students/' }, { kind: 'param' }] });
    const result = await lint({ cwd: root, now: new Date('2026-06-01') });
    const call = result.calls.find((c) => c.file === 'registry.go');
    expect(call?.targets.map((t) => t.host)).toEqual(['registry.it.helsinki.fi']);
  });
});
