#!/usr/bin/env node
// Thin launcher: the CLI lives in dist/cli (built from src/cli). Any failure to start is exit 2, never 0.
import('../dist/cli/main.js').then(
  (cli) => cli.main(process.argv.slice(2)).then((code) => { process.exitCode = code; }),
  (error) => {
    process.stderr.write(`arch-lint: cannot start (${error instanceof Error ? error.message : String(error)}). Run "npm run build" first?\n`);
    process.exitCode = 2;
  },
);
