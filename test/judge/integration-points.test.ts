/**
 * One finding per integration point (issue 10, point 1): the judge merges an integration rule's findings about calls
 * that share a point (a client's base-URL configuration, a wrapper's request) into one finding there, with the other
 * call sites as related locations; callers that pass only an id are related too; a directive at every call site
 * still suppresses the merged finding.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import { judge } from '../../src/judge/index.js';
import { noDirectIntegration } from '../../src/judge/rules/no-direct-integration.js';
import { directiveSuppressionPass } from '../../src/judge/suppressions/directives.js';
import type { ResolvedCall, Target } from '../../src/model.js';

const helsinki = resolveConfig({ extends: 'helsinki' }, { file: null, baseDir: '/' });
const now = new Date('2026-01-15T00:00:00Z');
const rules = { [noDirectIntegration.id]: noDirectIntegration };

function target(url: string, via: string[] = []): Target {
  return { url, host: new URL(url).host, zone: 'unknown', via };
}

function call(overrides: Partial<ResolvedCall> & { targets: Target[] }): ResolvedCall {
  return { file: 'src/jobs/sync.ts', line: 14, column: 11, language: 'typescript', client: 'axios', method: 'GET', expression: "'/students'", kind: 'call', enclosing: 'sync', ...overrides };
}

const config = call({ kind: 'client-config', file: 'src/util/importer.ts', line: 5, column: 12, method: null, expression: 'process.env.IMPORTER_URL', targets: [target('https://importer.it.helsinki.fi')] });
const point = { file: 'src/util/importer.ts', line: 5, column: 12 };
const students = call({ line: 14, point, targets: [target('https://importer.it.helsinki.fi/students', ["axios instance 'importer' (src/util/importer.ts:5)"])] });
const grades = call({ file: 'src/jobs/grades.ts', line: 3, column: 9, point, expression: "'/grades'", targets: [target('https://importer.it.helsinki.fi/grades', ["axios instance 'importer' (src/util/importer.ts:5)"])] });

describe('one finding per integration point', () => {
  it('calls through one configured client are one finding at the configuration, the calls related', () => {
    const { findings } = judge({ calls: [config, students, grades], config: helsinki, now, rules });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'no-direct-integration', file: 'src/util/importer.ts', line: 5, column: 12, callIndex: 0 });
    expect(findings[0]!.related).toEqual([
      { file: 'src/jobs/grades.ts', line: 3, column: 9, message: "axios GET '/grades' reaches it" },
      { file: 'src/jobs/sync.ts', line: 14, column: 11, message: "axios GET '/students' reaches it" },
    ]);
    expect(findings[0]!.message.split('\n')[0]).toContain('Reached from 2 call sites (related locations).');
  });

  it('a new caller of the same client adds a related location, not a finding, and keeps the fingerprint', () => {
    const before = judge({ calls: [config, students], config: helsinki, now, rules }).findings;
    const after = judge({ calls: [config, students, grades], config: helsinki, now, rules }).findings;
    expect(after).toHaveLength(1);
    expect(after[0]!.fingerprint).toBe(before[0]!.fingerprint);
  });

  it('without a point the calls stay separate findings; a covered configuration without a point is not reported twice', () => {
    const loose = [config, { ...students, point: undefined }, { ...grades, point: undefined }] as ResolvedCall[];
    const { findings } = judge({ calls: loose, config: helsinki, now, rules });
    expect(findings.map((finding) => `${finding.file}:${finding.line}`)).toEqual(['src/jobs/grades.ts:3', 'src/jobs/sync.ts:14']);
    expect(findings.every((finding) => finding.related === undefined)).toBe(true);
  });

  it('callers of a wrapper that pass only an id are related locations of the request they reach', () => {
    const request = call({
      file: 'src/api.ts',
      line: 8,
      column: 3,
      expression: '`/students/${id}`',
      targets: [target('https://importer.it.helsinki.fi/students/1', ['called from src/views/a.ts:4:9', 'wrapper getStudent (src/api.ts:7)'])],
    });
    const { findings } = judge({ calls: [request], config: helsinki, now, rules });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.related).toEqual([{ file: 'src/views/a.ts', line: 4, column: 9, message: 'calls the wrapper that makes this request' }]);
  });

  it('a directive at every related call site suppresses the merged finding; at only one it does not', () => {
    const directive = (file: string, line: number) => ({ kind: 'disable-next-line' as const, rules: ['no-direct-integration'], reason: 'legacy', until: null, loc: { file, line: line - 1, column: 1 }, appliesToLine: line });
    const facts = (directives: ReturnType<typeof directive>[]) =>
      [...new Set(directives.map((d) => d.loc.file))].map((file) => ({
        file,
        language: 'typescript' as const,
        calls: [],
        invocations: [],
        symbols: {},
        exports: {},
        reexports: [],
        bindings: [],
        directives: directives.filter((d) => d.loc.file === file),
        services: [],
        hosts: [],
        problems: [],
      }));
    const both = judge({ calls: [config, students, grades], facts: facts([directive('src/jobs/sync.ts', 14), directive('src/jobs/grades.ts', 3)]), config: helsinki, now, rules, suppressionPasses: [directiveSuppressionPass()] });
    expect(both.findings.filter((finding) => finding.ruleId === 'no-direct-integration').map((finding) => finding.suppressed?.kind)).toEqual(['directive']);
    const one = judge({ calls: [config, students, grades], facts: facts([directive('src/jobs/sync.ts', 14)]), config: helsinki, now, rules, suppressionPasses: [directiveSuppressionPass()] });
    expect(one.findings.find((finding) => finding.ruleId === 'no-direct-integration')?.suppressed).toBeUndefined();
  });
});
