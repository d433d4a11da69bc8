import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csharpExtractor } from '../../../src/extract/csharp/index.js';
import { lint } from '../../../src/lint.js';
import type { CallFact, FileFacts } from '../../../src/model.js';

const root = join(import.meta.dirname, '../../../fixtures/extract/csharp/thesis-archive');
const extract = async (path: string): Promise<FileFacts> => csharpExtractor.extract(path, readFileSync(join(root, path), 'utf8'), 'csharp');
const callAt = (facts: FileFacts, line: number): CallFact | undefined => facts.calls.find((call) => call.loc.line === line);

describe('c# extractor', () => {
  it('named and typed clients configured with AddHttpClient in Program.cs', async () => {
    const facts = await extract('Program.cs');
    expect(callAt(facts, 6)).toMatchObject({ kind: 'client-config', client: 'HttpClient', url: { kind: 'config', key: 'Sisu:BaseUrl' } });
    expect(facts.exports['HttpClient:sisu']).toBeDefined();
    expect(facts.symbols['HttpClient:sisu']).toMatchObject({ kind: 'client', label: 'sisu', base: { kind: 'config', key: 'Sisu:BaseUrl' } });
    expect(facts.symbols['HttpClient:OrganisationClient']).toMatchObject({ kind: 'client', base: { kind: 'lit', value: 'https://gw.api.helsinki.fi/organisation/' } });
    expect(facts.problems).toEqual([]);
  });

  it('factory.CreateClient("sisu") refers to the named client; interpolated path', async () => {
    const call = callAt(await extract('ThesisService.cs'), 24);
    expect(call).toMatchObject({ client: 'HttpClient', method: 'GET', url: { kind: 'concat', parts: [{ kind: 'lit', value: 'students/' }, { kind: 'param', name: 'id' }] } });
    expect(call?.receiver).toMatchObject({ kind: 'step', value: { kind: 'ref', module: 'dotnet:http-clients', name: 'HttpClient:sisu' } });
  });

  it('PostAsJsonAsync with a static readonly env read and `??` default', async () => {
    const call = callAt(await extract('ThesisService.cs'), 29);
    expect(call).toMatchObject({ client: 'HttpClient', method: 'POST' });
    expect(call?.url).toMatchObject({ kind: 'concat', parts: [{ kind: 'step', value: { kind: 'alt', options: [{ kind: 'env', name: 'ETHESIS_URL' }, { kind: 'lit', value: 'http://ethesis.it.helsinki.fi' }] } }, { kind: 'lit', value: '/theses/' }, { kind: 'param' }] });
  });

  it('new HttpRequestMessage(HttpMethod.Delete, string.Format(…)) with a const', async () => {
    const call = callAt(await extract('ThesisService.cs'), 30);
    expect(call).toMatchObject({ client: 'HttpClient', method: 'DELETE', url: { kind: 'concat', parts: [{ kind: 'step', label: 'constant ThesisService.HelkaBase' }, { kind: 'lit', value: '/records/' }, { kind: 'param' }] } });
  });

  it('RestSharp client from IConfiguration.GetValue and a RestRequest', async () => {
    const facts = await extract('ThesisService.cs');
    expect(callAt(facts, 37)).toMatchObject({ kind: 'client-config', client: 'RestSharp', url: { kind: 'step', value: { kind: 'config', key: 'Repository:Url' } } });
    expect(callAt(facts, 38)).toMatchObject({ client: 'RestSharp', method: 'POST', url: { kind: 'lit', value: '/items' } });
  });

  it('a typed client gets its HttpClient through the constructor', async () => {
    const call = callAt(await extract('ThesisService.cs'), 49);
    expect(call?.receiver).toMatchObject({ kind: 'step', value: { kind: 'ref', module: 'dotnet:http-clients', name: 'HttpClient:OrganisationClient' } });
  });
});

describe('c# end to end', () => {
  it('joins named and typed clients across files; reports the internal hosts only', async () => {
    const result = await lint({ cwd: root, now: new Date('2026-06-01') });
    const typed = result.calls.find((c) => c.file === 'ThesisService.cs' && c.line === 49);
    expect(typed?.targets.map((t) => t.zone)).toEqual(['gateway']);
    const named = result.calls.find((c) => c.file === 'ThesisService.cs' && c.line === 24);
    expect(named?.targets[0]?.via.join(' ')).toContain('Program.cs');
    const lines = result.findings.filter((f) => f.ruleId === 'no-direct-integration').map((f) => f.line);
    expect(lines).toEqual(expect.arrayContaining([29, 30]));
    expect(lines).not.toContain(49);
  });
});

describe('c#: constants of classes in other files', () => {
  it('refers to the class file and resolves end to end', async () => {
    const facts = await extract('PlagiarismCheck.cs');
    expect(facts.calls[0]?.url).toMatchObject({ kind: 'concat', parts: [{ kind: 'ref', module: 'dotnet:class:Endpoints', name: 'Endpoints.Plagiarism' }, { kind: 'lit', value: '/checks/' }, { kind: 'param' }] });
    const result = await lint({ cwd: root, now: new Date('2026-06-01') });
    expect(result.calls.find((c) => c.file === 'PlagiarismCheck.cs')?.targets.map((t) => t.host)).toEqual(['turnitin-proxy.it.helsinki.fi']);
  });
});
