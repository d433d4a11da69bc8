/**
 * The TypeScript compiler (the copy ts-morph bundles), loaded for its parser only — and loaded fast, because a
 * cold scan pays for it on every run (see docs/performance.md):
 * - it is required as CommonJS straight from `@ts-morph/common` (resolved from ts-morph's own folder), not
 *   imported through ts-morph's ESM entry: that skips ts-morph's 25,000 lines and Node's scan of a 9 MB file
 *   for named exports (~0.15 s);
 * - V8's code cache for it is kept between runs (Node ≥22.1: Node's own compile cache; Node 20: a `vm.Script`
 *   code cache in a per-user temporary folder), which cuts compiling it from ~0.2 s to a few ms.
 * The instance is registered in `require.cache`, so ts-morph, if something else imports it, reuses it.
 * Any failure falls back to `import { ts } from 'ts-morph'`'s path: slower, never wrong.
 */
import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import nodeModule, { createRequire, Module } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import type { ts as TypeScript } from 'ts-morph';
import { prefersBaselineWasmCompiler } from '../tree-sitter/wasm-compiler.js';

const require = createRequire(import.meta.url);

/** What the code-cache path needs to finish once the compiler has been used (so the cache holds the parser too). */
interface PendingCodeCache {
  script: vm.Script;
  cacheFile: string;
}

let pendingCodeCache: PendingCodeCache | null = null;

/** Where V8 code caches live: per user, like Node's own compile cache (`<tmpdir>/node-compile-cache`). */
function codeCacheDir(): string | null {
  const uid = typeof process.getuid === 'function' ? process.getuid() : null;
  const dir = path.join(os.tmpdir(), `arch-lint-compile-cache${uid === null ? '' : `-${uid}`}`);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const info = statSync(dir);
    // Code in the cache runs as us: use the folder only if it is ours and nobody else can write to it.
    if (uid !== null && (info.uid !== uid || (info.mode & 0o022) !== 0)) return null;
    return dir;
  } catch {
    return null;
  }
}

function compilerFile(): string {
  // ts-morph depends on @ts-morph/common: resolving from ts-morph's folder finds the copy it uses.
  return createRequire(require.resolve('ts-morph')).resolve('@ts-morph/common/dist/typescript.js');
}

/**
 * Evaluate `file` as a CommonJS module through a `vm.Script` with the V8 code cache kept in `cacheDir` (none when
 * null), and register it in require.cache. `cacheAccepted` says whether V8 used a cache written by an earlier run;
 * when it did not, `saveCompilerCodeCache` writes one.
 */
export function requireWithCodeCache(file: string, cacheDir: string | null): { exports: unknown; cacheAccepted: boolean } {
  const bytes = readFileSync(file);
  // TypeScript's build is pure ASCII: then latin1 gives the same string without UTF-8 decoding (9 MB: ~20 → ~3 ms).
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  const info = statSync(file);
  // V8 rejects a code cache made under other V8 flags: the flags are part of the key, or the CLI (which sets one)
  // and lint() in a host process would overwrite each other's cache on every run.
  const flags = `${process.execArgv.join(' ')}\0${process.env.NODE_OPTIONS ?? ''}\0${prefersBaselineWasmCompiler() ? 'liftoff-only' : ''}`;
  const key = createHash('sha256').update(`${file}\0${info.size}\0${info.mtimeMs}\0${process.version}\0${process.arch}\0${flags}`).digest('hex').slice(0, 16);
  const cacheFile = cacheDir === null ? null : path.join(cacheDir, `${path.basename(file, '.js')}-${key}.bin`);
  let cachedData: Buffer | undefined;
  if (cacheFile !== null) {
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      cachedData = undefined;
    }
  }
  // Node's own CommonJS wrapper, so the code sees what `require` would give it.
  const wrapper = `(function (exports, require, module, __filename, __dirname) { ${source}\n})`;
  const script = new vm.Script(wrapper, { filename: file, cachedData });
  const moduleRecord = new Module(file);
  moduleRecord.filename = file;
  const evaluate = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
  evaluate.call(moduleRecord.exports, moduleRecord.exports, createRequire(file), moduleRecord, file, path.dirname(file));
  moduleRecord.loaded = true;
  require.cache[file] = moduleRecord;
  const cacheAccepted = cachedData !== undefined && script.cachedDataRejected !== true;
  if (cacheFile !== null && !cacheAccepted) pendingCodeCache = { script, cacheFile };
  return { exports: moduleRecord.exports, cacheAccepted };
}

