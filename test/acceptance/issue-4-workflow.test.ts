/**
 * Issue 4 acceptance, the gaps the audit found: baseline identity through real extraction (a call moved
 * within its function and reformatted keeps its entry), one-line baseline messages, TypeScript suppression
 * comments recognised in comments only (JSDoc-style blocks and doc comments, not strings), and the progress line's rules.
 */
import { cpSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { showsProgress } from '../../src/cli/lint-command.js';
import { pythonExtractor } from '../../src/extract/python/index.js';
import { findDirectives } from '../../src/extract/typescript/directives.js';
import type { Baseline } from '../../src/judge/suppressions/baseline.js';
import { lint } from '../../src/lint.js';
import type { LintResult } from '../../src/model.js';
import { formatGitlab } from '../../src/report/gitlab.js';
import { formatJunit } from '../../src/report/junit.js';
import { assertBuilt, run } from '../cli/subprocess.js';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures/acceptance/issue-4');

function copyOf(name: string): string {
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), `arch-lint-issue-4-${name}-`)));
  cpSync(path.join(fixtures, name), dir, { recursive: true });
  return dir;
}

function jsonRun(dir: string): { code: number | null; result: LintResult } {
  const outcome = run(['--format', 'json'], { cwd: dir });
  return { code: outcome.code, result: JSON.parse(outcome.stdout) as LintResult };
}

const source = 'src/enrolmentSync.ts';

describe('baseline through the CLI, with real extraction', () => {
  beforeAll(assertBuilt);

  function adopted(): string {
    const dir = copyOf('baseline');
    expect(run([], { cwd: dir }).code).toBe(1);
    const update = run(['--update-baseline'], { cwd: dir });
    expect(update.code, update.stderr).toBe(0);
    return dir;
  }

  it('writes one-line messages (the evidence lines stay out of the file)', () => {
    const dir = adopted();
    const baseline = JSON.parse(readFileSync(path.join(dir, 'arch-lint-baseline.json'), 'utf8')) as Baseline;
    expect(baseline.entries.map((entry) => [entry.symbol, entry.target])).toEqual([
      ['EnrolmentSync.fetchStudents', 'oodi.it.helsinki.fi'],
      ['fetchRooms', 'tila.it.helsinki.fi'],
    ]);
    for (const entry of baseline.entries) expect(entry.message).not.toContain('\n');
  });

  it('entries survive moving the calls within their functions, reformatting, and edits elsewhere', () => {
    const dir = adopted();
    writeFileSync(
      path.join(dir, source),
      [
        '// The same two calls, moved down in their functions and reformatted, with new code around them.',
        "import axios from 'axios';",
        '',
        'const PAGE_SIZE = 50;',
        '',
        'export class EnrolmentSync {',
        '  async fetchStudents(term: string): Promise<unknown> {',
        '    const pageSize = PAGE_SIZE;',
        '    const response = await axios.get(',
        '      `https://oodi.it.helsinki.fi/api/students?term=${term}`,',
        '      { timeout: 10000 },',
        '    );',
        '    return { data: response.data, pageSize };',
        '  }',
        '}',
        '',
        'export async function fetchRooms(): Promise<unknown> {',
        '  const started = Date.now();',
        '  const response = await fetch(',
        '    "https://tila.it.helsinki.fi/api/rooms",',
        '  );',
        '  return { rooms: await response.json(), took: Date.now() - started };',
        '}',
        '',
      ].join('\n'),
    );
    const { code, result } = jsonRun(dir);
    expect(code).toBe(0);
    expect(result.baseline).toMatchObject({ baselined: 2, stale: [] });
  });

  it('a new call fails naming only it; fixing an old one makes its entry stale', () => {
    const dir = adopted();
    const original = readFileSync(path.join(dir, source), 'utf8');
    writeFileSync(path.join(dir, source), `${original}\nexport const fetchGrades = () => fetch('https://sisu.it.helsinki.fi/api/grades');\n`);
    const added = jsonRun(dir);
    expect(added.code).toBe(1);
    expect(added.result.findings.filter((finding) => !finding.suppressed).map((finding) => [finding.file, finding.line])).toEqual([[source, 16]]);

    writeFileSync(path.join(dir, source), original.replace('https://tila.it.helsinki.fi/api/rooms', 'https://gw.api.helsinki.fi/tila/rooms'));
    const fixed = jsonRun(dir);
    expect(fixed.code).toBe(0);
    expect(fixed.result.baseline?.stale.map((entry) => entry.symbol)).toEqual(['fetchRooms']);
  });
});

