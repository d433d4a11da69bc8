import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kotlinExtractor } from '../../../src/extract/jvm/kotlin.js';
import { lint } from '../../../src/lint.js';
import type { CallFact, FileFacts } from '../../../src/model.js';

const root = join(import.meta.dirname, '../../../fixtures/extract/kotlin/exam-service');
const path = 'src/main/kotlin/fi/helsinki/exam/ExamClients.kt';
const extract = async (): Promise<FileFacts> => kotlinExtractor.extract(path, readFileSync(join(root, path), 'utf8'), 'kotlin');
const callAt = (facts: FileFacts, line: number): CallFact | undefined => facts.calls.find((call) => call.loc.line === line);

describe('kotlin extractor', () => {
  it('Ktor HttpClient with defaultRequest { url(…) } and a call on it', async () => {
    const facts = await extract();
    expect(callAt(facts, 19)).toMatchObject({ kind: 'client-config', client: 'ktor', url: { kind: 'concat', parts: [{ kind: 'ref', name: 'GATEWAY' }, { kind: 'lit', value: '/rooms/v1/' }] } });
    const call = callAt(facts, 28);
    expect(call).toMatchObject({ client: 'ktor', method: 'GET', url: { kind: 'concat', parts: [{ kind: 'lit', value: 'rooms/' }, { kind: 'param', name: 'id' }] } });
    expect(call?.receiver).toMatchObject({ kind: 'step', value: { kind: 'client', client: 'ktor', label: 'rooms' } });
  });

  it('RestTemplate with a string template over an @Value constructor property', async () => {
    const call = callAt(await extract(), 26);
    expect(call).toMatchObject({ client: 'RestTemplate', method: 'GET' });
    expect(call?.url).toMatchObject({
      kind: 'concat',
      parts: [{ kind: 'step', value: { kind: 'alt', options: [{ kind: 'config', key: 'sisu.url' }, { kind: 'lit', value: 'https://sis-helsinki.funidata.fi' }] } }, { kind: 'lit', value: '/kori/api/enrolments/' }, { kind: 'param' }],
    });
  });

  it('WebClient baseUrl and get().uri(…)', async () => {
    const facts = await extract();
    expect(callAt(facts, 22)).toMatchObject({ kind: 'client-config', client: 'WebClient' });
    expect(callAt(facts, 30)).toMatchObject({ client: 'WebClient', method: 'GET', url: { kind: 'lit', value: '/units/{code}' } });
  });

  it('System.getenv(…) ?: default', async () => {
    const call = callAt(await extract(), 34);
    expect(call).toMatchObject({ client: 'RestTemplate', method: 'POST', url: { kind: 'concat', parts: [{ kind: 'step', value: { kind: 'alt', options: [{ kind: 'env', name: 'PROCTORING_URL' }, { kind: 'lit', value: 'http://proctoring.it.helsinki.fi' }] } }, { kind: 'lit', value: '/sessions' }] } });
  });

  it('exports top-level const val', async () => {
    const facts = await extract();
    expect(facts.exports.GATEWAY).toEqual({ kind: 'ref', module: null, name: 'GATEWAY', member: [] });
  });
});

describe('kotlin end to end', () => {
  it('reports the Sisu default and the proctoring default, not the gateway calls', async () => {
    const result = await lint({ cwd: root, now: new Date('2026-06-01') });
    const lines = result.findings.filter((f) => f.ruleId === 'no-direct-integration').map((f) => f.line);
    expect(lines).toEqual(expect.arrayContaining([26, 34]));
    expect(lines).not.toContain(28);
    const room = result.calls.find((c) => c.line === 28);
    expect(room?.language).toBe('kotlin');
    expect(room?.targets.map((t) => [t.zone, t.host])).toEqual([['gateway', 'gw.api.helsinki.fi']]);
    expect(room?.targets[0]?.url).toMatch(/^https:\/\/gw\.api\.helsinki\.fi\/rooms\/v1\/rooms\//);
  });
});

describe('kotlin: top-level constants of other files', () => {
  it('refers to the package and resolves through Constants.kt', async () => {
    const file = 'src/main/kotlin/fi/helsinki/exam/ProctoringClient.kt';
    const facts = await kotlinExtractor.extract(file, readFileSync(join(root, file), 'utf8'), 'kotlin');
    expect(facts.calls[0]?.url).toMatchObject({ kind: 'concat', parts: [{ kind: 'ref', module: 'fi.helsinki.exam', name: 'PROCTORING_API' }, { kind: 'lit', value: '/sessions' }] });
    const result = await lint({ cwd: root, now: new Date('2026-06-01') });
    expect(result.calls.find((c) => c.file === file)?.targets.map((t) => t.host)).toEqual(['proctoring.it.helsinki.fi']);
  });
});
