// An input arch-lint could not analyse at error level (here: a gateway catalogue file that is neither
// JSON nor YAML) makes the scan incomplete. The run fails (exit 1) even with no finding, rather than
// passing silently; warning-level problems (a file with a syntax error) do not change the exit code.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './subprocess.js';

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'arch-lint-incomplete-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}

const cleanCode = "// Calls only its own origin.\nexport const load = () => fetch('/api/feedback');\n";

describe('exit code of an incomplete scan', () => {
  it('fails when an input could not be analysed at error level', () => {
    const dir = workspace({
      'arch-lint.config.yaml': 'extends: helsinki\ngateway:\n  catalog: ["catalog.json"]\n',
      'catalog.json': '{ "gravitee": "2.0.0", "proxy": [\n',
      'app.ts': cleanCode,
    });
    const outcome = run([dir, '--format', 'json']);
    const report = JSON.parse(outcome.stdout) as { summary: { errors: number }; problems: { severity: string; file: string }[] };
    expect(report.summary.errors).toBe(0);
    expect(report.problems.some((problem) => problem.severity === 'error' && problem.file.endsWith('catalog.json'))).toBe(true);
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toContain('could not analyse every input');
  });

  it('passes when the only problems are warnings', () => {
    const dir = workspace({ 'arch-lint.config.yaml': 'extends: helsinki\n', 'app.ts': cleanCode, 'broken.ts': "export const save = () => fetch('/api/save', { method: 'POST' \n" });
    const outcome = run([dir, '--format', 'json']);
    const report = JSON.parse(outcome.stdout) as { problems: { severity: string }[] };
    expect(report.problems.length).toBeGreaterThan(0);
    expect(report.problems.every((problem) => problem.severity === 'warning')).toBe(true);
    expect(outcome.code).toBe(0);
  });
});
