/**
 * Report formats through the CLI: several from one run, the GitHub job summary, repository-relative paths
 * when a subdirectory is scanned, and `arch-lint format` re-rendering a saved report.
 */
import { cpSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/model.js';
import { assertBuilt, cliFixtures, initRepo, run } from './subprocess.js';

beforeAll(assertBuilt);

const direct = path.join(cliFixtures, 'direct');

function scratch(): string {
  return realpathSync(mkdtempSync(path.join(tmpdir(), 'arch-lint-formats-')));
}

describe('formats', () => {
  it('writes every CI format from one run, each to its own --output, one to stdout', () => {
    const out = scratch();
    const file = (name: string) => path.join(out, name);
    const { code, stdout } = run(
      ['--now', '2026-01-15', '--format', 'sarif', '-o', file('a.sarif'), '--format', 'gitlab', '-o', file('cq.json'), '--format', 'junit', '-o', file('junit.xml'), '--format', 'markdown', '-o', file('comment.md'), '--format', 'github', direct],
      {},
    );
    expect(code).toBe(1);
    const sarif = JSON.parse(readFileSync(file('a.sarif'), 'utf8')) as { version: string; runs: { results: { ruleId: string }[] }[] };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]!.results.map((result) => result.ruleId)).toEqual(['no-direct-integration']);
    const codeQuality = JSON.parse(readFileSync(file('cq.json'), 'utf8')) as { check_name: string; severity: string }[];
    expect(codeQuality).toMatchObject([{ check_name: 'no-direct-integration', severity: 'major' }]);
    expect(readFileSync(file('junit.xml'), 'utf8')).toContain('<testsuites name="arch-lint"');
    expect(readFileSync(file('comment.md'), 'utf8')).toMatch(/^## arch-lint/);
    expect(stdout).toMatch(/^::error file=.*src\/util\/importerClient\.ts,line=5,col=\d+,title=arch-lint no-direct-integration::/);
  });

  it('--format github appends the job summary to $GITHUB_STEP_SUMMARY', () => {
    const summary = path.join(scratch(), 'summary.md');
    writeFileSync(summary, '# earlier step\n');
    const { code } = run(['--now', '2026-01-15', '--format', 'github', direct], { env: { GITHUB_STEP_SUMMARY: summary } });
    expect(code).toBe(1);
    const text = readFileSync(summary, 'utf8');
    expect(text.startsWith('# earlier step\n')).toBe(true);
    expect(text).toContain('## arch-lint');
    expect(text).toContain('importer.it.helsinki.fi');
    // Other formats leave it alone.
    run(['--format', 'json', '-o', path.join(scratch(), 'r.json'), direct], { env: { GITHUB_STEP_SUMMARY: summary } });
    expect(readFileSync(summary, 'utf8')).toBe(text);
  });

  it('a scan of a subdirectory of a git repository gives repository-relative paths to SARIF, GitHub and GitLab', () => {
    const repo = scratch();
    cpSync(direct, path.join(repo, 'services/students'), { recursive: true });
    initRepo(repo);
    const out = scratch();
    run(['--format', 'sarif', '-o', path.join(out, 'r.sarif'), '--format', 'gitlab', '-o', path.join(out, 'cq.json'), '--format', 'json', '-o', path.join(out, 'r.json'), 'services/students'], { cwd: repo });
    const sarif = JSON.parse(readFileSync(path.join(out, 'r.sarif'), 'utf8')) as { runs: { originalUriBaseIds: Record<string, { uri: string }>; results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[]; relatedLocations?: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    expect(sarif.runs[0]!.originalUriBaseIds['%SRCROOT%']!.uri).toBe(`file://${repo}/`);
    expect(sarif.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('services/students/src/util/importerClient.ts');
    // The call through the client is a related location, repository-relative as well.
    expect(sarif.runs[0]!.results[0]!.relatedLocations?.map((location) => location.physicalLocation.artifactLocation.uri)).toContain('services/students/src/students.ts');
    const codeQuality = JSON.parse(readFileSync(path.join(out, 'cq.json'), 'utf8')) as { location: { path: string } }[];
    expect(codeQuality[0]!.location.path).toBe('services/students/src/util/importerClient.ts');
    // The JSON report stays relative to the scan root.
    expect((JSON.parse(readFileSync(path.join(out, 'r.json'), 'utf8')) as LintResult).findings[0]!.file).toBe('src/util/importerClient.ts');
    const github = run(['--format', 'github', 'services/students'], { cwd: repo });
    expect(github.stdout).toContain('file=services/students/src/util/importerClient.ts,');
  });
});

describe('arch-lint format <report.json>', () => {
  function savedReport(): string {
    const file = path.join(scratch(), 'report.json');
    run(['--now', '2026-01-15', '--format', 'json', '--output', file, direct]);
    return file;
  }

  it('re-renders a saved report in other formats without scanning; the exit code follows its counts', () => {
    const report = savedReport();
    const sarifFile = path.join(path.dirname(report), 'again.sarif');
    const { code, stdout } = run(['format', report, '--format', 'sarif', '--output', sarifFile, '--format', 'stylish']);
    expect(code).toBe(1);
    expect(stdout).toContain('no-direct-integration');
    expect(stdout).toMatch(/✖ 1 problem \(1 error, 0 warnings\)/);
    const sarif = JSON.parse(readFileSync(sarifFile, 'utf8')) as { runs: { results: unknown[] }[] };
    expect(sarif.runs[0]!.results).toHaveLength(1);
    // The same bytes as the scan's own SARIF.
    const fromScan = path.join(path.dirname(report), 'scan.sarif');
    run(['--now', '2026-01-15', '--format', 'sarif', '--output', fromScan, direct]);
    expect(readFileSync(sarifFile, 'utf8')).toBe(readFileSync(fromScan, 'utf8'));
  });

  it('a clean report exits 0; --max-warnings applies', () => {
    const file = path.join(scratch(), 'clean.json');
    run(['--format', 'json', '--output', file, path.join(cliFixtures, 'warnings')]);
    expect(run(['format', file]).code).toBe(0);
    expect(run(['format', file, '--max-warnings', '0']).code).toBe(1);
  });

  it('a file that is not a report is exit 2 with a clear message', () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'not-json.json'), 'arch-lint was here\n');
    writeFileSync(path.join(dir, 'wrong.json'), '{ "version": 1, "findings": [] }\n');
    const notJson = run(['format', path.join(dir, 'not-json.json')]);
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toMatch(/^arch-lint: .*not-json\.json is not JSON/);
    const wrong = run(['format', path.join(dir, 'wrong.json'), '--format', 'sarif']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/^arch-lint: .*wrong\.json is not an arch-lint JSON report: .*required property/);
    expect(wrong.stderr).not.toContain('    at ');
    expect(run(['format', path.join(dir, 'missing.json')]).code).toBe(2);
    expect(run(['format', savedReport(), '--format', 'xml']).code).toBe(2);
  });
});
