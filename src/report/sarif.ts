/**
 * SARIF 2.1.0 for GitHub code scanning (and any SARIF viewer). Pure: result in, string out.
 * Shape follows GitHub's documented requirements (docs: docs/formats.md#sarif); validated
 * against the vendored official schema (schemas/sarif-2.1.0.schema.json) in the tests.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding, LintResult, ResolvedCall, RuleMeta } from '../model.js';
import type { FormatOptions } from './index.js';

/** Registry options (`color`) are accepted and ignored: SARIF has no colour. */
export interface SarifOptions extends Partial<FormatOptions> {
  /** `run.automationDetails.id` (`category/run-id`), to keep several arch-lint uploads apart in one repository. */
  automationId?: string;
  /** `tool.driver.informationUri`. */
  informationUri?: string;
  /**
   * Absolute directory that `%SRCROOT%` stands for, when it is not the scan root: GitHub resolves result
   * URIs against the repository root, so a scan of a subdirectory passes the repository's top level here
   * and URIs get the subdirectory as prefix.
   */
  srcRoot?: string;
}

const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
const DEFAULT_INFORMATION_URI = 'https://github.com/arch-lint/arch-lint';
/** The key under which our own stable fingerprint goes; GitHub keeps partial fingerprints it does not compute itself. */
export const SARIF_FINGERPRINT_KEY = 'archLint/v1';
/** GitHub rejects descriptions longer than this. */
const MAX_DESCRIPTION = 1024;

/** Output order every CI format shares: file, line, column, rule, then message and fingerprint as tie-breakers. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareText(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.message, b.message) ||
    compareText(a.fingerprint, b.fingerprint)
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The fingerprint each finding is published under, unique within the result. The judge's fingerprint
 * ignores line numbers, so two identical calls in one function share it; GitLab would then show only
 * one of them. The 2nd, 3rd… holder (in output order, counted over all findings, suppressed ones included,
 * so SARIF and GitLab agree) gets `:2`, `:3`….
 */
export function uniqueFingerprints(findings: readonly Finding[]): Map<Finding, string> {
  const seen = new Map<string, number>();
  const unique = new Map<Finding, string>();
  for (const finding of [...findings].sort(compareFindings)) {
    const count = (seen.get(finding.fingerprint) ?? 0) + 1;
    seen.set(finding.fingerprint, count);
    unique.set(finding, count === 1 ? finding.fingerprint : `${finding.fingerprint}:${count}`);
  }
  return unique;
}

/** One line per target of the finding's call: `via → via → host (zone)`; empty when the finding is not about a call. */
export function evidenceChains(result: LintResult, finding: Finding): string[] {
  const call: ResolvedCall | undefined = finding.callIndex === undefined ? undefined : result.calls[finding.callIndex];
  if (!call) return [];
  return call.targets.map((target) => {
    const end = target.host ? `${target.api ? `${target.host} (API ${target.api})` : target.host} [${target.zone}]` : `[${target.zone}]`;
    return [...target.via, end].join(' → ');
  });
}

