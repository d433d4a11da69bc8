/**
 * Values kept outside the repository (issue "Real code, part 2", points 3 and 6), end to end through the built CLI:
 * a deployment repository read with `--deployments`, values stated under `bindings:`, and the `unverified-target`
 * warning for a variable nothing binds — one finding per variable, server code only. Fixture: fixtures/e2e/deployment-repo.
 */
import { cpSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding, LintResult } from '../../src/model.js';
import { assertBuilt, repo, run } from '../cli/subprocess.js';

beforeAll(assertBuilt);

function workspace(): { app: string; ops: string } {
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'arch-lint-deployments-')));
  cpSync(path.join(repo, 'fixtures/e2e/deployment-repo'), dir, { recursive: true });
  return { app: path.join(dir, 'app'), ops: path.join(dir, 'ops') };
}

/** A JSON scan of `cwd`; exit 1 unless every finding is a warning. */
function scan(cwd: string, ...args: string[]): LintResult {
  const outcome = run(['.', '--format', 'json', ...args], { cwd });
  expect(outcome.code === 0 || outcome.code === 1, outcome.stderr).toBe(true);
  return JSON.parse(outcome.stdout) as LintResult;
}

const at = (finding: Finding): string => `${finding.ruleId} ${finding.file}:${finding.line}`;

describe('a separate deployment repository', () => {
  it('without it, each unbound variable of server code is one unverified-target warning; tests and the front end are not reported', () => {
    const { app } = workspace();
    const report = scan(app);
    expect(report.findings.map(at).sort()).toEqual([
      'no-direct-integration src/directory.js:2',
      'no-direct-integration src/registry.js:4',
      'unverified-target src/importer.js:3',
      'unverified-target src/payments.js:3',
    ]);
    const payments = report.findings.find((finding) => finding.file === 'src/payments.js')!;
    expect(payments.severity).toBe('warning');
    expect(payments.message).toContain('`PAYMENTS_URL`');
    expect(payments.message).toContain('--deployments <dir>');
    expect(payments.message).toContain('bindings:');
    expect(payments.related?.map((related) => `${related.file}:${related.line}`)).toEqual(['src/payments.js:5']);
    const importer = report.findings.find((finding) => finding.file === 'src/importer.js')!;
    // At the client configuration that reads the variable, with the call made on it as related.
    expect(importer.related?.map((related) => `${related.file}:${related.line}`)).toEqual(['src/importer.js:5']);
  });

  it('an e2e compose mock is no production value, a .env.template placeholder is no URL, and a node-config custom environment is judged', () => {
    const { app } = workspace();
    const report = scan(app);
    const importer = report.findings.find((finding) => finding.file === 'src/importer.js')!;
    expect(importer.message).toContain('`IMPORTER_URL` is bound only for development or test (docker-compose.e2e.yml:5, test)');
    expect(report.findings.some((finding) => finding.message.includes('importer-mock') && finding.ruleId === 'no-direct-integration')).toBe(false);
    expect(report.calls.find((call) => call.file === 'src/importer.js' && call.line === 3)?.targets.map((target) => [target.host, target.environment])).toEqual([['importer-mock', 'test']]);
    const payments = report.findings.find((finding) => finding.file === 'src/payments.js')!;
    expect(payments.message).toContain('`PAYMENTS_URL` is bound only to a placeholder or an empty value (.env.template:2)');
    expect(report.calls.find((call) => call.file === 'src/payments.js' && call.line === 3)?.targets[0]).toMatchObject({ zone: 'unresolved', url: null });
    const registry = report.findings.find((finding) => finding.file === 'src/registry.js')!;
    expect(registry.message).toContain("'registry.it.helsinki.fi'");
    expect(registry.message).toContain('config/hy.js:3, hy');
    // The default's empty value is no URL on the caller's origin.
    expect(report.calls.find((call) => call.file === 'src/registry.js')?.targets.map((target) => target.zone)).toEqual(['unresolved', 'internal']);
  });

  it('with --deployments, its ConfigMap binds the variable and the direct integration is flagged with the file in the chain', () => {
    const { app } = workspace();
    const report = scan(app, '--deployments', '../ops');
    expect(report.findings.map(at).sort()).toEqual([
      'no-direct-integration src/directory.js:2',
      'no-direct-integration src/importer.js:3',
      'no-direct-integration src/registry.js:4',
      'unverified-target src/payments.js:3',
    ]);
    const importer = report.findings.find((finding) => finding.file === 'src/importer.js')!;
    expect(importer.message).toContain("'importer.it.helsinki.fi'");
    expect(importer.message).toContain('../ops/openshift/course-app.yaml:6');
  });

  it('a value stated under bindings: is used and shown as stated, with its reason', () => {
    const { app } = workspace();
    const report = scan(app);
    const directory = report.findings.find((finding) => finding.file === 'src/directory.js')!;
    expect(directory.message).toContain("'directory.it.helsinki.fi'");
    expect(directory.message).toContain('arch-lint.config.yaml:3, prod, stated in the config: set in the production secret store');
  });

  it('a deployments folder that does not exist is a warning naming it, and the scan goes on', () => {
    const { app } = workspace();
    const report = scan(app, '--deployments', '../missing');
    const problem = report.problems.find((candidate) => candidate.code === 'deployments-unreadable');
    expect(problem?.message).toContain('../missing');
    expect(report.findings.map(at)).toContain('no-direct-integration src/directory.js:2');
  });

  it('a malformed file in the deployment repository is named, and the others are still read', () => {
    const { app, ops } = workspace();
    writeFileSync(path.join(ops, 'openshift/broken.yaml'), 'apiVersion: v1\nkind: ConfigMap\ndata: [unclosed\n');
    const report = scan(app, '--deployments', '../ops');
    expect(report.problems.some((problem) => problem.file === '../ops/openshift/broken.yaml')).toBe(true);
    expect(report.findings.map(at)).toContain('no-direct-integration src/importer.js:3');
  });

  it('a config may name a deployments folder inside the repository, but one outside it is read only when the command line names it', () => {
    const { app } = workspace();
    writeFileSync(path.join(app, 'arch-lint.config.yaml'), 'extends: helsinki\ndeployments: ["../ops"]\n');
    const refused = scan(app);
    expect(refused.problems.find((problem) => problem.code === 'deployments-outside-root')?.message).toContain('--deployments ../ops');
    expect(refused.findings.map(at)).toContain('unverified-target src/importer.js:3');
    cpSync(path.join(app, '../ops'), path.join(app, 'deploy'), { recursive: true });
    writeFileSync(path.join(app, 'arch-lint.config.yaml'), 'extends: helsinki\ndeployments: ["deploy"]\n');
    expect(scan(app).findings.map(at)).toContain('no-direct-integration src/importer.js:3');
  });
});
