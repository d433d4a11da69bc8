#!/usr/bin/env node
// Thin launcher: the CLI is built from src/cli into dist/cli (tsc) and bundled into dist/bundle (scripts/bundle-cli.mjs),
// which starts faster. Any failure to start is exit 2, never 0.

// A reader that stops early (`arch-lint --help | head -1`) closes the pipe: the rest of the output has nowhere to
// go, which is not a failure of arch-lint. Stop writing quietly; the exit code stays the run's own.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') return;
  process.stderr.write(`arch-lint: cannot write to stdout (${error.message})\n`);
  process.exit(2);
});

import('../dist/bundle/main.js').then(
  (cli) => cli.main(process.argv.slice(2)).then((code) => { process.exitCode = code; }),
  (error) => {
    process.stderr.write(`arch-lint: cannot start (${error instanceof Error ? error.message : String(error)}). Run "npm run build" first?\n`);
    process.exitCode = 2;
  },
);
