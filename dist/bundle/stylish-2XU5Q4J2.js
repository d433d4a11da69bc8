import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  RULE_ADVICE
} from "./chunk-RHSPT4CJ.js";
import {
  __commonJS,
  __toESM
} from "./chunk-B3SFOPOV.js";

// ../main/node_modules/picocolors/picocolors.js
var require_picocolors = __commonJS({
  "../main/node_modules/picocolors/picocolors.js"(exports, module) {
    var p = process || {};
    var argv = p.argv || [];
    var env = p.env || {};
    var isColorSupported = !(!!env.NO_COLOR || argv.includes("--no-color")) && (!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || (p.stdout || {}).isTTY && env.TERM !== "dumb" || !!env.CI);
    var formatter = (open, close, replace = open) => (input) => {
      let string = "" + input, index = string.indexOf(close, open.length);
      return ~index ? open + replaceClose(string, close, replace, index) + close : open + string + close;
    };
    var replaceClose = (string, close, replace, index) => {
      let result = "", cursor = 0;
      do {
        result += string.substring(cursor, index) + replace;
        cursor = index + close.length;
        index = string.indexOf(close, cursor);
      } while (~index);
      return result + string.substring(cursor);
    };
    var createColors = (enabled = isColorSupported) => {
      let f = enabled ? formatter : () => String;
      return {
        isColorSupported: enabled,
        reset: f("\x1B[0m", "\x1B[0m"),
        bold: f("\x1B[1m", "\x1B[22m", "\x1B[22m\x1B[1m"),
        dim: f("\x1B[2m", "\x1B[22m", "\x1B[22m\x1B[2m"),
        italic: f("\x1B[3m", "\x1B[23m"),
        underline: f("\x1B[4m", "\x1B[24m"),
        inverse: f("\x1B[7m", "\x1B[27m"),
        hidden: f("\x1B[8m", "\x1B[28m"),
        strikethrough: f("\x1B[9m", "\x1B[29m"),
        black: f("\x1B[30m", "\x1B[39m"),
        red: f("\x1B[31m", "\x1B[39m"),
        green: f("\x1B[32m", "\x1B[39m"),
        yellow: f("\x1B[33m", "\x1B[39m"),
        blue: f("\x1B[34m", "\x1B[39m"),
        magenta: f("\x1B[35m", "\x1B[39m"),
        cyan: f("\x1B[36m", "\x1B[39m"),
        white: f("\x1B[37m", "\x1B[39m"),
        gray: f("\x1B[90m", "\x1B[39m"),
        bgBlack: f("\x1B[40m", "\x1B[49m"),
        bgRed: f("\x1B[41m", "\x1B[49m"),
        bgGreen: f("\x1B[42m", "\x1B[49m"),
        bgYellow: f("\x1B[43m", "\x1B[49m"),
        bgBlue: f("\x1B[44m", "\x1B[49m"),
        bgMagenta: f("\x1B[45m", "\x1B[49m"),
        bgCyan: f("\x1B[46m", "\x1B[49m"),
        bgWhite: f("\x1B[47m", "\x1B[49m"),
        blackBright: f("\x1B[90m", "\x1B[39m"),
        redBright: f("\x1B[91m", "\x1B[39m"),
        greenBright: f("\x1B[92m", "\x1B[39m"),
        yellowBright: f("\x1B[93m", "\x1B[39m"),
        blueBright: f("\x1B[94m", "\x1B[39m"),
        magentaBright: f("\x1B[95m", "\x1B[39m"),
        cyanBright: f("\x1B[96m", "\x1B[39m"),
        whiteBright: f("\x1B[97m", "\x1B[39m"),
        bgBlackBright: f("\x1B[100m", "\x1B[49m"),
        bgRedBright: f("\x1B[101m", "\x1B[49m"),
        bgGreenBright: f("\x1B[102m", "\x1B[49m"),
        bgYellowBright: f("\x1B[103m", "\x1B[49m"),
        bgBlueBright: f("\x1B[104m", "\x1B[49m"),
        bgMagentaBright: f("\x1B[105m", "\x1B[49m"),
        bgCyanBright: f("\x1B[106m", "\x1B[49m"),
        bgWhiteBright: f("\x1B[107m", "\x1B[49m")
      };
    };
    module.exports = createColors();
    module.exports.createColors = createColors;
  }
});

