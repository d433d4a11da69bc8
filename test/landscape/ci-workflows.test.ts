/**
 * docs/ci/github-landscape.yml and docs/ci/gitlab-landscape.yml work: their shell lines run, in order, on the two
 * fixture repositories that call each other (fixtures/landscape/merge/), with `arch-lint` the built CLI. What only the
 * CI system does (install from ARCH_LINT_PACKAGE, check out or clone, move artifacts) is done here by copying.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MergedLandscape } from '../../src/landscape/merge.js';
import { assertBuilt, bin, repo } from '../cli/subprocess.js';

const repositories = ['enrolment-repo', 'grades-repo'];

function sandbox(): { dir: string; env: NodeJS.ProcessEnv } {
  const dir = mkdtempSync(path.join(tmpdir(), 'arch-lint-ci-'));
  const binDir = path.join(dir, '.bin');
  mkdirSync(binDir);
  writeFileSync(path.join(binDir, 'arch-lint'), `#!/bin/sh\nexec "${process.execPath}" "${bin}" "$@"\n`);
  chmodSync(path.join(binDir, 'arch-lint'), 0o755);
  return { dir, env: { ...process.env, PATH: `${binDir}:${process.env.PATH ?? ''}`, CI: 'true' } };
}

function sh(line: string, cwd: string, env: NodeJS.ProcessEnv): void {
  execFileSync('bash', ['-euo', 'pipefail', '-c', line], { cwd, env, stdio: 'pipe' });
}

const isInstall = (line: string): boolean => line.startsWith('npm install --global');

function checkMerged(dir: string): void {
  const landscape = JSON.parse(readFileSync(path.join(dir, 'landscape.json'), 'utf8')) as MergedLandscape;
  expect(landscape.repositories.map((repository) => repository.name)).toEqual(repositories);
  expect(landscape.edges.map((edge) => `${edge.from} -> ${edge.to}`)).toEqual(['service:enrolment-repo/enrolment -> service:grades-repo/grades', 'service:grades-repo/grades -> service:enrolment-repo/enrolment']);
  expect(readFileSync(path.join(dir, 'landscape.html'), 'utf8')).toMatch(/^<!doctype html>/);
}

beforeAll(assertBuilt);

describe('the organisation landscape workflows in docs/ci', () => {
  it('GitHub: the matrix job scans each repository, the merge job merges their reports', () => {
    interface Step { run?: string; uses?: string; with?: Record<string, unknown> }
    const workflow = parse(readFileSync(path.join(repo, 'docs/ci/github-landscape.yml'), 'utf8')) as { jobs: Record<string, { steps: Step[]; needs?: string; strategy?: { matrix: { include: { name: string }[] } } }> };
    expect(workflow.jobs.scan!.strategy!.matrix.include.length).toBeGreaterThan(0);
    expect(workflow.jobs.merge!.needs).toBe('scan');
    const { dir, env } = sandbox();
    const artifacts = path.join(dir, 'artifacts');
    mkdirSync(artifacts);
    for (const name of repositories) {
      const job = path.join(dir, `scan-${name}`);
      mkdirSync(job);
      for (const step of workflow.jobs.scan!.steps) {
        if (step.uses?.startsWith('actions/checkout')) cpSync(path.join(repo, 'fixtures/landscape/merge', name), path.join(job, name), { recursive: true });
        else if (step.uses?.startsWith('actions/upload-artifact')) cpSync(path.join(job, String(step.with!.path).replace('${{ matrix.name }}', name)), path.join(artifacts, `${name}.json`));
        else if (step.run && !isInstall(step.run)) sh(step.run.replaceAll('${{ matrix.name }}', name), job, env);
      }
    }
    const merge = path.join(dir, 'merge');
    mkdirSync(merge);
    for (const step of workflow.jobs.merge!.steps) {
      if (step.uses?.startsWith('actions/download-artifact')) cpSync(artifacts, path.join(merge, String(step.with!.path)), { recursive: true });
      else if (step.run && !isInstall(step.run)) sh(step.run, merge, env);
    }
    checkMerged(merge);
  }, 60_000);

  it('GitLab: parallel matrix scan jobs, then the merge job over their artifacts', () => {
    interface Job { script: string[]; parallel?: { matrix: { REPOSITORY: string[] }[] }; needs?: unknown[] }
    const pipeline = parse(readFileSync(path.join(repo, 'docs/ci/gitlab-landscape.yml'), 'utf8')) as Record<string, Job>;
    expect(pipeline['arch-lint:scan']!.parallel!.matrix[0]!.REPOSITORY.length).toBeGreaterThan(0);
    const { dir, env } = sandbox();
    const merge = path.join(dir, 'merge');
    mkdirSync(path.join(merge, 'reports'), { recursive: true });
    for (const name of repositories) {
      const job = path.join(dir, `scan-${name}`);
      mkdirSync(job);
      for (const line of pipeline['arch-lint:scan']!.script) {
        if (isInstall(line)) continue;
        if (line.startsWith('git clone')) cpSync(path.join(repo, 'fixtures/landscape/merge', name), path.join(job, name), { recursive: true });
        else sh(`REPOSITORY=my-group/${name}; ${line.startsWith('NAME=') ? '' : `NAME=${name}; `}${line}`, job, env);
      }
      for (const file of readdirSync(path.join(job, 'reports'))) cpSync(path.join(job, 'reports', file), path.join(merge, 'reports', file));
    }
    for (const line of pipeline['arch-lint:merge']!.script) if (!isInstall(line)) sh(line, merge, env);
    checkMerged(merge);
  }, 60_000);
});
