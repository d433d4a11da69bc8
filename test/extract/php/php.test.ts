import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { phpExtractor } from '../../../src/extract/php/index.js';
import { lint } from '../../../src/lint.js';
import type { CallFact, FileFacts } from '../../../src/model.js';

const root = join(import.meta.dirname, '../../../fixtures/extract/php/course-pages');
const path = 'src/CourseSync.php';
const extract = async (): Promise<FileFacts> => phpExtractor.extract(path, readFileSync(join(root, path), 'utf8'), 'php');
const callAt = (facts: FileFacts, line: number): CallFact | undefined => facts.calls.find((call) => call.loc.line === line);

describe('php extractor', () => {
  it('Guzzle new Client([base_uri => getenv(…)]) and ->get with interpolation', async () => {
    const facts = await extract();
    expect(callAt(facts, 19)).toMatchObject({ kind: 'client-config', client: 'Guzzle', url: { kind: 'env', name: 'SISU_URL' } });
    const call = callAt(facts, 25);
    expect(call).toMatchObject({ client: 'Guzzle', method: 'GET', url: { kind: 'concat', parts: [{ kind: 'lit', value: 'kori/api/course-units/' }, { kind: 'param', name: 'code' }] } });
    expect(call?.receiver).toMatchObject({ kind: 'step', value: { kind: 'client', client: 'Guzzle', label: 'sisu' } });
  });

  it('Symfony HttpClient::create with base_uri and ->request(method, url) with a class const', async () => {
    const facts = await extract();
    expect(callAt(facts, 30)).toMatchObject({ kind: 'client-config', client: 'SymfonyHttpClient', url: { kind: 'ref', name: 'CourseSync.GATEWAY' } });
    expect(callAt(facts, 31)).toMatchObject({ client: 'SymfonyHttpClient', method: 'GET', url: { kind: 'concat', parts: [{ kind: 'ref', name: 'CourseSync.GATEWAY' }, { kind: 'lit', value: '/organisation/v2/units/' }, { kind: 'param' }] } });
  });

  it('curl_setopt CURLOPT_URL with sprintf over a define()d constant', async () => {
    const facts = await extract();
    expect(callAt(facts, 37)).toMatchObject({ client: 'curl', url: { kind: 'concat', parts: [{ kind: 'ref', module: null, name: 'OODI_BASE' }, { kind: 'lit', value: '/courses/' }, { kind: 'param' }] } });
    expect(facts.exports.OODI_BASE).toBeDefined();
  });

  it('file_get_contents of a URL from $_ENV, not of a local file', async () => {
    const facts = await extract();
    expect(callAt(facts, 43)).toBeUndefined();
    expect(callAt(facts, 44)).toMatchObject({ client: 'file_get_contents', url: { kind: 'concat', parts: [{ kind: 'env', name: 'NEWS_FEED_URL' }, { kind: 'lit', value: '/rss' }] } });
  });
});

describe('php end to end', () => {
  it('reports the internal legacy host, not the gateway', async () => {
    const result = await lint({ cwd: root, now: new Date('2026-06-01') });
    const lines = result.findings.filter((f) => f.ruleId === 'no-direct-integration').map((f) => f.line);
    expect(lines).toContain(37);
    expect(lines).not.toContain(31);
    expect(result.calls.find((c) => c.line === 31)?.targets.map((t) => t.zone)).toEqual(['gateway']);
  });
});

describe('php extractor: Laravel Http facade', () => {
  it('Http::post with env() default and a chained Http::withToken()->get', async () => {
    const file = 'app/GradeExport.php';
    const facts = await phpExtractor.extract(file, readFileSync(join(root, file), 'utf8'), 'php');
    expect(facts.calls.map((c) => [c.client, c.method, c.loc.line])).toEqual([['LaravelHttp', 'POST', 12], ['LaravelHttp', 'GET', 13]]);
    expect(facts.calls[0]?.url).toMatchObject({ kind: 'concat', parts: [{ kind: 'alt', options: [{ kind: 'env', name: 'GRADES_URL' }, { kind: 'lit', value: 'http://grades.it.helsinki.fi' }] }, { kind: 'lit', value: '/grades' }] });
  });
});

describe('php: class constants of the same namespace in another file', () => {
  it('Drupal::httpClient()->get(Endpoints::X …) resolves through PSR-4 to the gateway', async () => {
    const file = 'src/UnitBlock.php';
    const facts = await phpExtractor.extract(file, readFileSync(join(root, file), 'utf8'), 'php');
    expect(facts.calls[0]).toMatchObject({ client: 'Guzzle', method: 'GET', url: { kind: 'concat', parts: [{ kind: 'ref', module: 'Drupal\\course_pages\\Endpoints', name: 'Endpoints.ORGANISATION' }, { kind: 'lit', value: '/units/' }, { kind: 'param' }] } });
    const result = await lint({ cwd: root, now: new Date('2026-06-01') });
    expect(result.calls.find((c) => c.file === file)?.targets.map((t) => t.zone)).toEqual(['gateway']);
  });
});

