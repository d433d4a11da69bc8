import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  saveCompilerCodeCache,
  syntax
} from "./chunk-C7IMKPSF.js";
import {
  ANY_MEMBER
} from "./chunk-7UNL4XN4.js";
import {
  CLIENT_LIBRARIES,
  ENV_LOADERS,
  FETCHER_CALLERS,
  GLOBAL_CLIENTS,
  GLOBAL_OBJECT_CLIENTS,
  GRPC_CHANNEL_CREDENTIALS,
  INJECTED_BY_NAME,
  INJECTED_CLASS_MODULES,
  INJECT_FUNCTIONS,
  INSTANCE_VERBS,
  JQUERY,
  PAGE_GLOBALS,
  REWRITE_CONFIG_FILES,
  clientExport,
  own,
  toolConfigFile
} from "./chunk-5TULVUP7.js";
import {
  CONSTRUCTED,
  CONSTRUCTOR_ARGUMENT
} from "./chunk-CV25BDJB.js";
import {
  parseDirectiveComment
} from "./chunk-CWBZCED3.js";
import {
  emptyFacts,
  envObject,
  envObjectMember,
  formatTemplate,
  grpcTarget,
  lit,
  trimSlashes,
  withAlternative,
  withoutSteps
} from "./chunk-CVAD7S7L.js";
import "./chunk-OJLII3PA.js";
import "./chunk-B3SFOPOV.js";

// dist/extract/typescript/directives.js
var MARKER = "arch-lint-";
function scriptKind(file) {
  const extension = /\.[^./]+$/.exec(file)?.[0]?.toLowerCase() ?? "";
  if (extension === ".tsx")
    return syntax.ScriptKind.TSX;
  if (extension === ".jsx")
    return syntax.ScriptKind.JSX;
  if (extension === ".js" || extension === ".mjs" || extension === ".cjs")
    return syntax.ScriptKind.JS;
  return syntax.ScriptKind.TS;
}
function tokenAt(sf, position) {
  let node = sf;
  for (; ; ) {
    const child = node.getChildren(sf).find((candidate) => candidate.kind !== syntax.SyntaxKind.JSDoc && candidate.pos <= position && position < candidate.end);
    if (!child)
      return node;
    node = child;
  }
}
function commentAt(text, token, position) {
  const ranges = [...syntax.getTrailingCommentRanges(text, token.pos) ?? [], ...syntax.getLeadingCommentRanges(text, token.pos) ?? []];
  return ranges.find((range) => range.pos <= position && position < range.end);
}
function findDirectives(file, content) {
  if (!content.includes(MARKER))
    return [];
  const sf = syntax.createSourceFile(file, content, syntax.ScriptTarget.Latest, false, scriptKind(file));
  const directives = [];
  const seen = /* @__PURE__ */ new Set();
  for (let index = content.indexOf(MARKER); index >= 0; index = content.indexOf(MARKER, index + 1)) {
    const token = tokenAt(sf, index);
    if (index >= token.getStart(sf) && token.kind !== syntax.SyntaxKind.EndOfFileToken)
      continue;
    const comment = commentAt(content, token, index);
    if (!comment || seen.has(comment.pos))
      continue;
    seen.add(comment.pos);
    const start = sf.getLineAndCharacterOfPosition(comment.pos);
    const nextCodeLine = token.kind === syntax.SyntaxKind.EndOfFileToken ? void 0 : sf.getLineAndCharacterOfPosition(token.getStart(sf)).line + 1;
    const directive = parseDirectiveComment(content.slice(comment.pos, comment.end), { file, line: start.line + 1, column: start.character + 1 }, nextCodeLine);
    if (directive)
      directives.push(directive);
  }
  return directives;
}

// dist/extract/typescript/vendored.js
var BANNER_WINDOW = 1e3;
var PRESERVED_BANNER = /^\s*(?:(?:"use strict"|'use strict');?\s*)?\/\*!([\s\S]*?)\*\//;
var LICENSE_RELEASE = /@license\s+([A-Za-z][\w.\- ]{0,40}?\s+v?\d+\.\d+(?:\.\d+)?)/;
var VERSION = /\bv?\d+\.\d+(?:\.\d+)?\b/;
function vendoredLibrary(content) {
  const head = content.slice(0, BANNER_WINDOW);
  const banner = PRESERVED_BANNER.exec(head)?.[1];
  if (banner !== void 0 && VERSION.test(banner))
    return `a library's banner ('${firstWords(banner)}')`;
  const release = LICENSE_RELEASE.exec(head)?.[1];
  if (release !== void 0)
    return `a library's banner ('@license ${release.trim()}')`;
  return null;
}
function firstWords(comment) {
  const line = comment.split("\n").map((text) => text.replace(/^\s*\*?\s*/, "").trim()).find((text) => text.length > 0) ?? "";
  return line.length > 60 ? `${line.slice(0, 57)}...` : line;
}

