import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/model.js';
import { escapeData, escapeProperty, formatGithub, githubJobSummary } from '../../src/report/github.js';

function loadResult(): LintResult {
  const { $comment: _comment, ...result } = JSON.parse(readFileSync(new URL('../../fixtures/report/ci-formats/result.json', import.meta.url), 'utf8')) as LintResult & { $comment: string };
  return result;
}

/** Split `::cmd k=v,k=v::message` the way the runner does. */
function parseCommand(line: string): { command: string; properties: Record<string, string>; message: string } {
  const match = /^::(\w+)(?: ([^:]*))?::(.*)$/.exec(line);
  if (!match) throw new Error(`not a workflow command: ${line}`);
  const properties: Record<string, string> = {};
  for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
    const [key, value] = pair.split('=') as [string, string];
    properties[key] = value;
  }
  return { command: match[1]!, properties, message: match[3]! };
}

describe('escaping (as @actions/core does it)', () => {
  it('escapes %, CR and LF in data, and also : and , in properties', () => {
    expect(escapeData('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext: a, b');
    expect(escapeProperty('src/legacy,old.ts: x')).toBe('src/legacy%2Cold.ts%3A x');
  });
});

describe('formatGithub', () => {
  const lines = formatGithub(loadResult()).trimEnd().split('\n');

  it('annotates each unsuppressed finding, in file/line order, then each input problem', () => {
    expect(lines.map((line) => parseCommand(line).command)).toEqual(['warning', 'warning', 'error', 'warning']);
    expect(lines.map((line) => parseCommand(line).properties.file)).toEqual([
      'scripts/seed%2Cdata.ts',
      'scripts/seed%2Cdata.ts',
      'services/enrolment/src/sisuClient.ts',
      'services/enrolment/src/broken.ts',
    ]);
  });

  it('gives file, line, col and a title naming the rule', () => {
    const sisu = parseCommand(lines[2]!);
    expect(sisu.properties).toEqual({ file: 'services/enrolment/src/sisuClient.ts', line: '12', col: '23', title: 'arch-lint no-direct-integration' });
    expect(lines[2]!.startsWith('::error file=services/enrolment/src/sisuClient.ts,line=12,col=23,title=arch-lint no-direct-integration::Call to sisu-backend')).toBe(true);
  });

  it('escapes the message: % and newlines, but never : or , there', () => {
    const seed = parseCommand(lines[0]!);
    expect(seed.message).toContain('Seeding 100%25 of | rows <script>alert(1)</script>%0AURL could not be resolved: a, b');
    for (const line of lines) {
      const message = line.slice(line.indexOf('::', 2) + 2);
      expect(message).not.toMatch(/%3A|%2C/);
      expect(message).not.toMatch(/[\r\n]/);
    }
  });

  it('adds the evidence chain to the message', () => {
    expect(parseCommand(lines[2]!).message).toContain('%0AEvidence: env:SISU_URL → binding SISU_URL (deploy/enrolment/deployment.yaml:31, prod)');
  });

  it('writes nothing for a clean scan', () => {
    expect(formatGithub({ ...loadResult(), findings: [], problems: [] })).toBe('');
  });
});

describe('githubJobSummary', () => {
  it('is the Markdown summary with counts', () => {
    const summary = githubJobSummary(loadResult());
    expect(summary).toContain('## arch-lint');
    expect(summary).toContain('| 1 | 2 | 2 | 1 |');
  });
});
