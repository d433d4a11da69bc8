/**
 * Adopting arch-lint on legacy code with a baseline (fixtures/cli/baseline-workspace), through the CLI:
 * --update-baseline, normal runs against it, stale entries, --baseline, and the CI rule.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Baseline } from '../../src/judge/suppressions/baseline.js';
import type { LintResult } from '../../src/model.js';
import { assertBuilt, copyFixture, run } from './subprocess.js';

beforeAll(assertBuilt);

const source = 'src/studyRegistry.ts';

function readBaselineFile(dir: string, name = 'arch-lint-baseline.json'): Baseline {
  return JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as Baseline;
}

function adopted(): string {
  const dir = copyFixture('baseline-workspace');
  const update = run(['--update-baseline'], { cwd: dir });
  expect(update.code, update.stderr).toBe(0);
  return dir;
}

describe('baseline', () => {
  it('adopting: --update-baseline writes the known findings, after which a run exits 0 and says how many are baselined', () => {
    const dir = copyFixture('baseline-workspace');
    expect(run([], { cwd: dir }).code).toBe(1);
    const update = run(['--update-baseline'], { cwd: dir });
    expect(update.code).toBe(0);
    expect(update.stdout).toBe('arch-lint: wrote arch-lint-baseline.json: 2 entries.\n');
    const baseline = readBaselineFile(dir);
    expect(baseline.entries.map((entry) => [entry.rule, entry.file, entry.symbol, entry.target])).toEqual([
      ['no-direct-integration', source, 'fetchStudyRights', 'sisu.it.helsinki.fi'],
      ['no-direct-integration', source, 'fetchUnits', 'orgreg.it.helsinki.fi'],
    ]);

    const after = run([], { cwd: dir });
    expect(after.code).toBe(0);
    expect(after.stdout).toContain('2 baselined (arch-lint-baseline.json)');
    const json = run(['--format', 'json'], { cwd: dir });
    const result = JSON.parse(json.stdout) as LintResult;
    expect(result.baseline).toEqual({ file: 'arch-lint-baseline.json', baselined: 2, stale: [] });
    expect(result.findings.every((finding) => finding.suppressed?.kind === 'baseline')).toBe(true);
  });

  it('a new direct call fails the run, naming only that call', () => {
    const dir = adopted();
    writeFileSync(
      path.join(dir, source),
      `${readFileSync(path.join(dir, source), 'utf8')}\nexport async function fetchRooms(): Promise<unknown> {\n  return (await fetch('https://rooms.it.helsinki.fi/api/rooms')).json();\n}\n`,
    );
    const { code, stdout } = run(['--format', 'json'], { cwd: dir });
    expect(code).toBe(1);
    const result = JSON.parse(stdout) as LintResult;
    const live = result.findings.filter((finding) => !finding.suppressed);
    expect(live).toHaveLength(1);
    expect(live[0]!.message).toContain('rooms.it.helsinki.fi');
    expect(result.summary).toMatchObject({ errors: 1, suppressed: 2 });
    const stylish = run([], { cwd: dir });
    expect(stylish.stdout).toContain('rooms.it.helsinki.fi');
    expect(stylish.stdout).not.toContain('orgreg.it.helsinki.fi/api/units');
  });

  it('entries survive edits elsewhere in the file (identity is not the line)', () => {
    const dir = adopted();
    writeFileSync(path.join(dir, source), `// A header comment added later.\n\n${readFileSync(path.join(dir, source), 'utf8')}`);
    expect(run([], { cwd: dir }).code).toBe(0);
  });

  it('fixing an old call makes its entry stale: reported, and pruned by --update-baseline', () => {
    const dir = adopted();
    const text = readFileSync(path.join(dir, source), 'utf8').replace('https://orgreg.it.helsinki.fi/api/units', 'https://gw.api.helsinki.fi/organisation/units');
    writeFileSync(path.join(dir, source), text);
    const json = run(['--format', 'json'], { cwd: dir });
    expect(json.code).toBe(0);
    const result = JSON.parse(json.stdout) as LintResult;
    expect(result.baseline?.stale.map((entry) => [entry.file, entry.symbol, entry.target])).toEqual([[source, 'fetchUnits', 'orgreg.it.helsinki.fi']]);
    const stylish = run([], { cwd: dir });
    expect(stylish.stdout).toContain('1 baseline entry no longer occurs; run arch-lint --update-baseline to drop it:');
    expect(stylish.stdout).toContain(`${source} (fetchUnits)  no-direct-integration → orgreg.it.helsinki.fi`);

    const prune = run(['--update-baseline'], { cwd: dir, env: { CI: 'true' } });
    expect(prune.code).toBe(0); // shrinking is fine in CI
    expect(prune.stdout).toBe('arch-lint: updated arch-lint-baseline.json: 1 entry (0 added, 1 stale removed).\n');
    expect(readBaselineFile(dir).entries.map((entry) => entry.symbol)).toEqual(['fetchStudyRights']);
  });

  it('a scan of some files reports no stale entries for the others, and cannot rewrite the baseline', () => {
    const dir = adopted();
    writeFileSync(path.join(dir, 'src/other.ts'), "export const ping = () => fetch('https://gw.api.helsinki.fi/ping');\n");
    const json = run(['--format', 'json', 'src/other.ts'], { cwd: dir });
    expect(json.code).toBe(0);
    expect((JSON.parse(json.stdout) as LintResult).baseline).toEqual({ file: 'arch-lint-baseline.json', baselined: 0, stale: [] });
    const update = run(['--update-baseline', 'src/other.ts'], { cwd: dir });
    expect(update.code).toBe(2);
    expect(update.stderr).toContain('--update-baseline needs a scan of the whole project');
  });

  it('keeps comments across updates', () => {
    const dir = adopted();
    const baseline = readBaselineFile(dir);
    baseline.entries[0]!.comment = 'STUDY-12: moves to the gateway with Sisu 2027';
    writeFileSync(path.join(dir, 'arch-lint-baseline.json'), `${JSON.stringify(baseline, null, 2)}\n`);
    expect(run(['--update-baseline'], { cwd: dir }).stdout).toContain('baseline unchanged');
    expect(readBaselineFile(dir).entries[0]!.comment).toBe('STUDY-12: moves to the gateway with Sisu 2027');
    const result = JSON.parse(run(['--format', 'json'], { cwd: dir }).stdout) as LintResult;
    expect(result.findings.find((finding) => finding.message.includes('sisu'))!.suppressed).toEqual({ kind: 'baseline', justification: 'STUDY-12: moves to the gateway with Sisu 2027' });
  });

  it('under CI=true the baseline is never created or grown, unless --force', () => {
    const fresh = copyFixture('baseline-workspace');
    const create = run(['--update-baseline'], { cwd: fresh, env: { CI: 'true' } });
    expect(create.code).toBe(2);
    expect(create.stderr).toMatch(/^arch-lint: refusing to create a baseline in CI/);
    expect(existsSync(path.join(fresh, 'arch-lint-baseline.json'))).toBe(false);

    const dir = adopted();
    writeFileSync(path.join(dir, 'src/rooms.ts'), "export const loadRooms = () => fetch('https://rooms.it.helsinki.fi/api/rooms');\n");
    const before = readFileSync(path.join(dir, 'arch-lint-baseline.json'), 'utf8');
    const grow = run(['--update-baseline'], { cwd: dir, env: { CI: 'true' } });
    expect(grow.code).toBe(2);
    expect(grow.stderr).toContain('refusing to grow the baseline in CI (CI=true): 1 new entry');
    expect(readFileSync(path.join(dir, 'arch-lint-baseline.json'), 'utf8')).toBe(before);
    const forced = run(['--update-baseline', '--force'], { cwd: dir, env: { CI: 'true' } });
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('3 entries (1 added, 0 stale removed)');
  });

  it('--baseline names another file; a missing or invalid one is exit 2', () => {
    const dir = copyFixture('baseline-workspace');
    const update = run(['--update-baseline', '--baseline', 'debt/known.json'], { cwd: dir });
    expect(update.code).toBe(0);
    expect(update.stdout).toContain('wrote debt/known.json');
    expect(run([], { cwd: dir }).code).toBe(1); // the default file does not exist: no baseline
    expect(run(['--baseline', 'debt/known.json'], { cwd: dir }).code).toBe(0);
    const missing = run(['--baseline', 'missing.json'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('arch-lint: baseline file not found: missing.json (create it with --update-baseline)\n');
    writeFileSync(path.join(dir, 'arch-lint-baseline.json'), '{ "version": 1, "entries": [ { "rule": 3 } ] }\n');
    const invalid = run([], { cwd: dir });
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toMatch(/^arch-lint: .*arch-lint-baseline\.json: invalid baseline/);
  });
});
