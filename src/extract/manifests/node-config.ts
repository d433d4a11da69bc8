/**
 * node-config files (`config/default.*`, `config/production.*`, `config/custom-environment-variables.*`…):
 * every leaf → a `config` binding with the dotted key `config.get('sisu.url')` uses.
 * JSON/JSON5 and JS/TS are read statically with the TypeScript parser (the exported object literal; never executed);
 * YAML with the YAML reader. In JS/TS, `process.env.X` is written `${X}`, `a || b`, `a ?? b` and `c ? a : b` give one binding
 * per alternative, and same-file string constants are followed.
 * `custom-environment-variables.*` maps keys to env var names: `sisu.url: SISU_URL` becomes a binding `sisu.url = ${SISU_URL}`.
 */
import type { ts } from 'ts-morph';
// The parser only, loaded fast and shared with the TS/JS extractor (see extract/typescript/compiler.ts).
import { typescript } from '../typescript/compiler.js';
import type { FileFacts, ManifestKind } from '../../model.js';
import { emptyFacts } from '../facts.js';
import type { ManifestReader } from '../index.js';
import { environmentFromFileName } from './environment-label.js';
import { baseName } from './manifest-paths.js';
import { field, parseYaml, text } from './yaml-tree.js';
import type { YamlValue } from './yaml-tree.js';

interface LeafValue {
  key: string;
  value: string;
  line: number;
  column: number;
}

/** Alternatives kept per value: `a || b || c` is fine, a combinatorial `+` chain is not worth more. */
const maxAlternatives = 8;

export function readNodeConfig(file: string, content: string, kind: ManifestKind = 'node-config'): FileFacts {
  const facts = emptyFacts(file, kind);
  const name = baseName(file);
  const stem = name.replace(/\.[^.]+$/, '');
  const extension = name.slice(stem.length + 1).toLowerCase();
  const envMapping = stem === 'custom-environment-variables';
  // `default` applies everywhere (null); `production`, `development`, `test`, `local-production`… name the environment,
  // and a custom one (`hy` under NODE_CONFIG_ENV=hy) keeps its own name: it is a deployment's, not development's.
  const environment = envMapping || stem === 'default' ? null : (environmentFromFileName(stem) ?? stem.toLowerCase());
  let leaves: LeafValue[] = [];
  if (extension === 'yaml' || extension === 'yml') {
    const parsed = parseYaml(file, content);
    facts.problems.push(...parsed.problems);
    for (const document of parsed.documents) flattenYaml(document, '', leaves, envMapping, 0);
  } else if (['json', 'json5', 'jsonc', 'js', 'cjs', 'mjs', 'ts', 'cts', 'mts'].includes(extension)) {
    leaves = readScript(file, content, extension, envMapping, facts);
  } else {
    return facts; // TOML, HJSON, XML, .properties config files: not read yet.
  }
  for (const leaf of leaves) {
    facts.bindings.push({ type: 'config', name: leaf.key, value: leaf.value, loc: { file, line: leaf.line, column: leaf.column }, source: kind, environment, service: null });
  }
  return facts;
}

function flattenYaml(node: YamlValue, prefix: string, out: LeafValue[], envMapping: boolean, depth: number): void {
  if (depth > 64) return;
  if (envMapping && node.kind === 'map') {
    // `{ __name: SISU_URL, __format: json }`
    const variable = text(field(node, '__name'));
    if (variable !== undefined) {
      const at = field(node, '__name') ?? node;
      out.push({ key: prefix, value: `\${${variable}}`, line: at.line, column: at.column });
      return;
    }
  }
  if (node.kind === 'scalar') {
    const value = text(node);
    if (value === undefined || prefix === '') return;
    out.push({ key: prefix, value: envMapping ? `\${${value}}` : value, line: node.line, column: node.column });
    return;
  }
  const children = node.kind === 'seq' ? node.items.map((item, index) => ({ key: String(index), value: item })) : node.entries;
  for (const child of children) flattenYaml(child.value, prefix === '' ? child.key : `${prefix}.${child.key}`, out, envMapping, depth + 1);
}