describe('php: Drupal configuration', () => {
  const drupal = join(import.meta.dirname, '../../../fixtures/extract/php/drupal-config');
  const read = async (file: string): Promise<FileFacts> => phpExtractor.extract(file, readFileSync(join(drupal, file), 'utf8'), 'php');

  it('$config[name][key] in settings files are config bindings `name.key`, labelled by the file name; default.settings.php is a template', async () => {
    const bindings = async (file: string) => (await read(file)).bindings.map((binding) => [binding.name, binding.value, binding.environment, binding.source]);
    expect(await bindings('web/sites/default/settings.php')).toEqual([
      ['ticketing.settings.timeout', '30', null, 'drupal-settings'],
      ['ticketing.settings.status_url', 'https://tickets-api.apps.ocp-prod-0.k8s.it.helsinki.fi/status', null, 'drupal-settings'],
    ]);
    expect(await bindings('web/sites/default/prod.settings.php')).toEqual([['ticketing.settings.endpoint', 'https://esbmt1.it.helsinki.fi/tickets/create', 'prod', 'drupal-settings']]);
    expect(await bindings('web/sites/default/default.settings.php')).toEqual([['ticketing.settings.endpoint', 'https://tickets.example.org/create', 'template', 'drupal-settings']]);
  });

  it('\\Drupal::config(name)->get(key) and the config factory read `name.key`: the ESB endpoint is no direct integration, the internal status URL is', async () => {
    const facts = await read('web/modules/custom/ticketing/src/TicketSender.php');
    expect(facts.calls.map((call) => call.url)).toEqual([
      { kind: 'step', label: 'variable $url', at: expect.anything(), value: { kind: 'config', key: 'ticketing.settings.endpoint' } },
      { kind: 'step', label: 'variable $statusUrl', at: expect.anything(), value: { kind: 'config', key: 'ticketing.settings.status_url' } },
    ]);
    const result = await lint({ cwd: drupal, now: new Date('2026-06-01') });
    const send = result.calls.find((call) => call.line === 19);
    expect(send?.targets.filter((target) => target.environment === 'prod').map((target) => [target.url, target.zone])).toEqual([['https://esbmt1.it.helsinki.fi/tickets/create', 'esb']]);
    expect(result.findings.filter((finding) => finding.ruleId === 'no-direct-integration' && finding.file.endsWith('TicketSender.php')).map((finding) => finding.line)).toEqual([24]);
  });
});

describe('php: Drupal config objects and exported configuration', () => {
  const drupal = join(import.meta.dirname, '../../../fixtures/extract/php/drupal-config');

  it('a config object kept in a property and read later, named by class constants, reads `name.key`; config/sync/NAME.yml binds it; $this->method() returns its URL', async () => {
    const file = 'web/modules/custom/room_info/src/RoomInfoService.php';
    const facts = await phpExtractor.extract(file, readFileSync(join(drupal, file), 'utf8'), 'php');
    // The configured key file is read from disk: no call.
    expect(facts.calls.map((call) => call.loc.line)).toEqual([25]);
    expect(facts.calls[0]?.url).toMatchObject({ kind: 'call', callee: { kind: 'ref', name: 'RoomInfoService.roomsUrl' }, args: [{ kind: 'param', name: 'building' }] });
    expect(facts.symbols['RoomInfoService.roomsUrl']).toMatchObject({ kind: 'fn', returns: { kind: 'concat', parts: [{ kind: 'config', key: 'room_info.settings.api_base_url' }, { kind: 'lit', value: 'buildings/' }, { kind: 'param', name: 'building' }, { kind: 'lit', value: '/rooms' }] } });
    const result = await lint({ cwd: drupal, now: new Date('2026-06-01') });
    const call = result.calls.find((candidate) => candidate.file === file);
    expect(call?.targets.map((target) => target.url)).toContain('https://rooms-api.apps.ocp-prod-0.k8s.it.helsinki.fi/v1/buildings/{parameter building}/rooms');
    expect(result.findings.some((finding) => finding.ruleId === 'no-direct-integration' && finding.file === file)).toBe(true);
  });
});

describe('php: Drupal 7', () => {
  it('a .module file is PHP; drupal_http_request with the method from its options; variable_get reads $conf from settings.php', async () => {
    const drupal7 = join(import.meta.dirname, '../../../fixtures/extract/php/drupal7');
    const result = await lint({ cwd: drupal7, now: new Date('2026-06-01') });
    const call = result.calls.find((candidate) => candidate.file === 'sites/all/modules/course_feed/course_feed.module');
    expect(call).toMatchObject({ line: 13, client: 'drupal_http_request', method: 'POST' });
    expect(call?.targets.map((target) => [target.url, target.zone])).toEqual([['https://course-feed.it.helsinki.fi/changes', 'internal']]);
  });
});
