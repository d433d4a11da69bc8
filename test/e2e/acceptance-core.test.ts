/**
 * Issue 2's acceptance list, end to end through the built CLI as a subprocess: inputs arch-lint cannot read
 * (syntax error, unreadable, binary, over 2 MB, symlink loops) and malformed configs each get a clear message
 * while the rest is scanned; a crash is never exit 0; recall of calls in nested functions, class methods,
 * arrow callbacks, await and .then chains and JSX handlers; --quiet, --max-warnings, --output, NO_COLOR on a
 * real terminal; a closed stdout pipe. What test/cli already covers the same way is not repeated here.
 * Needs `npm run build` first (`npm test` does it).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LintResult, Problem } from '../../src/model.js';
import { assertBuilt, bin, repo, run, type RunOutcome } from '../cli/subprocess.js';

const fixtures = path.join(repo, 'fixtures/e2e/core');

beforeAll(assertBuilt);

/** A copy of `fixtures/e2e/core/<name>` in a fresh temporary directory that any user may read. */
function scratchCopy(name: string): string {
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), `arch-lint-e2e-${name}-`)));
  chmodSync(dir, 0o755);
  cpSync(path.join(fixtures, name), dir, { recursive: true });
  return dir;
}

function parseReport(outcome: RunOutcome): LintResult {
  try {
    return JSON.parse(outcome.stdout) as LintResult;
  } catch {
    throw new Error(`no JSON report (exit ${outcome.code}):\n${outcome.stderr}`);
  }
}

function locations(report: LintResult): string[] {
  return report.calls.map((call) => `${call.file}:${call.line}:${call.column}`);
}

/** `true` when the `script` utility can give the CLI a real terminal. */
const haveScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

/**
 * The progress line (stderr, which `script` merges into the output) is drawn once a scan has run about a second,
 * which a busy machine reaches even on a tiny workspace. It moves the cursor, it is not colour: leave it out.
 */
const withoutProgress = (output: string): string => output.replaceAll('\r\u001b[2K', '').replace(/arch-lint: \d+ \/ \d+ files parsed/g, '');

/** Run the CLI on a pseudo-terminal (via `script`), as a person at a terminal would. Output has CRLF line ends. */
function runOnTerminal(args: string[], env: NodeJS.ProcessEnv = {}): RunOutcome {
  const quote = (word: string): string => `'${word.replaceAll("'", "'\\''")}'`;
  const command = [process.execPath, bin, ...args].map(quote).join(' ');
  const result = spawnSync('script', ['-qec', command, '/dev/null'], {
    cwd: repo,
    env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, CI: undefined, ...env },
    encoding: 'utf8',
  });
  return { code: result.status, stdout: withoutProgress(result.stdout), stderr: result.stderr };
}

