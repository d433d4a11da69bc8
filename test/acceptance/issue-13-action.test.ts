/**
 * Issue 13: the GitHub Action's own shell steps, run as the runner runs them (bash, with GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files) on a temporary git repository. With `changed-since`, the SARIF report for code scanning
 * still covers the whole repository (an upload replaces the category's alerts), while the job's outcome comes from
 * the findings on changed lines only. Needs `npm run build` first.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { assertBuilt, bin, repo } from '../cli/subprocess.js';

interface Step { name?: string; run?: string; env?: Record<string, string> }
const action = parse(readFileSync(path.join(repo, 'action.yml'), 'utf8')) as { runs: { steps: Step[] }; inputs: Record<string, unknown> };
const runStep = action.runs.steps.find((step) => step.name === 'Run arch-lint')!;

function gitRepo(): string {
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'arch-lint-action-')));
  const git = (...args: string[]): string => execFileSync('git', ['-c', 'user.email=t@example.invalid', '-c', 'user.name=t', ...args], { cwd: dir, encoding: 'utf8' });
  git('init', '--quiet', '-b', 'main');
  writeFileSync(path.join(dir, 'old.ts'), "// Committed before the pull request.\nexport const a = () => fetch('http://old.billing.svc.cluster.local/api');\n");
  git('add', '.');
  git('commit', '--quiet', '-m', 'old');
  writeFileSync(path.join(dir, 'new.ts'), "// Added by the pull request.\nexport const b = () => fetch('http://new.grades.svc.cluster.local/api');\n");
  git('add', '.');
  git('commit', '--quiet', '-m', 'new');
  return dir;
}

function runActionStep(dir: string, inputs: Record<string, string>): { code: number | null; stdout: string; outputs: string; sarif: { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] } } {
  writeFileSync(path.join(dir, 'github-output'), '');
  const env = {
    ...process.env,
    NO_COLOR: '1',
    ARCH_LINT_BIN: `${process.execPath} ${bin}`,
    GITHUB_OUTPUT: path.join(dir, 'github-output'),
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md'),
    INPUT_CHANGED_SINCE: inputs.changedSince ?? '',
    INPUT_BASELINE: 'arch-lint-baseline.json',
    INPUT_SARIF_FILE: 'arch-lint.sarif',
    INPUT_ARGS: '',
  };
  const outcome = spawnSync('bash', ['-e', '-c', runStep.run!], { cwd: dir, env, encoding: 'utf8' });
  return {
    code: outcome.status,
    stdout: outcome.stdout,
    outputs: readFileSync(path.join(dir, 'github-output'), 'utf8'),
    sarif: JSON.parse(readFileSync(path.join(dir, 'arch-lint.sarif'), 'utf8')) as never,
  };
}

const uris = (sarif: ReturnType<typeof runActionStep>['sarif']): string[] => sarif.runs[0]!.results.map((result) => result.locations[0]!.physicalLocation.artifactLocation.uri).sort();

describe('action.yml: the Run arch-lint step', () => {
  it('with changed-since: SARIF covers the whole repository, the outcome only the changed lines', () => {
    assertBuilt();
    const dir = gitRepo();
    const outcome = runActionStep(dir, { changedSince: 'HEAD~1' });
    expect(outcome.code).toBe(0);
    expect(uris(outcome.sarif)).toEqual(['new.ts', 'old.ts']);
    expect(outcome.outputs).toContain('exit-code=1');
    // The log lists the finding on the changed line only.
    expect(outcome.stdout).toContain('new.grades.svc.cluster.local');
    expect(outcome.stdout).not.toContain('old.billing.svc.cluster.local');
    expect(readFileSync(path.join(dir, 'summary.md'), 'utf8')).toContain('old.ts');
  });

  it('with changed-since and nothing new on changed lines: exit-code 0, SARIF still has the old finding', () => {
    const dir = gitRepo();
    execFileSync('git', ['-c', 'user.email=t@example.invalid', '-c', 'user.name=t', 'commit', '--quiet', '--allow-empty', '-m', 'empty'], { cwd: dir });
    const outcome = runActionStep(dir, { changedSince: 'HEAD~1' });
    expect(outcome.outputs).toContain('exit-code=0');
    expect(uris(outcome.sarif)).toEqual(['new.ts', 'old.ts']);
  });

  it('without changed-since: one scan, SARIF and the outcome from everything', () => {
    const dir = gitRepo();
    const outcome = runActionStep(dir, {});
    expect(outcome.outputs).toContain('exit-code=1');
    expect(uris(outcome.sarif)).toEqual(['new.ts', 'old.ts']);
    expect(outcome.stdout).toContain('old.billing.svc.cluster.local');
  });

  it('has no version input that would install from a registry', () => {
    expect(Object.keys(action.inputs)).not.toContain('version');
    const install = action.runs.steps.find((step) => step.name === 'Install arch-lint')!;
    expect(install.run).toContain('cd "$GITHUB_ACTION_PATH"');
    expect(install.run).not.toMatch(/npm (install|i) [^\n]*arch-lint@/);
  });
});
