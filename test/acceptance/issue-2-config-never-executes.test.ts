/**
 * Issue 2, point 2: "YAML/JSON only: a config never executes code (PR checks run on untrusted branches)".
 * A workspace carrying `arch-lint.config.js` / `.mjs` (which would write a marker file and turn the rule off if
 * run) is scanned with no config, and pointing `--config` at one is a config error; neither ever runs it.
 * Needs `npm run build` first (`npm test` does it).
 */
import { cpSync, existsSync, mkdtempSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/model.js';
import { assertBuilt, repo, run } from '../cli/subprocess.js';

beforeAll(assertBuilt);

function workspace(): string {
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'arch-lint-js-config-')));
  cpSync(path.join(repo, 'fixtures/acceptance/issue-2/js-config'), dir, { recursive: true });
  return dir;
}

describe('a config written as code is never run', () => {
  it('is not picked up as the config: the recommended preset applies, the first line says so, the call is reported', () => {
    const dir = workspace();
    const stylish = run([dir]);
    expect(stylish.stdout.split('\n')[0]).toMatch(/^No arch-lint config found: using the built-in "recommended" preset/);
    expect(stylish.code).toBe(1);
    const json = run([dir, '--format', 'json']);
    const report = JSON.parse(json.stdout) as LintResult;
    expect(report.config).toEqual({ file: null, extends: ['recommended'] });
    expect(report.findings.map((finding) => [finding.ruleId, finding.file, finding.line])).toEqual([['no-direct-integration', 'src/enrolments.ts', 2]]);
    expect(existsSync(path.join(dir, 'EXECUTED'))).toBe(false);
  });

  it.each(['arch-lint.config.js', 'arch-lint.config.mjs'])('--config %s is read as YAML, fails to validate (exit 2), and is not run', (name) => {
    const dir = workspace();
    const { code, stdout, stderr } = run(['--config', path.join(dir, name), dir]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(new RegExp(`^arch-lint: ${path.join(dir, name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+: `));
    expect(existsSync(path.join(dir, 'EXECUTED'))).toBe(false);
  });
});