function readScript(file: string, content: string, extension: string, envMapping: boolean, facts: FileFacts): LeafValue[] {
  const isJson = extension.startsWith('json');
  let source: ts.SourceFile;
  try {
    source = isJson
      ? typescript.parseJsonText(file, content)
      : typescript.createSourceFile(file, content, typescript.ScriptTarget.Latest, true, /ts$/.test(extension) ? typescript.ScriptKind.TS : typescript.ScriptKind.JS);
  } catch (error) {
    // The TypeScript parser recurses per nesting level: absurd nesting overflows the stack.
    facts.problems.push({ file, severity: 'warning', code: 'parse-error', message: `could not parse this config file (${error instanceof Error ? error.message : String(error)}); skipped it` });
    return [];
  }
  const diagnostics = (source as unknown as { parseDiagnostics?: readonly ts.Diagnostic[] }).parseDiagnostics ?? [];
  const firstError = diagnostics[0];
  if (firstError) {
    const position = source.getLineAndCharacterOfPosition(firstError.start ?? 0);
    facts.problems.push({
      file,
      line: position.line + 1,
      column: position.character + 1,
      severity: 'warning',
      code: 'parse-error',
      message: `malformed config file: ${typescript.flattenDiagnosticMessageText(firstError.messageText, ' ')}; read what could be parsed`,
    });
  }
  const reader = new ConfigObjectReader(source, envMapping);
  const root = isJson ? (source.statements[0] as ts.ExpressionStatement | undefined)?.expression : reader.exportedObject();
  const leaves: LeafValue[] = [];
  if (root) reader.flatten(root, '', leaves, 0);
  return leaves;
}

class ConfigObjectReader {
  private readonly constants = new Map<string, ts.Expression>();

  constructor(
    private readonly source: ts.SourceFile,
    private readonly envMapping: boolean,
  ) {
    for (const statement of source.statements) {
      if (!typescript.isVariableStatement(statement)) continue;
      for (const declaration of statement.declarationList.declarations) {
        if (typescript.isIdentifier(declaration.name) && declaration.initializer) this.constants.set(declaration.name.text, declaration.initializer);
      }
    }
  }

  /** `module.exports = …`, `export default …`, `export = …`. */
  exportedObject(): ts.Expression | undefined {
    for (const statement of this.source.statements) {
      if (typescript.isExportAssignment(statement)) return statement.expression;
      if (
        typescript.isExpressionStatement(statement) &&
        typescript.isBinaryExpression(statement.expression) &&
        statement.expression.operatorToken.kind === typescript.SyntaxKind.EqualsToken &&
        statement.expression.left.getText(this.source) === 'module.exports'
      ) {
        return statement.expression.right;
      }
    }
    return undefined;
  }

  flatten(expression: ts.Expression, prefix: string, out: LeafValue[], depth: number): void {
    if (depth > 64) return;
    const node = this.unwrap(expression, 0);
    if (typescript.isObjectLiteralExpression(node)) {
      if (this.envMapping) {
        const variable = node.properties.find((property) => propertyName(property) === '__name');
        if (variable && typescript.isPropertyAssignment(variable)) {
          this.addLeaves(variable.initializer, prefix, out);
          return;
        }
      }
      for (const property of node.properties) {
        const key = propertyName(property);
        if (key === undefined) continue;
        const path = prefix === '' ? key : `${prefix}.${key}`;
        if (typescript.isPropertyAssignment(property)) this.flatten(property.initializer, path, out, depth + 1);
        else if (typescript.isShorthandPropertyAssignment(property)) this.flatten(property.name, path, out, depth + 1);
      }
      return;
    }
    if (typescript.isArrayLiteralExpression(node)) {
      node.elements.forEach((element, index) => this.flatten(element, prefix === '' ? String(index) : `${prefix}.${index}`, out, depth + 1));
      return;
    }
    if (prefix !== '') this.addLeaves(expression, prefix, out);
  }

  private addLeaves(expression: ts.Expression, key: string, out: LeafValue[]): void {
    const position = this.source.getLineAndCharacterOfPosition(expression.getStart(this.source));
    for (const value of this.values(expression, 0)) {
      out.push({ key, value: this.envMapping ? `\${${value}}` : value, line: position.line + 1, column: position.character + 1 });
    }
  }

