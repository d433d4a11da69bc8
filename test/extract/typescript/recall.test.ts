import { describe, expect, it } from 'vitest';
import { extractTypeScript } from '../../../src/extract/typescript/index.js';
import { scanFixture, urls } from '../../resolve/fixture-scan.js';

describe('TS/JS extractor recall and robustness', () => {
  const recall = scanFixture('extract/typescript/recall');
  const at = (line: number, column: number) => {
    const call = recall.calls.find((candidate) => candidate.line === line && candidate.column === column);
    if (!call) throw new Error(`no call at ${line}:${column}: ${recall.calls.map((c) => `${c.line}:${c.column}`).join(' ')}`);
    return call;
  };

  it('finds calls in a .then chain (both links) inside an arrow callback', () => {
    expect(at(7, 5)).toMatchObject({ client: 'fetch', targets: [{ url: '/api/courses', zone: 'self' }], enclosing: 'CourseList' });
    expect(urls(at(7, 64))).toEqual(['https://gw.api.helsinki.fi/organisation/v2/units']);
  });

  it('finds calls in JSX event handlers, including handlers inside a map callback', () => {
    expect(at(12, 30)).toMatchObject({ client: 'fetch', method: 'POST', targets: [{ url: '/api/feedback/refresh' }] });
    expect(at(13, 71)).toMatchObject({ client: 'axios', method: 'DELETE' });
    expect(urls(at(13, 71))).toEqual(['https://course-feedback.helsinki.fi/api/drafts/{id}']);
  });

  it('finds calls in await chains and nested functions', () => {
    expect(urls(at(19, 31))).toEqual(['https://sis-helsinki.funidata.fi/ori/api/persons']);
    expect(at(21, 12)).toMatchObject({ enclosing: 'loadTeachers', targets: [{ url: 'http://importer-api:3000/teachers', host: 'importer-api' }] });
  });

  it('finds calls in class methods and in arrow callbacks inside them, with the class.method as enclosing', () => {
    expect(at(28, 45)).toMatchObject({ client: 'axios', method: 'POST', enclosing: 'FeedbackReminder.send' });
    expect(at(29, 44)).toMatchObject({ client: 'fetch', method: 'PATCH', enclosing: 'FeedbackReminder.send' });
    expect(recall.calls).toHaveLength(8);
  });

  it('reports one parse-error problem for a syntax error and still extracts calls around it', () => {
    const scan = scanFixture('extract/typescript/syntax-error');
    const problems = scan.facts.flatMap((facts) => facts.problems);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'parse-error', file: 'broken.ts', line: 6, severity: 'warning' });
    expect(problems[0]?.message).toMatch(/still scanned/);
    expect(scan.calls.map((call) => call.targets[0]?.url)).toEqual(['https://gw.api.helsinki.fi/before', 'https://gw.api.helsinki.fi/after']);
  });

  it('does not report express routes, Map.get, headers.get, searchParams.get, or a Redis client and its wrappers as calls', () => {
    const scan = scanFixture('extract/typescript/not-calls');
    expect(scan.calls).toEqual([]);
  });

  it('parses inline suppression directives with rules, reason and expiry', () => {
    const scan = scanFixture('extract/typescript/directives');
    const directives = scan.facts[0]?.directives ?? [];
    expect(directives).toEqual([
      {
        kind: 'disable-next-line',
        rules: ['no-direct-integration', 'unknown-target'],
        reason: 'Oodi export is retired in 2027',
        until: '2027-01-31',
        loc: { file: 'suppressed.ts', line: 5, column: 3 },
        appliesToLine: 6,
      },
      {
        kind: 'disable-line',
        rules: ['no-direct-integration'],
        reason: 'batch job, ARCH-12',
        until: null,
        loc: { file: 'suppressed.ts', line: 7, column: 59 },
        appliesToLine: 7,
      },
      { kind: 'disable-next-line', rules: [], reason: null, until: null, loc: { file: 'suppressed.ts', line: 8, column: 3 }, appliesToLine: 9 },
    ]);
  });

  it('follows CommonJS module.exports objects, exports.x wrappers and whole-module require', () => {
    const scan = scanFixture('extract/typescript/commonjs');
    expect(urls(scan.callAt('job.js', 7))).toEqual(['https://sis-helsinki.funidata.fi/kori/api/course-units']);
    const wrapped = scan.callAt('job.js', 8);
    expect(wrapped).toMatchObject({ client: 'wrapper:helpers.getFromImporter', method: 'GET', expression: "'/students'" });
    expect(urls(wrapped)).toEqual(['http://importer-api:3000/students']);
    // The request itself is reported where it is written, with what its caller passes.
    expect(scan.callsIn('helpers.js').map((call) => [call.client, urls(call)])).toEqual([['axios', ['http://importer-api:3000/students']]]);
  });

  it('skips parsing files that cannot matter, but keeps their directives', () => {
    const facts = extractTypeScript('src/math.ts', 'const twice = (n: number) => n * 2;\n// arch-lint-disable-line x -- y\n', 'typescript');
    expect(facts.calls).toEqual([]);
    expect(facts.symbols).toEqual({});
    expect(facts.directives).toHaveLength(1);
  });
});