describe('inputs arch-lint cannot read fully: a clear message each, and the rest is scanned', () => {
  let dir: string;
  let json: RunOutcome;
  let report: LintResult;
  let stylish: RunOutcome;

  beforeAll(() => {
    dir = scratchCopy('inputs');
    // A binary file with a source extension (an image saved under the wrong name).
    writeFileSync(path.join(dir, 'src/logo.ts'), Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), Buffer.alloc(64), Buffer.from([0xde, 0xad, 0xbe, 0xef])]));
    // A generated bundle over 2 MB, with a call in it that must not be reported (the file is skipped).
    const row = "  { code: 'TKT20001', name: 'Introduction to Programming', credits: 5 },\n";
    const bundle = `fetch('https://catalogue.it.helsinki.fi/api/generated')\nexport const catalogue = [\n${row.repeat(Math.ceil((2 * 1024 * 1024) / row.length) + 10)}]\n`;
    mkdirSync(path.join(dir, 'src/generated'));
    writeFileSync(path.join(dir, 'src/generated/catalogue.js'), bundle);
    // Two kinds of symlink loop: a link to an ancestor directory, and a link to itself.
    mkdirSync(path.join(dir, 'src/deep'));
    symlinkSync('..', path.join(dir, 'src/deep/loop'));
    symlinkSync('self.ts', path.join(dir, 'src/self.ts'));
    json = run([dir, '--format', 'json']);
    report = parseReport(json);
    stylish = run([dir], { env: { COLUMNS: '1000' } }); // one line a message
  });

  const expectedProblems: { file: string; code: string; says: RegExp; line?: number }[] = [
    { file: 'src/halfWritten.ts', code: 'parse-error', says: /syntax error.*still scanned/, line: 7 },
    { file: 'src/logo.ts', code: 'binary', says: /binary.*skipped/ },
    { file: 'src/generated/catalogue.js', code: 'too-large', says: /2 MB.*skipped/ },
    { file: 'src/deep/loop', code: 'symlink-loop', says: /loop.*not followed/ },
    { file: 'src/self.ts', code: 'symlink-loop', says: /loop.*skipped/ },
  ];

  it.each(expectedProblems.map((expected) => [expected.code, expected.file, expected] as const))('%s (%s) is a problem that names the file, what, and what happens next', (_code, _file, expected) => {
    const problem = report.problems.find((candidate: Problem) => candidate.file === expected.file);
    expect(problem, JSON.stringify(report.problems)).toMatchObject({ code: expected.code });
    expect(problem!.message).toMatch(expected.says);
    if (expected.line) expect(problem!.line).toBe(expected.line);
  });

  it('lists nothing else as a problem', () => {
    expect(report.problems.map((problem) => problem.file).sort()).toEqual(expectedProblems.map((expected) => expected.file).sort());
  });

  it('still finds the calls in the sibling file and above the syntax error; nothing from skipped files', () => {
    expect(locations(report).sort()).toEqual(['src/enrolments.ts:5:26', 'src/halfWritten.ts:4:17']);
    expect(report.findings.map((finding) => [finding.ruleId, finding.file, finding.line])).toEqual([
      ['no-direct-integration', 'src/enrolments.ts', 5],
      ['no-direct-integration', 'src/halfWritten.ts', 4],
    ]);
    expect(json.code).toBe(1);
    expect(json.stderr).toBe('');
  });

  it('the stylish report shows each problem under its file, and says how many there were', () => {
    expect(stylish.code).toBe(1);
    const lines = stylish.stdout.split('\n');
    for (const problem of report.problems) {
      const heading = lines.indexOf(problem.file!);
      expect(heading, `${problem.file} heading`).toBeGreaterThanOrEqual(0);
      const group = lines.slice(heading + 1, lines.indexOf('', heading));
      expect(group.some((line) => line.includes(problem.message) && line.trimEnd().endsWith(problem.code)), group.join('\n')).toBe(true);
    }
    expect(stylish.stdout).toContain(`${report.problems.length} file issues`);
    expect(stylish.stderr).not.toContain('    at ');
  });

  it('an unreadable file is a problem and the scan goes on (run as an unprivileged user when root, since root reads anything)', (context) => {
    const unreadableDir = scratchCopy('inputs');
    const secret = path.join(unreadableDir, 'src/secret.ts');
    writeFileSync(secret, "export const secret = () => fetch('https://secrets.it.helsinki.fi/api/keys')\n");
    chmodSync(secret, 0o000);
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    // Root reads any file, so it runs the CLI as `nobody`; skip where that user cannot run the build (e.g. a
    // checkout under /root) or cannot be switched to: no file can be made unreadable then.
    const canRun = spawnSync(process.execPath, ['-e', `require('node:fs').accessSync(${JSON.stringify(path.join(repo, 'dist/cli/main.js'))})`], { ...asNobody });
    if (canRun.status !== 0) context.skip();
    const result = spawnSync(process.execPath, [bin, unreadableDir, '--format', 'json'], { cwd: repo, encoding: 'utf8', ...asNobody, env: { ...process.env, NO_COLOR: '', CI: undefined } });
    const unreadable = parseReport({ code: result.status, stdout: result.stdout, stderr: result.stderr });
    const problem = unreadable.problems.find((candidate) => candidate.file === 'src/secret.ts');
    expect(problem).toMatchObject({ code: 'unreadable' });
    expect(problem!.message).toMatch(/cannot read.*skipped/);
    expect(locations(unreadable)).toContain('src/enrolments.ts:5:26');
    expect(unreadable.calls.map((call) => call.file)).not.toContain('src/secret.ts');
    expect(result.status).toBe(1);
  });
});

