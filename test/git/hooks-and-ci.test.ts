import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const read = (file: string): unknown => parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'));

describe('.pre-commit-hooks.yaml', () => {
  it('defines the arch-lint hook on staged content, without file names, as a node hook', () => {
    const hooks = read('.pre-commit-hooks.yaml') as Record<string, unknown>[];
    expect(hooks).toHaveLength(1);
    expect(hooks[0]).toMatchObject({ id: 'arch-lint', entry: 'arch-lint --staged', language: 'node', pass_filenames: false });
  });
});

describe('action.yml', () => {
  const action = read('action.yml') as {
    runs: { using: string; steps: { uses?: string; run?: string; if?: string; with?: Record<string, string> }[] };
    inputs: Record<string, { default: string }>;
  };

  it('is a composite action that sets up node, scans to SARIF and stylish, uploads SARIF and fails on findings', () => {
    expect(action.runs.using).toBe('composite');
    const steps = action.runs.steps;
    expect(steps[0]!.uses).toMatch(/^actions\/setup-node@/);
    const run = steps.find((step) => step.run?.includes('--format sarif'))!;
    expect(run.run).toContain('--format sarif --output "$INPUT_SARIF_FILE"');
    expect(run.run).toContain('--format stylish');
    const upload = steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif@'))!;
    expect(upload.if).toContain('always()');
    expect(upload.with).toMatchObject({ category: '${{ inputs.category }}' });
    const fail = steps[steps.length - 1]!;
    expect(fail.if).toContain("steps.run.outputs.exit-code != '0'");
    expect(fail.run).toContain('exit 1');
  });

  it('passes inputs to the shell through the environment, never by expanding them inside the script', () => {
    for (const step of action.runs.steps) {
      if (!step.run) continue;
      expect(step.run).not.toMatch(/\$\{\{\s*inputs\./);
    }
  });
});

describe('docs/ci templates', () => {
  it('the GitLab template publishes the Code Quality report', () => {
    const gitlab = read('docs/ci/gitlab-ci.yml') as Record<string, { script: string[]; artifacts: { when: string; reports: Record<string, string> } }>;
    const job = gitlab['arch-lint']!;
    expect(job.script.join(' ')).toContain('--format gitlab --output gl-code-quality-report.json');
    expect(job.artifacts).toMatchObject({ when: 'always', reports: { codequality: 'gl-code-quality-report.json', junit: 'arch-lint-junit.xml' } });
  });

  it('the GitHub workflow grants security-events: write and checks out full history', () => {
    const workflow = read('docs/ci/github-workflow.yml') as { permissions: Record<string, string>; jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }> };
    expect(workflow.permissions['security-events']).toBe('write');
    const checkout = workflow.jobs['arch-lint']!.steps[0]!;
    expect(checkout.with).toMatchObject({ 'fetch-depth': 0 });
  });
});
