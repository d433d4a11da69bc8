/**
 * JUnit XML, for CI systems that show test reports (GitLab `reports: junit`, Jenkins, Azure).
 * One <testsuite> per file with findings, one <testcase> per finding: a <failure> when it counts,
 * <skipped> when it is suppressed or baselined. A clean scan is one passing test case, so the
 * report is never empty (some readers treat an empty report as a broken job).
 */
import type { Finding, LintResult } from '../model.js';
import { compareFindings, evidenceChains } from './sarif.js';

/** XML 1.0 allows only these characters; anything else (NUL, other C0 controls, lone surrogates) is dropped. */
function stripInvalidXmlChars(text: string): string {
  return text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
}

/** Escape text for an XML attribute value or element content. */
export function escapeXml(text: string): string {
  return stripInvalidXmlChars(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;');
}

/** Element content keeps its line breaks readable (only attribute values need them as references). */
function escapeXmlText(text: string): string {
  return stripInvalidXmlChars(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function testcase(result: LintResult, finding: Finding): string {
  const name = `${finding.ruleId} at ${finding.line}:${finding.column}`;
  const open = `    <testcase name="${escapeXml(name)}" classname="${escapeXml(finding.file)}" file="${escapeXml(finding.file)}" line="${finding.line}">`;
  if (finding.suppressed) {
    return `${open}\n      <skipped message="${escapeXml(`${finding.suppressed.kind}: ${finding.suppressed.justification}`)}"/>\n    </testcase>`;
  }
  const details = [
    `${finding.severity}: ${finding.message}`,
    `at ${finding.file}:${finding.line}:${finding.column} (${finding.ruleId})`,
    // Rule messages carry their evidence after a line break; older reports' messages may not.
    ...(finding.message.includes('\n') ? [] : evidenceChains(result, finding)).map((chain) => `evidence: ${chain}`),
    // The fix it carries (gateway-bypass: which literal becomes which gateway URL), applied by `arch-lint --fix`.
    ...(finding.fix ? [`fix (arch-lint --fix): ${finding.fix.description}`] : []),
  ].join('\n');
  return `${open}\n      <failure message="${escapeXml(finding.message)}" type="${escapeXml(finding.severity)}">${escapeXmlText(details)}</failure>\n    </testcase>`;
}

/** Render a lint result as JUnit XML (UTF-8, newline-terminated). */
export function formatJunit(result: LintResult): string {
  const byFile = new Map<string, Finding[]>();
  for (const finding of [...result.findings].sort(compareFindings)) {
    const group = byFile.get(finding.file) ?? [];
    group.push(finding);
    byFile.set(finding.file, group);
  }
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let skipped = 0;
  for (const [file, findings] of byFile) {
    const suiteFailures = findings.filter((finding) => !finding.suppressed).length;
    const suiteSkipped = findings.length - suiteFailures;
    tests += findings.length;
    failures += suiteFailures;
    skipped += suiteSkipped;
    suites.push(
      `  <testsuite name="${escapeXml(file)}" tests="${findings.length}" failures="${suiteFailures}" errors="0" skipped="${suiteSkipped}">\n` +
        `${findings.map((finding) => testcase(result, finding)).join('\n')}\n  </testsuite>`,
    );
  }
  if (suites.length === 0) {
    tests = 1;
    suites.push(
      '  <testsuite name="arch-lint" tests="1" failures="0" errors="0" skipped="0">\n' +
        `    <testcase name="no architecture findings" classname="arch-lint"/>\n  </testsuite>`,
    );
  }
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<testsuites name="arch-lint" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}">\n` +
    `${suites.join('\n')}\n</testsuites>\n`
  );
}
