import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { rustExtractor } from '../../../src/extract/rust/index.js';
import { lint } from '../../../src/lint.js';
import type { CallFact, FileFacts, LintResult } from '../../../src/model.js';

const root = join(import.meta.dirname, '../../../fixtures/extract/rust/course-feed');
const extract = async (path: string): Promise<FileFacts> => rustExtractor.extract(path, readFileSync(join(root, path), 'utf8'), 'rust');
/** Each call as [line, kind, client, method]. */
const shapes = (facts: FileFacts): [number, CallFact['kind'], string, string | null][] => facts.calls.map((call) => [call.loc.line, call.kind, call.client, call.method]);
const callAt = (facts: FileFacts, line: number): CallFact | undefined => facts.calls.find((call) => call.loc.line === line);

describe('rust extractor: reqwest', () => {
  it('reqwest::get, a blocking client, a client passed in, a built client with .request(Method::PUT, …); no HashMap .get', async () => {
    const facts = await extract('src/main.rs');
    expect(shapes(facts)).toEqual([
      [15, 'call', 'reqwest', 'GET'],
      [20, 'call', 'reqwest', 'GET'],
      [25, 'call', 'reqwest', 'POST'],
      [32, 'call', 'reqwest', 'PUT'],
    ]);
  });

  it('format! with a positional argument, an inline capture and a named argument; const items imported with use crate::…', async () => {
    const facts = await extract('src/main.rs');
    expect(callAt(facts, 15)?.url).toMatchObject({ kind: 'step', label: 'let url', value: { kind: 'concat', parts: [{ kind: 'ref', module: 'crate::config', name: 'SISU_BASE' }, { kind: 'lit', value: '/course-units/' }, { kind: 'param', name: 'code' }] } });
    expect(callAt(facts, 20)?.url).toEqual({ kind: 'concat', parts: [{ kind: 'ref', module: 'crate::config', name: 'MOODLE_BASE', member: [] }, { kind: 'lit', value: '/rest/server.php' }] });
    expect(callAt(facts, 32)?.url).toMatchObject({ value: { kind: 'concat', parts: [{ kind: 'ref', module: null, name: 'GATEWAY' }, { kind: 'lit', value: '/enrolments/' }, { kind: 'param', name: 'code' }] } });
  });

  it('env::var with .unwrap_or("…".into()) is the env var or its default; + joins strings', async () => {
    const call = callAt(await extract('src/main.rs'), 25);
    expect(call?.url).toMatchObject({ kind: 'concat', parts: [{ kind: 'step', label: 'let base', value: { kind: 'alt', options: [{ kind: 'env', name: 'PUBLISHER_URL' }, { kind: 'lit', value: 'http://publisher.it.helsinki.fi' }] } }, { kind: 'lit', value: '/feeds' }] });
    expect(call?.receiver).toMatchObject({ kind: 'client', client: 'reqwest' });
  });

  it('a client in a struct field (self.client), a field set in Self { … } (self.base_url), a HashMap field is not a client', async () => {
    const facts = await extract('src/clients/grades.rs');
    expect(shapes(facts)).toEqual([
      [26, 'call', 'reqwest', 'GET'],
      [35, 'call', 'reqwest', null],
      [42, 'call', 'reqwest', 'POST'],
    ]);
    expect(facts.symbols['GradesClient.base_url']).toMatchObject({ kind: 'step', value: { kind: 'env', name: 'GRADES_URL' } });
    expect(callAt(facts, 26)?.url).toMatchObject({ value: { kind: 'concat', parts: [{ kind: 'ref', module: null, name: 'GradesClient.base_url' }, { kind: 'lit', value: '/students/' }, { kind: 'param', name: 'id' }, { kind: 'lit', value: '/grades' }] } });
  });

  it('wrappers: a method of the impl (self.send) and a free function (post_json) are invocations of fn symbols', async () => {
    const facts = await extract('src/clients/grades.rs');
    expect(facts.symbols['GradesClient.send']).toMatchObject({ kind: 'fn', params: ['method', 'path'] });
    expect(facts.symbols.post_json).toMatchObject({ kind: 'fn', params: ['client', 'url', 'body'] });
    expect(facts.invocations.map((invocation) => [invocation.loc.line, invocation.callee])).toEqual([
      [30, { kind: 'ref', module: null, name: 'GradesClient.send', member: [] }],
      [34, { kind: 'ref', module: 'crate::config', name: 'registry_url', member: [] }],
      [47, { kind: 'ref', module: null, name: 'post_json', member: [] }],
    ]);
  });
});

