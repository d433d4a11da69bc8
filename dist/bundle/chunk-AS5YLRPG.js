import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);

// dist/report/sarif.js
import path from "node:path";
import { pathToFileURL } from "node:url";
var SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
var DEFAULT_INFORMATION_URI = "https://github.com/arch-lint/arch-lint";
var SARIF_FINGERPRINT_KEY = "archLint/v1";
var MAX_DESCRIPTION = 1024;
function compareFindings(a, b) {
  return compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.ruleId, b.ruleId) || compareText(a.message, b.message) || compareText(a.fingerprint, b.fingerprint);
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function uniqueFingerprints(findings) {
  const seen = /* @__PURE__ */ new Map();
  const unique = /* @__PURE__ */ new Map();
  for (const finding of [...findings].sort(compareFindings)) {
    const count = (seen.get(finding.fingerprint) ?? 0) + 1;
    seen.set(finding.fingerprint, count);
    unique.set(finding, count === 1 ? finding.fingerprint : `${finding.fingerprint}:${count}`);
  }
  return unique;
}
function evidenceChains(result, finding) {
  const call = finding.callIndex === void 0 ? void 0 : result.calls[finding.callIndex];
  if (!call)
    return [];
  return call.targets.map((target) => {
    const end = target.host ? `${target.api ? `${target.host} (API ${target.api})` : target.host} [${target.zone}]` : `[${target.zone}]`;
    return [...target.via, end].join(" \u2192 ");
  });
}
function relativeUri(file, prefix = "") {
  return `${prefix}${file}`.replace(/\\/g, "/").replace(/^\.\//, "").split("/").map((segment) => encodeURI(segment).replace(/[?#]/g, (char) => encodeURIComponent(char))).join("/");
}
function truncate(text, max) {
  return text.length <= max ? text : `${text.slice(0, max - 1)}\u2026`;
}
function level(severity) {
  return severity === "error" ? "error" : "warning";
}
function ruleDescriptor(rule) {
  const description = truncate(rule.description || rule.id, MAX_DESCRIPTION);
  return {
    id: rule.id,
    name: rule.id,
    shortDescription: { text: description },
    fullDescription: { text: description },
    help: {
      text: `${description} Documentation: ${rule.helpUri}`,
      markdown: `${description}

[Documentation for ${rule.id}](${rule.helpUri})`
    },
    helpUri: rule.helpUri,
    defaultConfiguration: { level: level(rule.severity) },
    properties: { tags: ["architecture", "integration"], "problem.severity": rule.severity }
  };
}
function suppressionOf(suppressed) {
  return {
    // SARIF: inSource = the suppression is written in the analysed code; external = kept elsewhere (manifest waiver, baseline file).
    kind: suppressed.kind === "directive" ? "inSource" : "external",
    justification: suppressed.justification,
    properties: { archLintKind: suppressed.kind }
  };
}
function fixOf(fix, prefix) {
  const [start, end] = fix.range;
  return {
    description: { text: fix.description },
    artifactChanges: [
      {
        artifactLocation: { uri: relativeUri(fix.file, prefix), uriBaseId: "%SRCROOT%" },
        // The model's ranges are offsets into the file's text, which is what SARIF's char offsets are.
        replacements: [{ deletedRegion: { charOffset: start, charLength: Math.max(0, end - start) }, insertedContent: { text: fix.text } }]
      }
    ]
  };
}
function relatedLocations(result, finding, prefix) {
  const call = finding.callIndex === void 0 ? void 0 : result.calls[finding.callIndex];
  const related = [];
  const seen = /* @__PURE__ */ new Set();
  for (const location of finding.related ?? []) {
    const key = `${location.file}:${location.line}:${location.column}`;
    if (seen.has(key))
      continue;
    seen.add(key);
    related.push({
      id: related.length,
      physicalLocation: {
        artifactLocation: { uri: relativeUri(location.file, prefix), uriBaseId: "%SRCROOT%" },
        region: { startLine: Math.max(1, location.line), startColumn: Math.max(1, location.column) }
      },
      message: { text: location.message }
    });
  }
  if (!call)
    return related;
  for (const target of call.targets) {
    if (!target.binding)
      continue;
    const key = `${target.binding.file}:${target.binding.line}:${target.binding.column}`;
    if (seen.has(key))
      continue;
    seen.add(key);
    related.push({
      id: related.length,
      physicalLocation: {
        artifactLocation: { uri: relativeUri(target.binding.file, prefix), uriBaseId: "%SRCROOT%" },
        region: { startLine: Math.max(1, target.binding.line), startColumn: Math.max(1, target.binding.column) }
      },
      message: { text: `binding that makes this call reach ${target.host ?? target.url ?? "its target"}${target.environment ? ` (${target.environment})` : ""}` }
    });
  }
  return related;
}
function formatSarif(result, options = {}) {
  const rules = [...result.rules];
  const known = new Set(rules.map((rule) => rule.id));
  const missing = [...new Set(result.findings.map((finding) => finding.ruleId).filter((id) => !known.has(id)))].sort();
  for (const id of missing) {
    const example = result.findings.find((finding) => finding.ruleId === id);
    rules.push({ id, severity: example?.severity ?? "warning", description: id, helpUri: DEFAULT_INFORMATION_URI });
  }
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const fingerprints = uniqueFingerprints(result.findings);
  const srcRoot = options.srcRoot ?? result.root;
  const fromSrcRoot = path.relative(srcRoot, result.root).split(path.sep).join("/");
  const prefix = fromSrcRoot === "" ? "" : `${fromSrcRoot}/`;
  const results = [...result.findings].sort(compareFindings).map((finding) => {
    const chains = evidenceChains(result, finding);
    const carriesEvidence = finding.message.includes("\n");
    const call = finding.callIndex === void 0 ? void 0 : result.calls[finding.callIndex];
    const sarifResult = {
      ruleId: finding.ruleId,
      ruleIndex: ruleIndex.get(finding.ruleId),
      level: level(finding.severity),
      message: { text: chains.length > 0 && !carriesEvidence ? `${finding.message}
Evidence: ${chains.join("; ")}` : finding.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: relativeUri(finding.file, prefix), uriBaseId: "%SRCROOT%" },
            region: { startLine: Math.max(1, finding.line), startColumn: Math.max(1, finding.column) }
          }
        }
      ],
      partialFingerprints: { [SARIF_FINGERPRINT_KEY]: fingerprints.get(finding) ?? finding.fingerprint }
    };
    const related = relatedLocations(result, finding, prefix);
    if (related.length > 0)
      sarifResult.relatedLocations = related;
    if (finding.suppressed)
      sarifResult.suppressions = [suppressionOf(finding.suppressed)];
    if (finding.fix)
      sarifResult.fixes = [fixOf(finding.fix, prefix)];
    const properties = {};
    if (call?.service)
      properties.service = call.service;
    if (chains.length > 0)
      properties.evidence = chains;
    if (Object.keys(properties).length > 0)
      sarifResult.properties = properties;
    return sarifResult;
  });
  const rootUri = pathToFileURL(srcRoot).href;
  const run = {
    tool: {
      driver: {
        name: result.tool.name,
        version: result.tool.version,
        semanticVersion: result.tool.version,
        informationUri: options.informationUri ?? DEFAULT_INFORMATION_URI,
        rules: rules.map(ruleDescriptor)
      }
    },
    originalUriBaseIds: { "%SRCROOT%": { uri: rootUri.endsWith("/") ? rootUri : `${rootUri}/` } },
    results,
    columnKind: "utf16CodeUnits"
  };
  if (options.automationId)
    run.automationDetails = { id: options.automationId };
  return `${JSON.stringify({ $schema: SARIF_SCHEMA_URI, version: "2.1.0", runs: [run] }, null, 2)}
`;
}

export {
  SARIF_FINGERPRINT_KEY,
  compareFindings,
  uniqueFingerprints,
  evidenceChains,
  formatSarif
};
//# sourceMappingURL=chunk-AS5YLRPG.js.map