  /** The string values an expression may have; [] when it cannot be known without running the code. */
  private values(expression: ts.Expression, depth: number): string[] {
    if (depth > 16) return [];
    const node = this.unwrap(expression, 0);
    if (typescript.isStringLiteral(node) || typescript.isNoSubstitutionTemplateLiteral(node) || typescript.isNumericLiteral(node)) return [node.text];
    if (node.kind === typescript.SyntaxKind.TrueKeyword) return ['true'];
    if (node.kind === typescript.SyntaxKind.FalseKeyword) return ['false'];
    const envName = processEnvName(node);
    if (envName !== undefined) return [`\${${envName}}`];
    if (typescript.isIdentifier(node)) {
      const initializer = this.constants.get(node.text);
      return initializer ? this.values(initializer, depth + 1) : [];
    }
    if (typescript.isConditionalExpression(node)) return limit([...this.values(node.whenTrue, depth + 1), ...this.values(node.whenFalse, depth + 1)]);
    if (typescript.isBinaryExpression(node)) {
      const operator = node.operatorToken.kind;
      if (operator === typescript.SyntaxKind.BarBarToken || operator === typescript.SyntaxKind.QuestionQuestionToken) {
        return limit([...this.values(node.left, depth + 1), ...this.values(node.right, depth + 1)]);
      }
      if (operator === typescript.SyntaxKind.PlusToken) return this.joined([node.left, node.right], depth);
      return [];
    }
    if (typescript.isTemplateExpression(node)) {
      const parts: (string | ts.Expression)[] = [node.head.text];
      for (const span of node.templateSpans) parts.push(span.expression, span.literal.text);
      return this.joined(parts, depth);
    }
    // node-config's `raw(value)` keeps an object as is; its argument is still the value.
    if (typescript.isCallExpression(node) && typescript.isIdentifier(node.expression) && node.expression.text === 'raw' && node.arguments[0]) return this.values(node.arguments[0], depth + 1);
    return [];
  }

  private joined(parts: readonly (string | ts.Expression)[], depth: number): string[] {
    let results = [''];
    for (const part of parts) {
      const options = typeof part === 'string' ? [part] : this.values(part, depth + 1);
      if (options.length === 0) return [];
      results = limit(results.flatMap((prefix) => options.map((option) => prefix + option)));
    }
    return results;
  }

  /** Look through parentheses, `as`, `satisfies`, `!`, wrapper calls (`defineConfig({…})`, `Object.freeze({…})`) and same-file constants. */
  private unwrap(expression: ts.Expression, depth: number): ts.Expression {
    if (depth > 16) return expression;
    if (typescript.isParenthesizedExpression(expression) || typescript.isAsExpression(expression) || typescript.isSatisfiesExpression(expression) || typescript.isNonNullExpression(expression)) {
      return this.unwrap(expression.expression, depth + 1);
    }
    if (typescript.isCallExpression(expression)) {
      for (const argument of expression.arguments) {
        const unwrapped = this.unwrap(argument, depth + 1);
        if (typescript.isObjectLiteralExpression(unwrapped)) return unwrapped;
      }
    }
    if (typescript.isIdentifier(expression)) {
      const initializer = this.constants.get(expression.text);
      const target = initializer ? this.unwrap(initializer, depth + 1) : undefined;
      if (target && (typescript.isObjectLiteralExpression(target) || typescript.isArrayLiteralExpression(target))) return target;
    }
    return expression;
  }
}

function propertyName(property: ts.ObjectLiteralElementLike): string | undefined {
  const name = property.name;
  if (!name) return undefined;
  if (typescript.isIdentifier(name) || typescript.isStringLiteral(name) || typescript.isNumericLiteral(name) || typescript.isNoSubstitutionTemplateLiteral(name)) return name.text;
  return undefined;
}

/** `process.env.X` or `process.env['X']` → `X`. */
function processEnvName(node: ts.Expression): string | undefined {
  const isProcessEnv = (target: ts.Expression): boolean =>
    typescript.isPropertyAccessExpression(target) && typescript.isIdentifier(target.expression) && target.expression.text === 'process' && target.name.text === 'env';
  if (typescript.isPropertyAccessExpression(node) && isProcessEnv(node.expression)) return node.name.text;
  if (typescript.isElementAccessExpression(node) && isProcessEnv(node.expression) && typescript.isStringLiteralLike(node.argumentExpression)) return node.argumentExpression.text;
  return undefined;
}

function limit(values: string[]): string[] {
  return [...new Set(values)].slice(0, maxAlternatives);
}

export const nodeConfigReader: ManifestReader = {
  kinds: ['node-config'],
  read: readNodeConfig,
};
