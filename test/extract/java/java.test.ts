import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { javaExtractor } from '../../../src/extract/jvm/java.js';
import { lint } from '../../../src/lint.js';
import type { CallFact, FileFacts } from '../../../src/model.js';

const root = join(import.meta.dirname, '../../../fixtures/extract/java/course-catalogue');
const sources = 'src/main/java/fi/helsinki/catalogue';
const extract = async (name: string): Promise<FileFacts> => {
  const path = `${sources}/${name}`;
  return javaExtractor.extract(path, readFileSync(join(root, path), 'utf8'), 'java');
};
const callAt = (facts: FileFacts, line: number): CallFact | undefined => facts.calls.find((call) => call.loc.line === line);

describe('java extractor', () => {
  it('WebClient.builder().baseUrl(…) with constants of another class', async () => {
    const config = callAt(await extract('CatalogueClients.java'), 24);
    expect(config).toMatchObject({ kind: 'client-config', client: 'WebClient' });
    expect(config?.url).toEqual({
      kind: 'concat',
      parts: [
        { kind: 'ref', module: 'fi.helsinki.catalogue.Endpoints', name: 'Endpoints.GATEWAY', member: [] },
        { kind: 'ref', module: 'fi.helsinki.catalogue.Endpoints', name: 'Endpoints.ORGANISATION_PATH', member: [] },
      ],
    });
  });

  it('RestTemplate.getForObject with a static final constant and `+`', async () => {
    const call = callAt(await extract('CatalogueClients.java'), 29);
    expect(call).toMatchObject({ client: 'RestTemplate', method: 'GET', enclosing: 'CatalogueClients.courseUnit' });
    expect(call?.url).toMatchObject({ kind: 'concat', parts: [{ kind: 'step', label: 'constant CatalogueClients.SISU', value: { kind: 'lit', value: 'https://sis-helsinki.funidata.fi/kori/api' } }, { kind: 'lit' }, { kind: 'param' }] });
  });

  it('RestTemplate.exchange of a RequestEntity built first: the URL and the method are the entity\'s, and a type token is no method', async () => {
    const call = callAt(await extract('CatalogueClients.java'), 55);
    expect(call).toMatchObject({ client: 'RestTemplate', method: 'GET' });
    expect(call?.url).toMatchObject({ kind: 'step', label: 'variable request', value: { kind: 'concat', parts: [{ kind: 'step', label: 'constant CatalogueClients.SISU' }, { kind: 'lit', value: '/enrolments/' }, { kind: 'param' }] } });
  });

  it('RestTemplate.exchange with HttpMethod, String.format and an @Value field with a default', async () => {
    const call = callAt(await extract('CatalogueClients.java'), 33);
    expect(call).toMatchObject({ client: 'RestTemplate', method: 'PUT' });
    expect(call?.url).toMatchObject({
      kind: 'concat',
      parts: [
        { kind: 'step', value: { kind: 'alt', options: [{ kind: 'config', key: 'studyrights.url' }, { kind: 'lit', value: 'http://studyrights.it.helsinki.fi' }] } },
        { kind: 'lit', value: '/students/' },
        { kind: 'param', name: 'student' },
      ],
    });
  });

  it('WebClient get().uri(…) on a field built in the constructor', async () => {
    const call = callAt(await extract('CatalogueClients.java'), 38);
    expect(call).toMatchObject({ client: 'WebClient', method: 'GET', url: { kind: 'lit', value: '/units/{id}' } });
    expect(call?.receiver).toMatchObject({ kind: 'step', value: { kind: 'client', client: 'WebClient', label: 'organisation' } });
  });

  it('java.net.http HttpRequest.newBuilder(URI.create(…)).POST with a constructor @Value parameter', async () => {
    const call = callAt(await extract('CatalogueClients.java'), 43);
    expect(call).toMatchObject({ client: 'java.net.http', method: 'POST' });
    expect(call?.url).toMatchObject({ kind: 'concat', parts: [{ kind: 'step', value: { kind: 'config', key: 'importer.url' } }, { kind: 'lit', value: '/status' }] });
  });

  it('OkHttp Request.Builder().url(…) with System.getenv, and Apache HttpPost', async () => {
    const facts = await extract('CatalogueClients.java');
    expect(callAt(facts, 49)).toMatchObject({ client: 'OkHttp', method: 'DELETE', url: { kind: 'concat', parts: [{ kind: 'step', value: { kind: 'env', name: 'LDAP_PROXY_URL' } }, { kind: 'lit', value: '/users' }] } });
    expect(callAt(facts, 50)).toMatchObject({ client: 'ApacheHttpClient', method: 'POST', url: { kind: 'env', name: 'AUDIT_URL' } });
  });

  it('@FeignClient(url = "${…}") and its mapped methods', async () => {
    const facts = await extract('OrganisationClient.java');
    expect(callAt(facts, 7)).toMatchObject({ kind: 'client-config', client: 'Feign', url: { kind: 'config', key: 'organisation.url' } });
    expect(callAt(facts, 9)).toMatchObject({ kind: 'call', client: 'Feign', method: 'GET', url: { kind: 'lit', value: '/units/{id}' }, receiver: { kind: 'client', client: 'Feign' } });
    expect(callAt(facts, 12)).toMatchObject({ client: 'Feign', method: 'POST', url: { kind: 'lit', value: '/units' } });
  });

  it('exports class constants', async () => {
    const facts = await extract('Endpoints.java');
    expect(facts.exports['Endpoints.GATEWAY']).toEqual({ kind: 'ref', module: null, name: 'Endpoints.GATEWAY', member: [] });
    expect(facts.symbols['Endpoints.GATEWAY']).toMatchObject({ value: { kind: 'lit', value: 'https://gw.api.helsinki.fi' } });
  });

  it('reports a syntax error once and keeps the calls', async () => {
    const source = 'class Broken {\n  void f() { new HttpGet("http://oodi.it.helsinki.fi/x"); }\n  void g( { }\n}\n';
    const facts = await javaExtractor.extract('Broken.java', source, 'java');
    expect(facts.problems.filter((p) => p.code === 'parse-error')).toHaveLength(1);
    expect(facts.calls).toMatchObject([{ client: 'ApacheHttpClient', loc: { line: 2 } }]);
  });
});

