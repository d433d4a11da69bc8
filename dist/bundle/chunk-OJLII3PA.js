import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);

// dist/extract/tree-sitter/wasm-compiler.js
import v8 from "node:v8";
var applied = false;
function preferBaselineWasmCompiler() {
  if (applied)
    return;
  applied = true;
  v8.setFlagsFromString("--liftoff-only");
}
function prefersBaselineWasmCompiler() {
  return applied;
}

export {
  preferBaselineWasmCompiler,
  prefersBaselineWasmCompiler
};
//# sourceMappingURL=chunk-OJLII3PA.js.map
