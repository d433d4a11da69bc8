import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/model.js';
import { formatGithub } from '../../src/report/github.js';
import { formatGitlab } from '../../src/report/gitlab.js';
import { formatJunit } from '../../src/report/junit.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import { formatSarif } from '../../src/report/sarif.js';

function resultWith(message: string, file: string): LintResult {
  return {
    version: 1,
    tool: { name: 'arch-lint', version: '0.1.0' },
    root: '/repo',
    config: { file: null, extends: [] },
    calls: [],
    findings: [{ ruleId: 'no-direct-integration', severity: 'error', message, file, line: 1, column: 1, fingerprint: 'f' }],
    problems: [],
    rules: [],
    unboundEnv: [],
    summary: { files: 1, calls: 0, errors: 1, warnings: 0, suppressed: 0 },
  };
}

const text = fc.string({ unit: 'binary', maxLength: 60 });
const file = fc.stringMatching(/^[a-zA-Z0-9 ,:%#?&<>'"._-]{1,20}(\/[a-zA-Z0-9 ,:%._-]{1,10}){0,2}$/);

describe('formatters on hostile text from scanned code', () => {
  it('github: one line per annotation, no raw line break, no unescaped , or : in properties', () => {
    fc.assert(
      fc.property(text, file, (message, path) => {
        const lines = formatGithub(resultWith(message, path)).split('\n').filter(Boolean);
        expect(lines).toHaveLength(1);
        const properties = lines[0]!.slice(2, lines[0]!.indexOf('::', 2));
        expect(properties.replace(/^error /, '').split(',').map((pair) => pair.split('=')[0])).toEqual(['file', 'line', 'col', 'title']);
        expect(lines[0]!).not.toMatch(/\r/);
      }),
      { numRuns: 300 },
    );
  });

  it('gitlab and sarif: always valid JSON that keeps the message', () => {
    fc.assert(
      fc.property(text, file, (message, path) => {
        const [issue] = JSON.parse(formatGitlab(resultWith(message, path))) as { description: string }[];
        expect(issue!.description).toBe(message);
        const sarif = JSON.parse(formatSarif(resultWith(message, path))) as { runs: { results: { message: { text: string } }[] }[] };
        expect(sarif.runs[0]!.results[0]!.message.text).toBe(message);
      }),
      { numRuns: 200 },
    );
  });

  it('junit: no raw markup or ampersand from the input survives', () => {
    fc.assert(
      fc.property(text, file, (message, path) => {
        const xml = formatJunit(resultWith(message, path));
        const body = xml.replace(/^<\?xml[^>]*\?>\n/, '');
        // Between tags there is only escaped text: every & starts an entity, and no < or > is stray.
        const withoutTags = body.replace(/<\/?[a-z]+(?:\s+[a-z]+="[^"<>]*")*\s*\/?>/g, '');
        expect(withoutTags).not.toMatch(/[<>]/);
        expect(withoutTags).not.toMatch(/&(?!(amp|lt|gt|quot|apos|#\d+);)/);
      }),
      { numRuns: 300 },
    );
  });

  it('markdown: no raw HTML tag from the input survives outside a one-line code span', () => {
    fc.assert(
      fc.property(text, (message) => {
        const markdown = formatMarkdown(resultWith(`${message}<img src=x onerror=alert(1)>`, 'a.ts'));
        // Evidence lines are code spans (rendered literally); a line break of any kind (CR too) would end one.
        expect(markdown).not.toMatch(/\r/);
        const outsideCodeSpans = markdown.split('\n').map((line) => line.replace(/(`+)[^\n]*?\1/g, ''));
        expect(outsideCodeSpans.join('\n')).not.toContain('<img');
      }),
      { numRuns: 200 },
    );
  });
});
