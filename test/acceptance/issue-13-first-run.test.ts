/**
 * Issue 13, points 3 and 5: a first run that tells the truth, and the smaller items. The CLI runs as a subprocess
 * (as a new user runs it) on throw-away projects. Needs `npm run build` first (`npm test` does it).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, repo, run } from '../cli/subprocess.js';

function project(files: Record<string, string>): string {
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'arch-lint-first-run-')));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

// University hosts a fresh project (no config: the generic preset) puts in no zone, and a URL from an unbound variable
// (in a front end, so unverified-target, which asks only for server-side deployment values, says nothing).
const universityCalls = [
  '// Shows: calls a first run cannot judge without a config.',
  "export const a = () => fetch('https://sisu.it.helsinki.fi/kori/api/students');",
  "export const b = () => fetch('https://sisu.it.helsinki.fi/kori/api/teachers');",
  "export const c = () => fetch('https://gw.api.helsinki.fi/organisation/units');",
  'export const d = () => fetch(process.env.HOOK_URL);',
  '',
].join('\n');

const env = { COLUMNS: '100' };

beforeAll(() => assertBuilt());

describe('a first run without a config tells the truth', () => {
  it('counts calls by zone, lists the hosts in no zone and the unresolved calls, and never says "No problems found"', () => {
    const dir = project({ 'frontend/client.ts': universityCalls });
    const outcome = run(['--no-color'], { cwd: dir, env });
    expect(outcome.code).toBe(0);
    // As read, whatever the wrapping.
    const text = outcome.stdout.replace(/\s+/g, ' ');
    expect(text).not.toContain('No problems found (');
    expect(text).toContain('⚠ No problems found, but 4 of 4 calls could not be judged: 1 unresolved, 3 to hosts in no zone');
    expect(text).toContain('Calls by zone: 3 in no zone, 1 unresolved');
    expect(text).toContain('Hosts in no zone (add them to zones in the config): sisu.it.helsinki.fi (2 calls), gw.api.helsinki.fi (1 call)');
    expect(text).toContain('frontend/client.ts:5:24 fetch GET `process.env.HOOK_URL` (unresolved: env:HOOK_URL)');
    expect(text).toContain('Run arch-lint init to write one');
  });

  it('the JSON report has the counts: summary.zones and summary.noZoneHosts', () => {
    const dir = project({ 'src/client.ts': universityCalls });
    const report = JSON.parse(run(['--format', 'json'], { cwd: dir }).stdout) as { summary: { zones: Record<string, number>; noZoneHosts: { host: string; calls: number }[] } };
    expect(report.summary.zones).toMatchObject({ unknown: 3, unresolved: 1, internal: 0, gateway: 0 });
    expect(report.summary.noZoneHosts).toEqual([{ host: 'sisu.it.helsinki.fi', calls: 2 }, { host: 'gw.api.helsinki.fi', calls: 1 }]);
  });

  it('a run where every call is judged and fine still says "No problems found"', () => {
    const dir = project({ 'src/client.ts': "// Shows: a call to an external SaaS API only.\nexport const a = () => fetch('https://api.github.com/repos');\n" });
    const outcome = run(['--no-color'], { cwd: dir, env });
    expect(outcome.stdout).toContain('✔ No problems found (1 file, 1 call checked)');
    expect(outcome.stdout).toContain('Calls by zone: 1 external');
  });
});

describe('init --preset and --print-config', () => {
  it('init --preset helsinki scans with helsinki: the gateway API is an entry, not a host in no zone', () => {
    const dir = project({ 'src/client.ts': universityCalls });
    const outcome = run(['init', '--preset', 'helsinki'], { cwd: dir });
    expect(outcome.code).toBe(0);
    expect(readFileSync(path.join(dir, 'arch-lint.config.yaml'), 'utf8')).toContain('extends: helsinki');
    const manifest = parse(readFileSync(path.join(dir, 'architecture.yaml'), 'utf8')) as { spec: { consumes: { url: string; via: string }[] } };
    expect(manifest.spec.consumes).toContainEqual(expect.objectContaining({ url: 'https://gw.api.helsinki.fi/organisation', via: 'gateway' }));
    // The manifest init wrote passes its own checks: no waiver-invalid.
    const check = run(['--format', 'json'], { cwd: dir });
    const findings = (JSON.parse(check.stdout) as { findings: { ruleId: string }[] }).findings.map((finding) => finding.ruleId);
    expect(findings).not.toContain('waiver-invalid');
    expect(findings).not.toContain('invalid-manifest');
  });

  it('--print-config prints the resolved config (presets merged) as YAML and scans nothing', () => {
    const dir = project({ 'arch-lint.config.yaml': 'extends: helsinki\nzones:\n  external: ["api.example.com"]\nrules:\n  unknown-target: warn\n', 'src/client.ts': universityCalls });
    const outcome = run(['--print-config'], { cwd: dir });
    expect(outcome.code).toBe(0);
    const config = parse(outcome.stdout) as { file: string; extends: string[]; zones: Record<string, string[]>; rules: Record<string, unknown> };
    expect(config.file).toBe('arch-lint.config.yaml');
    expect(config.extends).toEqual(['recommended', 'helsinki']);
    expect(config.zones.gateway).toContain('gw.api.helsinki.fi');
    expect(config.zones.external).toEqual(expect.arrayContaining(['api.example.com', 'api.github.com']));
    expect(config.rules['unknown-target']).toBe('warn');
    expect(outcome.stdout).not.toContain('problem');
  });
});

describe('the smaller items', () => {
  it('--quiet with only warnings does not say "No problems found"', () => {
    const dir = project({ 'arch-lint.config.yaml': 'rules:\n  unknown-target: warn\n', 'src/client.ts': universityCalls });
    const outcome = run(['--quiet', '--no-color'], { cwd: dir, env });
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).not.toContain('No problems found');
    expect(outcome.stdout).toContain('✔ No errors (4 warnings not shown: --quiet)');
  });

  it('the markdown report has no "(no service)" heading when no finding belongs to a service', () => {
    const dir = project({ 'src/client.ts': "// Shows: a direct call, no architecture.yaml.\nexport const a = () => fetch('http://orders.orders.svc.cluster.local/api');\n" });
    const outcome = run(['--format', 'markdown'], { cwd: dir });
    expect(outcome.stdout).toContain('orders.orders.svc.cluster.local');
    expect(outcome.stdout).not.toContain('(no service)');
    expect(outcome.stdout).not.toMatch(/^### /m);
  });

  it('--help shows no "(default: [])"', () => {
    const outcome = run(['--help']);
    expect(outcome.stdout).toContain('--format <name>');
    expect(outcome.stdout).not.toContain('(default: [])');
    expect(run(['format', '--help']).stdout).not.toContain('(default: [])');
  });

  it('every flag of --help is on docs/cli.md, and the other way round', () => {
    const docs = readFileSync(path.join(repo, 'docs/cli.md'), 'utf8');
    const help = run(['--help']).stdout;
    const helpFlags = [...help.matchAll(/^\s+(?:-\w, )?(--[a-z-]+)/gm)].map((match) => match[1]!);
    expect(helpFlags).toEqual(expect.arrayContaining(['--verbose', '--print-config', '--quiet']));
    for (const flag of helpFlags) expect(docs).toMatch(new RegExp(`\`(-\\w, )?${flag}[ \`]`));
    const scanSection = docs.slice(docs.indexOf('## Scan options'), docs.indexOf('### `--staged`'));
    for (const match of scanSection.matchAll(/^\| `(?:-\w, )?(--[a-z-]+)/gm)) expect(help).toContain(match[1]!);
  });

  it('explain <unknown rule> lists the rules', () => {
    const outcome = run(['explain', 'no-such-rule']);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain("no rule 'no-such-rule'. The rules: api-not-published, api-without-openapi, gateway-bypass,");
    expect(outcome.stderr).toContain('no-direct-integration');
  });

  it('scanning several repositories in one call says which own configs it does not use', () => {
    const dir = project({
      'one/arch-lint.config.yaml': 'extends: helsinki\n',
      'one/src/a.ts': "// Shows: a repository with its own config.\nexport const a = () => fetch('https://gw.api.helsinki.fi/organisation/units');\n",
      'two/src/b.ts': "// Shows: a repository without one.\nexport const b = () => fetch('https://api.github.com/repos');\n",
    });
    execFileSync('git', ['init', '--quiet'], { cwd: path.join(dir, 'one') });
    execFileSync('git', ['init', '--quiet'], { cwd: path.join(dir, 'two') });
    const outcome = run(['one', 'two', '--no-color'], { cwd: dir });
    expect(outcome.stderr).toContain('arch-lint: warning: one has its own config (one/arch-lint.config.yaml), which this scan does not use: it uses the built-in "recommended" preset.');
    expect(outcome.stderr).not.toContain('warning: two');
    // One repository at a time uses its config: no warning.
    expect(run(['one', '--no-color'], { cwd: dir }).stderr).not.toContain('warning');
  });

  it('--fix-dry-run with nothing fixable says why', () => {
    const dir = project({ 'src/client.ts': "// Shows: a direct call no fix applies to.\nexport const a = () => fetch('http://orders.orders.svc.cluster.local/api');\n" });
    const outcome = run(['--fix-dry-run'], { cwd: dir });
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toContain('arch-lint: nothing to fix: none of the 1 finding carries a fix.');
    expect(outcome.stderr).toContain("The exit code is the scan's: 1 error remain");
  });
});