describe('a malformed config: exit 2 naming file:line, and no scan', () => {
  it.each([
    ['YAML', 'config-broken-yaml', 'arch-lint.config.yaml', 6],
    ['JSON', 'config-broken-json', 'arch-lint.config.json', 8],
  ])('%s that does not parse', (_kind, fixture, file, line) => {
    const { code, stdout, stderr } = run([path.join(fixtures, fixture)]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(new RegExp(`^arch-lint: ${path.join(fixtures, fixture, file).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${line}: cannot parse config: `));
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('a --config file that does not exist', () => {
    const { code, stdout, stderr } = run(['--config', 'fixtures/e2e/core/no-such-config.yaml', 'fixtures/e2e/core/flags']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('no-such-config.yaml');
    expect(stderr).toContain('not found');
  });
});

describe('a failure is never exit 0', () => {
  const blocked = (): string => {
    const dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'arch-lint-e2e-blocked-')));
    writeFileSync(path.join(dir, 'reports'), 'a file where the report directory should be\n');
    return path.join(dir, 'reports/arch-lint.json');
  };

  it('a report that cannot be written exits 2 and names the path', () => {
    const target = blocked();
    const { code, stderr } = run(['--format', 'json', '--output', target, 'fixtures/e2e/core/flags']);
    expect(code).toBe(2);
    expect(stderr).toContain(path.dirname(target));
  });

  it('a report that cannot be written is one clean line, not a crash report', () => {
    const { stderr } = run(['--format', 'json', '--output', blocked(), 'fixtures/e2e/core/flags']);
    expect(stderr).not.toContain('    at ');
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('recall: calls wherever they are written are all found', () => {
  // file, line:column of the call expression, method, and the path that marks which call it is.
  const expected: [string, string, string, string][] = [
    ['src/studentCard.tsx', '12:5', 'GET', '/recall/effect-then/'],
    ['src/studentCard.tsx', '18:11', 'POST', '/recall/handler-declared/'],
    ['src/studentCard.tsx', '24:30', 'DELETE', '/recall/jsx-inline/'],
    ['src/studentCard.tsx', '27:34', 'GET', '/recall/jsx-async-block/'],
    ['src/gradeSync.ts', '11:28', 'GET', '/recall/class-method/'],
    ['src/gradeSync.ts', '16:19', 'GET', '/recall/static-method'],
    ['src/gradeSync.ts', '20:11', 'PUT', '/recall/private-method/'],
    ['src/gradeSync.ts', '31:14', 'POST', '/recall/nested-twice/'],
    ['src/gradeSync.ts', '36:52', 'POST', '/recall/arrow-in-timeout/'],
    ['src/gradeSync.ts', '40:80', 'GET', '/recall/await-chain/'],
    ['src/legacyExport.js', '9:12', 'GET', '/recall/then-first'],
    ['src/legacyExport.js', '11:27', 'POST', '/recall/then-second'],
    ['src/legacyExport.js', '12:20', 'GET', '/recall/catch-fallback'],
    ['src/legacyExport.js', '18:9', 'POST', '/recall/iife'],
  ];
  let report: LintResult;
  let outcome: RunOutcome;

  beforeAll(() => {
    outcome = run(['fixtures/e2e/core/recall', '--format', 'json']);
    report = parseReport(outcome);
  });

  it.each(expected)('%s:%s %s …%s', (file, at, method, marker) => {
    const call = report.calls.find((candidate) => candidate.targets.some((target) => target.url?.includes(marker)));
    expect(call, `no call reaching …${marker}; calls: ${locations(report).join(', ')}`).toBeDefined();
    expect(`${call!.file}:${call!.line}:${call!.column}`).toBe(`${file}:${at}`);
    expect(call!.method).toBe(method);
    expect(call!.targets.every((target) => target.zone === 'internal')).toBe(true);
    // Every marker appears in the fixture exactly where the call is (the table is not stale).
    const source = readFileSync(path.join(fixtures, 'recall', file), 'utf8').split('\n');
    const markerLine = source.findIndex((line) => line.includes(marker)) + 1;
    expect(markerLine - call!.line).toBeGreaterThanOrEqual(0);
    expect(markerLine - call!.line).toBeLessThanOrEqual(1); // a chained call starts on the line above its URL
  });

  it('finds no other call, parses every file, and reports each call as a direct integration', () => {
    expect(report.calls).toHaveLength(expected.length);
    expect(report.problems).toEqual([]);
    expect(report.summary).toMatchObject({ calls: expected.length, errors: expected.length, warnings: 0 });
    expect(outcome.code).toBe(1);
  });
});

describe('--quiet and --max-warnings', () => {
  const flags = 'fixtures/e2e/core/flags';
  const warningsOnly = 'fixtures/e2e/core/warnings-only';

  it('--quiet: the stylish report shows errors only, and counts no warnings', () => {
    const { code, stdout } = run(['--quiet', flags], { env: { COLUMNS: '1000' } });
    expect(code).toBe(1);
    expect(stdout).toMatch(/^\s+5:34\s+error\s.*no-direct-integration$/m);
    expect(stdout).not.toMatch(/\bwarning\b.*unknown-target/);
    expect(stdout).toContain('✖ 1 problem (1 error, 0 warnings)');
    expect(run([flags]).stdout).toContain('✖ 3 problems (1 error, 2 warnings)');
  });

  it('an error exits 1 however many warnings are allowed', () => {
    expect(run(['--max-warnings', '100', flags]).code).toBe(1);
  });

  it('warnings alone: exit 0; within the limit 0; over it 1; -1 is no limit', () => {
    expect(run([warningsOnly]).code).toBe(0);
    expect(run(['--max-warnings', '3', warningsOnly]).code).toBe(0);
    const over = run(['--max-warnings', '0', warningsOnly]);
    expect(over.code).toBe(1);
    expect(over.stdout).toContain('✖ 3 problems (0 errors, 3 warnings)');
    expect(over.stderr).toContain('too many warnings (maximum: 0)');
    expect(run(['--max-warnings', '-1', warningsOnly]).code).toBe(0);
  });

  it('a --max-warnings that is not a number is a usage error', () => {
    const { code, stderr } = run(['--max-warnings', 'lots', warningsOnly]);
    expect(code).toBe(2);
    expect(stderr).toContain('--max-warnings');
    expect(stderr).toContain("'lots'");
  });
});

describe.runIf(haveScript)('colour on a real terminal, NO_COLOR, --output', () => {
  const warningsOnly = 'fixtures/e2e/core/warnings-only';

  it('colours the report on a terminal', () => {
    expect(runOnTerminal([warningsOnly]).stdout).toContain('\u001b[');
  });

  it('NO_COLOR (any non-empty value) turns colour off; an empty NO_COLOR does not', () => {
    const plain = runOnTerminal([warningsOnly], { NO_COLOR: '1' });
    expect(plain.stdout).toContain('3 warnings');
    expect(plain.stdout).not.toContain('\u001b[');
    expect(runOnTerminal([warningsOnly], { NO_COLOR: '' }).stdout).toContain('\u001b[');
  });

  it('--output writes the stylish report without colour codes even from a terminal', () => {
    const file = path.join(realpathSync(mkdtempSync(path.join(tmpdir(), 'arch-lint-e2e-tty-'))), 'report.txt');
    runOnTerminal([warningsOnly, '--output', file]);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('✖ 3 problems (0 errors, 3 warnings)');
    expect(text).not.toContain('\u001b[');
  });
});

describe('a reader that closes the pipe early (EPIPE)', () => {
  // The reader (`true`) has exited before arch-lint writes, so every write meets a closed pipe.
  function intoClosedPipe(args: string[]): { code: number; stderr: string } {
    const command = `"$0" "$1" ${args.map((arg) => `'${arg}'`).join(' ')} | true; exit "\${PIPESTATUS[0]}"`;
    const result = spawnSync('bash', ['-c', command, process.execPath, bin], { cwd: repo, encoding: 'utf8', env: { ...process.env, NO_COLOR: '', CI: undefined } });
    return { code: result.status ?? -1, stderr: result.stderr };
  }

  it('--help | head -1 is quiet and exits 0', () => {
    expect(intoClosedPipe(['--help'])).toEqual({ code: 0, stderr: '' });
  });

  it('a report into a closed pipe keeps the run’s exit code and prints no stack', () => {
    expect(intoClosedPipe(['--format', 'json', 'fixtures/e2e/core/flags'])).toEqual({ code: 1, stderr: '' });
    expect(intoClosedPipe(['fixtures/e2e/core/warnings-only'])).toEqual({ code: 0, stderr: '' });
  });
});
