/**
 * Laravel configuration: `config('services.catalogue.url')` and `Config::get(…)` read the arrays `config/<file>.php`
 * returns (nested keys by dotted path), whose `env('X', default)` values are looked up in the env files like any
 * other. Fixture: fixtures/extract/php/laravel-config.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/index.js';

const repo = path.resolve(import.meta.dirname, '../../..');

describe('Laravel config() keys', () => {
  it('resolves config() and Config::get() through config/services.php', async () => {
    const result = await lint({ cwd: repo, paths: ['fixtures/extract/php/laravel-config'], now: new Date('2026-12-01T00:00:00Z') });
    expect(result.calls.map((call) => `${call.line} ${call.method} ${call.targets.map((target) => target.url ?? '?').join(' ')}`)).toEqual([
      '13 GET http://catalogue:8080/items/{parameter id}',
      '18 GET https://api.weather.example.com/v2/forecast',
      '23 POST http://ledger:9000/entries/{parameter id} http://localhost:9000/entries/{parameter id}',
    ]);
    expect(result.calls[0]!.targets[0]!.via).toContain('binding services.catalogue.url = ${CATALOGUE_URL:http://catalogue:8080} (config/services.php:6, default)');
  });
});
