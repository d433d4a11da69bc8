/**
 * Kotlin top-level constants of another file of the package, whatever the file is called (`Hosts.kt`), in string
 * templates (`"https://$RATES_HOST/latest"`). Fixture: fixtures/extract/kotlin/package-constants.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/index.js';

const repo = path.resolve(import.meta.dirname, '../../..');

describe('Kotlin package constants', () => {
  it('a constant of any file of the package is its value', async () => {
    const result = await lint({ cwd: repo, paths: ['fixtures/extract/kotlin/package-constants'], now: new Date('2026-12-07T00:00:00Z') });
    expect(result.calls.map((call) => `${call.line} ${call.method} ${call.targets.map((target) => target.url ?? target.zone).join(' ')}`)).toEqual([
      '8 GET https://rates.example.org/latest',
      '10 POST https://ledger.example.org/api/entries',
    ]);
  });
});
