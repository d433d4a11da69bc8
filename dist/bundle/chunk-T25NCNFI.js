import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);

// dist/extract/manifests/helm-template.js
var HELM_TEMPLATE_MARKER = "__helm_template__";
var GO_TEMPLATE_ACTION = /(?<!\$)\{\{-?\s*(?:\.[A-Za-z]|\$|(?:if|range|with|define|include|template|end|toYaml|tpl)\b|\/\*)/;
function isHelmTemplate(file, content) {
  return content.includes("{{") && (/(^|\/)templates\//.test(file) || GO_TEMPLATE_ACTION.test(content));
}
var ACTION = /\{\{-?([\s\S]*?)-?\}\}/g;
var CONTROL = /^\s*(?:\/\*[\s\S]*\*\/|if\b|else\b|end\b|range\b|with\b|define\b|block\b|template\b|include\b|toYaml\b|tpl\b|\$[\w]*\s*:=)/;
var CHART_VALUE_PREFIX = "Values.";
function replacement(body) {
  const values = /^\s*\$?\.Values((?:\.[A-Za-z_][\w-]*)+)\s*(\|[^}]*)?$/.exec(body);
  if (!values)
    return HELM_TEMPLATE_MARKER;
  const name = `${CHART_VALUE_PREFIX}${values[1].slice(1)}`;
  const fallback = /\|\s*default\s+(?:"([^"$}{\\]*)"|'([^'$}{]*)')/.exec(values[2] ?? "");
  const literal = fallback?.[1] ?? fallback?.[2];
  return literal === void 0 ? `$(${name})` : `\${${name}:-${literal}}`;
}
function untemplate(content) {
  const uncommented = content.replace(/\{\{-?\s*\/\*[\s\S]*?\*\/\s*-?\}\}/g, (comment) => comment.replace(/[^\n]/g, " "));
  return uncommented.split("\n").map((line) => {
    if (!line.includes("{{"))
      return line;
    const withoutActions = line.replace(ACTION, "").trim();
    const actions = [...line.matchAll(ACTION)].map((match) => match[1] ?? "");
    if (withoutActions === "" && actions.every((body) => CONTROL.test(body) || body.trim() === ""))
      return "";
    if (withoutActions === "")
      return line.replace(/\S[\s\S]*$/, "");
    return line.replace(ACTION, (_match, body) => replacement(body));
  }).join("\n");
}

export {
  HELM_TEMPLATE_MARKER,
  isHelmTemplate,
  CHART_VALUE_PREFIX,
  untemplate
};
//# sourceMappingURL=chunk-T25NCNFI.js.map
