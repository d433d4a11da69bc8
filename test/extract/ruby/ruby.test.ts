import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rubyExtractor } from '../../../src/extract/ruby/index.js';
import { lint } from '../../../src/lint.js';
import type { CallFact, FileFacts } from '../../../src/model.js';

const root = join(import.meta.dirname, '../../../fixtures/extract/ruby/alumni-portal');
const path = 'app/services/sisu_client.rb';
const extract = async (): Promise<FileFacts> => rubyExtractor.extract(path, readFileSync(join(root, path), 'utf8'), 'ruby');
const callAt = (facts: FileFacts, line: number): CallFact | undefined => facts.calls.find((call) => call.loc.line === line);

describe('ruby extractor', () => {
  it('Faraday.new(url:) with ENV.fetch default and a call on the connection', async () => {
    const facts = await extract();
    expect(facts.symbols['SisuClient.SISU_URL']).toMatchObject({ value: { kind: 'alt', options: [{ kind: 'env', name: 'SISU_URL' }, { kind: 'lit', value: 'https://sis-helsinki.funidata.fi' }] } });
    expect(callAt(facts, 12)).toMatchObject({ kind: 'client-config', client: 'Faraday', url: { kind: 'ref', name: 'SisuClient.SISU_URL' } });
    expect(callAt(facts, 19)).toMatchObject({ client: 'Faraday', method: 'GET', url: { kind: 'concat', parts: [{ kind: 'lit', value: '/kori/api/persons/' }, { kind: 'param', name: 'id' }] } });
  });

  it('Net::HTTP.get_response(URI("#{…}")) with ENV[…]', async () => {
    const facts = await extract();
    expect(facts.symbols['SisuClient.ALUMNI_REGISTER']).toMatchObject({ value: { kind: 'env', name: 'ALUMNI_REGISTER_URL' } });
    expect(callAt(facts, 24)).toMatchObject({ client: 'Net::HTTP', method: 'GET', url: { kind: 'step', value: { kind: 'concat', parts: [{ kind: 'ref', name: 'SisuClient.ALUMNI_REGISTER' }, { kind: 'lit', value: '/degrees/' }, { kind: 'param' }] } } });
  });

  it('Net::HTTP::Post.new(URI.join(…)), RestClient.post and RestClient::Request.execute', async () => {
    const facts = await extract();
    expect(callAt(facts, 28)).toMatchObject({ client: 'Net::HTTP', method: 'POST', url: { kind: 'url', base: { kind: 'lit', value: 'http://mailer.it.helsinki.fi' }, path: { kind: 'lit', value: '/send' } } });
    expect(callAt(facts, 29)).toMatchObject({ client: 'RestClient', method: 'POST', url: { kind: 'lit', value: 'https://api.sendgrid.com/v3/mail/send' } });
    expect(callAt(facts, 30)).toMatchObject({ client: 'RestClient', method: 'DELETE' });
  });

  it('HTTParty class with base_uri and self.class.get', async () => {
    const facts = await extract();
    expect(callAt(facts, 36)).toMatchObject({ kind: 'client-config', client: 'HTTParty', url: { kind: 'lit', value: 'https://gw.api.helsinki.fi/organisation/v2' } });
    expect(callAt(facts, 40)).toMatchObject({ client: 'HTTParty', method: 'GET', url: { kind: 'lit', value: '/units' }, receiver: { kind: 'ref', name: 'OrganisationApi' } });
  });
});

describe('ruby end to end', () => {
  it('reports the internal hosts, not the HTTParty gateway class', async () => {
    const result = await lint({ cwd: root, now: new Date('2026-06-01') });
    // A finding covers its own line and its related call sites (one finding per integration point).
    const lines = result.findings.filter((f) => f.ruleId === 'no-direct-integration').flatMap((f) => [f.line, ...(f.related ?? []).map((r) => r.line)]);
    expect(lines).toEqual(expect.arrayContaining([19, 28]));
    expect(lines).not.toContain(40);
    expect(result.calls.find((c) => c.line === 40)?.targets.map((t) => t.url)).toEqual(['https://gw.api.helsinki.fi/organisation/v2/units']);
  });
});

describe('ruby: constants of autoloaded classes', () => {
  it('refers to the autoload path and resolves end to end', async () => {
    const file = 'app/jobs/newsletter_job.rb';
    const facts = await rubyExtractor.extract(file, readFileSync(join(root, file), 'utf8'), 'ruby');
    expect(facts.calls[0]?.url).toMatchObject({ kind: 'concat', parts: [{ kind: 'ref', module: 'alumni_endpoints', name: 'AlumniEndpoints.NEWSLETTER' }, { kind: 'lit', value: '/issues' }] });
    const result = await lint({ cwd: root, now: new Date('2026-06-01') });
    expect(result.calls.find((c) => c.file === file)?.targets.map((t) => t.host)).toEqual(['newsletter.it.helsinki.fi']);
  });
});

describe('ruby: Savon SOAP client', () => {
  // Its own folder: the fuzz campaign seeds from fixtures/extract/ruby, and a new seed would change its cases.
  const soap = join(import.meta.dirname, '../../../fixtures/extract/ruby-soap');
  it('Savon.client(wsdl:) is a client configuration, client.call(:operation) a POST to its service', async () => {
    const file = 'app/services/room_booking_service.rb';
    const facts = await rubyExtractor.extract(file, readFileSync(join(soap, file), 'utf8'), 'ruby');
    expect(facts.calls.map((call) => [call.loc.line, call.kind, call.client, call.method])).toEqual([
      [9, 'client-config', 'Savon', null],
      [15, 'call', 'Savon', 'POST'],
    ]);
    const result = await lint({ cwd: soap, now: new Date('2026-06-01') });
    expect(result.calls.find((call) => call.file === file && call.line === 15)?.targets.map((target) => [target.host, target.zone])).toEqual([['rooms.it.helsinki.fi', 'internal']]);
  });
});