describe('rust extractor: ureq, surf, awc', () => {
  it('ureq::get/post, an ureq Agent parameter, surf::get, an awc client', async () => {
    const facts = await extract('src/clients/legacy.rs');
    expect(shapes(facts)).toEqual([
      [7, 'call', 'ureq', 'GET'],
      [8, 'call', 'ureq', 'POST'],
      [13, 'call', 'ureq', 'PUT'],
      [18, 'call', 'surf', 'GET'],
      [23, 'call', 'awc', 'POST'],
    ]);
  });
});

describe('rust extractor: tonic gRPC and Url::join', () => {
  it('XClient::connect, Channel::from_static and Endpoint::from_shared are gRPC client configurations of their target', async () => {
    const facts = await extract('src/clients/timetable.rs');
    expect(shapes(facts)).toEqual([
      [16, 'client-config', 'gRPC', null],
      [17, 'client-config', 'gRPC', null],
      [18, 'client-config', 'gRPC', null],
      [22, 'call', 'reqwest', 'GET'],
    ]);
    expect(callAt(facts, 18)?.url).toEqual({ kind: 'alt', options: [{ kind: 'env', name: 'EXAMS_GRPC' }, { kind: 'lit', value: 'grpc://exams.it.helsinki.fi:50053' }] });
  });

  it('Url::parse(base)?.join(path) resolves the path against the base; a Vec join is no URL', async () => {
    const call = callAt(await extract('src/clients/timetable.rs'), 22);
    expect(call?.url).toMatchObject({ kind: 'step', label: 'let search', value: { kind: 'url', base: { value: { label: 'Url::parse', value: { kind: 'ref', module: 'super::super::config', name: 'SISU_BASE' } } }, path: { kind: 'lit', value: '/kori/api/rooms/search' } } });
  });
});

describe('rust end to end', () => {
  let result: LintResult;
  beforeAll(async () => {
    result = await lint({ cwd: root, now: new Date('2026-06-01') });
  });
  const urls = (file: string, line: number): (string | null)[] | undefined => result.calls.find((call) => call.file === file && call.line === line)?.targets.map((target) => target.url);

  it('resolves constants across modules, env defaults, compose bindings, struct fields and wrappers', () => {
    expect(result.problems).toEqual([]);
    expect(result.calls.every((call) => call.language === 'rust')).toBe(true);
    expect(urls('src/main.rs', 15)).toEqual(['https://sisu.it.helsinki.fi/kori/api/course-units/TKT10002']);
    expect(urls('src/main.rs', 20)).toEqual(['https://moodle.it.helsinki.fi/webservice/rest/server.php']);
    expect(urls('src/main.rs', 25)).toEqual([null, 'http://publisher.it.helsinki.fi/feeds']);
    expect(urls('src/main.rs', 32)).toEqual(['https://gw.api.helsinki.fi/enrolments/TKT10002']);
    expect(urls('src/clients/grades.rs', 26)).toEqual(['http://grades.it.helsinki.fi/api/students/{parameter id}/grades']);
    expect(urls('src/clients/grades.rs', 35)).toEqual([null, 'http://registry.it.helsinki.fi/archive/{parameter id}']);
    expect(urls('src/clients/grades.rs', 47)).toEqual(['http://notifier.it.helsinki.fi/events']);
    expect(urls('src/clients/legacy.rs', 13)).toEqual(['http://library.it.helsinki.fi/loans/{parameter loan}/renewal']);
    expect(urls('src/clients/timetable.rs', 16)).toEqual([null, 'http://rooms.it.helsinki.fi:50051']);
    expect(urls('src/clients/timetable.rs', 17)).toEqual(['http://calendar.it.helsinki.fi:50052']);
    expect(urls('src/clients/timetable.rs', 22)).toEqual(['https://sisu.it.helsinki.fi/kori/api/rooms/search']);
  });

  it('the wrapper calls are named after the wrapper; the gateway call is no direct integration', () => {
    expect(result.calls.filter((call) => call.client.startsWith('wrapper:')).map((call) => [call.file, call.line, call.client, call.method])).toEqual([
      ['src/clients/grades.rs', 30, 'wrapper:self.send', null],
      ['src/clients/grades.rs', 47, 'wrapper:post_json', 'POST'],
    ]);
    const direct = result.findings.filter((finding) => finding.ruleId === 'no-direct-integration').map((finding) => `${finding.file}:${finding.line}`);
    expect(direct).toContain('src/main.rs:15');
    expect(direct).not.toContain('src/main.rs:32');
    expect(result.calls.find((call) => call.file === 'src/main.rs' && call.line === 32)?.targets.map((target) => target.zone)).toEqual(['gateway']);
  });
});
