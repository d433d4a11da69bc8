import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  escapeResultForText,
  redactResult
} from "./chunk-VWAHNXS3.js";
import "./chunk-B3SFOPOV.js";

// dist/report/index.js
import path from "node:path";
function relativeToSrcRoot(result, srcRoot) {
  if (srcRoot === void 0)
    return result;
  const prefix = path.relative(srcRoot, result.root).split(path.sep).join("/");
  if (prefix === "" || prefix.startsWith("..") || path.isAbsolute(prefix))
    return result;
  const rebase = (file) => path.isAbsolute(file) ? file : `${prefix}/${file}`;
  return {
    ...result,
    findings: result.findings.map((finding) => ({ ...finding, file: rebase(finding.file) })),
    problems: result.problems.map((problem) => problem.file === null ? problem : { ...problem, file: rebase(problem.file) })
  };
}
var formatters = {
  stylish: async () => (await import("./stylish-YM2E3AD2.js")).formatStylish,
  json: async () => (await import("./json-JXJH2PMW.js")).formatJson,
  sarif: async () => (await import("./sarif-VAEK2D3N.js")).formatSarif,
  github: async () => {
    const { formatGithub } = await import("./github-GCZSV3MF.js");
    return (result, options) => formatGithub(relativeToSrcRoot(result, options.srcRoot));
  },
  gitlab: async () => {
    const { formatGitlab } = await import("./gitlab-FMD7LBYU.js");
    return (result, options) => formatGitlab(relativeToSrcRoot(result, options.srcRoot));
  },
  junit: async () => (await import("./junit-RGCJ43NB.js")).formatJunit,
  markdown: async () => (await import("./markdown-RXIKAMI5.js")).formatMarkdown,
  html: async () => (await import("./html-LANBONPY.js")).formatHtml
};
var formatNames = () => Object.keys(formatters);
var TEXT_FORMATS = /* @__PURE__ */ new Set(["stylish", "github", "markdown", "junit"]);
async function loadFormatter(name) {
  const loader = Object.hasOwn(formatters, name) ? formatters[name] : void 0;
  if (!loader)
    return null;
  const format = await loader();
  const text = TEXT_FORMATS.has(name);
  return (result, options) => format(text ? escapeResultForText(redactResult(result)) : redactResult(result), options);
}
export {
  formatNames,
  formatters,
  loadFormatter,
  relativeToSrcRoot
};
//# sourceMappingURL=report-WN6ABHXJ.js.map
