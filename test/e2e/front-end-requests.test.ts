/**
 * Issue "Real code, part 1", point 6, end to end through the built CLI: a front end that builds requests as data
 * (Redux actions performed by a middleware, an RTK Query API) and a server wrapper called from two files. Every
 * request site is in `calls`, and the one direct integration is one finding with its related locations.
 * Fixture: fixtures/e2e/front-end-requests.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/model.js';
import { assertBuilt, repo, run } from '../cli/subprocess.js';

beforeAll(assertBuilt);

const where = (entry: { file: string; line: number; column: number }): string => `${entry.file}:${entry.line}:${entry.column}`;

describe('front-end requests and a shared wrapper', () => {
  const outcome = run([path.join(repo, 'fixtures/e2e/front-end-requests'), '--format', 'json']);
  const report = JSON.parse(outcome.stdout) as LintResult;

  it('lists every request site: configurations, the wrapper request, wrapper calls, described requests and RTK endpoints', () => {
    expect(outcome.code).toBe(1);
    expect(report.calls.map((call) => `${where(call)} ${call.kind} ${call.client}`)).toEqual([
      'src/client/api/connection.js:3:32 client-config axios',
      'src/client/api/connection.js:5:55 call axios',
      'src/client/api/connection.js:17:26 call wrapper:callApi',
      'src/client/api/units.ts:5:31 client-config rtk-query',
      'src/client/api/units.ts:7:38 call rtk-query',
      'src/client/api/units.ts:8:41 call rtk-query',
      'src/client/redux/courses.js:3:34 call wrapper:describeRequest',
      'src/client/redux/courses.js:5:36 call wrapper:describeRequest',
      'src/server/importer.js:3:33 client-config axios',
      'src/server/importer.js:6:26 call axios',
      'src/server/students.js:3:40 call wrapper:getFromImporter',
      'src/server/teachers.js:3:24 call wrapper:getFromImporter',
    ]);
    const urlsAt = (file: string, line: number): (string | null)[] => report.calls.find((call) => call.file === file && call.line === line)!.targets.map((target) => target.url);
    expect(urlsAt('src/client/redux/courses.js', 3)).toEqual(['/api/courses']);
    expect(urlsAt('src/client/api/units.ts', 8)).toEqual(['/api/units/{unit.id}']);
    expect(urlsAt('src/server/importer.js', 6)).toEqual(['https://importer.it.helsinki.fi/api/students/{parameter studentNumber}/study-rights', 'https://importer.it.helsinki.fi/api/teachers']);
  });

  it('reports the direct integration once, at the client configuration, with the request and both wrapper calls related', () => {
    expect(report.findings.map((finding) => `${finding.ruleId} ${where(finding)}`)).toEqual(['no-direct-integration src/server/importer.js:3:33']);
    expect(report.findings[0]!.related?.map(where)).toEqual(['src/server/importer.js:6:26', 'src/server/students.js:3:40', 'src/server/teachers.js:3:24']);
  });
});
