import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  field,
  parseYaml,
  text
} from "./chunk-QIUQF3M2.js";
import "./chunk-PE3PWTXU.js";
import {
  baseName
} from "./chunk-X7FXNNIW.js";
import {
  typescript
} from "./chunk-C7IMKPSF.js";
import {
  environmentFromFileName
} from "./chunk-OUQS2ATI.js";
import {
  emptyFacts
} from "./chunk-CVAD7S7L.js";
import "./chunk-OJLII3PA.js";
import "./chunk-B3SFOPOV.js";

// dist/extract/manifests/node-config.js
var maxAlternatives = 8;
function readNodeConfig(file, content, kind = "node-config") {
  const facts = emptyFacts(file, kind);
  const name = baseName(file);
  const stem = name.replace(/\.[^.]+$/, "");
  const extension = name.slice(stem.length + 1).toLowerCase();
  const envMapping = stem === "custom-environment-variables";
  const environment = envMapping || stem === "default" ? null : environmentFromFileName(stem) ?? stem.toLowerCase();
  let leaves = [];
  if (extension === "yaml" || extension === "yml") {
    const parsed = parseYaml(file, content);
    facts.problems.push(...parsed.problems);
    for (const document of parsed.documents)
      flattenYaml(document, "", leaves, envMapping, 0);
  } else if (["json", "json5", "jsonc", "js", "cjs", "mjs", "ts", "cts", "mts"].includes(extension)) {
    leaves = readScript(file, content, extension, envMapping, facts);
  } else {
    return facts;
  }
  for (const leaf of leaves) {
    facts.bindings.push({ type: "config", name: leaf.key, value: leaf.value, loc: { file, line: leaf.line, column: leaf.column }, source: kind, environment, service: null });
  }
  return facts;
}
function flattenYaml(node, prefix, out, envMapping, depth) {
  if (depth > 64)
    return;
  if (envMapping && node.kind === "map") {
    const variable = text(field(node, "__name"));
    if (variable !== void 0) {
      const at = field(node, "__name") ?? node;
      out.push({ key: prefix, value: `\${${variable}}`, line: at.line, column: at.column });
      return;
    }
  }
  if (node.kind === "scalar") {
    const value = text(node);
    if (value === void 0 || prefix === "")
      return;
    out.push({ key: prefix, value: envMapping ? `\${${value}}` : value, line: node.line, column: node.column });
    return;
  }
  const children = node.kind === "seq" ? node.items.map((item, index) => ({ key: String(index), value: item })) : node.entries;
  for (const child of children)
    flattenYaml(child.value, prefix === "" ? child.key : `${prefix}.${child.key}`, out, envMapping, depth + 1);
}
function readScript(file, content, extension, envMapping, facts) {
  const isJson = extension.startsWith("json");
  let source;
  try {
    source = isJson ? typescript.parseJsonText(file, content) : typescript.createSourceFile(file, content, typescript.ScriptTarget.Latest, true, /ts$/.test(extension) ? typescript.ScriptKind.TS : typescript.ScriptKind.JS);
  } catch (error) {
    facts.problems.push({ file, severity: "warning", code: "parse-error", message: `could not parse this config file (${error instanceof Error ? error.message : String(error)}); skipped it` });
    return [];
  }
  const diagnostics = source.parseDiagnostics ?? [];
  const firstError = diagnostics[0];
  if (firstError) {
    const position = source.getLineAndCharacterOfPosition(firstError.start ?? 0);
    facts.problems.push({
      file,
      line: position.line + 1,
      column: position.character + 1,
      severity: "warning",
      code: "parse-error",
      message: `malformed config file: ${typescript.flattenDiagnosticMessageText(firstError.messageText, " ")}; read what could be parsed`
    });
  }
  const reader = new ConfigObjectReader(source, envMapping);
  const root = isJson ? source.statements[0]?.expression : reader.exportedObject();
  const leaves = [];
  if (root)
    reader.flatten(root, "", leaves, 0);
  return leaves;
}
var ConfigObjectReader = class {
  source;
  envMapping;
  constants = /* @__PURE__ */ new Map();
  constructor(source, envMapping) {
    this.source = source;
    this.envMapping = envMapping;
    for (const statement of source.statements) {
      if (!typescript.isVariableStatement(statement))
        continue;
      for (const declaration of statement.declarationList.declarations) {
        if (typescript.isIdentifier(declaration.name) && declaration.initializer)
          this.constants.set(declaration.name.text, declaration.initializer);
      }
    }
  }
  /** `module.exports = …`, `export default …`, `export = …`. */
  exportedObject() {
    for (const statement of this.source.statements) {
      if (typescript.isExportAssignment(statement))
        return statement.expression;
      if (typescript.isExpressionStatement(statement) && typescript.isBinaryExpression(statement.expression) && statement.expression.operatorToken.kind === typescript.SyntaxKind.EqualsToken && statement.expression.left.getText(this.source) === "module.exports") {
        return statement.expression.right;
      }
    }
    return void 0;
  }
  flatten(expression, prefix, out, depth) {
    if (depth > 64)
      return;
    const node = this.unwrap(expression, 0);
    if (typescript.isObjectLiteralExpression(node)) {
      if (this.envMapping) {
        const variable = node.properties.find((property) => propertyName(property) === "__name");
        if (variable && typescript.isPropertyAssignment(variable)) {
          this.addLeaves(variable.initializer, prefix, out);
          return;
        }
      }
      for (const property of node.properties) {
        const key = propertyName(property);
        if (key === void 0)
          continue;
        const path = prefix === "" ? key : `${prefix}.${key}`;
        if (typescript.isPropertyAssignment(property))
          this.flatten(property.initializer, path, out, depth + 1);
        else if (typescript.isShorthandPropertyAssignment(property))
          this.flatten(property.name, path, out, depth + 1);
      }
      return;
    }
    if (typescript.isArrayLiteralExpression(node)) {
      node.elements.forEach((element, index) => this.flatten(element, prefix === "" ? String(index) : `${prefix}.${index}`, out, depth + 1));
      return;
    }
    if (prefix !== "")
      this.addLeaves(expression, prefix, out);
  }
  addLeaves(expression, key, out) {
    const position = this.source.getLineAndCharacterOfPosition(expression.getStart(this.source));
    for (const value of this.values(expression, 0)) {
      out.push({ key, value: this.envMapping ? `\${${value}}` : value, line: position.line + 1, column: position.character + 1 });
    }
  }
  /** The string values an expression may have; [] when it cannot be known without running the code. */
  values(expression, depth) {
    if (depth > 16)
      return [];
    const node = this.unwrap(expression, 0);
    if (typescript.isStringLiteral(node) || typescript.isNoSubstitutionTemplateLiteral(node) || typescript.isNumericLiteral(node))
      return [node.text];
    if (node.kind === typescript.SyntaxKind.TrueKeyword)
      return ["true"];
    if (node.kind === typescript.SyntaxKind.FalseKeyword)
      return ["false"];
    const envName = processEnvName(node);
    if (envName !== void 0)
      return [`\${${envName}}`];
    if (typescript.isIdentifier(node)) {
      const initializer = this.constants.get(node.text);
      return initializer ? this.values(initializer, depth + 1) : [];
    }
    if (typescript.isConditionalExpression(node))
      return limit([...this.values(node.whenTrue, depth + 1), ...this.values(node.whenFalse, depth + 1)]);
    if (typescript.isBinaryExpression(node)) {
      const operator = node.operatorToken.kind;
      if (operator === typescript.SyntaxKind.BarBarToken || operator === typescript.SyntaxKind.QuestionQuestionToken) {
        return limit([...this.values(node.left, depth + 1), ...this.values(node.right, depth + 1)]);
      }
      if (operator === typescript.SyntaxKind.PlusToken)
        return this.joined([node.left, node.right], depth);
      return [];
    }
    if (typescript.isTemplateExpression(node)) {
      const parts = [node.head.text];
      for (const span of node.templateSpans)
        parts.push(span.expression, span.literal.text);
      return this.joined(parts, depth);
    }
    if (typescript.isCallExpression(node) && typescript.isIdentifier(node.expression) && node.expression.text === "raw" && node.arguments[0])
      return this.values(node.arguments[0], depth + 1);
    return [];
  }
  joined(parts, depth) {
    let results = [""];
    for (const part of parts) {
      const options = typeof part === "string" ? [part] : this.values(part, depth + 1);
      if (options.length === 0)
        return [];
      results = limit(results.flatMap((prefix) => options.map((option) => prefix + option)));
    }
    return results;
  }
  /** Look through parentheses, `as`, `satisfies`, `!`, wrapper calls (`defineConfig({…})`, `Object.freeze({…})`) and same-file constants. */
  unwrap(expression, depth) {
    if (depth > 16)
      return expression;
    if (typescript.isParenthesizedExpression(expression) || typescript.isAsExpression(expression) || typescript.isSatisfiesExpression(expression) || typescript.isNonNullExpression(expression)) {
      return this.unwrap(expression.expression, depth + 1);
    }
    if (typescript.isCallExpression(expression)) {
      for (const argument of expression.arguments) {
        const unwrapped = this.unwrap(argument, depth + 1);
        if (typescript.isObjectLiteralExpression(unwrapped))
          return unwrapped;
      }
    }
    if (typescript.isIdentifier(expression)) {
      const initializer = this.constants.get(expression.text);
      const target = initializer ? this.unwrap(initializer, depth + 1) : void 0;
      if (target && (typescript.isObjectLiteralExpression(target) || typescript.isArrayLiteralExpression(target)))
        return target;
    }
    return expression;
  }
};
function propertyName(property) {
  const name = property.name;
  if (!name)
    return void 0;
  if (typescript.isIdentifier(name) || typescript.isStringLiteral(name) || typescript.isNumericLiteral(name) || typescript.isNoSubstitutionTemplateLiteral(name))
    return name.text;
  return void 0;
}
function processEnvName(node) {
  const isProcessEnv = (target) => typescript.isPropertyAccessExpression(target) && typescript.isIdentifier(target.expression) && target.expression.text === "process" && target.name.text === "env";
  if (typescript.isPropertyAccessExpression(node) && isProcessEnv(node.expression))
    return node.name.text;
  if (typescript.isElementAccessExpression(node) && isProcessEnv(node.expression) && typescript.isStringLiteralLike(node.argumentExpression))
    return node.argumentExpression.text;
  return void 0;
}
function limit(values) {
  return [...new Set(values)].slice(0, maxAlternatives);
}
var nodeConfigReader = {
  kinds: ["node-config"],
  read: readNodeConfig
};
export {
  nodeConfigReader,
  readNodeConfig
};
//# sourceMappingURL=node-config-EOL5NTZD.js.map