describe('java end to end', () => {
  it('reports the Sisu call, not the gateway calls, following constants across files', async () => {
    const result = await lint({ cwd: root, now: new Date('2026-06-01') });
    const file = `${sources}/CatalogueClients.java`;
    const lines = result.findings.filter((f) => f.ruleId === 'no-direct-integration' && f.file === file).map((f) => f.line);
    expect(lines).toContain(29);
    expect(lines).not.toContain(38);
    const unit = result.calls.find((c) => c.file === file && c.line === 38);
    expect(unit?.language).toBe('java');
    expect(unit?.targets.map((t) => t.zone)).toEqual(['gateway']);
  });

  it('resolves @Value and @FeignClient placeholders through application.yml', async () => {
    const result = await lint({ cwd: root, now: new Date('2026-06-01') });
    const feign = result.calls.find((c) => c.file === `${sources}/OrganisationClient.java` && c.line === 9);
    expect(feign?.targets.map((t) => [t.zone, t.host])).toEqual([['gateway', 'gw.api.helsinki.fi']]);
    expect(feign?.targets[0]?.url).toMatch(/^https:\/\/gw\.api\.helsinki\.fi\/organisation\/v2\/units\//);
    const importer = result.calls.find((c) => c.file === `${sources}/CatalogueClients.java` && c.line === 43);
    expect(importer?.targets.map((t) => t.host)).toEqual(['importer.it.helsinki.fi']);
    expect(result.findings.some((f) => f.ruleId === 'no-direct-integration' && f.line === 43)).toBe(true);
  });
});
