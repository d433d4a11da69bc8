import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);

// dist/judge/suppressions/directives.js
import { createHash } from "node:crypto";
var DIRECTIVE = /^arch-lint-(disable-next-line|disable-line|disable|enable)(?=$|[\s,])(.*)$/s;
var DATE = /^\d{4}-\d{2}-\d{2}$/;
var UNTIL = /(?:^|\s)until\s+(\S+)\s*$/;
var TICKET = /\b[A-Z][A-Z0-9]+-\d+\b|(?:^|\s)#\d+\b|https?:\/\/\S+/;
function commentBody(text) {
  let body = text.trim();
  if (body.startsWith("/*"))
    body = body.slice(2).replace(/\*\/\s*$/, "");
  else if (body.startsWith("<!--"))
    body = body.slice(4).replace(/-->\s*$/, "");
  else if (body.startsWith("//"))
    body = body.slice(2);
  else if (body.startsWith("#"))
    body = body.slice(1);
  return body.split(/\r?\n/).map((line) => line.replace(/^\s*\*(?!\/)/, "").trim()).filter((line) => line !== "").join(" ").trim();
}
function parseDirectiveComment(text, loc, nextCodeLine) {
  const body = commentBody(text);
  const match = DIRECTIVE.exec(body);
  if (!match)
    return null;
  const kind = match[1];
  const rest = match[2] ?? "";
  const separator = rest.search(/(?:^|\s)--(?:\s|$)/);
  let head = separator === -1 ? rest : rest.slice(0, separator);
  let reason = separator === -1 ? "" : rest.slice(separator).replace(/^\s*--/, "");
  let until = null;
  const untilInHead = UNTIL.exec(head);
  if (untilInHead) {
    until = untilInHead[1] ?? null;
    head = head.slice(0, untilInHead.index);
  }
  const untilInReason = UNTIL.exec(reason);
  if (untilInReason && until === null) {
    until = untilInReason[1] ?? null;
    reason = reason.slice(0, untilInReason.index);
  }
  const rules = head.split(/[\s,]+/).map((rule) => rule.trim()).filter((rule) => rule !== "");
  const trimmedReason = reason.trim();
  const endLine = loc.line + (text.trim().split(/\r?\n/).length - 1);
  const appliesToLine = kind === "disable-next-line" ? nextCodeLine ?? endLine + 1 : kind === "disable-line" ? endLine : loc.line;
  return { kind, rules: [...new Set(rules)].sort(), reason: trimmedReason === "" ? null : trimmedReason, until, loc, appliesToLine };
}
var DIRECTIVE_RULES = {
  withoutReason: "suppression-without-reason",
  expired: "suppression-expired",
  unused: "unused-suppression"
};
function covers(state, finding) {
  const { directive } = state;
  if (directive.kind === "enable")
    return false;
  if (directive.rules.length > 0 && !directive.rules.includes(finding.ruleId))
    return false;
  if (directive.kind === "disable")
    return finding.line >= directive.loc.line && finding.line <= state.lastLine;
  return finding.line === directive.appliesToLine;
}
function blockEnd(directive, directives) {
  let end = Number.POSITIVE_INFINITY;
  for (const other of directives) {
    if (other.kind !== "enable" || other.loc.line <= directive.loc.line)
      continue;
    const ends = other.rules.length === 0 || directive.rules.length === 0 || other.rules.some((rule) => directive.rules.includes(rule));
    if (ends && other.loc.line < end)
      end = other.loc.line;
  }
  return end;
}
function todayUtc(now) {
  return now.toISOString().slice(0, 10);
}
function fingerprintOf(ruleId, file, directive) {
  const identity = [ruleId, file, directive.kind, directive.rules.join(","), directive.reason ?? "", directive.until ?? ""].join("\0");
  return createHash("sha256").update(identity).digest("hex").slice(0, 32);
}
function describe(directive) {
  return `arch-lint-${directive.kind}${directive.rules.length > 0 ? ` ${directive.rules.join(", ")}` : ""}`;
}
function applyDirectives(findings, directivesByFile, policy, now, options = {}) {
  const today = todayUtc(now);
  const severities = { [DIRECTIVE_RULES.withoutReason]: "error", [DIRECTIVE_RULES.expired]: "warning", [DIRECTIVE_RULES.unused]: "warning", ...options.severities };
  const statesByFile = /* @__PURE__ */ new Map();
  for (const [file, directives] of directivesByFile) {
    statesByFile.set(file, directives.map((directive) => {
      const expired = directive.until !== null && (!DATE.test(directive.until) || directive.until < today);
      return {
        directive,
        file,
        lastLine: directive.kind === "disable" ? blockEnd(directive, directives) : directive.appliesToLine,
        usable: policy !== "forbid" && !expired && directive.kind !== "enable",
        used: false,
        expired
      };
    }));
  }
  const output = findings.map((finding) => {
    if (finding.suppressed)
      return finding;
    if (Object.values(DIRECTIVE_RULES).includes(finding.ruleId))
      return finding;
    const matchAt = (file, line) => {
      const states = statesByFile.get(file) ?? [];
      const at = { ruleId: finding.ruleId, line };
      for (const state of states)
        if (!state.usable && covers(state, at))
          state.used = true;
      return states.find((state) => state.usable && covers(state, at));
    };
    let matches = [matchAt(finding.file, finding.line)];
    if (!matches[0] && finding.related && finding.related.length > 0)
      matches = finding.related.map((where) => matchAt(where.file, where.line));
    if (matches.some((match) => match === void 0))
      return finding;
    for (const match of matches)
      match.used = true;
    const justification = matches[0].directive.reason ?? "(no reason given)";
    return { ...finding, suppressed: { kind: "directive", justification } };
  });
  const directiveFindings = [];
  const report = (ruleId, state, message) => {
    const severity = severities[ruleId];
    if (severity === void 0 || severity === "off")
      return;
    const { directive } = state;
    directiveFindings.push({ ruleId, severity, message, file: state.file, line: directive.loc.line, column: directive.loc.column, fingerprint: fingerprintOf(ruleId, state.file, directive) });
  };
  for (const states of statesByFile.values()) {
    for (const state of states) {
      const { directive } = state;
      if (directive.kind === "enable")
        continue;
      if (policy === "forbid") {
        report(DIRECTIVE_RULES.withoutReason, state, `Inline suppression \`${describe(directive)}\` is not allowed here (inlineSuppressions: forbid), so it suppresses nothing. Record the exception as a waiver in the service manifest instead.`);
        continue;
      }
      if (state.expired) {
        const when = directive.until !== null && DATE.test(directive.until) ? `expired on ${directive.until}` : `has an unreadable date 'until ${directive.until ?? ""}' (expected YYYY-MM-DD)`;
        report(DIRECTIVE_RULES.expired, state, `Suppression \`${describe(directive)}\` ${when}, so it no longer suppresses anything. Fix the integration, or renew the exception with a new date and reason.`);
        continue;
      }
      if (directive.reason === null) {
        report(DIRECTIVE_RULES.withoutReason, state, `Suppression \`${describe(directive)}\` has no reason. Add one after \`--\`: \`${describe(directive)} -- why this direct integration is acceptable\`.`);
      } else if (policy === "require-ticket" && !TICKET.test(directive.reason)) {
        report(DIRECTIVE_RULES.withoutReason, state, `Suppression \`${describe(directive)}\` gives no ticket (inlineSuppressions: require-ticket). Name one in the reason, e.g. \`-- ARCH-123 legacy import job\`.`);
      }
      if (options.reportUnused && !state.used) {
        report(DIRECTIVE_RULES.unused, state, `Unused suppression \`${describe(directive)}\`: no finding${directive.rules.length > 0 ? ` of ${directive.rules.join(", ")}` : ""} on ${directive.kind === "disable" ? "the lines it covers" : `line ${directive.appliesToLine}`}. Remove it.`);
      }
    }
  }
  directiveFindings.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
  return { findings: output, directiveFindings };
}
function directiveSuppressionPass(options = {}) {
  return (findings, context) => {
    const directivesByFile = /* @__PURE__ */ new Map();
    for (const facts of context.facts)
      if (facts.directives.length > 0)
        directivesByFile.set(facts.file, facts.directives);
    const severities = {};
    for (const id of Object.values(DIRECTIVE_RULES)) {
      const setting = context.config.rules?.[id]?.setting;
      if (setting)
        severities[id] = setting === "warn" ? "warning" : setting;
    }
    const outcome = applyDirectives(findings, directivesByFile, context.config.inlineSuppressions, context.now, { ...options, severities: { ...severities, ...options.severities } });
    return [...outcome.findings, ...outcome.directiveFindings];
  };
}

export {
  parseDirectiveComment,
  directiveSuppressionPass
};
//# sourceMappingURL=chunk-CWBZCED3.js.map
