import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  compareFindings,
  evidenceChains
} from "./chunk-AS5YLRPG.js";
import "./chunk-B3SFOPOV.js";

// dist/report/junit.js
function stripInvalidXmlChars(text) {
  return text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "");
}
function escapeXml(text) {
  return stripInvalidXmlChars(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\r/g, "&#13;").replace(/\n/g, "&#10;").replace(/\t/g, "&#9;");
}
function escapeXmlText(text) {
  return stripInvalidXmlChars(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function testcase(result, finding) {
  const name = `${finding.ruleId} at ${finding.line}:${finding.column}`;
  const open = `    <testcase name="${escapeXml(name)}" classname="${escapeXml(finding.file)}" file="${escapeXml(finding.file)}" line="${finding.line}">`;
  if (finding.suppressed) {
    return `${open}
      <skipped message="${escapeXml(`${finding.suppressed.kind}: ${finding.suppressed.justification}`)}"/>
    </testcase>`;
  }
  const details = [
    `${finding.severity}: ${finding.message}`,
    `at ${finding.file}:${finding.line}:${finding.column} (${finding.ruleId})`,
    // Rule messages carry their evidence after a line break; older reports' messages may not.
    ...(finding.message.includes("\n") ? [] : evidenceChains(result, finding)).map((chain) => `evidence: ${chain}`),
    // The fix it carries (gateway-bypass: which literal becomes which gateway URL), applied by `arch-lint --fix`.
    ...finding.fix ? [`fix (arch-lint --fix): ${finding.fix.description}`] : []
  ].join("\n");
  return `${open}
      <failure message="${escapeXml(finding.message)}" type="${escapeXml(finding.severity)}">${escapeXmlText(details)}</failure>
    </testcase>`;
}
function formatJunit(result) {
  const byFile = /* @__PURE__ */ new Map();
  for (const finding of [...result.findings].sort(compareFindings)) {
    const group = byFile.get(finding.file) ?? [];
    group.push(finding);
    byFile.set(finding.file, group);
  }
  const suites = [];
  let tests = 0;
  let failures = 0;
  let skipped = 0;
  for (const [file, findings] of byFile) {
    const suiteFailures = findings.filter((finding) => !finding.suppressed).length;
    const suiteSkipped = findings.length - suiteFailures;
    tests += findings.length;
    failures += suiteFailures;
    skipped += suiteSkipped;
    suites.push(`  <testsuite name="${escapeXml(file)}" tests="${findings.length}" failures="${suiteFailures}" errors="0" skipped="${suiteSkipped}">
${findings.map((finding) => testcase(result, finding)).join("\n")}
  </testsuite>`);
  }
  if (suites.length === 0) {
    tests = 1;
    suites.push(`  <testsuite name="arch-lint" tests="1" failures="0" errors="0" skipped="0">
    <testcase name="no architecture findings" classname="arch-lint"/>
  </testsuite>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="arch-lint" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}">
${suites.join("\n")}
</testsuites>
`;
}
export {
  escapeXml,
  formatJunit
};
//# sourceMappingURL=junit-RGCJ43NB.js.map
