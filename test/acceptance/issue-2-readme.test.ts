/**
 * Issue 2, point 8 and the first acceptance line: the README has exactly two set-up commands (one installs and
 * runs the main job on the example workspace, one installs and runs the tests), `.ci/run` calls the README's test
 * command plus typecheck and lint, and what the README shows of the main job's output is what it prints.
 * Needs `npm run build` first (`npm test` does it).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, repo, run } from '../cli/subprocess.js';

const readme = readFileSync(path.join(repo, 'README.md'), 'utf8');
const quickStart = readme.slice(readme.indexOf('## Quick start'), readme.indexOf('\n## ', readme.indexOf('## Quick start') + 1));
const scripts = (JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

/** The fenced code blocks of a Markdown text, with their info strings (`sh`, or '' for plain text). */
function codeBlocks(markdown: string): { info: string; body: string }[] {
  const blocks: { info: string; body: string }[] = [];
  let open: { info: string; lines: string[] } | null = null;
  for (const line of markdown.split('\n')) {
    const fence = /^```(\S*)$/.exec(line);
    if (fence && !open) open = { info: fence[1]!, lines: [] };
    else if (fence && open) {
      blocks.push({ info: open.info, body: open.lines.join('\n') });
      open = null;
    } else open?.lines.push(line);
  }
  return blocks;
}

/**
 * `file line:column severity rule` of each finding in stylish output. The README wraps long messages, so the rule
 * id (after two spaces, at the end of the message) may be on a line below the position.
 */
function findingsOf(stylish: string): string[] {
  const findings: string[] = [];
  let file = '';
  let pending: string | null = null;
  for (const line of stylish.split('\n')) {
    if (/^\S/.test(line) && !line.startsWith('✖')) file = line;
    const position = /^\s+(\d+:\d+)\s+(error|warning)\s/.exec(line);
    if (position) pending = `${file} ${position[1]} ${position[2]}`;
    const rule = / {2}([a-z]+(?:-[a-z]+)+)$/.exec(line);
    if (pending && rule && !line.trimStart().startsWith('↳')) {
      findings.push(`${pending} ${rule[1]}`);
      pending = null;
    }
  }
  return findings;
}

function shellBlocks(markdown: string): string[] {
  return codeBlocks(markdown).filter((block) => block.info === 'sh').map((block) => block.body.trim());
}

describe('the README’s two set-up commands', () => {
  const commands = shellBlocks(quickStart);

  it('the quick start has exactly two commands, each installing first', () => {
    expect(commands).toEqual(['npm ci && npm run example', 'npm ci && npm test']);
  });

  it('the main job builds and scans the example workspace, failing only on exit code 2', () => {
    expect(scripts.example).toMatch(/^npm run build && node bin\/arch-lint\.js fixtures\/example-workspace\b/);
    expect(scripts.example).toContain('test $? -eq 1');
  });

  it('the test command builds and runs every suite', () => {
    expect(scripts.test).toBe('npm run build && vitest run');
  });

  it('.ci/run installs the locked dependencies, typechecks, lints and runs the README’s test command', () => {
    const ci = readFileSync(path.join(repo, '.ci/run'), 'utf8');
    const steps = ci.split('\n').filter((line) => /^npm /.test(line));
    expect(steps).toEqual(['npm ci --no-audit --no-fund', 'npm run typecheck', 'npm run lint', 'npm test']);
    expect(ci).toContain('set -euo pipefail');
  });
});

describe('the output the README shows is the output the main job prints', () => {
  const shown = codeBlocks(quickStart).find((block) => block.info === '')?.body ?? '';
  let printed: string;

  beforeAll(() => {
    assertBuilt();
    // The date EXPECTED.md is written for: the waivers' expiry is the only thing that depends on it.
    // Wrapped at 100 columns, as the README says (not a terminal: COLUMNS decides).
    const outcome = run(['fixtures/example-workspace', '--now', '2026-11-24', '--no-color'], { env: { COLUMNS: '100' } });
    expect(outcome.code).toBe(1);
    printed = outcome.stdout;
  });

  it('byte for byte: each part of the sample between `…` lines is printed as shown, in that order (issue 13)', () => {
    const parts = shown.split(/\n…\n/);
    expect(parts.length).toBeGreaterThanOrEqual(3);
    let from = 0;
    for (const part of parts) {
      const at = printed.indexOf(part, from);
      expect(at, `not printed (after offset ${from}):\n${part}`).toBeGreaterThanOrEqual(0);
      from = at + part.length;
    }
    // The sample starts where the output starts and ends with its last line.
    expect(printed.startsWith(parts[0]!)).toBe(true);
    expect(printed.trimEnd().endsWith(parts.at(-1)!.trimEnd())).toBe(true);
  });

  it('the summary lines', () => {
    const summaries = shown.split('\n').filter((line) => /^(✖| {2}\d+ suppressed)/.test(line));
    expect(summaries).toHaveLength(2);
    for (const line of summaries) expect(printed.split('\n')).toContain(line);
  });

  it('each finding shown: same file, position, severity and rule', () => {
    const shownFindings = findingsOf(shown);
    expect(shownFindings.length).toBeGreaterThanOrEqual(3);
    expect(shownFindings.map((finding) => finding.split(' ').at(-1))).toContain('no-direct-integration');
    const printedFindings = findingsOf(printed);
    for (const finding of shownFindings) expect(printedFindings).toContain(finding);
  });
});
