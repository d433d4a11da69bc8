/**
 * Values a command line gives: argparse options read from `parse_args()`'s namespace (by `dest`, also through a
 * parameter the namespace is passed to), click's `@click.option` and typer's `typer.Option` parameters (the env var they
 * name, else their default). Fixture: fixtures/extract/python/command-line-options.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/index.js';

const repo = path.resolve(import.meta.dirname, '../../..');

describe('Python command-line options', () => {
  it('an option’s default (and env var) is what the request is sent to', async () => {
    const result = await lint({ cwd: repo, paths: ['fixtures/extract/python/command-line-options'], now: new Date('2026-12-01T00:00:00Z') });
    const calls = result.calls
      .filter((call) => call.kind === 'call' && call.client === 'requests')
      .map((call) => `${call.file.split('/').pop()}:${call.line} ${call.targets.map((target) => target.url ?? target.zone).join(' ')}`);
    expect(calls).toEqual([
      'export_job.py:14 https://registry.example.org/grades',
      'export_job.py:18 https://reports.example.org/v1/summary',
      // `unresolved` beside the default: CATALOG_URL and PRICES_URL are bound nowhere in the fixture.
      'sync_cli.py:13 unresolved https://catalog.example.org/products',
      'sync_cli.py:18 unresolved https://prices.example.org/prices',
      // A plain parameter's default is not a command-line option (its callers say what it is): no caller here.
      'sync_cli.py:22 unresolved',
    ]);
    const via = result.calls.find((call) => call.line === 14)?.targets[0]?.via ?? [];
    expect(via.some((step) => step.includes('default of command-line option --registry-url'))).toBe(true);
  });
});
