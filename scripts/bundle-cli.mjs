#!/usr/bin/env node
// `npm run build`, second step: bundles the CLI (tsc's output in dist/, entry dist/cli/main.js) into a few ES
// modules in dist/bundle/, which bin/arch-lint.js runs. Node 20 loads ES modules one by one (resolve, read,
// compile, link): a `--staged` hook run loaded ~95 of ours plus ~60 of yaml's, about a quarter of its time
// (docs/performance.md). Lazy parts stay lazy: each dynamic import becomes its own chunk.
// The library API (`import … from 'arch-lint'`) is tsc's output, unbundled.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Bundle `<root>/dist/cli/main.js` into `<root>/dist/bundle/` (language-overhead.mjs bundles a modified copy). */
export async function bundleCli(root) {
  const outdir = path.join(root, 'dist/bundle');
  rmSync(outdir, { recursive: true, force: true });
  await build({
    entryPoints: [path.join(root, 'dist/cli/main.js')],
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Loaded from their packages at run time: the TypeScript compiler (by file path, with V8's code cache) and the
    // tree-sitter runtime and grammars (WebAssembly files found next to their packages).
    external: ['ts-morph', '@ts-morph/common', 'typescript', 'web-tree-sitter', 'tree-sitter-wasms'],
    // Bundled CommonJS packages (commander, yaml, ajv…) `require` Node's built-in modules: give ES modules a require.
    banner: { js: "import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);" },
    sourcemap: true,
    logLevel: 'warning',
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await bundleCli(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'));
}
