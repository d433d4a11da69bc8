#!/usr/bin/env node
// `npm run build`, last step: bundles the HTML report's script (web/report-client.ts with @dagrejs/dagre, the graph
// layout) into one minified IIFE, dist/bundle/report-client.js (committed with the CLI bundle, so an install from git
// needs no build), which src/report/html.ts inlines into every report:
// a report opened in a browser makes no network request.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
await build({
  entryPoints: [path.join(root, 'web/report-client.ts')],
  outfile: path.join(root, 'dist/bundle/report-client.js'),
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'chrome110',
  minify: true,
  legalComments: 'inline',
  logLevel: 'warning',
});