// dist/extract/typescript/walker.js
var REST_ELEMENTS = 4;
var PLAYWRIGHT_MODULES = /* @__PURE__ */ new Set(["@playwright/test", "playwright", "playwright-core", "@playwright/experimental-ct-react", "@playwright/experimental-ct-vue"]);
function routePatternBase(pattern) {
  const expression = skipOuter(pattern);
  if (!syntax.isStringLiteralLike(expression))
    return unknown("URL matched by the route");
  const fixed = expression.text.replace(/^\*\*(?=\/)/, "").split(/[*?{[]/)[0] ?? "";
  return fixed.length > 1 ? { kind: "lit", value: fixed } : unknown(`URL matched by '${expression.text}'`);
}
var PLAYWRIGHT_TEST_FUNCTIONS = /* @__PURE__ */ new Set(["test", "setup"]);
var XHR_ASSIGNMENT = /(this\s*\.\s*)?([\w$]+)\s*(?::\s*XMLHttpRequest\s*)?=\s*new\s+(?:(?:window|globalThis|self)\s*\.\s*)?XMLHttpRequest\b/g;
function xhrNamesOf(text) {
  const names = /* @__PURE__ */ new Set();
  if (!text.includes("XMLHttpRequest"))
    return names;
  for (const match of text.matchAll(XHR_ASSIGNMENT)) {
    names.add(`this.${match[2]}`);
    if (match[1] === void 0)
      names.add(match[2]);
  }
  return names;
}
function assignedName(node) {
  if (syntax.isIdentifier(node))
    return node.text;
  if (syntax.isPropertyAccessExpression(node) && node.expression.kind === syntax.SyntaxKind.ThisKeyword)
    return `this.${node.name.text}`;
  return null;
}
var { FirstNode } = syntax.SyntaxKind;
var K6_ENV = "__ENV";
var PARAMETER_PROPERTY_MODIFIERS = [syntax.SyntaxKind.PublicKeyword, syntax.SyntaxKind.PrivateKeyword, syntax.SyntaxKind.ProtectedKeyword, syntax.SyntaxKind.ReadonlyKeyword];
var NULLISH_TYPES = /* @__PURE__ */ new Set([syntax.SyntaxKind.UndefinedKeyword, syntax.SyntaxKind.VoidKeyword, syntax.SyntaxKind.NeverKeyword]);
var MAX_EXPRESSION = 120;
var MAX_SYM_DEPTH = 150;
function isFunctionNode(node) {
  return syntax.isFunctionDeclaration(node) || syntax.isFunctionExpression(node) || syntax.isArrowFunction(node) || syntax.isMethodDeclaration(node) || syntax.isConstructorDeclaration(node) || syntax.isGetAccessorDeclaration(node) || syntax.isSetAccessorDeclaration(node);
}
function moduleWrapperBody(statement) {
  if (!syntax.isExpressionStatement(statement))
    return null;
  let expression = skipOuter(statement.expression);
  if (syntax.isPrefixUnaryExpression(expression))
    expression = skipOuter(expression.operand);
  else if (syntax.isVoidExpression(expression))
    expression = skipOuter(expression.expression);
  if (!syntax.isCallExpression(expression))
    return null;
  let callee = skipOuter(expression.expression);
  if (syntax.isPropertyAccessExpression(callee) && (callee.name.text === "call" || callee.name.text === "apply"))
    callee = skipOuter(callee.expression);
  if (!(syntax.isFunctionExpression(callee) || syntax.isArrowFunction(callee)) || !syntax.isBlock(callee.body))
    return null;
  if (!expression.arguments.every((argument) => syntax.isIdentifier(argument) || argument.kind === syntax.SyntaxKind.ThisKeyword))
    return null;
  return callee.body.statements;
}
function moduleStatements(statements, depth = 0) {
  if (depth > 2 || !statements.some((statement) => moduleWrapperBody(statement) !== null))
    return statements;
  return statements.flatMap((statement) => {
    const body = moduleWrapperBody(statement);
    return body ? moduleStatements(body, depth + 1) : [statement];
  });
}
function skipOuter(node) {
  let current = node;
  for (; ; ) {
    if (syntax.isParenthesizedExpression(current) || syntax.isAsExpression(current) || syntax.isNonNullExpression(current) || syntax.isSatisfiesExpression(current) || syntax.isTypeAssertionExpression(current) || syntax.isAwaitExpression(current)) {
      current = current.expression;
    } else
      return current;
  }
}
function propertyNameText(name) {
  if (syntax.isIdentifier(name) || syntax.isStringLiteral(name) || syntax.isNumericLiteral(name) || syntax.isPrivateIdentifier(name))
    return name.text;
  return null;
}
function isProjectSpecifier(specifier) {
  return specifier.startsWith(".") || specifier.startsWith("@/") || specifier.startsWith("~/") || specifier.startsWith("/");
}
function mayBeProjectMapping(specifier, args, holdsPath) {
  if (specifier.startsWith("#"))
    return true;
  const name = specifier.startsWith("@") ? specifier.split("/").slice(0, 2).join("/") : specifier.split("/")[0] ?? "";
  if (name !== name.toLowerCase())
    return true;
  if (specifier.startsWith("node:") || NODE_MODULES.has(name))
    return false;
  return args.some((argument) => PATH_IN_STRING.test(argument.getText()) || holdsPath?.(argument) === true);
}
var URL_NAME = /(?:url|uri|endpoint|href|base|host)$/i;
function mayHoldUrl(expression) {
  const inner = skipOuter(expression);
  if (syntax.isNumericLiteral(inner) || syntax.isObjectLiteralExpression(inner) || syntax.isArrayLiteralExpression(inner) || syntax.isArrowFunction(inner) || syntax.isFunctionExpression(inner))
    return false;
  if (inner.kind === syntax.SyntaxKind.TrueKeyword || inner.kind === syntax.SyntaxKind.FalseKeyword || inner.kind === syntax.SyntaxKind.NullKeyword)
    return false;
  return !(syntax.isIdentifier(inner) && inner.text === "undefined");
}
var PATH_IN_STRING = /(['"`])[^'"`\n]*\/[^'"`\n]*\1|`[^`]*\/[^`]*`/;
var NODE_MODULES = /* @__PURE__ */ new Set([
  "assert",
  "buffer",
  "child_process",
  "crypto",
  "dns",
  "events",
  "fs",
  "fs/promises",
  "http",
  "http2",
  "https",
  "net",
  "os",
  "path",
  "process",
  "querystring",
  "readline",
  "stream",
  "string_decoder",
  "timers",
  "tls",
  "url",
  "util",
  "v8",
  "vm",
  "worker_threads",
  "zlib"
]);
function isArithmetic(left, right) {
  const isText = (node) => {
    const inner = skipOuter(node);
    return syntax.isStringLiteralLike(inner) || syntax.isTemplateExpression(inner) || syntax.isBinaryExpression(inner) && inner.operatorToken.kind === syntax.SyntaxKind.PlusToken && (isText(inner.left) || isText(inner.right));
  };
  const isNumber = (node) => syntax.isNumericLiteral(skipOuter(node));
  return (isNumber(left) || isNumber(right)) && !isText(left) && !isText(right);
}
var OWN_PAGE_GLOBALS = /* @__PURE__ */ new Set(["window", "document", "globalThis", "self"]);
function startsLikeUrl(node) {
  const inner = skipOuter(node);
  const text = syntax.isStringLiteralLike(inner) ? inner.text : syntax.isTemplateExpression(inner) ? inner.head.text : null;
  return text !== null && /^(?:\/|https?:\/\/)/i.test(text);
}
var REQUEST_API_EXTENSIONS = /* @__PURE__ */ new Set(["injectEndpoints", "enhanceEndpoints"]);
var ENDPOINT_BUILDERS = /* @__PURE__ */ new Set(["query", "mutation", "infiniteQuery"]);
function objectProperty(object, name) {
  for (const property of object.properties) {
    if (syntax.isPropertyAssignment(property) && propertyNameText(property.name) === name)
      return property.initializer;
    if (syntax.isShorthandPropertyAssignment(property) && property.name.text === name)
      return property.name;
  }
  return void 0;
}
function unknown(text) {
  return { kind: "unknown", text: text.length > MAX_EXPRESSION ? `${text.slice(0, MAX_EXPRESSION - 1)}\u2026` : text };
}
function memberOf(base, key) {
  switch (base.kind) {
    case "ref":
    case "param":
      return { ...base, member: [...base.member, key] };
    case "object": {
      if (key !== ANY_MEMBER)
        return own(base.props, key) ?? unknown(`.${key}`);
      const values = Object.values(base.props);
      return values.length === 0 ? unknown("[\u2026]") : values.length === 1 ? values[0] : { kind: "alt", options: values };
    }
    case "step":
      return { ...base, value: memberOf(base.value, key) };
    case "alt":
      return { kind: "alt", options: base.options.map((option) => memberOf(option, key)) };
    case "call":
      return { ...base, member: [...base.member ?? [], key] };
    case "unknown":
      return unknown(`${base.text}.${key}`);
    case "url":
      return key === "href" ? base : unknown(`.${key}`);
    case "lookup":
      return envObjectMember(base, key) ?? unknown(`.${key}`);
    default:
      return unknown(`.${key}`);
  }
}
var DEFAULT_BASE_PROPS = /* @__PURE__ */ new Set(["baseURL"]);
var URL_KEEPING_METHODS = /* @__PURE__ */ new Set(["replace", "replaceAll", "trim", "trimEnd", "trimStart", "toString", "toJSON", "valueOf", "toLowerCase", "normalize"]);
var NODE_UTIL_MODULES = /* @__PURE__ */ new Set(["util", "node:util"]);
var URL_JOIN_MODULES = /* @__PURE__ */ new Set(["url-join", "proper-url-join", "urljoin"]);
var URL_KEEPING_MODULES = /* @__PURE__ */ new Set(["remove-trailing-slash", "normalize-url"]);
function slashTrim(pattern, replacement) {
  if (!pattern || pattern.kind !== syntax.SyntaxKind.RegularExpressionLiteral || !replacement || !syntax.isStringLiteralLike(replacement) || replacement.text !== "")
    return null;
  const source = pattern.text.replace(/\/[a-z]*$/, "").slice(1);
  if (/^\\\/[+*]?\$$/.test(source))
    return "end";
  if (/^\^\\\/[+*]?$/.test(source))
    return "start";
  return null;
}
function joined(values, separator) {
  const parts = [];
  values.forEach((value, index) => {
    const previous = parts[parts.length - 1];
    const slashBefore = previous?.kind === "lit" && previous.value.endsWith("/");
    const slashAfter = value.kind === "lit" && value.value.startsWith("/");
    if (index > 0 && !(separator === "/" && (slashBefore || slashAfter)))
      parts.push({ kind: "lit", value: separator });
    parts.push(index > 0 && separator === "/" && slashBefore && slashAfter && value.kind === "lit" ? { kind: "lit", value: value.value.replace(/^\/+/, "") } : value);
  });
  return { kind: "concat", parts };
}
function keyedObject(sym) {
  switch (sym.kind) {
    case "object":
    case "ref":
    case "call":
      return true;
    case "step":
      return keyedObject(sym.value);
    default:
      return false;
  }
}
function functionBranches(node) {
  const value = skipOuter(node);
  if (syntax.isArrowFunction(value) || syntax.isFunctionExpression(value))
    return [value];
  if (syntax.isConditionalExpression(value))
    return [...functionBranches(value.whenTrue), ...functionBranches(value.whenFalse)];
  if (syntax.isBinaryExpression(value) && (value.operatorToken.kind === syntax.SyntaxKind.BarBarToken || value.operatorToken.kind === syntax.SyntaxKind.QuestionQuestionToken)) {
    return [...functionBranches(value.left), ...functionBranches(value.right)];
  }
  return [];
}
function peelMember(node) {
  const expression = skipOuter(node);
  return syntax.isPropertyAccessExpression(expression) ? { expression: skipOuter(expression.expression), member: expression.name.text } : { expression, member: null };
}
function mapParams(sym, replace) {
  const map = (inner) => mapParams(inner, replace);
  switch (sym.kind) {
    case "param":
      return replace(sym);
    case "concat":
      return { kind: "concat", parts: sym.parts.map(map) };
    case "alt":
      return { kind: "alt", options: sym.options.map(map) };
    case "url":
      return { kind: "url", base: map(sym.base), path: map(sym.path) };
    case "object":
      return { kind: "object", props: Object.fromEntries(Object.entries(sym.props).map(([name, value]) => [name, map(value)])) };
    case "client":
      return sym.base === null ? sym : { ...sym, base: map(sym.base) };
    case "call":
      return { ...sym, callee: map(sym.callee), args: sym.args.map(map) };
    case "step":
      return { ...sym, value: map(sym.value) };
    default:
      return sym;
  }
}
var HTTP_METHOD_NAMES = /* @__PURE__ */ new Set(["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]);
function constructorArguments(sym, className) {
  return mapParams(sym, (param) => param.outer ? param : { kind: "ref", module: null, name: `${CONSTRUCTOR_ARGUMENT}${className}#${param.index}`, member: param.member });
}
function containsParam(sym) {
  switch (sym.kind) {
    case "param":
      return true;
    case "concat":
      return sym.parts.some(containsParam);
    case "alt":
      return sym.options.some(containsParam);
    case "url":
      return containsParam(sym.base) || containsParam(sym.path);
    case "object":
      return Object.values(sym.props).some(containsParam);
    case "client":
      return sym.base !== null && containsParam(sym.base);
    case "call":
      return containsParam(sym.callee) || sym.args.some(containsParam);
    case "step":
      return containsParam(sym.value);
    default:
      return false;
  }
}
function rebindParams(sym, toOuter) {
  return mapParams(sym, (param) => {
    if (toOuter && !param.outer)
      return { ...param, outer: 1 };
    return unknown([param.name, ...param.member[0] === param.name ? param.member.slice(1) : param.member].join("."));
  });
}
var FileWalker = class {
  sf;
  facts;
  imports = /* @__PURE__ */ new Map();
  /** Whether the file imports a class whose instances a framework injects (see `declareInjectedServices`). */
  importsInjectedClass;
  /** Variables and `this.` fields set to gRPC channel credentials, found when first needed (see `grpcCredentialNames`). */
  grpcCredentials;
  /** Whether the file imports Playwright (see `declarePlaywrightRoute`). */
  importsPlaywright;
  /** The route parameters of Playwright route handlers → their pattern's text. */
  playwrightRoutes = /* @__PURE__ */ new Map();
  topNames = /* @__PURE__ */ new Set();
  /** Module-level names declared with an object literal (`var helpers = {}`), whose properties top-level assignments add. */
  topObjectNames = /* @__PURE__ */ new Set();
  /** Variables and `this.` fields assigned an XMLHttpRequest (see isXhr), read from the text when first needed. */
  xhrNames;
  fnKeys = /* @__PURE__ */ new Map();
  /** Functions of a Vue options-API component (see `keyComponent`): `this` in them is the component. */
  componentOf = /* @__PURE__ */ new Map();
  /** Keys of functions declared inside other functions (`const callApi = (path) => api.get(path)`): wrappers, but not symbols people name. */
  localFnKeys = /* @__PURE__ */ new Set();
  /** Functions a keyed function returns (`(base) => (path) => …`) → the key of the function returning them. */
  returnedFrom = /* @__PURE__ */ new Map();
  /** Numbers the `new Class(…)` creations of the file (see CONSTRUCTED). */
  creations = 0;
  root = { parent: null, vars: /* @__PURE__ */ new Map(), fnKey: null, enclosing: "<module>", className: null, returns: null };
  constructor(sf, facts) {
    this.sf = sf;
    this.facts = facts;
  }
  /** The module's statements, a module wrapper's body in place of the wrapper (see `moduleWrapperBody`). */
  moduleStatements = [];
  run() {
    this.moduleStatements = moduleStatements(this.sf.statements);
    this.collectTopLevel();
    this.collectRewriteDestinations();
    for (const statement of this.moduleStatements)
      this.visit(statement, this.root);
    this.visitToolConfigFile();
  }
  /** An object literal, or a top-level constant holding one (`const config: Config = {…}; export default config`). */
  topLevelObject(expression) {
    if (syntax.isObjectLiteralExpression(expression))
      return expression;
    if (!syntax.isIdentifier(expression))
      return null;
    for (const statement of this.sf.statements) {
      if (!syntax.isVariableStatement(statement))
        continue;
      const declaration = statement.declarationList.declarations.find((candidate) => syntax.isIdentifier(candidate.name) && candidate.name.text === expression.text);
      const value = declaration?.initializer ? skipOuter(declaration.initializer) : null;
      if (value)
        return syntax.isObjectLiteralExpression(value) ? value : null;
    }
    return null;
  }
  /**
   * The rewrite destinations of a config file of REWRITE_CONFIG_FILES (`next.config.js`), wherever its rewrite function
   * is (a plugin may wrap the config): reported when the walk reaches them, in their function's scope.
   */
  collectRewriteDestinations() {
    const name = this.facts.file.slice(this.facts.file.lastIndexOf("/") + 1);
    const config = REWRITE_CONFIG_FILES.find((candidate) => candidate.file.test(name));
    if (!config)
      return;
    const pending = { library: config.library, defaultBaseUrls: [] };
    const visit = (node, depth, keyed) => {
      let inside = depth;
      let object = keyed;
      const named = (syntax.isMethodDeclaration(node) || syntax.isPropertyAssignment(node) || syntax.isFunctionDeclaration(node)) && node.name ? propertyNameText(node.name) : null;
      if (depth < config.within.length && named === config.within[depth]) {
        inside = depth + 1;
        if (inside === config.within.length && config.keyedTargets && syntax.isPropertyAssignment(node))
          object = skipOuter(node.initializer);
      }
      if (depth === config.within.length && syntax.isPropertyAssignment(node)) {
        const value = skipOuter(node.initializer);
        const plain = !syntax.isObjectLiteralExpression(value) && !syntax.isArrayLiteralExpression(value) && !isFunctionNode(value);
        if (named === config.property || plain && keyed !== null && syntax.isObjectLiteralExpression(keyed) && keyed.properties.includes(node))
          this.pendingConfigUrls.set(node, pending);
      }
      syntax.forEachChild(node, (child) => visit(child, inside, object));
    };
    visit(this.sf, 0, null);
  }
  /** A tool's config file (`cypress.config.js`) whose default export is a plain object: its URLs, as `defineConfig` would declare them. */
  visitToolConfigFile() {
    const tool = toolConfigFile(this.facts.file.slice(this.facts.file.lastIndexOf("/") + 1));
    if (!tool)
      return;
    for (const statement of this.sf.statements) {
      const assignment = syntax.isExpressionStatement(statement) && syntax.isBinaryExpression(statement.expression) ? statement.expression : null;
      const exported = syntax.isExportAssignment(statement) ? statement.expression : assignment && assignment.operatorToken.kind === syntax.SyntaxKind.EqualsToken && this.isModuleExports(skipOuter(assignment.left)) ? assignment.right : null;
      const object = exported ? this.topLevelObject(skipOuter(exported)) : null;
      if (!object)
        continue;
      for (const property of this.configUrlProperties(object, tool.paths)) {
        this.pushConfigUrl(property, tool.library, tool.defaultBaseUrls, this.root);
      }
    }
  }
  // ───────────── positions and text ─────────────
  loc(node) {
    const position = this.sf.getLineAndCharacterOfPosition(node.getStart(this.sf));
    return { file: this.facts.file, line: position.line + 1, column: position.character + 1 };
  }
  text(node) {
    const start = node.getStart(this.sf);
    const text = this.sf.text.slice(start, Math.min(node.end, start + MAX_EXPRESSION * 4)).replace(/\s+/g, " ");
    return text.length > MAX_EXPRESSION ? `${text.slice(0, MAX_EXPRESSION - 1)}\u2026` : text;
  }
  // ───────────── top level: imports, names, function keys ─────────────
  requireSpecifier(node) {
    if (!node)
      return null;
    const { expression, member } = peelMember(node);
    if (syntax.isCallExpression(expression) && syntax.isIdentifier(expression.expression) && expression.expression.text === "require" && expression.arguments.length === 1) {
      const argument = expression.arguments[0];
      if (argument && syntax.isStringLiteralLike(argument))
        return { module: argument.text, member };
    }
    return null;
  }
  collectTopLevel() {
    for (const statement of this.moduleStatements) {
      if (syntax.isImportDeclaration(statement) && syntax.isStringLiteral(statement.moduleSpecifier)) {
        const module = statement.moduleSpecifier.text;
        const clause = statement.importClause;
        if (!clause)
          continue;
        if (clause.name)
          this.imports.set(clause.name.text, { module, imported: "default" });
        const bindings = clause.namedBindings;
        if (bindings && syntax.isNamespaceImport(bindings))
          this.imports.set(bindings.name.text, { module, imported: "*" });
        if (bindings && syntax.isNamedImports(bindings)) {
          for (const element of bindings.elements) {
            this.imports.set(element.name.text, { module, imported: (element.propertyName ?? element.name).text });
          }
        }
      } else if (syntax.isImportEqualsDeclaration(statement) && syntax.isExternalModuleReference(statement.moduleReference)) {
        const expression = statement.moduleReference.expression;
        if (syntax.isStringLiteral(expression))
          this.imports.set(statement.name.text, { module: expression.text, imported: "*" });
      } else if (syntax.isVariableStatement(statement)) {
        for (const declaration of statement.declarationList.declarations)
          this.collectDeclaration(declaration);
      } else if ((syntax.isFunctionDeclaration(statement) || syntax.isClassDeclaration(statement)) && statement.name) {
        this.topNames.add(statement.name.text);
      }
      this.assignFunctionKeys(statement);
    }
  }
  /**
   * A client library's import under another name, as ESM code gets at a CommonJS package (`const Sentry =
   * SentryTransport.default`, `const { IncomingWebhook } = slack` after `import slack from '…'`): the binding it stands
   * for. Only for libraries of the client table (a destructured name only when the table lists that export); other
   * modules' aliases stay values (their evidence names the alias).
   */
  libraryAlias(node, destructured) {
    if (!node)
      return null;
    const { expression, member } = peelMember(node);
    if (!syntax.isIdentifier(expression))
      return null;
    const imported = this.imports.get(expression.text);
    if (!imported || !own(CLIENT_LIBRARIES, imported.module))
      return null;
    const whole = imported.imported === "default" || imported.imported === "*";
    if (destructured !== null)
      return member === null && whole && clientExport(imported.module, destructured) ? { module: imported.module, imported: destructured } : null;
    if (member === null)
      return imported;
    return member === "default" && whole ? { module: imported.module, imported: "default" } : null;
  }
  collectDeclaration(declaration) {
    if (syntax.isIdentifier(declaration.name)) {
      const alias = this.libraryAlias(declaration.initializer, null);
      if (alias) {
        this.imports.set(declaration.name.text, alias);
        return;
      }
    } else if (syntax.isObjectBindingPattern(declaration.name) && !this.requireSpecifier(declaration.initializer)) {
      for (const element of declaration.name.elements) {
        const key = element.propertyName ? propertyNameText(element.propertyName) : syntax.isIdentifier(element.name) ? element.name.text : null;
        const alias = syntax.isIdentifier(element.name) && key ? this.libraryAlias(declaration.initializer, key) : null;
        if (alias && syntax.isIdentifier(element.name))
          this.imports.set(element.name.text, alias);
        else if (syntax.isIdentifier(element.name))
          this.topNames.add(element.name.text);
      }
      return;
    }
    const required = this.requireSpecifier(declaration.initializer);
    if (syntax.isIdentifier(declaration.name)) {
      if (required)
        this.imports.set(declaration.name.text, { module: required.module, imported: required.member ?? "*" });
      else
        this.topNames.add(declaration.name.text);
      if (declaration.initializer && syntax.isObjectLiteralExpression(skipOuter(declaration.initializer)))
        this.topObjectNames.add(declaration.name.text);
      return;
    }
    if (syntax.isObjectBindingPattern(declaration.name)) {
      for (const element of declaration.name.elements) {
        if (!syntax.isIdentifier(element.name))
          continue;
        const key = element.propertyName ? propertyNameText(element.propertyName) : element.name.text;
        if (required && key)
          this.imports.set(element.name.text, { module: required.module, imported: key });
        else
          this.topNames.add(element.name.text);
      }
    }
  }
  /**
   * `helpers.get = …` at the top level, on a module-level name the file declares with an object literal
   * (`var helpers = {}`): the object's name and the property; null for anything else (an export, an import's member, a nested property).
   */
  topLevelObjectMember(target) {
    const left = skipOuter(target);
    if (!syntax.isPropertyAccessExpression(left) || !syntax.isIdentifier(left.expression))
      return null;
    const owner = left.expression.text;
    if (owner === "module" || owner === "exports" || this.imports.has(owner) || !this.topObjectNames.has(owner))
      return null;
    return { owner, property: left.name.text };
  }
  isModuleExports(node) {
    return syntax.isPropertyAccessExpression(node) && syntax.isIdentifier(node.expression) && node.expression.text === "module" && node.name.text === "exports";
  }
  /** Name of the CommonJS export an assignment target writes (`exports.x`, `module.exports.x` → x; `module.exports` → default). */
  commonJsExportName(target) {
    if (this.isModuleExports(target))
      return "default";
    if (syntax.isPropertyAccessExpression(target)) {
      const object = target.expression;
      if (syntax.isIdentifier(object) && object.text === "exports" || this.isModuleExports(object))
        return target.name.text;
    }
    return null;
  }
  keyObjectFunctions(object, prefix) {
    for (const property of object.properties) {
      const name = property.name ? propertyNameText(property.name) : null;
      if (!name)
        continue;
      const key = prefix ? `${prefix}.${name}` : name;
      if (syntax.isMethodDeclaration(property))
        this.fnKeys.set(property, key);
      else if (syntax.isPropertyAssignment(property)) {
        const value = skipOuter(property.initializer);
        if (syntax.isArrowFunction(value) || syntax.isFunctionExpression(value))
          this.fnKeys.set(value, key);
      }
    }
  }
  /**
   * A Vue options-API component (`export default { methods: { … } }`, `new Vue({…})`, `Vue.component('n', {…})`,
   * `defineComponent({…})`, `createApp({…}).mount(…)`): each function of `methods` is `<name>.<method>`, and `this` in
   * any of the component's functions (methods, hooks, `computed`, `watch`) is the component, so `this.load('/api/x')`
   * calls that method (a wrapper call when it puts its argument in a request).
   */
  keyComponent(component, held) {
    const declared = component.properties.find((property) => syntax.isPropertyAssignment(property) && property.name && propertyNameText(property.name) === "name");
    const written = declared && syntax.isPropertyAssignment(declared) && syntax.isStringLiteralLike(declared.initializer) ? declared.initializer.text : null;
    const name = held ?? written ?? `component@${this.loc(component).line}`;
    const functionOf = (property) => {
      if (syntax.isMethodDeclaration(property))
        return property;
      if (!syntax.isPropertyAssignment(property))
        return null;
      const value = skipOuter(property.initializer);
      return syntax.isArrowFunction(value) || syntax.isFunctionExpression(value) ? value : null;
    };
    for (const property of component.properties) {
      const propertyName = property.name ? propertyNameText(property.name) : null;
      if (propertyName === null)
        continue;
      const fn = functionOf(property);
      if (fn) {
        this.componentOf.set(fn, name);
        continue;
      }
      if (!syntax.isPropertyAssignment(property) || !["methods", "computed", "watch"].includes(propertyName))
        continue;
      const group = skipOuter(property.initializer);
      if (!syntax.isObjectLiteralExpression(group))
        continue;
      for (const member of group.properties) {
        const memberName = member.name ? propertyNameText(member.name) : null;
        const memberFn = functionOf(member);
        if (memberName === null || !memberFn)
          continue;
        this.componentOf.set(memberFn, name);
        if (propertyName === "methods")
          this.fnKeys.set(memberFn, `${name}.${memberName}`);
      }
    }
  }
  /** The options object of a Vue component an expression is, or makes (see `keyComponent`); null for anything else. */
  componentObject(expression) {
    const value = skipOuter(expression);
    const isComponent = (object) => syntax.isObjectLiteralExpression(object) && object.properties.some((property) => syntax.isPropertyAssignment(property) && property.name && propertyNameText(property.name) === "methods" && syntax.isObjectLiteralExpression(skipOuter(property.initializer)));
    if (isComponent(value))
      return value;
    if (syntax.isCallExpression(value) || syntax.isNewExpression(value)) {
      const argument = value.arguments?.map((arg) => skipOuter(arg)).find(isComponent);
      if (argument)
        return argument;
      const callee = skipOuter(value.expression);
      if (syntax.isPropertyAccessExpression(callee))
        return this.componentObject(callee.expression);
    }
    return null;
  }
  assignFunctionKeys(statement) {
    const declaration = syntax.isVariableStatement(statement) && statement.declarationList.declarations.length === 1 ? statement.declarationList.declarations[0] : null;
    const written = syntax.isExportAssignment(statement) || syntax.isExpressionStatement(statement) ? statement.expression : declaration?.initializer;
    const component = written ? this.componentObject(written) : null;
    if (component) {
      this.keyComponent(component, syntax.isExportAssignment(statement) ? "default" : declaration && syntax.isIdentifier(declaration.name) ? declaration.name.text : null);
      return;
    }
    if (syntax.isFunctionDeclaration(statement)) {
      const isDefault = statement.modifiers?.some((modifier) => modifier.kind === syntax.SyntaxKind.DefaultKeyword);
      this.fnKeys.set(statement, statement.name?.text ?? (isDefault ? "default" : "<anonymous>"));
    } else if (syntax.isVariableStatement(statement)) {
      for (const declaration2 of statement.declarationList.declarations) {
        if (!syntax.isIdentifier(declaration2.name) || !declaration2.initializer)
          continue;
        const value = skipOuter(declaration2.initializer);
        if (syntax.isArrowFunction(value) || syntax.isFunctionExpression(value))
          this.fnKeys.set(value, declaration2.name.text);
        else if (syntax.isObjectLiteralExpression(value))
          this.keyObjectFunctions(value, declaration2.name.text);
        else {
          const name = declaration2.name.text;
          const branches = functionBranches(value);
          if (branches.length === 1)
            this.fnKeys.set(branches[0], name);
          else
            branches.forEach((branch, index) => this.fnKeys.set(branch, `${name}#${index + 1}`));
        }
      }
    } else if (syntax.isClassDeclaration(statement)) {
      const className = statement.name?.text ?? "default";
      for (const member of statement.members) {
        if (syntax.isConstructorDeclaration(member))
          this.fnKeys.set(member, `${className}.constructor`);
        else if ((syntax.isMethodDeclaration(member) || syntax.isGetAccessorDeclaration(member)) && member.name) {
          const name = propertyNameText(member.name);
          if (name)
            this.fnKeys.set(member, `${className}.${name}`);
        } else if (syntax.isPropertyDeclaration(member) && member.initializer) {
          const name = propertyNameText(member.name);
          const value = skipOuter(member.initializer);
          if (name && (syntax.isArrowFunction(value) || syntax.isFunctionExpression(value)))
            this.fnKeys.set(value, `${className}.${name}`);
        }
      }
    } else if (syntax.isExportAssignment(statement)) {
      const value = skipOuter(statement.expression);
      if (syntax.isArrowFunction(value) || syntax.isFunctionExpression(value))
        this.fnKeys.set(value, "default");
      else if (syntax.isObjectLiteralExpression(value))
        this.keyObjectFunctions(value, "default");
    } else if (syntax.isExpressionStatement(statement) && syntax.isBinaryExpression(statement.expression)) {
      const assignment = statement.expression;
      if (assignment.operatorToken.kind !== syntax.SyntaxKind.EqualsToken)
        return;
      const member = this.topLevelObjectMember(assignment.left);
      const exportName = this.commonJsExportName(assignment.left) ?? (member && `${member.owner}.${member.property}`);
      if (!exportName)
        return;
      const value = skipOuter(assignment.right);
      if (syntax.isArrowFunction(value) || syntax.isFunctionExpression(value))
        this.fnKeys.set(value, exportName);
      else if (syntax.isObjectLiteralExpression(value) && exportName === "default")
        this.keyObjectFunctions(value, "");
    }
  }
  // ───────────── symbolic values ─────────────
  lookup(name, scope) {
    for (let current = scope; current; current = current.parent) {
      const entry = current.vars.get(name);
      if (!entry)
        continue;
      const outerFunction = current.fnKey !== scope.fnKey;
      if (entry.kind === "param") {
        if (!outerFunction) {
          const fallback = entry.fallback?.();
          return { kind: "param", index: entry.index, name: entry.name, member: entry.member, ...fallback ? { fallback } : {} };
        }
        if (scope.fnKey !== null && this.returnedFrom.get(scope.fnKey) === current.fnKey)
          return { kind: "param", index: entry.index, name: entry.name, member: entry.member, outer: 1 };
        return unknown(name);
      }
      if (entry.kind === "opaque")
        return unknown(name);
      if (!entry.memo) {
        if (entry.busy)
          return unknown(name);
        entry.busy = true;
        const initial = entry.compute();
        const assigned = (entry.assigned ?? []).map((assignment) => ({ kind: "step", label: `assignment to ${name}`, at: assignment.at, value: assignment.compute() }));
        const options = initial.kind === "unknown" && assigned.length > 0 ? assigned : [initial, ...assigned];
        entry.memo = { kind: "step", label: `${entry.label ?? "const"} ${name}`, at: entry.at, value: options.length === 1 ? options[0] : { kind: "alt", options } };
        entry.busy = false;
      }
      if (!outerFunction || !containsParam(entry.memo))
        return entry.memo;
      return rebindParams(entry.memo, scope.fnKey !== null && this.returnedFrom.get(scope.fnKey) === current.fnKey);
    }
    const imported = this.imports.get(name);
    if (imported)
      return { kind: "ref", module: imported.module, name: imported.imported, member: [] };
    if (this.topNames.has(name))
      return { kind: "ref", module: null, name, member: [] };
    return unknown(name);
  }
  isLocallyBound(name, scope) {
    for (let current = scope; current; current = current.parent)
      if (current.vars.has(name))
        return true;
    return this.imports.has(name) || this.topNames.has(name);
  }
  isProcessEnv(node) {
    const expression = skipOuter(node);
    if (syntax.isIdentifier(expression) && expression.text === K6_ENV)
      return true;
    if (!syntax.isPropertyAccessExpression(expression) || expression.name.text !== "env")
      return false;
    const object = expression.expression;
    if (syntax.isIdentifier(object) && object.text === "process")
      return true;
    return syntax.isMetaProperty(object) && object.keywordToken === syntax.SyntaxKind.ImportKeyword;
  }
  isImportMetaEnv(node) {
    const object = skipOuter(node);
    return syntax.isPropertyAccessExpression(object) && syntax.isMetaProperty(object.expression);
  }
  /**
   * A variable read from `process.env` or `import.meta.env`. Vite's `import.meta.env.BASE_URL` is no environment
   * variable but the config's `base`: it is read under a name of its own (see resolve/build-tool-values.ts).
   */
  envRead(env, key) {
    return envObjectMember(envObject(this.isImportMetaEnv(env)), key) ?? unknown(key);
  }
  /** Name of the member accessed: `a.b` → b, `a['b']` → b, else null. */
  accessedName(node) {
    if (syntax.isPropertyAccessExpression(node))
      return node.name.text;
    const argument = node.argumentExpression;
    return syntax.isStringLiteralLike(argument) || syntax.isNumericLiteral(argument) ? argument.text : null;
  }
  /** Each expression is evaluated once: nested calls would otherwise be re-evaluated at every level (quadratic). */
  symMemo = /* @__PURE__ */ new Map();
  symDepth = 0;
  symOf(node, scope) {
    if (!node)
      return unknown("");
    const cached = this.symMemo.get(node);
    if (cached)
      return cached;
    if (this.symDepth > MAX_SYM_DEPTH)
      return unknown(this.text(node));
    this.symDepth++;
    try {
      const sym = this.computeSym(node, scope);
      this.symMemo.set(node, sym);
      return sym;
    } finally {
      this.symDepth--;
    }
  }
  computeSym(node, scope) {
    const expression = skipOuter(node);
    if (syntax.isStringLiteralLike(expression) || syntax.isNumericLiteral(expression))
      return { kind: "lit", value: expression.text };
    if (syntax.isTemplateExpression(expression)) {
      const parts = [];
      if (expression.head.text)
        parts.push({ kind: "lit", value: expression.head.text });
      for (const span of expression.templateSpans) {
        parts.push(this.symOf(span.expression, scope));
        if (span.literal.text)
          parts.push({ kind: "lit", value: span.literal.text });
      }
      return { kind: "concat", parts };
    }
    if (syntax.isBinaryExpression(expression)) {
      const operator = expression.operatorToken.kind;
      if (operator === syntax.SyntaxKind.PlusToken) {
        if (isArithmetic(expression.left, expression.right))
          return unknown(this.text(expression));
        const parts = [];
        for (const side of [this.symOf(expression.left, scope), this.symOf(expression.right, scope)]) {
          if (side.kind === "concat")
            parts.push(...side.parts);
          else
            parts.push(side);
        }
        return { kind: "concat", parts };
      }
      if (operator === syntax.SyntaxKind.BarBarToken || operator === syntax.SyntaxKind.QuestionQuestionToken) {
        const options = [this.symOf(expression.left, scope), this.symOf(expression.right, scope)];
        return operator === syntax.SyntaxKind.BarBarToken ? { kind: "alt", options, falsy: true } : { kind: "alt", options };
      }
      if (operator === syntax.SyntaxKind.AmpersandAmpersandToken || operator === syntax.SyntaxKind.CommaToken)
        return this.symOf(expression.right, scope);
      return unknown(this.text(expression));
    }
    if (syntax.isConditionalExpression(expression)) {
      return { kind: "alt", options: [this.symOf(expression.whenTrue, scope), this.symOf(expression.whenFalse, scope)] };
    }
    if (syntax.isIdentifier(expression))
      return expression.text === "undefined" ? unknown("undefined") : this.lookup(expression.text, scope);
    if (syntax.isPropertyAccessExpression(expression) || syntax.isElementAccessExpression(expression))
      return this.memberSym(expression, scope);
    if (syntax.isCallExpression(expression))
      return this.callSym(expression, scope);
    if (syntax.isNewExpression(expression))
      return this.newSym(expression, scope);
    if (syntax.isObjectLiteralExpression(expression))
      return this.objectSym(expression, scope);
    if (syntax.isArrowFunction(expression) || syntax.isFunctionExpression(expression)) {
      const key = this.fnKeys.get(expression);
      return key ? { kind: "ref", module: null, name: key, member: [] } : unknown("<function>");
    }
    return unknown(this.text(expression));
  }
  memberSym(expression, scope) {
    if (this.isProcessEnv(expression))
      return envObject(this.isImportMetaEnv(expression));
    if (this.isOwnOrigin(expression, scope))
      return { kind: "step", label: `the page's own origin (${this.text(expression)})`, at: this.loc(expression), value: { kind: "lit", value: "" } };
    const key = this.accessedName(expression);
    if (key === null) {
      if (syntax.isElementAccessExpression(expression) && this.isProcessEnv(expression.expression) && !this.isImportMetaEnv(expression.expression)) {
        return { kind: "lookup", source: "env", key: this.symOf(expression.argumentExpression, scope) };
      }
      if (syntax.isElementAccessExpression(expression) && !this.isProcessEnv(expression.expression)) {
        const object2 = this.symOf(skipOuter(expression.expression), scope);
        if (keyedObject(object2))
          return memberOf(object2, ANY_MEMBER);
      }
      return unknown(this.text(expression));
    }
    if (this.isProcessEnv(expression.expression))
      return this.envRead(expression.expression, key);
    const object = skipOuter(expression.expression);
    const written = this.writtenProperty(object, key, scope);
    if (written)
      return written;
    if (object.kind === syntax.SyntaxKind.ThisKeyword) {
      return scope.className ? { kind: "ref", module: null, name: `${scope.className}.${key}`, member: [] } : unknown(this.text(expression));
    }
    return memberOf(this.symOf(object, scope), key);
  }
  /**
   * The name of an object whose properties a function's own writes are followed on: a parameter or local of a function
   * (`$scope`, `options`), or `this` in a plain function (a class's fields are its symbols). Null for anything else.
   */
  /** What this function (or one around it) last wrote on `object.key` (see `Scope.written`); asked only where one writes any. */
  writtenProperty(object, key, scope) {
    let writes = false;
    for (let current = scope; current && !writes; current = current.parent)
      writes = current.written !== void 0;
    const owner = writes ? this.writableOwner(object, scope) : null;
    if (owner === null)
      return void 0;
    for (let current = scope; current; current = current.parent) {
      const written = current.written?.get(`${owner}.${key}`);
      if (written)
        return written;
    }
    return void 0;
  }
  writableOwner(object, scope) {
    if (scope === this.root)
      return null;
    if (object.kind === syntax.SyntaxKind.ThisKeyword)
      return scope.className ? null : "this";
    return syntax.isIdentifier(object) && this.isShadowed(object.text, scope) ? object.text : null;
  }
  objectSym(expression, scope) {
    const props = /* @__PURE__ */ Object.create(null);
    for (const property of expression.properties) {
      if (syntax.isPropertyAssignment(property)) {
        const name = propertyNameText(property.name);
        if (name !== null)
          props[name] = this.symOf(property.initializer, scope);
      } else if (syntax.isShorthandPropertyAssignment(property)) {
        props[property.name.text] = this.lookup(property.name.text, scope);
      } else if (syntax.isMethodDeclaration(property)) {
        const name = propertyNameText(property.name);
        const key = this.fnKeys.get(property);
        if (name !== null && key)
          props[name] = { kind: "ref", module: null, name: key, member: [] };
      } else if (syntax.isSpreadAssignment(property)) {
        const spread = this.symOf(property.expression, scope);
        if (spread.kind === "object")
          Object.assign(props, spread.props);
      }
    }
    return { kind: "object", props };
  }
  /** A name for a client instance, from where it is stored (`const importer = axios.create(…)` → importer). */
  instanceLabel(node, fallback) {
    let current = node.parent;
    while (current && (syntax.isParenthesizedExpression(current) || syntax.isAsExpression(current) || syntax.isAwaitExpression(current)))
      current = current.parent;
    if (!current)
      return fallback;
    if (syntax.isVariableDeclaration(current) && syntax.isIdentifier(current.name))
      return current.name.text;
    if ((syntax.isPropertyAssignment(current) || syntax.isPropertyDeclaration(current)) && current.name)
      return propertyNameText(current.name) ?? fallback;
    if (syntax.isBinaryExpression(current) && syntax.isPropertyAccessExpression(current.left))
      return current.left.name.text;
    if (syntax.isReturnStatement(current) || syntax.isArrowFunction(current)) {
      for (let parent = current; parent; parent = parent.parent) {
        const key = this.fnKeys.get(parent);
        if (key)
          return `${key}()`;
      }
    }
    return fallback;
  }
  /**
   * The options objects a config function is given: a literal, or what an arrow function returns (`defineConfig(({ mode })
   * => ({ … }))`), from each `return` of its body, also inside `if`s (`if (command === 'serve') return { … }; return { … }`).
   */
  configObjects(argument) {
    if (!argument)
      return [];
    const inner = skipOuter(argument);
    if (syntax.isObjectLiteralExpression(inner))
      return [inner];
    if (!syntax.isArrowFunction(inner) && !syntax.isFunctionExpression(inner))
      return [];
    if (!syntax.isBlock(inner.body))
      return this.configObjects(inner.body);
    const found = [];
    const visit = (node) => {
      if (syntax.isArrowFunction(node) || syntax.isFunctionExpression(node) || syntax.isFunctionDeclaration(node) || syntax.isMethodDeclaration(node))
        return;
      if (syntax.isReturnStatement(node))
        found.push(...this.configObjects(node.expression));
      else
        node.forEachChild(visit);
    };
    inner.body.forEachChild(visit);
    return found;
  }
  /** The properties at `paths` (`*` = every property) of a config object whose values are not objects: each holds a URL. */
  configUrlProperties(argument, paths) {
    const roots = this.configObjects(argument);
    if (roots.length === 0)
      return [];
    const found = [];
    for (const path of paths) {
      let level = [];
      let objects = roots;
      for (const name of path.split(".")) {
        level = objects.flatMap((object) => object.properties.filter((property) => syntax.isPropertyAssignment(property) && (name === "*" || propertyNameText(property.name) === name)));
        objects = level.flatMap((property) => {
          const value = skipOuter(property.initializer);
          return syntax.isObjectLiteralExpression(value) ? [value] : [];
        });
      }
      for (const property of level)
        if (!syntax.isObjectLiteralExpression(skipOuter(property.initializer)) && !found.includes(property))
          found.push(property);
    }
    return found.sort((a, b) => a.getStart() - b.getStart());
  }
  /** The property holding the base URL in a literal options object; `baseProp` may be a path (`sentry.dsn`). */
  baseProperty(argument, baseProp) {
    let found = null;
    let current = argument;
    for (const name of baseProp.split(".")) {
      if (!current)
        return null;
      const config = skipOuter(current);
      if (!syntax.isObjectLiteralExpression(config))
        return null;
      found = null;
      for (const property of config.properties) {
        if ((syntax.isPropertyAssignment(property) || syntax.isShorthandPropertyAssignment(property)) && propertyNameText(property.name) === name)
          found = property;
      }
      if (!found)
        return null;
      current = syntax.isPropertyAssignment(found) ? found.initializer : void 0;
    }
    return found;
  }
  clientSym(node, library, baseProp, scope) {
    const argument = node.arguments?.[0];
    const property = this.baseProperty(argument, baseProp);
    let base = null;
    let at = this.loc(node);
    if (library.inProcessBase) {
      const given = argument ? this.symOf(argument, scope) : null;
      const url = given !== null && ["lit", "concat", "env"].includes(withoutSteps(given).kind) ? given : null;
      const value = url ?? { kind: "step", label: "the application under test, served in this process", at, value: { kind: "lit", value: library.inProcessBase } };
      return { kind: "client", client: library.client, base: value, at, label: this.instanceLabel(node, library.client) };
    }
    if (property) {
      base = syntax.isPropertyAssignment(property) ? this.symOf(property.initializer, scope) : this.lookup(property.name.text, scope);
      at = this.loc(property);
    } else if (argument && !syntax.isObjectLiteralExpression(skipOuter(argument))) {
      base = library.urlArgument ? this.symOf(argument, scope) : memberOf(this.symOf(argument, scope), baseProp);
    }
    return { kind: "client", client: library.client, base, at, label: this.instanceLabel(node, library.client) };
  }
  callSym(expression, scope) {
    const callee = skipOuter(expression.expression);
    const args = expression.arguments;
    const kind = this.classifyCallee(callee, scope);
    if (kind?.type === "factory")
      return this.clientSym(expression, kind.library, kind.baseProp, scope);
    const loader = syntax.isIdentifier(callee) && !this.isShadowed(callee.text, scope) ? this.imports.get(callee.text) : void 0;
    if (loader && own(ENV_LOADERS, loader.module)?.includes(loader.imported))
      return envObject(false);
    const injector = syntax.isIdentifier(callee) && !this.isShadowed(callee.text, scope) ? this.imports.get(callee.text) : void 0;
    const injected = args[0] && syntax.isIdentifier(args[0]) && injector && own(INJECT_FUNCTIONS, injector.module)?.includes(injector.imported) ? this.injectedClient(this.lookup(args[0].text, scope), this.loc(expression), args[0].text) : null;
    if (injected)
      return injected;
    const requestApi = this.requestApiOf(expression, scope);
    if (requestApi)
      return requestApi.client;
    if (syntax.isPropertyAccessExpression(callee)) {
      const method = callee.name.text;
      const slashes = method === "replace" || method === "replaceAll" ? slashTrim(args[0], args[1]) : null;
      if (slashes)
        return trimSlashes(this.symOf(callee.expression, scope), slashes);
      if (URL_KEEPING_METHODS.has(method))
        return this.symOf(callee.expression, scope);
      if (method === "concat")
        return { kind: "concat", parts: [this.symOf(callee.expression, scope), ...args.map((argument) => this.symOf(argument, scope))] };
      const list = skipOuter(callee.expression);
      const separator = args[0];
      if (method === "join" && syntax.isArrayLiteralExpression(list) && !list.elements.some(syntax.isSpreadElement) && (separator === void 0 || syntax.isStringLiteralLike(separator))) {
        return joined(list.elements.map((element) => this.symOf(element, scope)), separator === void 0 ? "," : separator.text);
      }
      const receiver = skipOuter(callee.expression);
      const receiverName = syntax.isIdentifier(receiver) ? receiver.text : syntax.isPropertyAccessExpression(receiver) ? receiver.name.text : "";
      const first = args[0];
      if ((method === "get" || method === "getOrThrow") && /config/i.test(receiverName) && first && syntax.isStringLiteralLike(first)) {
        return { kind: "config", key: first.text };
      }
      if (method === "resolve" && receiverName === "url" && args.length === 2) {
        return { kind: "url", base: this.symOf(args[0], scope), path: this.symOf(args[1], scope) };
      }
    }
    const formatted = this.utilFormat(callee, args, scope);
    if (formatted)
      return formatted;
    if (syntax.isIdentifier(callee) && (callee.text === "String" || callee.text === "encodeURI") && args.length === 1 && !this.isLocallyBound(callee.text, scope)) {
      return this.symOf(args[0], scope);
    }
    const required = this.requireSpecifier(expression);
    if (required && !this.isLocallyBound("require", scope))
      return { kind: "ref", module: required.module, name: "*", member: [] };
    const helper = syntax.isIdentifier(callee) ? this.imports.get(callee.text) : void 0;
    if (helper && (helper.imported === "default" || helper.imported === "*") && args.length > 0) {
      if (URL_JOIN_MODULES.has(helper.module))
        return joined(args.map((argument) => this.symOf(argument, scope)), "/");
      if (helper.module === "remove-trailing-slash")
        return trimSlashes(this.symOf(args[0], scope), "end");
      if (URL_KEEPING_MODULES.has(helper.module))
        return this.symOf(args[0], scope);
    }
    return { kind: "call", callee: this.symOf(callee, scope), args: args.map((argument) => this.symOf(argument, scope)) };
  }
  /**
   * Node's `util.format('http://catalogue%s', domain)` (also `format` imported from `util`): each `%s`, `%d`, `%i`, `%f`,
   * `%j`, `%o`, `%O` takes the next argument, `%%` is `%`. Null for any other call or a template that is no literal.
   */
  utilFormat(callee, args, scope) {
    const template = args[0];
    if (!template || !syntax.isStringLiteralLike(template))
      return null;
    const owner = syntax.isPropertyAccessExpression(callee) && callee.name.text === "format" ? skipOuter(callee.expression) : callee;
    if (!syntax.isIdentifier(owner) || this.isShadowed(owner.text, scope))
      return null;
    const imported = this.imports.get(owner.text);
    if (!imported || !NODE_UTIL_MODULES.has(imported.module))
      return null;
    if (owner === callee ? imported.imported !== "format" : imported.imported !== "*" && imported.imported !== "default")
      return null;
    let next = 1;
    return formatTemplate(template.text, /%[sdifjoO%]/, (match) => {
      if (match === "%%")
        return lit("%");
      const argument = args[next++];
      return argument ? this.symOf(argument, scope) : null;
    });
  }
  newSym(expression, scope) {
    const callee = skipOuter(expression.expression);
    const args = expression.arguments ?? [];
    if (syntax.isIdentifier(callee) && callee.text === "URL" && !this.isLocallyBound("URL", scope)) {
      if (args.length >= 2)
        return { kind: "url", base: this.symOf(args[1], scope), path: this.symOf(args[0], scope) };
      return this.symOf(args[0], scope);
    }
    if (syntax.isIdentifier(callee) && callee.text === "Request" && !this.isLocallyBound("Request", scope) && args.length >= 1)
      return this.symOf(args[0], scope);
    const kind = this.classifyCallee(callee, scope);
    if (kind?.type === "factory")
      return this.clientSym(expression, kind.library, kind.baseProp, scope);
    this.recordCreation(callee, args, scope);
    const constructor = this.symOf(callee, scope);
    if (constructor.kind === "ref")
      return constructor;
    return { kind: "call", callee: constructor, args: args.map((argument) => this.symOf(argument, scope)) };
  }
  /**
   * `new SisImporterClient({ httpClient, token })` of a class of the scan (a top-level or imported name): its
   * arguments, for the fields its constructor sets from its parameters (CONSTRUCTOR_ARGUMENT).
   */
  recordCreation(callee, args, scope) {
    if (args.length === 0 || !syntax.isIdentifier(callee) || this.isShadowed(callee.text, scope))
      return;
    const imported = this.imports.get(callee.text);
    if (!imported && !this.topNames.has(callee.text))
      return;
    const className = imported && imported.imported !== "default" && imported.imported !== "*" ? imported.imported : callee.text;
    const props = /* @__PURE__ */ Object.create(null);
    args.forEach((argument, index) => {
      props[String(index)] = this.symOf(argument, scope);
    });
    this.facts.symbols[`${CONSTRUCTED}${className}#${this.creations++}`] = { kind: "object", props };
  }
  // ───────────── call classification ─────────────
  classifyCallee(callee, scope) {
    if (syntax.isIdentifier(callee)) {
      const name = callee.text;
      for (let current = scope; current; current = current.parent)
        if (current.vars.has(name))
          return null;
      const imported = this.imports.get(name);
      if (imported) {
        const found = clientExport(imported.module, imported.imported);
        if (!found)
          return null;
        if (found.entry.callable)
          return { type: "library-call", library: found.library, ...found.entry.callable };
        if (found.entry.factoryBaseProp)
          return { type: "factory", library: found.library, baseProp: found.entry.factoryBaseProp };
        if (found.library.inProcessBase && found.entry === found.library.main)
          return { type: "factory", library: found.library, baseProp: "" };
        if (found.entry.configUrls)
          return { type: "config-urls", library: found.library, paths: found.entry.configUrls, defaultBaseUrls: found.entry.defaultBaseUrls ?? [] };
        return null;
      }
      if (this.topNames.has(name))
        return null;
      const global = own(GLOBAL_CLIENTS, name);
      return global ? { type: "global", ...global } : null;
    }
    if (!syntax.isPropertyAccessExpression(callee))
      return null;
    const method = callee.name.text;
    const object = skipOuter(callee.expression);
    if (syntax.isIdentifier(object) && !this.isShadowed(object.text, scope)) {
      const imported = this.imports.get(object.text);
      if (imported) {
        const found = clientExport(imported.module, imported.imported);
        if (found) {
          const fn = own(found.entry.methods, method);
          if (fn)
            return { type: "library-call", library: found.library, ...fn };
          const baseProp = own(found.entry.factories, method);
          if (baseProp)
            return { type: "factory", library: found.library, baseProp };
          if (imported.imported === "*") {
            const named2 = own(found.library.named, method);
            if (named2?.callable)
              return { type: "library-call", library: found.library, ...named2.callable };
            if (named2?.factoryBaseProp)
              return { type: "factory", library: found.library, baseProp: named2.factoryBaseProp };
          }
          return null;
        }
        const named = imported.imported === "*" ? clientExport(imported.module, method) : null;
        if (named?.entry.callable)
          return { type: "library-call", library: named.library, ...named.entry.callable };
        if (named?.entry.factoryBaseProp)
          return { type: "factory", library: named.library, baseProp: named.entry.factoryBaseProp };
      } else if (!this.topNames.has(object.text)) {
        const jquery = object.text === "$" || object.text === "jQuery" ? own(JQUERY.main?.methods, method) : void 0;
        if (jquery)
          return { type: "library-call", library: JQUERY, ...jquery };
        const page = own(PAGE_GLOBALS, object.text);
        const pageFactory = own(page?.main?.factories, method);
        if (page && pageFactory)
          return { type: "factory", library: page, baseProp: pageFactory };
        const global = own(own(GLOBAL_OBJECT_CLIENTS, object.text), method);
        if (global)
          return { type: "global", ...global };
      }
    }
    if (syntax.isPropertyAccessExpression(object) && syntax.isIdentifier(object.expression) && !this.isShadowed(object.expression.text, scope)) {
      const imported = this.imports.get(object.expression.text);
      const found = imported?.imported === "*" ? clientExport(imported.module, object.name.text) : null;
      const fn = own(found?.entry.methods, method);
      if (found && fn)
        return { type: "library-call", library: found.library, ...fn };
      const baseProp = own(found?.entry.factories, method);
      if (found && baseProp)
        return { type: "factory", library: found.library, baseProp };
    }
    if (method === "open" && this.isXhr(object))
      return { type: "global", client: "xhr", form: "open" };
    const pattern = method === "fetch" && syntax.isIdentifier(object) ? this.playwrightRoutePattern(object.text, scope) : void 0;
    if (pattern !== void 0)
      return { type: "route-fetch", receiver: object, pattern };
    if (Object.hasOwn(INSTANCE_VERBS, method))
      return { type: "instance", receiver: object, verb: method };
    return null;
  }
  /**
   * `ChannelCredentials.createInsecure()`, `grpc.credentials.createSsl(…)`: channel credentials of a gRPC package; also
   * either branch of a conditional, and a variable or `this.` field the file sets to such credentials (by name within
   * the file, as `isXhr`: credentials are made once and handed to each client).
   */
  isGrpcChannelCredentials(node) {
    const call = skipOuter(node);
    if (syntax.isConditionalExpression(call))
      return this.isGrpcChannelCredentials(call.whenTrue) || this.isGrpcChannelCredentials(call.whenFalse);
    const key = assignedName(call);
    if (key !== null)
      return this.grpcCredentialNames().has(key);
    if (!syntax.isCallExpression(call) || !syntax.isPropertyAccessExpression(call.expression))
      return false;
    const method = call.expression.name.text;
    let object = skipOuter(call.expression.expression);
    let member = null;
    if (syntax.isPropertyAccessExpression(object)) {
      member = object.name.text;
      object = skipOuter(object.expression);
    }
    if (!syntax.isIdentifier(object))
      return false;
    const imported = this.imports.get(object.text);
    if (!imported)
      return false;
    const known = own(GRPC_CHANNEL_CREDENTIALS, imported.module);
    const name = member ?? (imported.imported === "*" || imported.imported === "default" ? null : imported.imported);
    return known !== void 0 && name !== null && known.objects.includes(name) && known.methods.includes(method);
  }
  /** Variables and `this.` fields the file sets to gRPC channel credentials (see `isGrpcChannelCredentials`). */
  grpcCredentialNames() {
    if (this.grpcCredentials)
      return this.grpcCredentials;
    const names = /* @__PURE__ */ new Set();
    this.grpcCredentials = names;
    if (![...this.imports.values()].some((binding) => Object.hasOwn(GRPC_CHANNEL_CREDENTIALS, binding.module)))
      return names;
    const visit = (node) => {
      let target;
      let value;
      if (syntax.isVariableDeclaration(node) || syntax.isPropertyDeclaration(node))
        [target, value] = [node.name, node.initializer];
      else if (syntax.isBinaryExpression(node) && node.operatorToken.kind === syntax.SyntaxKind.EqualsToken)
        [target, value] = [node.left, node.right];
      const key = target === void 0 ? null : syntax.isPropertyDeclaration(node) && syntax.isIdentifier(target) ? `this.${target.text}` : assignedName(target);
      if (key !== null && value && this.isGrpcChannelCredentials(value))
        names.add(key);
      syntax.forEachChild(node, visit);
    };
    visit(this.sf);
    return names;
  }
  /**
   * Whether a receiver is an XMLHttpRequest: a variable or `this.` field the file assigns `new XMLHttpRequest()`
   * (or `new window.XMLHttpRequest()`). By name within the file: such objects are made and opened side by side.
   */
  isXhr(receiver) {
    const key = assignedName(receiver);
    if (key === null)
      return false;
    this.xhrNames ??= xhrNamesOf(this.sf.text);
    return this.xhrNames.has(key);
  }
  /** `window.location.origin`, `location.origin`, `document.location.origin`, `globalThis.location.origin`, `self.location.origin` (the globals, not shadowed). */
  isOwnOrigin(expression, scope) {
    if (!syntax.isPropertyAccessExpression(expression) || expression.name.text !== "origin")
      return false;
    const location = skipOuter(expression.expression);
    if (syntax.isIdentifier(location))
      return location.text === "location" && !this.isShadowed("location", scope);
    if (!syntax.isPropertyAccessExpression(location) || location.name.text !== "location")
      return false;
    const owner = skipOuter(location.expression);
    return syntax.isIdentifier(owner) && OWN_PAGE_GLOBALS.has(owner.text) && !this.isShadowed(owner.text, scope);
  }
  isShadowed(name, scope) {
    for (let current = scope; current; current = current.parent)
      if (current.vars.has(name))
        return true;
    return false;
  }
  // ───────────── facts ─────────────
  /** `{ method: 'PUT' }` → PUT; undefined when there is no literal options object or no method in it; null when not a literal. */
  methodOption(argument, scope) {
    if (!argument)
      return void 0;
    const options = skipOuter(argument);
    if (syntax.isArrowFunction(options) || syntax.isFunctionExpression(options))
      return void 0;
    const held = scope ? this.heldOptions(options, scope) : null;
    if (held) {
      if (!held.props.method)
        return void 0;
      const method = withoutSteps(held.props.method);
      return method.kind === "lit" ? method.value.toUpperCase() : null;
    }
    if (!syntax.isObjectLiteralExpression(options))
      return null;
    let typed;
    for (const property of options.properties) {
      if (syntax.isShorthandPropertyAssignment(property) && property.name.text === "method")
        return null;
      if (!syntax.isPropertyAssignment(property))
        continue;
      const name = propertyNameText(property.name);
      const value = skipOuter(property.initializer);
      if (name === "type" && syntax.isStringLiteralLike(value) && HTTP_METHOD_NAMES.has(value.text.toUpperCase()))
        typed = value.text.toUpperCase();
      if (name !== "method")
        continue;
      return syntax.isStringLiteralLike(value) ? value.text.toUpperCase() : null;
    }
    if (typed === void 0 && scope && this.spreadParameter(options, scope))
      return null;
    return typed;
  }
  /** The parameter spread into an options object without a method of its own (`{ ...init, headers }`): its Sym. */
  spreadParameter(options, scope) {
    for (const property of [...options.properties].reverse()) {
      if (!syntax.isSpreadAssignment(property))
        continue;
      const spread = withoutSteps(this.symOf(property.expression, scope));
      const param = spread.kind === "alt" ? spread.options.map((option) => withoutSteps(option)).find((option) => option.kind === "param") : spread;
      return param?.kind === "param" ? param : void 0;
    }
    return void 0;
  }
  /** The object literal a name of the function or the module holds (`const options = { uri, method }`); null for anything else. */
  heldOptions(node, scope) {
    if (!syntax.isIdentifier(node))
      return null;
    const held = withoutSteps(this.lookup(node.text, scope));
    return held?.kind === "object" ? held : null;
  }
  urlProperty(argument) {
    const options = skipOuter(argument);
    if (!syntax.isObjectLiteralExpression(options))
      return null;
    for (const property of options.properties) {
      const name = syntax.isPropertyAssignment(property) || syntax.isShorthandPropertyAssignment(property) ? propertyNameText(property.name) : null;
      if (name !== "url" && name !== "uri")
        continue;
      if (syntax.isPropertyAssignment(property))
        return property.initializer;
      if (syntax.isShorthandPropertyAssignment(property))
        return property.name;
    }
    return null;
  }
  pushCall(node, scope, fact) {
    const call = { ...fact, loc: this.loc(node), enclosing: scope.enclosing };
    if (scope.fnKey)
      call.fn = scope.fnKey;
    this.facts.calls.push(call);
  }
  /** URL and method of a call in one of the library call forms. */
  requestOf(form, fixedMethod, args, scope) {
    const rest = args.length === 1 && syntax.isSpreadElement(args[0]) ? this.restElements(args[0], scope) : null;
    if (rest && fixedMethod === void 0) {
      const [first, second] = rest;
      if (form === "method-url" || form === "open")
        return { url: second, expression: this.text(args[0]), method: null, methodFrom: first };
      return { url: first, expression: this.text(args[0]), method: null, methodFrom: memberOf(form === "fetch" || form === "node-http" ? second : first, "method") };
    }
    if (rest)
      return { url: rest[0], expression: this.text(args[0]), method: fixedMethod ?? null };
    const request = this.requestInForm(form, fixedMethod, args, scope);
    if (request.method !== null || fixedMethod !== void 0)
      return request;
    const from = form === "method-url" && args[0] && args[1] && !syntax.isObjectLiteralExpression(skipOuter(args[0])) ? this.symOf(args[0], scope) : this.methodSym(form === "fetch" || form === "node-http" ? args[1] ?? args[0] : args[0], scope);
    return from ? { ...request, methodFrom: from } : request;
  }
  /**
   * `...args` spreading the enclosing function's rest parameter: its first elements, each the caller's argument at that
   * position (`(...args) => fetch(...args)` called as `get('/x', { method: 'POST' })`). Null for any other spread.
   */
  restElements(spread, scope) {
    const list = skipOuter(spread.expression);
    if (!syntax.isIdentifier(list))
      return null;
    let entry;
    for (let current = scope; current && !entry; current = current.parent)
      entry = current.vars.get(list.text);
    const first = entry?.kind === "param" && entry.rest ? this.lookup(list.text, scope) : null;
    if (first?.kind !== "param")
      return null;
    return Array.from({ length: REST_ELEMENTS }, (_, offset) => ({ ...first, index: first.index + offset, name: `${first.name}[${offset}]` }));
  }
  /** The `method` an options argument holds when it is not written as a literal: its property's value, or `options.method` of a variable. */
  methodSym(argument, scope) {
    if (!argument)
      return void 0;
    const options = skipOuter(argument);
    if (syntax.isObjectLiteralExpression(options)) {
      for (const property of options.properties) {
        if (syntax.isShorthandPropertyAssignment(property) && property.name.text === "method")
          return this.symOf(property.name, scope);
        if (syntax.isPropertyAssignment(property) && propertyNameText(property.name) === "method")
          return this.symOf(property.initializer, scope);
      }
      const spread = this.spreadParameter(options, scope);
      return spread ? memberOf(spread, "method") : void 0;
    }
    if (syntax.isIdentifier(options) || syntax.isPropertyAccessExpression(options))
      return memberOf(this.symOf(options, scope), "method");
    return void 0;
  }
  requestInForm(form, fixedMethod, args, scope) {
    const first = args[0];
    const second = args[1];
    const isObject = (node) => node !== void 0 && (syntax.isObjectLiteralExpression(skipOuter(node)) || this.heldOptions(skipOuter(node), scope) !== null);
    const withDefault = (method) => method === void 0 ? "GET" : method;
    const urlOf = (node) => node ? { url: this.symOf(node, scope), expression: this.text(this.urlProperty(node) ?? node) } : { url: null, expression: "" };
    switch (form) {
      case "verb":
        return { ...urlOf(first), method: fixedMethod ?? null };
      case "fetch": {
        const request = first !== void 0 ? skipOuter(first) : void 0;
        const requestInit = request && syntax.isNewExpression(request) && syntax.isIdentifier(skipOuter(request.expression)) && skipOuter(request.expression).text === "Request" ? request.arguments?.[1] : void 0;
        const given = this.methodOption(second, scope);
        const traced = given === null && this.methodSym(second, scope) !== void 0;
        const method = traced ? null : given ?? this.methodOption(requestInit, scope);
        return { ...urlOf(first), method: fixedMethod ?? withDefault(method) };
      }
      case "config":
        return { ...urlOf(first), method: withDefault(this.methodOption(first, scope)) };
      case "url-or-config":
        if (isObject(first))
          return { ...urlOf(first), method: withDefault(this.methodOption(first, scope)) };
        return { ...urlOf(first), method: withDefault(this.methodOption(second, scope)) };
      case "node-http":
        return { ...urlOf(first), method: fixedMethod ?? withDefault(isObject(first) ? this.methodOption(first, scope) : this.methodOption(second, scope)) };
      case "method-url": {
        if (first && syntax.isStringLiteralLike(skipOuter(first)) && second && /^[A-Za-z]+$/.test(skipOuter(first).text) && args.length >= 2) {
          return { ...urlOf(second), method: skipOuter(first).text.toUpperCase() };
        }
        if (isObject(first))
          return { ...urlOf(first), method: withDefault(this.methodOption(first, scope)) };
        if (first && second && !syntax.isArrowFunction(skipOuter(second)) && !syntax.isFunctionExpression(skipOuter(second)) && (/method|verb/i.test(this.text(first)) || startsLikeUrl(second))) {
          const method = this.symOf(first, scope);
          return { ...urlOf(second), method: method.kind === "lit" && /^[A-Za-z]+$/.test(method.value) ? method.value.toUpperCase() : null };
        }
        return { ...urlOf(first), method: "GET" };
      }
      case "open": {
        const method = first !== void 0 ? skipOuter(first) : void 0;
        return { ...urlOf(second), method: method && syntax.isStringLiteralLike(method) && /^[A-Za-z]+$/.test(method.text) ? method.text.toUpperCase() : null };
      }
    }
  }
  /**
   * An API defined with request descriptions (RTK Query): `createApi({ baseQuery, endpoints })` — where `baseQuery` is
   * the client — or `api.injectEndpoints({ endpoints })` / `api.enhanceEndpoints(…)` on an API made elsewhere. Gives
   * the client the API stands for, and the node holding its endpoints; null when `node` is neither.
   */
  requestApiOf(node, scope) {
    const callee = skipOuter(node.expression);
    const config = node.arguments[0] ? skipOuter(node.arguments[0]) : void 0;
    const configObject = config && syntax.isObjectLiteralExpression(config) ? config : void 0;
    if (syntax.isIdentifier(callee) && !this.isShadowed(callee.text, scope)) {
      const imported = this.imports.get(callee.text);
      const found = imported ? clientExport(imported.module, imported.imported) : null;
      const api = found?.entry.requestApi;
      if (!api || !configObject)
        return null;
      const base = objectProperty(configObject, api.client);
      return { client: base ? this.symOf(base, scope) : unknown(this.text(node)), endpoints: objectProperty(configObject, api.endpoints) };
    }
    if (syntax.isPropertyAccessExpression(callee) && REQUEST_API_EXTENSIONS.has(callee.name.text)) {
      return { client: this.symOf(callee.expression, scope), endpoints: configObject ? objectProperty(configObject, "endpoints") : void 0 };
    }
    return null;
  }
  /**
   * Each endpoint of a request-description API is a call at its `query`: `builder.query({ query: (id) => \`/items/${id}\` })`,
   * `builder.mutation({ query: (body) => ({ url, method, body }) })`, joined with the API's client.
   */
  visitRequestApi(node, scope) {
    const api = this.requestApiOf(node, scope);
    if (!api)
      return false;
    const findQueries = (current) => {
      if (syntax.isObjectLiteralExpression(current) && this.isEndpointDefinition(current)) {
        const fn = skipOuter(objectProperty(current, "query"));
        const fnScope = { parent: scope, vars: /* @__PURE__ */ new Map(), fnKey: scope.fnKey, enclosing: scope.enclosing, className: scope.className, returns: null };
        let returned = fn;
        if (syntax.isArrowFunction(fn) || syntax.isFunctionExpression(fn)) {
          for (const parameter of fn.parameters)
            this.declareOpaque(parameter.name, fnScope);
          returned = syntax.isBlock(fn.body) ? fn.body.statements.find(syntax.isReturnStatement)?.expression : fn.body;
        }
        if (returned) {
          const value = skipOuter(returned);
          const method = syntax.isObjectLiteralExpression(value) ? this.methodOption(value) : void 0;
          const urlNode = syntax.isObjectLiteralExpression(value) ? objectProperty(value, "url") ?? value : value;
          this.pushCall(fn, scope, {
            kind: "call",
            client: "rtk-query",
            method: method === void 0 ? "GET" : method,
            expression: this.text(urlNode),
            url: this.symOf(urlNode, fnScope),
            receiver: api.client
          });
        }
      }
      syntax.forEachChild(current, findQueries);
    };
    if (api.endpoints)
      findQueries(api.endpoints);
    return true;
  }
  /** `{ query: … }` passed to `builder.query(…)` / `builder.mutation(…)` / `builder.infiniteQuery(…)`. */
  isEndpointDefinition(object) {
    if (!objectProperty(object, "query"))
      return false;
    const parent = object.parent;
    if (!syntax.isCallExpression(parent))
      return false;
    const callee = skipOuter(parent.expression);
    return syntax.isPropertyAccessExpression(callee) && ENDPOINT_BUILDERS.has(callee.name.text);
  }
  visitCall(node, scope) {
    const callee = skipOuter(node.expression);
    const args = node.arguments ?? [];
    if (syntax.isNewExpression(node) && args[0] && args[1] && this.isGrpcChannelCredentials(args[1])) {
      this.pushCall(args[0], scope, { kind: "client-config", client: "gRPC", method: null, expression: this.text(args[0]), url: grpcTarget(this.symOf(args[0], scope)) });
      return;
    }
    if (syntax.isCallExpression(node) && this.visitRequestApi(node, scope))
      return;
    const kind = this.classifyCallee(callee, scope);
    if (kind?.type === "config-urls") {
      const returned = args[0] !== void 0 && isFunctionNode(skipOuter(args[0]));
      for (const property of this.configUrlProperties(args[0], kind.paths)) {
        if (returned)
          this.pendingConfigUrls.set(property, { library: kind.library, defaultBaseUrls: kind.defaultBaseUrls });
        else
          this.pushConfigUrl(property, kind.library, kind.defaultBaseUrls, scope);
      }
      return;
    }
    if (kind?.type === "factory" && kind.library.inProcessBase)
      return;
    if (kind?.type === "factory") {
      const first = args[0] ? skipOuter(args[0]) : void 0;
      const argument = kind.library.optionsAfterPath && args[1] && first && syntax.isStringLiteralLike(first) ? args[1] : args[0];
      const property = this.baseProperty(argument, kind.baseProp);
      const fromEnv = own(kind.library.defaultsFromEnv, kind.baseProp);
      const devServer = kind.library.devServerFile;
      const client = devServer && devServer.file.test(this.facts.file) ? devServer.client : kind.library.client;
      if (property) {
        const value = syntax.isPropertyAssignment(property) ? property.initializer : property.name;
        this.pushCall(property, scope, { kind: "client-config", client, method: null, expression: this.text(value), url: this.symOf(value, scope) });
      } else if (argument && !syntax.isObjectLiteralExpression(skipOuter(argument))) {
        const value = this.symOf(argument, scope);
        this.pushCall(node, scope, { kind: "client-config", client, method: null, expression: this.text(argument), url: kind.library.urlArgument ? value : memberOf(value, kind.baseProp) });
      } else if (fromEnv) {
        this.pushCall(node, scope, { kind: "client-config", client, method: null, expression: `(no ${kind.baseProp}: ${fromEnv} from the environment)`, url: { kind: "env", name: fromEnv } });
      }
      return;
    }
    if (kind?.type === "library-call" || kind?.type === "global") {
      this.pushCall(node, scope, this.requestFact(kind, args, scope));
      return;
    }
    if (!syntax.isCallExpression(node))
      return;
    if (kind?.type === "route-fetch") {
      this.pushCall(node, scope, this.routeFetchFact(kind, args[0], scope));
      return;
    }
    if (kind?.type === "instance") {
      if (args.length === 0)
        return;
      if (args.slice(1).some((argument) => syntax.isArrowFunction(skipOuter(argument)) || syntax.isFunctionExpression(skipOuter(argument))))
        return;
      const fact = this.requestFact(kind, args, scope);
      const receiver = fact.receiver;
      this.pushCall(node, scope, fact);
      const projectRef = receiver.kind === "ref" && (receiver.module === null || isProjectSpecifier(receiver.module) || mayBeProjectMapping(receiver.module, args));
      if (projectRef || receiver.kind === "step")
        this.pushInvocation(node, memberOf(receiver, kind.verb), args, scope);
      else if (skipOuter(kind.receiver).kind === syntax.SyntaxKind.ThisKeyword && scope.className)
        this.pushInvocation(node, this.symOf(callee, scope), args, scope);
      return;
    }
    if (args.length === 0)
      return;
    this.visitPassedRequest(node, args, scope);
    if (this.visitFetcherCall(node, callee, args, scope))
      return;
    const calleeSym = this.symOf(callee, scope);
    if (calleeSym.kind !== "ref" && calleeSym.kind !== "param" && calleeSym.kind !== "step")
      return;
    if (calleeSym.kind === "ref" && calleeSym.module !== null && !isProjectSpecifier(calleeSym.module) && !mayBeProjectMapping(calleeSym.module, args, (argument) => this.holdsPath(argument, scope)))
      return;
    this.pushInvocation(node, calleeSym, args, scope);
  }
  /**
   * A client's method handed to a helper together with its arguments (`retry(axios.get, [url])`,
   * `withBackoff(api.post, [path, body])`): the helper makes the request, here, with the array's elements.
   */
  visitPassedRequest(node, args, scope) {
    let list;
    for (const argument of args) {
      const inner = skipOuter(argument);
      if (syntax.isArrayLiteralExpression(inner)) {
        list = inner;
        break;
      }
    }
    if (!list || list.elements.length === 0 || list.elements.some(syntax.isSpreadElement))
      return;
    for (const argument of args) {
      const method = skipOuter(argument);
      if (!syntax.isPropertyAccessExpression(method) && !syntax.isIdentifier(method))
        continue;
      const kind = this.classifyCallee(method, scope);
      if (kind?.type === "library-call" || kind?.type === "global" || kind?.type === "instance") {
        this.pushCall(node, scope, this.requestFact(kind, [...list.elements], scope));
        return;
      }
    }
  }
  /**
   * A library that calls the function it is given with a key it is given (`useSWR('/api/user', fetcher)`, see
   * FETCHER_CALLERS): the fetcher is invoked here with the key. An inline fetcher (`(url) => fetch(url)`) is a wrapper.
   */
  visitFetcherCall(node, callee, args, scope) {
    const imported = syntax.isIdentifier(callee) && !this.isShadowed(callee.text, scope) ? this.imports.get(callee.text) : void 0;
    const positions = imported ? own(own(FETCHER_CALLERS, imported.module), imported.imported === "*" ? "default" : imported.imported) : void 0;
    const key = positions ? args[positions.key] : void 0;
    const fetcherArgument = positions ? args[positions.fetcher] : void 0;
    if (!key || !fetcherArgument)
      return false;
    const fetcher = skipOuter(fetcherArgument);
    const localKey = syntax.isArrowFunction(fetcher) || syntax.isFunctionExpression(fetcher) ? this.keyLocalFunction(fetcher, "fetcher", scope) : null;
    const fetcherSym = localKey !== null ? { kind: "ref", module: null, name: localKey, member: [] } : this.symOf(fetcher, scope);
    if (fetcherSym.kind !== "ref" && fetcherSym.kind !== "param" && fetcherSym.kind !== "step")
      return false;
    this.pushInvocation(node, fetcherSym, [key], scope);
    return true;
  }
  /** The request a client function or method sends with these arguments (the receiver kept for an instance's). */
  requestFact(kind, args, scope) {
    if (kind.type === "instance") {
      const verb = own(INSTANCE_VERBS, kind.verb) ?? null;
      const request2 = verb ? this.requestOf("verb", verb, args, scope) : this.requestOf("config", void 0, args, scope);
      return { kind: "call", client: "instance", ...request2, receiver: this.symOf(kind.receiver, scope) };
    }
    const client = kind.type === "global" ? kind.client : kind.library.client;
    const request = this.requestOf(kind.form, kind.method, args, scope);
    const base = client === "axios" ? this.requestBaseURL(kind.form, kind.method, args, scope) : null;
    if (base)
      return { kind: "call", client, ...request, receiver: { kind: "client", client, base: base.value, at: base.at, label: "axios (baseURL of the request)" } };
    return { kind: "call", client, ...request };
  }
  /**
   * The `baseURL` written in an axios request's config (`axios.get('/carts', { baseURL })`, `axios.post(path, data,
   * { baseURL })`, `axios({ url, baseURL })`), in the literal object or the one a name holds; null without one.
   */
  requestBaseURL(form, method, args, scope) {
    const withData = method === "POST" || method === "PUT" || method === "PATCH";
    const config = form === "verb" ? args[withData ? 2 : 1] : form === "config" ? args[0] : args[0] && syntax.isObjectLiteralExpression(skipOuter(args[0])) ? args[0] : args[1];
    if (!config)
      return null;
    const property = this.baseProperty(config, "baseURL");
    if (property)
      return { value: syntax.isPropertyAssignment(property) ? this.symOf(property.initializer, scope) : this.lookup(property.name.text, scope), at: this.loc(property) };
    const inner = skipOuter(config);
    const topLevel = syntax.isIdentifier(inner) && !this.isShadowed(inner.text, scope) ? withoutSteps(this.facts.symbols[inner.text]) : void 0;
    const held = this.heldOptions(inner, scope) ?? (topLevel?.kind === "object" ? topLevel : null);
    const value = held ? own(held.props, "baseURL") : void 0;
    return value ? { value, at: this.loc(config) } : null;
  }
  /**
   * An argument that is not written as a string but holds a URL or a path: a name that says so (`TOKEN_URL`,
   * `subscription.url`), or one this file binds to a string with a `/` (`const A = 'http://crm/a'`, `Endpoints.revoke`).
   */
  holdsPath(argument, scope) {
    const inner = skipOuter(argument);
    if (!syntax.isIdentifier(inner) && !syntax.isPropertyAccessExpression(inner))
      return false;
    const name = syntax.isIdentifier(inner) ? inner.text : inner.name.text;
    if (URL_NAME.test(name))
      return true;
    let value = withoutSteps(this.symOf(inner, scope));
    if (value?.kind === "ref" && value.module === null)
      value = withoutSteps(this.facts.symbols[[value.name, ...value.member].join(".")] ?? this.facts.symbols[value.name]);
    const texts = value?.kind === "lit" ? [value.value] : value?.kind === "concat" ? value.parts.map((part) => withoutSteps(part)).flatMap((part) => part?.kind === "lit" ? [part.value] : []) : [];
    return texts.some((text) => text.includes("/"));
  }
  pushInvocation(node, callee, args, scope) {
    const spread = args.flatMap((argument, position) => {
      const rest = syntax.isSpreadElement(argument) ? this.restElements(argument, scope) : null;
      return rest && position === args.length - 1 ? rest.map((sym, offset) => ({ sym, text: `${this.text(argument)}[${offset}]` })) : [{ sym: this.symOf(argument, scope), text: this.text(argument) }];
    });
    const argTexts = spread.map((argument) => argument.text);
    const invocation = {
      loc: this.loc(node),
      callee,
      args: spread.map((argument) => argument.sym),
      // The first argument's text, shared with argTexts (a second copy of each string on 18,000 invocations is memory).
      expression: argTexts[0] ?? this.text(node),
      enclosing: scope.enclosing,
      calleeText: this.text(node.expression),
      argTexts
    };
    if (scope.fnKey)
      invocation.fn = scope.fnKey;
    this.facts.invocations.push(invocation);
  }
  // ───────────── declarations ─────────────
  declareVariable(declaration, scope) {
    const initializer = declaration.initializer;
    const atTop = scope === this.root;
    if (syntax.isIdentifier(declaration.name)) {
      const name = declaration.name.text;
      if (atTop) {
        if (!initializer || this.requireSpecifier(initializer) || this.libraryAlias(initializer, null))
          return;
        const value = skipOuter(initializer);
        if ((syntax.isArrowFunction(value) || syntax.isFunctionExpression(value)) && this.fnKeys.get(value) === name)
          return;
        this.facts.symbols[name] = { kind: "step", label: `const ${name}`, at: this.loc(declaration), value: this.symOf(initializer, scope) };
      } else {
        const required = this.requireSpecifier(initializer);
        if (required && own(CLIENT_LIBRARIES, required.module) && !this.imports.has(name) && !this.topNames.has(name) && !this.isShadowed("require", scope)) {
          this.imports.set(name, { module: required.module, imported: required.member ?? "*" });
          return;
        }
        const value = initializer ? skipOuter(initializer) : void 0;
        if (value && (syntax.isArrowFunction(value) || syntax.isFunctionExpression(value)))
          this.keyLocalFunction(value, name, scope);
        scope.vars.set(name, { kind: "local", name, at: this.loc(declaration), compute: () => initializer ? this.symOf(initializer, scope) : unknown(name) });
      }
      return;
    }
    if (!syntax.isObjectBindingPattern(declaration.name)) {
      this.declareOpaque(declaration.name, scope);
      return;
    }
    if (atTop && this.requireSpecifier(initializer))
      return;
    for (const element of declaration.name.elements) {
      if (!syntax.isIdentifier(element.name)) {
        this.declareOpaque(element.name, scope);
        continue;
      }
      const name = element.name.text;
      const key = element.propertyName ? propertyNameText(element.propertyName) : name;
      if (atTop && key !== null && this.libraryAlias(initializer, key))
        continue;
      const compute = () => {
        if (!initializer || key === null)
          return unknown(name);
        if (element.dotDotDotToken)
          return this.symOf(initializer, scope);
        const source = skipOuter(initializer);
        const fromProcess = key === "env" && syntax.isIdentifier(source) && source.text === "process" && !this.isLocallyBound("process", scope);
        const value = this.isProcessEnv(initializer) ? this.envRead(initializer, key) : fromProcess ? envObject(false) : memberOf(this.symOf(initializer, scope), key);
        return element.initializer ? { kind: "alt", options: [value, this.symOf(element.initializer, scope)] } : value;
      };
      if (atTop)
        this.facts.symbols[name] = { kind: "step", label: `const ${name}`, at: this.loc(element), value: compute() };
      else
        scope.vars.set(name, { kind: "local", name, at: this.loc(element), compute });
    }
  }
  declareOpaque(name, scope) {
    if (scope === this.root)
      return;
    if (syntax.isIdentifier(name))
      scope.vars.set(name.text, { kind: "opaque", name: name.text });
    else
      for (const element of name.elements)
        if (!syntax.isOmittedExpression(element))
          this.declareOpaque(element.name, scope);
  }
  /**
   * Gives a function declared inside another one (`const callApi = (path) => api.get(path)`) a key of its own, so the
   * resolver can follow it as a wrapper and report its call sites. Not when it takes no parameter (it cannot be a
   * wrapper) or reads a parameter of an enclosing function: then the enclosing function is the wrapper, as before.
   */
  keyLocalFunction(node, name, scope) {
    const existing = this.fnKeys.get(node);
    if (existing !== void 0)
      return existing;
    if (node.parameters.length === 0 || this.readsEnclosingParameters(node, scope))
      return null;
    return this.keyLocal(node, `${scope.enclosing}.${name}`);
  }
  /** Key a function declared inside another one: `base`, or `base#2`… when the name is taken. */
  keyLocal(node, base) {
    let key = base;
    for (let occurrence = 2; this.localFnKeys.has(key); occurrence++)
      key = `${base}#${occurrence}`;
    this.localFnKeys.add(key);
    this.fnKeys.set(node, key);
    return key;
  }
  /**
   * A function with parameters that the keyed function `outerKey` returns (`(method) => (url) => axios({ method, url })`,
   * `return function request(path) { … }`) is keyed `<outerKey>()`: calling what the maker returned is calling it, and
   * it reads the maker's parameters as bound by the call that made it (`param` Syms with `outer: 1`).
   */
  keyReturnedFunction(expression, outerKey) {
    const value = skipOuter(expression);
    if (!(syntax.isArrowFunction(value) || syntax.isFunctionExpression(value)) || value.parameters.length === 0 || this.fnKeys.has(value))
      return;
    this.returnedFrom.set(this.keyLocal(value, `${outerKey}()`), outerKey);
  }
  /** Whether any name used in `node` is, in `scope`, a parameter of the function in effect or a local computed from one. */
  readsEnclosingParameters(node, scope) {
    let reads = false;
    const check = (child, parent) => {
      if (reads)
        return;
      if (syntax.isIdentifier(child)) {
        const isPropertyName = (syntax.isPropertyAccessExpression(parent) || syntax.isPropertyAssignment(parent)) && parent.name === child;
        if (!isPropertyName && this.isShadowed(child.text, scope) && containsParam(this.lookup(child.text, scope)))
          reads = true;
        return;
      }
      syntax.forEachChild(child, (grandchild) => check(grandchild, child));
    };
    syntax.forEachChild(node, (child) => check(child, node));
    return reads;
  }
  /**
   * A Playwright test's callback (`test('…', async ({ request, page }) => …)`, `test.beforeAll(…)`, `setup(…)` with
   * `test`/`setup` imported, from `@playwright/test` or a fixtures module): its `request` fixture, and the `request` of
   * its `page` and `context`, are API request contexts whose `get/post/…` send requests to the configured base URL.
   */
  declarePlaywrightFixtures(node, fnScope) {
    const parameter = node.parameters[0];
    const call = node.parent;
    if (!parameter || !syntax.isObjectBindingPattern(parameter.name) || !syntax.isCallExpression(call) || !call.arguments.includes(node))
      return;
    let callee = skipOuter(call.expression);
    while (syntax.isPropertyAccessExpression(callee))
      callee = skipOuter(callee.expression);
    if (!syntax.isIdentifier(callee) || !PLAYWRIGHT_TEST_FUNCTIONS.has(callee.text) || !this.imports.has(callee.text))
      return;
    const at = this.loc(parameter);
    const context = { kind: "client", client: "playwright", base: null, at, label: "Playwright request fixture" };
    for (const element of parameter.name.elements) {
      if (!syntax.isIdentifier(element.name))
        continue;
      const fixture = element.propertyName ? propertyNameText(element.propertyName) : element.name.text;
      const value = fixture === "request" ? context : fixture === "page" || fixture === "context" ? { kind: "object", props: { request: context } } : null;
      if (value)
        fnScope.vars.set(element.name.text, { kind: "local", name: element.name.text, at, label: `Playwright fixture`, compute: () => value });
    }
  }
  /**
   * The handler of Playwright's `page.route(pattern, (route) => …)` (also `context.route`): `route.fetch(options?)`
   * sends the intercepted request on, from the test, to `options.url` or else to the URL the pattern matched. The
   * route is a client whose base is the pattern's fixed part (`'**\/api/**'` → `/api/`), see `routePatternBase`.
   */
  declarePlaywrightRoute(node, fnScope) {
    const parameter = node.parameters[0];
    const call = node.parent;
    if (!parameter || !syntax.isIdentifier(parameter.name) || !syntax.isCallExpression(call) || call.arguments[1] !== node)
      return;
    const callee = skipOuter(call.expression);
    const pattern = call.arguments[0];
    if (!syntax.isPropertyAccessExpression(callee) || callee.name.text !== "route" || !pattern)
      return;
    this.importsPlaywright ??= [...this.imports.values()].some((binding) => PLAYWRIGHT_MODULES.has(binding.module));
    if (!this.importsPlaywright)
      return;
    const at = this.loc(parameter);
    const route = { kind: "client", client: "playwright", base: routePatternBase(pattern), at, label: "Playwright route" };
    const entry = { kind: "local", name: parameter.name.text, at, label: "Playwright route handler", compute: () => route };
    fnScope.vars.set(parameter.name.text, entry);
    this.playwrightRoutes.set(entry, this.text(pattern));
  }
  /** The pattern of the Playwright route `name` is, when it is one (see `declarePlaywrightRoute`). */
  playwrightRoutePattern(name, scope) {
    for (let current = scope; current; current = current.parent) {
      const entry = current.vars.get(name);
      if (entry)
        return this.playwrightRoutes.get(entry);
    }
    return void 0;
  }
  /**
   * `route.fetch(options?)`: to `options.url`, else to the URL the route matched (the route's base, the pattern's text
   * shown as the expression); with the intercepted request's method unless `options.method` says.
   */
  routeFetchFact(kind, options, scope) {
    const url = options ? this.urlProperty(options) : null;
    return {
      kind: "call",
      client: "instance",
      method: this.methodOption(options) ?? null,
      receiver: this.symOf(kind.receiver, scope),
      ...url && options ? { url: this.symOf(options, scope), expression: this.text(url) } : { url: { kind: "lit", value: "" }, expression: kind.pattern }
    };
  }
  /**
   * Parameters a framework fills with an HTTP client: typed with an injected client class (Angular's
   * `constructor(private http: HttpClient)`, see `ClientExport.injected`) or named as an injected service
   * (AngularJS's `function ($http)`, also through an array annotation `['$http', function (http) {…}]`; see
   * INJECTED_BY_NAME). Each is a client instance without a base URL.
   */
  declareInjectedServices(node, fnScope) {
    const annotation = node.parent && syntax.isArrayLiteralExpression(node.parent) && node.parent.elements.at(-1) === node ? node.parent.elements.slice(0, -1) : null;
    node.parameters.forEach((parameter, index) => {
      if (!syntax.isIdentifier(parameter.name))
        return;
      const annotated = annotation?.[index];
      const injectedName = annotated && syntax.isStringLiteralLike(annotated) ? annotated.text : parameter.name.text;
      const byName = own(INJECTED_BY_NAME, injectedName);
      const typed = !byName && parameter.type && this.fileImportsInjectedClass() ? this.instanceOfType(parameter.type) : null;
      if (!byName && !typed)
        return;
      const at = this.loc(parameter);
      const client = byName ? { kind: "client", client: byName.client, base: null, at, label: injectedName } : this.injectedClient(typed, at, parameter.name.text);
      if (!client)
        return;
      const name = parameter.name.text;
      fnScope.vars.set(name, { kind: "local", name, at, label: "injected", compute: () => client });
    });
  }
  /** Whether the file imports a class whose instances a framework injects: typed parameters are looked at only then (most files have many, none of them such). */
  fileImportsInjectedClass() {
    return this.importsInjectedClass ??= [...this.imports.values()].some((binding) => INJECTED_CLASS_MODULES.has(binding.module));
  }
  /** The client an instance of `type` is when its class is an injected client (`ClientExport.injected`); null otherwise. */
  injectedClient(type, at, label) {
    if (type?.kind !== "ref" || type.module === null || type.member.length > 1)
      return null;
    const found = clientExport(type.module, type.member[0] ?? type.name);
    return found?.entry.injected ? { kind: "client", client: found.library.client, base: null, at, label } : null;
  }
  visitFunction(node, scope) {
    const key = this.fnKeys.get(node) ?? null;
    const fnScope = {
      parent: scope,
      vars: /* @__PURE__ */ new Map(),
      fnKey: key ?? scope.fnKey,
      enclosing: key && !this.localFnKeys.has(key) ? key : scope.enclosing,
      className: this.componentOf.get(node) ?? scope.className,
      returns: key ? [] : null
    };
    const params = [];
    node.parameters.forEach((parameter, index) => {
      const name = parameter.name;
      const defaultValue = parameter.initializer;
      if (syntax.isIdentifier(name) && defaultValue && syntax.isConstructorDeclaration(node)) {
        params.push(name.text);
        fnScope.vars.set(name.text, { kind: "local", name: name.text, at: this.loc(parameter), label: "default of parameter", compute: () => this.symOf(defaultValue, scope) });
      } else if (syntax.isIdentifier(name)) {
        params.push(name.text);
        const rest = parameter.dotDotDotToken !== void 0 ? { rest: true } : {};
        const fallback = defaultValue && mayHoldUrl(defaultValue) ? { fallback: () => this.symOf(defaultValue, scope) } : {};
        fnScope.vars.set(name.text, key ? { kind: "param", index, name: name.text, member: [], ...rest, ...fallback } : { kind: "opaque", name: name.text });
      } else {
        params.push(`arg${index}`);
        if (syntax.isObjectBindingPattern(name)) {
          for (const element of name.elements) {
            if (!syntax.isIdentifier(element.name))
              continue;
            const property = element.propertyName ? propertyNameText(element.propertyName) : element.name.text;
            fnScope.vars.set(element.name.text, key && property ? { kind: "param", index, name: element.name.text, member: [property] } : { kind: "opaque", name: element.name.text });
          }
        } else
          this.declareOpaque(name, fnScope);
      }
      if (parameter.initializer)
        this.visit(parameter.initializer, scope);
    });
    this.declarePlaywrightFixtures(node, fnScope);
    this.declarePlaywrightRoute(node, fnScope);
    this.declareInjectedServices(node, fnScope);
    const body = node.body;
    if (body && syntax.isBlock(body)) {
      for (const statement of body.statements) {
        if (!syntax.isFunctionDeclaration(statement) || !statement.name)
          continue;
        const localKey = this.keyLocalFunction(statement, statement.name.text, fnScope);
        if (localKey)
          fnScope.vars.set(statement.name.text, { kind: "local", name: statement.name.text, at: this.loc(statement), label: "function", compute: () => ({ kind: "ref", module: null, name: localKey, member: [] }) });
      }
      this.visit(body, fnScope);
    } else if (body) {
      if (key)
        this.keyReturnedFunction(body, key);
      fnScope.returns?.push(this.symOf(body, fnScope));
      this.visit(body, fnScope);
    }
    if (key) {
      const returns = fnScope.returns ?? [];
      const value = { kind: "fn", name: key, params, returns: returns.length === 0 ? null : returns.length === 1 ? returns[0] ?? null : { kind: "alt", options: returns } };
      this.facts.symbols[key] = { kind: "step", label: `function ${key}`, at: this.loc(node), value };
    }
  }
  visitClass(node, scope) {
    const className = node.name?.text ?? "default";
    const classScope = { ...scope, parent: scope, vars: /* @__PURE__ */ new Map(), className, returns: null, visitChild: void 0 };
    const props = /* @__PURE__ */ Object.create(null);
    for (const member of node.members) {
      const name = member.name ? propertyNameText(member.name) : null;
      if (name !== null)
        props[name] = { kind: "ref", module: null, name: `${className}.${name}`, member: [] };
    }
    this.facts.symbols[className] = { kind: "step", label: `class ${className}`, at: this.loc(node), value: { kind: "object", props } };
    const typedFields = [];
    for (const member of node.members) {
      if (syntax.isPropertyDeclaration(member) && !member.initializer && member.type) {
        const name = propertyNameText(member.name);
        if (name !== null)
          typedFields.push({ key: `${className}.${name}`, type: member.type, at: member });
      } else if (syntax.isConstructorDeclaration(member)) {
        for (const parameter of member.parameters) {
          if (parameter.type && syntax.isIdentifier(parameter.name) && PARAMETER_PROPERTY_MODIFIERS.some((kind) => this.hasModifier(parameter, kind))) {
            typedFields.push({ key: `${className}.${parameter.name.text}`, type: parameter.type, at: parameter });
          }
        }
      }
    }
    for (const member of node.members) {
      if (syntax.isPropertyDeclaration(member) && member.initializer) {
        const name = propertyNameText(member.name);
        const value = skipOuter(member.initializer);
        const isFunction = syntax.isArrowFunction(value) || syntax.isFunctionExpression(value);
        if (name !== null && !(isFunction && this.fnKeys.has(value))) {
          this.facts.symbols[`${className}.${name}`] ??= { kind: "step", label: `field ${className}.${name}`, at: this.loc(member), value: this.symOf(member.initializer, classScope) };
        }
        this.visit(member.initializer, classScope);
      } else {
        this.visit(member, classScope);
      }
    }
    for (const { key, type, at } of typedFields) {
      const typed = this.instanceOfType(type);
      const instance = (this.fileImportsInjectedClass() ? this.injectedClient(typed, this.loc(at), key) : null) ?? typed;
      if (!instance)
        continue;
      const assigned = withoutSteps(this.facts.symbols[key]);
      const fromParameter = assigned?.kind === "param" || assigned?.kind === "ref" && assigned.module === null && assigned.name.startsWith(CONSTRUCTOR_ARGUMENT);
      if (assigned && !fromParameter && assigned.kind !== "unknown")
        continue;
      this.facts.symbols[key] = { kind: "step", label: `field ${key}: ${this.text(type)}`, at: this.loc(at), value: instance };
    }
  }
  /**
   * The class a declared type names, standing for an instance of it (as `new ApiClient()` does): `ApiClient`,
   * `ApiClient<T>`, `sdk.ApiClient`, `ApiClient | null`. Null for anything else or a name not declared or imported here.
   */
  instanceOfType(type) {
    let named = type;
    if (syntax.isUnionTypeNode(named)) {
      const kinds = named.types.filter((member) => !NULLISH_TYPES.has(member.kind) && !(syntax.isLiteralTypeNode(member) && member.literal.kind === syntax.SyntaxKind.NullKeyword));
      if (kinds.length !== 1)
        return null;
      named = kinds[0];
    }
    if (!syntax.isTypeReferenceNode(named))
      return null;
    const typeName = named.typeName;
    if (syntax.isIdentifier(typeName)) {
      const sym = this.lookup(typeName.text, this.root);
      return sym.kind === "ref" ? sym : null;
    }
    if (!syntax.isIdentifier(typeName.left))
      return null;
    const namespace = this.lookup(typeName.left.text, this.root);
    return namespace.kind === "ref" ? memberOf(namespace, typeName.right.text) : null;
  }
  visitAssignment(node, scope) {
    const target = skipOuter(node.left);
    if (this.visitDefaultsAssignment(target, node, scope))
      return;
    if (syntax.isPropertyAccessExpression(target) && target.expression.kind === syntax.SyntaxKind.ThisKeyword && scope.className) {
      const key = `${scope.className}.${target.name.text}`;
      const written2 = this.symOf(node.right, scope);
      const value2 = scope.fnKey === `${scope.className}.constructor` ? constructorArguments(written2, scope.className) : written2;
      this.facts.symbols[key] ??= { kind: "step", label: `field ${key}`, at: this.loc(node), value: value2 };
      return;
    }
    if (syntax.isIdentifier(target) && this.recordAssignment(target.text, node, scope))
      return;
    if (scope !== this.root) {
      const owner = syntax.isPropertyAccessExpression(target) ? this.writableOwner(target.expression, scope) : null;
      if (owner !== null && syntax.isPropertyAccessExpression(target)) {
        scope.written ??= /* @__PURE__ */ new Map();
        scope.written.set(`${owner}.${target.name.text}`, { kind: "step", label: this.text(target), at: this.loc(node), value: this.symOf(node.right, scope) });
      }
      return;
    }
    const member = this.topLevelObjectMember(target);
    if (member !== null) {
      const held = withoutSteps(this.facts.symbols[member.owner]);
      if (held?.kind === "object")
        held.props[member.property] ??= this.symOf(node.right, scope);
      return;
    }
    const exportName = this.commonJsExportName(target);
    if (!exportName)
      return;
    const written = this.symOf(node.right, scope);
    const value = exportName !== "default" && written.kind !== "step" && written.kind !== "ref" ? { kind: "step", label: `export ${exportName}`, at: this.loc(node), value: written } : written;
    this.facts.exports[exportName] = value;
    if (exportName === "default") {
      this.facts.exports["*"] = value;
      const literal = skipOuter(node.right);
      const places = /* @__PURE__ */ new Map();
      if (syntax.isObjectLiteralExpression(literal)) {
        for (const property of literal.properties)
          if (syntax.isPropertyAssignment(property))
            places.set(propertyNameText(property.name) ?? "", this.loc(property));
      }
      if (value.kind === "object") {
        for (const [name, prop] of Object.entries(value.props)) {
          if (Object.hasOwn(this.facts.exports, name))
            continue;
          const place = places.get(name);
          this.facts.exports[name] = place && prop.kind !== "step" && prop.kind !== "ref" ? { kind: "step", label: `property ${name}`, at: place, value: prop } : prop;
        }
      }
    }
  }
  /**
   * `axios.defaults.baseURL = url`: every request of the library's own functions in this process without a URL of its
   * own origin goes there (a client-config with `defaults`); `api.defaults.baseURL = url` on an instance held by a
   * module-level name: that instance's base URL.
   */
  visitDefaultsAssignment(target, node, scope) {
    if (!syntax.isPropertyAccessExpression(target) || !DEFAULT_BASE_PROPS.has(target.name.text))
      return false;
    const defaults = skipOuter(target.expression);
    if (!syntax.isPropertyAccessExpression(defaults) || defaults.name.text !== "defaults")
      return false;
    const owner = skipOuter(defaults.expression);
    if (!syntax.isIdentifier(owner) || this.isShadowed(owner.text, scope))
      return false;
    const value = this.symOf(node.right, scope);
    const imported = this.imports.get(owner.text);
    const library = imported ? clientExport(imported.module, imported.imported) : null;
    if (library && library.entry === library.library.main && library.entry.callable) {
      this.pushCall(node, scope, { kind: "client-config", client: library.library.client, method: null, expression: this.text(node.right), url: value, defaults: true });
      return true;
    }
    const held = imported ? void 0 : withoutSteps(this.facts.symbols[owner.text]);
    if (held?.kind !== "client")
      return false;
    const client = { ...held, base: held.base ? { kind: "alt", options: [held.base, value] } : value, at: this.loc(node) };
    this.facts.symbols[owner.text] = { kind: "step", label: `${owner.text}.defaults.${target.name.text}`, at: this.loc(node), value: client };
    this.pushCall(node, scope, { kind: "client-config", client: held.client, method: null, expression: this.text(node.right), url: value });
    return true;
  }
  /** `name = value` to a variable declared in this file: one more value it may hold where it is read. */
  recordAssignment(name, node, scope) {
    const compute = () => this.symOf(node.right, scope);
    for (let current = scope; current; current = current.parent) {
      const entry = current.vars.get(name);
      if (!entry)
        continue;
      if (entry.kind !== "local")
        return true;
      (entry.assigned ??= []).push({ at: this.loc(node), compute });
      entry.memo = void 0;
      return true;
    }
    if (!this.topNames.has(name) || this.imports.has(name))
      return false;
    const step = { kind: "step", label: `assignment to ${name}`, at: this.loc(node), value: compute() };
    this.facts.symbols[name] = withAlternative(this.facts.symbols[name], step);
    return true;
  }
  hasModifier(node, kind) {
    return syntax.canHaveModifiers(node) && (syntax.getModifiers(node)?.some((modifier) => modifier.kind === kind) ?? false);
  }
  recordExports(statement) {
    const exported = this.hasModifier(statement, syntax.SyntaxKind.ExportKeyword);
    const isDefault = this.hasModifier(statement, syntax.SyntaxKind.DefaultKeyword);
    if (exported && syntax.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        const names = syntax.isIdentifier(declaration.name) ? [declaration.name.text] : syntax.isObjectBindingPattern(declaration.name) ? declaration.name.elements.flatMap((element) => syntax.isIdentifier(element.name) ? [element.name.text] : []) : [];
        for (const name of names)
          this.facts.exports[name] = this.lookup(name, this.root);
      }
    } else if (exported && (syntax.isFunctionDeclaration(statement) || syntax.isClassDeclaration(statement))) {
      const key = statement.name?.text ?? (isDefault ? "default" : null);
      if (key) {
        const ref = { kind: "ref", module: null, name: key, member: [] };
        if (isDefault)
          this.facts.exports.default = ref;
        if (statement.name)
          this.facts.exports[statement.name.text] = ref;
      }
    } else if (syntax.isExportAssignment(statement)) {
      this.facts.exports.default = this.symOf(statement.expression, this.root);
    } else if (syntax.isExportDeclaration(statement)) {
      const module = statement.moduleSpecifier && syntax.isStringLiteral(statement.moduleSpecifier) ? statement.moduleSpecifier.text : null;
      const clause = statement.exportClause;
      if (!clause) {
        if (module)
          this.facts.reexports.push(module);
      } else if (syntax.isNamespaceExport(clause)) {
        if (module)
          this.facts.exports[clause.name.text] = { kind: "ref", module, name: "*", member: [] };
      } else {
        for (const element of clause.elements) {
          const local = (element.propertyName ?? element.name).text;
          this.facts.exports[element.name.text] = module ? { kind: "ref", module, name: local, member: [] } : this.lookup(local, this.root);
        }
      }
    }
  }
  /** A URL property of a tool's config object: a client configuration. */
  pushConfigUrl(property, library, defaultBaseUrls, scope) {
    this.pushCall(property, scope, { kind: "client-config", client: library.client, method: null, expression: this.text(property.initializer), url: this.symOf(property.initializer, scope), ...defaultBase(property, defaultBaseUrls) });
  }
  /** URL properties of the options a config function returns, reported when the walk reaches them (see visitCall). */
  pendingConfigUrls = /* @__PURE__ */ new Map();
  visit(node, scope) {
    const kind = node.kind;
    if (this.pendingConfigUrls.size > 0 && kind === syntax.SyntaxKind.PropertyAssignment) {
      const pending = this.pendingConfigUrls.get(node);
      if (pending) {
        this.pendingConfigUrls.delete(node);
        this.pushConfigUrl(node, pending.library, pending.defaultBaseUrls, scope);
      }
    }
    if (kind < FirstNode)
      return;
    if (kind >= syntax.SyntaxKind.FirstTypeNode && kind <= syntax.SyntaxKind.LastTypeNode || kind === syntax.SyntaxKind.InterfaceDeclaration || kind === syntax.SyntaxKind.TypeAliasDeclaration || kind === syntax.SyntaxKind.ImportDeclaration) {
      return;
    }
    if (node.parent === this.sf && syntax.isStatement(node))
      this.recordExports(node);
    if (isFunctionNode(node)) {
      this.visitFunction(node, scope);
      return;
    }
    if (syntax.isClassDeclaration(node) || syntax.isClassExpression(node)) {
      this.visitClass(node, scope);
      return;
    }
    if (syntax.isVariableDeclaration(node))
      this.declareVariable(node, scope);
    else if (syntax.isReturnStatement(node) && node.expression && scope.returns) {
      if (scope.fnKey !== null)
        this.keyReturnedFunction(node.expression, scope.fnKey);
      scope.returns.push(this.symOf(node.expression, scope));
    } else if (syntax.isCallExpression(node) || syntax.isNewExpression(node))
      this.visitCall(node, scope);
    else if (syntax.isBinaryExpression(node) && node.operatorToken.kind === syntax.SyntaxKind.EqualsToken)
      this.visitAssignment(node, scope);
    else if (syntax.isBinaryExpression(node) && syntax.isBinaryExpression(node.left)) {
      const rights = [];
      let current = node;
      while (syntax.isBinaryExpression(current) && current.operatorToken.kind !== syntax.SyntaxKind.EqualsToken) {
        rights.push(current.right);
        current = current.left;
      }
      this.visit(current, scope);
      for (let index = rights.length - 1; index >= 0; index--) {
        const right = rights[index];
        if (right)
          this.visit(right, scope);
      }
      return;
    } else if (syntax.isCatchClause(node) && node.variableDeclaration)
      this.declareOpaque(node.variableDeclaration.name, scope);
    syntax.forEachChild(node, scope.visitChild ??= (child) => this.visit(child, scope));
  }
};
function defaultBase(property, names) {
  const name = propertyNameText(property.name);
  return name !== null && names.includes(name) ? { defaults: true } : {};
}

// dist/extract/typescript/index.js
var TOKENS = /fetch|axios|\bgot\b|http|request|\bky\b|superagent|ofetch|api|client|base_?ur[li]|prefixUrl|\buri\b|_(?:url|uri|host|endpoint)\b|process\.env|import\.meta|config|:\/\/|['"`]\/|\.(?:get|post|put|patch|delete|del|head|options|ajax|getJSON)\s*\(|HttpLink|grpc|\bcy\.|EventSource|sendBeacon|export\s*(?:\*|\{[^}]*\}\s*from)/i;
var LIBRARY_NAMES = Object.keys(CLIENT_LIBRARIES).filter((name) => !TOKENS.test(name)).map((name) => name.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"));
var LIBRARY_IMPORT = new RegExp(`['"\`](?:${LIBRARY_NAMES.join("|")})['"\`/]`, "i");
var IMPORT_REGION = 4096;
var MAY_MATTER = { test: (text) => TOKENS.test(text) || LIBRARY_IMPORT.test(text.length > IMPORT_REGION ? text.slice(0, IMPORT_REGION) : text) };
var COMMENT_OR_STRING = /"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\[\s\S])*`|(?<![\\[:])\/\/[^\n]*|(?<![\\[])\/\*[\s\S]*?\*\//g;
function withoutComments(content) {
  return content.replace(COMMENT_OR_STRING, (match) => match.charCodeAt(0) === 47 ? " " : match);
}
function mayContainFacts(content) {
  return MAY_MATTER.test(content) && MAY_MATTER.test(withoutComments(content));
}
function scriptKind2(file) {
  const extension = /\.[^./]+$/.exec(file)?.[0]?.toLowerCase() ?? "";
  switch (extension) {
    case ".tsx":
      return syntax.ScriptKind.TSX;
    case ".js":
    case ".mjs":
    case ".cjs":
      return syntax.ScriptKind.JS;
    case ".jsx":
      return syntax.ScriptKind.JSX;
    default:
      return syntax.ScriptKind.TS;
  }
}
var { FirstNode: FirstNode2, FirstTypeNode, LastTypeNode, InterfaceDeclaration, TypeAliasDeclaration } = syntax.SyntaxKind;
function setParents(root) {
  const stack = [root];
  let parent = root;
  const link = (child) => {
    child.parent = parent;
    const kind = child.kind;
    if (kind >= FirstNode2 && !(kind >= FirstTypeNode && kind <= LastTypeNode || kind === InterfaceDeclaration || kind === TypeAliasDeclaration))
      stack.push(child);
    return void 0;
  };
  for (let next = stack.pop(); next !== void 0; next = stack.pop()) {
    parent = next;
    syntax.forEachChild(next, link);
  }
}
function extractTypeScript(file, content, language) {
  const facts = emptyFacts(file, language);
  facts.directives = findDirectives(file, content);
  if (!mayContainFacts(content))
    return facts;
  const vendored = language === "javascript" ? vendoredLibrary(content) : null;
  if (vendored !== null) {
    facts.problems.push({
      file,
      severity: "warning",
      code: "vendored-library",
      message: `looks like a bundled third-party library (${vendored}): its requests are the library's own, not the project's; skipped it`
    });
    return facts;
  }
  try {
    const options = { languageVersion: syntax.ScriptTarget.Latest, jsDocParsingMode: syntax.JSDocParsingMode.ParseNone };
    const sf = syntax.createSourceFile(file, content, options, false, scriptKind2(file));
    setParents(sf);
    const diagnostics = sf.parseDiagnostics ?? [];
    const first = diagnostics[0];
    if (first) {
      const position = sf.getLineAndCharacterOfPosition(first.start);
      facts.problems.push({
        file,
        line: position.line + 1,
        column: position.character + 1,
        severity: "warning",
        code: "parse-error",
        message: `syntax error: ${syntax.flattenDiagnosticMessageText(first.messageText, " ")}${diagnostics.length > 1 ? ` (and ${diagnostics.length - 1} more)` : ""}; the file was still scanned as far as the parser could recover`
      });
    }
    new FileWalker(sf, facts).run();
    saveCompilerCodeCache();
  } catch (error) {
    facts.problems.push({
      file,
      severity: "warning",
      code: "parse-error",
      message: `could not analyse this file (${error instanceof Error ? error.message : String(error)}); skipped it, the rest of the scan goes on`
    });
  }
  return facts;
}
var typescriptExtractor = {
  languages: ["typescript", "javascript"],
  extract: extractTypeScript
};
export {
  extractTypeScript,
  mayContainFacts,
  setParents,
  typescriptExtractor
};
/**
 * Third-party libraries committed into a project's own folders (`static/js/angular.js`, `public/vendor-less/vue.js`,
 * a bundle without `.min` in its name): other people's code, whose internal requests are no integration of
 * the project. Recognised from the text alone, as build tools do: a preserved banner comment naming a version
 * (`/*! jQuery v3.7.1`, `@license AngularJS v1.5.8`). Minified code alone is no sign (a project's generated code is
 * long-lined too). Folders named `vendor` and `*.min.js` files are skipped earlier, by discovery.
 */
/** `@license Name v1.2.3` on one line (a project's own `@license` header names no release). */
//# sourceMappingURL=typescript-OLZP4FBR.js.map
