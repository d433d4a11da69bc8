import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  prefersBaselineWasmCompiler
} from "./chunk-OJLII3PA.js";

// dist/extract/typescript/compiler.js
import { isAscii } from "node:buffer";
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import nodeModule, { createRequire, Module } from "node:module";
import os from "node:os";
import path from "node:path";
import vm from "node:vm";
var require2 = createRequire(import.meta.url);
var pendingCodeCache = null;
function codeCacheDir() {
  const uid = typeof process.getuid === "function" ? process.getuid() : null;
  const dir = path.join(os.tmpdir(), `arch-lint-compile-cache${uid === null ? "" : `-${uid}`}`);
  try {
    mkdirSync(dir, { recursive: true, mode: 448 });
    const info = statSync(dir);
    if (uid !== null && (info.uid !== uid || (info.mode & 18) !== 0))
      return null;
    return dir;
  } catch {
    return null;
  }
}
function compilerFile() {
  return createRequire(require2.resolve("ts-morph")).resolve("@ts-morph/common/dist/typescript.js");
}
function requireWithCodeCache(file, cacheDir) {
  const bytes = readFileSync(file);
  const source = isAscii(bytes) ? bytes.toString("latin1") : bytes.toString("utf8");
  const info = statSync(file);
  const flags = `${process.execArgv.join(" ")}\0${process.env.NODE_OPTIONS ?? ""}\0${prefersBaselineWasmCompiler() ? "liftoff-only" : ""}`;
  const key = createHash("sha256").update(`${file}\0${info.size}\0${info.mtimeMs}\0${process.version}\0${process.arch}\0${flags}`).digest("hex").slice(0, 16);
  const cacheFile = cacheDir === null ? null : path.join(cacheDir, `${path.basename(file, ".js")}-${key}.bin`);
  let cachedData;
  if (cacheFile !== null) {
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      cachedData = void 0;
    }
  }
  const wrapper = `(function (exports, require, module, __filename, __dirname) { ${source}
})`;
  const script = new vm.Script(wrapper, { filename: file, cachedData });
  const moduleRecord = new Module(file);
  moduleRecord.filename = file;
  const evaluate = script.runInThisContext();
  evaluate.call(moduleRecord.exports, moduleRecord.exports, createRequire(file), moduleRecord, file, path.dirname(file));
  moduleRecord.loaded = true;
  require2.cache[file] = moduleRecord;
  const cacheAccepted = cachedData !== void 0 && script.cachedDataRejected !== true;
  if (cacheFile !== null && !cacheAccepted)
    pendingCodeCache = { script, cacheFile };
  return { exports: moduleRecord.exports, cacheAccepted };
}
function loadCompiler() {
  try {
    const file = compilerFile();
    const loaded = require2.cache[file];
    if (loaded?.loaded)
      return loaded.exports;
    if (process.env.NODE_DISABLE_COMPILE_CACHE)
      return require2(file);
    const enableCompileCache = nodeModule.enableCompileCache;
    if (typeof enableCompileCache === "function") {
      enableCompileCache();
      return require2(file);
    }
    return requireWithCodeCache(file, codeCacheDir()).exports;
  } catch {
    return require2("ts-morph").ts;
  }
}
var typescript = loadCompiler();
var syntax = {
  JSDocParsingMode: typescript.JSDocParsingMode,
  ScriptKind: typescript.ScriptKind,
  ScriptTarget: typescript.ScriptTarget,
  SyntaxKind: typescript.SyntaxKind,
  canHaveModifiers: typescript.canHaveModifiers,
  createSourceFile: typescript.createSourceFile,
  flattenDiagnosticMessageText: typescript.flattenDiagnosticMessageText,
  forEachChild: typescript.forEachChild,
  getLeadingCommentRanges: typescript.getLeadingCommentRanges,
  getModifiers: typescript.getModifiers,
  getTrailingCommentRanges: typescript.getTrailingCommentRanges,
  isArrayLiteralExpression: typescript.isArrayLiteralExpression,
  isArrowFunction: typescript.isArrowFunction,
  isAsExpression: typescript.isAsExpression,
  isAwaitExpression: typescript.isAwaitExpression,
  isBinaryExpression: typescript.isBinaryExpression,
  isBlock: typescript.isBlock,
  isCallExpression: typescript.isCallExpression,
  isCatchClause: typescript.isCatchClause,
  isClassDeclaration: typescript.isClassDeclaration,
  isClassExpression: typescript.isClassExpression,
  isConditionalExpression: typescript.isConditionalExpression,
  isConstructorDeclaration: typescript.isConstructorDeclaration,
  isElementAccessExpression: typescript.isElementAccessExpression,
  isExportAssignment: typescript.isExportAssignment,
  isExportDeclaration: typescript.isExportDeclaration,
  isExpressionStatement: typescript.isExpressionStatement,
  isExternalModuleReference: typescript.isExternalModuleReference,
  isFunctionDeclaration: typescript.isFunctionDeclaration,
  isFunctionExpression: typescript.isFunctionExpression,
  isGetAccessorDeclaration: typescript.isGetAccessorDeclaration,
  isIdentifier: typescript.isIdentifier,
  isImportDeclaration: typescript.isImportDeclaration,
  isImportEqualsDeclaration: typescript.isImportEqualsDeclaration,
  isLiteralTypeNode: typescript.isLiteralTypeNode,
  isMetaProperty: typescript.isMetaProperty,
  isMethodDeclaration: typescript.isMethodDeclaration,
  isNamedImports: typescript.isNamedImports,
  isNamespaceExport: typescript.isNamespaceExport,
  isNamespaceImport: typescript.isNamespaceImport,
  isNewExpression: typescript.isNewExpression,
  isNonNullExpression: typescript.isNonNullExpression,
  isNumericLiteral: typescript.isNumericLiteral,
  isObjectBindingPattern: typescript.isObjectBindingPattern,
  isObjectLiteralExpression: typescript.isObjectLiteralExpression,
  isOmittedExpression: typescript.isOmittedExpression,
  isParenthesizedExpression: typescript.isParenthesizedExpression,
  isPrefixUnaryExpression: typescript.isPrefixUnaryExpression,
  isPrivateIdentifier: typescript.isPrivateIdentifier,
  isPropertyAccessExpression: typescript.isPropertyAccessExpression,
  isPropertyAssignment: typescript.isPropertyAssignment,
  isPropertyDeclaration: typescript.isPropertyDeclaration,
  isReturnStatement: typescript.isReturnStatement,
  isSatisfiesExpression: typescript.isSatisfiesExpression,
  isSetAccessorDeclaration: typescript.isSetAccessorDeclaration,
  isShorthandPropertyAssignment: typescript.isShorthandPropertyAssignment,
  isSpreadAssignment: typescript.isSpreadAssignment,
  isSpreadElement: typescript.isSpreadElement,
  isStatement: typescript.isStatement,
  isStringLiteral: typescript.isStringLiteral,
  isStringLiteralLike: typescript.isStringLiteralLike,
  isTemplateExpression: typescript.isTemplateExpression,
  isTypeReferenceNode: typescript.isTypeReferenceNode,
  isTypeAssertionExpression: typescript.isTypeAssertionExpression,
  isUnionTypeNode: typescript.isUnionTypeNode,
  isVariableDeclaration: typescript.isVariableDeclaration,
  isVariableStatement: typescript.isVariableStatement,
  isVoidExpression: typescript.isVoidExpression
};
function saveCompilerCodeCache() {
  const pending = pendingCodeCache;
  if (pending === null)
    return;
  pendingCodeCache = null;
  const temporary = `${pending.cacheFile}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, pending.script.createCachedData(), { mode: 384 });
    renameSync(temporary, pending.cacheFile);
  } catch {
    rmSync(temporary, { force: true });
    return;
  }
  pruneCodeCaches(pending.cacheFile);
}
var KEPT_CODE_CACHES = 4;
function pruneCodeCaches(cacheFile) {
  const dir = path.dirname(cacheFile);
  const prefix = `${path.basename(cacheFile).replace(/-[0-9a-f]+\.bin$/, "")}-`;
  try {
    const caches = readdirSync(dir).filter((name) => name.startsWith(prefix) && name.endsWith(".bin")).map((name) => ({ file: path.join(dir, name), mtimeMs: statSync(path.join(dir, name)).mtimeMs })).sort((a, b) => b.mtimeMs - a.mtimeMs);
    for (const stale of caches.slice(KEPT_CODE_CACHES))
      rmSync(stale.file, { force: true });
  } catch {
  }
}

export {
  typescript,
  syntax,
  saveCompilerCodeCache
};
//# sourceMappingURL=chunk-C7IMKPSF.js.map