// dist/report/stylish.js
var import_picocolors = __toESM(require_picocolors(), 1);
var DEFAULT_WIDTH = 100;
var MIN_WIDTH = 40;
var MAX_RELATED_SHOWN = 10;
var MAX_HOPS_SHOWN = 4;
var MAX_UNRESOLVED_SHOWN = 5;
var MAX_NO_ZONE_HOSTS_SHOWN = 5;
var ZONE_WORDS = {
  gateway: "gateway",
  esb: "esb",
  internal: "internal",
  external: "external",
  local: "local",
  self: "self",
  unknown: "in no zone",
  unresolved: "unresolved"
};
function plural(count, word, pluralWord = `${word}s`) {
  return `${count} ${count === 1 ? word : pluralWord}`;
}
function wrap(text, width, first, rest) {
  const lines = [];
  let prefix = first;
  let line = "";
  const room = () => Math.max(1, width - prefix.length);
  const flush = () => {
    lines.push(prefix + line);
    prefix = rest;
    line = "";
  };
  const parts = text.split(/( +)/);
  for (let index = 0; index < parts.length; index += 2) {
    const word = parts[index];
    if (word === "")
      continue;
    const space = line === "" ? "" : parts[index - 1] ?? " ";
    if (line.length + space.length + word.length <= room()) {
      line += space + word;
      continue;
    }
    let remaining = word;
    if (remaining.length > width - rest.length) {
      if (line !== "" && room() - line.length - space.length >= 8) {
        const head = remaining.slice(0, room() - line.length - space.length);
        line += space + head;
        remaining = remaining.slice(head.length);
      }
      if (line !== "")
        flush();
      while (remaining.length > room()) {
        line = remaining.slice(0, room());
        remaining = remaining.slice(line.length);
        flush();
      }
    } else if (line !== "") {
      flush();
    }
    line = remaining;
  }
  if (line !== "" || lines.length === 0)
    lines.push(prefix + line);
  return lines;
}
var topFolder = (file) => file.split("/")[0] ?? "";
function evidenceChain(detail, file, verbose) {
  const body = detail.slice(2);
  const at = body.indexOf(" via ");
  const head = `\u21B3 ${at < 0 ? body : body.slice(0, at)}`;
  let hops = at < 0 ? [] : body.slice(at + 5).split(" \u2192 ");
  if (!verbose) {
    const folder = topFolder(file);
    hops = hops.map((hop) => hop.replace(/\(([^()\s,]+)\/([^()\s,/]+:\d+)/g, (whole, dir, name) => topFolder(dir) === folder ? `(\u2026/${name}` : whole));
    if (hops.length > MAX_HOPS_SHOWN) {
      const hidden = hops.length - MAX_HOPS_SHOWN;
      hops = [...hops.slice(0, MAX_HOPS_SHOWN - 1), `\u2026 ${plural(hidden, "more hop")} (--verbose shows them)`, hops[hops.length - 1]];
    }
  }
  return { head, hops };
}
function unresolvedCalls(calls) {
  return calls.filter((call) => call.targets.length === 0 || call.targets.every((target) => target.zone === "unresolved"));
}
function formatStylish(result, options) {
  const c = import_picocolors.default.createColors(options.color);
  const width = Math.max(MIN_WIDTH, options.width ?? DEFAULT_WIDTH);
  const verbose = options.verbose === true;
  const lines = [];
  const push = (text, first, rest, paint = (s) => s) => {
    for (const line of wrap(text, width, first, rest))
      lines.push(paint(line));
  };
  if (result.config.file === null) {
    push('No arch-lint config found: using the built-in "recommended" preset. Run arch-lint init to write one (docs/configuration.md).', "", "  ", c.yellow);
  }
  const byFile = /* @__PURE__ */ new Map();
  const rowsOf = (file) => {
    let rows = byFile.get(file);
    if (!rows)
      byFile.set(file, rows = []);
    return rows;
  };
  const advised = /* @__PURE__ */ new Set();
  for (const finding of result.findings) {
    if (finding.suppressed)
      continue;
    const advice = RULE_ADVICE[finding.ruleId];
    let message = finding.message;
    if (advice !== void 0 && message.includes(advice)) {
      message = message.replace(` ${advice}`, "").replace(advice, "");
      advised.add(finding.ruleId);
    }
    rowsOf(finding.file).push({ line: finding.line, column: finding.column, severity: finding.severity, message, tag: finding.ruleId, related: finding.related });
  }
  for (const problem of result.problems) {
    rowsOf(problem.file ?? "(general)").push({ line: problem.line ?? 0, column: problem.column ?? 0, severity: problem.severity, message: problem.message, tag: problem.code });
  }
  for (const file of [...byFile.keys()].sort()) {
    const rows = byFile.get(file);
    lines.push("");
    push(file, "", "", c.underline);
    const positions = rows.map((row) => row.line > 0 ? `${row.line}:${row.column}` : "");
    const positionWidth = Math.max(1, ...positions.map((position) => position.length));
    let previous = null;
    rows.forEach((row, index) => {
      const severity = row.severity === "error" ? "error  " : "warning";
      const [headline = "", ...details] = row.message.split("\n");
      const evidence = JSON.stringify([details, row.related ?? []]);
      const repeated = !verbose && previous !== null && previous.position === positions[index] && previous.evidence === evidence && (details.length > 0 || (row.related ?? []).length > 0);
      previous = { position: positions[index], evidence };
      const position = positions[index].padEnd(positionWidth);
      const indent = " ".repeat(2 + positionWidth + 2 + 7 + 2);
      const start = lines.length;
      push(`${headline}  ${row.tag}`, indent, indent);
      const first = lines[start].slice(indent.length);
      lines[start] = `  ${c.dim(position)}  ${row.severity === "error" ? c.red(severity) : c.yellow(severity)}  ${first}`;
      const last = lines.length - 1;
      if (lines[last].endsWith(row.tag))
        lines[last] = `${lines[last].slice(0, -row.tag.length)}${c.dim(row.tag)}`;
      if (repeated) {
        push("\u21B3 the same evidence and related locations as above (--verbose repeats them)", indent, `${indent}  `, c.dim);
        return;
      }
      for (const detail of details) {
        if (!detail.startsWith("\u21B3 ")) {
          push(detail, indent, `${indent}  `, c.dim);
          continue;
        }
        const chain = evidenceChain(detail, file, verbose);
        push(chain.head, indent, `${indent}  `, c.dim);
        chain.hops.forEach((hop, hopIndex) => push(`${hopIndex === 0 ? "via" : "\u2192"} ${hop}`, `${indent}  `, `${indent}    `, c.dim));
      }
      const related = row.related ?? [];
      const shown = verbose ? related : related.slice(0, MAX_RELATED_SHOWN);
      for (const location of shown) {
        const where = location.file === file && !verbose ? `${location.line}:${location.column}` : `${location.file}:${location.line}:${location.column}`;
        push(`related ${where}  ${location.message}`, indent, `${indent}        `, c.dim);
      }
      if (related.length > shown.length)
        push(`\u2026 and ${related.length - shown.length} more related locations (--verbose or --format json lists all)`, indent, indent, c.dim);
    });
  }
  const { errors, warnings, suppressed, files, calls } = result.summary;
  const total = errors + warnings;
  const zones = result.summary.zones;
  const unresolved = zones?.unresolved ?? 0;
  const noZone = zones?.unknown ?? 0;
  lines.push("");
  if (total > 0) {
    const summary = `\u2716 ${plural(total, "problem")} (${plural(errors, "error")}, ${plural(warnings, "warning")})`;
    push(summary, "", "  ", errors > 0 ? (s) => c.bold(c.red(s)) : (s) => c.bold(c.yellow(s)));
  } else if ((options.hiddenWarnings ?? 0) > 0) {
    push(`\u2714 No errors (${plural(options.hiddenWarnings, "warning")} not shown: --quiet)`, "", "  ", c.green);
  } else if (unresolved + noZone > 0) {
    const parts = [...unresolved > 0 ? [`${unresolved} unresolved`] : [], ...noZone > 0 ? [`${noZone} to hosts in no zone`] : []];
    push(`\u26A0 No problems found, but ${unresolved + noZone} of ${plural(calls, "call")} could not be judged: ${parts.join(", ")} (${plural(files, "file")} scanned)`, "", "  ", (s) => c.bold(c.yellow(s)));
  } else {
    push(`\u2714 No problems found (${plural(files, "file")}, ${plural(calls, "call")} checked)`, "", "  ", c.green);
  }
  const baselined = result.baseline?.baselined ?? 0;
  if (suppressed > 0) {
    const others = suppressed - baselined;
    const parts = [...others > 0 ? [`${others} suppressed (waivers or inline directives)`] : [], ...baselined > 0 ? [`${baselined} baselined (${result.baseline?.file ?? "baseline"})`] : []];
    push(parts.join(", "), "  ", "    ", c.dim);
  }
  if (zones !== void 0 && calls > 0) {
    const counts = Object.keys(ZONE_WORDS).filter((zone) => (zones[zone] ?? 0) > 0).map((zone) => `${zones[zone]} ${ZONE_WORDS[zone]}`);
    push(`Calls by zone: ${counts.join(", ")}`, "  ", "    ", c.dim);
  }
  const hosts = result.summary.noZoneHosts ?? [];
  if (hosts.length > 0) {
    const listed = hosts.slice(0, MAX_NO_ZONE_HOSTS_SHOWN).map((entry) => `${entry.host} (${plural(entry.calls, "call")})`);
    const more = hosts.length > MAX_NO_ZONE_HOSTS_SHOWN ? `, and ${hosts.length - MAX_NO_ZONE_HOSTS_SHOWN} more` : "";
    push(`Hosts in no zone (add them to zones in the config): ${listed.join(", ")}${more}`, "  ", "    ", c.yellow);
  }
  const notResolved = unresolvedCalls(result.calls);
  if (notResolved.length > 0) {
    const shown = verbose ? notResolved : notResolved.slice(0, MAX_UNRESOLVED_SHOWN);
    push(`Unresolved calls (the URL could not be worked out; see unknown-target and docs/configuration.md):`, "  ", "    ", c.yellow);
    for (const call of shown) {
      const expression = /^['"`]/.test(call.expression) ? call.expression : `\`${call.expression}\``;
      const why = call.targets[0]?.via.at(-1);
      push(`${call.file}:${call.line}:${call.column}  ${call.client}${call.method ? ` ${call.method}` : ""} ${expression}${why ? ` (${why})` : ""}`, "    ", "      ", c.dim);
    }
    if (notResolved.length > shown.length)
      push(`\u2026 and ${notResolved.length - shown.length} more (--verbose or --format json lists all)`, "    ", "      ", c.dim);
  }
  const stale = result.baseline?.stale ?? [];
  if (stale.length > 0) {
    push(`${plural(stale.length, "baseline entry", "baseline entries")} no longer occur${stale.length === 1 ? "s" : ""}; run arch-lint --update-baseline to drop ${stale.length === 1 ? "it" : "them"}:`, "  ", "    ", c.yellow);
    for (const entry of stale.slice(0, 10))
      push(`${entry.file}${entry.symbol ? ` (${entry.symbol})` : ""}  ${entry.rule}${entry.target ? ` \u2192 ${entry.target}` : ""}`, "    ", "      ", c.dim);
    if (stale.length > 10)
      push(`\u2026 and ${stale.length - 10} more`, "    ", "      ", c.dim);
  }
  if (result.problems.length > 0)
    push(`${plural(result.problems.length, "file issue")} listed above (skipped or partly analysed files)`, "  ", "    ", c.dim);
  if (advised.size > 0) {
    lines.push("");
    push("What to do (arch-lint explain <rule> has the rest):", "", "", c.bold);
    for (const ruleId of [...advised].sort())
      push(`${ruleId}: ${RULE_ADVICE[ruleId]}`, "  ", "    ");
  }
  return `${lines.join("\n").replace(/^\n/, "")}
`;
}
export {
  formatStylish,
  wrap
};
//# sourceMappingURL=stylish-2XU5Q4J2.js.map