function loadCompiler(): typeof TypeScript {
  try {
    const file = compilerFile();
    const loaded = require.cache[file];
    if (loaded?.loaded) return loaded.exports as typeof TypeScript;
    // Node's switch for its own compile cache turns ours off too.
    if (process.env.NODE_DISABLE_COMPILE_CACHE) return require(file) as typeof TypeScript;
    const enableCompileCache = (nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache;
    if (typeof enableCompileCache === 'function') {
      // Node ≥22.1 caches compiled CommonJS itself, once enabled.
      enableCompileCache();
      return require(file) as typeof TypeScript;
    }
    return requireWithCodeCache(file, codeCacheDir()).exports as typeof TypeScript;
  } catch {
    return (require('ts-morph') as { ts: typeof TypeScript }).ts;
  }
}

export const typescript: typeof TypeScript = loadCompiler();

/**
 * What the extractors call on every node, on an object of their own. The compiler's namespace object has 2,000+
 * members and V8 keeps it in dictionary mode: each `typescript.isCallExpression(node)` is a hash lookup (~10 ns,
 * against ~1.5 ns on this object, measured on Node 20), and the walker makes several per node. The object is written
 * as a literal on purpose: V8 gives a literal fast properties, while one filled in a loop falls back to dictionary
 * mode (test/extract/typescript/parse-speed.test.ts checks it). Extractors import `syntax`, not `typescript`; a member
 * they need is added here (the type checker says when one is missing).
 */
export const syntax = {
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
  isVoidExpression: typescript.isVoidExpression,
};

export type Syntax = typeof syntax;

/**
 * Called once the compiler has parsed a file: writes the code cache if this run had none, now that it also
 * holds the functions the parser compiled lazily. Atomic (temporary file + rename); failures are ignored.
 */
export function saveCompilerCodeCache(): void {
  const pending = pendingCodeCache;
  if (pending === null) return;
  pendingCodeCache = null;
  const temporary = `${pending.cacheFile}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, pending.script.createCachedData(), { mode: 0o600 });
    renameSync(temporary, pending.cacheFile);
  } catch {
    rmSync(temporary, { force: true });
    return;
  }
  pruneCodeCaches(pending.cacheFile);
}

/** Code caches of one module kept at most (one per TypeScript version, Node version and flags in use; 2.5 MB each). */
const KEPT_CODE_CACHES = 4;

/**
 * Remove all but the newest `KEPT_CODE_CACHES` caches of the module `cacheFile` is one of: every other Node version,
 * TypeScript update or set of flags (a profiler run, NODE_OPTIONS) writes a cache of its own, and the folder must
 * not grow for ever. A cache still in use is simply written again next time.
 */
export function pruneCodeCaches(cacheFile: string): void {
  const dir = path.dirname(cacheFile);
  const prefix = `${path.basename(cacheFile).replace(/-[0-9a-f]+\.bin$/, '')}-`;
  try {
    const caches = readdirSync(dir)
      .filter((name) => name.startsWith(prefix) && name.endsWith('.bin'))
      .map((name) => ({ file: path.join(dir, name), mtimeMs: statSync(path.join(dir, name)).mtimeMs }))
      .sort((a, b) => b.mtimeMs - a.mtimeMs);
    for (const stale of caches.slice(KEPT_CODE_CACHES)) rmSync(stale.file, { force: true });
  } catch {
    // a cache folder we cannot list is left as it is
  }
}
