import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  __commonJS,
  __toESM
} from "./chunk-B3SFOPOV.js";

// node_modules/picocolors/picocolors.js
var require_picocolors = __commonJS({
  "node_modules/picocolors/picocolors.js"(exports, module) {
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
var MAX_RELATED_SHOWN = 10;
function plural(count, word, pluralWord = `${word}s`) {
  return `${count} ${count === 1 ? word : pluralWord}`;
}
function formatStylish(result, options) {
  const c = import_picocolors.default.createColors(options.color);
  const lines = [];
  if (result.config.file === null) {
    lines.push(c.yellow('No arch-lint config found: using the built-in "recommended" preset (see docs/configuration.md).'));
  }
  const byFile = /* @__PURE__ */ new Map();
  const rowsOf = (file) => {
    let rows = byFile.get(file);
    if (!rows)
      byFile.set(file, rows = []);
    return rows;
  };
  for (const finding of result.findings) {
    if (finding.suppressed)
      continue;
    rowsOf(finding.file).push({ line: finding.line, column: finding.column, severity: finding.severity, message: finding.message, tag: finding.ruleId, related: finding.related });
  }
  for (const problem of result.problems) {
    rowsOf(problem.file ?? "(general)").push({ line: problem.line ?? 0, column: problem.column ?? 0, severity: problem.severity, message: problem.message, tag: problem.code });
  }
  for (const file of [...byFile.keys()].sort()) {
    const rows = byFile.get(file);
    lines.push("", c.underline(file));
    const positions = rows.map((row) => row.line > 0 ? `${row.line}:${row.column}` : "");
    const width = Math.max(...positions.map((position) => position.length));
    rows.forEach((row, index) => {
      const severity = row.severity === "error" ? c.red("error  ") : c.yellow("warning");
      const [headline = "", ...details] = row.message.split("\n");
      const position = positions[index].padEnd(Math.max(width, 1));
      lines.push(`  ${c.dim(position)}  ${severity}  ${headline}  ${c.dim(row.tag)}`);
      const indent = " ".repeat(2 + position.length + 2 + 7 + 2);
      for (const detail of details)
        lines.push(c.dim(`${indent}${detail}`));
      const related = row.related ?? [];
      for (const location of related.slice(0, MAX_RELATED_SHOWN)) {
        lines.push(c.dim(`${indent}related ${location.file}:${location.line}:${location.column}  ${location.message}`));
      }
      if (related.length > MAX_RELATED_SHOWN)
        lines.push(c.dim(`${indent}\u2026 and ${related.length - MAX_RELATED_SHOWN} more related locations (--format json lists all)`));
    });
  }
  const { errors, warnings, suppressed, files, calls } = result.summary;
  const total = errors + warnings;
  lines.push("");
  if (total > 0) {
    const summary = `\u2716 ${plural(total, "problem")} (${plural(errors, "error")}, ${plural(warnings, "warning")})`;
    lines.push(errors > 0 ? c.bold(c.red(summary)) : c.bold(c.yellow(summary)));
  } else {
    lines.push(c.green(`\u2714 No problems found (${plural(files, "file")}, ${plural(calls, "call")} checked)`));
  }
  const baselined = result.baseline?.baselined ?? 0;
  if (suppressed > 0) {
    const others = suppressed - baselined;
    const parts = [...others > 0 ? [`${others} suppressed (waivers or inline directives)`] : [], ...baselined > 0 ? [`${baselined} baselined (${result.baseline?.file ?? "baseline"})`] : []];
    lines.push(c.dim(`  ${parts.join(", ")}`));
  }
  const stale = result.baseline?.stale ?? [];
  if (stale.length > 0) {
    lines.push(c.yellow(`  ${plural(stale.length, "baseline entry", "baseline entries")} no longer occur${stale.length === 1 ? "s" : ""}; run arch-lint --update-baseline to drop ${stale.length === 1 ? "it" : "them"}:`));
    for (const entry of stale.slice(0, 10))
      lines.push(c.dim(`    ${entry.file}${entry.symbol ? ` (${entry.symbol})` : ""}  ${entry.rule}${entry.target ? ` \u2192 ${entry.target}` : ""}`));
    if (stale.length > 10)
      lines.push(c.dim(`    \u2026 and ${stale.length - 10} more`));
  }
  if (result.problems.length > 0)
    lines.push(c.dim(`  ${plural(result.problems.length, "file issue")} listed above (skipped or partly analysed files)`));
  return `${lines.join("\n").replace(/^\n/, "")}
`;
}
export {
  formatStylish
};
//# sourceMappingURL=stylish-MVS5EQTJ.js.map