/** Relative, `/`-separated path as a URI reference (each segment percent-encoded). */
function relativeUri(file: string, prefix = ''): string {
  return `${prefix}${file}`
    .replace(/\\/g, '/')
    .replace(/^\.\//, '')
    .split('/')
    // Keep a readable path: only what a URI path cannot hold is escaped (space, %, ?, #, non-ASCII…).
    .map((segment) => encodeURI(segment).replace(/[?#]/g, (char) => encodeURIComponent(char)))
    .join('/');
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function level(severity: Finding['severity']): 'error' | 'warning' {
  return severity === 'error' ? 'error' : 'warning';
}

function ruleDescriptor(rule: RuleMeta): Record<string, unknown> {
  const description = truncate(rule.description || rule.id, MAX_DESCRIPTION);
  return {
    id: rule.id,
    name: rule.id,
    shortDescription: { text: description },
    fullDescription: { text: description },
    help: {
      text: `${description} Documentation: ${rule.helpUri}`,
      markdown: `${description}\n\n[Documentation for ${rule.id}](${rule.helpUri})`,
    },
    helpUri: rule.helpUri,
    defaultConfiguration: { level: level(rule.severity) },
    properties: { tags: ['architecture', 'integration'], 'problem.severity': rule.severity },
  };
}

function suppressionOf(suppressed: NonNullable<Finding['suppressed']>): Record<string, unknown> {
  return {
    // SARIF: inSource = the suppression is written in the analysed code; external = kept elsewhere (manifest waiver, baseline file).
    kind: suppressed.kind === 'directive' ? 'inSource' : 'external',
    justification: suppressed.justification,
    properties: { archLintKind: suppressed.kind },
  };
}

function fixOf(fix: NonNullable<Finding['fix']>, prefix: string): Record<string, unknown> {
  const [start, end] = fix.range;
  return {
    description: { text: fix.description },
    artifactChanges: [
      {
        artifactLocation: { uri: relativeUri(fix.file, prefix), uriBaseId: '%SRCROOT%' },
        // The model's ranges are offsets into the file's text, which is what SARIF's char offsets are.
        replacements: [{ deletedRegion: { charOffset: start, charLength: Math.max(0, end - start) }, insertedContent: { text: fix.text } }],
      },
    ],
  };
}

function relatedLocations(result: LintResult, finding: Finding, prefix: string): Record<string, unknown>[] {
  const call = finding.callIndex === undefined ? undefined : result.calls[finding.callIndex];
  const related: Record<string, unknown>[] = [];
  const seen = new Set<string>();
  // The other places of the same integration point (the call sites that reach it).
  for (const location of finding.related ?? []) {
    const key = `${location.file}:${location.line}:${location.column}`;
    if (seen.has(key)) continue;
    seen.add(key);
    related.push({
      id: related.length,
      physicalLocation: {
        artifactLocation: { uri: relativeUri(location.file, prefix), uriBaseId: '%SRCROOT%' },
        region: { startLine: Math.max(1, location.line), startColumn: Math.max(1, location.column) },
      },
      message: { text: location.message },
    });
  }
  if (!call) return related;
  for (const target of call.targets) {
    if (!target.binding) continue;
    const key = `${target.binding.file}:${target.binding.line}:${target.binding.column}`;
    if (seen.has(key)) continue;
    seen.add(key);
    related.push({
      id: related.length,
      physicalLocation: {
        artifactLocation: { uri: relativeUri(target.binding.file, prefix), uriBaseId: '%SRCROOT%' },
        region: { startLine: Math.max(1, target.binding.line), startColumn: Math.max(1, target.binding.column) },
      },
      message: { text: `binding that makes this call reach ${target.host ?? target.url ?? 'its target'}${target.environment ? ` (${target.environment})` : ''}` },
    });
  }
  return related;
}

/** Render a lint result as a SARIF 2.1.0 log (one run), pretty-printed JSON ending in a newline. */
export function formatSarif(result: LintResult, options: SarifOptions = {}): string {
  const rules: RuleMeta[] = [...result.rules];
  const known = new Set(rules.map((rule) => rule.id));
  // A saved report may hold findings of a rule whose metadata it lacks: describe them minimally rather than drop them.
  const missing = [...new Set(result.findings.map((finding) => finding.ruleId).filter((id) => !known.has(id)))].sort();
  for (const id of missing) {
    const example = result.findings.find((finding) => finding.ruleId === id);
    rules.push({ id, severity: example?.severity ?? 'warning', description: id, helpUri: DEFAULT_INFORMATION_URI });
  }
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const fingerprints = uniqueFingerprints(result.findings);
  const srcRoot = options.srcRoot ?? result.root;
  const fromSrcRoot = path.relative(srcRoot, result.root).split(path.sep).join('/');
  const prefix = fromSrcRoot === '' ? '' : `${fromSrcRoot}/`;

  const results = [...result.findings].sort(compareFindings).map((finding) => {
    const chains = evidenceChains(result, finding);
    // Rule messages carry their evidence after a line break; older reports' messages may not.
    const carriesEvidence = finding.message.includes('\n');
    const call = finding.callIndex === undefined ? undefined : result.calls[finding.callIndex];
    const sarifResult: Record<string, unknown> = {
      ruleId: finding.ruleId,
      ruleIndex: ruleIndex.get(finding.ruleId),
      level: level(finding.severity),
      message: { text: chains.length > 0 && !carriesEvidence ? `${finding.message}\nEvidence: ${chains.join('; ')}` : finding.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: relativeUri(finding.file, prefix), uriBaseId: '%SRCROOT%' },
            region: { startLine: Math.max(1, finding.line), startColumn: Math.max(1, finding.column) },
          },
        },
      ],
      partialFingerprints: { [SARIF_FINGERPRINT_KEY]: fingerprints.get(finding) ?? finding.fingerprint },
    };
    const related = relatedLocations(result, finding, prefix);
    if (related.length > 0) sarifResult.relatedLocations = related;
    if (finding.suppressed) sarifResult.suppressions = [suppressionOf(finding.suppressed)];
    if (finding.fix) sarifResult.fixes = [fixOf(finding.fix, prefix)];
    const properties: Record<string, unknown> = {};
    if (call?.service) properties.service = call.service;
    if (chains.length > 0) properties.evidence = chains;
    if (Object.keys(properties).length > 0) sarifResult.properties = properties;
    return sarifResult;
  });

  const rootUri = pathToFileURL(srcRoot).href;
  const run: Record<string, unknown> = {
    tool: {
      driver: {
        name: result.tool.name,
        version: result.tool.version,
        semanticVersion: result.tool.version,
        informationUri: options.informationUri ?? DEFAULT_INFORMATION_URI,
        rules: rules.map(ruleDescriptor),
      },
    },
    originalUriBaseIds: { '%SRCROOT%': { uri: rootUri.endsWith('/') ? rootUri : `${rootUri}/` } },
    results,
    columnKind: 'utf16CodeUnits',
  };
  if (options.automationId) run.automationDetails = { id: options.automationId };
  return `${JSON.stringify({ $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] }, null, 2)}\n`;
}
