import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  compareFindings,
  evidenceChains,
  uniqueFingerprints
} from "./chunk-AS5YLRPG.js";
import "./chunk-B3SFOPOV.js";

// dist/report/gitlab.js
function formatGitlab(result) {
  const fingerprints = uniqueFingerprints(result.findings);
  const issues = [...result.findings].sort(compareFindings).filter((finding) => !finding.suppressed).map((finding) => {
    const chains = finding.message.includes("\n") ? [] : evidenceChains(result, finding);
    const explained = chains.length > 0 ? `${finding.message} Evidence: ${chains.join("; ")}` : finding.message;
    return {
      // The fix it carries (gateway-bypass: which literal becomes which gateway URL), applied by `arch-lint --fix`.
      description: finding.fix ? `${explained} Fix (arch-lint --fix): ${finding.fix.description}` : explained,
      check_name: finding.ruleId,
      fingerprint: fingerprints.get(finding) ?? finding.fingerprint,
      severity: finding.severity === "error" ? "major" : "minor",
      // Repository-relative, no leading `./` (GitLab matches it against the diff's paths).
      location: { path: finding.file.replace(/\\/g, "/").replace(/^\.\//, ""), lines: { begin: Math.max(1, finding.line) } }
    };
  });
  return `${JSON.stringify(issues, null, 2)}
`;
}
export {
  formatGitlab
};
//# sourceMappingURL=gitlab-FMD7LBYU.js.map
