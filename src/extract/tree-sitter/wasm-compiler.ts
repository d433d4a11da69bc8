/**
 * Which V8 compiler builds the tree-sitter grammars' WebAssembly. By default V8 also compiles hot functions with
 * its optimising compiler (TurboFan); a grammar's lexer and parse tables are a few huge functions, so that costs
 * more than it ever saves on a lint run: on the 20,000-file bench corpus the 2,436 non-TS/JS files take 0.5 s with
 * the baseline compiler (Liftoff) alone and 1.0 s with both, and loading all seven grammars 50 ms instead of 350 ms.
 * The setting is process-wide, so only the CLI turns it on (a host process that embeds `lint()`, such as an
 * editor or ESLint, keeps V8's defaults for its own WebAssembly). No web-tree-sitter import here: calling this
 * must not load tree-sitter for a TypeScript-only scan.
 */
import v8 from 'node:v8';

let applied = false;

/** Compile WebAssembly with V8's baseline compiler only, for the rest of this process. Call before any grammar loads. */
export function preferBaselineWasmCompiler(): void {
  if (applied) return;
  applied = true;
  v8.setFlagsFromString('--liftoff-only');
}

/** Whether this process compiles WebAssembly with the baseline compiler only (V8 code caches depend on such flags). */
export function prefersBaselineWasmCompiler(): boolean {
  return applied;
}