describe('TypeScript suppression comments', () => {
  it('are read from comments only: a JSDoc-style block and a doc comment count, a string does not', () => {
    const file = 'src/timetable.ts';
    const directives = findDirectives(file, readFileSync(path.join(fixtures, 'directives', file), 'utf8'));
    expect(directives.map((directive) => [directive.loc.line, directive.kind, directive.reason, directive.appliesToLine])).toEqual([
      [4, 'disable-next-line', 'TIME-7 the room system has no gateway product yet', 7],
      [10, 'disable-next-line', 'TIME-9 blank line below is allowed', 12],
      [15, 'disable-next-line', 'TIME-11 a doc comment is a comment too', 16],
    ]);
  });

  it('suppress the call after a block comment or a blank line, and nothing from inside a string', async () => {
    const result = await lint({ cwd: path.join(fixtures, 'directives'), reportUnusedDisableDirectives: true });
    expect(result.findings.map((finding) => [finding.file, finding.line, finding.ruleId, finding.suppressed?.justification ?? null])).toEqual([
      ['src/grades.py', 10, 'no-direct-integration', 'GRADE-4 Oodi is retired with the 2027 release'],
      ['src/grades.py', 12, 'no-direct-integration', null],
      ['src/timetable.ts', 7, 'no-direct-integration', 'TIME-7 the room system has no gateway product yet'],
      ['src/timetable.ts', 9, 'no-direct-integration', null],
      ['src/timetable.ts', 12, 'no-direct-integration', 'TIME-9 blank line below is allowed'],
      ['src/timetable.ts', 16, 'no-direct-integration', 'TIME-11 a doc comment is a comment too'],
    ]);
  });
});

describe('`#` suppression comments (tree-sitter languages)', () => {
  it('disable-next-line covers the next line with code, past blank lines and comments', async () => {
    const file = 'src/grades.py';
    const facts = await pythonExtractor.extract(file, readFileSync(path.join(fixtures, 'directives', file), 'utf8'), 'python');
    expect(facts.directives.map((directive) => [directive.loc.line, directive.appliesToLine])).toEqual([[7, 10]]);
  });
});

describe('progress line', () => {
  const entry = (format: string, output: string | null) => ({ format, output, formatter: () => '' });

  it('only on a terminal, and never when a machine-readable report goes to stdout', () => {
    expect(showsProgress([entry('stylish', null)], true)).toBe(true);
    expect(showsProgress([entry('stylish', null)], false)).toBe(false);
    expect(showsProgress([entry('json', null)], true)).toBe(false);
    expect(showsProgress([entry('sarif', 'a.sarif'), entry('stylish', null)], true)).toBe(true);
    expect(showsProgress([entry('stylish', 'report.txt'), entry('gitlab', null)], true)).toBe(false);
  });

  it('lint() reports files parsed out of the total as it goes', async () => {
    const seen: [number, number][] = [];
    await lint({ cwd: path.join(fixtures, 'directives'), onProgress: (done, total) => seen.push([done, total]) });
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.at(-1)).toEqual([seen.at(-1)![1], seen.at(-1)![1]]);
    expect(seen.map(([done]) => done)).toEqual([...seen.keys()].map((index) => index + 1));
  });
});

describe('evidence in GitLab and JUnit reports', () => {
  const via = 'env:ROOMS_URL → binding ROOMS_URL = https://tila.it.helsinki.fi (.env:3, default)';
  const result: LintResult = {
    version: 1,
    tool: { name: 'arch-lint', version: '0.1.0' },
    root: '/repo',
    config: { file: null, extends: ['helsinki'] },
    calls: [
      {
        file: 'src/rooms.ts', line: 4, column: 10, language: 'typescript', client: 'fetch', method: 'GET', expression: 'process.env.ROOMS_URL', kind: 'call', enclosing: 'fetchRooms',
        targets: [{ url: 'https://tila.it.helsinki.fi', host: 'tila.it.helsinki.fi', zone: 'internal', via: [via] }],
      },
    ],
    findings: [
      {
        ruleId: 'no-direct-integration', severity: 'error', file: 'src/rooms.ts', line: 4, column: 10, fingerprint: 'f1', callIndex: 0,
        message: `Call fetch GET goes directly to internal host 'tila.it.helsinki.fi'.\n↳ https://tila.it.helsinki.fi via ${via}`,
      },
    ],
    problems: [],
    rules: [],
    unboundEnv: [],
    summary: { files: 1, calls: 1, errors: 1, warnings: 0, suppressed: 0 },
  };
  const occurrences = (text: string): number => text.split('binding ROOMS_URL').length - 1;

  it('a message that carries its evidence lines is not followed by the chain a second time', () => {
    const [issue] = JSON.parse(formatGitlab(result)) as { description: string }[];
    expect(issue!.description).toBe(result.findings[0]!.message);
    expect(occurrences(formatJunit(result).split('<failure')[1]!.split('>').slice(1).join('>'))).toBe(1);
  });
});
