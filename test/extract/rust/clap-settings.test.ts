/**
 * Rust settings that clap fills from the environment: a field with `#[arg(env)]` (the env var named after the field)
 * or `#[clap(env = "X")]` holds that env var, else its `default_value`, read through a parameter of the struct's type
 * and through `Settings::parse()`'s result. Fixture: fixtures/extract/rust/clap-settings.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/index.js';

const repo = path.resolve(import.meta.dirname, '../../..');

describe('Rust clap settings', () => {
  it('a field clap fills is its env var, else its default', async () => {
    const result = await lint({ cwd: repo, paths: ['fixtures/extract/rust/clap-settings'], now: new Date('2026-12-07T00:00:00Z') });
    // The env vars are bound nowhere in the fixture: `unresolved` beside the default.
    expect(result.calls.map((call) => `${call.line} ${call.method} ${call.targets.map((target) => target.url ?? target.zone).join(' ')}`)).toEqual([
      '17 GET unresolved https://stock.example.org/levels',
      '18 POST unresolved',
      '26 GET unresolved https://stock.example.org/health',
    ]);
    expect(result.calls[0]?.targets[0]?.via).toContain('unresolved: env:STOCK_URI');
    expect(result.calls[1]?.targets[0]?.via).toContain('unresolved: env:PRICES_URL');
  });
});
