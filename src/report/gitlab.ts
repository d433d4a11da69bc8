/**
 * GitLab Code Quality report: a JSON array of Code Climate issues, shown in merge-request widgets
 * and diffs (`artifacts: reports: codequality:`). Shape: schemas/gitlab-codequality.schema.json.
 * Severity: arch-lint `error` → `major`, `warning` → `minor`. `critical`/`blocker` are kept for
 * security defects (GitLab sorts them above everything); an architecture deviation is not one.
 */
import type { LintResult } from '../model.js';
import { compareFindings, evidenceChains, uniqueFingerprints } from './sarif.js';

export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: 'info' | 'minor' | 'major' | 'critical' | 'blocker';
  location: { path: string; lines: { begin: number } };
}

/** Render unsuppressed findings as a Code Quality array (pretty JSON, newline-terminated). */
export function formatGitlab(result: LintResult): string {
  // Counted over all findings so each one keeps the key SARIF publishes it under.
  const fingerprints = uniqueFingerprints(result.findings);
  const issues: CodeQualityIssue[] = [...result.findings]
    .sort(compareFindings)
    .filter((finding) => !finding.suppressed)
    .map((finding) => {
      // Rule messages carry their evidence after a line break (as in SARIF and GitHub); older reports' messages may not.
      const chains = finding.message.includes('\n') ? [] : evidenceChains(result, finding);
      const explained = chains.length > 0 ? `${finding.message} Evidence: ${chains.join('; ')}` : finding.message;
      return {
        // The fix it carries (gateway-bypass: which literal becomes which gateway URL), applied by `arch-lint --fix`.
        description: finding.fix ? `${explained} Fix (arch-lint --fix): ${finding.fix.description}` : explained,
        check_name: finding.ruleId,
        fingerprint: fingerprints.get(finding) ?? finding.fingerprint,
        severity: finding.severity === 'error' ? 'major' : 'minor',
        // Repository-relative, no leading `./` (GitLab matches it against the diff's paths).
        location: { path: finding.file.replace(/\\/g, '/').replace(/^\.\//, ''), lines: { begin: Math.max(1, finding.line) } },
      };
    });
  return `${JSON.stringify(issues, null, 2)}\n`;
}
