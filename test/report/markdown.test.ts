import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/model.js';
import type { Formatter } from '../../src/report/index.js';
import { formatGithub } from '../../src/report/github.js';
import { formatGitlab } from '../../src/report/gitlab.js';
import { formatJunit } from '../../src/report/junit.js';
import { codeSpan, countFindings, escapeMarkdown, formatMarkdown } from '../../src/report/markdown.js';

function loadResult(): LintResult {
  const { $comment: _comment, ...result } = JSON.parse(readFileSync(new URL('../../fixtures/report/ci-formats/result.json', import.meta.url), 'utf8')) as LintResult & { $comment: string };
  return result;
}

describe('formatMarkdown', () => {
  const markdown = formatMarkdown(loadResult());

  it('starts with a table of errors, warnings, suppressed and baselined', () => {
    expect(markdown).toContain('| Errors | Warnings | Suppressed | Baselined |\n| ---: | ---: | ---: | ---: |\n| 1 | 2 | 2 | 1 |');
    expect(countFindings(loadResult().findings)).toEqual({ errors: 1, warnings: 2, suppressed: 2, baselined: 1 });
  });

  it('groups counted findings by service, those outside any service last, and leaves suppressed ones out', () => {
    const headings = markdown.split('\n').filter((line) => line.startsWith('### '));
    expect(headings).toEqual(['### enrolment', '### Outside any service (no architecture.yaml)']);
    expect(markdown).not.toContain('oodi-ws');
    expect(markdown).not.toContain('api.finna.fi');
  });

  it('shows each finding with its location and evidence chain', () => {
    expect(markdown).toContain('- ❌ **error** `no-direct-integration` `services/enrolment/src/sisuClient.ts:12:23`: Call to sisu\\-backend.apps.ocp\\-prod\\-0.k8s.it.helsinki.fi');
    expect(markdown).toContain('  - `env:SISU_URL → binding SISU_URL (deploy/enrolment/deployment.yaml:31, prod) → sisu-backend.apps.ocp-prod-0.k8s.it.helsinki.fi (API sisu-kori) [internal]`');
  });

  it('neutralises HTML and Markdown from scanned code', () => {
    expect(markdown).not.toContain('<script>');
    expect(markdown).toContain('&lt;script\\>alert\\(1\\)&lt;/script\\>');
    expect(markdown).toContain('100% of \\| rows');
    expect(escapeMarkdown('[x](javascript:alert(1))')).toBe('\\[x\\]\\(javascript:alert\\(1\\)\\)');
    expect(codeSpan('a`b')).toBe('``a`b``');
  });

  it('links locations when given a link base', () => {
    const linked = formatMarkdown(loadResult(), { linkBase: 'https://github.com/uh/portal/blob/abc123/' });
    expect(linked).toContain('[`scripts/seed,data.ts:3:1`](https://github.com/uh/portal/blob/abc123/scripts/seed%2Cdata.ts#L3)');
  });

  it('caps the list and says how many more there are', () => {
    const capped = formatMarkdown(loadResult(), { maxFindings: 1 });
    expect(capped).toContain('…and 2 more; see the full report.');
    expect(capped.split('\n').filter((line) => line.startsWith('- '))).toHaveLength(1);
  });

  it('can list suppressed findings in a collapsed section', () => {
    const all = formatMarkdown(loadResult(), { showSuppressed: true });
    expect(all).toContain('<details><summary>Suppressed and baselined findings</summary>');
    expect(all).toContain('baseline: ENROL\\-88: removed when Oodi is switched off');
  });

  it('says so when there is nothing to fix', () => {
    const clean = formatMarkdown({ ...loadResult(), findings: [], problems: [] });
    expect(clean).toContain('| 0 | 0 | 0 | 0 |');
    expect(clean).toContain('No new architecture findings');
  });

  it('never says every call is fine when some could not be judged (issue 13)', () => {
    const base = loadResult();
    const unjudged = formatMarkdown({
      ...base,
      findings: [],
      summary: { ...base.summary, calls: 5, zones: { gateway: 1, esb: 0, internal: 0, external: 0, local: 0, self: 0, unknown: 3, unresolved: 1 }, noZoneHosts: [{ host: 'sisu.it.helsinki.fi', calls: 3 }] },
    });
    expect(unjudged).not.toContain('every outbound call found goes through the gateway');
    expect(unjudged).toContain('No new architecture findings in the calls that could be judged.');
    expect(unjudged).toContain('Not judged: 4 of 5 calls (1 unresolved, 3 to hosts in no zone (`sisu.it.helsinki.fi`))');
  });

  it('is stable whatever the input order', () => {
    const result = loadResult();
    expect(formatMarkdown({ ...result, findings: [...result.findings].reverse() })).toBe(formatMarkdown(result));
  });
});

describe('registry fit', () => {
  it('every CI format has the registry Formatter signature (checked by tsc)', () => {
    const formatters: Formatter[] = [formatMarkdown, formatGithub, formatGitlab, formatJunit];
    for (const formatter of formatters) expect(typeof formatter(loadResult(), { color: false })).toBe('string');
  });
});
